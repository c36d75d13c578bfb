//! Date words of the lexicon, in both languages: phrases
//! counted from the last date mentioned, words that tie a
//! date to a statement. Words only; the date patterns match them.

/// Words after a count and a unit of time that count it from the last date
/// mentioned ("deux ans plus tard", "three days later"), and the sign.
#[rustfmt::skip]
pub const COUNTED_FROM_ANCHOR: &[(&[&str], i32)] = &[
    (&["plus", "tard"], 1), (&["plus", "tot"], -1), (&["auparavant"], -1),
    (&["later"], 1), (&["earlier"], -1),
];

/// Words before a count and a unit of time that count it forward from
/// publication ("dans trois jours", "in two weeks").
pub const FORWARD_COUNT_LEADS: &[&str] = &["dans", "in"];

/// Words after a weekday and a number that make the number an hour ("lundi
/// 9 h"), not the day of the month.
pub const HOUR_MARKS: &[&str] = &["h", "heures", "heure", "am", "pm"];

/// Words before a year that name the year something is for ("des perspectives
/// pour 2024").
pub const YEAR_PURPOSE_CUES: &[&str] = &["pour"];

/// Nouns for what someone said ("Putin made his remarks on February 23"): a
/// day in their sentence is when the speaker spoke.
#[rustfmt::skip]
pub const REMARK_NOUNS: &[&str] = &[
    "remarks", "comments", "propos", "declarations",
];

/// Words after a date written with an apostrophe and "s" ("last year's
/// rookie"): the date qualifies a noun.
pub const POSSESSIVE_MARKS: &[&str] = &["s"];

/// The words counting from the anchor that start `words`: their length and sign.
pub fn counted_from_anchor(words: &[&str]) -> Option<(usize, i32)> {
    COUNTED_FROM_ANCHOR
        .iter()
        .find(|(w, _)| words.starts_with(w))
        .map(|&(w, sign)| (w.len(), sign))
}

pub fn is_year_purpose_cue(folded: &str) -> bool {
    YEAR_PURPOSE_CUES.contains(&folded)
}

pub fn is_remark_noun(folded: &str) -> bool {
    REMARK_NOUNS.contains(&folded)
}

pub fn is_possessive_mark(folded: &str) -> bool {
    POSSESSIVE_MARKS.contains(&folded)
}

pub fn is_forward_count_lead(folded: &str) -> bool {
    FORWARD_COUNT_LEADS.contains(&folded)
}

pub fn is_hour_mark(folded: &str) -> bool {
    HOUR_MARKS.contains(&folded)
}
