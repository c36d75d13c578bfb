//! Tests of the search line parser: every token, and every bad one told.

use super::*;

fn tokens(line: &str) -> Vec<Token> {
    let p = parse(line);
    assert!(p.problems.is_empty(), "{line}: {:?}", p.problems);
    p.tokens
}

fn problem(line: &str) -> String {
    let p = parse(line);
    assert_eq!(p.problems.len(), 1, "{line}: {:?}", p.problems);
    p.problems[0].to_string()
}

fn word(w: &str) -> Token {
    Token::Word(w.into())
}

#[test]
fn plain_words_stay_words() {
    assert_eq!(
        tokens("  ground  troops "),
        [word("ground"), word("troops")]
    );
    assert_eq!(tokens(""), []);
    // A colon that is no key is part of a word, and so is a dash inside.
    assert_eq!(
        tokens("12:30 kosiniak-kamysz"),
        [word("12:30"), word("kosiniak-kamysz")]
    );
    assert_eq!(tokens("https://x.eu"), [word("https://x.eu")]);
}

#[test]
fn every_key_is_read_with_its_value() {
    let d = |s: &str| parse_human(s).unwrap();
    assert_eq!(
        tokens("actor:masala country:DE after:2025-03 before:2025-08-15 source:politico"),
        [
            Token::Actor("masala".into()),
            Token::Country("DE".into()),
            Token::After(d("2025-03")),
            Token::Before(d("2025-08-15")),
            Token::Source("politico".into()),
        ]
    );
    // Keys in any case; a value in quotes may hold spaces.
    assert_eq!(
        tokens("Actor:\"carlo masala\" after:\"aug 2025\""),
        [
            Token::Actor("carlo masala".into()),
            Token::After(d("aug 2025"))
        ]
    );
}

#[test]
fn phrases_and_exclusions() {
    assert_eq!(
        tokens("\"position de force\" -trump troops"),
        [
            Token::Phrase("position de force".into()),
            Token::Exclude("trump".into()),
            word("troops"),
        ]
    );
    // An empty phrase is nothing.
    assert_eq!(tokens("\"\" x"), [word("x")]);
}

#[test]
fn bad_tokens_are_told_and_the_rest_kept() {
    let p = parse("after:tomorrow troops");
    assert_eq!(p.tokens, [word("troops")]);
    assert_eq!(
        p.problems[0].to_string(),
        "`after:tomorrow`: not a date; try after:2025-03 or after:\"15 aug 2025\""
    );
    assert!(problem("actor:").contains("`actor:` needs a value after it, as in actor:masala"));
    assert!(problem("country: de").contains("as in country:de"));
    assert!(problem("before:2025-13").contains("not a date"));
    assert!(problem("-").contains("needs a word after it"));
    assert!(problem("-actor:masala").contains("cannot be left out"));
    assert!(problem("-\"a b\"").contains("one word at a time"));
    assert!(problem("actr:masala").contains("did you mean actor:?"));
    assert!(problem("Contry:de").contains("did you mean country:?"));
    assert!(problem("befor:2025").contains("did you mean before:?"));
}

#[test]
fn an_unclosed_quote_is_told_and_searched_as_words() {
    let p = parse("troops \"exact phr");
    assert_eq!(p.tokens, [word("troops"), word("exact phr")]);
    assert!(
        p.problems[0]
            .to_string()
            .contains("the quote is not closed")
    );
    assert_eq!(p.ranked_text(), "troops exact phr");
}

#[test]
fn pieces_know_where_they_are() {
    let line = "ab actor:\"carlo ma";
    let p = pieces(line);
    assert_eq!(p.len(), 2);
    assert_eq!(p[1].span, 3..line.len());
    assert_eq!(
        (p[1].key, p[1].value, p[1].open),
        (Some("actor"), "carlo ma", true)
    );
}

#[test]
fn nothing_typed_panics_the_parser() {
    for line in [
        "\"",
        "-\"",
        "actor:\"",
        ":",
        "a:\"b",
        "é:ü",
        "-:",
        "after:\"\"",
        "\u{0}",
    ] {
        let _ = parse(line);
        let _ = pieces(line);
    }
}
