//! Quote search: accent- and case-insensitive, ranked, with the matched chars.
//!
//! Plain fuzzy matching of whole quotes is too loose (a long sentence holds the
//! letters of almost any short word in order), so matching is per word: each
//! query word is compared with the words of the dataset's vocabulary (exact,
//! prefix, inside, with a typo, then fuzzy with fuzzy-matcher within one word:
//! see [`Vocabulary::matches`]), and a quote must match every query word, in
//! its text or in its speaker's names. Scores add up per query word; ties go
//! to the shorter quote, then to date order.

use super::index_build::{self, Shape};
use super::postings::Lists;
use super::vocab::{Vocabulary, edits_allowed, typo, word_score};
use crate::data::{Dataset, QuoteIx};
use crate::text::{fold, words};
use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;

/// Where a word was found: its quote and whether in the speaker's names.
/// Kept packed in the lists ([`Posting::packed`]): the quote shifted left,
/// the speaker flag in the lowest bit, as the index file has them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub(crate) struct Posting {
    pub(super) quote: u32,
    pub(super) speaker: bool,
}

impl Posting {
    /// For the cache's tests, which read postings back from plain numbers.
    #[cfg(test)]
    pub(crate) fn new(quote: u32, speaker: bool) -> Posting {
        Posting { quote, speaker }
    }

    pub(crate) fn quote(self) -> u32 {
        self.quote
    }

    pub(crate) fn speaker(self) -> bool {
        self.speaker
    }

    pub(crate) fn unpacked(n: u32) -> Posting {
        Posting {
            quote: n >> 1,
            speaker: n & 1 == 1,
        }
    }
}

/// The folded words of every quote and speaker, sorted, each with the quotes
/// holding it.
#[derive(Debug, PartialEq)]
pub struct SearchIndex {
    pub(super) vocabulary: Vocabulary,
    /// Each word's postings, packed (see [`Posting`]), in quote order.
    pub(super) postings: Lists,
    /// Words per quote, to prefer short quotes among equals.
    pub(super) quote_words: Vec<u32>,
}

/// How the quote index tells its postings apart: a speaker flag, and one
/// posting per quote, word and flag.
pub(crate) const SHAPE: Shape = Shape {
    tag_bits: 1,
    once_per_document: false,
};

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
    pub(crate) fn parts(&self) -> (&[String], &Lists, &[u32]) {
        (self.vocabulary.words(), &self.postings, &self.quote_words)
    }

    /// ... and read back (then see [`SearchIndex::fits`]); `None` unless the
    /// words are sorted and each once, as an index's are, each with a list.
    /// The lists' postings are the reader's to check (packed as
    /// [`Posting::packed`], in quote order, within the quotes): the search
    /// passes over a quote out of range rather than fail.
    pub(crate) fn from_parts(
        vocabulary: Vec<String>,
        postings: Lists,
        quote_words: Vec<u32>,
    ) -> Option<SearchIndex> {
        if postings.len() != vocabulary.len() {
            return None;
        }
        Some(SearchIndex {
            vocabulary: Vocabulary::new(vocabulary)?,
            postings,
            quote_words,
        })
    }

    /// Whether this index can be one of a dataset of `quotes` quotes: a
    /// count of words for each quote and a list for each word.
    pub fn fits(&self, quotes: usize) -> bool {
        self.postings.len() == self.vocabulary.len() && self.quote_words.len() == quotes
    }

    /// Whether the lists are read where they lie in an index file.
    #[cfg(test)]
    pub(crate) fn postings_in_place(&self) -> bool {
        self.postings.in_place()
    }

    /// Builds the index on every core: see [`index_build`](super::index_build).
    pub fn build(ds: &Dataset) -> SearchIndex {
        // Below this many quotes per thread, threads cost more than they save.
        const PER_THREAD: usize = 20_000;
        let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
        SearchIndex::build_with(ds, cores.min(ds.quotes.len() / PER_THREAD))
    }

    /// [`SearchIndex::build`] with `threads` threads; the benchmark compares
    /// one thread with all of them in the same run.
    ///
    /// Panics past 2^31 quotes, which a posting could not hold; no dataset
    /// comes near (its file is at most 1 GiB, a quote takes tens of bytes).
    pub fn build_with(ds: &Dataset, threads: usize) -> SearchIndex {
        // Each speaker's words, folded once rather than once per quote.
        let speakers = index_build::actor_words(ds);
        let built = index_build::build(ds.quotes.len(), SHAPE, threads, &|qi, sink| {
            let q = &ds.quotes[qi];
            let n = sink.text(&q.text, 0);
            if let Some(names) = speakers.get(q.speaker) {
                sink.group(q.speaker, names, 1);
            }
            n
        });
        SearchIndex {
            // Sorted by the build, each once: strictly increasing.
            vocabulary: Vocabulary::from_sorted(built.words),
            postings: built.lists,
            quote_words: built.doc_words,
        }
    }

    /// The quotes that hold `word` (folded), or a word it begins, in their
    /// text or their speaker's names: what `-word` leaves out. Found in the
    /// vocabulary's sorted run of words, never by reading the quotes.
    pub fn quotes_holding(&self, word: &str) -> impl Iterator<Item = QuoteIx> + '_ {
        self.postings
            .of(self.vocabulary.starting(word))
            .map(|p| Posting::unpacked(p).quote as usize)
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
