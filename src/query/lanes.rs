//! The lane view's data: one lane per country or per person with the events
//! of the filtered timeline that involve it, a time axis that maps dates to
//! columns with month ticks whose labels fit, and the lanes' events grouped
//! by column. Pure functions of the dataset, the timeline and a width: no
//! terminal, no state.

use crate::data::{ActorIx, ActorKind, Dataset, EventIx};
use crate::query::TimelineEvent;
use crate::text::fold_key;
use chrono::{Datelike, NaiveDate};
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

/// The days the axis spans: the filter's range where it sets one, else from
/// the first shown event's first day to the last one's last day.
pub fn span(
    ds: &Dataset,
    shown: &[TimelineEvent],
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
) -> Option<(NaiveDate, NaiveDate)> {
    let first = from.or_else(|| shown.first().map(|t| ds.events[t.event].date.first_day()))?;
    let last = to.or_else(|| {
        shown
            .iter()
            .map(|t| ds.events[t.event].date.last_day())
            .max()
    })?;
    Some((first, last.max(first)))
}

/// A time axis of `cols` columns from `first` to `last` (both included).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Axis {
    pub first: NaiveDate,
    pub last: NaiveDate,
    pub cols: usize,
}

/// The events of a lane that fall in one column: `lane.events[start..start + count]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cell {
    pub col: usize,
    pub start: usize,
    pub count: usize,
}

/// The axis' labels: where its tick marks go, and the labels that fit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ticks {
    pub marks: Vec<usize>,
    pub labels: Vec<(usize, String)>,
}

impl Axis {
    /// An axis of at least one column over at least one day.
    pub fn new(first: NaiveDate, last: NaiveDate, cols: usize) -> Axis {
        Axis {
            first,
            last: last.max(first),
            cols: cols.max(1),
        }
    }

    fn days(&self) -> i64 {
        (self.last - self.first).num_days() + 1
    }

    /// The column of a day; days outside the axis go to its ends.
    pub fn col(&self, day: NaiveDate) -> usize {
        let days = (day - self.first).num_days().clamp(0, self.days() - 1);
        // i128: a span of centuries times a wide terminal cannot overflow.
        (i128::from(days) * self.cols as i128 / i128::from(self.days())) as usize
    }

    /// The column of an event: where its period starts, as the timeline
    /// orders it, so a lane's columns never go back.
    pub fn col_of(&self, ds: &Dataset, e: EventIx) -> usize {
        self.col(ds.events[e].date.first_day())
    }

    /// A lane's events grouped by column, left to right.
    pub fn cells(&self, ds: &Dataset, events: &[EventIx]) -> Vec<Cell> {
        let mut cells: Vec<Cell> = Vec::new();
        for (i, &e) in events.iter().enumerate() {
            let col = self.col_of(ds, e);
            match cells.last_mut() {
                Some(c) if c.col == col => c.count += 1,
                _ => cells.push(Cell {
                    col,
                    start: i,
                    count: 1,
                }),
            }
        }
        cells
    }

    /// The first day of every month that starts on the axis (and the axis'
    /// own first month), with its column.
    fn months(&self) -> Vec<(usize, i32, u32)> {
        let mut out = Vec::new();
        let (mut y, mut m) = (self.first.year(), self.first.month());
        while let Some(day) = NaiveDate::from_ymd_opt(y, m, 1) {
            if day > self.last {
                break;
            }
            out.push((self.col(day.max(self.first)), y, m));
            (y, m) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
        }
        out
    }

    /// Tick marks at every month when they are two columns apart or more,
    /// and labels every 1, 2, 3, 6 or 12 months (or more years), the fewest
    /// steps that let each label end before the next begins: `Mar`, with the
    /// year at January and on the first label (`Jan 2025`), years alone
    /// when only yearly labels fit.
    pub fn ticks(&self) -> Ticks {
        let months = self.months();
        let dense = months.windows(2).any(|w| w[1].0 < w[0].0 + 2);
        for step in [1u32, 2, 3, 6, 12, 24, 60, 120, 600] {
            let picked: Vec<&(usize, i32, u32)> = months
                .iter()
                .enumerate()
                .filter(|(i, (_, y, m))| {
                    let index = (*y as i64) * 12 + i64::from(*m) - 1;
                    // The first month is labelled when no aligned one is near.
                    index % i64::from(step) == 0 || (*i == 0 && step == 1)
                })
                .map(|(_, t)| t)
                .collect();
            let labels: Vec<(usize, String)> = picked
                .iter()
                .enumerate()
                .map(|(i, &&(col, y, m))| {
                    let text = if step >= 12 {
                        y.to_string()
                    } else if i == 0 || m == 1 {
                        format!("{} {y}", crate::data::date::month_name(m))
                    } else {
                        crate::data::date::month_name(m).to_string()
                    };
                    (col, text)
                })
                .collect();
            let fits = labels
                .windows(2)
                .all(|w| w[0].0 + w[0].1.chars().count() < w[1].0);
            if fits {
                // The last label may not run off the end: it goes.
                let labels: Vec<(usize, String)> = labels
                    .into_iter()
                    .filter(|(col, t)| col + t.chars().count() <= self.cols)
                    .collect();
                let marks = if dense {
                    labels.iter().map(|(c, _)| *c).collect()
                } else {
                    months.iter().map(|t| t.0).collect()
                };
                return Ticks { marks, labels };
            }
        }
        Ticks {
            marks: Vec::new(),
            labels: Vec::new(),
        }
    }
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
    fn days_map_to_columns_in_order_and_outside_days_to_the_ends() {
        let axis = Axis::new(day("2025-01-01"), day("2025-12-31"), 73);
        assert_eq!(axis.col(day("2025-01-01")), 0);
        assert_eq!(axis.col(day("2025-12-31")), 72);
        assert_eq!(axis.col(day("2024-06-01")), 0);
        assert_eq!(axis.col(day("2026-06-01")), 72);
        let mut last = 0;
        for d in day("2025-01-01").iter_days().take(365) {
            let c = axis.col(d);
            assert!(c >= last && c < 73, "{d}: {c}");
            last = c;
        }
        // A short range over many columns: days spread out, not piled left.
        let short = Axis::new(day("2025-03-01"), day("2025-03-10"), 100);
        assert_eq!(short.col(day("2025-03-10")), 90);
        // One day over no columns still has a column.
        let tiny = Axis::new(day("2025-03-01"), day("2025-03-01"), 0);
        assert_eq!(tiny.col(day("2025-03-01")), 0);
    }

    #[test]
    fn month_labels_never_overlap_and_thin_out_as_the_axis_narrows() {
        let (a, b) = (day("2024-11-01"), day("2025-10-31"));
        for cols in [4, 10, 20, 40, 60, 80, 120, 200] {
            let t = Axis::new(a, b, cols).ticks();
            for w in t.labels.windows(2) {
                assert!(w[0].0 + w[0].1.chars().count() < w[1].0, "{cols}: {t:?}");
            }
            for (c, text) in &t.labels {
                assert!(c + text.chars().count() <= cols, "{cols}: {t:?}");
            }
        }
        let wide = Axis::new(a, b, 200).ticks();
        let texts: Vec<&str> = wide.labels.iter().map(|(_, t)| t.as_str()).collect();
        assert_eq!(
            texts,
            [
                "Nov 2024", "Dec", "Jan 2025", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug",
                "Sep", "Oct"
            ]
        );
        assert_eq!(wide.marks.len(), 12);
        let narrow = Axis::new(a, b, 40).ticks();
        assert!(
            narrow.labels.len() < 12 && !narrow.labels.is_empty(),
            "{narrow:?}"
        );
        // Years alone over a long span.
        let decade = Axis::new(day("2000-01-01"), day("2019-12-31"), 80).ticks();
        assert!(
            decade.labels.iter().all(|(_, t)| t.len() == 4),
            "{decade:?}"
        );
    }

    #[test]
    fn events_in_one_column_share_a_cell() {
        let ds = load_builtin().unwrap();
        let all: Vec<EventIx> = (0..ds.events.len()).collect();
        let (a, b) = span(&ds, &timeline(&ds, &Filter::default()), None, None).unwrap();
        let axis = Axis::new(a, b, 5);
        let cells = axis.cells(&ds, &all);
        assert!(cells.len() <= 5);
        assert_eq!(cells.iter().map(|c| c.count).sum::<usize>(), all.len());
        assert!(cells.iter().any(|c| c.count > 1));
        assert!(
            cells
                .windows(2)
                .all(|w| w[0].col < w[1].col && w[0].start + w[0].count == w[1].start)
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
