//! The sections a cached copy is made of: each its length, its CRC-32 and a
//! value in postcard, checked before it is decoded.

use serde::{Deserialize, Serialize};
use std::io::{self, Read, Write};

/// No section of a sound copy is larger; a damaged length cannot make the
/// reader ask for more memory than this.
const MAX_SECTION: u64 = 1 << 30;

/// One section: its length, its CRC-32, then the value in postcard.
pub(super) fn section<T: Serialize + ?Sized>(
    out: &mut impl Write,
    buf: &mut Vec<u8>,
    value: &T,
) -> io::Result<()> {
    buf.clear();
    let bytes = postcard::to_extend(value, std::mem::take(buf)).map_err(io::Error::other)?;
    out.write_all(&(bytes.len() as u64).to_le_bytes())?;
    out.write_all(&crc32fast::hash(&bytes).to_le_bytes())?;
    out.write_all(&bytes)?;
    *buf = bytes;
    Ok(())
}

/// Reads sections, each checked against its checksum before it is decoded.
pub(super) struct Sections<R> {
    input: R,
    buf: Vec<u8>,
}

impl<R: Read> Sections<R> {
    pub(super) fn new(input: R) -> Self {
        Sections {
            input,
            buf: Vec::new(),
        }
    }

    /// The next section's bytes, into `buf`, if whole and unchanged.
    pub(super) fn raw(&mut self, buf: &mut Vec<u8>) -> Option<()> {
        let mut len = [0; 8];
        let mut crc = [0; 4];
        self.input.read_exact(&mut len).ok()?;
        self.input.read_exact(&mut crc).ok()?;
        let len = u64::from_le_bytes(len);
        if len > MAX_SECTION {
            return None;
        }
        buf.resize(usize::try_from(len).ok()?, 0);
        self.input.read_exact(buf).ok()?;
        (crc32fast::hash(buf) == u32::from_le_bytes(crc)).then_some(())
    }

    pub(super) fn next<T: for<'de> Deserialize<'de>>(&mut self) -> Option<T> {
        let mut buf = std::mem::take(&mut self.buf);
        let value = self
            .raw(&mut buf)
            .and_then(|()| postcard::from_bytes(&buf).ok());
        self.buf = buf;
        value
    }

    /// `n` records written in sections of `per_section`. Decoding is most of
    /// the work, so sections go in pairs: a second thread decodes one while
    /// this one decodes the other, and both are appended in order at once, so
    /// no more than a pair is ever held beside the records.
    pub(super) fn records<T>(&mut self, n: usize, per_section: usize) -> Option<Vec<T>>
    where
        T: for<'de> Deserialize<'de> + Send,
    {
        let sections = n.div_ceil(per_section);
        let mut out = Vec::with_capacity(n.min(1 << 26));
        std::thread::scope(|s| {
            let (to_helper, work) = std::sync::mpsc::sync_channel::<Vec<u8>>(1);
            let (to_main, done) = std::sync::mpsc::sync_channel::<(Option<Vec<T>>, Vec<u8>)>(1);
            s.spawn(move || {
                for buf in work {
                    let part = postcard::from_bytes(&buf).ok();
                    // The reader has stopped (a bad section): so does this.
                    if to_main.send((part, buf)).is_err() {
                        break;
                    }
                }
            });
            let (mut mine, mut theirs) = (Vec::new(), Vec::new());
            for pair in (0..sections).step_by(2) {
                self.raw(&mut mine)?;
                let paired = pair + 1 < sections;
                if paired {
                    self.raw(&mut theirs)?;
                    to_helper.send(std::mem::take(&mut theirs)).ok()?;
                }
                out.extend(postcard::from_bytes::<Vec<T>>(&mine).ok()?);
                if paired {
                    let (part, buf) = done.recv().ok()?;
                    theirs = buf;
                    out.extend(part?);
                }
            }
            Some(())
        })?;
        (out.len() == n).then_some(out)
    }
}
