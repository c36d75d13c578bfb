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

use super::search::terms;
use super::vocab::Vocabulary;
use crate::data::{Dataset, EventIx};
use crate::text::{fold_key, words};
use fuzzy_matcher::skim::SkimMatcherV2;
use rustc_hash::FxHashMap;

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

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Posting {
    event: u32,
    field: Field,
}

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
    postings: Vec<Vec<Posting>>,
    /// Words of each event's title and summary, to prefer short events
    /// among equals.
    event_words: Vec<u32>,
}

impl EventIndex {
    /// Builds the index of the events of `ds`. A tenth of the quotes' work
    /// in a dataset of the usual shape, so one thread is enough.
    pub fn build(ds: &Dataset) -> EventIndex {
        // Each actor's words, folded once rather than once per event.
        let actor_words: Vec<Vec<String>> = ds
            .actors
            .iter()
            .map(|a| {
                std::iter::once(&a.name)
                    .chain(&a.aliases)
                    .flat_map(|n| {
                        let folded = fold_key(n);
                        words(&folded)
                            .map(|w| w.text.to_string())
                            .collect::<Vec<_>>()
                    })
                    .collect()
            })
            .collect();
        let mut ix: FxHashMap<String, u32> = FxHashMap::default();
        let mut vocabulary: Vec<String> = Vec::new();
        let mut postings: Vec<Vec<Posting>> = Vec::new();
        let mut event_words = Vec::with_capacity(ds.events.len());
        let mut add = |word: &str, p: Posting| {
            let id = match ix.get(word) {
                Some(&id) => id,
                None => {
                    let id = vocabulary.len() as u32;
                    ix.insert(word.to_string(), id);
                    vocabulary.push(word.to_string());
                    postings.push(Vec::new());
                    id
                }
            };
            let list = &mut postings[id as usize];
            // Once per event and field; the first field met is the best.
            if list.last().is_none_or(|l| l.event != p.event) {
                list.push(p);
            }
        };
        for (i, e) in ds.events.iter().enumerate() {
            let event = i as u32;
            let mut n = 0;
            for (text, field) in [(&e.title, Field::Title), (&e.summary, Field::Summary)] {
                let folded = fold_key(text);
                for w in words(&folded) {
                    add(w.text, Posting { event, field });
                    n += 1;
                }
            }
            event_words.push(n);
            if let Some(place) = &e.location {
                let folded = fold_key(place);
                for w in words(&folded) {
                    add(
                        w.text,
                        Posting {
                            event,
                            field: Field::Place,
                        },
                    );
                }
            }
            for &a in &e.actors {
                for w in actor_words.get(a).into_iter().flatten() {
                    add(
                        w,
                        Posting {
                            event,
                            field: Field::Actor,
                        },
                    );
                }
            }
        }
        let mut pairs: Vec<(String, Vec<Posting>)> = vocabulary.into_iter().zip(postings).collect();
        pairs.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        let (vocabulary, postings) = pairs.into_iter().unzip();
        EventIndex {
            // The keys of a map, sorted: each once, strictly increasing.
            vocabulary: Vocabulary::from_sorted(vocabulary),
            postings,
            event_words,
        }
    }

    /// The events that hold `word` (folded), or a word it begins, in any
    /// field: what `-word` leaves out.
    pub fn events_holding(&self, word: &str) -> impl Iterator<Item = EventIx> + '_ {
        self.postings[self.vocabulary.starting(word)]
            .iter()
            .flatten()
            .map(|p| p.event as usize)
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
                for p in &self.postings[wi as usize] {
                    let e = p.event as usize;
                    if seen[e].saturating_add(1) < round {
                        continue;
                    }
                    let s = score * p.field.weight() / 5;
                    if seen[e].saturating_add(1) == round {
                        seen[e] = round;
                        best[e] = s;
                        touched.push(p.event);
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
