//! Names known before reading: the reference dataset's actors and the
//! gazetteer's countries, by name and alias, longest first.

use super::patterns::{Pattern, Target, actor_patterns, country_patterns, iso_name_alone};
use super::{Entities, Entity, EntityKind, Mention};
use crate::data::{ActorKind, Dataset};
use crate::import::gazetteer::countries;
use crate::import::lexicon::is_generation;
use crate::import::runs::{closes_organisation_name, is_organisation, opens_longer_name, run_end};
use crate::import::segment::{Article, Kind};
use std::collections::HashMap;

/// Marks every known name in the article as a mention and its tokens as
/// covered, so the capitalised runs after it leave them alone.
pub(super) fn mark(
    article: &Article,
    reference: Option<&Dataset>,
    ents: &mut Entities,
    index: &mut HashMap<String, usize>,
    covered: &mut [bool],
) {
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
                && is_organisation(article, i..run_end(article, covered, i)))
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
        let e = ents.entity(index, format!("{target:?}"), || match target {
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
}
