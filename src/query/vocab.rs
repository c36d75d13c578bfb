//! The dataset's folded words, sorted, and the words a query word matches:
//! as typed, as a prefix, inside, with a typo, or by its letters in order.
//!
//! Sorted, the words that start alike are one run, found by binary search,
//! and an `fst` map can be built over them: its Levenshtein automata find the
//! words within an edit or two of a query word without comparing the query
//! word with every word of the vocabulary (80,000 of them in real prose).

use fst::automaton::Levenshtein;
use fst::{Automaton, IntoStreamer, Streamer};
use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;

/// Scores of the kinds of match, best first. A typo ranks below the word as
/// typed and below a word it begins; the start of a word reached with a typo
/// (`mourri` in `mourir`) below a whole word reached with one.
const EXACT: i64 = 100;
const INSIDE: i64 = 50;
/// By edits: one, two.
const TYPO: [i64; 2] = [60, 45];
const TYPO_START: [i64; 2] = [35, 25];

/// The sorted, distinct words of a dataset, and an automaton over them.
pub(crate) struct Vocabulary {
    words: Vec<String>,
    /// Every word once, each followed by a newline, to find a query word
    /// inside words with one pass of `memmem` rather than a search per word.
    joined: String,
    /// Where each word starts in `joined`.
    starts: Vec<usize>,
    /// Each word to its position in `words`.
    automaton: Option<fst::Map<Vec<u8>>>,
}

impl std::fmt::Debug for Vocabulary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Vocabulary")
            .field("words", &self.words.len())
            .finish()
    }
}

impl PartialEq for Vocabulary {
    fn eq(&self, other: &Self) -> bool {
        // The rest is made from the words.
        self.words == other.words
    }
}

/// How many edits a query word of `chars` chars may be from a dataset word:
/// none under 4 letters (too many short words are an edit apart), one up to
/// 7, two from 8.
pub(crate) fn edits_allowed(chars: usize) -> u32 {
    match chars {
        0..4 => 0,
        4..8 => 1,
        _ => 2,
    }
}

/// The score of `word` for `term` (of `tl` chars) as typed, as a prefix or
/// inside; fuzzy (letters in order, within one word) when `fuzzy`.
pub(crate) fn word_score(
    matcher: &SkimMatcherV2,
    word: &str,
    term: &str,
    tl: usize,
    fuzzy: bool,
) -> Option<i64> {
    let (wl, tl) = (word.chars().count() as i64, tl as i64);
    if word == term {
        return Some(EXACT);
    }
    if word.starts_with(term) {
        // "sold" fits "soldat" better than "soldatesque".
        return Some(70 + 20 * tl / wl);
    }
    if tl < 3 {
        return None;
    }
    if word.contains(term) {
        return Some(INSIDE);
    }
    // Fuzzy within one word only, and only for words not much longer than the
    // query word, so that letters scattered over a long word do not count.
    // A fuzzy match must also start with the query word's first letter:
    // checked first, as most words do not, and the matcher costs far more.
    if !fuzzy || wl > 2 * tl + 2 || word.chars().next() != term.chars().next() {
        return None;
    }
    matcher
        .fuzzy_match(word, term)
        .filter(|s| *s >= 20 * tl / 2)
        .map(|s| 10 + (s / tl).min(20))
}

/// The score of `word` for `term` (of `tl` chars) with a typo, and how many
/// of its chars the typed word covers: the whole word within the edits
/// allowed, else (when `starts`) its start within them. `None` when neither.
pub(crate) fn typo(term: &str, tl: usize, word: &str, starts: bool) -> Option<(i64, usize)> {
    let d = edits_allowed(tl) as usize;
    if d == 0 {
        return None;
    }
    let wl = word.chars().count();
    // Two words are at least their difference in length apart, so most
    // words are refused without the distance being computed.
    if wl.abs_diff(tl) <= d {
        let whole = strsim::levenshtein(term, word);
        if (1..=d).contains(&whole) {
            return Some((TYPO[whole - 1], wl));
        }
    }
    if !starts || wl + d < tl {
        return None;
    }
    // The closest start of the word: only starts within `d` chars of the
    // query word's length can be within `d` edits of it.
    let ends: Vec<usize> = word
        .char_indices()
        .map(|(i, _)| i)
        .chain([word.len()])
        .collect();
    (tl.saturating_sub(d)..=(tl + d).min(wl))
        .filter(|&n| n > 0)
        .map(|n| (strsim::levenshtein(term, &word[..ends[n]]), n))
        .filter(|&(e, _)| (1..=d).contains(&e))
        .min()
        .map(|(e, n)| (TYPO_START[e - 1], n))
}

impl Vocabulary {
    /// `None` unless `words` are strictly increasing (sorted, each once).
    pub(crate) fn new(words: Vec<String>) -> Option<Vocabulary> {
        words
            .windows(2)
            .all(|w| w[0] < w[1])
            .then(|| Vocabulary::from_sorted(words))
    }

    /// From words known to be strictly increasing, as an index sorts them.
    pub(crate) fn from_sorted(words: Vec<String>) -> Vocabulary {
        // The map refuses only words out of order, which these are not; were
        // they, typos would go unforgiven rather than the search fail.
        let automaton = fst::Map::from_iter(
            words
                .iter()
                .enumerate()
                .map(|(i, w)| (w.as_bytes(), i as u64)),
        )
        .ok();
        let mut joined = String::with_capacity(words.iter().map(|w| w.len() + 1).sum());
        let mut starts = Vec::with_capacity(words.len());
        for w in &words {
            starts.push(joined.len());
            joined.push_str(w);
            joined.push('\n');
        }
        Vocabulary {
            words,
            joined,
            starts,
            automaton,
        }
    }

    pub(crate) fn words(&self) -> &[String] {
        &self.words
    }

    pub(crate) fn len(&self) -> usize {
        self.words.len()
    }

    /// The positions of the words that start with `start`: one run.
    pub(crate) fn starting(&self, start: &str) -> std::ops::Range<usize> {
        let from = self.words.partition_point(|w| w.as_str() < start);
        let n = self.words[from..]
            .iter()
            .take_while(|w| w.starts_with(start))
            .count();
        from..from + n
    }

    /// The words `term` matches, each once with its best score, in word order.
    ///
    /// Typos are forgiven only for a query word the dataset does not hold as
    /// typed (a word it holds is not a typo), and the start of a word reached
    /// with a typo only when no word starts with the query word: so that a
    /// word being typed correctly is not drowned in its neighbours (`pour`
    /// in `jour`, `tour`, `cour`), whose lists would also cost time per key.
    /// A query word that starts a word is likely being typed: one edit only,
    /// as the automaton for two costs 4-7 ms per key to build for a long word
    /// (fst builds it whole), for results that would rank last.
    pub(crate) fn matches(&self, term: &str, matcher: &SkimMatcherV2) -> Vec<(u32, i64)> {
        let tl = term.chars().count();
        let mut out: Vec<(u32, i64)> = Vec::new();
        let begun = self.starting(term);
        let exact = self.words.get(begun.start).is_some_and(|w| w == term);
        let has_start = !begun.is_empty();
        for i in begun {
            if let Some(s) = word_score(matcher, &self.words[i], term, tl, false) {
                out.push((i as u32, s));
            }
        }
        if tl < 3 {
            return out;
        }
        // Inside, in one pass over every word.
        let finder = memchr::memmem::Finder::new(term.as_bytes());
        let mut last = usize::MAX;
        for at in finder.find_iter(self.joined.as_bytes()) {
            let i = self.starts.partition_point(|&s| s <= at) - 1;
            if i != last && at != self.starts[i] {
                out.push((i as u32, INSIDE));
            }
            last = i;
        }
        // Fuzzy only among the words that start with the query word's first
        // letter: the rule ([`word_score`]) wants it, and the run is found by
        // binary search rather than a pass over the whole vocabulary.
        let first = term.chars().next().map(String::from).unwrap_or_default();
        for i in self.starting(&first) {
            if let Some(s) = word_score(matcher, &self.words[i], term, tl, true) {
                out.push((i as u32, s));
            }
        }
        let d = if has_start {
            edits_allowed(tl).min(1)
        } else {
            edits_allowed(tl)
        };
        if let Some(map) = self.automaton.as_ref().filter(|_| d > 0 && !exact) {
            // An automaton too large to build (a very long query word) means
            // no typos for that word, not a failed search.
            if let Ok(lev) = Levenshtein::new(term, d) {
                if has_start {
                    self.typos(map, &lev, term, tl, false, &mut out);
                } else {
                    self.typos(map, (&lev).starts_with(), term, tl, true, &mut out);
                }
            }
        }
        // Best score first for each word, then each word once.
        out.sort_unstable_by_key(|&(i, s)| (i, std::cmp::Reverse(s)));
        out.dedup_by_key(|&mut (i, _)| i);
        out
    }

    /// The words `automaton` finds, scored as typos of `term`.
    fn typos(
        &self,
        map: &fst::Map<Vec<u8>>,
        automaton: impl Automaton,
        term: &str,
        tl: usize,
        starts: bool,
        out: &mut Vec<(u32, i64)>,
    ) {
        let mut stream = map.search(automaton).into_stream();
        while let Some((_, i)) = stream.next() {
            let Some(word) = self.words.get(i as usize) else {
                continue;
            };
            if let Some((s, _)) = typo(term, tl, word, starts) {
                out.push((i as u32, s));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vocabulary(words: &[&str]) -> Vocabulary {
        let mut words: Vec<String> = words.iter().map(|w| w.to_string()).collect();
        words.sort();
        Vocabulary::new(words).unwrap()
    }

    fn found<'a>(v: &'a Vocabulary, term: &str) -> Vec<(&'a str, i64)> {
        let m = SkimMatcherV2::default();
        v.matches(term, &m)
            .into_iter()
            .map(|(i, s)| (v.words()[i as usize].as_str(), s))
            .collect()
    }

    #[test]
    fn edits_grow_with_the_word() {
        assert_eq!(
            (1..10).map(edits_allowed).collect::<Vec<_>>(),
            [0, 0, 0, 1, 1, 1, 1, 2, 2]
        );
    }

    #[test]
    fn a_typo_finds_the_word_below_words_as_typed_and_begun() {
        let v = vocabulary(&["securite", "secutites", "mourir", "masala", "pour"]);
        assert_eq!(found(&v, "secutite"), [("securite", 60), ("secutites", 87)]);
        assert_eq!(found(&v, "massala"), [("masala", 60)]);
        // Two edits from eight letters, one below.
        assert_eq!(found(&v, "sekutite"), [("securite", 45), ("secutites", 45)]);
        assert!(found(&v, "massalaa").iter().any(|&(w, _)| w == "masala"));
        assert!(found(&v, "masssalaa").is_empty());
        // Not under four letters.
        assert!(found(&v, "mou").iter().all(|&(w, _)| w == "mourir"));
        assert!(found(&v, "poir").iter().all(|&(w, _)| w == "pour"));
    }

    #[test]
    fn the_start_of_a_word_is_reached_with_a_typo() {
        let v = vocabulary(&["mourir", "nourriture", "soldats"]);
        // mourri -> mouri: one edit from the start of mourir (two from it).
        let hits = found(&v, "mourri");
        assert!(hits.contains(&("mourir", 35)), "{hits:?}");
        assert!(found(&v, "soldst").contains(&("soldats", 35)));
    }

    #[test]
    fn a_long_word_that_starts_a_word_gets_one_edit() {
        // `constata` is two edits from `constitu`: found only when no word
        // starts with `constitu`.
        let v = vocabulary(&["constata", "constitue", "constitution"]);
        let words: Vec<&str> = found(&v, "constitu").into_iter().map(|(w, _)| w).collect();
        assert_eq!(words, ["constitue", "constitution"]);
        let v = vocabulary(&["constata"]);
        assert_eq!(found(&v, "constitu"), [("constata", 45)]);
    }

    #[test]
    fn a_word_held_as_typed_is_not_a_typo() {
        let v = vocabulary(&["pour", "jour", "tour", "pourtant"]);
        assert_eq!(found(&v, "pour"), [("pour", 100), ("pourtant", 80)]);
        // Begun but not whole: whole-word typos only.
        let v = vocabulary(&["jour", "pourtant"]);
        assert_eq!(found(&v, "pour"), [("jour", 60), ("pourtant", 80)]);
    }

    #[test]
    fn inside_and_letters_in_order_still_match() {
        let v = vocabulary(&["securite", "europe", "trump"]);
        assert_eq!(found(&v, "curite"), [("securite", 50)]);
        assert_eq!(found(&v, "rope"), [("europe", 50)]);
        assert!(found(&v, "trmp").iter().any(|&(w, _)| w == "trump"));
    }

    #[test]
    fn words_out_of_order_or_twice_are_refused() {
        assert!(Vocabulary::new(vec!["b".into(), "a".into()]).is_none());
        assert!(Vocabulary::new(vec!["a".into(), "a".into()]).is_none());
        assert!(Vocabulary::new(vec![]).is_some());
    }
}
