//! The search index kept beside a dataset's cached copy: read back when it
//! is sound, else built and then written there, for the next search.

use super::flat;
use super::sections::{Sections, Unchecked, raw_section, section};
use super::{CachedCopy, PIECE, Unused, open_current};
use crate::data::Dataset;
use crate::query::SearchIndex;
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

/// The index kept beside the copy, if sound and current and fitting a
/// dataset of `quotes` quotes.
pub(super) fn read(plan: &CachedCopy, quotes: usize) -> Result<SearchIndex, Unused> {
    let (map, start) = open_current(&plan.index_file(), plan)?;
    let read = || {
        let mut sections = Sections::new(map.bytes().get(start..)?);
        let (vocabulary, postings): (u64, u64) = sections.next()?;
        let vocabulary = usize::try_from(vocabulary).ok()?;
        let postings = usize::try_from(postings).ok()?;
        let quote_words: Vec<u32> = flat::u32s(sections.raw()?)?.collect();
        let per_word: Vec<u32> = flat::u32s(sections.raw()?)?.collect();
        let pieces = sections.run(postings.div_ceil(PIECE))?;
        let words = flat::read_words(sections.raw()?)?;
        if !sections.at_end() || per_word.len() != vocabulary || words.len() != vocabulary {
            return None;
        }
        let done = |part: &[u8]| map.release_part(part);
        let lists = lists(&pieces, &per_word, postings, PIECE, &done)?;
        // The map is given back before the vocabulary's automaton is made.
        drop(map);
        let ix = SearchIndex::from_parts(words, lists, quote_words)?;
        ix.fits(quotes).then_some(ix)
    };
    read().ok_or(Unused::Damaged)
}

/// The index file's sections after its header: the counts in postcard,
/// then the words per quote, each list's length, all lists end to end in
/// sections of [`PIECE`] postings, and the words, in the flat layout.
pub(super) fn write(
    ix: &SearchIndex,
    out: &mut io::BufWriter<&mut dyn Write>,
    buf: &mut Vec<u8>,
) -> io::Result<()> {
    let (words, lists, quote_words) = ix.parts();
    let postings: usize = lists.iter().map(Vec::len).sum();
    let all = || lists.iter().flatten().map(|&p| flat::pack(p));
    section(out, buf, &(words.len() as u64, postings as u64))?;
    raw_section(out, &flat::write_u32s(quote_words.iter().copied()))?;
    let per_word = lists.iter().map(|l| l.len() as u32);
    raw_section(out, &flat::write_u32s(per_word))?;
    let mut piece = Vec::with_capacity(PIECE.min(postings) * 4);
    for (i, p) in all().enumerate() {
        piece.extend_from_slice(&p.to_le_bytes());
        if (i + 1) % PIECE == 0 {
            raw_section(out, &piece)?;
            piece.clear();
        }
    }
    if !piece.is_empty() {
        raw_section(out, &piece)?;
    }
    raw_section(out, &flat::write_words(words)?)
}

/// Each word's posting list, from the sections `pieces` that hold every
/// list end to end (`piece` postings each, the last maybe fewer; `postings`
/// in all), `per_word` giving each list's length. The sections are checked
/// and the lists made on two threads, each taking the words of half the
/// postings: at a million quotes of real text that is 35 million postings,
/// which one thread took about 0.2 s to turn into lists.
pub(super) fn lists(
    pieces: &[Unchecked<'_>],
    per_word: &[u32],
    postings: usize,
    piece: usize,
    done: &(dyn Fn(&[u8]) + Sync),
) -> Option<Vec<Vec<Posting>>> {
    if per_word.iter().map(|&n| n as usize).sum::<usize>() != postings {
        return None;
    }
    // Where the lists of the second thread start: the first word whose list
    // starts past half of all postings.
    let mut start = 0;
    let mut split = per_word.len();
    for (w, &n) in per_word.iter().enumerate() {
        if start >= postings / 2 {
            split = w;
            break;
        }
        start += n as usize;
    }
    let (first, second) = per_word.split_at(split);
    let pieces_split = (start / piece.max(1)).min(pieces.len());
    let (made, theirs) = std::thread::scope(|s| {
        let other = s.spawn(|| {
            let checked = checked(&pieces[pieces_split..], postings, piece, pieces_split)?;
            from_pieces(&checked, second, start - pieces_split * piece, piece, done)
        });
        let mine = checked(&pieces[..pieces_split], postings, piece, 0).and_then(|mut c| {
            // The piece where the first thread's lists end may be the
            // second's first: checked by both, which costs one piece.
            if let Some(&p) = pieces.get(pieces_split) {
                c.push(checked(&[p], postings, piece, pieces_split)?.pop()?);
            }
            from_pieces(&c, first, 0, piece, done)
        });
        (mine, other.join().ok().flatten())
    });
    let mut lists = made?;
    lists.extend(theirs?);
    Some(lists)
}

/// The bytes of `pieces`, the `at`th section of postings and those after it,
/// if each is whole, unchanged and as long as its place says.
fn checked<'a>(
    pieces: &[Unchecked<'a>],
    postings: usize,
    piece: usize,
    at: usize,
) -> Option<Vec<&'a [u8]>> {
    pieces
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let bytes = p.checked()?;
            let first = (at + i).checked_mul(piece)?;
            let len = piece.min(postings.checked_sub(first)?);
            (bytes.len() == len * 4).then_some(bytes)
        })
        .collect()
}

/// The lists of `lengths` postings each, the first starting `from` postings
/// into `pieces` (`piece` postings each but the last). Each piece is given
/// to `done` once read past.
fn from_pieces(
    pieces: &[&[u8]],
    lengths: &[u32],
    from: usize,
    piece: usize,
    done: &(dyn Fn(&[u8]) + Sync),
) -> Option<Vec<Vec<Posting>>> {
    let mut at = from;
    let mut lists = Vec::with_capacity(lengths.len());
    let mut reading = at / piece;
    for &n in lengths {
        let n = n as usize;
        let mut list = Vec::with_capacity(n);
        while list.len() < n {
            let (p, offset) = (at / piece, at % piece);
            if p != reading {
                if let Some(&read) = pieces.get(reading) {
                    done(read);
                }
                reading = p;
            }
            let bytes = pieces.get(p)?.get(offset * 4..)?;
            let take = (n - list.len()).min(bytes.len() / 4);
            if take == 0 {
                return None;
            }
            list.extend(flat::u32s(&bytes[..take * 4])?.map(flat::unpack));
            at += take;
        }
        lists.push(list);
    }
    if let Some(&read) = pieces.get(reading) {
        done(read);
    }
    Some(lists)
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
}
