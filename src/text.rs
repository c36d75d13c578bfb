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

mod cleaned;
pub mod marks;
mod printable;
mod safe;
pub use cleaned::Cleaned;
pub use safe::{MAX_MARKS, Piece, Scrubber, clean, is_clean, is_unsafe_char, scrubbed, visible};

/// Strings made to break a writer, for the tests of every way text reaches
/// output: each character up to U+3000 and the tag block, floods of marks,
/// escape sequences, quotes and backslashes.
#[cfg(test)]
pub(crate) fn hostile_samples() -> Vec<String> {
    let mut all: Vec<String> = (0..=0x3000u32)
        .chain(0xe0000..0xe0200)
        .chain([0xfeff, 0xfff9, 0x1d173, 0x13430, 0x110bd])
        .filter_map(char::from_u32)
        .map(|c| format!("a{c}b{c}"))
        .collect();
    all.push(format!("a{}", "\u{301}".repeat(40)));
    all.push("\u{301}".repeat(40));
    all.push(format!(
        "\u{1b}]52;c;eA==\u{7}\t{}\u{202e}\n\u{301}\u{301}\"\\",
        "\u{301}".repeat(9)
    ));
    all.push("Sécurité « l’Europe » \"doit\"".to_string());
    all.push(String::new());
    all
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
