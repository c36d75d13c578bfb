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

/// The language a quote's words clearly are in, counted on the most common
/// little words; `None` when there are too few of them to tell or they
/// disagree, so the declared language decides.
fn spoken_in(text: &str) -> Option<&'static str> {
    let (mut fr, mut en, mut de) = (0, 0, 0);
    let mut count = |w: &str| {
        // The little words are two to five ASCII letters, so only such words
        // are lowered, on the stack: lowering every word of every quote was
        // a fifth of a table of a million quotes. No other word lowers to one
        // of them (the one non-ASCII letter that lowers to ASCII, the Kelvin
        // sign, lowers to a `k`).
        if !(2..=5).contains(&w.len()) || !w.is_ascii() {
            return;
        }
        let mut low = [0u8; 5];
        let low = &mut low[..w.len()];
        low.copy_from_slice(w.as_bytes());
        low.make_ascii_lowercase();
        match &*low {
            b"le" | b"la" | b"les" | b"des" | b"est" | b"une" | b"du" | b"et" | b"que"
            | b"pour" | b"nous" => fr += 1,
            b"the" | b"and" | b"is" | b"of" | b"to" | b"was" | b"that" | b"we" | b"this"
            | b"will" => en += 1,
            b"der" | b"die" | b"das" | b"und" | b"ist" | b"nicht" | b"wir" | b"mit" => de += 1,
            _ => {}
        }
    };
    // Words are runs of alphabetic chars, and only words of ASCII letters
    // count: each is a run of ASCII letters whose neighbours are not
    // alphabetic. The text is read byte by byte, and only a char next to
    // such a run is decoded (`é` joins a word, `’` ends one): decoding
    // every char of every quote was a sixth of a table of a million.
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_alphabetic() {
            i += 1;
            continue;
        }
        let start = i;
        while bytes.get(i).is_some_and(u8::is_ascii_alphabetic) {
            i += 1;
        }
        if !(2..=5).contains(&(i - start)) {
            continue;
        }
        // Cut at ASCII bytes, so at char boundaries.
        let before = text.get(..start).and_then(|t| t.chars().next_back());
        let after = text.get(i..).and_then(|t| t.chars().next());
        if before.is_some_and(char::is_alphabetic) || after.is_some_and(char::is_alphabetic) {
            continue;
        }
        count(text.get(start..i).unwrap_or_default());
    }
    let counts = [("fr", fr), ("en", en), ("de", de)];
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
                "(?i)(le|la|des|est|the|and|is|der|und|nicht|l|c|été|éthe|kthe|x)", 0..12),
            seps in proptest::collection::vec("[ ,.’'«»\u{202f}1é-]{0,2}", 12),
        ) {
            let text: String = words.iter().zip(&seps).map(|(w, s)| format!("{w}{s}")).collect();
            proptest::prop_assert_eq!(spoken_in(&text), spoken_in_by_chars(&text), "{:?}", text);
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
