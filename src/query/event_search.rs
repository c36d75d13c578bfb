//! Event search: titles, summaries, places and actors' names, ranked by the
//! rules of the quote search ([`super::search`]): each query word is matched
//! against the events' own sorted vocabulary by [`Vocabulary::matches`]
//! (as typed, begun, inside, with a typo, letters in order), an event must
//! match every query word, scores add up per word, and ties go to the
//! shorter event, then to date order.
//!
//! The ranking loop mirrors the quote search's rather than sharing it: the
//! two differ in what a posting holds (a field here, a speaker flag there),
//! and the quote search's internals are tuned on their own.

use super::index_build::{self, Shape};
use super::postings::Lists;
use super::search::terms;
use super::vocab::Vocabulary;
use crate::data::{Dataset, EventIx};
use fuzzy_matcher::skim::SkimMatcherV2;

/// Where in an event a word was found; the score counts less the further
/// the field is from what the event is: its title, then its summary, then
/// its place and its actors' names (as a quote's speaker counts less than
/// its words).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Field {
    Title,
    Summary,
    Place,
    Actor,
}

impl Field {
    /// The share of a word's score that a match in this field gets, in fifths.
    fn weight(self) -> i64 {
        match self {
            Field::Title => 5,
            Field::Summary => 5,
            Field::Place | Field::Actor => 4,
        }
    }
}

impl Field {
    /// Its tag in a packed posting (see [`SHAPE`]), and back.
    fn tag(self) -> u32 {
        self as u32
    }

    fn of_tag(tag: u32) -> Field {
        match tag & 3 {
            0 => Field::Title,
            1 => Field::Summary,
            2 => Field::Place,
            _ => Field::Actor,
        }
    }
}

/// How the event index tells its postings apart: an event shifted left,
/// its field in the two lowest bits; one posting per event and word, the
/// field met first (the best) kept.
const SHAPE: Shape = Shape {
    tag_bits: 2,
    once_per_document: true,
};

/// An event that matches, and its score.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EventHit {
    pub event: EventIx,
    pub score: i64,
}

/// The folded words of every event's title, summary, place and actors.
#[derive(Debug)]
pub struct EventIndex {
    vocabulary: Vocabulary,
    /// Each word's postings, packed (see [`SHAPE`]), in event order.
    postings: Lists,
    /// Words of each event's title and summary, to prefer short events
    /// among equals.
    event_words: Vec<u32>,
}

impl EventIndex {
    /// Builds the index of the events of `ds`, on every core when there
    /// are enough events for threads to pay (see
    /// [`index_build`](super::index_build)).
    pub fn build(ds: &Dataset) -> EventIndex {
        const PER_THREAD: usize = 5_000;
        let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
        EventIndex::build_with(ds, cores.min(ds.events.len() / PER_THREAD))
    }

    /// [`EventIndex::build`] on `threads` threads.
    pub fn build_with(ds: &Dataset, threads: usize) -> EventIndex {
        // Each actor's words, folded once rather than once per event.
        let actor_words = index_build::actor_words(ds);
        let built = index_build::build(ds.events.len(), SHAPE, threads, &|i, sink| {
            let e = &ds.events[i];
            let n = sink.text(&e.title, Field::Title.tag())
                + sink.text(&e.summary, Field::Summary.tag());
            if let Some(place) = &e.location {
                sink.text(place, Field::Place.tag());
            }
            for &a in &e.actors {
                if let Some(names) = actor_words.get(a) {
                    sink.group(a, names, Field::Actor.tag());
                }
            }
            n
        });
        EventIndex {
            // Sorted by the build, each once: strictly increasing.
            vocabulary: Vocabulary::from_sorted(built.words),
            postings: built.lists,
            event_words: built.doc_words,
        }
    }

    /// The events that hold `word` (folded), or a word it begins, in any
    /// field: what `-word` leaves out.
    pub fn events_holding(&self, word: &str) -> impl Iterator<Item = EventIx> + '_ {
        self.postings
            .of(self.vocabulary.starting(word))
            .map(|p| (p >> SHAPE.tag_bits) as usize)
    }

    /// Ranks the events that match every word of `query` among those
    /// `allowed` (all when `None`). An empty query returns the allowed
    /// events in date order.
    pub fn search(&self, query: &str, allowed: Option<&[bool]>) -> Vec<EventHit> {
        let ok = |e: usize| allowed.is_none_or(|a| a.get(e).copied().unwrap_or(false));
        let terms = terms(query);
        let n = self.event_words.len();
        if terms.is_empty() {
            return (0..n)
                .filter(|&e| ok(e))
                .map(|event| EventHit { event, score: 0 })
                .collect();
        }
        let matcher = SkimMatcherV2::default();
        // As in the quote search: terms matched so far, best score for the
        // current term, total over the earlier ones.
        let mut seen = vec![0u32; n];
        let mut best = vec![0i64; n];
        let mut total = vec![0i64; n];
        let mut candidates: Vec<u32> = Vec::new();
        for (ti, term) in terms.iter().enumerate() {
            let round = u32::try_from(ti + 1).unwrap_or(u32::MAX);
            let mut touched: Vec<u32> = Vec::new();
            for (wi, score) in self.vocabulary.matches(term, &matcher) {
                for p in self.postings.get(wi as usize) {
                    let (event, field) = (p >> SHAPE.tag_bits, Field::of_tag(p));
                    let e = event as usize;
                    if e >= n || seen[e].saturating_add(1) < round {
                        continue;
                    }
                    let s = score * field.weight() / 5;
                    if seen[e].saturating_add(1) == round {
                        seen[e] = round;
                        best[e] = s;
                        touched.push(event);
                    } else if s > best[e] {
                        best[e] = s;
                    }
                }
            }
            for &e in &touched {
                total[e as usize] += best[e as usize];
            }
            candidates = touched;
            if candidates.is_empty() {
                break;
            }
        }
        // Best score first, then fewer words, then date order.
        let mut keys: Vec<u64> = candidates
            .into_iter()
            .filter(|&e| ok(e as usize))
            .map(|e| {
                let score = total[e as usize].clamp(0, 0xFFFF) as u64;
                let words = u64::from(self.event_words[e as usize].min(0xFFFF));
                ((0xFFFF - score) << 48) | (words << 32) | u64::from(e)
            })
            .collect();
        keys.sort_unstable();
        keys.into_iter()
            .map(|k| {
                let event = (k & 0xFFFF_FFFF) as usize;
                EventHit {
                    event,
                    score: total[event],
                }
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::load_builtin;

    fn top(query: &str) -> Vec<String> {
        let ds = load_builtin().unwrap();
        let ix = EventIndex::build(&ds);
        ix.search(query, None)
            .into_iter()
            .map(|h| ds.events[h.event].id.to_string())
            .collect()
    }

    #[test]
    fn titles_summaries_places_and_actors_are_searched() {
        assert_eq!(top("alaska")[0], "alaska-summit");
        assert!(top("alaska").contains(&"alaska-summit-announced".to_string()));
        assert_eq!(top("ground troops")[0], "masala-rnd-interview");
        assert!(top("berlin").contains(&"berlin-defence-ministers-meeting".to_string()));
        // Only in the actors' names.
        assert!(top("lecornu").contains(&"berlin-defence-ministers-meeting".to_string()));
        assert!(top("zzzq").is_empty());
    }

    #[test]
    fn a_title_outranks_a_place_or_an_actor() {
        // "Berlin" is in the title of the meeting, the place of the next one.
        let hits = top("berlin");
        assert_eq!(hits[0], "berlin-defence-ministers-meeting");
        assert_eq!(hits[1], "pistorius-after-meeting");
    }

    #[test]
    fn typos_are_forgiven_as_in_quotes() {
        assert_eq!(top("alasca")[0], "alaska-summit");
        assert!(top("massala").contains(&"masala-rnd-interview".to_string()));
    }

    #[test]
    fn words_held_are_found_for_exclusion() {
        let ds = load_builtin().unwrap();
        let ix = EventIndex::build(&ds);
        let held: Vec<String> = ix
            .events_holding("alask")
            .map(|e| ds.events[e].id.to_string())
            .collect();
        assert_eq!(held.len(), 2, "{held:?}");
    }
}
