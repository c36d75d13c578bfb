//! Labels in quotation marks (« coalition des volontaires ») told apart from
//! speech: what is quoted is a name for something, not words someone said.

use super::lexicon::{
    has_adjective_ending, is_auxiliary, is_complement_link, is_coordinator, is_copula,
    is_determiner, is_function_word, is_label_intensifier, is_label_lead, is_person_pronoun,
    is_saying_verb,
};
use super::segment::{Article, Kind};
use crate::text::fold_key;
use std::collections::HashMap;

/// How often each quoted text (folded) occurs, counted once, in headings and
/// in the body apart: a headline quoting words said once again in the body is
/// speech quoted twice, not a label; a name quoted in two headings, or twice
/// in the body, is a label wherever it stands.
pub struct QuotedTexts(HashMap<(bool, String), usize>);

impl QuotedTexts {
    pub fn new(a: &Article) -> QuotedTexts {
        let mut counts = HashMap::new();
        for q in &a.quotations {
            let heading = a.paragraphs[q.paragraph].heading;
            *counts
                .entry((heading, fold_key(&a.text(q.inner.clone()))))
                .or_insert(0) += 1;
        }
        QuotedTexts(counts)
    }

    /// The most times the text is quoted in headings, or in the body.
    fn count(&self, text: &str) -> usize {
        let key = fold_key(text);
        [true, false]
            .into_iter()
            .map(|h| self.0.get(&(h, key.clone())).copied().unwrap_or(0))
            .max()
            .unwrap_or(0)
    }
}

pub fn is_label(a: &Article, q: usize, quoted: &QuotedTexts) -> bool {
    let quote = &a.quotations[q];
    // Only the quotation's own tokens: scanning the whole article for each
    // quotation made long articles quadratic.
    let words: Vec<&str> = a.tokens[quote.open_token..]
        .iter()
        .take_while(|t| t.start < quote.inner.end)
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
        || is_label_intensifier(words[0])
        || a.text(quote.inner.clone())
            .ends_with(['.', '!', '?', '…', ','])
    {
        return false;
    }
    let repeated = quoted.count(&a.text(quote.inner.clone())) > 1;
    let w = |i: usize| a.tokens.get(i).filter(|t| t.kind == Kind::Word);
    let before = quote.open_token.checked_sub(1).and_then(w);
    let adjective = has_adjective_ending;
    let after_article = match before {
        Some(t) if is_determiner(&t.key) => true,
        Some(t) if adjective(&t.key) => quote
            .open_token
            .checked_sub(2)
            .and_then(w)
            .is_some_and(|d| is_determiner(&d.key)),
        _ => false,
    };
    if repeated || glossed(a, q) || modifies_a_noun(a, q, after_article) {
        return true;
    }
    let led = before.is_some_and(|t| is_label_lead(&t.key));
    let after_article = after_article || led;
    if after_article && says_of_it(a, quote.open_token) {
        return false;
    }
    if let Some(label) = coordinated(a, q, quoted) {
        return label;
    }
    after_article
}

/// Short quoted words in brackets right after a word ("MDMA (“ecstasy”)"):
/// another name for it.
fn glossed(a: &Article, q: usize) -> bool {
    let quote = &a.quotations[q];
    let Some(close) = quote.close_token else {
        return false;
    };
    let open_bracket = quote
        .open_token
        .checked_sub(1)
        .is_some_and(|b| a.tokens[b].is('('));
    open_bracket && a.tokens.get(close + 1).is_some_and(|t| t.is(')'))
}

/// Short quoted words after an article or a possessive and right before a
/// lower-case word that is no verb of saying, pronoun or linking word ("his
/// “one big, beautiful” reconciliation bill"): they qualify that noun.
fn modifies_a_noun(a: &Article, q: usize, after_article: bool) -> bool {
    let quote = &a.quotations[q];
    let Some(close) = quote.close_token else {
        return false;
    };
    let before = quote.open_token.checked_sub(1).map(|b| &a.tokens[b]);
    let led = after_article || before.is_some_and(|t| is_label_lead(&t.key));
    led && a.tokens.get(close + 1).is_some_and(|t| {
        t.kind == Kind::Word
            && !t.capitalised()
            && !t.inverted
            && !is_function_word(&t.key)
            && !is_person_pronoun(&t.key)
            && !is_saying_verb(&t.key)
            && !is_auxiliary(&t.key)
            && !is_coordinator(&t.key)
            && !is_copula(&t.key)
    })
}

/// Whether the article before the quotation at token `open` is the object of
/// a verb of saying ("a évoqué le « mouvement inédit »") or a predicate after
/// "être" ("la situation est d'une « extrême complexité »"): the quoted words
/// say something, they do not name a thing.
fn says_of_it(a: &Article, open: usize) -> bool {
    // Back over the determiner and a linking "de" ("est d'une").
    let mut i = open;
    for _ in 0..2 {
        match i.checked_sub(1).map(|j| &a.tokens[j]) {
            Some(t)
                if t.kind == Kind::Word
                    && (is_determiner(&t.key) || is_complement_link(&t.key)) =>
            {
                i -= 1;
            }
            _ => break,
        }
    }
    i.checked_sub(1).map(|j| &a.tokens[j]).is_some_and(|t| {
        t.kind == Kind::Word && t.quote.is_none() && (is_saying_verb(&t.key) || is_copula(&t.key))
    })
}

/// Quoted words joined by "et", "and" to the quotation just before in the same
/// sentence ("saluaient « une femme remarquable » et un « signe positif »") are
/// what it is: both speech, or both labels.
fn coordinated(a: &Article, q: usize, quoted: &QuotedTexts) -> Option<bool> {
    let prev = q.checked_sub(1)?;
    let (p, quote) = (&a.quotations[prev], &a.quotations[q]);
    let close = p.close_token?;
    // A quotation nested in the one before is inside it, not joined to it.
    if p.sentence != quote.sentence || close >= quote.open_token {
        return None;
    }
    let between = &a.tokens[close + 1..quote.open_token];
    let joined = between.first().is_some_and(|t| is_coordinator(&t.key))
        && between
            .iter()
            .skip(1)
            .all(|t| t.kind == Kind::Word && is_determiner(&t.key));
    joined.then(|| is_label(a, prev, quoted))
}
