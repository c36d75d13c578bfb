//! The lane view's data: one lane per country or per person with the events
//! of the filtered timeline that involve it, the days its axis
//! ([`super::axis`]) spans, and moves along a lane. Pure functions of the
//! dataset and the timeline: no terminal, no state.

use crate::data::{ActorIx, ActorKind, Dataset, EventIx};
use crate::query::TimelineEvent;
use crate::text::fold_key;

pub use super::axis::{Axis, Cell, Ticks};
use chrono::NaiveDate;
use std::collections::BTreeSet;

/// What a lane stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum LaneKind {
    /// A country, with what its people and organisations do.
    #[default]
    Country,
    /// One person.
    Person,
}

impl LaneKind {
    pub fn other(self) -> LaneKind {
        match self {
            LaneKind::Country => LaneKind::Person,
            LaneKind::Person => LaneKind::Country,
        }
    }

    /// The lanes' name in the view's title.
    pub fn plural(self) -> &'static str {
        match self {
            LaneKind::Country => "countries",
            LaneKind::Person => "people",
        }
    }

    fn actor_kind(self) -> ActorKind {
        match self {
            LaneKind::Country => ActorKind::Country,
            LaneKind::Person => ActorKind::Person,
        }
    }
}

/// One lane: an actor and its events on the timeline, in date order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Lane {
    pub actor: ActorIx,
    pub events: Vec<EventIx>,
}

/// The lane of `kind` that actor `a` counts for: a person is its own lane; a
/// country's lane holds its own events and its people's and organisations'.
fn lane_of(ds: &Dataset, a: ActorIx, kind: LaneKind) -> Option<ActorIx> {
    let actor = &ds.actors[a];
    match kind {
        LaneKind::Person => (actor.kind == ActorKind::Person).then_some(a),
        LaneKind::Country if actor.kind == ActorKind::Country => Some(a),
        LaneKind::Country => actor.country.filter(|&c| {
            ds.actors
                .get(c)
                .is_some_and(|c| c.kind == ActorKind::Country)
        }),
    }
}

/// The lanes of `kind` for the timeline `shown`: the actors of that kind in
/// `chosen` (the filter's) when there are any, else every actor of that kind
/// the timeline involves. Most events first, then by name. An event is in a
/// lane when the event or one of its quotes shown involves the lane's actor.
pub fn lanes(
    ds: &Dataset,
    shown: &[TimelineEvent],
    kind: LaneKind,
    chosen: &BTreeSet<ActorIx>,
) -> Vec<Lane> {
    let wanted: Vec<ActorIx> = chosen
        .iter()
        .copied()
        .filter(|&a| {
            ds.actors
                .get(a)
                .is_some_and(|x| x.kind == kind.actor_kind())
        })
        .collect();
    let mut events: Vec<Vec<EventIx>> = vec![Vec::new(); ds.actors.len()];
    let mut here: Vec<ActorIx> = Vec::new();
    for t in shown {
        here.clear();
        let quoted = t.quotes.iter().flat_map(|&q| ds.quotes[q].actors());
        here.extend(
            ds.events[t.event]
                .actors
                .iter()
                .copied()
                .chain(quoted)
                .filter_map(|a| lane_of(ds, a, kind)),
        );
        here.sort_unstable();
        here.dedup();
        for &a in &here {
            events[a].push(t.event);
        }
    }
    let pool: Vec<ActorIx> = if wanted.is_empty() {
        (0..ds.actors.len())
            .filter(|&a| !events[a].is_empty())
            .collect()
    } else {
        wanted
    };
    let mut lanes: Vec<Lane> = pool
        .into_iter()
        .map(|actor| Lane {
            actor,
            events: std::mem::take(&mut events[actor]),
        })
        .collect();
    lanes.sort_by_cached_key(|l| {
        (
            std::cmp::Reverse(l.events.len()),
            fold_key(&ds.actors[l.actor].name),
        )
    });
    lanes
}

/// The days the axis spans: the filter's range where it sets one, else the
/// whole months from the first shown event's to the last one's (where their
/// marks go: a period's first day).
pub fn span(
    ds: &Dataset,
    shown: &[TimelineEvent],
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
) -> Option<(NaiveDate, NaiveDate)> {
    let month = |t: &TimelineEvent| {
        let (y, m) = ds.events[t.event].date.year_month();
        crate::data::FuzzyDate::month(y, m)
    };
    let first = from.or_else(|| Some(month(shown.first()?)?.first_day()))?;
    let last = to.or_else(|| shown.iter().filter_map(month).max().map(|m| m.last_day()))?;
    Some((first, last.max(first)))
}

/// The position in `events` whose date is nearest to `day` (the earlier on a
/// tie); `None` for an empty lane. For moving across lanes at the same time.
pub fn nearest(ds: &Dataset, events: &[EventIx], day: NaiveDate) -> Option<usize> {
    let after = events.partition_point(|&e| ds.events[e].date.first_day() < day);
    let distance = |i: usize| {
        (ds.events[events[i]].date.first_day() - day)
            .num_days()
            .abs()
    };
    match (
        after.checked_sub(1),
        (after < events.len()).then_some(after),
    ) {
        (Some(b), Some(a)) => Some(if distance(a) < distance(b) { a } else { b }),
        (b, a) => b.or(a),
    }
}

/// From position `at` of a lane, the first event of the next month that has
/// one (`forward`), or of the month before the current one; `None` at the end.
pub fn step_month(ds: &Dataset, events: &[EventIx], at: usize, forward: bool) -> Option<usize> {
    if at >= events.len() {
        return None;
    }
    let month = |i: usize| ds.events[events[i]].date.year_month();
    let here = month(at);
    if forward {
        (at + 1..events.len()).find(|&i| month(i) > here)
    } else {
        let before = (0..at).rev().find(|&i| month(i) < here)?;
        let target = month(before);
        (0..=before).find(|&i| month(i) == target)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::load_builtin;
    use crate::query::{Filter, timeline};

    fn day(s: &str) -> NaiveDate {
        s.parse().expect("a test date")
    }

    fn names(ds: &Dataset, lanes: &[Lane]) -> Vec<String> {
        lanes
            .iter()
            .map(|l| ds.actors[l.actor].id.clone())
            .collect()
    }

    #[test]
    fn country_lanes_hold_their_peoples_events_most_first() {
        let ds = load_builtin().unwrap();
        let shown = timeline(&ds, &Filter::default());
        let lanes = lanes(&ds, &shown, LaneKind::Country, &BTreeSet::new());
        // Ordered by count, every lane a country with events in date order.
        assert!(
            lanes
                .windows(2)
                .all(|w| w[0].events.len() >= w[1].events.len())
        );
        for l in &lanes {
            assert_eq!(ds.actors[l.actor].kind, ActorKind::Country);
            assert!(l.events.windows(2).all(|w| w[0] < w[1]));
        }
        // Germany's lane holds Heusgen's comments, which name no country:
        // only German people.
        let germany = ds.actor_by_id("germany").unwrap();
        let lane = lanes.iter().find(|l| l.actor == germany).unwrap();
        let ids: Vec<&str> = lane
            .events
            .iter()
            .map(|&e| ds.events[e].id.as_str())
            .collect();
        assert!(ids.contains(&"heusgen-rnd-comments"), "{ids:?}");
        // A lane's events are those that selecting the country shows.
        let f = Filter {
            actors: BTreeSet::from([germany]),
            ..Filter::default()
        };
        let alone: Vec<EventIx> = timeline(&ds, &f).iter().map(|t| t.event).collect();
        assert_eq!(lane.events, alone);
    }

    #[test]
    fn the_filters_actors_of_the_kind_are_the_lanes() {
        let ds = load_builtin().unwrap();
        let (fr, masala) = (
            ds.actor_by_id("france").unwrap(),
            ds.actor_by_id("carlo-masala").unwrap(),
        );
        let f = Filter {
            actors: BTreeSet::from([fr, masala]),
            ..Filter::default()
        };
        let shown = timeline(&ds, &f);
        let countries = lanes(&ds, &shown, LaneKind::Country, &f.actors);
        assert_eq!(names(&ds, &countries), ["france"]);
        let people = lanes(&ds, &shown, LaneKind::Person, &f.actors);
        assert_eq!(names(&ds, &people), ["carlo-masala"]);
        // Without a person chosen, the people of the filtered timeline.
        let f = Filter {
            actors: BTreeSet::from([fr]),
            ..Filter::default()
        };
        let people = lanes(&ds, &timeline(&ds, &f), LaneKind::Person, &f.actors);
        assert!(people.len() > 1);
        assert!(
            people
                .iter()
                .all(|l| ds.actors[l.actor].kind == ActorKind::Person)
        );
    }

    #[test]
    fn moving_by_date_and_by_month_within_a_lane() {
        let ds = load_builtin().unwrap();
        let all: Vec<EventIx> = (0..ds.events.len()).collect();
        let first = ds.events[0].date.first_day();
        assert_eq!(nearest(&ds, &all, first - chrono::Days::new(400)), Some(0));
        assert_eq!(nearest(&ds, &all, day("2100-01-01")), Some(all.len() - 1));
        assert_eq!(nearest(&ds, &[], first), None);
        // Between two events, the nearer one, before or after.
        let march = all
            .iter()
            .position(|&e| ds.events[e].date.iso() == "2025-03")
            .unwrap();
        assert_eq!(nearest(&ds, &all, day("2025-03-05")), Some(march));
        let then = ds.events[all[march + 1]].date.first_day();
        assert_eq!(
            nearest(&ds, &all, then - chrono::Days::new(1)),
            Some(march + 1)
        );
        // Next month: a later month; previous month: the first event of the
        // month before.
        let next = step_month(&ds, &all, 0, true).unwrap();
        assert!(ds.events[next].date.year_month() > ds.events[0].date.year_month());
        let back = step_month(&ds, &all, next, false).unwrap();
        assert_eq!(back, 0);
        let last = all.len() - 1;
        assert_eq!(step_month(&ds, &all, last, true), None);
        assert_eq!(step_month(&ds, &all, 0, false), None);
    }
}
