//! Organisations' names that run on through connectors ("Bank of England",
//! "Haute Autorité de l'Audiovisuel et de la Communication"): where such a
//! name goes on after a capitalised run, and whether a word ends one.

use super::in_title_chain;
use crate::import::lexicon::{
    is_coordinator, is_country_code_tail, is_determiner, is_function_word, is_organisation_head,
    is_organisation_tail, is_title_connector, is_title_word,
};
use crate::import::segment::{Article, Kind, Token};

/// The capitalised word an organisation's name goes on to after the run
/// `i..end`: when a word of the run is an organisation's head or last word
/// ("Office", "Banque", "Authority"), up to three lower-case connectors
/// ("for", "of the", "de l'", "et de la") lead to it. "and the" or "et la"
/// start another noun phrase, not the name's next part.
pub(super) fn organisation_goes_on(article: &Article, i: usize, end: usize) -> Option<usize> {
    const CONNECTORS: usize = 3;
    let tokens = &article.tokens;
    // Its last word is the head ("Office"), or a connector after a head is
    // already in it ("Court of Justice of the European Union"): "European
    // Commission Vice-President for Values" is a title, not a name.
    let head =
        |k: usize| is_organisation_head(&tokens[k].key) || is_organisation_tail(&tokens[k].key);
    let organisational = head(end - 1)
        || (i + 1..end)
            .any(|k| !tokens[k].capitalised() && is_title_connector(&tokens[k].key) && head(k - 1));
    // "Vice President of the European Commission for Values and
    // Transparency Vera Jourova": inside a title, the office goes on.
    if !organisational || in_title_chain(article, i) {
        return None;
    }
    let connector =
        |t: &Token| t.kind == Kind::Word && !t.capitalised() && is_title_connector(&t.key);
    let mut k = end;
    while k < tokens.len() && k - end < CONNECTORS && connector(&tokens[k]) {
        if is_coordinator(&tokens[k].key)
            && tokens.get(k + 1).is_some_and(|n| is_determiner(&n.key))
        {
            return None;
        }
        k += 1;
    }
    let word = tokens.get(k)?;
    (k > end && word.kind == Kind::Word && word.capitalised() && !is_function_word(&word.key))
        .then_some(k)
}

/// Whether the word at `i` ends an organisation's name that a head began
/// before it, through connectors: "France" in "Banque de France", "England"
/// in "Bank of England". Such a word is no country of its own.
pub fn closes_organisation_name(article: &Article, i: usize) -> bool {
    const REACH: usize = 6;
    let tokens = &article.tokens;
    // "Asthma UK": a country's code right after a capitalised word of the
    // body, on its line.
    if is_country_code_tail(&tokens[i].text)
        && i > 0
        && tokens[i - 1].kind == Kind::Word
        && tokens[i - 1].capitalised()
        && !is_function_word(&tokens[i - 1].key)
        && !is_title_word(&tokens[i - 1].key)
        && !article.chars[tokens[i - 1].end..tokens[i].start].contains(&'\n')
        && article
            .paragraph_of(tokens[i].start)
            .is_some_and(|p| !article.paragraphs[p].heading)
    {
        return true;
    }
    let connector =
        |t: &Token| t.kind == Kind::Word && !t.capitalised() && is_title_connector(&t.key);
    let mut k = i;
    while k > 0 && i - k < 3 && connector(&tokens[k - 1]) {
        k -= 1;
    }
    if k == i {
        return false;
    }
    (k.saturating_sub(REACH)..k)
        .rev()
        .take_while(|&j| {
            tokens[j].kind == Kind::Word && (tokens[j].capitalised() || connector(&tokens[j]))
        })
        .any(|j| tokens[j].capitalised() && is_organisation_head(&tokens[j].key))
}
