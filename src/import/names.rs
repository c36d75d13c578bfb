//! Who an article names: the reference dataset's actors and the gazetteer's
//! countries found by name and alias, then people and organisations found by
//! their capitals. A surname alone joins the full name given elsewhere.

use super::gazetteer::countries;
use super::lexicon::{
    honorific_gender, is_bare_body, is_common_word, is_function_word, is_generation, is_given_name,
    is_media_tail, is_organisation_head, is_organisation_tail, is_party_tag, is_role_noun,
    is_title_word, role_abbreviation, weekday,
};
use super::runs::{
    closes_organisation_name, in_capitals, is_capitalised_compound, is_initial, is_organisation,
    is_place, is_thing, joined_to_a_body, opens_longer_name, qualifies_role, run_end, split_title,
};
use super::segment::{Article, Kind};
use crate::data::{ActorKind, Dataset};
use std::collections::{HashMap, HashSet};
use std::ops::Range;

mod patterns;
mod single;
mod title_case;
use patterns::{Pattern, Target, actor_patterns, country_patterns, iso_name_alone};
use single::{
    after_determiner, after_listener_preposition, after_organisation_noun, after_place_preposition,
    after_title, described_after, next_to_saying_verb, qualifier_after_article, saying_verb_next,
};
use title_case::title_case_headings;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum EntityKind {
    Person,
    Country,
    Organisation,
}

impl EntityKind {
    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Country => "country",
            EntityKind::Organisation => "organization",
        }
    }

    fn of(kind: ActorKind) -> EntityKind {
        match kind {
            ActorKind::Person => EntityKind::Person,
            ActorKind::Country => EntityKind::Country,
            ActorKind::Organization => EntityKind::Organisation,
        }
    }
}

/// Someone or something the article names, once however often it is named.
#[derive(Debug, Clone)]
pub struct Entity {
    pub name: String,
    pub kind: EntityKind,
    /// The id of the matching actor of the reference dataset.
    pub actor: Option<String>,
    /// The ISO code, for countries.
    pub code: Option<String>,
    /// Named by a description, not a name ("un haut responsable du ministère").
    pub anonymous: bool,
    pub confidence: f32,
}

/// One place where an entity is named: token indices.
#[derive(Debug, Clone)]
pub struct Mention {
    pub tokens: Range<usize>,
    pub entity: usize,
}

#[derive(Debug, Clone, Default)]
pub struct Entities {
    pub list: Vec<Entity>,
    /// In text order.
    pub mentions: Vec<Mention>,
}

impl Entities {
    /// The entity for `key`, made on first use.
    fn entity(
        &mut self,
        index: &mut HashMap<String, usize>,
        key: String,
        make: impl FnOnce() -> Entity,
    ) -> usize {
        *index.entry(key).or_insert_with(|| {
            self.list.push(make());
            self.list.len() - 1
        })
    }

    /// Adds a described (anonymous) person and returns its index.
    pub fn described(&mut self, name: &str, actor: Option<String>) -> usize {
        if let Some(i) = self.list.iter().position(|e| e.anonymous && e.name == name) {
            return i;
        }
        self.list.push(Entity {
            name: name.to_string(),
            kind: EntityKind::Person,
            actor,
            code: None,
            anonymous: true,
            confidence: 0.6,
        });
        self.list.len() - 1
    }

    /// The organisation named by a common-noun phrase ("parquet de Paris"):
    /// one entity per phrase.
    pub fn institution(&mut self, name: &str) -> usize {
        if let Some(i) = self
            .list
            .iter()
            .position(|e| e.anonymous && e.kind == EntityKind::Organisation && e.name == name)
        {
            return i;
        }
        self.list.push(Entity {
            name: name.to_string(),
            kind: EntityKind::Organisation,
            actor: None,
            code: None,
            anonymous: true,
            confidence: 0.6,
        });
        self.list.len() - 1
    }

    /// The mention covering token `t`.
    pub fn at(&self, t: usize) -> Option<&Mention> {
        let i = self.mentions.partition_point(|m| m.tokens.end <= t);
        self.mentions.get(i).filter(|m| m.tokens.contains(&t))
    }
}

/// "DANIEL FARKE" written as a name, "Daniel Farke": a capital only at the
/// start of each word or of each part after a hyphen or an apostrophe.
fn written_as_a_name(capitals: &str) -> String {
    let mut name = String::with_capacity(capitals.len());
    let mut after_letter = false;
    for c in capitals.chars() {
        if after_letter {
            name.extend(c.to_lowercase());
        } else {
            name.push(c);
        }
        after_letter = c.is_alphabetic();
    }
    name
}

/// Finds every entity the article names.
pub fn find(article: &Article, reference: Option<&Dataset>) -> Entities {
    let actor_pats = actor_patterns(reference);
    let mut by_first: HashMap<&str, Vec<&Pattern>> = HashMap::new();
    for p in actor_pats.iter().chain(country_patterns()) {
        by_first.entry(p.keys[0].as_str()).or_default().push(p);
    }
    // Longest first, so "Royaume-Uni" wins over a shorter name at the same
    // place (a stable sort: a dataset's actor before a country of as many
    // words).
    for candidates in by_first.values_mut() {
        candidates.sort_by_key(|p| std::cmp::Reverse(p.keys.len()));
    }
    let tokens = &article.tokens;
    let actors = reference.map_or(&[][..], |ds| &ds.actors[..]);
    let mut ents = Entities::default();
    let mut index: HashMap<String, usize> = HashMap::new();
    let mut covered = vec![false; tokens.len()];

    // Known names first.
    let mut i = 0;
    while i < tokens.len() {
        let hit = by_first.get(tokens[i].key.as_str()).and_then(|cands| {
            cands.iter().find(|p| {
                let n = p.keys.len();
                i + n <= tokens.len()
                    && tokens[i..i + n].iter().all(|t| t.kind == Kind::Word)
                    && tokens[i..i + n]
                        .iter()
                        .zip(&p.keys)
                        .all(|(t, k)| &t.key == k)
                    && (!p.capital || iso_name_alone(article, i, p.keys.len()))
                    // "Donald Trump Jr." is the son, not the known father.
                    && !tokens
                        .get(i + n)
                        .is_some_and(|t| t.capitalised() && is_generation(&t.key))
                    && p.exact
                        .as_ref()
                        .is_none_or(|ex| tokens[i..i + n].iter().zip(ex).all(|(t, e)| &t.text == e))
            })
        });
        let Some(p) = hit else {
            i += 1;
            continue;
        };
        let n = p.keys.len();
        let next_starts_pattern = tokens
            .get(i + n)
            .is_some_and(|t| by_first.contains_key(t.key.as_str()));
        let country = match p.target {
            Target::Country(_) => true,
            Target::Actor(a) => actors[a].kind == ActorKind::Country,
        };
        // "le philosophe suisse": a country's name in lower case is an
        // adjective of nationality.
        if country && !tokens[i].capitalised() {
            i += 1;
            continue;
        }
        if country
            && ((!next_starts_pattern
                && opens_longer_name(article, i + n)
                && is_organisation(article, i..run_end(article, &covered, i)))
                || closes_organisation_name(article, i))
        {
            i += 1;
            continue;
        }
        let target = match p.target {
            // A country the reference dataset has is that actor.
            Target::Country(c) => reference
                .and_then(|ds| {
                    ds.actors
                        .iter()
                        .position(|a| a.code.as_deref() == Some(countries()[c].code))
                })
                .map_or(p.target, Target::Actor),
            t => t,
        };
        let e = ents.entity(&mut index, format!("{target:?}"), || match target {
            Target::Actor(a) => {
                let actor = &actors[a];
                Entity {
                    name: actor.name.clone(),
                    kind: EntityKind::of(actor.kind),
                    actor: Some(actor.id.clone()),
                    code: actor.code.clone(),
                    anonymous: actor.anonymous,
                    confidence: 0.95,
                }
            }
            Target::Country(c) => Entity {
                name: countries()[c].name.clone(),
                kind: EntityKind::Country,
                actor: None,
                code: Some(countries()[c].code.to_string()),
                anonymous: false,
                confidence: 0.9,
            },
        });
        ents.mentions.push(Mention {
            tokens: i..i + n,
            entity: e,
        });
        covered[i..i + n].iter_mut().for_each(|c| *c = true);
        i += n;
    }

    // Then runs of capitalised words.
    let starts: Vec<bool> = {
        let mut s = vec![false; tokens.len()];
        for sent in &article.sentences {
            if sent.tokens.start < s.len() {
                s[sent.tokens.start] = true;
            }
        }
        s
    };
    let title_case = title_case_headings(article);
    let mut singles = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let t = &tokens[i];
        // "C.J. Stroud": an initial and its full stop open a name, though
        // "C" and "J" alone are French elisions.
        let initial = is_initial(&t.text)
            && honorific_gender(&t.key).is_none()
            && tokens.get(i + 1).is_some_and(|n| n.is('.'))
            && run_end(article, &covered, i) > i + 1;
        // "Haute Autorité", "High Court": a common word opening an
        // organisation's name.
        let opens_organisation = !is_function_word(&t.key)
            && tokens
                .get(i + 1)
                .is_some_and(|n| n.capitalised() && is_organisation_head(&n.key));
        if covered[i]
            || !t.capitalised()
            || is_party_tag(&t.text)
            || is_capitalised_compound(&t.text)
            || (is_common_word(&t.key) && !initial && !opens_organisation)
        {
            i += 1;
            continue;
        }
        let end = run_end(article, &covered, i);
        // "said Monday": a weekday alone names no one ("the Sunday Times" does).
        // "on Sunday Rana Sanaullah said": nor is it part of a person's
        // name after it (but "the Sunday Times" is a paper's).
        let names_a_body = tokens.get(i + 1).is_some_and(|n| {
            end - i > 1 && (is_media_tail(&n.key) || is_organisation_tail(&n.key))
        });
        if weekday(&t.key).is_some() && !names_a_body {
            i += 1;
            continue;
        }
        // "After Super Tuesday Nikki Haley said": a weekday inside a run
        // ends what came before it when a full name follows.
        if let Some(p) = (i + 1..end.saturating_sub(2)).find(|&p| weekday(&tokens[p].key).is_some())
            && !is_media_tail(&tokens[p + 1].key)
            && !is_organisation_tail(&tokens[p + 1].key)
        {
            i = p + 1;
            continue;
        }
        // "WikiLeaks Holds Off Posting Secret Military Reports": in a
        // headline in title case every word is capitalised, so capitals make
        // no name; each word counts only as a name the body gives.
        if end - i == 1 || title_case[i] {
            singles.push(i);
            i += 1;
            continue;
        }
        let run = split_title(article, i, end);
        covered[i..end].iter_mut().for_each(|c| *c = true);
        i = end;
        if run.name.is_empty() {
            continue;
        }
        let span = run.name.clone();
        // Named as written, spaces made single: "C.J. Stroud" keeps its
        // initials together and "Ronan O'Gara" his apostrophe.
        let written = article.text(tokens[span.start].start..tokens[span.end - 1].end);
        let mut name = written.split_whitespace().collect::<Vec<_>>().join(" ");
        // "Karim B.", "Eli M. Remolona Jr.": an initial or a generation
        // keeps its full stop.
        if let Some(last) = tokens.get(span.end - 1)
            && (last.text.chars().count() == 1 || is_generation(&last.key))
            && last.capitalised()
            && tokens.get(span.end).is_some_and(|t| t.is('.'))
        {
            name.push('.');
        }
        let organisation = is_organisation(article, span.clone());
        if in_capitals(article, span.clone()) {
            name = written_as_a_name(&name);
        }
        // A place, an event or a document is no one a pronoun or a role can
        // stand for: not an entity.
        if !organisation
            && (is_place(article, span.clone())
                || is_thing(article, span.clone())
                || (run.tokens == span && joined_to_a_body(article, span.clone())))
        {
            continue;
        }
        let kind = if organisation {
            EntityKind::Organisation
        } else {
            EntityKind::Person
        };
        let key = tokens[span.clone()]
            .iter()
            .map(|t| t.key.as_str())
            .collect::<Vec<_>>()
            .join(" ");
        let e = ents.entity(&mut index, key, || Entity {
            name,
            kind,
            actor: None,
            code: None,
            anonymous: false,
            confidence: if organisation { 0.6 } else { 0.75 },
        });
        ents.mentions.push(Mention {
            tokens: span,
            entity: e,
        });
    }

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
            Some(ents.entity(&mut index, t.key.clone(), || Entity {
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
            Some(ents.entity(&mut index, t.key.clone(), || Entity {
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
    ents.mentions.sort_by_key(|m| m.tokens.start);
    ents
}

#[cfg(test)]
mod tests;
