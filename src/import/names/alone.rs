//! Single capitalised words: a surname, a first name or the initials of
//! someone named in full, a name after a title, an organisation's bare
//! name, a name next to a verb of saying, or (likely) a place: dropped.

use super::single::{
    after_determiner, after_listener_preposition, after_organisation_noun, after_place_preposition,
    after_title, described_after, next_to_saying_verb, qualifier_after_article, saying_verb_next,
};
use super::{Entities, Entity, EntityKind, Mention};
use crate::import::lexicon::{
    is_bare_body, is_generation, is_given_name, is_organisation_head, is_organisation_tail,
    is_role_noun, is_title_word, role_abbreviation,
};
use crate::import::runs::qualifies_role;
use crate::import::segment::{Article, Kind};
use std::collections::{HashMap, HashSet};

/// Marks the single words at `singles` that name someone or a body.
pub(super) fn mark(
    article: &Article,
    singles: Vec<usize>,
    title_case: &[bool],
    ents: &mut Entities,
    index: &mut HashMap<String, usize>,
) {
    let tokens = &article.tokens;
    let starts: Vec<bool> = {
        let mut s = vec![false; tokens.len()];
        for sent in &article.sentences {
            if sent.tokens.start < s.len() {
                s[sent.tokens.start] = true;
            }
        }
        s
    };
    // A single capitalised word: a surname of someone named in full, an
    // acronym, a name next to a verb of saying, or (likely) a place: dropped.
    let surnames: HashMap<String, usize> = ents
        .mentions
        .iter()
        .filter(|m| ents.list[m.entity].kind == EntityKind::Person && m.tokens.len() >= 2)
        .map(|m| {
            // "Pimentel" alone is "Aquilino Pimentel III".
            let last = m
                .tokens
                .clone()
                .rev()
                .find(|&t| !is_generation(&tokens[t].key));
            (
                tokens[last.unwrap_or(m.tokens.end - 1)].key.clone(),
                m.entity,
            )
        })
        .collect();
    // "Karim" after "Karim Benali": a first name alone is the one person
    // named in full with it (two such people: no one).
    let mut firsts: HashMap<String, Option<usize>> = HashMap::new();
    for m in &ents.mentions {
        if ents.list[m.entity].kind == EntityKind::Person && m.tokens.len() >= 2 {
            let slot = firsts
                .entry(tokens[m.tokens.start].key.clone())
                .or_insert(Some(m.entity));
            if *slot != Some(m.entity) {
                *slot = None;
            }
        }
    }
    // "DSK", "AOC": a person named in full, by the initials of their names
    // (hyphenated parts count: Ocasio-Cortez gives O and C).
    let initials: HashMap<String, usize> = ents
        .mentions
        .iter()
        .filter(|m| ents.list[m.entity].kind == EntityKind::Person && m.tokens.len() >= 2)
        .map(|m| {
            let letters: String = tokens[m.tokens.clone()]
                .iter()
                .flat_map(|t| t.key.split('-').filter_map(|p| p.chars().next()))
                .collect();
            (letters, m.entity)
        })
        .collect();
    // "President Trump", "Mr. Trump", "Mme Borne": a single word after a
    // title in capitals or an honorific is a person's name, wherever else it
    // stands alone.
    let titled: HashSet<&str> = singles
        .iter()
        .filter(|&&i| after_title(article, i) && !is_organisation_tail(&tokens[i].key))
        .map(|&i| tokens[i].key.as_str())
        .collect();
    for i in singles {
        let t = &tokens[i];
        let capitals = t.text.chars().count() >= 2 && t.text.chars().all(|c| c.is_uppercase());
        // "the CM said": a role's initials name no one by themselves; nor
        // does a title cut short before a name ("said Sen. Roger Marshall").
        let abbreviated_title = is_title_word(&t.key)
            && tokens.get(i + 1).is_some_and(|n| n.is('.'))
            && tokens.get(i + 2).is_some_and(|n| n.capitalised());
        // "The 74 year old Prof says": a title standing alone is the role.
        let bare_title = is_title_word(&t.key)
            && !tokens
                .get(i + 1)
                .is_some_and(|n| n.kind == Kind::Word && n.capitalised());
        let e = if role_abbreviation(&t.key).is_some() || abbreviated_title || bare_title {
            None
        } else if let Some(&e) = surnames.get(&t.key) {
            Some(e)
        } else if let Some(&Some(e)) = firsts
            .get(&t.key)
            // "Climate scientist Daniel Swain": a word qualifying the role
            // after it is no first name.
            .filter(|_| !qualifies_role(article, i..i + 1))
        {
            Some(e)
        } else if let Some(&e) = initials.get(&t.key).filter(|_| capitals) {
            Some(e)
        } else if title_case[i] {
            // Only a name the body gives: see above.
            None
        } else if is_organisation_head(&t.key)
            // "Hartford boss Dieter Vogel": whom the role is held for.
            || qualifies_role(article, i..i + 1)
            || after_organisation_noun(article, i)
            // "the Crown says": no one's name follows an article.
            || after_determiner(article, i)
            // "the MP said": a role in capitals is no acronym.
            || (capitals && !is_role_noun(&t.key))
            // "Police said": a body named by its bare noun, no person.
            || is_bare_body(&t.key)
            || (next_to_saying_verb(article, i) && after_listener_preposition(article, i))
        {
            Some(ents.entity(index, t.key.clone(), || Entity {
                name: t.text.clone(),
                kind: EntityKind::Organisation,
                actor: None,
                code: None,
                anonymous: false,
                confidence: 0.5,
            }))
        } else if qualifier_after_article(article, i) {
            None
        } else if titled.contains(t.key.as_str())
            || is_given_name(&t.key)
            || (!starts[i]
                && next_to_saying_verb(article, i)
                && !after_place_preposition(article, i))
            // "Johnson told reporters": at a sentence's start, only with its
            // verb of saying right after it; "Police said" names a body.
            || (starts[i] && saying_verb_next(article, i))
            || described_after(article, i)
            // "Sreejesh, who is playing …": a word opening a sentence that
            // an earlier cue already made someone's name ("goalkeeper PR
            // Sreejesh") is that person again.
            || (starts[i]
                && index
                    .get(&t.key)
                    .is_some_and(|&e| ents.list[e].kind == EntityKind::Person))
        {
            Some(ents.entity(index, t.key.clone(), || Entity {
                name: t.text.clone(),
                kind: EntityKind::Person,
                actor: None,
                code: None,
                anonymous: false,
                confidence: 0.5,
            }))
        } else {
            None
        };
        if let Some(e) = e {
            ents.mentions.push(Mention {
                tokens: i..i + 1,
                entity: e,
            });
        }
    }
}
