//! Runs of capitalised words: where a name written in capitals ends (a
//! capitalised particle like "Le" in "Bruno Le Maire" belongs to it), which
//! part of the run is a title rather than the name ("Disposal Team Manager
//! Mike Hall"), and whether the run names an organisation.

use super::lexicon::{
    honorific_gender, is_function_word, is_given_name, is_name_particle, is_named_after_head,
    is_organisation_head, is_postnominal, is_role_noun, is_title_connector, is_title_word,
};
use super::segment::{Article, Kind, Token};
use std::ops::Range;

mod organisations;
mod places;
use organisations::organisation_goes_on;
pub use organisations::{
    closes_organisation_name, is_organisation, opens_longer_name, qualifies_role, role_after,
};
pub use places::{is_place, is_thing, joined_to_a_body};

/// A capitalised run, cut into the title before the name and the name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Run {
    /// Every token of the run, title included.
    pub tokens: Range<usize>,
    /// The tokens that name someone or something; empty when the run is only
    /// a title ("European Commissioner").
    pub name: Range<usize>,
    /// Which rule cut the name, if one did.
    pub rule: RunRule,
}

/// The rule that decided where a run's name starts and ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RunRule {
    /// The whole run is the name.
    Whole,
    /// A title ends at a role or office word; the name is what follows it.
    TitleThenName,
    /// The run ends on a role word: a title, no name.
    TitleOnly,
    /// The run ends a title joined by connectors ("Vice President of the
    /// European Commission for Values and Transparency Vera Jourova"): the
    /// office's last words run into the name, which is its last two words.
    TitleChainThenName,
}

/// The end of the capitalised run starting at `i`: capitalised words on one
/// line, joined by up to two lower-case particles ("Ursula von der Leyen") or
/// by one capitalised particle followed by a capitalised word ("Bruno Le
/// Maire", "Rafael Van Damme").
pub fn run_end(article: &Article, covered: &[bool], i: usize) -> usize {
    let tokens = &article.tokens;
    let quote = tokens[i].quote;
    let joins = |from: usize, to: usize| {
        to < tokens.len()
            && !covered[to]
            && tokens[to].quote == quote
            // One line, or one paragraph wrapped by hand ("said Andrew\nFarke").
            && (!article.chars[tokens[from].end..tokens[to].start].contains(&'\n')
                || article.paragraph_of(tokens[from].start) == article.paragraph_of(tokens[to].start))
    };
    let mut end = i + 1;
    loop {
        let mut j = end;
        while j < tokens.len()
            && tokens[j].kind == Kind::Word
            && !tokens[j].capitalised()
            && is_name_particle(&tokens[j].key)
            && j - end < 2
        {
            j += 1;
        }
        // A middle initial that is also a word ("M", "A") joins when its
        // full stop leads on to the rest of the name.
        let initial = |k: usize| {
            is_initial(&tokens[k].text)
                && tokens.get(k + 1).is_some_and(|t| t.is('.'))
                && initials_lead_to_name(article, k + 2)
        };
        if joins(end - 1, j)
            && tokens[j].capitalised()
            && (!is_function_word(&tokens[j].key) || initial(j))
        {
            end = j + 1;
            continue;
        }
        // "C.J. Stroud", "J. K. Rowling": an initial's full stop stays inside
        // the name, when initials lead to a name ("U.S." does not; "M."
        // opening a run is an honorific, but after a first name it is an
        // initial: "Ian M. Queeley").
        if is_initial(&tokens[end - 1].text)
            && (end - 1 > i || honorific_gender(&tokens[end - 1].key).is_none())
            && tokens.get(end).is_some_and(|t| t.is('.'))
            && initials_lead_to_name(article, end + 1)
            && joins(end - 1, end + 1)
        {
            end += 2;
            continue;
        }
        // "Bank of England", "Haute Autorité de l'Audiovisuel et de la
        // Communication": an organisation's head goes on through connectors.
        if let Some(next) = organisation_goes_on(article, i, end)
            && joins(end - 1, next)
        {
            end = next + 1;
            continue;
        }
        // "Le Maire", "De Gaulle": a capitalised particle inside a name.
        let k = end;
        if joins(end - 1, k + 1)
            && tokens[k].capitalised()
            && is_name_particle(&tokens[k].key)
            && tokens[k + 1].capitalised()
            && !is_function_word(&tokens[k + 1].key)
        {
            end = k + 2;
            continue;
        }
        return end;
    }
}

/// Cuts the run `i..end` into title and name: the name starts after the last
/// role or office word ("Manager", "Affairs") that has a word after it, and
/// ends before the letters of an honour or a rank after it ("Caroline
/// Goodwin QC", "Jane Roe MP"), when a name of two words or more is left.
pub fn split_title(article: &Article, i: usize, end: usize) -> Run {
    // The letters go first: "MP" is also a role ("the MP said").
    let tokens = &article.tokens;
    let mut core = end;
    while core - i > 2 && is_postnominal(&tokens[core - 1].key) {
        core -= 1;
    }
    let mut run = split_before_name(article, i, core);
    if run.name.is_empty() && core < end {
        // Only a title was left before the letters: the run as it was.
        return split_before_name(article, i, end);
    }
    run.tokens = i..end;
    run
}

/// "M." after a first name ("Ian M. Queeley") is an initial, not the French
/// honorific.
fn middle_initial(tokens: &[Token], i: usize, k: usize) -> bool {
    k > i
        && is_initial(&tokens[k].text)
        && tokens.get(k + 1).is_some_and(|t| t.is('.'))
        && tokens[k - 1].kind == Kind::Word
        && !is_title_word(&tokens[k - 1].key)
        && honorific_gender(&tokens[k - 1].key).is_none()
}

fn split_before_name(article: &Article, i: usize, end: usize) -> Run {
    let tokens = &article.tokens;
    // An organisation's head and a connector ("Department of Justice",
    // "Haute Autorité de la Communication"): one name, whatever role words
    // it holds.
    if let Some(head) = (i..end.saturating_sub(2)).find(|&k| {
        is_organisation_head(&tokens[k].key)
            && !tokens[k + 1].capitalised()
            && is_title_connector(&tokens[k + 1].key)
    }) {
        // Unless a role word past it leads to a known given name:
        // "Australian Council of Trade Unions President Sharon Burrow".
        if let Some(k) = (head + 2..end.saturating_sub(2)).rev().find(|&k| {
            is_role_noun(&tokens[k].key)
                && tokens[k].capitalised()
                && is_given_name(&tokens[k + 1].key)
                && end - k - 1 <= 3
        }) {
            return Run {
                tokens: i..end,
                name: k + 1..end,
                rule: RunRule::TitleThenName,
            };
        }
        return Run {
            tokens: i..end,
            name: i..end,
            rule: RunRule::Whole,
        };
    }
    // "Fondation Abbé Pierre": a body named after someone, title and all.
    if is_named_after_head(&tokens[i].key) {
        return Run {
            tokens: i..end,
            name: i..end,
            rule: RunRule::Whole,
        };
    }
    // "Le Maire": a role word after a particle is a surname.
    // An honorific ("Miss Hopkins", "Madame Dupont") is cut as a title is.
    let last_title = (i..end).rev().find(|&k| {
        (is_title_word(&tokens[k].key) || honorific_gender(&tokens[k].key).is_some())
            && !(k > i && is_name_particle(&tokens[k - 1].key))
            && !middle_initial(tokens, i, k)
            // "Haute Autorité", "High Commission": an organisation's first word.
            && !(k + 1 < end && is_organisation_head(&tokens[k + 1].key))
    });
    match last_title {
        Some(k) if k + 1 < end => Run {
            tokens: i..end,
            name: k + 1..end,
            rule: RunRule::TitleThenName,
        },
        Some(k) if k + 1 == end && end - i >= 2 => Run {
            tokens: i..end,
            name: end..end,
            rule: RunRule::TitleOnly,
        },
        // "AFP Franck Bizet": an agency's acronym before a name is a credit,
        // unless the name goes on past a connector ("BFM Nice Côte d'Azur").
        _ if end - i >= 3
            && (is_acronym(&tokens[i].text) || is_mixed_acronym(&tokens[i].text))
            && !goes_on(article, end)
            && !(i..end).any(|k| !tokens[k].capitalised()) =>
        {
            Run {
                tokens: i..end,
                name: i + 1..end,
                rule: RunRule::TitleThenName,
            }
        }
        _ if end - i >= 3 && in_title_chain(article, i) => Run {
            tokens: i..end,
            name: end - 2..end,
            rule: RunRule::TitleChainThenName,
        },
        // "le ministre de l'Economie Pierre Moscovici": after a role in lower
        // case, the office's name runs into the person's, who begins at a
        // known given name.
        _ if end - i >= 3 && after_role_noun(article, i) => {
            match (i + 1..end).find(|&k| is_given_name(&tokens[k].key)) {
                Some(k) if end - k <= 3 => Run {
                    tokens: i..end,
                    name: k..end,
                    rule: RunRule::TitleChainThenName,
                },
                _ => Run {
                    tokens: i..end,
                    name: i..end,
                    rule: RunRule::Whole,
                },
            }
        }
        _ => Run {
            tokens: i..end,
            name: i..end,
            rule: RunRule::Whole,
        },
    }
}

/// Whether a name in capitals goes on after token `end`: a lower-case
/// connector, then a capitalised word ("Côte d'Azur", "Autorité de la
/// Communication").
fn goes_on(article: &Article, end: usize) -> bool {
    let tokens = &article.tokens;
    tokens
        .get(end)
        .is_some_and(|t| t.kind == Kind::Word && !t.capitalised() && is_title_connector(&t.key))
        && tokens
            .get(end + 1)
            .is_some_and(|t| t.kind == Kind::Word && t.capitalised())
}

/// Whether the tokens from `k` are initials with their full stops, then a
/// capitalised word of two letters or more: "J. Stroud", "Stroud".
fn initials_lead_to_name(article: &Article, mut k: usize) -> bool {
    let tokens = &article.tokens;
    while tokens.get(k).is_some_and(|t| is_initial(&t.text))
        && tokens.get(k + 1).is_some_and(|t| t.is('.'))
    {
        k += 2;
    }
    tokens.get(k).is_some_and(|t| {
        t.kind == Kind::Word
            && t.capitalised()
            && t.text.chars().count() >= 2
            && !is_function_word(&t.key)
    })
}

/// A single capital letter: an initial when a full stop follows it.
pub fn is_initial(text: &str) -> bool {
    let mut chars = text.chars();
    chars.next().is_some_and(char::is_uppercase) && chars.next().is_none()
}

/// "Seven-time", "Long-serving", "Award-winning": a capitalised word whose
/// part after a hyphen is in lower case is an adjective opening a
/// sentence; a hyphenated name capitalises each part ("Newton-Smith").
pub fn is_capitalised_compound(text: &str) -> bool {
    text.split_once('-').is_some_and(|(first, rest)| {
        first.chars().next().is_some_and(char::is_uppercase)
            && rest.chars().count() >= 3
            && rest.chars().all(|c| c.is_lowercase() || c == '-')
    })
}

/// A word in capitals of two letters or more: "AFP", "RFI".
pub fn is_acronym(text: &str) -> bool {
    text.chars().count() >= 2 && text.chars().all(char::is_uppercase)
}

/// A party's or an agency's short name in mixed case, letters only, with
/// three capitals or more ("LaREM"); "McDonald" and "DeSantis" have two, and
/// "Jean-Marie-Aimé" has hyphens.
fn is_mixed_acronym(text: &str) -> bool {
    text.chars().next().is_some_and(char::is_uppercase)
        && text.chars().all(char::is_alphabetic)
        && text.chars().filter(|c| c.is_uppercase()).count() >= 3
}

/// "DANIEL FARKE couldn't hide his delight": a person's name written all in
/// capitals, as some papers open a paragraph; it opens on a given name.
pub fn in_capitals(article: &Article, name: Range<usize>) -> bool {
    let tokens = &article.tokens;
    name.len() >= 2
        && is_given_name(&tokens[name.start].key)
        && tokens[name].iter().all(|t| is_acronym(&t.text))
}

/// Whether the run at `i` continues a title in capitals through a connector:
/// going back from it over capitalised words and connectors ("for", "and",
/// "of the") on its line, a role word is found ("Minister for Communication
/// and Information Technology Rekha Sharma").
fn in_title_chain(article: &Article, i: usize) -> bool {
    const REACH: usize = 12;
    let tokens = &article.tokens;
    let connector = |t: usize| {
        tokens[t].kind == Kind::Word
            && !tokens[t].capitalised()
            && is_title_connector(&tokens[t].key)
    };
    if i == 0 || !connector(i - 1) {
        return false;
    }
    for t in (i.saturating_sub(REACH)..i).rev() {
        let tok = &tokens[t];
        if connector(t) {
            continue;
        }
        if tok.kind != Kind::Word || !tok.capitalised() {
            return false;
        }
        if is_title_word(&tok.key) {
            return true;
        }
    }
    false
}

/// Whether the run at `i` is the complement of a role noun in lower case,
/// through connectors: "le ministre de l'Economie …", "the minister of
/// Finance …".
fn after_role_noun(article: &Article, i: usize) -> bool {
    let tokens = &article.tokens;
    let mut t = i;
    while t > 0 {
        t -= 1;
        let tok = &tokens[t];
        if tok.kind != Kind::Word || tok.capitalised() {
            return false;
        }
        if !is_title_connector(&tok.key) {
            return t + 1 < i && is_role_noun(&tok.key);
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run_at(text: &str, word: &str) -> (String, RunRule) {
        let a = Article::new(text);
        let i = a.tokens.iter().position(|t| t.text == word).expect("word");
        let covered = vec![false; a.tokens.len()];
        let end = run_end(&a, &covered, i);
        let run = split_title(&a, i, end);
        let name = if run.name.is_empty() {
            String::new()
        } else {
            a.text(a.tokens[run.name.start].start..a.tokens[run.name.end - 1].end)
        };
        (name, run.rule)
    }

    #[test]
    fn a_capitalised_particle_stays_inside_the_name() {
        // "Le Maire" is not the role "le maire" here.
        let (name, _) = run_at(
            "Titre\n\n« Bien », a déclaré Bruno Le Maire vendredi.",
            "Bruno",
        );
        assert_eq!(name, "Bruno Le Maire");
    }

    #[test]
    fn the_name_follows_the_title_in_one_run() {
        let (name, rule) = run_at(
            "Title\n\nDisposal Team Manager Mike Hall said: “Fine.”",
            "Disposal",
        );
        assert_eq!((name.as_str(), rule), ("Mike Hall", RunRule::TitleThenName));
        let (name, _) = run_at(
            "Title\n\n“Fine,” Economic and Financial Affairs Pierre Moscovici told reporters.",
            "Financial",
        );
        assert_eq!(name, "Pierre Moscovici");
        let (name, rule) = run_at(
            "Title\n\nThe European Commissioner for trade said.",
            "European",
        );
        assert_eq!((name.as_str(), rule), ("", RunRule::TitleOnly));
    }

    /// An organisation's name with a connector is one name ("Department
    /// of Justice"), but a role word past it leads to the person.
    #[test]
    fn a_role_after_an_organisation_s_whole_name_leads_to_the_person() {
        let (name, rule) = run_at(
            "Title\n\n“No,” Australian Council of Trade Unions President Sharon Burrow said.",
            "Australian",
        );
        assert_eq!(
            (name.as_str(), rule),
            ("Sharon Burrow", RunRule::TitleThenName)
        );
        let (name, _) = run_at(
            "Title\n\n“No,” the Department of Justice said.",
            "Department",
        );
        assert_eq!(name, "Department of Justice");
    }

    #[test]
    fn an_organisation_is_known_by_its_last_word() {
        let a =
            Article::new("Title\n\nSergeant Jason Phillips, of Neighbourhood Task Force, said.");
        let i = a
            .tokens
            .iter()
            .position(|t| t.text == "Neighbourhood")
            .expect("word");
        assert!(is_organisation(&a, i..i + 3));
        let j = a
            .tokens
            .iter()
            .position(|t| t.text == "Jason")
            .expect("word");
        assert!(!is_organisation(&a, j..j + 2));
    }
}
