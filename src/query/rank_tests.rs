//! The ranking loop against the plain one it replaced, kept here as the
//! reference: the same hits, scores and order for random queries over
//! generated datasets, searched at once and a key at a time in one session.

use super::super::search::{Hit, Posting, SearchIndex, terms};
use super::{Candidate, order_within};
use fuzzy_matcher::skim::SkimMatcherV2;
use proptest::prelude::*;
use std::sync::OnceLock;

/// The search as it was before sessions: dense arrays per quote for each
/// query, every hit sorted by one integer key.
fn reference(ix: &SearchIndex, query: &str, allowed: Option<&[bool]>) -> Vec<Hit> {
    let ok = |q: usize| allowed.is_none_or(|a| a.get(q).copied().unwrap_or(false));
    let terms = terms(query);
    if terms.is_empty() {
        return (0..ix.quote_words.len())
            .filter(|&q| ok(q))
            .map(|quote| Hit { quote, score: 0 })
            .collect();
    }
    let matcher = SkimMatcherV2::default();
    let n = ix.quote_words.len();
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
        for (wi, score) in ix.vocabulary.matches(term, &matcher) {
            for p in ix.postings.get(wi as usize).iter().map(Posting::unpacked) {
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
            let words = u64::from(ix.quote_words[q as usize].min(0xFFFF));
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

/// Two generated datasets, one per kind of text, and their indexes.
fn indexes() -> &'static [(crate::data::Dataset, SearchIndex)] {
    static MADE: OnceLock<Vec<(crate::data::Dataset, SearchIndex)>> = OnceLock::new();
    MADE.get_or_init(|| {
        use crate::data::generate::{Text, generate_with};
        [Text::Small, Text::Realistic]
            .into_iter()
            .map(|text| {
                let file = generate_with(40, 1_500, 60, 3, text);
                let json = serde_json::to_string(&file).unwrap();
                let ds = crate::data::load::parse(std::path::Path::new("generated"), &json, |_| {
                    Err("no files".into())
                })
                .unwrap();
                let ix = SearchIndex::build(&ds);
                (ds, ix)
            })
            .collect()
    })
}

/// A query word made from a word of the dataset: whole, its start, its
/// inside, with a letter changed, or a single letter.
fn word(ix: &SearchIndex, pick: usize, how: u8, at: usize) -> String {
    let words = ix.vocabulary.words();
    let w: Vec<char> = words[pick % words.len()].chars().collect();
    let n = w.len();
    match how % 6 {
        0 => w.iter().collect(),
        1 => w[..1 + at % n].iter().collect(),
        2 => w[at % n..].iter().collect(),
        3 => {
            let mut t = w.clone();
            t[at % n] = 'x';
            t.iter().collect()
        }
        4 => w[..1].iter().collect(),
        _ => w.iter().rev().collect(),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn sessions_rank_as_the_plain_loop_did(
        which in 0usize..2,
        parts in prop::collection::vec((any::<usize>(), any::<u8>(), any::<usize>()), 1..4),
        every in 1usize..5,
    ) {
        let (ds, ix) = &indexes()[which];
        let query = parts
            .iter()
            .map(|&(pick, how, at)| word(ix, pick, how, at))
            .collect::<Vec<_>>()
            .join(" ");
        // One quote in `every`, as a filter would leave them.
        let allowed: Vec<bool> = (0..ds.quotes.len()).map(|q| q.is_multiple_of(every)).collect();
        prop_assert_eq!(ix.search(&query, None), reference(ix, &query, None), "{}", query);
        prop_assert_eq!(
            ix.search(&query, Some(&allowed)),
            reference(ix, &query, Some(&allowed)),
            "{} in one quote of {}", query, every
        );
        // Typed a key at a time, each answer as a search of its own; then
        // erased a key at a time.
        let mut session = ix.session();
        let mut prepared = ix.session();
        while prepared.prepare() {}
        let prefixes: Vec<&str> = query
            .char_indices()
            .map(|(i, c)| &query[..i + c.len_utf8()])
            .collect();
        for q in prefixes.iter().chain(prefixes.iter().rev()) {
            let want = reference(ix, q, None);
            prop_assert_eq!(&session.search(q, None), &want, "{}", q);
            prop_assert_eq!(prepared.search(q, None), want, "{} with letters prepared", q);
        }
    }
}

#[test]
fn the_letters_with_many_places_are_prepared() {
    for (_, ix) in indexes() {
        let mut session = ix.session();
        while session.prepare() {}
        // Each letter kept has more places than there are quotes.
        assert!(!session.letters.is_empty());
        for (&c, table) in &session.letters {
            let places: usize = ix
                .vocabulary
                .words()
                .iter()
                .zip(ix.postings.iter())
                .filter(|(w, _)| w.starts_with(c))
                .map(|(_, l)| l.len())
                .sum();
            assert!(places > ix.quote_words.len(), "{c}");
            assert_eq!(table.len(), ix.quote_words.len());
        }
    }
}

#[test]
fn a_query_that_grows_reuses_its_earlier_words() {
    let (_, ix) = &indexes()[1];
    let mut session = ix.session();
    let first = ix.vocabulary.words()[0].clone();
    session.search(&format!("{first} s"), None);
    let kept = session.done[0].1.as_ptr();
    session.search(&format!("{first} se"), None);
    // The first word's quotes are the same list, not found again.
    assert_eq!(session.done[0].1.as_ptr(), kept);
    assert_eq!(session.done.len(), 2);
    assert_eq!(session.done[1].0, "se");
}

proptest! {
    #[test]
    fn counting_orders_as_comparing_does(
        found in prop::collection::vec((0u32..3_000, 0u32..100, 0u32..2_000), 0..300),
        every in 1usize..4,
    ) {
        let quote_words: Vec<u32> = found.iter().map(|&(_, w, _)| w).collect();
        let found: Vec<Candidate> = found
            .iter()
            .enumerate()
            .map(|(q, &(total, _, _))| Candidate { quote: q as u32, total })
            .collect();
        let ok = |q: usize| q.is_multiple_of(every);
        let counted = order_within(&found, &quote_words, ok, usize::MAX);
        let compared = order_within(&found, &quote_words, ok, 0);
        prop_assert_eq!(&counted, &compared);
        prop_assert_eq!(counted.len(), found.len().div_ceil(every));
    }
}
