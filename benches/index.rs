//! The search indexes' build, against the way they were built before (the
//! lists per word of the earlier version, kept here as `old`), in one run:
//! `NEWSLINE_BENCH_SIZES=100000,1000000 cargo bench --bench index`, on the
//! realistic corpus (`realistic/1000000`: 1,000,000 quotes, 100,000 events),
//! made as `benches/scale.rs` makes it and kept in the same folder.
//! `cargo test --bench index` runs each once at 10k quotes.

// A bench that cannot set itself up has failed; that is the point of it.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use divan::Bencher;
use newsline::data::generate::{Text, generate_with};
use newsline::data::{Dataset, load_path};
use newsline::query::{EventIndex, SearchIndex};
use newsline::text::{fold_key, words};
use rustc_hash::FxHashMap;
use std::sync::{Arc, Mutex, OnceLock};

fn main() {
    divan::main();
}

fn sizes() -> Vec<usize> {
    let benching = std::env::args().any(|a| a == "--bench");
    let default = if benching { "100000" } else { "10000" };
    std::env::var("NEWSLINE_BENCH_SIZES")
        .unwrap_or_else(|_| default.into())
        .split(',')
        .filter_map(|s| s.trim().parse().ok())
        .collect()
}

/// The datasets made so far in this run, by size.
type Made = Mutex<Vec<(usize, Arc<Dataset>)>>;

fn fixture(n: usize) -> Arc<Dataset> {
    static MADE: OnceLock<Made> = OnceLock::new();
    let mut made = MADE.get_or_init(Default::default).lock().unwrap();
    if let Some((_, ds)) = made.iter().find(|(m, _)| *m == n) {
        return Arc::clone(ds);
    }
    let dir = std::env::temp_dir().join("newsline-bench");
    std::fs::create_dir_all(&dir).expect("a temporary folder");
    let path = dir.join(format!("r{n}.json"));
    if !path.exists() {
        let ds = generate_with(n / 10, n, 1000, 1, Text::Realistic);
        let file = std::fs::File::create(&path).expect("a bench file");
        serde_json::to_writer(std::io::BufWriter::new(file), &ds).expect("written");
    }
    let ds = Arc::new(load_path(&path).expect("the generated dataset loads"));
    made.push((n, Arc::clone(&ds)));
    ds
}

fn threads() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

mod quotes {
    use super::*;

    #[divan::bench(args = sizes(), sample_count = 5, sample_size = 1)]
    fn all_cores(bencher: Bencher, n: usize) {
        let ds = fixture(n);
        bencher.bench(|| SearchIndex::build(&ds));
    }

    #[divan::bench(args = sizes(), sample_count = 5, sample_size = 1)]
    fn one_thread(bencher: Bencher, n: usize) {
        let ds = fixture(n);
        bencher.bench(|| SearchIndex::build_with(&ds, 1));
    }

    #[divan::bench(args = sizes(), sample_count = 5, sample_size = 1)]
    fn old_all_cores(bencher: Bencher, n: usize) {
        let ds = fixture(n);
        bencher.bench(|| old::quotes(&ds, threads()));
    }

    #[divan::bench(args = sizes(), sample_count = 5, sample_size = 1)]
    fn old_one_thread(bencher: Bencher, n: usize) {
        let ds = fixture(n);
        bencher.bench(|| old::quotes(&ds, 1));
    }
}

mod events {
    use super::*;

    #[divan::bench(args = sizes(), sample_count = 5, sample_size = 1)]
    fn all_cores(bencher: Bencher, n: usize) {
        let ds = fixture(n);
        bencher.bench(|| EventIndex::build(&ds));
    }

    #[divan::bench(args = sizes(), sample_count = 5, sample_size = 1)]
    fn one_thread(bencher: Bencher, n: usize) {
        let ds = fixture(n);
        bencher.bench(|| EventIndex::build_with(&ds, 1));
    }

    #[divan::bench(args = sizes(), sample_count = 5, sample_size = 1)]
    fn old(bencher: Bencher, n: usize) {
        let ds = fixture(n);
        bencher.bench(|| super::old::events(&ds));
    }
}

/// The builds as they were: a `Vec` per word, pushed onto; `fold_key` and
/// `words` per text; the words sorted with their lists; the automaton
/// built over them.
mod old {
    use super::*;

    type Lists = (Vec<String>, Vec<Vec<(u32, u8)>>, Vec<u32>);

    fn names(ds: &Dataset) -> Vec<Vec<String>> {
        ds.actors
            .iter()
            .map(|a| {
                std::iter::once(&a.name)
                    .chain(&a.aliases)
                    .flat_map(|n| {
                        let f = fold_key(n);
                        words(&f).map(|w| w.text.to_string()).collect::<Vec<_>>()
                    })
                    .collect()
            })
            .collect()
    }

    #[derive(Default)]
    struct Part {
        ix: FxHashMap<String, u32>,
        vocabulary: Vec<String>,
        postings: Vec<Vec<(u32, u8)>>,
        doc_words: Vec<u32>,
    }

    impl Part {
        fn add(&mut self, word: &str, p: (u32, u8), once_per_doc: bool) {
            let id = match self.ix.get(word) {
                Some(&id) => id,
                None => {
                    let id = self.vocabulary.len() as u32;
                    self.ix.insert(word.to_string(), id);
                    self.vocabulary.push(word.to_string());
                    self.postings.push(Vec::new());
                    id
                }
            };
            let list = &mut self.postings[id as usize];
            let dup = if once_per_doc {
                list.last().is_some_and(|l| l.0 == p.0)
            } else {
                list.last() == Some(&p)
            };
            if !dup {
                list.push(p);
            }
        }
    }

    fn finish(all: Part) -> Lists {
        let mut pairs: Vec<(String, Vec<(u32, u8)>)> =
            all.vocabulary.into_iter().zip(all.postings).collect();
        pairs.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        let (vocabulary, postings): (Vec<String>, Vec<_>) = pairs.into_iter().unzip();
        let map = fst::Map::from_iter(
            vocabulary
                .iter()
                .enumerate()
                .map(|(i, w)| (w.as_bytes(), i as u64)),
        )
        .unwrap();
        divan::black_box(map);
        (vocabulary, postings, all.doc_words)
    }

    fn quote_part(ds: &Dataset, range: std::ops::Range<usize>, speakers: &[Vec<String>]) -> Part {
        let mut part = Part::default();
        for qi in range {
            let q = &ds.quotes[qi];
            let text = fold_key(&q.text);
            let mut n = 0;
            for w in words(&text) {
                part.add(w.text, (qi as u32, 0), false);
                n += 1;
            }
            part.doc_words.push(n);
            for w in &speakers[q.speaker] {
                part.add(w, (qi as u32, 1), false);
            }
        }
        part
    }

    pub(super) fn quotes(ds: &Dataset, threads: usize) -> Lists {
        let speakers = names(ds);
        let threads = threads.min(ds.quotes.len() / 20_000).max(1);
        let chunk = ds.quotes.len().div_ceil(threads).max(1);
        let parts: Vec<Part> = std::thread::scope(|s| {
            let handles: Vec<_> = (0..threads)
                .map(|t| {
                    let range = t * chunk..((t + 1) * chunk).min(ds.quotes.len());
                    let speakers = &speakers;
                    s.spawn(move || quote_part(ds, range, speakers))
                })
                .collect();
            handles.into_iter().map(|h| h.join().unwrap()).collect()
        });
        let mut parts = parts.into_iter();
        let mut all = parts.next().unwrap();
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
            all.doc_words.extend(part.doc_words);
        }
        finish(all)
    }

    pub(super) fn events(ds: &Dataset) -> Lists {
        let actors = names(ds);
        let mut part = Part::default();
        for (i, e) in ds.events.iter().enumerate() {
            let event = i as u32;
            let mut n = 0;
            for (text, field) in [(&e.title, 0), (&e.summary, 1)] {
                let folded = fold_key(text);
                for w in words(&folded) {
                    part.add(w.text, (event, field), true);
                    n += 1;
                }
            }
            part.doc_words.push(n);
            if let Some(place) = &e.location {
                let folded = fold_key(place);
                for w in words(&folded) {
                    part.add(w.text, (event, 2), true);
                }
            }
            for &a in &e.actors {
                for w in actors.get(a).into_iter().flatten() {
                    part.add(w, (event, 3), true);
                }
            }
        }
        finish(part)
    }
}
