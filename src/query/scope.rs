//! What a parsed search line's tokens name in a dataset: the actors and
//! countries (by exact name, code or id, else by the start of a name, else
//! by a name a typo away), the sources (by outlet, title, address, id or
//! the outlets they relay), and the date range. Costs a pass over the
//! actors and sources per query, never one over the quotes.

use super::tokens::{Parsed, Problem, Token};
use super::vocab::edits_allowed;
use crate::data::{ActorIx, ActorKind, Dataset, SourceIx};
use crate::text::{fold_key, words};
use chrono::NaiveDate;

/// A search line resolved against a dataset.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Scope {
    /// The words to rank by, as the word search takes them.
    pub text: String,
    /// Each phrase as its folded words, to be found one after the other.
    pub phrases: Vec<Vec<String>>,
    /// Folded words whose holders are left out.
    pub exclude: Vec<String>,
    /// One list per `actor:` or `country:` token: what it names (an item
    /// must involve one of each list).
    pub actors: Vec<Vec<ActorIx>>,
    /// One list per `source:` token, the same way.
    pub sources: Vec<Vec<SourceIx>>,
    /// Items must overlap these days (both included).
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    pub problems: Vec<Problem>,
}

impl Scope {
    /// Whether anything but the ranked words narrows the search.
    pub fn narrows(&self) -> bool {
        !self.exclude.is_empty()
            || !self.actors.is_empty()
            || !self.sources.is_empty()
            || self.from.is_some()
            || self.to.is_some()
    }
}

/// How well `key` (folded) names something known by `names`: 3 exactly, 2 by
/// the start of a name or of one of its words, 1 a typo away from a name or
/// one of its words, 0 not at all.
fn closeness<'a>(key: &str, names: impl Iterator<Item = &'a str>) -> u8 {
    let edits = edits_allowed(key.chars().count());
    let mut best = 0;
    for name in names {
        let name = fold_key(name);
        if name == key {
            return 3;
        }
        let begun = name.starts_with(key) || words(&name).any(|w| w.text.starts_with(key));
        if begun {
            best = 2;
        } else if best == 0 && edits > 0 {
            let near = |w: &str| strsim::levenshtein(w, key) <= edits as usize;
            if near(&name) || words(&name).any(|w| near(w.text)) {
                best = 1;
            }
        }
    }
    best
}

/// The actors `value` names (countries only when `countries`): those of the
/// closest kind of match. Empty when none.
pub fn actors_named(ds: &Dataset, value: &str, countries: bool) -> Vec<ActorIx> {
    let key = fold_key(value.trim());
    let mut best = (0u8, Vec::new());
    for (i, a) in ds.actors.iter().enumerate() {
        if countries && a.kind != ActorKind::Country {
            continue;
        }
        let names = std::iter::once(a.name.as_str())
            .chain(a.aliases.iter().map(String::as_str))
            .chain(std::iter::once(a.id.as_str()))
            .chain(a.code.as_deref());
        let c = closeness(&key, names);
        if c > best.0 {
            best = (c, vec![i]);
        } else if c > 0 && c == best.0 {
            best.1.push(i);
        }
    }
    best.1
}

/// Where `key` (folded) starts a word of `text`.
fn starts_a_word(text: &str, key: &str) -> bool {
    let folded = fold_key(text);
    folded.match_indices(key).any(|(at, _)| {
        folded[..at]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric())
    })
}

/// The sources `value` names: by the start of a word of their outlet,
/// title, address or id, or of a name of an outlet they relay.
pub fn sources_named(ds: &Dataset, value: &str) -> Vec<SourceIx> {
    let key = fold_key(value.trim());
    ds.sources
        .iter()
        .enumerate()
        .filter(|(_, s)| {
            let own = [Some(&s.outlet), Some(&s.title), s.url.as_ref()]
                .into_iter()
                .flatten()
                .any(|t| starts_a_word(t, &key))
                || starts_a_word(&s.id, &key);
            own || s.relays.iter().any(|&a| {
                ds.actors.get(a).is_some_and(|a| {
                    std::iter::once(&a.name)
                        .chain(&a.aliases)
                        .any(|n| starts_a_word(n, &key))
                })
            })
        })
        .map(|(i, _)| i)
        .collect()
}

/// Resolves `parsed` against `ds`. A token that names nothing is a problem,
/// and is left out, as a bad token is.
pub fn resolve(ds: &Dataset, parsed: &Parsed) -> Scope {
    let mut scope = Scope {
        text: parsed.ranked_text(),
        problems: parsed.problems.clone(),
        ..Scope::default()
    };
    let mut problem = |token: String, why: String| scope.problems.push(Problem { token, why });
    for t in &parsed.tokens {
        match t {
            Token::Word(_) => {}
            Token::Phrase(p) => {
                let folded = fold_key(p);
                let ws: Vec<String> = words(&folded).map(|w| w.text.to_string()).collect();
                if !ws.is_empty() {
                    scope.phrases.push(ws);
                }
            }
            Token::Exclude(w) => {
                let folded = fold_key(w);
                scope
                    .exclude
                    .extend(words(&folded).map(|w| w.text.to_string()));
            }
            Token::Actor(name) | Token::Country(name) => {
                let countries = matches!(t, Token::Country(_));
                let found = actors_named(ds, name, countries);
                if found.is_empty() {
                    let (key, what) = if countries {
                        ("country", "no country")
                    } else {
                        ("actor", "no actor")
                    };
                    problem(
                        format!("{key}:{name}"),
                        format!("{what} matches `{name}`; Tab completes the names there are"),
                    );
                } else {
                    scope.actors.push(found);
                }
            }
            Token::Source(name) => {
                let found = sources_named(ds, name);
                if found.is_empty() {
                    problem(
                        format!("source:{name}"),
                        format!("no source matches `{name}`; Tab completes the outlets there are"),
                    );
                } else {
                    scope.sources.push(found);
                }
            }
            Token::After(d) => {
                let day = d.first_day();
                scope.from = Some(scope.from.map_or(day, |f| f.max(day)));
            }
            Token::Before(d) => {
                let day = d.last_day();
                scope.to = Some(scope.to.map_or(day, |t| t.min(day)));
            }
        }
    }
    scope
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::load_builtin;
    use crate::query::tokens::parse;

    fn ids(ds: &Dataset, actors: &[ActorIx]) -> Vec<String> {
        actors.iter().map(|&a| ds.actors[a].id.clone()).collect()
    }

    #[test]
    fn actors_by_exact_name_start_or_typo() {
        let ds = load_builtin().unwrap();
        assert_eq!(
            ids(&ds, &actors_named(&ds, "masala", false)),
            ["carlo-masala"]
        );
        assert_eq!(
            ids(&ds, &actors_named(&ds, "massala", false)),
            ["carlo-masala"]
        );
        assert_eq!(
            ids(&ds, &actors_named(&ds, "Carlo Masala", false)),
            ["carlo-masala"]
        );
        // A code names its country before any name that starts with it.
        assert_eq!(ids(&ds, &actors_named(&ds, "de", true)), ["germany"]);
        assert_eq!(ids(&ds, &actors_named(&ds, "germ", true)), ["germany"]);
        assert!(actors_named(&ds, "pistorius", true).is_empty());
        assert!(actors_named(&ds, "zzzz", false).is_empty());
    }

    #[test]
    fn sources_by_outlet_and_what_they_relay() {
        let ds = load_builtin().unwrap();
        let politico = sources_named(&ds, "politico");
        assert_eq!(politico.len(), 1);
        assert_eq!(ds.sources[politico[0]].id, "sunday-times-2025-08-10");
        assert_eq!(sources_named(&ds, "rnd").len(), 1);
        // Inside a word is not the start of one.
        assert!(sources_named(&ds, "olitico").is_empty());
    }

    #[test]
    fn unknown_names_are_problems_and_dates_make_a_range() {
        let ds = load_builtin().unwrap();
        let s = resolve(
            &ds,
            &parse("actor:zzzz after:2025-03 before:2025-08-15 troops"),
        );
        assert_eq!(s.text, "troops");
        assert!(s.actors.is_empty());
        assert_eq!(s.problems.len(), 1);
        assert!(
            s.problems[0]
                .to_string()
                .contains("no actor matches `zzzz`")
        );
        assert_eq!(s.from, NaiveDate::from_ymd_opt(2025, 3, 1));
        assert_eq!(s.to, NaiveDate::from_ymd_opt(2025, 8, 15));
        // A month's `before` runs to its last day.
        let s = resolve(&ds, &parse("before:2025-02"));
        assert_eq!(s.to, NaiveDate::from_ymd_opt(2025, 2, 28));
    }
}
