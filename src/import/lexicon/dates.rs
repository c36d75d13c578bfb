//! Fixed date phrases and their meaning ("l'an dernier", "last night", "New
//! Year's Eve"), looked up in the French and English tables: a new phrase is
//! one row there, and the date patterns find it with no other change.

use super::{en, fr};

/// What a fixed phrase means, counted from the publication date or from the
/// last day-precise date the article mentioned (its anchor).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shift {
    /// Days from publication ("hier" is -1).
    Days(i64),
    /// Days from the anchor ("la veille" is -1, "le même jour" 0).
    AnchorDays(i64),
    /// Months from the month of publication ("le mois dernier" is -1).
    Months(i32),
    /// Years from the year of publication ("l'an dernier" is -1).
    Years(i32),
    /// A named day of the year (month, day), the one nearest to publication.
    Holiday(u32, u32),
    /// The last date mentioned, at its precision ("à l'époque").
    Anchor,
    /// Years from the year of the last date mentioned ("l'année suivante" is
    /// 1), or of publication when none was.
    AnchorYears(i32),
}

/// A fixed date phrase: its folded words, what it means, and the rule it is
/// reported with.
pub struct DatePhrase {
    pub words: &'static [&'static str],
    pub shift: Shift,
    pub rule: &'static str,
}

/// The longest fixed phrase the folded words start with, in either language.
pub fn date_phrase(words: &[&str]) -> Option<&'static DatePhrase> {
    fr::DATE_PHRASES
        .iter()
        .chain(en::DATE_PHRASES)
        .filter(|p| words.starts_with(p.words))
        .max_by_key(|p| p.words.len())
}

/// Words before a four-digit year that make a part of that year: "the end of
/// 2023", "la fin de 2023" (the whole year, at the precision of the words).
pub fn year_part_lead(words: &[&str]) -> Option<usize> {
    fr::YEAR_PART_LEADS
        .iter()
        .chain(en::YEAR_PART_LEADS)
        .filter(|w| words.starts_with(w))
        .map(|w| w.len())
        .max()
}

/// A day's number written as a word ("premier" in "le premier juin").
pub fn day_word(folded: &str) -> Option<u32> {
    super::either_pair(fr::DAY_WORDS, en::DAY_WORDS, folded)
}

/// Whether a vague phrase of time starts here ("ces derniers jours", "in
/// recent days"): it says no date and stops the words in it from being read
/// as one.
pub fn vague_time(words: &[&str]) -> Option<usize> {
    fr::VAGUE_TIMES
        .iter()
        .chain(en::VAGUE_TIMES)
        .filter(|w| words.starts_with(w))
        .map(|w| w.len())
        .max()
}

/// A word before "la veille de", "the eve of" that makes it the eve the
/// story is at.
pub fn is_eve_lead(folded: &str) -> bool {
    super::either(fr::EVE_LEADS, en::EVE_LEADS, folded)
}

/// Whether a word as written (not folded: the accent tells "interrogé" from
/// "interroge") ends as a past participle.
pub fn has_participle_ending(text: &str) -> bool {
    let lower = text.to_lowercase();
    lower.chars().count() > 3
        && fr::PARTICIPLE_ENDINGS
            .iter()
            .chain(en::PARTICIPLE_ENDINGS)
            .any(|e| lower.ends_with(e))
}

/// "an eyewitness introduced to the Nation": an English past participle
/// after a person's noun opens a phrase about them that is no part of the
/// description (French adjectives follow the noun: "un habitant excédé").
pub fn ends_description(text: &str) -> bool {
    let lower = text.to_lowercase();
    lower.chars().count() > 3 && en::PARTICIPLE_ENDINGS.iter().any(|e| lower.ends_with(e))
}

/// A word before a month that looks ahead ("from July", "dès juillet").
pub fn is_forward_cue(folded: &str) -> bool {
    super::either(fr::FORWARD_CUES, en::FORWARD_CUES, folded)
}

/// A word right before short quoted words that makes them a label.
pub fn is_label_lead(folded: &str) -> bool {
    super::either(fr::LABEL_LEADS, en::LABEL_LEADS, folded)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::lexicon::key;

    #[test]
    fn phrases_are_folded_and_the_longest_wins() {
        for p in fr::DATE_PHRASES.iter().chain(en::DATE_PHRASES) {
            for w in p.words {
                assert_eq!(key(w), *w, "not folded: {w}");
            }
        }
        let p = date_phrase(&["la", "veille", "au", "soir"]).unwrap();
        assert_eq!(p.shift, Shift::AnchorDays(-1));
        assert_eq!(
            date_phrase(&["l", "an", "dernier"]).unwrap().shift,
            Shift::Years(-1)
        );
        assert!(date_phrase(&["la", "semaine"]).is_none());
    }
}
