//! The flat layout of the quotes in a cached copy, and of the index's words
//! and posting lists: numbers as little-endian `u32`s, strings as one run of
//! UTF-8 beside them, each string found by its length.
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

use crate::data::date::FuzzyDate;
use crate::data::{Quote, Span};
use crate::query::search::Posting;
use std::io;

/// Numbers and strings, written side by side.
#[derive(Default)]
pub(super) struct Writer {
    ints: Vec<u8>,
    text: String,
}

impl Writer {
    fn int(&mut self, n: usize) -> io::Result<()> {
        let n = u32::try_from(n).map_err(|_| io::Error::other("a number over 2^32 in a copy"))?;
        self.ints.extend_from_slice(&n.to_le_bytes());
        Ok(())
    }

    fn str(&mut self, s: &str) -> io::Result<()> {
        self.int(s.len())?;
        self.text.push_str(s);
        Ok(())
    }

    /// An optional string: its length plus one, or 0 for none.
    fn opt(&mut self, s: Option<&str>) -> io::Result<()> {
        match s {
            Some(s) => {
                self.int(s.len() + 1)?;
                self.text.push_str(s);
                Ok(())
            }
            None => self.int(0),
        }
    }

    fn list(&mut self, items: &[usize]) -> io::Result<()> {
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

    fn int(&mut self) -> Option<usize> {
        let (n, rest) = self.ints.split_first_chunk::<4>()?;
        self.ints = rest;
        usize::try_from(u32::from_le_bytes(*n)).ok()
    }

    /// A number that must be below `bound`: an index into `bound` records.
    fn below(&mut self, bound: usize) -> Option<usize> {
        self.int().filter(|&i| i < bound)
    }

    fn str_of(&mut self, len: usize) -> Option<&'a str> {
        let s = self.text.get(self.at..self.at.checked_add(len)?)?;
        self.at += len;
        Some(s)
    }

    fn str(&mut self) -> Option<&'a str> {
        let len = self.int()?;
        self.str_of(len)
    }

    fn opt(&mut self) -> Option<Option<&'a str>> {
        match self.int()? {
            0 => Some(None),
            n => self.str_of(n - 1).map(Some),
        }
    }

    fn list(&mut self, bound: usize) -> Option<Vec<usize>> {
        let n = self.int()?;
        // Each item takes 4 bytes: a count larger than the bytes left is
        // refused before any room is made for it.
        if n > self.ints.len() / 4 {
            return None;
        }
        (0..n).map(|_| self.below(bound)).collect()
    }

    /// Whether every number and every char has been read.
    pub(super) fn at_end(&self) -> bool {
        self.ints.is_empty() && self.at == self.text.len()
    }
}

/// How many records each reference of a quote may point into.
#[derive(Clone, Copy)]
pub(super) struct Bounds {
    pub(super) actors: usize,
    pub(super) events: usize,
    pub(super) sources: usize,
}

/// A section of quotes.
pub(super) fn write_quotes(quotes: &[Quote]) -> io::Result<Vec<u8>> {
    let mut w = Writer::default();
    w.int(quotes.len())?;
    for q in quotes {
        w.str(&q.id)?;
        w.str(&q.text)?;
        w.int(q.speaker)?;
        w.list(&q.co_speakers)?;
        w.list(&q.mentions)?;
        let (days, precision) = q.date.to_parts();
        // Days as their bits: a date before the Common Era is negative.
        w.int(days as u32 as usize)?;
        w.int(usize::from(precision))?;
        w.opt(q.date_derivation.as_deref())?;
        w.int(q.event)?;
        w.int(q.source.source)?;
        w.int(q.source.start)?;
        w.int(q.source.end)?;
        w.opt(q.note.as_deref())?;
    }
    w.finish()
}

/// The quotes of a section written by [`write_quotes`], appended to `out`;
/// `None` if it is not one or a reference points outside `bounds`.
pub(super) fn read_quotes(bytes: &[u8], bounds: Bounds, out: &mut Vec<Quote>) -> Option<()> {
    let mut r = Reader::new(bytes)?;
    let n = r.int()?;
    // Each quote takes at least 60 bytes of numbers.
    if n > bytes.len() / 60 {
        return None;
    }
    out.reserve(n);
    for _ in 0..n {
        let id = r.str()?.into();
        let text = r.str()?.to_string();
        let speaker = r.below(bounds.actors)?;
        let co_speakers = r.list(bounds.actors)?;
        let mentions = r.list(bounds.actors)?;
        let days = r.int()? as u32 as i32;
        let precision = u8::try_from(r.int()?).ok()?;
        let date = FuzzyDate::from_parts(days, precision)?;
        let date_derivation = r.opt()?.map(str::to_string);
        let event = r.below(bounds.events)?;
        let source = Span {
            source: r.below(bounds.sources)?,
            start: r.int()?,
            end: r.int()?,
        };
        if source.start > source.end {
            return None;
        }
        let note = r.opt()?.map(str::to_string);
        out.push(Quote {
            id,
            text,
            speaker,
            co_speakers,
            mentions,
            date,
            date_derivation,
            event,
            source,
            note,
        });
    }
    r.at_end().then_some(())
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

/// A posting as one number: its quote shifted left, the speaker flag in the
/// lowest bit. A dataset has fewer than 2^31 quotes (its file is at most
/// 1 GiB), so none is lost.
pub(super) fn pack(p: Posting) -> u32 {
    (p.quote() << 1) | u32::from(p.speaker())
}

pub(super) fn unpack(n: u32) -> Posting {
    Posting::new(n >> 1, n & 1 == 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quotes() -> (Vec<Quote>, Bounds) {
        let file = crate::data::generate::generate(30, 200, 20, 5);
        let json = serde_json::to_string(&file).unwrap();
        let ds = crate::data::load::parse(std::path::Path::new("t.json"), &json, |_| {
            Err("no files".into())
        })
        .unwrap();
        let bounds = Bounds {
            actors: ds.actors.len(),
            events: ds.events.len(),
            sources: ds.sources.len(),
        };
        (ds.quotes, bounds)
    }

    #[test]
    fn quotes_read_back_as_written() {
        let (quotes, bounds) = quotes();
        let bytes = write_quotes(&quotes).unwrap();
        let mut back = Vec::new();
        read_quotes(&bytes, bounds, &mut back).expect("a sound section");
        assert_eq!(format!("{back:?}"), format!("{quotes:?}"));
    }

    /// What a checksum cannot catch: a section written to pass it, with
    /// any one number changed to any of a few telling values (a count far
    /// too large, a length past the end, an index past its records, zero).
    /// Each is refused or read as some quotes, never a panic nor a
    /// reference out of bounds.
    #[test]
    fn a_section_with_any_number_changed_is_refused_or_still_sound() {
        let (quotes, bounds) = quotes();
        let good = write_quotes(&quotes[..20]).unwrap();
        let numbers = u32::from_le_bytes(good[..4].try_into().unwrap()) as usize;
        let mut refused = 0;
        for i in 0..=numbers {
            for value in [0, 1, 7, bounds.actors as u32, u32::MAX / 4, u32::MAX] {
                let mut bad = good.clone();
                bad[i * 4..i * 4 + 4].copy_from_slice(&value.to_le_bytes());
                let mut out = Vec::new();
                match read_quotes(&bad, bounds, &mut out) {
                    None => refused += 1,
                    Some(()) => assert!(out.iter().all(|q| {
                        q.actors().all(|a| a < bounds.actors)
                            && q.event < bounds.events
                            && q.source.source < bounds.sources
                    })),
                }
            }
        }
        assert!(refused > numbers, "only {refused} refused");
        // And cut anywhere.
        for len in 0..good.len() {
            assert!(
                read_quotes(&good[..len], bounds, &mut Vec::new()).is_none(),
                "cut at {len}"
            );
        }
    }

    #[test]
    fn strings_cut_inside_a_char_or_not_utf8_are_refused() {
        let (quotes, bounds) = quotes();
        let mut one = quotes[0].clone();
        one.id = "a".into();
        one.text = "é".into();
        one.date_derivation = None;
        one.note = None;
        let good = write_quotes(&[one]).unwrap();
        assert!(read_quotes(&good, bounds, &mut Vec::new()).is_some());
        // The id's length (after the count of numbers and of quotes) made 2
        // and the text's 1: the same 3 bytes in all, but the id would end
        // inside the `é`.
        let mut inside = good.clone();
        inside[8..12].copy_from_slice(&2u32.to_le_bytes());
        inside[12..16].copy_from_slice(&1u32.to_le_bytes());
        assert!(read_quotes(&inside, bounds, &mut Vec::new()).is_none());
        // The `é` made a byte that starts no char.
        let mut bad = good.clone();
        let at = bad.len() - 2;
        bad[at] = 0xff;
        assert!(read_quotes(&bad, bounds, &mut Vec::new()).is_none());
    }

    #[test]
    fn postings_pack_and_unpack() {
        for (quote, speaker) in [(0, false), (0, true), (12345, true), ((1 << 31) - 1, false)] {
            let p = Posting::new(quote, speaker);
            assert_eq!(unpack(pack(p)), p);
        }
    }
}
