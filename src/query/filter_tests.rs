//! Tests of the timeline filter: actors and countries, any or all, date ranges, counts, and the indexed ways against a plain scan.

use super::*;
use crate::data::load_builtin;

fn ids(ds: &Dataset, t: &[TimelineEvent]) -> Vec<String> {
    t.iter()
        .map(|e| ds.events[e.event].id.to_string())
        .collect()
}

fn actor(ds: &Dataset, id: &str) -> ActorIx {
    ds.actor_by_id(id).unwrap()
}

#[test]
fn no_filter_keeps_everything() {
    let ds = load_builtin().unwrap();
    let t = timeline(&ds, &Filter::default());
    assert_eq!(t.len(), ds.events.len());
    assert_eq!(
        t.iter().map(|e| e.quotes.len()).sum::<usize>(),
        ds.quotes.len()
    );
}

#[test]
fn a_country_matches_its_people() {
    let ds = load_builtin().unwrap();
    let f = Filter {
        actors: BTreeSet::from([actor(&ds, "germany")]),
        ..Filter::default()
    };
    let t = timeline(&ds, &f);
    // Heusgen's comments involve no country directly, only German actors.
    assert!(ids(&ds, &t).contains(&"heusgen-rnd-comments".to_string()));
    assert!(!ids(&ds, &t).contains(&"alaska-summit".to_string()));
    let quotes: Vec<&str> = t
        .iter()
        .flat_map(|e| e.quotes.iter().map(|&q| ds.quotes[q].id.as_str()))
        .collect();
    assert!(quotes.contains(&"heusgen-europes-hour"));
    assert!(!quotes.contains(&"uk-official-no-one-wants"));
}

#[test]
fn several_actors_match_any_of_them() {
    let ds = load_builtin().unwrap();
    let shown = |ids: &[&str]| -> BTreeSet<String> {
        let f = Filter {
            actors: ids.iter().map(|id| actor(&ds, id)).collect(),
            ..Filter::default()
        };
        ids_of(&ds, &timeline(&ds, &f))
    };
    // Two actors whose events overlap, so a count could not tell a union
    // from an intersection or from the two lists put end to end.
    let (a, b) = (shown(&["germany"]), shown(&["france"]));
    assert!(!a.is_disjoint(&b) && !a.is_subset(&b) && !b.is_subset(&a));
    let both = shown(&["germany", "france"]);
    assert_eq!(both, a.union(&b).cloned().collect::<BTreeSet<_>>());
    assert_eq!(
        both.len(),
        timeline(
            &ds,
            &Filter {
                actors: BTreeSet::from([actor(&ds, "germany"), actor(&ds, "france")]),
                ..Filter::default()
            }
        )
        .len(),
        "an event shown twice"
    );
}

#[test]
fn several_actors_can_match_all_of_them_and_say_so() {
    let ds = load_builtin().unwrap();
    let shown = |ids: &[&str], all_actors: bool| -> BTreeSet<String> {
        let f = Filter {
            actors: ids.iter().map(|id| actor(&ds, id)).collect(),
            all_actors,
            ..Filter::default()
        };
        ids_of(&ds, &timeline(&ds, &f))
    };
    let (a, b) = (shown(&["germany"], true), shown(&["france"], true));
    let both = shown(&["germany", "france"], true);
    // Overlapping but neither inside the other: an intersection that is
    // neither empty nor one of the two.
    assert!(!both.is_empty() && both != a && both != b);
    assert!(both.is_subset(&a) && both.is_subset(&b));
    // An event kept only for a quote must have that quote involve both.
    let f = Filter {
        actors: BTreeSet::from([actor(&ds, "germany"), actor(&ds, "france")]),
        all_actors: true,
        ..Filter::default()
    };
    let m = f.matcher(&ds);
    for t in timeline(&ds, &f) {
        assert!(m.event(&ds.events[t.event]) || !t.quotes.is_empty());
        assert!(t.quotes.iter().all(|&q| m.quote(&ds.quotes[q])));
    }
    // The index and the scan agree for AND too.
    assert_eq!(
        ids(&ds, &timeline(&ds, &f)),
        ids(&ds, &timeline_by_scan(&ds, &m))
    );
    // The words say which.
    assert_eq!(f.describe(&ds).unwrap(), "France and Germany");
    let any = Filter {
        all_actors: false,
        ..f.clone()
    };
    assert_eq!(any.describe(&ds).unwrap(), "France or Germany");
}

fn ids_of(ds: &Dataset, t: &[TimelineEvent]) -> BTreeSet<String> {
    ids(ds, t).into_iter().collect()
}

#[test]
fn a_date_range_keeps_overlapping_periods() {
    let ds = load_builtin().unwrap();
    let f = Filter {
        from: NaiveDate::from_ymd_opt(2025, 1, 15),
        to: NaiveDate::from_ymd_opt(2025, 3, 31),
        ..Filter::default()
    };
    // "2025" (year precision) overlaps the range too.
    assert_eq!(
        ids(&ds, &timeline(&ds, &f)),
        [
            "trump-no-guarantees",
            "trump-inauguration",
            "coalition-announced"
        ]
    );
}

#[test]
fn actor_counts_are_what_selecting_each_actor_shows() {
    let ds = load_builtin().unwrap();
    let counts = actor_counts(&ds);
    for (a, count) in counts.iter().enumerate() {
        let t = timeline(
            &ds,
            &Filter {
                actors: BTreeSet::from([a]),
                ..Filter::default()
            },
        );
        let shown = (t.len(), t.iter().map(|e| e.quotes.len()).sum::<usize>());
        assert_eq!(*count, shown, "{}", ds.actors[a].id);
    }
}

#[test]
fn the_actor_index_gives_what_a_scan_gives() {
    let ds = load_builtin().unwrap();
    for a in 0..ds.actors.len() {
        for b in [a, (a * 7 + 3) % ds.actors.len()] {
            let f = Filter {
                actors: BTreeSet::from([a, b]),
                from: NaiveDate::from_ymd_opt(2024, 11, 26).filter(|_| a % 2 == 0),
                text: if a % 3 == 0 {
                    "europe".into()
                } else {
                    String::new()
                },
                ..Filter::default()
            };
            let by_scan = timeline_by_scan(&ds, &f.matcher(&ds));
            assert_eq!(timeline(&ds, &f), by_scan, "{f:?}");
        }
    }
}

#[test]
fn both_ways_of_grouping_give_what_a_scan_gives() {
    // Large enough that a person's few items are grouped by sorting and a
    // country's many by counting.
    let file = crate::data::generate::generate(300, 3_000, 80, 3);
    let json = serde_json::to_string(&file).unwrap();
    let ds = crate::data::load::parse(std::path::Path::new("generated"), &json, |_| {
        Err("no files".into())
    })
    .unwrap();
    let (mut sparse, mut dense) = (0, 0);
    for a in 0..ds.actors.len() {
        for actors in [
            BTreeSet::from([a]),
            BTreeSet::from([a, (a * 7 + 3) % ds.actors.len()]),
        ] {
            let f = Filter {
                actors,
                ..Filter::default()
            };
            let by_scan = timeline_by_scan(&ds, &f.matcher(&ds));
            let items = by_scan.len() + by_scan.iter().map(|t| t.quotes.len()).sum::<usize>();
            if items > ds.events.len() / 8 {
                dense += 1;
            } else {
                sparse += 1;
            }
            assert_eq!(timeline(&ds, &f), by_scan, "{f:?}");
        }
    }
    assert!(sparse > 10 && dense > 10, "{sparse} sparse, {dense} dense");
}

#[test]
fn text_filter_is_accent_insensitive() {
    let ds = load_builtin().unwrap();
    let f = Filter {
        text: "securite".into(),
        ..Filter::default()
    };
    let t = timeline(&ds, &f);
    let quotes: Vec<&str> = t
        .iter()
        .flat_map(|e| e.quotes.iter().map(|&q| ds.quotes[q].id.as_str()))
        .collect();
    assert!(quotes.contains(&"eu-uk-vital-interests"));
    assert!(quotes.contains(&"heusgen-europe-responsibility"));
}
