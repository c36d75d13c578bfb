//! Text helpers shared by loading, search and display: folding for accent- and
//! case-insensitive matching, word splitting, and cleaning of characters that must
//! never reach a terminal.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// Text folded for matching, with a map back to the original.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Folded {
    /// Lower case, accents removed, typographic apostrophes made plain.
    pub text: String,
    /// For each char of `text`, the index of the char of the original it came from.
    pub origin: Vec<usize>,
}

/// Folds `s` so that "Sécurité", "securite" and "SÉCURITÉ" are equal.
///
/// Ligatures are spelled out (œ → oe) because French writers and typists use both.
pub fn fold(s: &str) -> Folded {
    let mut text = String::with_capacity(s.len());
    let mut origin = Vec::with_capacity(s.len());
    for (i, c) in s.chars().enumerate() {
        if c.is_ascii() {
            text.push(c.to_ascii_lowercase());
            origin.push(i);
            continue;
        }
        let spelled: &str = match c {
            'œ' | 'Œ' => "oe",
            'æ' | 'Æ' => "ae",
            'ß' => "ss",
            // Letters with a stroke have no decomposition to strip.
            'ł' | 'Ł' => "l",
            'ø' | 'Ø' => "o",
            'đ' | 'Đ' => "d",
            '’' | '‘' | 'ʼ' | '`' => "'",
            _ => "",
        };
        if !spelled.is_empty() {
            for f in spelled.chars() {
                text.push(f);
                origin.push(i);
            }
            continue;
        }
        for base in std::iter::once(c).nfd().filter(|c| !is_combining_mark(*c)) {
            for lower in base.to_lowercase() {
                text.push(lower);
                origin.push(i);
            }
        }
    }
    Folded { text, origin }
}

/// Folds without keeping the map: for keys, comparisons and indexing.
pub fn fold_key(s: &str) -> String {
    if s.bytes().all(|b| b.is_ascii() && b != b'`') {
        return s.to_ascii_lowercase();
    }
    fold(s).text
}

/// A word of folded text: its chars are `start..end` of the folded text's chars.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Word<'a> {
    pub text: &'a str,
    /// Char index of the word's first char in the folded text.
    pub start: usize,
}

/// Splits folded text into words: runs of letters and digits.
pub fn words(folded: &str) -> impl Iterator<Item = Word<'_>> {
    let mut chars = folded.char_indices().enumerate().peekable();
    std::iter::from_fn(move || {
        // Skip separators.
        while let Some((_, (_, c))) = chars.peek() {
            if c.is_alphanumeric() {
                break;
            }
            chars.next();
        }
        let (start, (byte_start, _)) = chars.next()?;
        let mut byte_end = folded.len();
        while let Some((_, (b, c))) = chars.peek() {
            if !c.is_alphanumeric() {
                byte_end = *b;
                break;
            }
            chars.next();
        }
        Some(Word {
            text: &folded[byte_start..byte_end],
            start,
        })
    })
}

/// Whether a char must not be shown: controls (C0, C1, DEL), bidi overrides and
/// isolates, zero-width and other invisible format characters, the BOM.
///
/// Such chars let a dataset drive the terminal (escape sequences) or show text
/// other than what is there (a right-to-left override), so they are removed on load.
pub fn is_unsafe_char(c: char) -> bool {
    // Printable ASCII, the common case, first.
    if (' '..'\u{7f}').contains(&c) {
        return false;
    }
    matches!(c,
        '\u{0}'..='\u{8}' | '\u{b}'..='\u{1f}' | '\u{7f}'..='\u{9f}'
        | '\u{ad}'                         // soft hyphen
        | '\u{61c}'                        // Arabic letter mark
        | '\u{180e}'                       // Mongolian vowel separator
        | '\u{200b}'..='\u{200f}'          // zero-width chars, LRM, RLM
        | '\u{2028}'..='\u{202e}'          // line/paragraph separators, bidi embeddings and overrides
        | '\u{2060}'..='\u{206f}'          // word joiner, invisible operators, bidi isolates
        | '\u{feff}'                       // BOM, zero-width no-break space
        | '\u{fff9}'..='\u{fffb}'          // interlinear annotations
        | '\u{e0000}'..='\u{e007f}'        // tag characters
    )
}

/// Whether `s` has no unsafe char (see [`is_unsafe_char`]), tab or newline:
/// what [`clean`] leaves as it is. Read byte by byte: only chars whose first
/// byte is one of `UNSAFE_LEADS` are decoded, so accented text is not
/// decoded char by char (a tenth of loading a million quotes was this).
pub fn is_clean(s: &str) -> bool {
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        match BYTE_CLASS[usize::from(bytes[i])] {
            CLEAN => i += 1,
            LEAD => match s[i..].chars().next() {
                Some(c) if is_unsafe_char(c) => return false,
                Some(c) => i += c.len_utf8(),
                None => return true,
            },
            _ => return false,
        }
    }
    true
}

const CLEAN: u8 = 0;
const UNSAFE: u8 = 1;
const LEAD: u8 = 2;

/// The first bytes, in UTF-8, of the unsafe chars above U+007F (a test
/// checks every char against it).
const UNSAFE_LEADS: [u8; 6] = [0xc2, 0xd8, 0xe1, 0xe2, 0xef, 0xf3];

/// What each byte says, for [`is_clean`]: an unsafe char itself (ASCII
/// controls, tab, newline, DEL), the first byte of a char that may be unsafe,
/// or nothing to look at.
const BYTE_CLASS: [u8; 256] = {
    let mut class = [CLEAN; 256];
    let mut b = 0;
    while b < 0x20 {
        class[b] = UNSAFE;
        b += 1;
    }
    class[0x7f] = UNSAFE;
    let mut i = 0;
    while i < UNSAFE_LEADS.len() {
        class[UNSAFE_LEADS[i] as usize] = LEAD;
        i += 1;
    }
    class
};

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
    fn folds_accents_case_and_apostrophes() {
        assert_eq!(fold_key("Sécurité"), "securite");
        assert_eq!(fold_key("ÉTATS-UNIS"), "etats-unis");
        assert_eq!(fold_key("l’Europe"), "l'europe");
        assert_eq!(fold_key("œuvre Władysław"), "oeuvre wladyslaw");
        assert_eq!(fold_key("Kyïv"), "kyiv");
        assert_eq!(fold_key("Plain ASCII`"), fold("Plain ASCII`").text);
        assert_eq!(fold_key("Plain ASCII"), "plain ascii");
    }

    #[test]
    fn fold_maps_back_to_original_chars() {
        let f = fold("cœur é");
        assert_eq!(f.text, "coeur e");
        assert_eq!(f.origin, vec![0, 1, 1, 2, 3, 4, 5]);
    }

    #[test]
    fn splits_words_on_punctuation() {
        let f = fold("C’est l’heure de l’Europe.");
        let w: Vec<(&str, usize)> = words(&f.text).map(|w| (w.text, w.start)).collect();
        assert_eq!(
            w,
            [
                ("c", 0),
                ("est", 2),
                ("l", 6),
                ("heure", 8),
                ("de", 14),
                ("l", 17),
                ("europe", 19)
            ]
        );
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
