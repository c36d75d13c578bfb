//! Quote search: accent- and case-insensitive, ranked, with the matched chars.
//!
//! Plain fuzzy matching of whole quotes is too loose (a long sentence holds the
//! letters of almost any short word in order), so matching is per word: each
//! query word is compared with the words of the dataset's vocabulary (exact,
//! prefix, inside, then fuzzy with fuzzy-matcher within one word), and a quote
//! must match every query word, in its text or in its speaker's names. Scores
//! add up per query word; ties go to the shorter quote, then to date order.

use crate::data::{Dataset, QuoteIx};
use crate::text::{fold, fold_key, words};
use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;
use rustc_hash::FxHashMap;

/// Where a word was found: its quote and whether in the speaker's names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub(crate) struct Posting {
    quote: u32,
    speaker: bool,
}

/// The folded words of every quote and speaker, each with the quotes holding it.
#[derive(Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SearchIndex {
    vocabulary: Vec<String>,
    postings: Vec<Vec<Posting>>,
    /// Words per quote, to prefer short quotes among equals.
    quote_words: Vec<u32>,
}

/// A quote that matches, its score, and the chars to highlight.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    pub quote: QuoteIx,
    pub score: i64,
}

/// How well a query word matches a dataset word; better kinds score higher.
fn word_score(matcher: &SkimMatcherV2, word: &str, term: &str) -> Option<i64> {
    let (wl, tl) = (word.chars().count() as i64, term.chars().count() as i64);
    if word == term {
        return Some(100);
    }
    if word.starts_with(term) {
        // "sold" fits "soldat" better than "soldatesque".
        return Some(70 + 20 * tl / wl);
    }
    if tl < 3 {
        return None;
    }
    if word.contains(term) {
        return Some(50);
    }
    // Fuzzy within one word only, and only for words not much longer than the
    // query word, so that letters scattered over a long word do not count.
    if wl > 2 * tl + 2 {
        return None;
    }
    let first_ok = word.chars().next() == term.chars().next();
    matcher
        .fuzzy_match(word, term)
        .filter(|s| *s >= 20 * tl / 2 && first_ok)
        .map(|s| 10 + (s / tl).min(20))
}

/// The query's folded words, once each.
fn terms(query: &str) -> Vec<String> {
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
        (&self.vocabulary, &self.postings, &self.quote_words)
    }

    /// ... and read back (then see [`SearchIndex::fits`]).
    pub(crate) fn from_parts(
        vocabulary: Vec<String>,
        postings: Vec<Vec<Posting>>,
        quote_words: Vec<u32>,
    ) -> SearchIndex {
        SearchIndex {
            vocabulary,
            postings,
            quote_words,
        }
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
        let parts: Vec<SearchIndex> = if threads == 1 {
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
        let mut all = parts.next().unwrap_or_else(|| SearchIndex {
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
        all
    }

    /// The index of the quotes in `range` (postings hold absolute indices).
    fn build_part(
        ds: &Dataset,
        range: std::ops::Range<usize>,
        speakers: &[Vec<String>],
    ) -> SearchIndex {
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
        SearchIndex {
            vocabulary,
            postings,
            quote_words,
        }
    }

    /// Ranks the quotes that match every word of `query` among those `allowed`
    /// (all when `None`). An empty query returns the allowed quotes in date order.
    pub fn search(&self, query: &str, allowed: Option<&[bool]>) -> Vec<Hit> {
        let ok = |q: usize| allowed.is_none_or(|a| a.get(q).copied().unwrap_or(false));
        let terms = terms(query);
        if terms.is_empty() {
            return (0..self.quote_words.len())
                .filter(|&q| ok(q))
                .map(|quote| Hit { quote, score: 0 })
                .collect();
        }
        let matcher = SkimMatcherV2::default();
        let n = self.quote_words.len();
        // Dense per-quote arrays instead of maps: `seen[q]` is the number of
        // terms quote `q` has matched so far, `best` its score for the current
        // term, `total` its score over the earlier ones.
        // Wide enough for any query: a u8 overflowed at 256 words.
        let mut seen = vec![0u32; n];
        let mut best = vec![0i64; n];
        let mut total = vec![0i64; n];
        let mut candidates: Vec<u32> = Vec::new();
        for (ti, term) in terms.iter().enumerate() {
            let round = u32::try_from(ti + 1).unwrap_or(u32::MAX);
            let mut touched: Vec<u32> = Vec::new();
            for (wi, word) in self.vocabulary.iter().enumerate() {
                let Some(score) = word_score(&matcher, word, term) else {
                    continue;
                };
                for p in &self.postings[wi] {
                    let q = p.quote as usize;
                    // Only quotes that matched every earlier term stay in the race.
                    if seen[q].saturating_add(1) < round {
                        continue;
                    }
                    // A speaker's name counts a little less than the quote's own words.
                    let s = if p.speaker { score * 4 / 5 } else { score };
                    if seen[q].saturating_add(1) == round {
                        seen[q] = round;
                        best[q] = s;
                        touched.push(p.quote);
                    } else if s > best[q] {
                        best[q] = s;
                    }
                }
            }
            for &q in &touched {
                total[q as usize] += best[q as usize];
            }
            candidates = touched;
            if candidates.is_empty() {
                break;
            }
        }
        // One integer per hit sorts fast: best score first, then fewer words,
        // then date order (the quote's position).
        let mut keys: Vec<u64> = candidates
            .into_iter()
            .filter(|&q| ok(q as usize))
            .map(|q| {
                let score = total[q as usize].clamp(0, 0xFFFF) as u64;
                let words = u64::from(self.quote_words[q as usize].min(0xFFFF));
                ((0xFFFF - score) << 48) | (words << 32) | u64::from(q)
            })
            .collect();
        keys.sort_unstable();
        keys.into_iter()
            .map(|k| {
                let quote = (k & 0xFFFF_FFFF) as usize;
                Hit {
                    quote,
                    score: total[quote],
                }
            })
            .collect()
    }
}

/// The chars of `text` (by char index) that match a word of `query`, for
/// highlighting. Uses the same word matching as the search.
pub fn highlights(query: &str, text: &str) -> Vec<usize> {
    let terms = terms(query);
    if terms.is_empty() {
        return Vec::new();
    }
    let matcher = SkimMatcherV2::default();
    let folded = fold(text);
    let mut out = Vec::new();
    for w in words(&folded.text) {
        let best = terms
            .iter()
            .filter_map(|t| word_score(&matcher, w.text, t).map(|s| (s, t)))
            .max_by_key(|(s, _)| *s);
        let Some((_, term)) = best else { continue };
        let within: Vec<usize> = if let Some(byte) = w.text.find(term.as_str()) {
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
mod tests {
    use super::*;
    use crate::data::load_builtin;

    #[test]
    fn the_index_built_on_several_cores_is_the_one_built_on_one() {
        let file = crate::data::generate::generate(50, 3_000, 60, 7);
        let json = serde_json::to_string(&file).unwrap();
        let ds = crate::data::load::parse(std::path::Path::new("generated"), &json, |_| {
            Err("no files".into())
        })
        .unwrap();
        let whole = SearchIndex::build_with(&ds, 3);
        let one = SearchIndex::build_with(&ds, 1);
        assert_eq!(whole.vocabulary, one.vocabulary);
        assert_eq!(whole.postings, one.postings);
        assert_eq!(whole.quote_words, one.quote_words);
    }

    #[test]
    fn a_query_of_300_words_that_one_quote_all_holds_finds_it() {
        // Three hundred different words, all in quote 0, none in quote 1.
        let letter = |i: usize| char::from(b'a' + (i % 26) as u8);
        let vocabulary: Vec<String> = (0..300)
            .map(|i| format!("q{}{}", letter(i / 26), letter(i)))
            .collect();
        let here = Posting {
            quote: 0,
            speaker: false,
        };
        let ix = SearchIndex {
            postings: vec![vec![here]; vocabulary.len()],
            vocabulary: vocabulary.clone(),
            quote_words: vec![300, 1],
        };
        let hits = ix.search(&vocabulary.join(" "), None);
        assert_eq!(hits.iter().map(|h| h.quote).collect::<Vec<_>>(), [0]);
        assert_eq!(hits[0].score, 300 * 100);
    }

    fn top(query: &str) -> Vec<String> {
        let ds = load_builtin().unwrap();
        let ix = SearchIndex::build(&ds);
        ix.search(query, None)
            .into_iter()
            .map(|h| ds.quotes[h.quote].id.to_string())
            .collect()
    }

    #[test]
    fn the_quote_a_person_means_comes_first() {
        assert_eq!(top("heure europe")[0], "heusgen-europes-hour");
        assert_eq!(top("solution repli")[0], "masala-fallback");
        assert_eq!(
            top("soldats mourir")[0],
            "uk-official-no-one-wants-headline"
        );
        assert_eq!(top("soldats mourir")[1], "uk-official-no-one-wants");
        assert_eq!(
            top("position de force")[0],
            "pistorius-position-of-strength"
        );
        assert_eq!(top("Poutine agressif")[0], "heusgen-putin-trump");
    }

    #[test]
    fn accents_and_case_do_not_matter() {
        let plain = top("securite");
        assert!(plain.contains(&"eu-uk-vital-interests".to_string()));
        assert_eq!(plain, top("SÉCURITÉ"));
    }

    #[test]
    fn short_words_do_not_match_scattered_letters() {
        // "troupes" is in one quote; long quotes that merely contain t-r-o-u-p-e-s
        // in order must not match.
        assert_eq!(top("troupes"), ["masala-coalition-ground-troops"]);
        assert!(top("zzz").is_empty());
    }

    #[test]
    fn every_prefix_of_a_word_finds_it() {
        for n in 1..="solution".len() {
            let q = &"solution"[..n];
            assert!(top(q).contains(&"masala-fallback".to_string()), "{q}");
        }
    }

    #[test]
    fn speaker_names_are_searched() {
        let hits = top("heusgen");
        assert_eq!(hits.len(), 4);
        assert!(hits.iter().all(|h| h.starts_with("heusgen-")));
        assert_eq!(top("masala repli")[0], "masala-fallback");
    }

    #[test]
    fn respects_the_allowed_quotes() {
        let ds = load_builtin().unwrap();
        let ix = SearchIndex::build(&ds);
        let mut allowed = vec![false; ds.quotes.len()];
        let keep = ds
            .quotes
            .iter()
            .position(|q| q.id == "eu-uk-vital-interests")
            .unwrap();
        allowed[keep] = true;
        let hits = ix.search("securite", Some(&allowed));
        assert_eq!(hits.len(), 1);
        assert_eq!(hits[0].quote, keep);
    }

    #[test]
    fn highlights_map_back_to_accented_text() {
        let text = "veiller à sa propre sécurité";
        let h = highlights("securite", text);
        let chars: Vec<char> = text.chars().collect();
        let lit: String = h.iter().map(|&i| chars[i]).collect();
        assert_eq!(lit, "sécurité");
        let fuzzy = highlights("scrt", "sécurité");
        assert_eq!(fuzzy.len(), 4);
    }
}
