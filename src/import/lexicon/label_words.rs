//! Lookups for the words that tell quoted names and scare quotes (labels) from
//! speech; the tables are at the end of fr.rs and en.rs.

use super::{en, fr};

/// A noun for a thing that bears a name ("la loi", "the operation").
pub fn is_named_thing_head(folded: &str) -> bool {
    super::either(fr::NAMED_THING_HEADS, en::NAMED_THING_HEADS, folded)
}

/// A noun for a word itself ("le terme", "the word"): the quoted words after
/// it are mentioned, not said.
pub fn is_mention_head(folded: &str) -> bool {
    super::either(fr::MENTION_HEADS, en::MENTION_HEADS, folded)
}

/// "celui", "that": a pronoun standing for a noun said before.
pub fn is_stand_in_pronoun(folded: &str) -> bool {
    super::either(fr::STAND_IN_PRONOUNS, en::STAND_IN_PRONOUNS, folded)
}

/// A participle that names what follows ("baptisé", "dubbed").
pub fn is_naming_participle(folded: &str) -> bool {
    super::either(fr::NAMING_PARTICIPLES, en::NAMING_PARTICIPLES, folded)
}

/// Two words that name what follows ("known as").
pub fn is_naming_pair(first: &str, second: &str) -> bool {
    fr::NAMING_PAIRS
        .iter()
        .chain(en::NAMING_PAIRS)
        .any(|&(a, b)| a == first && b == second)
}

/// A word, not a verb of saying, that gives quoted words to someone ("selon",
/// "according", "calling").
pub fn is_speech_cue(folded: &str) -> bool {
    super::either(fr::SPEECH_CUES, en::SPEECH_CUES, folded)
}

/// A negation before a verb ("pas", "not"): the verb says nothing was said.
pub fn is_negation(folded: &str) -> bool {
    super::either(fr::NEGATIONS, en::NEGATIONS, folded)
}

/// A word right after quoted words that defines them ("means", "désigne").
pub fn is_defining_word(folded: &str) -> bool {
    super::either(fr::DEFINING_WORDS, en::DEFINING_WORDS, folded)
}
