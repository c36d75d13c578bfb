//! Typos forgiven: a query word finds the dataset's words within an edit or
//! two of it, ranked below the words as typed and the words it begins.
//! Ranking on the built-in dataset, through the library's search.
// A test that cannot unwrap has failed; that is the point of it.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use newsline::data::{Dataset, load_builtin};
use newsline::query::SearchIndex;

fn ranked(query: &str) -> Vec<(String, i64)> {
    let ds: Dataset = load_builtin().unwrap();
    let ix = SearchIndex::build(&ds);
    ix.search(query, None)
        .into_iter()
        .map(|h| (ds.quotes[h.quote].id.to_string(), h.score))
        .collect()
}

fn ids(query: &str) -> Vec<String> {
    ranked(query).into_iter().map(|(id, _)| id).collect()
}

#[test]
fn secutite_finds_securite_below_the_word_as_typed() {
    let typo = ranked("secutite");
    let exact = ranked("securite");
    let found: Vec<&str> = typo.iter().map(|(id, _)| id.as_str()).collect();
    let wanted: Vec<&str> = exact.iter().map(|(id, _)| id.as_str()).collect();
    assert_eq!(found, wanted, "the same quotes, in the same order");
    assert!(found.contains(&"eu-uk-vital-interests"));
    // Each scores less than with the word as typed.
    for ((_, t), (_, e)) in typo.iter().zip(&exact) {
        assert!(t < e, "{typo:?} against {exact:?}");
    }
}

#[test]
fn massala_finds_masala() {
    let hits = ids("massala");
    assert_eq!(hits.len(), 5, "{hits:?}");
    assert!(hits.iter().all(|id| id.starts_with("masala-")), "{hits:?}");
    assert_eq!(ids("massala repli"), ["masala-fallback"]);
}

#[test]
fn soldst_mourir_finds_the_british_officials_quote() {
    assert_eq!(
        ids("soldst mourir"),
        [
            "uk-official-no-one-wants-headline",
            "uk-official-no-one-wants"
        ]
    );
}

#[test]
fn mourri_finds_mourir() {
    let hits = ids("mourri");
    assert_eq!(
        &hits[..2],
        [
            "uk-official-no-one-wants-headline",
            "uk-official-no-one-wants"
        ]
    );
}

#[test]
fn a_typo_ranks_below_a_word_the_query_begins() {
    // `pouv` begins `pouvoir` and is an edit from `pour`.
    let hits = ids("pouv");
    assert_eq!(hits[0], "pistorius-position-of-strength");
    assert!(hits[1..].contains(&"heusgen-europes-hour".to_string()));
    // `ukraini` begins `ukrainienne` and is an edit from `ukraine`.
    let hits = ids("ukraini");
    assert_eq!(hits[0], "pistorius-defence-industry");
    assert!(hits.len() > 5, "{hits:?}");
}

#[test]
fn short_words_and_far_words_are_not_typos() {
    // Three letters: no edit forgiven (`pour` is one from `pou`, but `pou`
    // begins it, so it is found as a prefix; `zou` begins nothing).
    assert!(ids("zou").is_empty());
    // Seven letters: one edit, not two.
    assert!(ids("mssalla").is_empty());
    // A word the dataset holds is not a typo of its neighbours: `solution`
    // and `soutien` are two edits apart, `solutien` one from each.
    let between = ids("solutien");
    assert!(
        between.contains(&"masala-fallback".to_string()),
        "{between:?}"
    );
    assert!(between.contains(&"pistorius-defence-industry".to_string()));
    assert_eq!(ids("solution"), ["masala-fallback"]);
}
