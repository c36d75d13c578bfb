//! A shorter name for someone named in full: "Von der Leyen" for "Ursula
//! von der Leyen", "C.J. Stroud Finds" in a headline for "C.J. Stroud",
//! "Miss Hopkins" for "Sara Hopkins".

use super::{Entities, EntityKind, Mention};
use crate::import::segment::{Article, Kind};
use std::collections::HashMap;

/// Points each mention of a shorter name at the person named in full.
pub(super) fn join(article: &Article, ents: &mut Entities, index: &HashMap<String, usize>) {
    let tokens = &article.tokens;
    // "Von der Leyen" opening a sentence is "Ursula von der Leyen": a
    // person's name of two words or more that ends another person's longer
    // name is that person. And "C.J. Stroud Finds" in a headline in title
    // case is "C.J. Stroud": a run that opens on a person's full name and
    // goes on by one capitalised word is that person.
    // "Miss Hopkins" cut after its honorific is "Sara Hopkins" too.
    // In the order the people were first named: a map's order changes from
    // one run to the next, and the import must not.
    let mut named: Vec<(&String, usize)> = index
        .iter()
        .filter(|&(_, &e)| ents.list[e].kind == EntityKind::Person)
        .map(|(k, &e)| (k, e))
        .collect();
    named.sort_by_key(|&(_, e)| e);
    let people: Vec<(&String, usize)> = named
        .iter()
        .copied()
        .filter(|(k, _)| k.contains(' '))
        .collect();
    // The word before each person's name in full ("Cllr", "leader").
    let word_before = |m: &Mention| {
        m.tokens
            .start
            .checked_sub(1)
            .filter(|&b| tokens[b].kind == Kind::Word)
            .map(|b| tokens[b].key.clone())
    };
    let mut titled_as: HashMap<usize, String> = HashMap::new();
    for m in ents.mentions.iter().filter(|m| m.tokens.len() >= 2) {
        if let Some(w) = word_before(m) {
            titled_as.entry(m.entity).or_insert(w);
        }
    }
    for m in ents.mentions.iter_mut() {
        let Some((short, _)) = named.iter().find(|(_, e)| *e == m.entity) else {
            continue;
        };
        // Two people whose names end the same ("Cllr Jones" with Reggie
        // and Mike Jones named): the one named after the same title
        // ("Labour Cllr Reggie Jones"), else no one.
        let ending = format!(" {short}");
        let longer: Vec<usize> = people
            .iter()
            .filter(|(k, _)| k.len() > short.len() && k.ends_with(&ending))
            .map(|&(_, e)| e)
            .collect();
        let title = word_before(m);
        let same_title: Vec<usize> = longer
            .iter()
            .copied()
            .filter(|e| title.is_some() && titled_as.get(e) == title.as_ref())
            .collect();
        if let ([full], _) | (_, [full]) = (longer.as_slice(), same_title.as_slice()) {
            m.entity = *full;
        } else if let Some(&(_, name)) = people.iter().find(|(k, _)| {
            short
                .strip_prefix(k.as_str())
                .and_then(|rest| rest.strip_prefix(' '))
                .is_some_and(|rest| !rest.is_empty() && !rest.contains(' '))
        }) {
            m.entity = name;
        }
    }
}
