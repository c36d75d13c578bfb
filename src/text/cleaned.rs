//! Output text assembled in memory, in which every string that comes from
//! outside the program is cleaned as it goes in: the long listings format
//! their lines into such buffers, on every core, and standard output takes
//! them as they are. It must not let in anything [`scrubbed`] would not.

use super::safe::{Piece, Scrubber, is_plain};
use std::fmt::Write as _;

/// Text fit for the output: what [`Cleaned::text`] and [`Cleaned::json`]
/// make of outside strings, the program's own literals, numbers, and other
/// such buffers. There is no other way in.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Cleaned {
    text: String,
}

impl Cleaned {
    pub fn with_capacity(bytes: usize) -> Cleaned {
        Cleaned {
            text: String::with_capacity(bytes),
        }
    }

    /// `s` as [`scrubbed`] makes it: unsafe chars and marks past
    /// [`MAX_MARKS`](super::MAX_MARKS) dropped, tabs made spaces, newlines
    /// kept. It starts a new run of marks, as a string cleaned on its own
    /// does; callers put a base char (a space, a newline, a quotation mark)
    /// between two strings, so the runs are the ones the whole line has.
    pub fn text(&mut self, s: &str) {
        if is_plain(s, 0) {
            self.text.push_str(s);
            return;
        }
        let text = &mut self.text;
        let _ = Scrubber::default().scrub(s, |piece| {
            match piece {
                Piece::Keep(t) => text.push_str(t),
                Piece::Unsafe('\t') => text.push(' '),
                Piece::Unsafe(_) => {}
            }
            Ok::<(), std::convert::Infallible>(())
        });
    }

    /// `s` as a JSON string, its quotes included, exactly as the JSON
    /// writer of `export::json` writes it: serde_json's escapes (quote,
    /// backslash, C0 controls), and `\uXXXX` for every char the scrubber
    /// will not let through as it is. Each escape is a base char to the
    /// scrubber, as it is there.
    pub fn json(&mut self, s: &str) {
        self.text.push('"');
        let bytes = s.as_bytes();
        if bytes.iter().all(|&b| !needs_json_escape(b)) && is_plain(s, 0) {
            self.text.push_str(s);
            self.text.push('"');
            return;
        }
        let mut scrubber = Scrubber::default();
        let mut start = 0;
        for (i, &b) in bytes.iter().enumerate() {
            if !needs_json_escape(b) {
                continue;
            }
            self.json_run(&mut scrubber, &s[start..i]);
            scrubber.reset();
            match b {
                b'"' => self.text.push_str("\\\""),
                b'\\' => self.text.push_str("\\\\"),
                0x08 => self.text.push_str("\\b"),
                0x0c => self.text.push_str("\\f"),
                b'\n' => self.text.push_str("\\n"),
                b'\r' => self.text.push_str("\\r"),
                b'\t' => self.text.push_str("\\t"),
                _ => {
                    let _ = write!(self.text, "\\u{:04x}", b);
                }
            }
            start = i + 1;
        }
        self.json_run(&mut scrubber, &s[start..]);
        self.text.push('"');
    }

    /// A run of a JSON string between two escapes.
    fn json_run(&mut self, scrubber: &mut Scrubber, run: &str) {
        let text = &mut self.text;
        let _ = scrubber.scrub(run, |piece| {
            match piece {
                Piece::Keep(t) => text.push_str(t),
                Piece::Unsafe(c) => {
                    let mut units = [0u16; 2];
                    for unit in c.encode_utf16(&mut units) {
                        let _ = write!(text, "\\u{unit:04x}");
                    }
                }
            }
            Ok::<(), std::convert::Infallible>(())
        });
    }

    /// One of the program's own literals. `'static` keeps outside text out;
    /// a test checks that every literal the listings use is clean.
    pub fn lit(&mut self, s: &'static str) {
        self.text.push_str(s);
    }

    /// `n` spaces.
    pub fn spaces(&mut self, mut n: usize) {
        const SPACES: &str = "                                ";
        while n > 0 {
            let k = n.min(SPACES.len());
            self.text.push_str(&SPACES[..k]);
            n -= k;
        }
    }

    /// A number in decimal.
    pub fn number(&mut self, n: i64) {
        let _ = write!(self.text, "{n}");
    }

    /// A count or a position in decimal.
    pub fn count(&mut self, n: usize) {
        let _ = write!(self.text, "{n}");
    }

    /// Another buffer, cleaned already (a name cleaned once for every row
    /// that shows it).
    pub fn append(&mut self, other: &Cleaned) {
        self.text.push_str(&other.text);
    }

    pub fn as_str(&self) -> &str {
        &self.text
    }

    pub fn len(&self) -> usize {
        self.text.len()
    }

    pub fn is_empty(&self) -> bool {
        self.text.is_empty()
    }

    pub fn clear(&mut self) {
        self.text.clear();
    }
}

/// The bytes serde_json escapes in a string.
fn needs_json_escape(b: u8) -> bool {
    b < 0x20 || b == b'"' || b == b'\\'
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::scrubbed;

    use crate::text::hostile_samples as hostile;

    #[test]
    fn text_is_what_scrubbed_makes_of_it() {
        for s in hostile() {
            let mut c = Cleaned::default();
            c.text(&s);
            assert_eq!(c.as_str(), scrubbed(&s), "{s:?}");
        }
    }

    #[test]
    fn json_is_what_the_json_writer_writes() {
        for s in hostile() {
            let mut c = Cleaned::default();
            c.json(&s);
            let mut want = Vec::new();
            crate::export::json::to_writer_compact(&mut want, &s).unwrap();
            assert_eq!(c.as_str().as_bytes(), want, "{s:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn any_string_is_cleaned_and_escaped_as_elsewhere(
            s in "\\PC*|[\u{0}-\u{2f}\u{80}-\u{a0}\u{300}-\u{36f}\u{200b}-\u{206f}a\"\\\\]*"
        ) {
            let mut c = Cleaned::default();
            c.text(&s);
            proptest::prop_assert_eq!(c.as_str(), scrubbed(&s));
            let mut j = Cleaned::default();
            j.json(&s);
            let mut want = Vec::new();
            crate::export::json::to_writer_compact(&mut want, &s).unwrap();
            proptest::prop_assert_eq!(j.as_str().as_bytes(), &want[..]);
        }
    }
}
