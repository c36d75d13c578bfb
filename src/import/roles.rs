//! The roles people are given where they are named ("la ministre du Travail
//! Claire Dumoulin", "Maria Keller, the United Nations envoy"), so that "la
//! ministre" later in the article can stand for them.

use super::lexicon::{
    is_complement_link, is_former_role_word, is_person_noun, is_person_noun_head_after,
    is_phrase_stop, is_role_noun, is_role_prefix, is_role_qualifier, role_abbreviation, singulars,
};
use super::names::{Entities, EntityKind};
use super::segment::{Article, Kind};

/// A role given to a person where they are named.
#[derive(Debug, Clone)]
pub struct GivenRole {
    /// The role noun, folded ("ministre").
    pub role: String,
    /// The token of the role noun.
    pub token: usize,
    /// The person given the role.
    pub person: usize,
    /// A role they held ("l'ex-président", "the former minister"), which
    /// leaves them free to be named by another.
    pub former: bool,
}

/// The role nouns next to each person's name: just before it, or in an
/// apposition just after it.
pub fn given_roles(a: &Article, ents: &Entities) -> Vec<GivenRole> {
    let mut out = Vec::new();
    for (i, m) in ents.mentions.iter().enumerate() {
        if ents.list[m.entity].kind != EntityKind::Person
            || a.tokens[m.tokens.start].quote.is_some()
        {
            continue;
        }
        let sentence = &a.sentences[a.sentence_of(m.tokens.start)];
        let mut from = sentence.tokens.start.max(m.tokens.start.saturating_sub(8));
        // Not across quoted words: in "« … de l'ancien président Ben Ali », a
        // indiqué François Baroin" the role is in the quote, not Baroin's.
        if let Some(q) = (from..m.tokens.start)
            .rev()
            .find(|&t| a.tokens[t].quote.is_some())
        {
            from = q + 1;
        }
        // Nor past a word that ends a noun phrase: in "le porte-parole du
        // gouvernement, sur Radio Nord" the role is not the radio's.
        if let Some(stop) = (from..m.tokens.start)
            .rev()
            .find(|&t| is_phrase_stop(&a.tokens[t].key))
        {
            from = stop + 1;
        }
        // Nor past another person's name: in "Mayor Jesse Arreguin told Jane Doe"
        // the role is Arreguin's alone. Mentions are in text order and do not
        // overlap, so only the few just before this one can end in the
        // window: scanning them all for every name made this quadratic.
        if let Some(other) = ents.mentions[..i]
            .iter()
            .rev()
            .take_while(|o| o.tokens.end > from)
            .find(|o| ents.list[o.entity].kind == EntityKind::Person)
        {
            from = other.tokens.end;
        }
        // Nor a role the name is the complement of: in "l'avocat de Julien
        // Morel" the lawyer is someone else.
        let of = m.tokens.start.checked_sub(1).is_some_and(|p| {
            a.tokens[p].kind == Kind::Word && is_complement_link(&a.tokens[p].key)
        });
        if of {
            from = m.tokens.start;
        }
        let before = from..m.tokens.start;
        let mut after = m.tokens.end..m.tokens.end;
        if a.tokens.get(m.tokens.end).is_some_and(|t| t.is(',')) {
            let mut e = m.tokens.end + 1;
            while e < sentence.tokens.end && e < m.tokens.end + 9 && a.tokens[e].kind == Kind::Word
            {
                e += 1;
            }
            after = m.tokens.end + 1..e;
        }
        for t in before.chain(after) {
            if let Some(role) = role_of(&a.tokens[t].key) {
                out.push(GivenRole {
                    role,
                    token: t,
                    person: m.entity,
                    former: is_former(a, t),
                });
            }
        }
    }
    out
}

/// Whether the role noun at token `t` names a past role: "ex-président",
/// "ancien ministre", "former president", "the former Nurnberg coach".
pub fn is_former(a: &Article, t: usize) -> bool {
    const REACH: usize = 3;
    let key = &a.tokens[t].key;
    let prefixed = key
        .split_once('-')
        .is_some_and(|(prefix, _)| is_former_role_word(prefix));
    // Back over the capitalised words of whom the role is held for, and
    // words that qualify the role ("former prime minister").
    let before = (t.saturating_sub(REACH)..t).rev().find(|&p| {
        let tok = &a.tokens[p];
        is_former_role_word(&tok.key)
            || !(tok.kind == Kind::Word && (tok.capitalised() || is_role_qualifier(&tok.key)))
    });
    prefixed || before.is_some_and(|p| is_former_role_word(&a.tokens[p].key))
}

/// The role a word names, if it names one: "ex-ministre" is a "ministre",
/// "vice-ministre" a role of its own; words that qualify a role ("haut",
/// "senior") name none.
pub fn role_of(key: &str) -> Option<String> {
    let prefixed = key
        .split_once('-')
        .filter(|(prefix, _)| is_role_prefix(prefix));
    let k = prefixed.map_or(key, |(_, rest)| rest);
    if is_role_qualifier(k) {
        return None;
    }
    if let Some((_, noun)) = role_abbreviation(k) {
        return Some(noun.to_string());
    }
    // "vice-président" is another role than "président"; "ex-président"
    // is the same one, held before.
    let role = match prefixed {
        Some((prefix, _)) if !is_former_role_word(prefix) => key,
        _ => k,
    };
    is_role_noun(k).then(|| role.to_string())
}

/// The person noun a word is ("homme", "neighbour"): someone who holds no
/// role, whom only a description names.
pub fn person_noun_of(key: &str) -> Option<String> {
    is_person_noun(key).then(|| key.to_string())
}

/// Whether `next`, right after the person noun of a description, heads it
/// instead: "un jeune homme" is a "homme".
pub fn heads_after(next: &str) -> bool {
    is_person_noun_head_after(next)
}

/// Whether a word is the plural of a role or person noun ("policiers",
/// "officials", "témoins"): a group, never one person named before.
pub fn is_plural_person(key: &str) -> bool {
    singulars(key).any(|s| role_of(s).is_some() || is_role_noun(s) || is_person_noun(s))
}
