//! Runs of printable ASCII, eight bytes at a time: most of what newsline
//! writes and loads is such text, and the checks for unsafe chars
//! ([`super::safe`]) skip it this way instead of looking up each byte.

const ONES: u64 = u64::from_le_bytes([0x01; 8]);
const HIGHS: u64 = u64::from_le_bytes([0x80; 8]);

/// Whether the eight bytes of `x` are all printable ASCII (0x20 to 0x7e).
/// Bit tricks, exact for "is there such a byte": a byte of 0x80 or more has
/// its high bit; one under 0x20 borrows when 0x20 is taken from it; DEL is
/// a zero byte once xored with 0x7f.
fn all_printable(x: u64) -> bool {
    let high = x & HIGHS;
    let low = x.wrapping_sub(ONES * 0x20) & !x & HIGHS;
    let del = x ^ (ONES * 0x7f);
    let del = del.wrapping_sub(ONES) & !del & HIGHS;
    high | low | del == 0
}

/// How many bytes of `bytes`, from the start, are known printable ASCII:
/// a multiple of eight, stopping before the first eight that hold anything
/// else (the bytes after it may be printable too: this only skips).
pub(super) fn printable_prefix(bytes: &[u8]) -> usize {
    let mut n = 0;
    for chunk in bytes.chunks_exact(8) {
        let mut word = [0; 8];
        word.copy_from_slice(chunk);
        if !all_printable(u64::from_le_bytes(word)) {
            break;
        }
        n += 8;
    }
    n
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::{MAX_MARKS, is_clean, is_unsafe_char, scrubbed};
    use proptest::prelude::*;
    use unicode_normalization::char::is_combining_mark;

    #[test]
    fn every_byte_is_told_apart_in_every_place() {
        for b in 0..=255u8 {
            for at in 0..8 {
                let mut word = [b'a'; 8];
                word[at] = b;
                let printable = (0x20..0x7f).contains(&b);
                assert_eq!(
                    all_printable(u64::from_le_bytes(word)),
                    printable,
                    "{b:#x} at {at}"
                );
                // Next to the extremes, where a borrow could spill.
                for other in [0x20, 0x7e, 0x00, 0xff, 0x1f, 0x80] {
                    let mut word = [other; 8];
                    word[at] = b;
                    let want = printable && (0x20..0x7f).contains(&other);
                    assert_eq!(
                        all_printable(u64::from_le_bytes(word)),
                        want,
                        "{b:#x} among {other:#x}"
                    );
                }
            }
        }
    }

    /// What the byte scans must say, char by char.
    fn clean_by_chars(s: &str) -> bool {
        !s.chars()
            .any(|c| c == '\t' || c == '\n' || is_unsafe_char(c))
    }

    fn plain_by_chars(s: &str) -> bool {
        let mut marks = 0;
        for c in s.chars() {
            if c == '\t' || (c != '\n' && is_unsafe_char(c)) {
                return false;
            }
            marks = if is_combining_mark(c) { marks + 1 } else { 0 };
            if marks > MAX_MARKS {
                return false;
            }
        }
        true
    }

    proptest! {
        #[test]
        fn the_scans_say_what_a_char_by_char_reading_says(
            s in "[a-z ]{0,20}([\\u{0}-\\u{7f}é€😀\\u{301}\\u{202e}\\u{85}\\u{ad}][a-z ]{0,9}){0,6}"
        ) {
            prop_assert_eq!(is_clean(&s), clean_by_chars(&s), "{:?}", s);
            // Scrubbed text is borrowed exactly when nothing is to be done.
            let borrowed = matches!(scrubbed(&s), std::borrow::Cow::Borrowed(_));
            prop_assert_eq!(borrowed, plain_by_chars(&s), "{:?}", s);
        }
    }
}
