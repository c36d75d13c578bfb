//! The search's inner loop, made for a key press at a million quotes: the
//! quotes still in the race kept in quote order with their running totals,
//! one byte per quote for the term being matched, the hits put in order by
//! counting rather than by comparing, and, in a [`SearchSession`], the work
//! of the query's earlier words kept for the next key.
//!
//! What it finds and in what order is [`SearchIndex::search`]'s (a test
//! checks it against the plain loop it replaced): a quote must match every
//! query word; its score is the sum, per query word, of the best score of
//! the words it matches there (a speaker's name a fifth less); hits go best
//! score first, then fewer words, then date order.

use super::search::{Hit, SearchIndex, terms};
use fuzzy_matcher::skim::SkimMatcherV2;
use rustc_hash::FxHashMap;

/// A quote still in the race after some query words, and its score so far.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Candidate {
    quote: u32,
    total: u32,
}

/// What `marks` say of a quote while one query word is matched.
const OUT: u8 = 0;
const IN: u8 = 1;
/// A quote that matched the word is marked `MATCHED + its best score`.
const MATCHED: u8 = 2;

/// Searches that share their buffers and, when a query only grows, the work
/// already done for its earlier words: typing `l'europe d` after `l'europe`
/// matches only `d`, among the quotes that hold `l` and `europe`.
///
/// The explorer's search worker keeps one for the whole session.
pub struct SearchSession<'a> {
    index: &'a SearchIndex,
    /// One byte per quote, all [`OUT`] between words: see [`IN`], [`MATCHED`].
    marks: Vec<u8>,
    /// After each word of the last query, in order: the word, and the
    /// quotes that matched it and every word before it, in quote order.
    done: Vec<(String, Vec<Candidate>)>,
    /// Per letter, each quote's mark for a query word of that letter alone
    /// (see [`SearchSession::prepare`]).
    letters: FxHashMap<char, Vec<u8>>,
    /// The letters still to prepare, the costliest last; `None` until asked.
    unprepared: Option<Vec<char>>,
}

impl std::fmt::Debug for SearchSession<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SearchSession")
            .field("done", &self.done.len())
            .finish()
    }
}

impl SearchIndex {
    /// A session of searches over this index: see [`SearchSession`].
    pub fn session(&self) -> SearchSession<'_> {
        SearchSession {
            index: self,
            marks: vec![OUT; self.quote_words.len()],
            done: Vec::new(),
            letters: FxHashMap::default(),
            unprepared: None,
        }
    }
}

impl SearchSession<'_> {
    /// [`SearchIndex::search`], reusing what the last query of this session
    /// found for the words this one begins with.
    pub fn search(&mut self, query: &str, allowed: Option<&[bool]>) -> Vec<Hit> {
        let ok = |q: usize| allowed.is_none_or(|a| a.get(q).copied().unwrap_or(false));
        let terms = terms(query);
        if terms.is_empty() {
            return (0..self.index.quote_words.len())
                .filter(|&q| ok(q))
                .map(|quote| Hit { quote, score: 0 })
                .collect();
        }
        let same = self
            .done
            .iter()
            .zip(&terms)
            .take_while(|((done, _), term)| done == *term)
            .count();
        self.done.truncate(same);
        for term in &terms[same..] {
            let next = self.step(term);
            let none = next.is_empty();
            self.done.push((term.clone(), next));
            if none {
                break;
            }
        }
        let found = match self.done.last() {
            Some((_, found)) if self.done.len() == terms.len() => found.as_slice(),
            _ => &[],
        };
        order(found, &self.index.quote_words, ok)
    }

    /// The quotes that match `term` among those still in the race (every
    /// quote for the first word), in quote order, their totals raised.
    fn step(&mut self, term: &str) -> Vec<Candidate> {
        let before = self.done.last().map(|(_, c)| c.as_slice());
        if let Some(table) = single_char(term).and_then(|c| self.letters.get(&c)) {
            return collect(table, before);
        }
        mark(self.index, &fresh_matcher(), &mut self.marks, term, before);
        let next = collect(&self.marks, before);
        match before {
            None => self.marks.fill(OUT),
            Some(before) => {
                for c in before {
                    self.marks[c.quote as usize] = OUT;
                }
            }
        }
        next
    }

    /// Works out, for one more letter, every quote's best score as a query
    /// word of that letter alone; `false` when there is nothing left to do.
    /// A letter alone matches every word it starts: `s` in a million quotes
    /// of real prose is millions of places to visit at each key, where its
    /// scores, once kept, are one byte a quote to read (a megabyte a letter
    /// at a million quotes). Only letters with more places than quotes are
    /// kept; the explorer's worker does this while it waits for keys.
    pub fn prepare(&mut self) -> bool {
        let index = self.index;
        let todo = self.unprepared.get_or_insert_with(|| {
            let mut places: FxHashMap<char, usize> = FxHashMap::default();
            for (word, list) in index.vocabulary.words().iter().zip(index.postings.iter()) {
                if let Some(c) = word.chars().next() {
                    *places.entry(c).or_default() += list.len();
                }
            }
            let mut many: Vec<(usize, char)> = places
                .into_iter()
                .filter(|&(_, n)| n > index.quote_words.len())
                .map(|(c, n)| (n, c))
                .collect();
            // The costliest last, as they are taken from the end.
            many.sort_unstable();
            many.into_iter().map(|(_, c)| c).collect()
        });
        let Some(letter) = todo.pop() else {
            return false;
        };
        mark(
            index,
            &fresh_matcher(),
            &mut self.marks,
            letter.encode_utf8(&mut [0; 4]),
            None,
        );
        let table = self
            .marks
            .iter()
            .map(|&m| if m >= MATCHED { m } else { OUT })
            .collect();
        self.marks.fill(OUT);
        self.letters.insert(letter, table);
        true
    }
}

/// A matcher for one query word. Not one kept for the session:
/// fuzzy-matcher 0.3.7's `SkimMatcherV2` keeps its score matrix between
/// calls, and after a longer word (`eertne`) a shorter one (`eertn`) read
/// cells left over from it and scored 2 more than a fresh matcher does
/// (`sessions_rank_as_the_plain_loop_did` found it). Turning its cache off
/// instead panics (`RefCell already borrowed`).
fn fresh_matcher() -> SkimMatcherV2 {
    SkimMatcherV2::default()
}

/// The char of a query word of one char.
fn single_char(term: &str) -> Option<char> {
    let mut chars = term.chars();
    chars.next().filter(|_| chars.next().is_none())
}

/// Marks each quote in the race (all when `before` is `None`) [`IN`], then
/// `MATCHED` plus its best score for `term` where it matches.
fn mark(
    index: &SearchIndex,
    matcher: &SkimMatcherV2,
    marks: &mut [u8],
    term: &str,
    before: Option<&[Candidate]>,
) {
    match before {
        None => marks.fill(IN),
        Some(before) => {
            for c in before {
                marks[c.quote as usize] = IN;
            }
        }
    }
    for (wi, score) in index.vocabulary.matches(term, matcher) {
        // Scores run from 16 to 100 (see vocab.rs), so they fit a byte
        // above `MATCHED`; the clamp only keeps a new rule from wrapping.
        let mark = |s: i64| MATCHED + s.clamp(0, i64::from(u8::MAX - MATCHED)) as u8;
        // A speaker's name counts a little less than the quote's own words.
        let (own, speaker) = (mark(score), mark(score * 4 / 5));
        // Packed postings (see `Posting`); a quote out of range, which only
        // a damaged index read in place could hold, is passed over.
        index.postings.get(wi as usize).iter().for_each(|p| {
            if let Some(m) = marks.get_mut((p >> 1) as usize)
                && *m != OUT
            {
                *m = (*m).max(if p & 1 == 1 { speaker } else { own });
            }
        });
    }
}

/// The quotes in the race (all when `before` is `None`) that `marks` says
/// matched, in quote order, with their totals raised by their scores.
fn collect(marks: &[u8], before: Option<&[Candidate]>) -> Vec<Candidate> {
    let matched = match before {
        None => marks.iter().filter(|&&m| m >= MATCHED).count(),
        Some(before) => before
            .iter()
            .filter(|c| marks[c.quote as usize] >= MATCHED)
            .count(),
    };
    let mut next = Vec::with_capacity(matched);
    let mut keep = |quote: u32, total: u32| {
        let m = marks[quote as usize];
        if m >= MATCHED {
            next.push(Candidate {
                quote,
                total: total + u32::from(m - MATCHED),
            });
        }
    };
    match before {
        None => (0..marks.len() as u32).for_each(|q| keep(q, 0)),
        Some(before) => before.iter().for_each(|c| keep(c.quote, c.total)),
    }
    next
}

/// The hits among `found` (in quote order) that `ok` allows, best score
/// first, then fewer words, then quote order.
fn order(found: &[Candidate], quote_words: &[u32], ok: impl Fn(usize) -> bool) -> Vec<Hit> {
    order_within(found, quote_words, ok, 1 << 16)
}

/// [`order`], by counting when (score, words) take at most `buckets` values
/// (or no more than there are hits), else by comparing: counting sorts the
/// 870,000 hits of `s` in a million quotes (every quote with a word starting
/// with `s`) in one pass each way, where comparing them took 30 ms of a key
/// press. Only long queries, with scores in the thousands, compare.
fn order_within(
    found: &[Candidate],
    quote_words: &[u32],
    ok: impl Fn(usize) -> bool,
    buckets: usize,
) -> Vec<Hit> {
    // 16 bits each, as the comparison's key has them.
    let score = |c: &Candidate| c.total.min(0xFFFF) as usize;
    let words = |c: &Candidate| quote_words[c.quote as usize].min(0xFFFF) as usize;
    let kept = |c: &&Candidate| ok(c.quote as usize);
    let hit = |c: &Candidate| Hit {
        quote: c.quote as usize,
        score: i64::from(c.total),
    };
    let (mut top, mut most, mut n) = (0, 0, 0);
    for c in found.iter().filter(kept) {
        top = top.max(score(c));
        most = most.max(words(c));
        n += 1;
    }
    let span = most + 1;
    let needed = (top + 1).saturating_mul(span);
    if needed > buckets.max(n) {
        let mut hits: Vec<&Candidate> = found.iter().filter(kept).collect();
        hits.sort_unstable_by_key(|c| {
            ((0xFFFF - score(c)) << 48) | (words(c) << 32) | c.quote as usize
        });
        return hits.into_iter().map(hit).collect();
    }
    // Best score first, then fewer words; quote order is kept within each.
    let key = |c: &Candidate| (top - score(c)) * span + words(c);
    let mut at = vec![0usize; needed + 1];
    for c in found.iter().filter(kept) {
        at[key(c) + 1] += 1;
    }
    for k in 1..at.len() {
        at[k] += at[k - 1];
    }
    let mut out = vec![Hit { quote: 0, score: 0 }; n];
    for c in found.iter().filter(kept) {
        let k = key(c);
        out[at[k]] = hit(c);
        at[k] += 1;
    }
    out
}

#[cfg(test)]
#[path = "rank_tests.rs"]
mod tests;
