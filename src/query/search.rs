//! Quote search: accent- and case-insensitive, ranked, with the matched chars.
//!
//! Plain fuzzy matching of whole quotes is too loose (a long sentence holds the
//! letters of almost any short word in order), so matching is per word: each
//! query word is compared with the words of the dataset's vocabulary (exact,
//! prefix, inside, with a typo, then fuzzy with fuzzy-matcher within one word:
//! see [`Vocabulary::matches`]), and a quote must match every query word, in
//! its text or in its speaker's names. Scores add up per query word; ties go
//! to the shorter quote, then to date order.

use super::vocab::{Vocabulary, edits_allowed, typo, word_score};
use crate::data::{Dataset, QuoteIx};
use crate::text::{fold, fold_key, words};
use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;
use rustc_hash::FxHashMap;

/// Where a word was found: its quote and whether in the speaker's names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub(crate) struct Posting {
    pub(super) quote: u32,
    pub(super) speaker: bool,
}

impl Posting {
    /// For the cache, which keeps postings as plain numbers.
    pub(crate) fn new(quote: u32, speaker: bool) -> Posting {
        Posting { quote, speaker }
    }

    pub(crate) fn quote(self) -> u32 {
        self.quote
    }

    pub(crate) fn speaker(self) -> bool {
        self.speaker
    }
}

/// The folded words of every quote and speaker, sorted, each with the quotes
/// holding it.
#[derive(Debug, PartialEq)]
pub struct SearchIndex {
    pub(super) vocabulary: Vocabulary,
    pub(super) postings: Vec<Vec<Posting>>,
    /// Words per quote, to prefer short quotes among equals.
    pub(super) quote_words: Vec<u32>,
}

/// The index of a run of quotes, its words in the order met.
struct Part {
    vocabulary: Vec<String>,
    postings: Vec<Vec<Posting>>,
    quote_words: Vec<u32>,
}

/// A quote that matches, its score, and the chars to highlight.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    pub quote: QuoteIx,
    pub score: i64,
}

/// The query's folded words, once each.
pub(crate) fn terms(query: &str) -> Vec<String> {
    let folded = fold(query).text;
    let mut out: Vec<String> = Vec::new();
    for w in words(&folded) {
        if !out.iter().any(|t| t == w.text) {
            out.push(w.text.to_string());
        }
    }
    out
}

impl SearchIndex {
    /// What an index is made of, to be written to a file ...
    pub(crate) fn parts(&self) -> (&[String], &[Vec<Posting>], &[u32]) {
        (self.vocabulary.words(), &self.postings, &self.quote_words)
    }

    /// ... and read back (then see [`SearchIndex::fits`]); `None` unless the
    /// words are sorted and each once, as an index's are.
    pub(crate) fn from_parts(
        vocabulary: Vec<String>,
        postings: Vec<Vec<Posting>>,
        quote_words: Vec<u32>,
    ) -> Option<SearchIndex> {
        Some(SearchIndex {
            vocabulary: Vocabulary::new(vocabulary)?,
            postings,
            quote_words,
        })
    }

    /// Whether this index can be one of a dataset of `quotes` quotes: each
    /// word has its list, each list is in quote order and within the quotes.
    /// For an index read back from a file (by the cache, a layer above).
    pub fn fits(&self, quotes: usize) -> bool {
        self.postings.len() == self.vocabulary.len()
            && self.quote_words.len() == quotes
            && self.postings.iter().all(|list| {
                list.windows(2).all(|w| w[0].quote <= w[1].quote)
                    && list.last().is_none_or(|p| (p.quote as usize) < quotes)
            })
    }

    /// Builds the index on every core: each takes a run of quotes, and the
    /// runs are joined in order, so every posting list stays sorted.
    pub fn build(ds: &Dataset) -> SearchIndex {
        // Below this many quotes per thread, threads cost more than they save.
        const PER_THREAD: usize = 20_000;
        let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
        SearchIndex::build_with(ds, cores.min(ds.quotes.len() / PER_THREAD))
    }

    /// [`SearchIndex::build`] with `threads` threads; the benchmark compares
    /// one thread with all of them in the same run.
    pub fn build_with(ds: &Dataset, threads: usize) -> SearchIndex {
        // Each speaker's words, folded once rather than once per quote.
        let speakers: Vec<Vec<String>> = ds
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
        let threads = threads.max(1);
        let chunk = ds.quotes.len().div_ceil(threads).max(1);
        let parts: Vec<Part> = if threads == 1 {
            vec![SearchIndex::build_part(ds, 0..ds.quotes.len(), &speakers)]
        } else {
            std::thread::scope(|s| {
                let handles: Vec<_> = (0..threads)
                    .map(|t| {
                        let range = t * chunk..((t + 1) * chunk).min(ds.quotes.len());
                        let speakers = &speakers;
                        s.spawn(move || SearchIndex::build_part(ds, range, speakers))
                    })
                    .collect();
                handles
                    .into_iter()
                    .map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
                    .collect()
            })
        };
        let mut parts = parts.into_iter();
        let mut all = parts.next().unwrap_or_else(|| Part {
            vocabulary: Vec::new(),
            postings: Vec::new(),
            quote_words: Vec::new(),
        });
        let mut ix: FxHashMap<String, u32> = all
            .vocabulary
            .iter()
            .enumerate()
            .map(|(i, w)| (w.clone(), i as u32))
            .collect();
        for part in parts {
            for (word, list) in part.vocabulary.into_iter().zip(part.postings) {
                match ix.get(&word) {
                    Some(&id) => all.postings[id as usize].extend(list),
                    None => {
                        ix.insert(word.clone(), all.vocabulary.len() as u32);
                        all.vocabulary.push(word);
                        all.postings.push(list);
                    }
                }
            }
            all.quote_words.extend(part.quote_words);
        }
        // Sorted, for the vocabulary's runs and automaton.
        let mut pairs: Vec<(String, Vec<Posting>)> =
            all.vocabulary.into_iter().zip(all.postings).collect();
        pairs.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        let (vocabulary, postings) = pairs.into_iter().unzip();
        SearchIndex {
            // The words of a map, each once, sorted: strictly increasing.
            vocabulary: Vocabulary::from_sorted(vocabulary),
            postings,
            quote_words: all.quote_words,
        }
    }

    /// The index of the quotes in `range` (postings hold absolute indices).
    fn build_part(ds: &Dataset, range: std::ops::Range<usize>, speakers: &[Vec<String>]) -> Part {
        let mut ix: FxHashMap<String, u32> = FxHashMap::default();
        let mut vocabulary: Vec<String> = Vec::new();
        let mut postings: Vec<Vec<Posting>> = Vec::new();
        let mut quote_words = Vec::with_capacity(range.len());
        let mut add = |word: &str, p: Posting| {
            // Look up before inserting: most words are already known, and
            // `entry` would allocate a key for every occurrence.
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
            if list.last() != Some(&p) {
                list.push(p);
            }
        };
        for qi in range {
            let q = &ds.quotes[qi];
            let quote = qi as u32;
            let text = fold_key(&q.text);
            let mut n = 0;
            for w in words(&text) {
                add(
                    w.text,
                    Posting {
                        quote,
                        speaker: false,
                    },
                );
                n += 1;
            }
            quote_words.push(n);
            for w in &speakers[q.speaker] {
                add(
                    w,
                    Posting {
                        quote,
                        speaker: true,
                    },
                );
            }
        }
        Part {
            vocabulary,
            postings,
            quote_words,
        }
    }

    /// The quotes that hold `word` (folded), or a word it begins, in their
    /// text or their speaker's names: what `-word` leaves out. Found in the
    /// vocabulary's sorted run of words, never by reading the quotes.
    pub fn quotes_holding(&self, word: &str) -> impl Iterator<Item = QuoteIx> + '_ {
        self.postings[self.vocabulary.starting(word)]
            .iter()
            .flatten()
            .map(|p| p.quote as usize)
    }

    /// Ranks the quotes that match every word of `query` among those `allowed`
    /// (all when `None`). An empty query returns the allowed quotes in date order.
    /// See [`SearchSession`](super::rank::SearchSession) for the ranking, and
    /// for a run of searches that reuses its work.
    pub fn search(&self, query: &str, allowed: Option<&[bool]>) -> Vec<Hit> {
        self.session().search(query, allowed)
    }
}

/// The chars of `text` (by char index) that match a word of `query`, for
/// highlighting. Uses the same word matching as the search; a typo counts for
/// a query word that the text does not hold as typed (the search asks that of
/// the whole dataset, which is not at hand here).
pub fn highlights(query: &str, text: &str) -> Vec<usize> {
    let terms = terms(query);
    if terms.is_empty() {
        return Vec::new();
    }
    let matcher = SkimMatcherV2::default();
    let folded = fold(text);
    let text_words: Vec<_> = words(&folded.text).collect();
    // Per query word: its length, and whether typos (of the whole word, of
    // the start of one) count in this text.
    let rules: Vec<(usize, bool, bool)> = terms
        .iter()
        .map(|t| {
            let tl = t.chars().count();
            let held = text_words.iter().any(|w| w.text == t.as_str());
            let begun = text_words.iter().any(|w| w.text.starts_with(t.as_str()));
            (tl, edits_allowed(tl) > 0 && !held, !begun)
        })
        .collect();
    let mut out = Vec::new();
    for w in &text_words {
        let mut best: Option<(i64, &String, Option<usize>)> = None;
        for (t, &(tl, typos, starts)) in terms.iter().zip(&rules) {
            let plain = word_score(&matcher, w.text, t, tl, true).map(|s| (s, t, None));
            let typoed = typos
                .then(|| typo(t, tl, w.text, starts))
                .flatten()
                .map(|(s, n)| (s, t, Some(n)));
            for found in [plain, typoed].into_iter().flatten() {
                if best.is_none_or(|b| found.0 > b.0) {
                    best = Some(found);
                }
            }
        }
        let Some((_, term, typo_chars)) = best else {
            continue;
        };
        let within: Vec<usize> = if let Some(n) = typo_chars {
            (0..n).collect()
        } else if let Some(byte) = w.text.find(term.as_str()) {
            let start = w.text[..byte].chars().count();
            (start..start + term.chars().count()).collect()
        } else {
            matcher
                .fuzzy_indices(w.text, term)
                .map(|(_, ix)| ix)
                .unwrap_or_default()
        };
        out.extend(
            within
                .into_iter()
                .filter_map(|i| folded.origin.get(w.start + i)),
        );
    }
    out.sort_unstable();
    out.dedup();
    out
}

#[cfg(test)]
#[path = "search_tests.rs"]
mod tests;
