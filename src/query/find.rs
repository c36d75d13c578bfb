//! One search over quotes and events: a search line's tokens narrow the
//! candidates (by date range on the date-sorted lists, by the actors' lists
//! of what involves them, by per-source lists, by the indexes' words for
//! `-word`), its words rank what is left with the same rules on both sides,
//! and its phrases are checked on the hits only. Nothing here reads every
//! quote's text for a query.

use super::event_search::{EventHit, EventIndex};
use super::rank::SearchSession;
use super::scope::{Scope, resolve};
use super::search::{Hit, SearchIndex};
use super::tokens::{Problem, parse};
use crate::data::{Dataset, EventIx, FuzzyDate, QuoteIx};
use crate::text::{fold_key, words};
use chrono::NaiveDate;
use std::sync::{Arc, OnceLock};

/// The indexes of a dataset, for [`Finder::find`].
#[derive(Debug)]
pub struct Finder {
    pub quotes: Arc<SearchIndex>,
    /// Made on first use: a search of quotes alone never needs it, and at
    /// 100,000 events it is a quarter of a second.
    events: OnceLock<EventIndex>,
    /// Whether [`Finder::find_in`] searches the events too.
    with_events: bool,
    /// Per source: the quotes taken from it, in order. Made on first use,
    /// as only a `source:` token needs it: made at once, it was a twentieth
    /// of a later `quotes --search` at a million quotes.
    quotes_by_source: OnceLock<Vec<Vec<QuoteIx>>>,
    /// Per source: the events it reports, in order.
    events_by_source: Vec<Vec<EventIx>>,
}

/// What a search line finds: ranked quotes and events, and the tokens that
/// could not be used.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Found {
    pub quotes: Vec<Hit>,
    pub events: Vec<EventHit>,
    pub problems: Vec<Problem>,
    /// What the search left undone, for the status line (not an error).
    pub notes: Vec<String>,
}

/// How many hits of each kind the explorer checks for a phrase per key:
/// a check folds the hit's text, 3 to 7 µs, so 5,000 cost 15 to 35 ms (20,000
/// took 130 ms on a 100,000-quote dataset for `"de la"`).
pub const PHRASE_CHECKS: usize = 5_000;

/// One line of the results: an event or a quote.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    Event(EventIx),
    Quote(QuoteIx),
}

/// The `k`th line of the events and quotes merged by score, an event first
/// among equals (it gathers its quotes), each list keeping its own order.
/// Found by binary search, so that a screenful of a million hits costs a few
/// steps per line rather than a merged copy of the lists.
pub fn nth(events: &[EventHit], quotes: &[Hit], k: usize) -> Option<Target> {
    let (ne, nq) = (events.len(), quotes.len());
    if k >= ne + nq {
        return None;
    }
    // How many of the first `k` lines are events.
    let (mut lo, mut hi) = (k.saturating_sub(nq), k.min(ne));
    while lo < hi {
        let i = lo + (hi - lo) / 2;
        if events[i].score >= quotes[k - i - 1].score {
            lo = i + 1;
        } else {
            hi = i;
        }
    }
    let (i, j) = (lo, k - lo);
    match (events.get(i), quotes.get(j)) {
        (Some(e), Some(q)) if e.score >= q.score => Some(Target::Event(e.event)),
        (_, Some(q)) => Some(Target::Quote(q.quote)),
        (Some(e), None) => Some(Target::Event(e.event)),
        (None, None) => None,
    }
}

/// The items of a date-sorted list that overlap `from..=to`, found by
/// binary search: only the dates of the items near the range are read.
fn in_dates(
    n: usize,
    date: impl Fn(usize) -> FuzzyDate,
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
) -> impl Iterator<Item = usize> {
    let first = |i: usize| date(i).first_day();
    // A date overlaps `from` only if it starts at most a year before it
    // (a year is the longest a date lasts).
    let lo = from.map_or(0, |f| {
        let early = f - chrono::Days::new(366);
        partition(n, |i| first(i) < early)
    });
    let hi = to.map_or(n, |t| partition(n, |i| first(i) <= t));
    (lo..hi.max(lo)).filter(move |&i| date(i).overlaps(from, to))
}

/// The first index in `0..n` where `before` turns false (it must be true,
/// then false).
fn partition(n: usize, before: impl Fn(usize) -> bool) -> usize {
    let (mut lo, mut hi) = (0, n);
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        if before(mid) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    lo
}

/// Keeps in `mask` (all when `None`) only the items `list` gives.
fn and(mask: &mut Option<Vec<bool>>, n: usize, list: impl Iterator<Item = usize>) {
    let mut m = vec![false; n];
    for i in list {
        if let Some(x) = m.get_mut(i) {
            *x = true;
        }
    }
    match mask {
        None => *mask = Some(m),
        Some(old) => old.iter_mut().zip(m).for_each(|(o, n)| *o &= n),
    }
}

/// Whether the folded words of `fields` hold `phrase`, one word after the
/// other, in one field.
fn holds_phrase(fields: &[&str], phrase: &[String]) -> bool {
    fields.iter().any(|f| {
        let folded = fold_key(f);
        let ws: Vec<&str> = words(&folded).map(|w| w.text).collect();
        ws.windows(phrase.len())
            .any(|win| win.iter().zip(phrase).all(|(a, b)| *a == b.as_str()))
    })
}

impl Finder {
    /// The event index and per-source lists of `ds`, beside its quote index.
    pub fn new(ds: &Dataset, quotes: Arc<SearchIndex>) -> Finder {
        let mut events_by_source = vec![Vec::new(); ds.sources.len()];
        for (i, e) in ds.events.iter().enumerate() {
            for s in &e.sources {
                if let Some(list) = events_by_source.get_mut(s.source)
                    && list.last() != Some(&i)
                {
                    list.push(i);
                }
            }
        }
        let finder = Finder {
            quotes,
            events: OnceLock::new(),
            with_events: true,
            quotes_by_source: OnceLock::new(),
            events_by_source,
        };
        finder.event_index(ds);
        finder
    }

    /// A finder of quotes alone, as `newsline quotes --search` wants: its
    /// results hold no event, and it makes no event index.
    pub fn for_quotes(quotes: Arc<SearchIndex>) -> Finder {
        Finder {
            quotes,
            events: OnceLock::new(),
            with_events: false,
            quotes_by_source: OnceLock::new(),
            events_by_source: Vec::new(),
        }
    }

    /// Per source of `ds`, the quotes taken from it, made the first time
    /// it is asked for.
    fn quotes_by_source(&self, ds: &Dataset) -> &[Vec<QuoteIx>] {
        self.quotes_by_source.get_or_init(|| {
            let mut by_source = vec![Vec::new(); ds.sources.len()];
            for (i, q) in ds.quotes.iter().enumerate() {
                if let Some(list) = by_source.get_mut(q.source.source) {
                    list.push(i);
                }
            }
            by_source
        })
    }

    /// The event index of `ds`, made the first time it is asked for.
    pub fn event_index(&self, ds: &Dataset) -> &EventIndex {
        self.events.get_or_init(|| EventIndex::build(ds))
    }

    /// The quotes the tokens of `scope` leave; `None` when they leave all.
    fn quote_mask(&self, ds: &Dataset, scope: &Scope) -> Option<Vec<bool>> {
        let n = ds.quotes.len();
        let mut mask = None;
        if scope.from.is_some() || scope.to.is_some() {
            let dates = in_dates(n, |i| ds.quotes[i].date, scope.from, scope.to);
            and(&mut mask, n, dates);
        }
        for actors in &scope.actors {
            let list = actors.iter().filter_map(|&a| ds.involving.get(a));
            and(
                &mut mask,
                n,
                list.flat_map(|inv| inv.quotes.iter().copied()),
            );
        }
        for sources in &scope.sources {
            let by_source = self.quotes_by_source(ds);
            let list = sources.iter().filter_map(|&s| by_source.get(s));
            and(&mut mask, n, list.flatten().copied());
        }
        if !scope.exclude.is_empty() {
            let m = mask.get_or_insert_with(|| vec![true; n]);
            for w in &scope.exclude {
                for q in self.quotes.quotes_holding(w) {
                    if let Some(x) = m.get_mut(q) {
                        *x = false;
                    }
                }
            }
        }
        mask
    }

    /// The events the tokens of `scope` leave; `None` when they leave all.
    fn event_mask(&self, ds: &Dataset, scope: &Scope) -> Option<Vec<bool>> {
        let n = ds.events.len();
        let mut mask = None;
        if scope.from.is_some() || scope.to.is_some() {
            let dates = in_dates(n, |i| ds.events[i].date, scope.from, scope.to);
            and(&mut mask, n, dates);
        }
        for actors in &scope.actors {
            let list = actors.iter().filter_map(|&a| ds.involving.get(a));
            and(
                &mut mask,
                n,
                list.flat_map(|inv| inv.events.iter().copied()),
            );
        }
        for sources in &scope.sources {
            let list = sources.iter().filter_map(|&s| self.events_by_source.get(s));
            and(&mut mask, n, list.flatten().copied());
        }
        if !scope.exclude.is_empty() {
            let m = mask.get_or_insert_with(|| vec![true; n]);
            for w in &scope.exclude {
                for e in self.event_index(ds).events_holding(w) {
                    if let Some(x) = m.get_mut(e) {
                        *x = false;
                    }
                }
            }
        }
        mask
    }

    /// Everything `line` finds in `ds`, ranked, before any filter: every
    /// hit is checked for the line's phrases (for the command line).
    pub fn find(&self, ds: &Dataset, line: &str) -> Found {
        self.find_within(ds, line, usize::MAX)
    }

    /// [`Finder::find`], checking the phrases in at most `checks` hits of
    /// each kind, best first, and leaving out the rest, with a note: the
    /// check reads a hit's text, and a phrase of common words (`"de la"`)
    /// has most of the dataset for candidates. The explorer's search per
    /// key passes [`PHRASE_CHECKS`].
    pub fn find_within(&self, ds: &Dataset, line: &str, checks: usize) -> Found {
        self.find_in(&mut self.quotes.session(), ds, line, checks)
    }

    /// [`Finder::find_within`], searching the quotes in `session`, which
    /// must be a session of this finder's quote index: the explorer's worker
    /// keeps one, so that a query that only grew reuses its earlier words.
    pub fn find_in(
        &self,
        session: &mut SearchSession<'_>,
        ds: &Dataset,
        line: &str,
        checks: usize,
    ) -> Found {
        let scope = resolve(ds, &parse(line));
        let mut quotes = session.search(&scope.text, self.quote_mask(ds, &scope).as_deref());
        let mut events = if self.with_events {
            self.event_index(ds)
                .search(&scope.text, self.event_mask(ds, &scope).as_deref())
        } else {
            Vec::new()
        };
        let mut notes = Vec::new();
        if !scope.phrases.is_empty() {
            let unchecked =
                quotes.len().saturating_sub(checks) + events.len().saturating_sub(checks);
            if unchecked > 0 {
                notes.push(format!(
                    "the phrase was looked for in the best {checks} hits of each kind; \
                     {unchecked} more hold its words: another word narrows them"
                ));
            }
            quotes.truncate(checks);
            events.truncate(checks);
            quotes.retain(|h| {
                let q = &ds.quotes[h.quote];
                let fields = [q.text.as_str(), ds.actors[q.speaker].name.as_str()];
                scope.phrases.iter().all(|p| holds_phrase(&fields, p))
            });
            events.retain(|h| {
                let e = &ds.events[h.event];
                let mut fields = vec![e.title.as_str(), e.summary.as_str()];
                fields.extend(e.location.as_deref());
                fields.extend(e.actors.iter().map(|&a| ds.actors[a].name.as_str()));
                scope.phrases.iter().all(|p| holds_phrase(&fields, p))
            });
        }
        Found {
            quotes,
            events,
            problems: scope.problems,
            notes,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn merged(events: &[EventHit], quotes: &[Hit]) -> Vec<Target> {
        // The plain merge that `nth` must agree with.
        let (mut i, mut j, mut out) = (0, 0, Vec::new());
        while i < events.len() || j < quotes.len() {
            let take_event = match (events.get(i), quotes.get(j)) {
                (Some(e), Some(q)) => e.score >= q.score,
                (Some(_), None) => true,
                _ => false,
            };
            if take_event {
                out.push(Target::Event(events[i].event));
                i += 1;
            } else {
                out.push(Target::Quote(quotes[j].quote));
                j += 1;
            }
        }
        out
    }

    #[test]
    fn nth_is_the_merge_of_the_two_lists() {
        // Scores drawn from a small range, so that ties are many.
        let mut seed = 7u64;
        let mut next = move || {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (seed >> 33) as i64
        };
        for round in 0..200 {
            let mut list = |n: usize| {
                let mut s: Vec<i64> = (0..n).map(|_| next() % 5).collect();
                s.sort_unstable_by(|a, b| b.cmp(a));
                s
            };
            let (ne, nq) = (round % 7, (round / 7) % 9);
            let events: Vec<EventHit> = list(ne)
                .into_iter()
                .enumerate()
                .map(|(event, score)| EventHit { event, score })
                .collect();
            let quotes: Vec<Hit> = list(nq)
                .into_iter()
                .enumerate()
                .map(|(quote, score)| Hit { quote, score })
                .collect();
            let want = merged(&events, &quotes);
            let got: Vec<Target> = (0..ne + nq)
                .filter_map(|k| nth(&events, &quotes, k))
                .collect();
            assert_eq!(got, want, "{events:?} {quotes:?}");
            assert_eq!(nth(&events, &quotes, ne + nq), None);
        }
    }

    #[test]
    fn a_phrase_is_checked_in_the_best_hits_only_within_a_budget() {
        let ds = crate::data::load_builtin().unwrap();
        let f = Finder::new(&ds, Arc::new(SearchIndex::build(&ds)));
        // Many quotes hold `de`; with a budget of 2, two are checked.
        let all = f.find(&ds, "\"de\"");
        assert!(all.quotes.len() > 2 && all.notes.is_empty());
        let some = f.find_within(&ds, "\"de\"", 2);
        assert_eq!(some.quotes[..], all.quotes[..2]);
        assert!(some.notes[0].contains("best 2 hits"), "{:?}", some.notes);
    }

    #[test]
    fn a_finder_of_quotes_alone_finds_the_same_quotes_and_makes_no_event_index() {
        let ds = crate::data::load_builtin().unwrap();
        let index = Arc::new(SearchIndex::build(&ds));
        let both = Finder::new(&ds, Arc::clone(&index));
        let quotes_only = Finder::for_quotes(index);
        for line in [
            "troops",
            "source:lemonde troupes",
            "-macron garanties",
            "\"ground troops\"",
        ] {
            let (a, b) = (both.find(&ds, line), quotes_only.find(&ds, line));
            assert_eq!(a.quotes, b.quotes, "{line}");
            assert!(b.events.is_empty(), "{line}");
        }
        assert!(!both.find(&ds, "troops").events.is_empty());
        assert!(
            quotes_only.events.get().is_none(),
            "no event index was made"
        );
    }

    #[test]
    fn phrases_are_words_one_after_the_other() {
        let p = |s: &str| s.split(' ').map(String::from).collect::<Vec<_>>();
        assert!(holds_phrase(
            &["Une position de force."],
            &p("position de force")
        ));
        assert!(holds_phrase(
            &["x", "POSITION, de force"],
            &p("position de force")
        ));
        assert!(!holds_phrase(
            &["position de la force"],
            &p("position de force")
        ));
        assert!(!holds_phrase(
            &["position", "de force"],
            &p("position de force")
        ));
    }
}
