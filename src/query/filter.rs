//! Filtering events and quotes by actors, dates and text.
//!
//! Country semantics: an item matches a country when the country is one of its
//! actors, or one of its people or organisations belongs to that country. Several
//! selected actors match an item that involves any of them, or, when the
//! user asks for it ([`Filter::all_actors`]), only one that involves all.

use crate::data::{ActorIx, ActorKind, Dataset, Event, EventIx, Quote, QuoteIx};
use crate::text::fold_key;
use chrono::NaiveDate;
use std::collections::BTreeSet;

/// What the user narrowed the timeline to. Empty parts match everything.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    pub actors: BTreeSet<ActorIx>,
    /// Several actors match an item that involves all of them (AND), not
    /// any of them (OR, the default).
    pub all_actors: bool,
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    /// Words that must all appear (folded) in an event's title or summary, or a
    /// quote's text or speaker.
    pub text: String,
}

impl Filter {
    /// The active filters in words: "Germany, Carlo Masala, from 2025-01-01".
    pub fn describe(&self, ds: &Dataset) -> Option<String> {
        let names: Vec<&str> = self
            .actors
            .iter()
            .map(|&a| ds.actors[a].name.as_str())
            .collect();
        // The words say how several actors combine, as the filter does.
        let join = if self.all_actors { " and " } else { " or " };
        let mut parts: Vec<String> = Vec::new();
        if !names.is_empty() {
            parts.push(names.join(join));
        }
        match (self.from, self.to) {
            (Some(a), Some(b)) => parts.push(format!("{a} to {b}")),
            (Some(a), None) => parts.push(format!("from {a}")),
            (None, Some(b)) => parts.push(format!("to {b}")),
            _ => {}
        }
        if !self.text.is_empty() {
            parts.push(format!("text “{}”", self.text));
        }
        (!parts.is_empty()).then(|| parts.join(", "))
    }

    pub fn is_empty(&self) -> bool {
        self.actors.is_empty() && self.from.is_none() && self.to.is_none() && self.text.is_empty()
    }

    /// A matcher for this filter over `ds`, prepared once for many items.
    pub fn matcher<'a>(&'a self, ds: &'a Dataset) -> Matcher<'a> {
        let wanted = if self.actors.is_empty() {
            None
        } else {
            let mut wanted = vec![false; ds.actors.len()];
            for (i, a) in ds.actors.iter().enumerate() {
                wanted[i] = self.actors.contains(&i)
                    || a.country.is_some_and(|c| {
                        self.actors.contains(&c) && ds.actors[c].kind == ActorKind::Country
                    });
            }
            Some(wanted)
        };
        let words = fold_key(&self.text)
            .split_whitespace()
            .map(str::to_string)
            .collect();
        Matcher {
            ds,
            filter: self,
            wanted,
            words,
        }
    }
}

pub struct Matcher<'a> {
    ds: &'a Dataset,
    filter: &'a Filter,
    /// For each actor, whether an item involving it matches the actor filter.
    wanted: Option<Vec<bool>>,
    words: Vec<String>,
}

impl Matcher<'_> {
    fn actors_ok(&self, mut actors: impl Iterator<Item = ActorIx>) -> bool {
        match &self.wanted {
            None => true,
            Some(_) if self.filter.all_actors && self.filter.actors.len() > 1 => {
                // An item involves a handful of actors: a list to look at
                // once per selected actor costs less than anything cleverer.
                let involved: Vec<ActorIx> = actors.collect();
                // Every selected actor is involved, itself or (a country)
                // through one of its people or organisations.
                self.filter.actors.iter().all(|&want| {
                    let country = self.ds.actors[want].kind == ActorKind::Country;
                    involved
                        .iter()
                        .any(|&a| a == want || (country && self.ds.actors[a].country == Some(want)))
                })
            }
            Some(w) => actors.any(|a| w.get(a).copied().unwrap_or(false)),
        }
    }

    fn text_ok(&self, fields: &[&str]) -> bool {
        if self.words.is_empty() {
            return true;
        }
        let hay: Vec<String> = fields.iter().map(|f| fold_key(f)).collect();
        self.words
            .iter()
            .all(|w| hay.iter().any(|h| h.contains(w.as_str())))
    }

    pub fn event(&self, e: &Event) -> bool {
        e.date.overlaps(self.filter.from, self.filter.to)
            && self.actors_ok(e.actors.iter().copied())
            && self.text_ok(&[&e.title, &e.summary])
    }

    pub fn quote(&self, q: &Quote) -> bool {
        q.date.overlaps(self.filter.from, self.filter.to)
            && self.actors_ok(q.actors())
            && self.text_ok(&[&q.text, &self.ds.actors[q.speaker].name])
    }

    /// For the search: which quotes pass the filter.
    pub fn quote_mask(&self) -> Vec<bool> {
        self.ds.quotes.iter().map(|q| self.quote(q)).collect()
    }
}

/// An event on the filtered timeline and the quotes shown beneath it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimelineEvent {
    pub event: EventIx,
    pub quotes: Vec<QuoteIx>,
}

/// The events and quotes that `filter` leaves, in date order. An event is kept
/// when it matches or when one of its quotes does; only matching quotes are kept.
pub fn timeline(ds: &Dataset, filter: &Filter) -> Vec<TimelineEvent> {
    let m = filter.matcher(ds);
    if !filter.actors.is_empty() && filter.actors.iter().all(|&a| a < ds.involving.len()) {
        return timeline_of_actors(ds, filter, &m);
    }
    timeline_by_scan(ds, &m)
}

/// [`timeline`] by looking at every event and quote: what defines it, and the
/// way when no actor narrows the search.
fn timeline_by_scan(ds: &Dataset, m: &Matcher) -> Vec<TimelineEvent> {
    ds.events
        .iter()
        .enumerate()
        .filter_map(|(i, e)| {
            let quotes: Vec<QuoteIx> = e
                .quotes
                .iter()
                .copied()
                .filter(|&q| m.quote(&ds.quotes[q]))
                .collect();
            (m.event(e) || !quotes.is_empty()).then_some(TimelineEvent { event: i, quotes })
        })
        .collect()
}

/// [`timeline`] when actors are selected: only what they involve is looked at.
fn timeline_of_actors(ds: &Dataset, filter: &Filter, m: &Matcher) -> Vec<TimelineEvent> {
    let mut quotes: Vec<QuoteIx> = Vec::new();
    let mut events: Vec<EventIx> = Vec::new();
    for &a in &filter.actors {
        quotes.extend(&ds.involving[a].quotes);
        events.extend(&ds.involving[a].events);
    }
    // One actor's list is in order already.
    if filter.actors.len() > 1 {
        quotes.sort_unstable();
        quotes.dedup();
    }
    // The date and text parts of the filter still apply. Without them every
    // listed item matches already (it involves a selected actor), and looking
    // at each would cost a cache miss per item: half of a large dataset's
    // events involve any one country.
    // So does AND over several actors: the lists above are their union.
    let all = filter.all_actors && filter.actors.len() > 1;
    if all || filter.from.is_some() || filter.to.is_some() || !filter.text.is_empty() {
        quotes.retain(|&q| m.quote(&ds.quotes[q]));
        events.retain(|&e| m.event(&ds.events[e]));
    }
    // A large share of the events (a country's): mark and count over all of
    // them, which costs less than sorting what was found.
    if events.len() + quotes.len() > ds.events.len() / 8 {
        return group_dense(ds, &events, &quotes);
    }
    events.extend(quotes.iter().map(|&q| ds.quotes[q].event));
    events.sort_unstable();
    events.dedup();
    // Group the quotes by event: sorted pairs, then one walk beside the events.
    let mut pairs: Vec<(EventIx, QuoteIx)> =
        quotes.iter().map(|&q| (ds.quotes[q].event, q)).collect();
    pairs.sort_unstable();
    let mut pairs = pairs.into_iter().peekable();
    events
        .into_iter()
        .map(|event| {
            let mut quotes = Vec::new();
            while let Some(&(e, q)) = pairs.peek() {
                if e != event {
                    break;
                }
                quotes.push(q);
                pairs.next();
            }
            TimelineEvent { event, quotes }
        })
        .collect()
}

/// The timeline of `events` and `quotes` (in quote order) when they are many:
/// a flag per event and a count of quotes per event, instead of sorting.
fn group_dense(ds: &Dataset, events: &[EventIx], quotes: &[QuoteIx]) -> Vec<TimelineEvent> {
    let n = ds.events.len();
    let mut shown = vec![false; n];
    for &e in events {
        shown[e] = true;
    }
    // Where each event's quotes start in `grouped`: counts, then running sums.
    let mut start = vec![0u32; n + 1];
    let of: Vec<EventIx> = quotes.iter().map(|&q| ds.quotes[q].event).collect();
    for &e in &of {
        start[e + 1] += 1;
    }
    for e in 0..n {
        start[e + 1] += start[e];
    }
    let mut grouped = vec![0; quotes.len()];
    let mut next = start.clone();
    for (&q, &e) in quotes.iter().zip(&of) {
        grouped[next[e] as usize] = q;
        next[e] += 1;
    }
    (0..n)
        .filter(|&e| shown[e] || start[e] < start[e + 1])
        .map(|e| TimelineEvent {
            event: e,
            quotes: grouped[start[e] as usize..start[e + 1] as usize].to_vec(),
        })
        .collect()
}

/// For each actor, how many events and quotes selecting it alone would show.
///
/// One pass over the data: an item counts for each actor it involves and for
/// the countries those actors belong to; an event also counts for whoever its
/// shown quotes involve, as [`timeline`] would show it.
pub fn actor_counts(ds: &Dataset) -> Vec<(usize, usize)> {
    let mut counts = vec![(0usize, 0usize); ds.actors.len()];
    // Who selecting would match an item involving `a`: `a`, and its country.
    let matched_by = |a: ActorIx, into: &mut Vec<ActorIx>| {
        into.push(a);
        if let Some(c) = ds.actors[a].country
            && ds.actors[c].kind == ActorKind::Country
        {
            into.push(c);
        }
    };
    let mut event_set = Vec::new();
    let mut quote_set = Vec::new();
    for e in &ds.events {
        event_set.clear();
        for &a in &e.actors {
            matched_by(a, &mut event_set);
        }
        for &q in &e.quotes {
            quote_set.clear();
            for a in ds.quotes[q].actors() {
                matched_by(a, &mut quote_set);
            }
            quote_set.sort_unstable();
            quote_set.dedup();
            for &a in &quote_set {
                counts[a].1 += 1;
            }
            event_set.extend_from_slice(&quote_set);
        }
        event_set.sort_unstable();
        event_set.dedup();
        for &a in &event_set {
            counts[a].0 += 1;
        }
    }
    counts
}

#[cfg(test)]
mod tests {
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
}
