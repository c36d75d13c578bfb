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

/// Seasons and other parts of a year named by a noun: vague alone (the gold
/// leaves them out), but "l'été 2023", "le premier trimestre 2024" say the
/// year.
#[rustfmt::skip]
pub const YEAR_PART_NOUNS: &[&str] = &[
    "ete", "hiver", "printemps", "automne", "summer", "winter", "spring", "autumn", "fall",
    "trimestre", "semestre", "quarter", "saison", "season", "rentree",
];

/// Verbs right after a year that make it the subject of its sentence ("2024
/// est une année clé", "2023 was a record year"): the year is a date.
#[rustfmt::skip]
pub const YEAR_SUBJECT_VERBS: &[&str] = &[
    "est", "sera", "fut", "etait", "restera", "marque", "marquera", "s'annonce", "is", "was",
    "will", "marks", "marked",
];

/// Words before a month or a year that put something within it ("courant
/// mars", "courant 2024", "in the course of March").
#[rustfmt::skip]
pub const WITHIN_LEADS: &[&[&str]] = &[
    &["courant"], &["dans", "le", "courant", "de"], &["dans", "le", "courant", "d"],
    &["au", "cours", "de"], &["au", "cours", "d"], &["in", "the", "course", "of"],
];

/// Words between "nuit" / "night" and the first of two days ("la nuit du 4
/// au 5", "la nuit de lundi à mardi", "the night of Monday to Tuesday"),
/// and the words between the two days.
#[rustfmt::skip]
pub const NIGHT_OPENS: &[&[&str]] = &[
    &["nuit", "du"], &["nuit", "de"], &["night", "of"], &["night", "from"],
];
pub const NIGHT_LINKS: &[&str] = &["au", "a", "to", "into"];

pub fn is_year_part_noun(folded: &str) -> bool {
    YEAR_PART_NOUNS.contains(&folded)
}

pub fn is_year_subject_verb(folded: &str) -> bool {
    YEAR_SUBJECT_VERBS.contains(&folded)
}

/// The length of the words putting something within a month or year that
/// start `words`.
pub fn within_lead(words: &[&str]) -> Option<usize> {
    WITHIN_LEADS
        .iter()
        .filter(|w| words.starts_with(w))
        .map(|w| w.len())
        .max()
}

/// The length of the words opening "la nuit du … au …" that start `words`.
pub fn night_open(words: &[&str]) -> Option<usize> {
    NIGHT_OPENS
        .iter()
        .find(|w| words.starts_with(w))
        .map(|w| w.len())
}

pub fn is_night_link(folded: &str) -> bool {
    NIGHT_LINKS.contains(&folded)
}

/// Endings of a verb of saying in the present, as written: "explique",
/// "racontent", "dit", "says". Checked after the ones that rule it out.
#[rustfmt::skip]
pub const PRESENT_ENDINGS: &[&str] = &[
    "e", "ent", "it", "ient", "ond", "ondent", "met", "ettent", "ut", "uent", "ît", "says", "tells",
    "adds", "explains", "insists", "recalls", "writes", "notes", "warns", "argues", "claims",
];

/// Endings that rule a present out: a participle, an imperfect, a gerund.
#[rustfmt::skip]
pub const NOT_PRESENT_ENDINGS: &[&str] = &[
    "é", "ée", "és", "ées", "ait", "aient", "ant", "ed", "ing",
];

/// Whether a verb of saying as written is in the present.
pub fn is_present_form(text: &str) -> bool {
    let w = text.to_lowercase();
    !NOT_PRESENT_ENDINGS.iter().any(|e| w.ends_with(e))
        && PRESENT_ENDINGS.iter().any(|e| w.ends_with(e))
}
