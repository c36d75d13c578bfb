//! Headlines in title case ("WikiLeaks Holds Off Posting Secret Military
//! Reports"), where capitals say nothing of names.

use crate::import::segment::{Article, Kind, Token};

/// For each token, whether it is in a heading written in title case: four
/// words or more, and every word of four letters or more capitalised.
pub(super) fn title_case_headings(article: &Article) -> Vec<bool> {
    const LONG: usize = 4;
    const WORDS: usize = 4;
    let mut out = vec![false; article.tokens.len()];
    for sentence in &article.sentences {
        if !article.paragraphs[sentence.paragraph].heading {
            continue;
        }
        let words: Vec<&Token> = article.tokens[sentence.tokens.clone()]
            .iter()
            .filter(|t| t.kind == Kind::Word && t.quote.is_none())
            .collect();
        let mut long = words.iter().filter(|t| t.text.chars().count() >= LONG);
        if words.len() >= WORDS && long.clone().count() >= 2 && long.all(|t| t.capitalised()) {
            out[sentence.tokens.clone()]
                .iter_mut()
                .for_each(|o| *o = true);
        }
    }
    out
}
