//! Names that are no one: places ("Place de la Concorde", "a walkabout in
//! Chong Pang"), seats joined to a body's name, events and documents.

use crate::import::lexicon::{
    is_given_name, is_inside_preposition, is_name_joiner, is_organisation_tail, is_place_head,
    is_place_tail, is_role_noun, is_thing_tail,
};
use crate::import::segment::{Article, Kind};
use std::ops::Range;

/// Whether the name `name` of a run is a place's, which never speaks: its
/// first word is a place's ("Place de la Concorde", "Mount Everest") or its
/// last ("Oxford Street", "James S. Brady Briefing Room").
/// Or it stands right after "in" or "dans" and opens on no given name nor
/// owns what follows ("a walkabout in Chong Pang"): people are rarely "in"
/// anything, and a possessive ("in Conor McGregor's case") is someone's.
pub fn is_place(article: &Article, name: Range<usize>) -> bool {
    let tokens = &article.tokens;
    let word = |i: usize| tokens.get(i).filter(|t| t.kind == Kind::Word);
    let after_in = name
        .start
        .checked_sub(1)
        .and_then(word)
        .is_some_and(|t| is_inside_preposition(&t.key));
    let owns = || {
        matches!(
            article.chars.get(tokens[name.end - 1].end),
            Some('\'' | '’')
        )
    };
    name.len() >= 2
        && (is_place_head(&tokens[name.start].key)
            || is_place_tail(&tokens[name.end - 1].key)
            || (after_in && !owns() && !is_given_name(&tokens[name.start].key)))
}

/// "Oldham West and Saddleworth MP Phil Woolas", "Cheshire West and Chester
/// Council": a name opening on no given name, joined by "and" to capitalised
/// words that hold a role or an organisation's last word, is the first part
/// of a seat's or a body's name. (The caller asks that no title open it:
/// "President Recep Tayyip Erdoğan and UN Secretary-General Antonio
/// Guterres" are two people.)
pub fn joined_to_a_body(article: &Article, name: Range<usize>) -> bool {
    let tokens = &article.tokens;
    let joined = tokens
        .get(name.end)
        .is_some_and(|t| t.kind == Kind::Word && is_name_joiner(&t.key));
    if !joined || is_given_name(&tokens[name.start].key) {
        return false;
    }
    tokens[name.end + 1..]
        .iter()
        .take_while(|t| t.kind == Kind::Word && t.capitalised())
        .any(|t| is_organisation_tail(&t.key) || is_role_noun(&t.key))
}

/// Whether the name `name` of a run is an event's or a document's ("Rugby
/// World Cup", "Mid-Year Budget Review"): no one, like a place.
pub fn is_thing(article: &Article, name: Range<usize>) -> bool {
    name.len() >= 2 && is_thing_tail(&article.tokens[name.end - 1].key)
}
