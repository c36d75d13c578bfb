//! The English fixed date phrases, and the words that tell a label from
//! speech: the rest of the English tables, split off to keep each file short.

use crate::import::lexicon::dates::{DatePhrase, Shift};

/// Fixed date phrases, what they mean and the rule they are reported with.
/// "the eve of" and "the day after" followed by an event are read apart (the
/// event's own date counts).
#[rustfmt::skip]
pub const DATE_PHRASES: &[DatePhrase] = &[
    DatePhrase { words: &["the", "same", "day"], shift: Shift::AnchorDays(0), rule: "the same day as the last date mentioned" },
    DatePhrase { words: &["the", "day", "before"], shift: Shift::AnchorDays(-1), rule: "the day before the last date mentioned" },
    DatePhrase { words: &["the", "previous", "day"], shift: Shift::AnchorDays(-1), rule: "the day before the last date mentioned" },
    DatePhrase { words: &["a", "day", "earlier"], shift: Shift::AnchorDays(-1), rule: "the day before the last date mentioned" },
    DatePhrase { words: &["the", "next", "day"], shift: Shift::AnchorDays(1), rule: "the day after the last date mentioned" },
    DatePhrase { words: &["the", "following", "day"], shift: Shift::AnchorDays(1), rule: "the day after the last date mentioned" },
    DatePhrase { words: &["a", "day", "later"], shift: Shift::AnchorDays(1), rule: "the day after the last date mentioned" },
    DatePhrase { words: &["last", "year"], shift: Shift::Years(-1), rule: "the year before publication" },
    DatePhrase { words: &["next", "year"], shift: Shift::Years(1), rule: "the year after publication" },
    DatePhrase { words: &["this", "year"], shift: Shift::Years(0), rule: "the year of publication" },
    DatePhrase { words: &["the", "end", "of", "the", "year"], shift: Shift::Years(0), rule: "the end of the year of publication" },
    DatePhrase { words: &["last", "month"], shift: Shift::Months(-1), rule: "the month before publication" },
    DatePhrase { words: &["next", "month"], shift: Shift::Months(1), rule: "the month after publication" },
    DatePhrase { words: &["this", "month"], shift: Shift::Months(0), rule: "the month of publication" },
    DatePhrase { words: &["yesterday"], shift: Shift::Days(-1), rule: "the day before publication" },
    DatePhrase { words: &["last", "night"], shift: Shift::Days(-1), rule: "the night before publication" },
    DatePhrase { words: &["today"], shift: Shift::Days(0), rule: "the publication date" },
    DatePhrase { words: &["tonight"], shift: Shift::Days(0), rule: "the publication date" },
    DatePhrase { words: &["this", "morning"], shift: Shift::Days(0), rule: "this part of the publication day" },
    DatePhrase { words: &["this", "afternoon"], shift: Shift::Days(0), rule: "this part of the publication day" },
    DatePhrase { words: &["this", "evening"], shift: Shift::Days(0), rule: "this part of the publication day" },
    DatePhrase { words: &["tomorrow"], shift: Shift::Days(1), rule: "the day after publication" },
    DatePhrase { words: &["new", "year", "s", "eve"], shift: Shift::Holiday(12, 31), rule: "a named day, the one nearest to publication" },
    DatePhrase { words: &["new", "year", "s", "day"], shift: Shift::Holiday(1, 1), rule: "a named day, the one nearest to publication" },
    DatePhrase { words: &["christmas", "eve"], shift: Shift::Holiday(12, 24), rule: "a named day, the one nearest to publication" },
    DatePhrase { words: &["christmas", "day"], shift: Shift::Holiday(12, 25), rule: "a named day, the one nearest to publication" },
    // Parts of this year or month, as news writes them.
    DatePhrase { words: &["earlier", "this", "month"], shift: Shift::Months(0), rule: "the month of publication" },
    DatePhrase { words: &["later", "this", "month"], shift: Shift::Months(0), rule: "the month of publication" },
    DatePhrase { words: &["earlier", "this", "year"], shift: Shift::Years(0), rule: "the year of publication" },
    DatePhrase { words: &["later", "this", "year"], shift: Shift::Years(0), rule: "the year of publication" },
    DatePhrase { words: &["the", "end", "of", "the", "month"], shift: Shift::Months(0), rule: "the end of the month of publication" },
    DatePhrase { words: &["the", "day", "before", "yesterday"], shift: Shift::Days(-2), rule: "two days before publication" },
    DatePhrase { words: &["the", "day", "after", "tomorrow"], shift: Shift::Days(2), rule: "two days after publication" },
    // Counted from the last date mentioned: the story's own days and years.
    DatePhrase { words: &["the", "following", "year"], shift: Shift::AnchorYears(1), rule: "the year after the last date mentioned" },
    DatePhrase { words: &["the", "previous", "year"], shift: Shift::AnchorYears(-1), rule: "the year before the last date mentioned" },
    DatePhrase { words: &["that", "day"], shift: Shift::AnchorDays(0), rule: "the same day as the last date mentioned" },
    DatePhrase { words: &["that", "same", "day"], shift: Shift::AnchorDays(0), rule: "the same day as the last date mentioned" },
    DatePhrase { words: &["that", "morning"], shift: Shift::AnchorDays(0), rule: "the same day as the last date mentioned" },
    DatePhrase { words: &["that", "afternoon"], shift: Shift::AnchorDays(0), rule: "the same day as the last date mentioned" },
    DatePhrase { words: &["that", "evening"], shift: Shift::AnchorDays(0), rule: "the same day as the last date mentioned" },
    DatePhrase { words: &["that", "night"], shift: Shift::AnchorDays(0), rule: "the same day as the last date mentioned" },
    DatePhrase { words: &["the", "following", "morning"], shift: Shift::AnchorDays(1), rule: "the day after the last date mentioned" },
    DatePhrase { words: &["the", "next", "morning"], shift: Shift::AnchorDays(1), rule: "the day after the last date mentioned" },
    DatePhrase { words: &["the", "previous", "night"], shift: Shift::AnchorDays(-1), rule: "the night before the last date mentioned" },
    DatePhrase { words: &["the", "night", "before"], shift: Shift::AnchorDays(-1), rule: "the night before the last date mentioned" },
];

/// Words before a year that make a part of it: "the end of 2023".
#[rustfmt::skip]
pub const YEAR_PART_LEADS: &[&[&str]] = &[
    &["the", "end", "of"], &["the", "start", "of"], &["the", "beginning", "of"], &["the", "middle", "of"],
];

/// Days of the month written as words: none are read in English.
pub const DAY_WORDS: &[(&str, u32)] = &[];

/// Vague phrases of time, which name no date: "in recent days".
#[rustfmt::skip]
pub const VAGUE_TIMES: &[&[&str]] = &[
    &["in", "recent", "days"], &["in", "recent", "weeks"], &["in", "recent", "months"],
    &["in", "recent", "years"], &["in", "the", "coming", "days"], &["in", "the", "coming", "weeks"],
];

/// Words before "the eve of" that make it the eve the story is at ("on the
/// eve of the summit"), not the day before the last date.
pub const EVE_LEADS: &[&str] = &["on"];

/// Endings of a past participle, on the word as written (lower case): a
/// weekday right after one is past ("arrested Monday").
pub const PARTICIPLE_ENDINGS: &[&str] = &["ed"];

/// Words before a month that look ahead: at six months either way, "from
/// July" is the coming July.
pub const FORWARD_CUES: &[&str] = &["from", "until", "till"];

/// Words right before short quoted words that make them a label: a possessive
/// ("his “one big, beautiful” bill") or a preposition naming what something is
/// about ("a speech on “the state of the Union”").
#[rustfmt::skip]
pub const LABEL_LEADS: &[&str] = &[
    "his", "her", "their", "our", "my", "your", "on", "about",
];

/// Nouns for a thing that bears a name, right before quoted words that are
/// that name ("the operation “Sunrise”", "the word “hostage”"): a label, even
/// in a sentence with a verb of saying.
#[rustfmt::skip]
pub const NAMED_THING_HEADS: &[&str] = &[
    "word", "term", "terms", "phrase", "concept", "notion", "principle", "doctrine", "status",
    "rating", "grade", "expression", "slogan", "motto", "hashtag",
    "label", "nickname", "name", "title", "headline", "operation", "campaign", "event",
    "festival", "film", "movie", "book", "novel", "album", "song", "show", "series", "podcast",
    "documentary", "exhibition", "programme", "program", "scheme", "project", "initiative",
    "bill", "act", "law", "plan", "movement", "group", "brand", "chants", "chant", "category",
    "so-called",
];

/// Of those, nouns for a word itself ("the term “hostage”"): what follows is
/// a word mentioned, not said, even as the object of a verb of saying.
#[rustfmt::skip]
pub const MENTION_HEADS: &[&str] = &[
    "word", "words", "term", "terms", "phrase", "expression",
];

/// Pronouns standing for a noun said before, joined by "of" to quoted words
/// ("the term “A” rather than that of “B”").
#[rustfmt::skip]
pub const STAND_IN_PRONOUNS: &[&str] = &["that", "those"];

/// Participles that name what follows ("a group called “X”", "dubbed
/// “Y”"): right before the marks, the quoted words are a name.
#[rustfmt::skip]
pub const NAMING_PARTICIPLES: &[&str] = &[
    "dubbed", "nicknamed", "named", "titled", "entitled", "codenamed", "classified", "rated",
    "graded", "designated", "tagged", "stamped", "categorised", "categorized", "termed",
    "coined",
];

/// Two words that name what follows ("known as “X”").
#[rustfmt::skip]
pub const NAMING_PAIRS: &[(&str, &str)] = &[
    ("known", "as"), ("referred", "to"),
];

/// Words of a sentence, besides the verbs of saying, that give what is quoted
/// in it to someone ("according to", "calling it a “…”", "characterised it as
/// a “…”"): quoted words after an article there are speech, not a label.
#[rustfmt::skip]
pub const SPEECH_CUES: &[&str] = &[
    "according", "describe", "describes", "describing", "call", "calls", "calling",
    "characterise", "characterised", "characterises", "characterising", "characterize",
    "characterized", "characterizes", "characterizing", "assert", "asserts", "asserted",
    "asserting", "slammed", "slams", "blasted", "hailed", "hails", "praised", "praises",
    "blamed", "blames", "denounced", "denounces", "condemned", "condemns", "criticised",
    "criticized", "dismissed", "welcomed", "lamented", "decried", "deplored", "pledged",
    "promises", "vows", "recalls", "recalling", "insisting", "warning", "admits", "concedes",
];

/// Negations before a verb of saying: "n'a pas commenté" attributes nothing.
#[rustfmt::skip]
pub const NEGATIONS: &[&str] = &[
    "not", "never", "nor", "didn", "doesn", "hasn", "haven", "wasn", "declined", "refused",
];

/// Words right after quoted words that say what they mean: a word being defined.
#[rustfmt::skip]
pub const DEFINING_WORDS: &[&str] = &[
    "means", "meant", "meaning", "refers", "denotes", "translates", "stands",
];
