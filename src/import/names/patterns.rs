//! The names the importer knows before it reads an article: the reference
//! dataset's actors and every country, as patterns of folded words.

use crate::data::Dataset;
use crate::import::gazetteer::countries;
use crate::import::segment::{Article, Kind};
use std::sync::OnceLock;

/// A name to look for and what it stands for.
#[derive(Clone)]
pub(super) struct Pattern {
    pub(super) keys: Vec<String>,
    /// Acronyms ("UE", "US") match only in capitals, so "us" stays a pronoun.
    pub(super) exact: Option<Vec<String>>,
    /// Only with a capital first letter: "Turkey" the country, not the bird.
    pub(super) capital: bool,
    pub(super) target: Target,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(super) enum Target {
    Actor(usize),
    Country(usize),
}

fn pattern(name: &str, target: Target) -> Option<Pattern> {
    let a = Article::new(name);
    if a.tokens.iter().any(|t| t.kind != Kind::Word) || a.tokens.is_empty() {
        return None;
    }
    let acronym = name
        .chars()
        .filter(|c| c.is_alphabetic())
        .all(char::is_uppercase);
    Some(Pattern {
        keys: a.tokens.iter().map(|t| t.key.clone()).collect(),
        exact: acronym.then(|| a.tokens.iter().map(|t| t.text.clone()).collect()),
        capital: false,
        target,
    })
}

/// The reference dataset's names.
pub(super) fn actor_patterns(reference: Option<&Dataset>) -> Vec<Pattern> {
    let mut out = Vec::new();
    if let Some(ds) = reference {
        for (i, a) in ds.actors.iter().enumerate() {
            for name in std::iter::once(&a.name).chain(&a.aliases) {
                out.extend(pattern(name, Target::Actor(i)));
            }
        }
    }
    out
}

/// Every country's names, tokenised once: some 250 countries' names made
/// for every import would cost more than a short article's own reading.
pub(super) fn country_patterns() -> &'static [Pattern] {
    static COUNTRY_PATTERNS: OnceLock<Vec<Pattern>> = OnceLock::new();
    COUNTRY_PATTERNS.get_or_init(|| {
        let mut out = Vec::new();
        for (i, c) in countries().iter().enumerate() {
            for (n, capital) in &c.names {
                out.extend(pattern(n, Target::Country(i)).map(|p| Pattern {
                    capital: *capital,
                    ..p
                }));
            }
        }
        out
    })
}

/// An ISO name counts only capitalised and apart from other capitalised
/// words: "Tom Holland", "Patricia Scotland", "Kenya Moore" and "Cuba
/// Gooding" are people (a sentence's first word may be any word).
pub(super) fn iso_name_alone(article: &Article, i: usize, len: usize) -> bool {
    let tokens = &article.tokens;
    let word = |t: Option<&crate::import::segment::Token>| {
        t.is_some_and(|t| t.kind == Kind::Word && t.capitalised())
    };
    let starts_sentence = article
        .sentences
        .get(article.sentence_of(i))
        .is_some_and(|s| s.tokens.start == i);
    let before = i.checked_sub(1).and_then(|b| tokens.get(b));
    tokens[i].capitalised() && (starts_sentence || !word(before)) && !word(tokens.get(i + len))
}
