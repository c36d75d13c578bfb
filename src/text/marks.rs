//! Quotation marks in the typography of the quote's own language: « » with
//! narrow no-break spaces for French, “ ” for English, „ “ for German. Knows
//! nothing of datasets: callers pass the language their source declares.

/// French guillemets hold the quote at a narrow no-break space (U+202F), as
/// French typography sets them; the space never lets a line break there.
const FRENCH: (&str, &str) = ("«\u{202f}", "\u{202f}»");
const ENGLISH: (&str, &str) = ("“", "”");
const GERMAN: (&str, &str) = ("„", "“");

/// A quote ready to be drawn: its opening mark, its words without the
/// punctuation that belongs to the sentence around it, its closing mark.
/// Callers that escape text (Markdown, HTML) escape only [`Quoted::text`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Quoted<'a> {
    pub open: &'static str,
    pub text: &'a str,
    pub close: &'static str,
}

impl std::fmt::Display for Quoted<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}{}{}", self.open, self.text, self.close)
    }
}

/// `text` in the marks of its language. `declared` is the source's language
/// (`fr`, `en-GB`, …); a quote whose own words clearly say otherwise (an
/// English statement relayed by a French outlet) gets the marks of its words.
pub fn quote<'a>(text: &'a str, declared: &str) -> Quoted<'a> {
    let lang = spoken_in(text).unwrap_or_else(|| primary(declared));
    let (open, close) = match lang {
        "fr" => FRENCH,
        "de" => GERMAN,
        _ => ENGLISH,
    };
    Quoted {
        open,
        text: without_sentence_punctuation(text),
        close,
    }
}

/// `text` quoted as one string: see [`quote`].
pub fn quoted(text: &str, declared: &str) -> String {
    quote(text, declared).to_string()
}

/// `en` of `en-GB`, in any case; French when nothing is declared, as the
/// built-in datasets are.
fn primary(declared: &str) -> &'static str {
    let code = declared.split(['-', '_']).next().unwrap_or("").trim();
    if code.eq_ignore_ascii_case("en") {
        "en"
    } else if code.eq_ignore_ascii_case("de") {
        "de"
    } else {
        "fr"
    }
}

/// The little words that tell a quote's language: two to five ASCII letters,
/// lower case (one place to add one).
const LITTLE_WORDS: [(&str, &[&str]); 3] = [
    (
        "fr",
        &[
            "le", "la", "les", "des", "est", "une", "du", "et", "que", "pour", "nous",
        ],
    ),
    (
        "en",
        &[
            "the", "and", "is", "of", "to", "was", "that", "we", "this", "will",
        ],
    ),
    (
        "de",
        &["der", "die", "das", "und", "ist", "nicht", "wir", "mit"],
    ),
];

/// A word of two to five ASCII letters as a number: its lowered bytes, the
/// first lowest. Zero stands for no word, and no word is zero.
const fn word_key(bytes: &[u8]) -> u64 {
    let mut key = 0;
    let mut i = 0;
    while i < bytes.len() {
        key |= ((bytes[i] | 0x20) as u64) << (8 * i);
        i += 1;
    }
    key
}

/// The little words in 64 slots, found by a multiplication: a word's slot is
/// the top six bits of its key times [`SLOTS`]`.0`, chosen, when this is
/// compiled, as the first of a series of odd numbers that gives every little
/// word a slot of its own. Each slot holds its word's key and language (by
/// index in [`LITTLE_WORDS`]), so a word is looked up with one
/// multiplication and one comparison, without a branch per word to mispredict.
const SLOTS: (u64, [(u64, usize); 64]) = slots();

const fn slots() -> (u64, [(u64, usize); 64]) {
    let mut m = 1u64;
    'multiplier: loop {
        let multiplier = m.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
        let mut table = [(0u64, 0usize); 64];
        let mut lang = 0;
        while lang < LITTLE_WORDS.len() {
            let words = LITTLE_WORDS[lang].1;
            let mut w = 0;
            while w < words.len() {
                let key = word_key(words[w].as_bytes());
                let slot = (key.wrapping_mul(multiplier) >> 58) as usize;
                if table[slot].0 != 0 {
                    m += 1;
                    continue 'multiplier;
                }
                table[slot] = (key, lang);
                w += 1;
            }
            lang += 1;
        }
        return (multiplier, table);
    }
}

/// One bit a byte of `chunk` (eight bytes, the first lowest): set where the
/// byte is an ASCII letter. Eight bytes are classed at once: lowered, each
/// byte's high bit is then set by an addition where it is at least `a`, and
/// by another where it is past `z` (no byte carries into the next, as all
/// are below 0x80 when added to); bytes of non-ASCII chars are left out.
fn ascii_letters(chunk: u64) -> u64 {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let low = (chunk | 0x2020_2020_2020_2020) & !HIGH;
    let from_a = low + 0x1f1f_1f1f_1f1f_1f1f;
    let past_z = low + 0x0505_0505_0505_0505;
    let high = from_a & !past_z & !chunk & HIGH;
    // Each byte's high bit to bit `i` of the result for byte `i`.
    (high >> 7).wrapping_mul(0x0102_0408_1020_4080) >> 56
}

/// The language a quote's words clearly are in, counted on the most common
/// little words; `None` when there are too few of them to tell or they
/// disagree, so the declared language decides.
///
/// Words are runs of alphabetic chars, and only words of ASCII letters count:
/// each is a run of ASCII letters whose neighbours are not alphabetic. The
/// text is classed 64 bytes at a time into one bit a byte, and the runs are
/// read off where the bits change: reading it a byte at a time, with a
/// branch per byte and per word, was a third of a table of a million quotes.
/// Only a char next to a run is decoded (`é` joins a word, `’` ends one).
/// `spoken_in_by_chars`, in the tests, is the plain reading it must agree with.
fn spoken_in(text: &str) -> Option<&'static str> {
    let bytes = text.as_bytes();
    let mut counts = [0i32; LITTLE_WORDS.len()];
    let mut word = |start: usize, end: usize| {
        if !(2..=5).contains(&(end - start)) {
            return;
        }
        // Cut at ASCII bytes, so at char boundaries.
        let before = text.get(..start).and_then(|t| t.chars().next_back());
        let after = text.get(end..).and_then(|t| t.chars().next());
        if before.is_some_and(char::is_alphabetic) || after.is_some_and(char::is_alphabetic) {
            return;
        }
        let key = word_key(&bytes[start..end]);
        let (found, lang) = SLOTS.1[(key.wrapping_mul(SLOTS.0) >> 58) as usize];
        counts[lang] += i32::from(found == key);
    };
    let mut start = 0;
    let mut was_letter = 0u64;
    // One block past the end, so that a word ending the text ends in it.
    for base in (0..=bytes.len()).step_by(64) {
        let mut block = [0u8; 64];
        let part = &bytes[base..(base + 64).min(bytes.len())];
        block[..part.len()].copy_from_slice(part);
        let mut letters = 0u64;
        for (i, chunk) in block.chunks_exact(8).enumerate() {
            let chunk = u64::from_le_bytes(chunk.try_into().unwrap_or_default());
            letters |= ascii_letters(chunk) << (8 * i);
        }
        let mut changes = letters ^ ((letters << 1) | was_letter);
        was_letter = letters >> 63;
        while changes != 0 {
            let at = changes.trailing_zeros() as usize;
            changes &= changes - 1;
            if letters >> at & 1 == 1 {
                start = base + at;
            } else {
                word(start, base + at);
            }
        }
    }
    let counts = [("fr", counts[0]), ("en", counts[1]), ("de", counts[2])];
    let (lang, best) = counts.iter().copied().max_by_key(|&(_, n)| n)?;
    let others: i32 = counts.iter().map(|&(_, n)| n).sum::<i32>() - best;
    (best >= 2 && best > 2 * others).then_some(lang)
}

/// `text` without the trailing comma, semicolon or colon (and the spaces
/// around them) that belong to the sentence the quote was cut from. A full
/// stop, question or exclamation mark or ellipsis is the quote's own.
fn without_sentence_punctuation(text: &str) -> &str {
    text.trim_end_matches(|c: char| matches!(c, ',' | ';' | ':') || c.is_whitespace())
        .trim_start()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_follow_the_language_of_the_source() {
        assert_eq!(
            quoted("c’est l’heure de l’Europe.", "fr"),
            "«\u{202f}c’est l’heure de l’Europe.\u{202f}»"
        );
        assert_eq!(quoted("We stand ready", "en"), "“We stand ready”");
        assert_eq!(quoted("We stand ready", "EN-gb"), "“We stand ready”");
        assert_eq!(quoted("Wir stehen bereit", "de"), "„Wir stehen bereit“");
        // Nothing declared: the built-in datasets are French.
        assert_eq!(
            quoted("très importante", ""),
            "«\u{202f}très importante\u{202f}»"
        );
    }

    #[test]
    fn an_english_quote_in_a_french_source_gets_english_marks_without_the_comma() {
        // The example of the issue: wrong marks, and a comma that is the
        // reporter's, not the speaker's.
        let q = "This is the only way to make sure that the peace will hold …,";
        assert_eq!(
            quoted(q, "fr"),
            "“This is the only way to make sure that the peace will hold …”"
        );
        // And a French quote in an English source keeps its guillemets.
        let q = "Nous avons besoin d’une solution pour la sécurité de l’Europe";
        assert!(quoted(q, "en").starts_with("«\u{202f}Nous"));
    }

    #[test]
    fn only_the_sentences_punctuation_goes() {
        for (text, kept) in [
            ("la paix ,", "la paix"),
            ("la paix;  ", "la paix"),
            ("la paix :", "la paix"),
            ("  la paix", "la paix"),
            ("la paix.", "la paix."),
            ("la paix ?", "la paix ?"),
            ("la paix !", "la paix !"),
            ("la paix…", "la paix…"),
            (",", ""),
        ] {
            assert_eq!(quote(text, "fr").text, kept, "{text:?}");
        }
    }

    #[test]
    fn little_words_count_in_any_case_and_only_whole() {
        assert_eq!(spoken_in("THE Man AND the Sea"), Some("en"));
        assert_eq!(spoken_in("DIE Zeit UND die Welt"), Some("de"));
        assert_eq!(spoken_in("LES gens ET LES choses"), Some("fr"));
        // Longer words that begin with one, and non-ASCII look-alikes, do not count.
        assert_eq!(spoken_in("theory android island Ｔｈｅ ｔｈｅ"), None);
    }

    /// The reading by chars that [`spoken_in`] must agree with.
    fn spoken_in_by_chars(text: &str) -> Option<&'static str> {
        let (mut fr, mut en, mut de) = (0, 0, 0);
        for w in text.split(|c: char| !c.is_alphabetic()) {
            match w.to_lowercase().as_str() {
                "le" | "la" | "les" | "des" | "est" | "une" | "du" | "et" | "que" | "pour"
                | "nous" => fr += 1,
                "the" | "and" | "is" | "of" | "to" | "was" | "that" | "we" | "this" | "will" => {
                    en += 1
                }
                "der" | "die" | "das" | "und" | "ist" | "nicht" | "wir" | "mit" => de += 1,
                _ => {}
            }
        }
        let counts = [("fr", fr), ("en", en), ("de", de)];
        let (lang, best) = counts.iter().copied().max_by_key(|&(_, n)| n)?;
        let others: i32 = counts.iter().map(|&(_, n)| n).sum::<i32>() - best;
        (best >= 2 && best > 2 * others).then_some(lang)
    }

    proptest::proptest! {
        #[test]
        fn the_byte_reading_counts_the_words_a_char_reading_counts(
            words in proptest::collection::vec(
                "(?i)(le|la|des|est|the|and|is|der|und|nicht|l|c|été|éthe|kthe|x|wazy|z|AZ)", 0..40),
            seps in proptest::collection::vec("[ ,.’'«»\u{202f}1é@\\[`{\t-]{0,2}", 40),
        ) {
            let text: String = words.iter().zip(&seps).map(|(w, s)| format!("{w}{s}")).collect();
            proptest::prop_assert_eq!(spoken_in(&text), spoken_in_by_chars(&text), "{:?}", text);
        }
    }

    proptest::proptest! {
        #[test]
        fn eight_bytes_are_classed_as_one_at_a_time(bytes in proptest::array::uniform8(0u8..)) {
            let want = bytes
                .iter()
                .enumerate()
                .fold(0, |m, (i, b)| m | (u64::from(b.is_ascii_alphabetic()) << i));
            proptest::prop_assert_eq!(ascii_letters(u64::from_le_bytes(bytes)), want);
        }
    }

    #[test]
    fn every_byte_is_classed_in_every_place() {
        for b in 0..=255u8 {
            for at in 0..8 {
                let mut bytes = [b'a', 0xc3, b'Z', b' ', 0xff, b'{', b'`', b'@'];
                bytes[at] = b;
                let want = bytes
                    .iter()
                    .enumerate()
                    .fold(0, |m, (i, b)| m | (u64::from(b.is_ascii_alphabetic()) << i));
                assert_eq!(
                    ascii_letters(u64::from_le_bytes(bytes)),
                    want,
                    "{b:#x} at {at}"
                );
            }
        }
    }

    #[test]
    fn declared_languages_are_read_in_any_case() {
        for (declared, lang) in [
            ("en", "en"),
            ("EN-gb", "en"),
            (" de_AT", "de"),
            ("", "fr"),
            ("es", "fr"),
        ] {
            assert_eq!(primary(declared), lang, "{declared:?}");
        }
    }

    #[test]
    fn too_few_little_words_leave_the_declared_language() {
        assert_eq!(spoken_in("très importante"), None);
        assert_eq!(spoken_in("the"), None);
        // Mixed evidence: neither wins clearly.
        assert_eq!(spoken_in("the peace and la paix et les"), None);
        assert_eq!(spoken_in("the peace and the war"), Some("en"));
    }
}
