//! Names found by their capitals: runs of capitalised words cut into title
//! and name, kept as a person's or an organisation's unless they name a
//! place or a thing. Single words are left for later.

use super::{Entities, Entity, EntityKind, Mention};
use crate::import::lexicon::{
    honorific_gender, is_common_word, is_function_word, is_generation, is_media_tail,
    is_month_first_name, is_organisation_head, is_organisation_tail, is_party_tag, is_preposition,
    weekday,
};
use crate::import::runs::{
    in_capitals, is_capitalised_compound, is_initial, is_organisation, is_place, is_thing,
    joined_to_a_body, run_end, split_title,
};
use crate::import::segment::{Article, Kind};
use std::collections::HashMap;

/// "DANIEL FARKE" written as a name, "Daniel Farke": a capital only at the
/// start of each word or of each part after a hyphen or an apostrophe.
fn written_as_a_name(capitals: &str) -> String {
    let mut name = String::with_capacity(capitals.len());
    let mut after_letter = false;
    for c in capitals.chars() {
        if after_letter {
            name.extend(c.to_lowercase());
        } else {
            name.push(c);
        }
        after_letter = c.is_alphabetic();
    }
    name
}

/// Marks every name of two words or more that the known names left
/// uncovered, and returns where the single capitalised words stand.
pub(super) fn mark(
    article: &Article,
    title_case: &[bool],
    ents: &mut Entities,
    index: &mut HashMap<String, usize>,
    covered: &mut [bool],
) -> Vec<usize> {
    let tokens = &article.tokens;
    let mut singles = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let t = &tokens[i];
        // "C.J. Stroud": an initial and its full stop open a name, though
        // "C" and "J" alone are French elisions.
        let initial = is_initial(&t.text)
            && honorific_gender(&t.key).is_none()
            && tokens.get(i + 1).is_some_and(|n| n.is('.'))
            && run_end(article, covered, i) > i + 1;
        // "Haute Autorité", "High Court": a common word opening an
        // organisation's name.
        let opens_organisation = !is_function_word(&t.key)
            && tokens
                .get(i + 1)
                .is_some_and(|n| n.capitalised() && is_organisation_head(&n.key));
        // "le ministre Jan Jambon": a month that is also a first name opens
        // a name before a surname, unless a preposition, an article or a
        // number before it makes it a date ("in June Boris Johnson said").
        let month_first_name = is_month_first_name(&t.key)
            && tokens
                .get(i + 1)
                .is_some_and(|n| n.capitalised() && !is_common_word(&n.key))
            && i.checked_sub(1).is_none_or(|p| {
                let b = &tokens[p];
                b.kind == Kind::Word
                    && !is_function_word(&b.key)
                    && !is_preposition(&b.key)
                    && !b.key.chars().any(|c| c.is_ascii_digit())
            });
        if covered[i]
            || !t.capitalised()
            || is_party_tag(&t.text)
            || is_capitalised_compound(&t.text)
            || (is_common_word(&t.key) && !initial && !opens_organisation && !month_first_name)
        {
            i += 1;
            continue;
        }
        let end = run_end(article, covered, i);
        // "said Monday": a weekday alone names no one ("the Sunday Times" does).
        // "on Sunday Rana Sanaullah said": nor is it part of a person's
        // name after it (but "the Sunday Times" is a paper's).
        let names_a_body = tokens.get(i + 1).is_some_and(|n| {
            end - i > 1 && (is_media_tail(&n.key) || is_organisation_tail(&n.key))
        });
        if weekday(&t.key).is_some() && !names_a_body {
            i += 1;
            continue;
        }
        // "After Super Tuesday Nikki Haley said": a weekday inside a run
        // ends what came before it when a full name follows.
        if let Some(p) = (i + 1..end.saturating_sub(2)).find(|&p| weekday(&tokens[p].key).is_some())
            && !is_media_tail(&tokens[p + 1].key)
            && !is_organisation_tail(&tokens[p + 1].key)
        {
            i = p + 1;
            continue;
        }
        // "PML-N leader Pervez Rasheed Sunday told Geo News": a weekday
        // ending a run after a full name is the day, not a third name.
        let end = if end - i > 2 && weekday(&tokens[end - 1].key).is_some() {
            end - 1
        } else {
            end
        };
        // "WikiLeaks Holds Off Posting Secret Military Reports": in a
        // headline in title case every word is capitalised, so capitals make
        // no name; each word counts only as a name the body gives.
        if end - i == 1 || title_case[i] {
            singles.push(i);
            i += 1;
            continue;
        }
        let run = split_title(article, i, end);
        covered[i..end].iter_mut().for_each(|c| *c = true);
        i = end;
        if run.name.is_empty() {
            continue;
        }
        let span = run.name.clone();
        // Named as written, spaces made single: "C.J. Stroud" keeps its
        // initials together and "Ronan O'Gara" his apostrophe.
        let written = article.text(tokens[span.start].start..tokens[span.end - 1].end);
        let mut name = written.split_whitespace().collect::<Vec<_>>().join(" ");
        // "Karim B.", "Eli M. Remolona Jr.": an initial or a generation
        // keeps its full stop.
        if let Some(last) = tokens.get(span.end - 1)
            && (last.text.chars().count() == 1 || is_generation(&last.key))
            && last.capitalised()
            && tokens.get(span.end).is_some_and(|t| t.is('.'))
        {
            name.push('.');
        }
        let organisation = is_organisation(article, span.clone());
        if in_capitals(article, span.clone()) {
            name = written_as_a_name(&name);
        }
        // A place, an event or a document is no one a pronoun or a role can
        // stand for: not an entity.
        if !organisation
            && (is_place(article, span.clone())
                || is_thing(article, span.clone())
                || (run.tokens == span && joined_to_a_body(article, span.clone())))
        {
            continue;
        }
        let kind = if organisation {
            EntityKind::Organisation
        } else {
            EntityKind::Person
        };
        let key = tokens[span.clone()]
            .iter()
            .map(|t| t.key.as_str())
            .collect::<Vec<_>>()
            .join(" ");
        let e = ents.entity(index, key, || Entity {
            name,
            kind,
            actor: None,
            code: None,
            anonymous: false,
            confidence: if organisation { 0.6 } else { 0.75 },
        });
        ents.mentions.push(Mention {
            tokens: span,
            entity: e,
        });
    }
    singles
}
