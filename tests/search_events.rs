//! The one search over events and quotes on the built-in dataset: the
//! issue's event queries find their events first, the typo queries still
//! find their quotes, and every token narrows as the help says.
// A test that cannot unwrap has failed; that is the point of it.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use newsline::data::{Dataset, load_builtin};
use newsline::query::{Finder, Found, SearchIndex};
use std::sync::{Arc, OnceLock};

fn dataset() -> &'static (Dataset, Finder) {
    static BUILT: OnceLock<(Dataset, Finder)> = OnceLock::new();
    BUILT.get_or_init(|| {
        let ds = load_builtin().unwrap();
        let finder = Finder::new(&ds, Arc::new(SearchIndex::build(&ds)));
        (ds, finder)
    })
}

fn find(line: &str) -> Found {
    let (ds, finder) = dataset();
    finder.find(ds, line)
}

/// The ids of the events `line` finds, best first; it must be free of problems.
fn events(line: &str) -> Vec<String> {
    let (ds, _) = dataset();
    let found = find(line);
    assert!(found.problems.is_empty(), "{line}: {:?}", found.problems);
    found
        .events
        .iter()
        .map(|h| ds.events[h.event].id.to_string())
        .collect()
}

/// The ids of the quotes `line` finds, best first; it must be free of problems.
fn quotes(line: &str) -> Vec<String> {
    let (ds, _) = dataset();
    let found = find(line);
    assert!(found.problems.is_empty(), "{line}: {:?}", found.problems);
    found
        .quotes
        .iter()
        .map(|h| ds.quotes[h.quote].id.to_string())
        .collect()
}

#[test]
fn the_issues_event_queries_find_their_events_first() {
    assert_eq!(events("ground troops"), ["masala-rnd-interview"]);
    let troops = events("troops");
    assert_eq!(troops.len(), 3, "{troops:?}");
    for id in [
        "masala-rnd-interview",
        "sunday-times-no-troops",
        "russia-rejects-foreign-troops",
    ] {
        assert!(troops.contains(&id.to_string()), "{troops:?}");
    }
    assert_eq!(
        events("Alaska"),
        ["alaska-summit", "alaska-summit-announced"]
    );
    assert_eq!(
        events("Berlin")[..2],
        [
            "berlin-defence-ministers-meeting",
            "pistorius-after-meeting"
        ]
    );
}

#[test]
fn the_typo_queries_still_find_their_quotes() {
    assert!(quotes("secutite").contains(&"eu-uk-vital-interests".to_string()));
    assert!(quotes("massala").iter().all(|id| id.starts_with("masala-")));
    assert!(!quotes("massala").is_empty());
    assert_eq!(
        quotes("soldst mourir")[0],
        "uk-official-no-one-wants-headline"
    );
    assert!(quotes("mourri").contains(&"uk-official-no-one-wants".to_string()));
    // And in events: a typo in a place.
    assert_eq!(events("alasca")[0], "alaska-summit");
}

#[test]
fn an_actor_token_narrows_to_what_involves_the_actor() {
    let q = quotes("actor:masala");
    assert_eq!(q.len(), 5);
    assert!(q.iter().all(|id| id.starts_with("masala-")));
    // With words, it ranks within the actor's items; a typo in the name too.
    assert_eq!(quotes("repli actor:massala"), ["masala-fallback"]);
    assert_eq!(events("troops actor:masala"), ["masala-rnd-interview"]);
}

#[test]
fn a_country_token_takes_its_people_too() {
    let (ds, _) = dataset();
    let found = find("country:de");
    assert!(found.problems.is_empty());
    // Heusgen is German, and no item names Germany beside his quotes.
    let heusgen = ds.actor_by_id("christoph-heusgen").unwrap();
    assert!(
        found
            .quotes
            .iter()
            .any(|h| ds.quotes[h.quote].speaker == heusgen)
    );
    assert_eq!(find("country:Germany"), found);
    assert!(
        !find("country:fr")
            .quotes
            .iter()
            .any(|h| ds.quotes[h.quote].speaker == heusgen)
    );
}

#[test]
fn date_tokens_keep_the_items_in_the_range() {
    let (ds, _) = dataset();
    let found = find("after:2025-03 before:2025-08-09");
    assert!(found.problems.is_empty());
    let ids: Vec<String> = found
        .events
        .iter()
        .map(|h| ds.events[h.event].id.to_string())
        .collect();
    // March to 9 August, both ends included; the year-only event overlaps.
    assert!(ids.contains(&"coalition-announced".to_string()), "{ids:?}");
    assert!(ids.contains(&"eu-uk-call-on-us".to_string()), "{ids:?}");
    assert!(ids.contains(&"trump-no-guarantees".to_string()), "{ids:?}");
    assert!(!ids.contains(&"alaska-summit".to_string()), "{ids:?}");
    assert!(
        !ids.contains(&"masala-rnd-interview".to_string()),
        "{ids:?}"
    );
    // With words. The announcement is dated to the month: it overlaps any
    // day of August, where the summit is the 15th only.
    assert_eq!(
        events("alaska after:2025-08-16"),
        ["alaska-summit-announced"]
    );
    assert_eq!(
        events("alaska before:2025-08-14"),
        ["alaska-summit-announced"]
    );
    assert_eq!(events("alaska after:2025-08-15").len(), 2);
    assert!(events("alaska after:2025-09").is_empty());
    // `after` a month is from its first day: the summit of the 15th is in.
    assert_eq!(events("alaska after:2025-08").len(), 2);
}

#[test]
fn a_source_token_keeps_what_came_from_it() {
    let politico = quotes("source:politico");
    assert!(!politico.is_empty());
    assert!(!politico.iter().any(|id| id.starts_with("masala-")));
    assert!(quotes("source:rnd").iter().all(|id| !id.starts_with("uk-")));
    assert!(events("source:politico").contains(&"politico-no-clear-strategy".to_string()));
}

#[test]
fn phrases_and_exclusions() {
    assert_eq!(
        quotes("\"position de force\""),
        ["pistorius-position-of-strength"]
    );
    // The same words out of order are not the phrase.
    assert!(quotes("\"force de position\"").is_empty());
    let all = events("alaska");
    // Only the summit's summary speaks of talks.
    let without = events("alaska -talks");
    assert_eq!(without, ["alaska-summit-announced"], "{all:?}");
    // A word it begins counts: `-announc` leaves out both, as both say it.
    assert!(events("alaska -announc").is_empty());
    // A word left out leaves out its speaker's quotes too.
    assert!(quotes("actor:masala -masala").is_empty());
}

#[test]
fn bad_tokens_are_told_and_the_rest_still_runs() {
    let found = find("after:tomorrow alaska");
    assert_eq!(found.problems.len(), 1);
    assert!(
        found.problems[0]
            .to_string()
            .contains("`after:tomorrow`: not a date"),
        "{}",
        found.problems[0]
    );
    assert_eq!(found.events.len(), 2, "alaska still searched");
    for bad in [
        "actor:",
        "actor:zzqq",
        "country:pistorius",
        "source:zzqq",
        "\"open",
    ] {
        let found = find(bad);
        assert_eq!(found.problems.len(), 1, "{bad}: {:?}", found.problems);
    }
}
