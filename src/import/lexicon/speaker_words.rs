//! Look-ups of the words that tell who a phrase names (see
//! `en/speakers.rs`): generations, party tags, events' last words, the
//! articles, possessives and bare plurals that open a description, and the
//! conjunctions that open a clause of its own.

use super::{either, en, fr};

/// A generation after a name: "Jr", "III".
pub fn is_generation(folded: &str) -> bool {
    en::GENERATIONS.contains(&folded)
}

/// "cm": the word qualifying the role its initials stand for and the
/// role's noun ("chief", "minister").
pub fn role_abbreviation(folded: &str) -> Option<(&'static str, &'static str)> {
    en::ROLE_ABBREVIATIONS
        .iter()
        .find(|(abbreviation, ..)| *abbreviation == folded)
        .map(|&(_, qualifier, noun)| (qualifier, noun))
}

/// How many of `keys` an inserted phrase opening them takes ("d'ailleurs",
/// "pour sa part"). Adverbs in "-ment" are listed one by one: the ending
/// alone would take English nouns ("a statement said").
pub fn inserted_adverbial(keys: &[&str]) -> Option<usize> {
    fr::INSERTED_ADVERBIALS
        .iter()
        .filter(|p| keys.starts_with(p))
        .map(|p| p.len())
        .max()
}

/// "celui", "celle": a person described after the pronoun.
pub fn is_demonstrative_person(folded: &str) -> bool {
    fr::DEMONSTRATIVE_PERSONS.contains(&folded)
}

/// "premier", "première": an ordinal that is also a role word.
pub fn is_ordinal_role_word(folded: &str) -> bool {
    fr::ORDINAL_ROLE_WORDS.contains(&folded)
}

/// A word opening a clause of its own after a comma ("nous", "c'est",
/// "mais").
pub fn is_clause_opener(folded: &str) -> bool {
    fr::CLAUSE_OPENERS.contains(&folded)
}

/// "it": a pronoun standing for an organisation.
pub fn is_body_pronoun(folded: &str) -> bool {
    en::BODY_PRONOUNS.contains(&folded) || is_group_pronoun(folded)
}

/// "they": a pronoun standing for a body or a group.
pub fn is_group_pronoun(folded: &str) -> bool {
    en::GROUP_PRONOUNS.contains(&folded)
}

pub fn is_description_link(folded: &str) -> bool {
    en::DESCRIPTION_LINKS.contains(&folded)
}

pub fn is_body_article(folded: &str) -> bool {
    either(fr::BODY_ARTICLES, en::BODY_ARTICLES, folded)
}

pub fn is_partitive_one(folded: &str) -> bool {
    either(fr::PARTITIVE_ONES, en::PARTITIVE_ONES, folded)
}

pub fn is_partitive_group(folded: &str) -> bool {
    either(fr::PARTITIVE_GROUPS, en::PARTITIVE_GROUPS, folded)
}

/// "R-Bend", "D-Ohio": a party's letter, a hyphen, a capitalised place.
pub fn is_party_tag(text: &str) -> bool {
    let mut parts = text.splitn(2, '-');
    let (Some(letter), Some(place)) = (parts.next(), parts.next()) else {
        return false;
    };
    letter.chars().all(char::is_uppercase)
        && either(
            fr::PARTY_TAG_LETTERS,
            en::PARTY_TAG_LETTERS,
            &letter.to_lowercase(),
        )
        && place.chars().next().is_some_and(char::is_uppercase)
}

pub fn is_thing_tail(folded: &str) -> bool {
    either(fr::THING_TAILS, en::THING_TAILS, folded)
}

/// "in", "dans": the name after it is a place's.
pub fn is_place_preposition(folded: &str) -> bool {
    either(fr::PLACE_PREPOSITIONS, en::PLACE_PREPOSITIONS, folded)
}

/// "pour": whom something is for.
pub fn is_benefactive(folded: &str) -> bool {
    fr::BENEFACTIVES.contains(&folded)
}

/// "and", "et": a word joining two parts of one name.
pub fn is_name_joiner(folded: &str) -> bool {
    either(fr::NAME_JOINERS, en::NAME_JOINERS, folded)
}

/// "en", "se": a word before a participle opening a sentence.
pub fn is_participle_lead(folded: &str) -> bool {
    fr::PARTICIPLE_LEADS.contains(&folded)
}

/// "Fondation", "Lycée": a body's first word, often before a person's
/// name and title.
pub fn is_named_after_head(folded: &str) -> bool {
    fr::NAMED_AFTER_HEADS.contains(&folded)
}

/// "l'", "lui", "n'": a pronoun or a negation before a French verb.
pub fn is_pronoun_before_verb(folded: &str) -> bool {
    fr::PRONOUNS_BEFORE_VERB.contains(&folded)
}

/// "in", "dans": a name of several words after it, opening on no given
/// name, is a place's.
pub fn is_inside_preposition(folded: &str) -> bool {
    either(fr::INSIDE_PREPOSITIONS, en::INSIDE_PREPOSITIONS, folded)
}

pub fn is_describing_possessive(folded: &str) -> bool {
    either(
        fr::DESCRIBING_POSSESSIVES,
        en::DESCRIBING_POSSESSIVES,
        folded,
    )
}

pub fn is_bare_body(folded: &str) -> bool {
    either(fr::BARE_BODIES, en::BARE_BODIES, folded)
}

pub fn is_subordinator(folded: &str) -> bool {
    either(fr::SUBORDINATORS, en::SUBORDINATORS, folded)
}
