//! Co-occurrence, for the actor picker: with one actor chosen, how many events
//! each other actor shares with it, where an actor's events are those that
//! selecting it alone shows (as [`super::filter::actor_counts`] counts them).
//! Pure: no terminal, no state.

use crate::data::{ActorIx, ActorKind, Dataset, EventIx};

/// Who selecting alone shows event `e` for: the actors of the event and of
/// its quotes, and the countries they belong to. Sorted, without repeats.
pub fn shown_by(ds: &Dataset, e: EventIx, into: &mut Vec<ActorIx>) {
    into.clear();
    let ev = &ds.events[e];
    let quoted = ev.quotes.iter().flat_map(|&q| ds.quotes[q].actors());
    for a in ev.actors.iter().copied().chain(quoted) {
        into.push(a);
        if let Some(c) = ds.actors[a].country
            && ds
                .actors
                .get(c)
                .is_some_and(|c| c.kind == ActorKind::Country)
        {
            into.push(c);
        }
    }
    into.sort_unstable();
    into.dedup();
}

/// The events selecting `a` alone shows, in order: from the dataset's
/// per-actor lists (what `a` matches directly, and the events of the quotes
/// it matches), so that it costs what `a` has, not the whole dataset.
pub fn events_of(ds: &Dataset, a: ActorIx) -> Vec<EventIx> {
    let Some(inv) = ds.involving.get(a) else {
        // No lists (never for a loaded dataset): look at every event.
        let mut who = Vec::new();
        return (0..ds.events.len())
            .filter(|&e| {
                shown_by(ds, e, &mut who);
                who.binary_search(&a).is_ok()
            })
            .collect();
    };
    let mut events: Vec<EventIx> = inv.events.clone();
    events.extend(inv.quotes.iter().map(|&q| ds.quotes[q].event));
    events.sort_unstable();
    events.dedup();
    events
}

/// For every actor, how many events it shares with `a` (for `a` itself, all
/// of its events). One walk over `a`'s events, each adding one to whoever it
/// shows for: what `a` has times a handful, not pairs of lists.
pub fn shared_events(ds: &Dataset, a: ActorIx) -> Vec<usize> {
    let mut shared = vec![0usize; ds.actors.len()];
    let mut who = Vec::new();
    for e in events_of(ds, a) {
        shown_by(ds, e, &mut who);
        for &b in &who {
            shared[b] += 1;
        }
    }
    shared
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::load_builtin;
    use crate::query::filter::actor_counts;
    use crate::query::{Filter, timeline};
    use std::collections::BTreeSet;

    fn alone(ds: &Dataset, a: ActorIx) -> BTreeSet<EventIx> {
        let f = Filter {
            actors: BTreeSet::from([a]),
            ..Filter::default()
        };
        timeline(ds, &f).iter().map(|t| t.event).collect()
    }

    /// Every pair: the count is the events both actors' timelines show.
    fn check_every_pair(ds: &Dataset, actors: impl Iterator<Item = ActorIx>) -> usize {
        let shown: Vec<BTreeSet<EventIx>> = (0..ds.actors.len()).map(|a| alone(ds, a)).collect();
        let counts = actor_counts(ds);
        let mut nonzero = 0;
        for a in actors {
            let shared = shared_events(ds, a);
            assert_eq!(shared[a], counts[a].0, "{}", ds.actors[a].id);
            for b in 0..ds.actors.len() {
                let both = shown[a].intersection(&shown[b]).count();
                assert_eq!(
                    shared[b], both,
                    "{} with {}",
                    ds.actors[a].id, ds.actors[b].id
                );
                nonzero += usize::from(both > 0 && a != b);
            }
        }
        nonzero
    }

    #[test]
    fn shared_counts_are_what_both_actors_timelines_show() {
        let ds = load_builtin().unwrap();
        let nonzero = check_every_pair(&ds, 0..ds.actors.len());
        assert!(nonzero > 20, "{nonzero}");
        // France and Germany share some events, not all of either's.
        let (fr, de) = (
            ds.actor_by_id("france").unwrap(),
            ds.actor_by_id("germany").unwrap(),
        );
        let shared = shared_events(&ds, fr)[de];
        assert!(shared > 0 && shared < alone(&ds, fr).len().min(alone(&ds, de).len()));
    }

    #[test]
    fn shared_counts_hold_on_a_generated_dataset_of_countries_and_people() {
        let file = crate::data::generate::generate(200, 1_000, 40, 5);
        let json = serde_json::to_string(&file).unwrap();
        let ds = crate::data::load::parse(std::path::Path::new("generated"), &json, |_| {
            Err("no files".into())
        })
        .unwrap();
        let n = ds.actors.len();
        let nonzero = check_every_pair(&ds, (0..n).step_by(7));
        assert!(nonzero > 50, "{nonzero}");
    }
}
