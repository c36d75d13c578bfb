//! Date expressions made of set words rather than numbers: the fixed phrases
//! of the lexicon ("l'an dernier", "last night", "New Year's Eve"), the eve or
//! the day after an event, a part of a year ("the end of 2023", "mi-2023"),
//! and vague phrases that name no date ("in recent days").

use super::super::lexicon::{
    Shift, count, date_phrase, is_eve_lead, is_event_link, is_month_cue, is_year_cue, month,
    time_unit, vague_time, year_part_lead,
};
use super::super::segment::Article;
use super::calendar::{month_index, nearest_day, nearest_month};
use super::patterns::{Match, hit, match_at};
use super::tense::leaning;
use super::{DateMention, anchor};
use crate::data::{FuzzyDate, Precision};
use crate::import::lexicon::{
    counted_from_anchor, is_night_link, is_year_part_noun, is_year_subject_verb, night_open,
    within_lead,
};
use chrono::{Datelike, Duration, NaiveDate};

/// The fixed phrase or eve that starts at token `i`, whose folded words from
/// there are `k`. `Err(len)` when a vague phrase starts there: no date, and
/// its `len` words are passed over.
pub(super) fn phrase_at(
    article: &Article,
    i: usize,
    k: &[&str],
    published: NaiveDate,
    found: &[DateMention],
) -> Result<Option<Match>, usize> {
    if let Some(len) = vague_time(k) {
        return Err(len);
    }
    if let Some(m) = around_event(article, i, k, published, found) {
        return Ok(Some(m));
    }
    if let Some(m) = counted_from_last(k, published, found) {
        return Ok(Some(m));
    }
    if let Some(m) = night_of(article, i, k, published, found) {
        return Ok(Some(m));
    }
    // The tense is read only for a phrase that needs it: reading it for
    // every word made an import quadratic in a sentence's length.
    if let Some(m) = season_or_within(k, published, || leaning(article, i)) {
        return Ok(Some(m));
    }
    let Some(p) = date_phrase(k) else {
        return Ok(None);
    };
    let len = p.words.len();
    // "la fin du mois de mai": the month named after it, not this one.
    if p.words.last() == Some(&"mois") && matches!(k.get(len), Some(&"de" | &"d")) {
        return Ok(None);
    }
    // "la fin de l'année 2023", "the end of the year 2023": the year written.
    if matches!(p.words.last(), Some(&"annee" | &"year"))
        && k.get(len).is_some_and(|w| four_digit_year(w).is_some())
    {
        return Ok(None);
    }
    let date = match p.shift {
        Shift::Days(n) => Some(FuzzyDate::day(published + Duration::days(n))),
        Shift::AnchorDays(n) => Some(FuzzyDate::day(anchor(found, published) + Duration::days(n))),
        Shift::Months(n) => {
            let index = month_index(published.year(), published.month()) + n;
            FuzzyDate::month(index.div_euclid(12), index.rem_euclid(12) as u32 + 1)
        }
        Shift::Years(n) => FuzzyDate::year(published.year() + n),
        Shift::Holiday(m, d) => {
            nearest_day(published, m, d, leaning(article, i)).map(FuzzyDate::day)
        }
        Shift::Anchor => last_mentioned(found, published).map(|m| m.date),
        Shift::AnchorYears(n) => {
            let from = last_mentioned(found, published).map_or(published, |m| m.date.first_day());
            FuzzyDate::year(from.year() + n)
        }
    };
    let confidence = if matches!(
        p.shift,
        Shift::AnchorDays(_) | Shift::Anchor | Shift::AnchorYears(_)
    ) {
        0.8
    } else {
        0.85
    };
    Ok(date.map(|d| hit(len, d, p.rule, confidence, 0)))
}

/// The last date mentioned that dates what follows it (not a bound, not a
/// gloss in brackets) and is not after publication.
fn last_mentioned(found: &[DateMention], published: NaiveDate) -> Option<&DateMention> {
    found
        .iter()
        .rev()
        .find(|m| m.governs && m.date.first_day() <= published)
}

/// "deux ans plus tard", "three days later": a count of a unit of time from
/// the last date mentioned, at the unit's precision.
fn counted_from_last(k: &[&str], published: NaiveDate, found: &[DateMention]) -> Option<Match> {
    let n = count(k.first()?)? as i32;
    let days = time_unit(k.get(1)?)?;
    let (len, sign) = counted_from_anchor(k.get(2..)?)?;
    let from = &last_mentioned(found, published)?.date;
    let start = from.first_day();
    let rule = "a time counted from the last date mentioned";
    let date = match days {
        365 => FuzzyDate::year(start.year() + sign * n),
        0 => {
            let index = month_index(start.year(), start.month()) + sign * n;
            FuzzyDate::month(index.div_euclid(12), index.rem_euclid(12) as u32 + 1)
        }
        d if from.precision() == Precision::Day => Some(FuzzyDate::day(
            start + Duration::days(i64::from(sign) * i64::from(n) * i64::from(d)),
        )),
        _ => None,
    }?;
    Some(hit(2 + len, date, rule, 0.75, 0))
}

/// "la veille de …", "le lendemain de …", "the eve of …", "the day after …":
/// the day before or after the event named, when a day-precise date follows
/// within a few words; else, after "à", "on" ("à la veille de retrouver le
/// Danemark"), the eve is the day the story is at.
fn around_event(
    article: &Article,
    i: usize,
    k: &[&str],
    published: NaiveDate,
    found: &[DateMention],
) -> Option<Match> {
    let shift = match k {
        ["la", "veille", link, ..] | ["the", "eve", link, ..] if is_event_link(link) => -1,
        ["le" | "au", "lendemain", link, ..] | ["the", "day", "after", link, ..]
            if is_event_link(link) =>
        {
            1
        }
        _ => return None,
    };
    let words = if k[1] == "day" { 3 } else { 2 };
    if let Some(d) = event_day(article, i + words + 1, published, found) {
        let rule = if shift < 0 {
            "the day before the event it names, dated after it"
        } else {
            "the day after the event it names, dated after it"
        };
        return Some(hit(
            words,
            FuzzyDate::day(d + Duration::days(shift)),
            rule,
            0.8,
            0,
        ));
    }
    let before = i
        .checked_sub(1)
        .map_or("", |b| article.tokens[b].key.as_str());
    // "au lendemain de sa victoire": the day the story is at, as "à la veille".
    if (shift < 0 && is_eve_lead(before)) || k[0] == "au" {
        let rule = "the eve of an event to come, or the day after one: the day the story is at";
        let day = anchor(found, published);
        // "à" stands before "la veille"; "au" is the phrase's own first word.
        let back = usize::from(k[0] != "au");
        return Some(hit(words, FuzzyDate::day(day), rule, 0.75, back));
    }
    None
}

/// The day of the event "la veille de …" names: a day-precise date within a
/// few words after it, in its sentence ("la veille du sommet de jeudi").
fn event_day(
    article: &Article,
    from: usize,
    published: NaiveDate,
    found: &[DateMention],
) -> Option<NaiveDate> {
    const WINDOW: usize = 6;
    let end = article.sentences[article.sentence_of(from.saturating_sub(1))]
        .tokens
        .end;
    (from..end.min(from + WINDOW)).find_map(|j| {
        let m = match_at(article, j, published, found)?;
        (m.date.precision() == Precision::Day).then(|| m.date.first_day())
    })
}

/// A part of a year or month: "the end of 2023" (words of the lexicon before
/// a year), and one hyphenated word, "mi-2023", "mid-2024", "mi-mars".
pub(super) fn part_of_period(
    k: &[&str],
    published: NaiveDate,
    lean: impl FnOnce() -> Option<bool>,
) -> Option<Match> {
    if let Some(n) = year_part_lead(k)
        && let Some(y) = k.get(n).and_then(|w| four_digit_year(w))
    {
        return FuzzyDate::year(y).map(|d| hit(n + 1, d, "a part of the year as written", 0.9, 0));
    }
    let (cue, rest) = k.first()?.split_once('-')?;
    if !is_year_cue(cue) && !is_month_cue(cue) {
        return None;
    }
    if let Some(y) = four_digit_year(rest) {
        return FuzzyDate::year(y).map(|d| hit(1, d, "a part of the year as written", 0.9, 0));
    }
    let m = month(rest)?;
    let (y, m) = nearest_month(published, m, lean());
    let rule = "a part of the month of that name nearest to publication";
    FuzzyDate::month(y, m).map(|d| hit(1, d, rule, 0.7, 0))
}

fn four_digit_year(w: &str) -> Option<i32> {
    (w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()))
        .then(|| w.parse().ok())
        .flatten()
        .filter(|y| (1900..=2100).contains(y))
}

/// "la nuit du 4 au 5 décembre", "dans la nuit de lundi à mardi": the night
/// is dated by the day it starts, the day before the second day named.
fn night_of(
    article: &Article,
    i: usize,
    k: &[&str],
    published: NaiveDate,
    found: &[DateMention],
) -> Option<Match> {
    let open = night_open(k)?;
    if !k.get(open + 1).is_some_and(|w| is_night_link(w)) {
        return None;
    }
    let second = i + open + 2;
    let m = match_at(article, second, published, found)?;
    if m.date.precision() != Precision::Day {
        return None;
    }
    let rule = "a night from one day to the next: the day it starts";
    let day = m.date.first_day() - Duration::days(1);
    // The words up to the first day only: the second is found on its own
    // after it, and the story goes on from that day (a later "la veille" is
    // the day before the morning after).
    Some(hit(open + 1, FuzzyDate::day(day), rule, 0.8, 0))
}

/// "2024 est une année clé", "l'été 2023", "in the summer of 2024", "le
/// premier trimestre 2024": the year; "courant mars", "courant 2024", "au
/// cours de 2023": the month or year.
fn season_or_within(
    k: &[&str],
    published: NaiveDate,
    lean: impl FnOnce() -> Option<bool>,
) -> Option<Match> {
    if let Some(y) = four_digit_year(k.first()?)
        && k.get(1).is_some_and(|w| is_year_subject_verb(w))
    {
        let rule = "a year as the subject of its sentence";
        return FuzzyDate::year(y).map(|d| hit(1, d, rule, 0.8, 0));
    }
    if is_year_part_noun(k.first()?) {
        let at = if matches!(k.get(1), Some(&"of" | &"de")) {
            2
        } else {
            1
        };
        let y = k.get(at).and_then(|w| four_digit_year(w))?;
        let rule = "a part of the year named by a noun: the year";
        return FuzzyDate::year(y).map(|d| hit(at + 1, d, rule, 0.85, 0));
    }
    let n = within_lead(k)?;
    let w = k.get(n)?;
    if let Some(y) = four_digit_year(w) {
        let rule = "within the year as written";
        return FuzzyDate::year(y).map(|d| hit(n + 1, d, rule, 0.85, 0));
    }
    let m = month(w)?;
    let (y, m) = nearest_month(published, m, lean());
    let rule = "within the month of that name nearest to publication";
    FuzzyDate::month(y, m).map(|d| hit(n + 1, d, rule, 0.7, 0))
}
