//! The command line's only way to its output: stdout and stderr wrapped in
//! [`Clean`], so nothing a dataset, an article, a file name, a setting or an
//! argument holds can drive the terminal, whatever message carries it.

use super::json;
use crate::text::{Cleaned, Piece, Scrubber};
use serde::Serialize;
use std::io::{self, Write};

/// A writer that passes text through [`Scrubber`]: unsafe chars and floods of
/// combining marks are dropped, tabs become spaces, newlines stay. UTF-8 is
/// decoded across writes, so a char split between two writes is seen whole;
/// bytes that are not UTF-8 become U+FFFD. Clean text, the common case, is
/// passed on after one byte scan, with no copy.
pub struct Clean<W: Write> {
    inner: W,
    scrubber: Scrubber,
    /// The start of a char whose other bytes are still to come.
    partial: [u8; 4],
    partial_len: usize,
}

/// Standard output as every command writes it: buffered, then cleaned.
pub type Stdout = io::BufWriter<Clean<io::StdoutLock<'static>>>;

/// Standard output, buffered and cleaned. The buffer comes first, so the
/// cleaning sees large pieces and the system sees one `write` per 64 KiB
/// instead of one per line (a `--json` listing of a million quotes made 24
/// million calls). Callers end with `flush()?`: dropping the buffer would
/// flush too, but would lose the error (a full disk, a closed pipe).
pub fn stdout() -> Stdout {
    io::BufWriter::with_capacity(1 << 16, Clean::new(io::stdout().lock()))
}

/// Standard output for JSON, buffered as [`stdout`] is, and written only by
/// the [`json`] module's formatter, which escapes every unsafe char, and every
/// combining mark past [`MAX_MARKS`](crate::text::MAX_MARKS), in each string
/// as it writes it: what it writes is clean already (the tests below check
/// that [`Clean`] passes it unchanged), so it is not scanned a second time,
/// which took a quarter of a `--json` listing's time. It takes JSON values,
/// not text, so nothing else can reach standard output this way.
pub struct JsonStdout {
    out: io::BufWriter<io::StdoutLock<'static>>,
}

/// Standard output for JSON values: see [`JsonStdout`].
pub fn json_stdout() -> JsonStdout {
    JsonStdout {
        out: io::BufWriter::with_capacity(1 << 16, io::stdout().lock()),
    }
}

impl JsonStdout {
    /// `value` as indented JSON, then a newline.
    pub fn pretty<T: Serialize + ?Sized>(&mut self, value: &T) -> serde_json::Result<()> {
        json::to_writer_pretty(&mut self.out, value)?;
        self.out.write_all(b"\n").map_err(serde_json::Error::io)
    }

    /// `value` as JSON on one line, then a newline: a line of JSON Lines.
    pub fn line<T: Serialize + ?Sized>(&mut self, value: &T) -> serde_json::Result<()> {
        json::to_writer_compact(&mut self.out, value)?;
        self.out.write_all(b"\n").map_err(serde_json::Error::io)
    }

    /// Callers end with this, as with [`stdout`], so that an error is told.
    pub fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}

/// Standard output for text assembled in [`Cleaned`] buffers, written as it
/// is: the buffers let in nothing that is not clean (see [`Cleaned`]), and
/// each is written in one piece, so this adds no buffer and no scan of its
/// own. It takes nothing but such buffers.
pub struct CleanedOut<W: Write> {
    out: W,
}

/// Standard output for [`Cleaned`] buffers: see [`CleanedOut`].
pub fn cleaned_stdout() -> CleanedOut<io::StdoutLock<'static>> {
    CleanedOut {
        out: io::stdout().lock(),
    }
}

impl<W: Write> CleanedOut<W> {
    /// Into any writer: for tests, which compare what it takes.
    pub fn new(out: W) -> CleanedOut<W> {
        CleanedOut { out }
    }

    pub fn write(&mut self, text: &Cleaned) -> io::Result<()> {
        self.out.write_all(text.as_str().as_bytes())
    }

    /// Callers end with this, as with [`stdout`], so that an error is told.
    pub fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }

    pub fn into_inner(self) -> W {
        self.out
    }
}

/// Standard error, cleaned.
pub fn stderr() -> Clean<io::StderrLock<'static>> {
    Clean::new(io::stderr().lock())
}

/// `println!` through [`stdout`], flushed at once so an error is returned.
macro_rules! outln {
    ($($arg:tt)*) => {{
        use ::std::io::Write as _;
        let mut out = $crate::cli::out::stdout();
        writeln!(out, $($arg)*).and_then(|()| out.flush())
    }};
}

/// `eprintln!` through [`stderr`]; an error writing to stderr has nowhere to
/// be told, so it is ignored as `eprintln!` would not.
macro_rules! errln {
    ($($arg:tt)*) => {{
        use ::std::io::Write as _;
        let _ = writeln!($crate::cli::out::stderr(), $($arg)*);
    }};
}
pub(crate) use {errln, outln};

impl<W: Write> Clean<W> {
    pub fn new(inner: W) -> Clean<W> {
        Clean {
            inner,
            scrubber: Scrubber::default(),
            partial: [0; 4],
            partial_len: 0,
        }
    }

    pub fn into_inner(self) -> W {
        self.inner
    }

    fn feed(&mut self, s: &str) -> io::Result<()> {
        let inner = &mut self.inner;
        self.scrubber.scrub(s, |piece| match piece {
            Piece::Keep(t) => inner.write_all(t.as_bytes()),
            Piece::Unsafe('\t') => inner.write_all(b" "),
            Piece::Unsafe(_) => Ok(()),
        })
    }

    /// Completes the char begun by the last write with the first bytes of
    /// `buf`; returns what is left of `buf`.
    fn complete<'b>(&mut self, mut buf: &'b [u8]) -> io::Result<&'b [u8]> {
        let width = match self.partial[0] {
            0xc0..=0xdf => 2,
            0xe0..=0xef => 3,
            _ => 4,
        };
        while self.partial_len < width {
            match buf.first() {
                Some(&b) if (0x80..0xc0).contains(&b) => {
                    self.partial[self.partial_len] = b;
                    self.partial_len += 1;
                    buf = &buf[1..];
                }
                Some(_) => break,
                None => return Ok(buf),
            }
        }
        let bytes = self.partial;
        let len = std::mem::take(&mut self.partial_len);
        match std::str::from_utf8(&bytes[..len]) {
            Ok(s) => self.feed(s)?,
            Err(_) => self.feed("\u{fffd}")?,
        }
        Ok(buf)
    }
}

impl<W: Write> Write for Clean<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let mut rest = buf;
        if self.partial_len > 0 {
            rest = self.complete(rest)?;
        }
        loop {
            match std::str::from_utf8(rest) {
                Ok(s) => {
                    self.feed(s)?;
                    break;
                }
                Err(e) => {
                    let (good, bad) = rest.split_at(e.valid_up_to());
                    self.feed(std::str::from_utf8(good).unwrap_or_default())?;
                    match e.error_len() {
                        // A char cut by the end of this write.
                        None => {
                            self.partial[..bad.len()].copy_from_slice(bad);
                            self.partial_len = bad.len();
                            break;
                        }
                        Some(n) => {
                            self.feed("\u{fffd}")?;
                            rest = &bad[n..];
                        }
                    }
                }
            }
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn through(chunks: &[&[u8]]) -> String {
        let mut w = Clean::new(Vec::new());
        for c in chunks {
            w.write_all(c).unwrap();
        }
        String::from_utf8(w.inner).unwrap()
    }

    #[test]
    fn chars_split_between_writes_are_seen_whole() {
        let text = "é\u{9b}31m€\u{1b}]52;c;eA==\u{7}😀\u{202e}\u{e0100}\n";
        let bytes = text.as_bytes();
        let want = "é31m€]52;c;eA==😀\n";
        for i in 0..bytes.len() {
            for j in i..bytes.len() {
                let got = through(&[&bytes[..i], &bytes[i..j], &bytes[j..]]);
                assert_eq!(got, want, "split at {i} and {j}");
            }
        }
        // Byte by byte.
        let one: Vec<&[u8]> = bytes.chunks(1).collect();
        assert_eq!(through(&one), want);
    }

    #[test]
    fn bytes_that_are_not_utf8_become_replacement_chars() {
        assert_eq!(through(&[b"a\xffb\xe2\x82", b"c"]), "a\u{fffd}b\u{fffd}c");
        assert_eq!(through(&[b"\xc2", b"\x9b", b"[2J"]), "[2J");
    }

    /// What the JSON formatter writes, through [`Clean`]: unchanged, so
    /// [`JsonStdout`] need not clean it again.
    fn json_is_clean(value: &impl Serialize) {
        let mut pretty = Vec::new();
        json::to_writer_pretty(&mut pretty, value).unwrap();
        let mut compact = Vec::new();
        json::to_writer_compact(&mut compact, value).unwrap();
        for written in [pretty, compact] {
            let text = String::from_utf8(written).unwrap();
            // One write, and a byte at a time: the cleaning's two ways in.
            assert_eq!(through(&[text.as_bytes()]), text);
            let bytes: Vec<&[u8]> = text.as_bytes().chunks(1).collect();
            assert_eq!(through(&bytes), text);
        }
    }

    #[test]
    fn json_of_hostile_strings_needs_no_cleaning() {
        let all = crate::text::hostile_samples();
        json_is_clean(&all);
        // Keys too, and marks right after a key's quote.
        let keyed: std::collections::BTreeMap<String, String> = all
            .iter()
            .map(|s| (s.clone(), "\u{300}".repeat(20)))
            .collect();
        json_is_clean(&keyed);
    }

    proptest::proptest! {
        #[test]
        fn json_of_any_string_needs_no_cleaning(
            strings in proptest::collection::vec("\\PC*|[\u{0}-\u{2f}\u{80}-\u{a0}\u{300}-\u{36f}\u{200b}-\u{206f}a]*", 1..6)
        ) {
            json_is_clean(&strings);
        }
    }

    #[test]
    fn clean_text_passes_as_it_is() {
        let text = "DATE         EVENT\n25 Nov 2024  Sécurité « l’Europe »\n";
        assert_eq!(through(&[text.as_bytes()]), text);
        assert_eq!(through(&[b"a\tb"]), "a b");
    }
}
