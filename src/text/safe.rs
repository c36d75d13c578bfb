//! What must never reach a terminal, and the one way text is cleaned of it:
//! on load ([`clean`]) and on the way out ([`Scrubber`], [`scrubbed`],
//! [`visible`]), from one table of unsafe chars ([`is_unsafe_char`]).

use super::printable::printable_prefix;
use std::borrow::Cow;
use unicode_normalization::char::is_combining_mark;

/// Whether a char must not be shown: controls (C0, C1, DEL), bidi overrides and
/// isolates, and every invisible char: Unicode's Default_Ignorable_Code_Point
/// set (zero-width chars, joiners, fillers, variation selectors, tags), the
/// other format controls (prepended concatenation marks, Egyptian
/// hieroglyph controls) and the braille blank, which shows as a space.
///
/// Such chars let a dataset drive the terminal (escape sequences) or show text
/// other than what is there (a right-to-left override, an id that looks like
/// another), so they are removed on load and before any output. Variation
/// selectors go too, U+FE0F among them: an emoji then shows in its text form,
/// a small price for not letting sixteen invisible chars through.
pub fn is_unsafe_char(c: char) -> bool {
    // Printable ASCII, the common case, first.
    if (' '..'\u{7f}').contains(&c) {
        return false;
    }
    matches!(c,
        '\u{0}'..='\u{8}' | '\u{b}'..='\u{1f}' | '\u{7f}'..='\u{9f}'
        | '\u{ad}'                         // soft hyphen
        | '\u{34f}'                        // combining grapheme joiner
        | '\u{600}'..='\u{605}'            // Arabic prepended concatenation marks
        | '\u{61c}'                        // Arabic letter mark
        | '\u{6dd}'                        // Arabic end of ayah
        | '\u{70f}'                        // Syriac abbreviation mark
        | '\u{890}'..='\u{891}'            // Arabic pound and piastre marks above
        | '\u{8e2}'                        // Arabic disputed end of ayah
        | '\u{115f}'..='\u{1160}'          // Hangul choseong and jungseong fillers
        | '\u{17b4}'..='\u{17b5}'          // Khmer inherent vowels
        | '\u{180b}'..='\u{180f}'          // Mongolian variation selectors, vowel separator
        | '\u{200b}'..='\u{200f}'          // zero-width chars, LRM, RLM
        | '\u{2028}'..='\u{202e}'          // line/paragraph separators, bidi embeddings and overrides
        | '\u{2060}'..='\u{206f}'          // word joiner, invisible operators, bidi isolates
        | '\u{2800}'                       // braille pattern blank
        | '\u{3164}'                       // Hangul filler
        | '\u{fe00}'..='\u{fe0f}'          // variation selectors
        | '\u{feff}'                       // BOM, zero-width no-break space
        | '\u{ffa0}'                       // halfwidth Hangul filler
        | '\u{fff0}'..='\u{fffb}'          // unassigned ignorables, interlinear annotations
        | '\u{110bd}' | '\u{110cd}'        // Kaithi number signs
        | '\u{13430}'..='\u{1343f}'        // Egyptian hieroglyph format controls
        | '\u{1bca0}'..='\u{1bca3}'        // shorthand format controls
        | '\u{1d173}'..='\u{1d17a}'        // musical symbol format controls
        | '\u{e0000}'..='\u{e0fff}'        // tags, variation selectors supplement, reserved ignorables
    )
}

/// Whether `s` has no unsafe char (see [`is_unsafe_char`]), tab or newline:
/// what [`clean`] leaves as it is. Read byte by byte: only chars whose first
/// byte is one of `UNSAFE_LEADS` are decoded, so accented text is not
/// decoded char by char (a tenth of loading a million quotes was this).
pub fn is_clean(s: &str) -> bool {
    scan::<false>(s, 0)
}

/// [`is_clean`] for output, where newlines are fine but a run of combining
/// marks is not: whether [`Scrubber::scrub`] would pass `s` whole, `marks`
/// being the marks already written after the last base char. Runs of
/// non-ASCII bytes are counted rather than marks decoded, since a mark takes
/// two bytes or more: a run too short to hold `MAX_MARKS + 1` marks is fine.
pub(super) fn is_plain(s: &str, marks: usize) -> bool {
    if marks > 0 && s.as_bytes().first().is_some_and(|b| !b.is_ascii()) {
        return false;
    }
    scan::<true>(s, 2 * (MAX_MARKS + 1))
}

/// The byte scan behind [`is_clean`] and [`is_plain`]; `OUTPUT` allows
/// newlines and refuses runs of `max_run` non-ASCII bytes.
fn scan<const OUTPUT: bool>(s: &str, max_run: usize) -> bool {
    let bytes = s.as_bytes();
    let mut i = 0;
    let mut run = 0;
    while i < bytes.len() {
        // Printable ASCII, the common case, eight bytes at a time; it ends
        // any run of non-ASCII bytes.
        let skip = printable_prefix(&bytes[i..]);
        if skip > 0 {
            i += skip;
            run = 0;
            continue;
        }
        let step = match BYTE_CLASS[usize::from(bytes[i])] {
            CLEAN => 1,
            NEWLINE if OUTPUT => 1,
            LEAD => match s[i..].chars().next() {
                Some(c) if is_unsafe_char(c) => return false,
                Some(c) => c.len_utf8(),
                None => return true,
            },
            _ => return false,
        };
        if OUTPUT {
            run = if bytes[i].is_ascii() { 0 } else { run + step };
            if run >= max_run {
                return false;
            }
        }
        i += step;
    }
    true
}

const CLEAN: u8 = 0;
const UNSAFE: u8 = 1;
const LEAD: u8 = 2;
const NEWLINE: u8 = 3;

/// The first bytes, in UTF-8, of the unsafe chars above U+007F (a test
/// checks every char against it, and that none is here for nothing).
const UNSAFE_LEADS: [u8; 12] = [
    0xc2, 0xcd, 0xd8, 0xdb, 0xdc, 0xe0, 0xe1, 0xe2, 0xe3, 0xef, 0xf0, 0xf3,
];

/// What each byte says, for [`is_clean`]: an unsafe char itself (ASCII
/// controls, tab, DEL), a newline, the first byte of a char that may be
/// unsafe, or nothing to look at.
const BYTE_CLASS: [u8; 256] = {
    let mut class = [CLEAN; 256];
    let mut b = 0;
    while b < 0x20 {
        class[b] = UNSAFE;
        b += 1;
    }
    class[b'\n' as usize] = NEWLINE;
    class[0x7f] = UNSAFE;
    let mut i = 0;
    while i < UNSAFE_LEADS.len() {
        class[UNSAFE_LEADS[i] as usize] = LEAD;
        i += 1;
    }
    class
};

/// The most combining marks written after one base char. A flood of them
/// (dozens on one letter) is drawn by terminals over the lines around it or
/// past the cell it belongs to, shifting borders; real writing needs a few at
/// most (Hebrew points with cantillation, Tibetan stacks, Vietnamese in NFD).
/// Applied only on output: on load it would change the length of article
/// text, which source spans count in chars.
pub const MAX_MARKS: usize = 4;

/// What [`Scrubber::scrub`] makes of its text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Piece<'a> {
    /// Text to write as it is.
    Keep(&'a str),
    /// A char that must not be written as it is: an unsafe char (see
    /// [`is_unsafe_char`]), a tab, or a combining mark past [`MAX_MARKS`].
    /// A writer drops it, a JSON writer escapes it.
    Unsafe(char),
}

/// The one sanitiser for text on its way out, to a terminal or a pipe: it
/// splits text into what may be written and the chars that may not. It keeps
/// the marks written since the last base char, so text may come in pieces.
#[derive(Debug, Clone, Default)]
pub struct Scrubber {
    marks: usize,
}

impl Scrubber {
    /// Calls `emit` with the pieces of `s` in order. Clean text (the common
    /// case) is passed whole after one byte scan, with no copy.
    pub fn scrub<E>(
        &mut self,
        s: &str,
        mut emit: impl FnMut(Piece<'_>) -> Result<(), E>,
    ) -> Result<(), E> {
        if is_plain(s, self.marks) {
            self.marks = match s.bytes().rposition(|b| b.is_ascii()) {
                // Only marks, if any, after the last ASCII byte; any mark
                // before it is behind a base char.
                Some(i) => trailing_marks(&s[i + 1..]),
                None => self.marks + trailing_marks(s),
            };
            return if s.is_empty() {
                Ok(())
            } else {
                emit(Piece::Keep(s))
            };
        }
        let mut start = 0;
        for (i, c) in s.char_indices() {
            let out = if c == '\n' {
                self.marks = 0;
                false
            } else if c == '\t' || is_unsafe_char(c) {
                // Dropped chars do not end a run of marks: what is left
                // would join it.
                true
            } else if is_combining_mark(c) {
                self.marks += 1;
                self.marks > MAX_MARKS
            } else {
                self.marks = 0;
                false
            };
            if out {
                if start < i {
                    emit(Piece::Keep(&s[start..i]))?;
                }
                emit(Piece::Unsafe(c))?;
                start = i + c.len_utf8();
            }
        }
        if start < s.len() {
            emit(Piece::Keep(&s[start..]))?;
        }
        Ok(())
    }

    /// A base char was written by other means (a JSON escape, a quote): the
    /// marks that follow start a new run.
    pub fn reset(&mut self) {
        self.marks = 0;
    }
}

/// The combining marks at the end of `s`, when it holds no base char after
/// them.
fn trailing_marks(s: &str) -> usize {
    s.chars()
        .rev()
        .take_while(|&c| is_combining_mark(c))
        .count()
}

/// `s` for the output, with nothing unsafe left: unsafe chars and marks past
/// [`MAX_MARKS`] dropped, tabs made spaces, newlines kept. Borrowed when
/// there was nothing to do.
pub fn scrubbed(s: &str) -> Cow<'_, str> {
    if is_plain(s, 0) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let _ = Scrubber::default().scrub(s, |p| {
        match p {
            Piece::Keep(t) => out.push_str(t),
            Piece::Unsafe('\t') => out.push(' '),
            Piece::Unsafe(_) => {}
        }
        Ok::<(), std::convert::Infallible>(())
    });
    Cow::Owned(out)
}

/// `s` with every unsafe char but the newline shown as its code (`\u{1b}`):
/// for messages that quote what a file or an argument holds (an id, a field
/// name, a file name), so the user sees what is there and can find it,
/// without the terminal acting on it.
pub fn visible(s: &str) -> Cow<'_, str> {
    if is_plain(s, 0) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 16);
    for c in s.chars() {
        if c != '\n' && (c == '\t' || is_unsafe_char(c)) {
            out.push_str(&c.escape_unicode().to_string());
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// Removes unsafe chars (see [`is_unsafe_char`]); tabs become spaces. Newlines are
/// kept only where `keep_newlines` says so (article text), since they structure it.
pub fn clean(s: &str, keep_newlines: bool) -> String {
    if is_clean(s) {
        return s.to_string();
    }
    s.chars()
        .filter_map(|c| match c {
            '\t' => Some(' '),
            '\n' if keep_newlines => Some('\n'),
            '\n' | '\r' => Some(' '),
            c if is_unsafe_char(c) => None,
            c => Some(c),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn is_clean_agrees_with_is_unsafe_char_for_every_char() {
        for c in (0..=0x10ffff).filter_map(char::from_u32) {
            let unsafe_ = is_unsafe_char(c) || c == '\t' || c == '\n';
            let alone = c.to_string();
            assert_eq!(is_clean(&alone), !unsafe_, "{:?}", c);
            // Among other chars, at either end or in the middle.
            let among = format!("é{c}’a«{c}");
            assert_eq!(is_clean(&among), !unsafe_, "{:?}", c);
        }
        assert!(is_clean("Sécurité, l’Europe « doit » — ça va ?"));
        assert!(!is_clean("l’Europe\u{202e}"));
    }

    #[test]
    fn every_unsafe_lead_byte_is_needed() {
        let mut leads: Vec<u8> = (0x80..=0x10ffff)
            .filter_map(char::from_u32)
            .filter(|&c| is_unsafe_char(c))
            .map(|c| c.to_string().as_bytes()[0])
            .collect();
        leads.sort_unstable();
        leads.dedup();
        assert_eq!(leads, UNSAFE_LEADS);
    }

    #[test]
    fn invisible_chars_are_unsafe() {
        // Unicode's Default_Ignorable_Code_Point set (DerivedCoreProperties
        // 16.0), and the format and blank chars a dataset could hide behind.
        let ignorable = [
            (0xad, 0xad),
            (0x34f, 0x34f),
            (0x61c, 0x61c),
            (0x115f, 0x1160),
            (0x17b4, 0x17b5),
            (0x180b, 0x180f),
            (0x200b, 0x200f),
            (0x202a, 0x202e),
            (0x2060, 0x206f),
            (0x3164, 0x3164),
            (0xfe00, 0xfe0f),
            (0xfeff, 0xfeff),
            (0xffa0, 0xffa0),
            (0xfff0, 0xfff8),
            (0x1bca0, 0x1bca3),
            (0x1d173, 0x1d17a),
            (0xe0000, 0xe0fff),
        ];
        let others = [
            (0x600, 0x605),
            (0x6dd, 0x6dd),
            (0x70f, 0x70f),
            (0x8e2, 0x8e2),
            (0x110bd, 0x110bd),
            (0x110cd, 0x110cd),
            (0x13430, 0x1343f),
            (0x2800, 0x2800),
        ];
        for (a, b) in ignorable.into_iter().chain(others) {
            for c in (a..=b).filter_map(char::from_u32) {
                assert!(is_unsafe_char(c), "{:?}", c);
            }
        }
        for c in ['é', 'ß', '€', '«', 'א', '中', '😀', '\u{301}', '\u{a0}'] {
            assert!(!is_unsafe_char(c), "{:?}", c);
        }
    }

    fn scrub_pieces(chunks: &[&str]) -> String {
        let mut s = Scrubber::default();
        let mut out = String::new();
        for chunk in chunks {
            let _ = s.scrub(chunk, |p| {
                match p {
                    Piece::Keep(t) => out.push_str(t),
                    Piece::Unsafe(c) => out.push_str(&format!("<{:x}>", u32::from(c))),
                }
                Ok::<(), ()>(())
            });
        }
        out
    }

    #[test]
    fn the_scrubber_limits_marks_across_pieces() {
        let flood = format!("a{}b", "\u{301}".repeat(50));
        let once = scrubbed(&flood);
        assert_eq!(once, format!("a{}b", "\u{301}".repeat(MAX_MARKS)));
        assert_eq!(scrubbed(&once), once, "idempotent");
        // Split anywhere, the same marks are kept.
        let marks = "\u{301}".repeat(3);
        let split = scrub_pieces(&["xa", &marks, &marks, "\n", &marks]);
        assert_eq!(
            split,
            format!("xa{}{}<301><301>\n{marks}", marks, "\u{301}")
        );
        // A dropped char does not start a new run.
        assert_eq!(
            scrubbed("e\u{301}\u{301}\u{301}\u{200d}\u{301}\u{301}"),
            "e\u{301}\u{301}\u{301}\u{301}"
        );
        // Real writing passes whole: Hebrew with points and cantillation.
        let hebrew = "בְּרֵאשִׁ֖ית";
        assert_eq!(scrubbed(hebrew), hebrew);
    }

    #[test]
    fn the_scrubber_drops_controls_and_keeps_newlines() {
        let hostile = "id\u{1b}]52;c;eA==\u{7}\u{9b}31m\u{202e}x\ty\r\nz\u{e0100}\u{2800}";
        assert_eq!(scrubbed(hostile), "id]52;c;eA==31mx y\nz");
        assert_eq!(
            scrub_pieces(&["a\u{1b}[2J"]),
            "a<1b>[2J",
            "the piece says what was cut"
        );
        assert!(matches!(scrubbed("Sécurité « ok »\n"), Cow::Borrowed(_)));
        assert_eq!(visible("a\u{1b}]0;t\u{7}\nb"), "a\\u{1b}]0;t\\u{7}\nb");
    }

    #[test]
    fn cleaning_removes_escapes_and_bidi_and_is_idempotent() {
        let hostile = "a\u{1b}]0;pwned\u{7}b\u{202e}c\u{200b}d\u{feff}e\u{9b}31mf\tg\nh";
        let once = clean(hostile, false);
        assert_eq!(once, "a]0;pwnedbcde31mf g h");
        assert_eq!(clean(&once, false), once);
        assert_eq!(clean("x\ny", true), "x\ny");
        assert!(!once.chars().any(is_unsafe_char));
    }
}
