//! What makes a single capitalised word a name, and of what: a title or an
//! honorific before it, a noun for an organisation, a preposition for whom
//! is spoken to, a description after a comma, a verb of saying next to it.

use crate::import::lexicon::{
    honorific_gender, is_auxiliary, is_body_article, is_definite_article, is_indefinite_article,
    is_listener_preposition, is_organisation_noun, is_person_noun, is_person_pronoun,
    is_place_preposition, is_role_noun, is_role_qualifier, is_saying_verb, is_title_word,
};
use crate::import::segment::{Article, Kind};
use std::ops::Range;

/// Whether the word at `i` follows a capitalised title word ("President
/// Trump") or an honorific, with or without its full stop ("Mr. Trump").
pub(super) fn after_title(article: &Article, i: usize) -> bool {
    let tokens = &article.tokens;
    let before = match i.checked_sub(1) {
        Some(b) if tokens[b].is('.') => b.checked_sub(1),
        b => b,
    };
    before.is_some_and(|b| {
        let t = &tokens[b];
        // "the senior Labour leader": a word that qualifies a role is no
        // title in lower case.
        let lower_title = after_definite_article(article, b) && !is_role_qualifier(&t.key);
        t.kind == Kind::Word
            && (t.capitalised() || lower_title)
            && (is_title_word(&t.key) || honorific_gender(&t.key).is_some())
    })
}

/// "le commandant Oswald", "the detective Morse": a title in lower case
/// names the person after it when a definite article opens the phrase.
pub(super) fn after_definite_article(article: &Article, b: usize) -> bool {
    b.checked_sub(1)
        .map(|a| &article.tokens[a])
        .is_some_and(|t| t.kind == Kind::Word && is_definite_article(&t.key))
}

/// "a affirmé le bourgmestre à Belga", "speaking to Reuters": a single name
/// after a preposition for the listener is who is spoken to (an agency, a
/// radio), not who speaks.
pub(super) fn after_listener_preposition(article: &Article, i: usize) -> bool {
    i.checked_sub(1)
        .map(|b| &article.tokens[b])
        .is_some_and(|t| {
            t.kind == Kind::Word && !t.capitalised() && is_listener_preposition(&t.key)
        })
}

/// "l'agence Belga", "the company Tesla": a single name right after a
/// common noun for an organisation is that organisation's.
pub(super) fn after_organisation_noun(article: &Article, i: usize) -> bool {
    i.checked_sub(1)
        .map(|b| &article.tokens[b])
        .is_some_and(|t| t.kind == Kind::Word && !t.capitalised() && is_organisation_noun(&t.key))
}

/// "the Crown says", "the Crown's case": a single capitalised word right
/// after an article for bodies names a body, never a person, unless a
/// lower-case word follows that it qualifies ("the Ruston plant").
pub(super) fn after_determiner(article: &Article, i: usize) -> bool {
    after_body_article(article, i) && !qualifies_next(article, i)
}

/// "the Israeli military": a single capitalised word between an article
/// for bodies and a lower-case noun qualifies that noun; no one's name.
pub(super) fn qualifier_after_article(article: &Article, i: usize) -> bool {
    after_body_article(article, i) && qualifies_next(article, i)
}

fn after_body_article(article: &Article, i: usize) -> bool {
    i.checked_sub(1)
        .map(|b| &article.tokens[b])
        .is_some_and(|t| t.kind == Kind::Word && !t.capitalised() && is_body_article(&t.key))
}

fn qualifies_next(article: &Article, i: usize) -> bool {
    article.tokens.get(i + 1).is_some_and(|n| {
        n.kind == Kind::Word && !n.capitalised() && !is_saying_verb(&n.key) && !is_auxiliary(&n.key)
    })
}

/// "Corneille, un pasteur évangélique", "Dominique, elle, est consternée": a
/// single name set off by a comma and followed by an indefinite article and
/// a noun for a person or a role, or by a person pronoun and a comma, is a
/// person's (a first name alone).
pub(super) fn described_after(article: &Article, i: usize) -> bool {
    let tokens = &article.tokens;
    let word = |k: usize| tokens.get(k).filter(|t| t.kind == Kind::Word);
    if !tokens.get(i + 1).is_some_and(|t| t.is(',')) {
        return false;
    }
    let Some(next) = word(i + 2) else {
        return false;
    };
    if is_person_pronoun(&next.key) {
        return tokens.get(i + 3).is_some_and(|t| t.is(','));
    }
    is_indefinite_article(&next.key)
        && (i + 3..i + 5)
            .any(|k| word(k).is_some_and(|t| is_person_noun(&t.key) || is_role_noun(&t.key)))
}

/// "a expliqué Masala", "Smith said": a verb of saying right before or after.
/// Not across a role noun: in "the former Nurnberg coach said" the name
/// qualifies the coach, who speaks.
/// "in Telford": a single capitalised word after a preposition of place.
pub(super) fn after_place_preposition(article: &Article, i: usize) -> bool {
    i.checked_sub(1)
        .map(|b| &article.tokens[b])
        .is_some_and(|t| t.kind == Kind::Word && is_place_preposition(&t.key))
}

/// Whether the word right after token `i` is a verb of saying.
pub(super) fn saying_verb_next(article: &Article, i: usize) -> bool {
    article
        .tokens
        .get(i + 1)
        .is_some_and(|t| t.kind == Kind::Word && is_saying_verb(&t.key))
}

pub(super) fn next_to_saying_verb(article: &Article, i: usize) -> bool {
    let words = |r: Range<usize>| {
        article.tokens[r]
            .iter()
            .filter(|t| t.kind == Kind::Word)
            .take_while(|t| !is_role_noun(&t.key) && !is_person_noun(&t.key))
            .any(|t| is_saying_verb(&t.key))
    };
    words(i.saturating_sub(2)..i) || words(i + 1..(i + 3).min(article.tokens.len()))
}
