//! Building a word index fast: each document's text folded and split into
//! words in one pass, each word looked up in a hash map of the words met so
//! far (one per thread), and every posting then put in its place by
//! counting, rather than pushed onto a growing list per word.
//!
//! At a million quotes of real text the lists per word cost an allocation
//! each time one grew, and `fold` a vector of char positions per quote that
//! the index never reads. Here a thread keeps one stream of word numbers for
//! its run of documents; once every thread is done, the words are sorted,
//! each list's place in one vector is known from the counts, and the
//! streams are read again to fill it, each thread filling the lists of its
//! own share of the words (so no two threads write to the same place).

use super::postings::Lists;
use crate::text::fold_key;
use rustc_hash::FxHashMap;

/// An index's parts as built: the words sorted, their lists in that order,
/// and how many words each document has.
pub(crate) struct Built {
    pub words: Vec<String>,
    pub lists: Lists,
    pub doc_words: Vec<u32>,
}

/// How postings are told apart and kept once.
#[derive(Clone, Copy)]
pub(crate) struct Shape {
    /// Low bits of a posting that hold its tag (a speaker flag, a field):
    /// a posting is `document << tag_bits | tag`.
    pub tag_bits: u32,
    /// Whether a word gets one posting per document (the first tag met),
    /// rather than one per document and tag.
    pub once_per_document: bool,
}

impl Shape {
    /// How many documents an index of this shape can hold.
    pub(crate) fn max_documents(self) -> usize {
        1 << (32 - self.tag_bits)
    }
}

/// Where a document's words go: see [`Sink::text`] and [`Sink::group`].
pub(crate) struct Sink<'a> {
    part: &'a mut Part,
    /// The document being read.
    doc: u32,
}

/// What one thread gathers from its run of documents.
struct Part {
    words: Words,
    /// Per document: how many postings of the stream are its.
    per_doc: Vec<u32>,
    doc_words: Vec<u32>,
    /// Non-ASCII chars and what they fold to.
    folds: FxHashMap<char, Box<str>>,
    /// Per group key (see [`Sink::group`]), its words' numbers.
    groups: FxHashMap<usize, Box<[u32]>>,
    word: String,
}

/// The words one thread has met, and its stream of postings.
struct Words {
    shape: Shape,
    /// Words of up to 15 bytes, most of them, by their bytes and length in
    /// one number: found without following a pointer to the word and
    /// comparing it (half the build's time at a million quotes when every
    /// word was a `String` key).
    short: FxHashMap<u128, u32>,
    long: FxHashMap<String, u32>,
    /// Each word, by its number.
    words: Vec<String>,
    /// Per word number: the last (document, tag) recorded for it, plus one.
    last: Vec<u64>,
    counts: Vec<u32>,
    /// Each posting, as its word number and tag (`id << tag_bits | tag`).
    stream: Vec<u32>,
}

impl Sink<'_> {
    /// Folds `text` as [`fold_key`] does and records each of its words (as
    /// [`crate::text::words`] splits them) with `tag`; how many there were.
    pub(crate) fn text(&mut self, text: &str, tag: u32) -> u32 {
        let Part {
            words, folds, word, ..
        } = &mut *self.part;
        let doc = self.doc;
        word.clear();
        let mut n = 0;
        let mut end = |word: &mut String, words: &mut Words| {
            if !word.is_empty() {
                let id = words.intern(word);
                words.record(id, doc, tag);
                word.clear();
                n += 1;
            }
        };
        for c in text.chars() {
            if c.is_ascii() {
                if c.is_ascii_alphanumeric() {
                    word.push(c.to_ascii_lowercase());
                } else {
                    end(word, words);
                }
                continue;
            }
            // A char folds alone: `fold` reads each char on its own.
            let folded = folds
                .entry(c)
                .or_insert_with(|| fold_key(c.encode_utf8(&mut [0; 4])).into());
            for f in folded.chars() {
                if f.is_alphanumeric() {
                    word.push(f);
                } else {
                    end(word, words);
                }
            }
        }
        end(word, words);
        n
    }

    /// Records `words`, already folded, with `tag`: words that come back
    /// together (a speaker's names), looked up once per thread by `key`.
    pub(crate) fn group(&mut self, key: usize, words: &[String], tag: u32) {
        let part = &mut *self.part;
        let ids = part
            .groups
            .entry(key)
            .or_insert_with(|| words.iter().map(|w| part.words.intern(w)).collect());
        for &id in ids.iter() {
            part.words.record(id, self.doc, tag);
        }
    }
}

impl Words {
    fn intern(&mut self, word: &str) -> u32 {
        let bytes = word.as_bytes();
        let id = self.words.len() as u32;
        if bytes.len() < 16 {
            let mut key = [0u8; 16];
            key[..bytes.len()].copy_from_slice(bytes);
            key[15] = bytes.len() as u8;
            match self.short.entry(u128::from_le_bytes(key)) {
                std::collections::hash_map::Entry::Occupied(e) => return *e.get(),
                std::collections::hash_map::Entry::Vacant(e) => e.insert(id),
            };
        } else {
            // Looked up before inserting: most words are already known, and
            // `entry` would allocate a key for every one.
            if let Some(&id) = self.long.get(word) {
                return id;
            }
            self.long.insert(word.to_string(), id);
        }
        self.words.push(word.to_string());
        self.last.push(0);
        self.counts.push(0);
        id
    }

    fn record(&mut self, id: u32, doc: u32, tag: u32) {
        let i = id as usize;
        let doc = u64::from(doc) + 1;
        let key = if self.shape.once_per_document {
            doc << 32
        } else {
            doc << 32 | u64::from(tag)
        };
        if self.last[i] == key {
            return;
        }
        self.last[i] = key;
        self.counts[i] += 1;
        self.stream.push(id << self.shape.tag_bits | tag);
    }
}

/// The index of `n` documents, `read` giving each document's words to a
/// [`Sink`] and returning its count of words, on `threads` threads.
/// Each actor's name and aliases as folded words, made once for an index
/// rather than once per quote or event that names the actor.
pub(crate) fn actor_words(ds: &crate::data::Dataset) -> Vec<Vec<String>> {
    ds.actors
        .iter()
        .map(|a| {
            std::iter::once(&a.name)
                .chain(&a.aliases)
                .flat_map(|n| {
                    let folded = fold_key(n);
                    crate::text::words(&folded)
                        .map(|w| w.text.to_string())
                        .collect::<Vec<_>>()
                })
                .collect()
        })
        .collect()
}

pub(crate) fn build(
    n: usize,
    shape: Shape,
    threads: usize,
    read: &(dyn Fn(usize, &mut Sink<'_>) -> u32 + Sync),
) -> Built {
    assert!(
        n <= shape.max_documents(),
        "an index holds at most {} documents, not {n}",
        shape.max_documents()
    );
    let threads = threads.clamp(1, n.max(1));
    let chunk = n.div_ceil(threads).max(1);
    let run = |t: usize| part(t * chunk..((t + 1) * chunk).min(n), shape, read);
    let parts: Vec<Part> = if threads == 1 {
        vec![run(0)]
    } else {
        std::thread::scope(|s| {
            let handles: Vec<_> = (0..threads).map(|t| s.spawn(move || run(t))).collect();
            handles
                .into_iter()
                .map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
                .collect()
        })
    };
    join(parts, chunk, shape, threads)
}

/// The postings of the documents in `range`.
fn part(
    range: std::ops::Range<usize>,
    shape: Shape,
    read: &(dyn Fn(usize, &mut Sink<'_>) -> u32 + Sync),
) -> Part {
    let mut part = Part {
        words: Words {
            shape,
            short: FxHashMap::default(),
            long: FxHashMap::default(),
            words: Vec::new(),
            last: Vec::new(),
            counts: Vec::new(),
            stream: Vec::new(),
        },
        per_doc: Vec::with_capacity(range.len()),
        doc_words: Vec::with_capacity(range.len()),
        folds: FxHashMap::default(),
        groups: FxHashMap::default(),
        word: String::new(),
    };
    for d in range {
        let before = part.words.stream.len();
        // Within the bound `build` checked.
        let mut sink = Sink {
            part: &mut part,
            doc: d as u32,
        };
        let words = read(d, &mut sink);
        part.per_doc.push((part.words.stream.len() - before) as u32);
        part.doc_words.push(words);
    }
    part
}

/// The parts' words merged and sorted, and their postings put in place.
fn join(parts: Vec<Part>, chunk: usize, shape: Shape, threads: usize) -> Built {
    // Every word once, numbered in the order met.
    let mut global: FxHashMap<&str, u32> = FxHashMap::default();
    let mut words: Vec<&str> = Vec::new();
    let mut locals: Vec<Vec<u32>> = Vec::with_capacity(parts.len());
    for part in &parts {
        let mut local = vec![0u32; part.words.last.len()];
        for (id, w) in part.words.words.iter().enumerate() {
            let g = *global.entry(w.as_str()).or_insert_with(|| {
                words.push(w.as_str());
                (words.len() - 1) as u32
            });
            local[id] = g;
        }
        locals.push(local);
    }
    let mut order: Vec<u32> = (0..words.len() as u32).collect();
    order.sort_unstable_by_key(|&g| words[g as usize]);
    let mut rank = vec![0u32; words.len()];
    for (r, &g) in order.iter().enumerate() {
        rank[g as usize] = r as u32;
    }
    // Each part's word numbers to their places in sorted order, and each
    // sorted word's count of postings.
    let mut totals = vec![0u32; words.len()];
    for (part, local) in parts.iter().zip(&mut locals) {
        for (id, g) in local.iter_mut().enumerate() {
            *g = rank[*g as usize];
            totals[*g as usize] += part.words.counts[id];
        }
    }
    let mut starts = Vec::with_capacity(totals.len() + 1);
    let mut at = 0usize;
    for &t in &totals {
        starts.push(at);
        at += t as usize;
    }
    starts.push(at);
    let mut all = vec![0u32; at];
    // The sorted words in `threads` runs of about as many postings each,
    // each run's lists filled by a thread of its own.
    let mut runs: Vec<std::ops::Range<usize>> = Vec::with_capacity(threads);
    let mut from = 0;
    for t in 1..=threads {
        let to = if t == threads {
            totals.len()
        } else {
            starts
                .partition_point(|&s| s < at * t / threads)
                .min(totals.len())
        };
        runs.push(from..to.max(from));
        from = to.max(from);
    }
    let fill = |words: std::ops::Range<usize>, out: &mut [u32]| {
        let base = starts[words.start];
        let mut next: Vec<usize> = starts[words.clone()].iter().map(|s| s - base).collect();
        let (lo, hi) = (words.start as u32, words.end as u32);
        for (p, (part, local)) in parts.iter().zip(&locals).enumerate() {
            let mut at = 0;
            for (i, &k) in part.per_doc.iter().enumerate() {
                let doc = (p * chunk + i) as u32;
                for &e in &part.words.stream[at..at + k as usize] {
                    let tag = e & ((1 << shape.tag_bits) - 1);
                    let r = local[(e >> shape.tag_bits) as usize];
                    if (lo..hi).contains(&r) {
                        let slot = &mut next[(r - lo) as usize];
                        out[*slot] = doc << shape.tag_bits | tag;
                        *slot += 1;
                    }
                }
                at += k as usize;
            }
        }
    };
    if threads == 1 {
        fill(0..totals.len(), &mut all);
    } else {
        std::thread::scope(|s| {
            let mut rest: &mut [u32] = &mut all;
            let mut handles = Vec::new();
            for run in runs {
                let len = starts[run.end] - starts[run.start];
                let (mine, after) = rest.split_at_mut(len);
                rest = after;
                let fill = &fill;
                handles.push(s.spawn(move || fill(run, mine)));
            }
            for h in handles {
                h.join().unwrap_or_else(|e| std::panic::resume_unwind(e));
            }
        });
    }
    let sorted: Vec<String> = order
        .iter()
        .map(|&g| words[g as usize].to_string())
        .collect();
    let doc_words = parts.iter().flat_map(|p| &p.doc_words).copied().collect();
    // The counts add up to `all`'s length by construction.
    let lists = Lists::built(all, totals).unwrap_or_else(|| unreachable!("counts add up"));
    Built {
        words: sorted,
        lists,
        doc_words,
    }
}
