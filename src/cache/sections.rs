//! The sections a cached copy is made of: each its length, its CRC-32 and its
//! bytes, checked before they are read. Most hold a value in postcard; the
//! quotes and the index's lists are in the flat layout of `flat.rs`.
//!
//! The file is mapped, not read (see [`crate::data::mapped`]): a section is
//! a slice of the mapping, checked and decoded where it lies, with no copy
//! into a buffer first.

use serde::{Deserialize, Serialize};
use std::io::{self, Write};

/// No section of a sound copy is larger; a damaged length is refused before
/// anything is read at it.
const MAX_SECTION: u64 = 1 << 30;

/// One section of a value in postcard: its length, its CRC-32, its bytes.
pub(super) fn section<T: Serialize + ?Sized>(
    out: &mut impl Write,
    buf: &mut Vec<u8>,
    value: &T,
) -> io::Result<()> {
    buf.clear();
    let bytes = postcard::to_extend(value, std::mem::take(buf)).map_err(io::Error::other)?;
    raw_section(out, &bytes)?;
    *buf = bytes;
    Ok(())
}

/// One section of bytes laid out by the caller.
pub(super) fn raw_section(out: &mut impl Write, bytes: &[u8]) -> io::Result<()> {
    out.write_all(&(bytes.len() as u64).to_le_bytes())?;
    out.write_all(&crc32fast::hash(bytes).to_le_bytes())?;
    out.write_all(bytes)
}

/// A section found but not yet checked: its bytes and the CRC-32 they must
/// have. Checking is left to whoever decodes it, so that the sections of a
/// long run are checked on both cores.
#[derive(Clone, Copy)]
pub(super) struct Unchecked<'a> {
    bytes: &'a [u8],
    crc: u32,
}

impl<'a> Unchecked<'a> {
    /// The bytes, if they are as written.
    pub(super) fn checked(self) -> Option<&'a [u8]> {
        (crc32fast::hash(self.bytes) == self.crc).then_some(self.bytes)
    }
}

/// Reads sections from the bytes of a copy.
pub(super) struct Sections<'a> {
    rest: &'a [u8],
}

impl<'a> Sections<'a> {
    pub(super) fn new(bytes: &'a [u8]) -> Self {
        Sections { rest: bytes }
    }

    /// The next section, found by its length; `None` if the bytes end first.
    pub(super) fn unchecked(&mut self) -> Option<Unchecked<'a>> {
        let (len, rest) = self.rest.split_first_chunk::<8>()?;
        let (crc, rest) = rest.split_first_chunk::<4>()?;
        let len = u64::from_le_bytes(*len);
        if len > MAX_SECTION {
            return None;
        }
        let (bytes, rest) = rest.split_at_checked(usize::try_from(len).ok()?)?;
        self.rest = rest;
        Some(Unchecked {
            bytes,
            crc: u32::from_le_bytes(*crc),
        })
    }

    /// The next section's bytes, if whole and unchanged.
    pub(super) fn raw(&mut self) -> Option<&'a [u8]> {
        self.unchecked()?.checked()
    }

    /// The next section's value, in postcard.
    pub(super) fn next<T: Deserialize<'a>>(&mut self) -> Option<T> {
        postcard::from_bytes(self.raw()?).ok()
    }

    /// The next `n` sections, found but not yet checked.
    pub(super) fn run(&mut self, n: usize) -> Option<Vec<Unchecked<'a>>> {
        (0..n).map(|_| self.unchecked()).collect()
    }

    /// How many bytes are left after the sections read so far.
    pub(super) fn rest_len(&self) -> usize {
        self.rest.len()
    }

    /// Whether every byte has been read: a sound copy has nothing after its
    /// last section.
    pub(super) fn at_end(&self) -> bool {
        self.rest.is_empty()
    }
}

/// The records of `run`, each section checked and decoded by `decode`, on
/// two threads: sections go in pairs, another thread decoding the second
/// of each while this one decodes the first straight into the records, and
/// the other's is appended once this one is done. `n` records in all, or
/// `None`. `done` is given each section once decoded (to give its pages
/// back).
///
/// Two threads because this machine's class has two cores and the records
/// are most of a later open. In pairs rather than halves, so that no more
/// than one section's records (32,768) is ever held outside the vector:
/// with halves, the second half's records were held beside it, 96 MB more
/// at a million quotes.
pub(super) fn decode_all<T: Send>(
    run: &[Unchecked<'_>],
    n: usize,
    decode: impl Fn(&[u8], &mut Vec<T>) -> Option<()> + Sync,
    done: &(dyn Fn(&[u8]) + Sync),
) -> Option<Vec<T>> {
    let one = |s: &Unchecked<'_>, out: &mut Vec<T>| -> Option<()> {
        decode(s.checked()?, out)?;
        done(s.bytes);
        Some(())
    };
    // Not more room than the records could need, whatever `n` a damaged
    // copy claims: it is checked against what was decoded at the end.
    let mut out = Vec::with_capacity(n.min(run.len().saturating_mul(1 << 16)));
    std::thread::scope(|scope| {
        let (to_helper, work) = std::sync::mpsc::sync_channel::<&Unchecked<'_>>(1);
        let (to_main, answers) = std::sync::mpsc::sync_channel::<Option<Vec<T>>>(1);
        scope.spawn(move || {
            for section in work {
                let mut part = Vec::new();
                let part = one(section, &mut part).map(|()| part);
                // The reader has stopped (a bad section): so does this.
                if to_main.send(part).is_err() {
                    break;
                }
            }
        });
        for pair in run.chunks(2) {
            if let Some(second) = pair.get(1) {
                to_helper.send(second).ok()?;
            }
            one(&pair[0], &mut out)?;
            if pair.len() == 2 {
                out.extend(answers.recv().ok()??);
            }
        }
        Some(())
    })?;
    (out.len() == n).then_some(out)
}
