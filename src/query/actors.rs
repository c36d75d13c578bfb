//! Finding actors by what a person types: exact names and aliases for the command
//! line, ranked fuzzy narrowing for the explorer's actor list.

use crate::data::{ActorIx, ActorKind, Dataset};
use crate::text::fold_key;
use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;

/// Why a name given on the command line names no single actor.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ActorLookupError {
    #[error("no {what} matches `{name}`{}", suggest(.suggestions))]
    NotFound {
        what: &'static str,
        name: String,
        suggestions: Vec<String>,
    },
    #[error("`{name}` matches several {what}s: {}; give the full name", .candidates.join(", "))]
    Ambiguous {
        what: &'static str,
        name: String,
        candidates: Vec<String>,
    },
}

fn suggest(s: &[String]) -> String {
    if s.is_empty() {
        " (list them with `newsline actors`)".into()
    } else {
        format!(" (did you mean {}?)", s.join(", "))
    }
}

/// Finds the actor named `name` (name, alias, id or country code; case and
/// accents ignored). A unique partial match is accepted too.
pub fn find_actor(
    ds: &Dataset,
    name: &str,
    only: Option<ActorKind>,
) -> Result<ActorIx, ActorLookupError> {
    let what = match only {
        Some(ActorKind::Country) => "country",
        _ => "actor",
    };
    let key = fold_key(name.trim());
    let candidates: Vec<ActorIx> = (0..ds.actors.len())
        .filter(|&i| only.is_none_or(|k| ds.actors[i].kind == k))
        .collect();
    let names = |i: ActorIx| {
        let a = &ds.actors[i];
        std::iter::once(a.name.as_str())
            .chain(a.aliases.iter().map(String::as_str))
            .chain(std::iter::once(a.id.as_str()))
            .chain(a.code.as_deref())
            .map(fold_key)
            .collect::<Vec<_>>()
    };
    let exact: Vec<ActorIx> = candidates
        .iter()
        .copied()
        .filter(|&i| names(i).contains(&key))
        .collect();
    let partial: Vec<ActorIx> = if exact.is_empty() && !key.is_empty() {
        candidates
            .iter()
            .copied()
            .filter(|&i| names(i).iter().any(|n| n.contains(&key)))
            .collect()
    } else {
        exact
    };
    match partial.as_slice() {
        [one] => Ok(*one),
        [] => {
            // Only close spellings are worth suggesting ("Pistorus" → Pistorius).
            let matcher = SkimMatcherV2::default();
            let close = |i: &ActorIx| {
                names(*i).iter().any(|n| {
                    matcher
                        .fuzzy_match(n, &key)
                        .is_some_and(|s| s >= 20 * key.chars().count() as i64)
                })
            };
            let ranked: Vec<ActorIx> = narrow(ds, name, only).into_iter().filter(close).collect();
            Err(ActorLookupError::NotFound {
                what,
                name: name.to_string(),
                suggestions: ranked
                    .into_iter()
                    .take(3)
                    .map(|i| ds.actors[i].name.clone())
                    .collect(),
            })
        }
        many => Err(ActorLookupError::Ambiguous {
            what,
            name: name.to_string(),
            candidates: many.iter().map(|&i| ds.actors[i].name.clone()).collect(),
        }),
    }
}

/// Actors ranked for what the user typed, with their scores (none when
/// nothing is typed: then all of them, by kind, then name).
pub fn narrow_scored(ds: &Dataset, query: &str) -> Vec<(Option<i64>, ActorIx)> {
    let key = fold_key(query.trim());
    if key.is_empty() {
        return narrow(ds, query, None)
            .into_iter()
            .map(|i| (None, i))
            .collect();
    }
    scored(
        &key,
        (0..ds.actors.len()).map(|i| (i, actor_names(&ds.actors[i]))),
    )
    .into_iter()
    .map(|(s, i)| (Some(s), i))
    .collect()
}

/// The names an actor goes by: its name, aliases and code.
fn actor_names(a: &crate::data::Actor) -> Vec<&str> {
    std::iter::once(&a.name)
        .chain(a.aliases.iter())
        .chain(a.code.iter())
        .map(String::as_str)
        .collect()
}

/// Actors ranked for what the user typed; all of them (by kind, then name) when
/// nothing is typed.
pub fn narrow(ds: &Dataset, query: &str, only: Option<ActorKind>) -> Vec<ActorIx> {
    let key = fold_key(query.trim());
    let pool = (0..ds.actors.len()).filter(|&i| only.is_none_or(|k| ds.actors[i].kind == k));
    if key.is_empty() {
        let mut all: Vec<ActorIx> = pool.collect();
        all.sort_by_key(|&i| (ds.actors[i].kind, fold_key(&ds.actors[i].name)));
        return all;
    }
    rank(&key, pool.map(|i| (i, actor_names(&ds.actors[i]))))
}

/// The candidates whose names match `key` (already folded), best first: an
/// exact name beats a prefix, which beats a fuzzy match; ties in the order
/// given. Each candidate is an index and the names it goes by.
pub fn rank<'a>(key: &str, candidates: impl Iterator<Item = (usize, Vec<&'a str>)>) -> Vec<usize> {
    scored(key, candidates)
        .into_iter()
        .map(|(_, i)| i)
        .collect()
}

/// As [`rank`], with each candidate's score, to merge lists ranked apart.
pub fn scored<'a>(
    key: &str,
    candidates: impl Iterator<Item = (usize, Vec<&'a str>)>,
) -> Vec<(i64, usize)> {
    let matcher = SkimMatcherV2::default();
    let mut scored: Vec<(i64, usize)> = candidates
        .filter_map(|(i, names)| {
            names
                .into_iter()
                .filter_map(|n| {
                    let n = fold_key(n);
                    let bonus = if n == key {
                        20_000
                    } else if n.starts_with(key) {
                        10_000
                    } else {
                        0
                    };
                    matcher.fuzzy_match(&n, key).map(|s| s + bonus)
                })
                .max()
                .map(|s| (s, i))
        })
        .collect();
    scored.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    scored
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::load_builtin;

    #[test]
    fn finds_by_name_alias_and_code_ignoring_accents() {
        let ds = load_builtin().unwrap();
        let id = |n: &str| ds.actors[find_actor(&ds, n, None).unwrap()].id.clone();
        assert_eq!(id("Poutine"), "vladimir-putin");
        assert_eq!(id("umerow"), "rustem-umerov");
        assert_eq!(id("SEBASTIEN LECORNU"), "sebastien-lecornu");
        assert_eq!(id("Royaume-Uni"), "united-kingdom");
        let c = find_actor(&ds, "gb", Some(ActorKind::Country)).unwrap();
        assert_eq!(ds.actors[c].id, "united-kingdom");
    }

    #[test]
    fn unknown_and_ambiguous_names_say_so() {
        let ds = load_builtin().unwrap();
        let e = find_actor(&ds, "Macron", None).unwrap_err();
        assert!(
            e.to_string().starts_with("no actor matches `Macron`"),
            "{e}"
        );
        let e = find_actor(&ds, "minist", None).unwrap_err();
        assert!(matches!(e, ActorLookupError::Ambiguous { .. }), "{e}");
        assert!(find_actor(&ds, "Pistorius", Some(ActorKind::Country)).is_err());
    }

    #[test]
    fn narrowing_ranks_the_closest_first() {
        let ds = load_builtin().unwrap();
        let top = narrow(&ds, "pist", None)[0];
        assert_eq!(ds.actors[top].id, "boris-pistorius");
        assert_eq!(narrow(&ds, "", None).len(), ds.actors.len());
        let uk = narrow(&ds, "uk", None)[0];
        assert_eq!(
            ds.actors[uk].id, "united-kingdom",
            "an exact alias comes first"
        );
    }
}
