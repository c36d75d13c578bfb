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
#[path = "filter_tests.rs"]
mod tests;
