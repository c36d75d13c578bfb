//! The search index kept beside a dataset's cached copy: read back when it
//! is sound, else built and then written there, for the next search.

use super::flat;
use super::sections::{Sections, Unchecked, raw_section, section};
use super::{CachedCopy, PIECE, Unused, open_current};
use crate::data::Dataset;
use crate::data::mapped::FileBytes;
use crate::query::SearchIndex;
use crate::query::postings::Lists;
use crate::query::search::Posting;
use std::io::{self, Write};
use std::sync::Arc;

/// The search index: from the cached copy when it has a sound one, else
/// built, and then kept there for the next search. A built index is written
/// only when the command has given its answer ([`CachedCopy::write_later`]):
/// 140 MB at a million quotes of real text, which the answer need not wait for.
pub fn index(ds: &Dataset, copy: Option<&CachedCopy>) -> Arc<SearchIndex> {
    let (ix, built) = read_or_build(ds, copy);
    let ix = Arc::new(ix);
    if let Some(copy) = copy.filter(|_| built) {
        copy.keep_for_later(Arc::clone(&ix));
    }
    ix
}

/// The index kept beside `copy` if it is sound, else a new one (and `true`).
fn read_or_build(ds: &Dataset, copy: Option<&CachedCopy>) -> (SearchIndex, bool) {
    match copy.and_then(|c| c.read_index(ds.quotes.len())) {
        Some(ix) => (ix, false),
        None => (SearchIndex::build(ds), true),
    }
}

/// [`index`] for the explorer's search worker. What is to be kept (a built
/// index, and the copy when `write_copy` says the dataset came from its JSON)
/// is written on a thread of its own once the index is there: the index, which
/// the first search waits for, is built with both cores to itself, and that
/// search does not wait for the writing (98 and 303 MB at a million quotes).
pub fn index_kept_aside(
    ds: &Arc<Dataset>,
    copy: &Arc<CachedCopy>,
    write_copy: bool,
) -> Arc<SearchIndex> {
    let (ix, built) = read_or_build(ds, Some(copy));
    let ix = Arc::new(ix);
    if built || write_copy {
        let (copy, ds, kept) = (Arc::clone(copy), Arc::clone(ds), Arc::clone(&ix));
        std::thread::spawn(move || {
            // Only time is lost if they cannot be written.
            if built {
                let _ = copy.write_index(&ds, &kept);
            }
            if write_copy {
                let _ = copy.write(&ds);
            }
        });
    }
    ix
}

/// The index file's own layout, its first section after the header: an
/// index written in another (an older version's, whose first section held
/// the counts) is built again, never misread. 2: each section of postings
/// holds whole lists, read where they lie rather than copied.
const LAYOUT: &[u8] = b"newsline index, lists in place: 2";

/// The index file's mapping, kept by the lists read in place from it.
struct Kept(FileBytes);

impl AsRef<[u8]> for Kept {
    fn as_ref(&self) -> &[u8] {
        self.0.bytes()
    }
}

/// The index kept beside the copy, if sound and current and fitting a
/// dataset of `quotes` quotes. Its posting lists are read where they lie in
/// the mapped file, not copied (140 MB at a million quotes of real text):
/// each section is checked, then its pages are given back, and a search
/// reads again from the file only the lists it needs.
pub(super) fn read(plan: &CachedCopy, quotes: usize) -> Result<SearchIndex, Unused> {
    let (map, start) = open_current(&plan.index_file(), plan)?;
    let bytes = map.bytes();
    let mut sections = Sections::new(bytes.get(start..).ok_or(Unused::Damaged)?);
    match sections.unchecked().map(|s| s.checked()) {
        Some(Some(layout)) if layout == LAYOUT => {}
        // Sound, but another layout's.
        Some(Some(_)) => return Err(Unused::Absent),
        _ => return Err(Unused::Damaged),
    }
    let mut read = || {
        let (vocabulary, postings, pieces): (u64, u64, u64) = sections.next()?;
        let vocabulary = usize::try_from(vocabulary).ok()?;
        let postings = usize::try_from(postings).ok()?;
        let pieces = usize::try_from(pieces).ok()?;
        let quote_words: Vec<u32> = flat::u32s(sections.raw()?)?.collect();
        let per_word: Vec<u32> = flat::u32s(sections.raw()?)?.collect();
        let per_piece: Vec<u32> = flat::u32s(sections.raw()?)?.collect();
        if per_piece.len() != pieces || pieces > vocabulary {
            return None;
        }
        let run = sections.run(pieces)?;
        let words = flat::read_words(sections.raw()?)?;
        if !sections.at_end() || per_word.len() != vocabulary || words.len() != vocabulary {
            return None;
        }
        let spans = spans(
            bytes,
            &run,
            &per_piece,
            &per_word,
            postings,
            quotes,
            &|part| map.release_part(part),
        )?;
        Some((words, spans, quote_words))
    };
    let (words, spans, quote_words) = read().ok_or(Unused::Damaged)?;
    if let FileBytes::Mapped(m) = &map {
        // Read from now on a list here and there, not from start to end.
        let _ = m.advise(memmap2::Advice::Normal);
    }
    let lists = Lists::shared(Box::new(Kept(map)), spans).ok_or(Unused::Damaged)?;
    let ix = SearchIndex::from_parts(words, lists, quote_words).ok_or(Unused::Damaged)?;
    ix.fits(quotes).then_some(ix).ok_or(Unused::Damaged)
}

/// Where each word's list lies in `file`, in bytes from its start: the
/// sections `run` hold `per_piece` words' lists each, end to end, of
/// `per_word` postings each (`postings` in all). Each section is checked
/// (its CRC, its length, its lists in quote order and within the `quotes`)
/// and then given to `done`, on two threads, each taking half the sections.
fn spans(
    file: &[u8],
    run: &[Unchecked<'_>],
    per_piece: &[u32],
    per_word: &[u32],
    postings: usize,
    quotes: usize,
    done: &(dyn Fn(&[u8]) + Sync),
) -> Option<Vec<(usize, u32)>> {
    if per_word.iter().map(|&n| n as usize).sum::<usize>() != postings
        || per_piece.iter().map(|&n| n as usize).sum::<usize>() != per_word.len()
    {
        return None;
    }
    // Each piece's first word.
    let mut firsts = Vec::with_capacity(per_piece.len() + 1);
    let mut at = 0usize;
    for &n in per_piece {
        firsts.push(at);
        at += n as usize;
    }
    firsts.push(at);
    let base = file.as_ptr() as usize;
    let piece = |i: usize| -> Option<Vec<(usize, u32)>> {
        let bytes = run.get(i)?.checked()?;
        let lists = per_word.get(firsts[i]..firsts[i + 1])?;
        let total: usize = lists.iter().map(|&n| n as usize).sum();
        if bytes.len() != total.checked_mul(4)? {
            return None;
        }
        let mut out = Vec::with_capacity(lists.len());
        let mut from = 0;
        for &n in lists {
            let list = &bytes[from..from + 4 * n as usize];
            if !flat::quotes_in_order_below(list, quotes)? {
                return None;
            }
            out.push((list.as_ptr() as usize - base, n));
            from += list.len();
        }
        done(bytes);
        Some(out)
    };
    let pieces = |range: std::ops::Range<usize>| -> Option<Vec<(usize, u32)>> {
        let mut out = Vec::new();
        for i in range {
            out.extend(piece(i)?);
        }
        Some(out)
    };
    let half = run.len() / 2;
    let (mut first, second) = std::thread::scope(|s| {
        let other = s.spawn(|| pieces(half..run.len()));
        let mine = pieces(0..half);
        (mine, other.join().ok().flatten())
    });
    first.as_mut()?.extend(second?);
    first
}

/// Where the index's lists are cut into sections: after as many words'
/// lists as make up to [`PIECE`] postings (a longer list has a section of
/// its own). How many words each section holds.
fn cut(lengths: impl Iterator<Item = usize>) -> Vec<u32> {
    let mut pieces = Vec::new();
    let (mut words, mut held) = (0u32, 0usize);
    for n in lengths {
        if words > 0 && held + n > PIECE {
            pieces.push(words);
            (words, held) = (0, 0);
        }
        words += 1;
        held += n;
    }
    if words > 0 {
        pieces.push(words);
    }
    pieces
}

/// The index file's sections after its header: its layout, the counts in
/// postcard, then the words per quote, each list's length, each section of
/// lists' count of words, the lists end to end in sections of whole lists
/// (see [`cut`]), and the words, in the flat layout.
pub(super) fn write(
    ix: &SearchIndex,
    out: &mut io::BufWriter<&mut dyn Write>,
    buf: &mut Vec<u8>,
) -> io::Result<()> {
    let (words, lists, quote_words) = ix.parts();
    let too_many = || io::Error::other("a list too long for an index");
    let per_word = lists
        .iter()
        .map(|l| u32::try_from(l.len()).map_err(|_| too_many()))
        .collect::<io::Result<Vec<u32>>>()?;
    let per_piece = cut(per_word.iter().map(|&n| n as usize));
    raw_section(out, LAYOUT)?;
    let counts = (
        words.len() as u64,
        lists.postings() as u64,
        per_piece.len() as u64,
    );
    section(out, buf, &counts)?;
    raw_section(out, &flat::write_u32s(quote_words.iter().copied()))?;
    raw_section(out, &flat::write_u32s(per_word.iter().copied()))?;
    raw_section(out, &flat::write_u32s(per_piece.iter().copied()))?;
    let mut piece = Vec::new();
    let mut lists = lists.iter();
    for &n in &per_piece {
        piece.clear();
        for list in lists.by_ref().take(n as usize) {
            for p in list {
                piece.extend_from_slice(&flat::pack(Posting::unpacked(p)).to_le_bytes());
            }
        }
        raw_section(out, &piece)?;
    }
    raw_section(out, &flat::write_words(words)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_explorer_keeps_its_index_and_then_the_copy() {
        let dir = tempfile::tempdir().unwrap();
        let file = crate::data::generate::generate(200, 3000, 40, 4);
        let path = dir.path().join("story.json");
        std::fs::write(&path, serde_json::to_string(&file).unwrap()).unwrap();
        let ds = Arc::new(crate::data::load_path(&path).unwrap());
        let copy = Arc::new(CachedCopy::at(&path, dir.path().join("copy.bin")).unwrap());
        assert!(copy.read_index(ds.quotes.len()).is_none());

        let built = index_kept_aside(&ds, &copy, true);
        // Written on a thread of its own: waited for here, up to 10 s.
        fn within_10s<T>(mut f: impl FnMut() -> Option<T>) -> Option<T> {
            for _ in 0..200 {
                if let Some(t) = f() {
                    return Some(t);
                }
                std::thread::sleep(std::time::Duration::from_millis(50));
            }
            None
        }
        let kept = within_10s(|| copy.read_index(ds.quotes.len())).expect("the index is kept");
        assert!(within_10s(|| copy.read()).is_some(), "and then the copy");
        for q in ["securite", "troupes terrestres", "s"] {
            assert_eq!(kept.search(q, None), built.search(q, None), "{q}");
        }
        // The next time, it is read back rather than built.
        let again = index_kept_aside(&ds, &copy, false);
        assert_eq!(again.search("europe", None), built.search("europe", None));
    }

    #[test]
    fn an_index_is_read_in_place_and_one_of_another_layout_built_again() {
        let dir = tempfile::tempdir().unwrap();
        let file = crate::data::generate::generate(50, 3000, 40, 4);
        let path = dir.path().join("story.json");
        std::fs::write(&path, serde_json::to_string(&file).unwrap()).unwrap();
        let ds = crate::data::load_path(&path).unwrap();
        let copy = CachedCopy::at(&path, dir.path().join("copy.bin")).unwrap();
        let built = SearchIndex::build(&ds);
        copy.write_index(&ds, &built).unwrap();
        let read = copy.read_index(ds.quotes.len()).expect("read back");
        assert!(read.postings_in_place(), "its lists were copied");
        assert!(!built.postings_in_place());
        assert_eq!(read, built);
        for q in ["securite", "europe troupes", "s", "-s europe"] {
            assert_eq!(read.search(q, None), built.search(q, None), "{q}");
        }
        // The earlier layout: the counts first, then the lists as they were.
        copy.write_file(&copy.index_file(), &ds, |out, buf| {
            section(out, buf, &(1u64, 1u64))?;
            raw_section(out, &[0; 4])
        })
        .unwrap();
        assert!(copy.read_index(ds.quotes.len()).is_none());
        assert_eq!(copy.take_notices(), Vec::<String>::new(), "told as damaged");
    }
}
