//! Labels in quotation marks (« coalition des volontaires ») told apart from
//! speech: what is quoted is a name for something, not words someone said.

use super::lexicon::is_determiner;
use super::segment::{Article, Kind};
use crate::text::fold_key;

/// Words in quotation marks that name something rather than report speech:
/// short, with no verb of saying after them, and either quoted more than
/// once or right after an article ("la « coalition des volontaires »").
pub fn is_label(a: &Article, q: usize) -> bool {
    let quote = &a.quotations[q];
    let words: Vec<&str> = a
        .tokens
        .iter()
        .filter(|t| {
            t.kind == Kind::Word
                && t.quote == Some(q)
                && t.start >= quote.inner.start
                && t.end <= quote.inner.end
        })
        .map(|t| t.key.as_str())
        .collect();
    if words.is_empty() {
        return true;
    }
    if words.len() > 6
        || matches!(
            words[0],
            "tres"
                | "trop"
                | "plus"
                | "assez"
                | "si"
                | "vraiment"
                | "extremement"
                | "particulierement"
                | "totalement"
                | "very"
                | "too"
                | "so"
                | "deeply"
        )
        || a.text(quote.inner.clone()).ends_with(['.', '!', '?', '…'])
    {
        return false;
    }
    let text = fold_key(&a.text(quote.inner.clone()));
    let repeated = a
        .quotations
        .iter()
        .enumerate()
        .any(|(i, o)| i != q && fold_key(&a.text(o.inner.clone())) == text);
    let w = |i: usize| a.tokens.get(i).filter(|t| t.kind == Kind::Word);
    let before = quote.open_token.checked_sub(1).and_then(w);
    let adjective = |k: &str| {
        [
            "elle",
            "el",
            "ive",
            "if",
            "ale",
            "al",
            "ique",
            "aire",
            "euse",
            "eux",
            "ible",
            "able",
            "new",
            "so-called",
        ]
        .iter()
        .any(|s| k.ends_with(s))
    };
    let after_article = match before {
        Some(t) if is_determiner(&t.key) => true,
        Some(t) if adjective(&t.key) => quote
            .open_token
            .checked_sub(2)
            .and_then(w)
            .is_some_and(|d| is_determiner(&d.key)),
        _ => false,
    };
    repeated || after_article
}
