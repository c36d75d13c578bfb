//! The flat layout of the records in a cached copy (see `records.rs`) and
//! of the index's words and posting lists: numbers as little-endian `u32`s,
//! strings as one run of UTF-8 beside them, each string found by its length.
//!
//! Why not postcard, as the rest of the copy: at a million quotes of real
//! text postcard spent a third of a later open checking each string as
//! UTF-8 on its own with the standard library, and the rest in varints and
//! serde's visitors. Here the strings of a section are checked at once with
//! SIMD (`simdutf8`), and each string is then a slice of them whose ends
//! must fall between chars (`str::get`), which is all a string of valid
//! UTF-8 cut from valid UTF-8 needs.
//!
//! Why not rkyv: the rest of newsline reads `Quote`s, with `String`s; an
//! archive read in place would have to be turned into them anyway (what
//! this does), or every reader of quotes changed to read archived ones.
//!
//! Every number read is checked where it is used: a count against the bytes
//! left, an index against the records it points into. A damaged section
//! that passes its checksum is refused, never read out of bounds.

use crate::query::search::Posting;
use std::io;

/// Numbers and strings, written side by side.
#[derive(Default)]
pub(super) struct Writer {
    ints: Vec<u8>,
    text: String,
}

impl Writer {
    pub(super) fn int(&mut self, n: usize) -> io::Result<()> {
        let n = u32::try_from(n).map_err(|_| io::Error::other("a number over 2^32 in a copy"))?;
        self.ints.extend_from_slice(&n.to_le_bytes());
        Ok(())
    }

    pub(super) fn str(&mut self, s: &str) -> io::Result<()> {
        self.int(s.len())?;
        self.text.push_str(s);
        Ok(())
    }

    /// An optional string: its length plus one, or 0 for none.
    pub(super) fn opt(&mut self, s: Option<&str>) -> io::Result<()> {
        match s {
            Some(s) => {
                self.int(s.len() + 1)?;
                self.text.push_str(s);
                Ok(())
            }
            None => self.int(0),
        }
    }

    pub(super) fn list(&mut self, items: &[usize]) -> io::Result<()> {
        self.int(items.len())?;
        items.iter().try_for_each(|&i| self.int(i))
    }

    /// The section's bytes: the count of numbers, the numbers, the strings.
    pub(super) fn finish(self) -> io::Result<Vec<u8>> {
        let mut out = Vec::with_capacity(8 + self.ints.len() + self.text.len());
        let n = u32::try_from(self.ints.len() / 4)
            .map_err(|_| io::Error::other("a section over 2^32 numbers"))?;
        out.extend_from_slice(&n.to_le_bytes());
        out.extend_from_slice(&self.ints);
        out.extend_from_slice(self.text.as_bytes());
        Ok(out)
    }
}

/// Reads what a [`Writer`] wrote, refusing anything out of bounds.
pub(super) struct Reader<'a> {
    ints: &'a [u8],
    text: &'a str,
    at: usize,
}

impl<'a> Reader<'a> {
    /// `None` unless the numbers fit in `bytes` and the strings are UTF-8.
    pub(super) fn new(bytes: &'a [u8]) -> Option<Reader<'a>> {
        let (n, rest) = bytes.split_first_chunk::<4>()?;
        let len = usize::try_from(u32::from_le_bytes(*n))
            .ok()?
            .checked_mul(4)?;
        let (ints, text) = rest.split_at_checked(len)?;
        let text = simdutf8::basic::from_utf8(text).ok()?;
        Some(Reader { ints, text, at: 0 })
    }

    pub(super) fn int(&mut self) -> Option<usize> {
        let (n, rest) = self.ints.split_first_chunk::<4>()?;
        self.ints = rest;
        usize::try_from(u32::from_le_bytes(*n)).ok()
    }

    /// A number that must be below `bound`: an index into `bound` records.
    pub(super) fn below(&mut self, bound: usize) -> Option<usize> {
        self.int().filter(|&i| i < bound)
    }

    pub(super) fn str_of(&mut self, len: usize) -> Option<&'a str> {
        let s = self.text.get(self.at..self.at.checked_add(len)?)?;
        self.at += len;
        Some(s)
    }

    pub(super) fn str(&mut self) -> Option<&'a str> {
        let len = self.int()?;
        self.str_of(len)
    }

    pub(super) fn opt(&mut self) -> Option<Option<&'a str>> {
        match self.int()? {
            0 => Some(None),
            n => self.str_of(n - 1).map(Some),
        }
    }

    /// A count of items of at least `numbers` numbers each: one larger than
    /// the numbers left allow is refused before any room is made for it.
    pub(super) fn count(&mut self, numbers: usize) -> Option<usize> {
        let n = self.int()?;
        (n.checked_mul(numbers)? <= self.ints.len() / 4).then_some(n)
    }

    pub(super) fn list(&mut self, bound: usize) -> Option<Vec<usize>> {
        let n = self.count(1)?;
        (0..n).map(|_| self.below(bound)).collect()
    }

    /// Whether every number and every char has been read.
    pub(super) fn at_end(&self) -> bool {
        self.ints.is_empty() && self.at == self.text.len()
    }
}

/// The index's words, in one section.
pub(super) fn write_words(words: &[String]) -> io::Result<Vec<u8>> {
    let mut w = Writer::default();
    w.int(words.len())?;
    words.iter().try_for_each(|word| w.str(word))?;
    w.finish()
}

pub(super) fn read_words(bytes: &[u8]) -> Option<Vec<String>> {
    let mut r = Reader::new(bytes)?;
    let n = r.int()?;
    if n > bytes.len() / 4 {
        return None;
    }
    let words = (0..n)
        .map(|_| r.str().map(str::to_string))
        .collect::<Option<Vec<_>>>()?;
    r.at_end().then_some(words)
}

/// Little-endian `u32`s, as one section.
pub(super) fn write_u32s(items: impl ExactSizeIterator<Item = u32>) -> Vec<u8> {
    let mut out = Vec::with_capacity(items.len() * 4);
    for i in items {
        out.extend_from_slice(&i.to_le_bytes());
    }
    out
}

/// The `u32`s of a section, read where they lie: `None` unless it holds a
/// whole number of them.
pub(super) fn u32s(bytes: &[u8]) -> Option<impl ExactSizeIterator<Item = u32> + '_> {
    let (whole, rest) = bytes.as_chunks::<4>();
    rest.is_empty()
        .then(|| whole.iter().map(|b| u32::from_le_bytes(*b)))
}

/// Whether the packed postings of `list` ([`pack`]) name their quotes in
/// order, each below `quotes`; `None` unless it holds whole postings.
///
/// Without a branch per posting, so that the compiler can check several at
/// once: the loop that returned at the first one out of order took a tenth
/// of a later `quotes --search` at a million quotes, every list of the index
/// being checked as it is opened.
pub(super) fn quotes_in_order_below(list: &[u8], quotes: usize) -> Option<bool> {
    let (whole, rest) = list.as_chunks::<4>();
    if !rest.is_empty() {
        return None;
    }
    let quote = |b: &[u8; 4]| u32::from_le_bytes(*b) >> 1;
    let in_order = whole
        .windows(2)
        .fold(true, |ok, w| ok & (quote(&w[0]) <= quote(&w[1])));
    // In order, the last is the largest.
    Some(in_order && whole.last().is_none_or(|b| (quote(b) as usize) < quotes))
}

/// A posting as one number: its quote shifted left, the speaker flag in the
/// lowest bit. A dataset has fewer than 2^31 quotes (its file is at most
/// 1 GiB), so none is lost.
pub(super) fn pack(p: Posting) -> u32 {
    (p.quote() << 1) | u32::from(p.speaker())
}

/// The posting `n` packs; the search reads packed lists itself.
#[cfg(test)]
pub(super) fn unpack(n: u32) -> Posting {
    Posting::new(n >> 1, n & 1 == 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn postings_in_order_and_within_the_quotes_pass_and_no_others() {
        let list = |qs: &[(u32, bool)]| -> Vec<u8> {
            let packed = qs.iter().map(|&(q, s)| pack(Posting::new(q, s)));
            write_u32s(packed.collect::<Vec<_>>().into_iter())
        };
        assert_eq!(quotes_in_order_below(&[], 0), Some(true));
        let sound = list(&[(0, true), (0, false), (3, false), (9, true)]);
        assert_eq!(quotes_in_order_below(&sound, 10), Some(true));
        assert_eq!(quotes_in_order_below(&sound, 9), Some(false));
        let swapped = list(&[(0, true), (3, false), (2, false), (9, true)]);
        assert_eq!(quotes_in_order_below(&swapped, 10), Some(false));
        let first_large = list(&[(12, false), (3, false)]);
        assert_eq!(quotes_in_order_below(&first_large, 10), Some(false));
        assert_eq!(quotes_in_order_below(&sound[..5], 10), None);
    }

    #[test]
    fn postings_pack_and_unpack() {
        for (quote, speaker) in [(0, false), (0, true), (12345, true), ((1 << 31) - 1, false)] {
            let p = Posting::new(quote, speaker);
            assert_eq!(unpack(pack(p)), p);
        }
    }
}
