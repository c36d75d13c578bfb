//! Whether a run names an organisation (by its first or last word, a word
//! before it, a role it qualifies, brackets after a name), and organisations'
//! names that run on through connectors ("Bank of England", "Haute Autorité
//! de l'Audiovisuel et de la Communication") or past a country's name.

use super::{in_capitals, in_title_chain, is_acronym};
use crate::import::lexicon::{
    is_coordinator, is_country_code_tail, is_determiner, is_function_word, is_media_tail,
    is_organisation_head, is_organisation_noun, is_organisation_preposition, is_organisation_tail,
    is_role_noun, is_title_connector, is_title_word, month, weekday,
};
use crate::import::segment::{Article, Kind, Token};
use std::ops::Range;

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

/// Whether the name `name` of a run is an organisation's: its first word is
/// one ("Commission européenne"), its last word is one ("Neighbourhood Task
/// Force", "West Midlands Police", "Sunday Times"), an article comes before
/// it in French ("le Sunday Times"), a preposition for employers ("chez
/// Stellantis Auto"), it opens with an acronym ("BFM Nice Côte"), or it
/// qualifies a role held by someone named next ("Houston Texans quarterback
/// C.J. Stroud").
pub fn is_organisation(article: &Article, name: Range<usize>) -> bool {
    let tokens = &article.tokens;
    let (first, last) = (name.start, name.end - 1);
    let before = |f: fn(&str) -> bool| {
        first > 0 && tokens[first - 1].kind == Kind::Word && f(&tokens[first - 1].key)
    };
    is_organisation_head(&tokens[first].key)
        || (name.len() >= 2 && is_organisation_tail(&tokens[last].key))
        || (name.len() >= 2 && is_country_code_tail(&tokens[last].text))
        || is_media_tail(&tokens[last].key)
        || before(is_determiner)
        || before(is_organisation_preposition)
        // "le département Global Customer Care", "the company Acme Foods".
        || (name.len() >= 2 && before(is_organisation_noun) && !tokens[first - 1].capitalised())
        || (name.len() >= 2
            && is_acronym(&tokens[first].text)
            && !in_capitals(article, name.clone()))
        || affiliation(article, name.clone())
        || qualifies_role(article, name)
}

/// "Houston Texans quarterback C.J. Stroud", "Lib Dem home affairs
/// spokesperson Alistair Carmichael": a name, a few lower-case words ending
/// on a role noun, then another name. The first name is whom the role is
/// held for: a team, a party, a firm, never a person.
pub fn qualifies_role(article: &Article, name: Range<usize>) -> bool {
    role_after(article, name.end).is_some_and(|j| {
        article
            .tokens
            .get(j + 1)
            .is_some_and(|n| n.kind == Kind::Word && n.capitalised())
    })
}

/// The role noun ending the few lower-case words from token `from`
/// ("quarterback", "home affairs spokesperson"), if they end on one.
pub fn role_after(article: &Article, from: usize) -> Option<usize> {
    const REACH: usize = 4;
    let tokens = &article.tokens;
    let end = (from + REACH).min(tokens.len());
    for (j, t) in tokens.iter().enumerate().take(end).skip(from) {
        if t.kind != Kind::Word || t.capitalised() || is_function_word(&t.key) {
            return None;
        }
        if is_role_noun(&t.key) {
            return Some(j);
        }
    }
    None
}

/// A name in brackets right after another name is what the first belongs
/// to: "Brice Lalonde (Génération Écologie)", "Jane Roe (Labour)".
fn affiliation(article: &Article, name: Range<usize>) -> bool {
    let tokens = &article.tokens;
    let (first, last) = (name.start, name.end - 1);
    first >= 2
        && tokens[first - 1].is('(')
        && tokens[first - 2].kind == Kind::Word
        && tokens[first - 2].capitalised()
        && tokens.get(last + 1).is_some_and(|t| t.is(')'))
}

/// "France Médias Monde", "Israel Defense Forces": whether a country's name
/// ending before `end` runs on into capitalised words (not a weekday, a
/// month or a function word) in the body: then, if the whole run reads as
/// an organisation's name, the country is only its first word. Headlines in
/// title case are left alone ("Russia Warns Kyiv").
pub fn opens_longer_name(article: &Article, end: usize) -> bool {
    let tokens = &article.tokens;
    let Some(next) = tokens.get(end) else {
        return false;
    };
    let paragraph = article.sentences[article.sentence_of(end)].paragraph;
    next.kind == Kind::Word
        && next.capitalised()
        && next.quote == tokens[end - 1].quote
        && article.text(tokens[end - 1].end..next.start) == " "
        && !is_function_word(&next.key)
        && month(&next.key).is_none()
        && weekday(&next.key).is_none()
        && !article.paragraphs[paragraph].heading
}
