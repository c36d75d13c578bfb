//! Words and marks with their char offsets, and where a full stop ends a
//! sentence: the layer below paragraphs, sentences and quotations.

use super::{Kind, Token};
use crate::import::lexicon::{self, is_inverted_pronoun, key};

pub(super) fn is_space(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{a0}' | '\u{202f}' | '\u{2009}')
}

pub(super) fn trim(chars: &[char], mut s: usize, mut e: usize) -> (usize, usize) {
    while s < e && is_space(chars[s]) {
        s += 1;
    }
    while e > s && is_space(chars[e - 1]) {
        e -= 1;
    }
    (s, e)
}

pub(super) fn previous_word_or_mark(tokens: &[Token], i: usize) -> Option<char> {
    tokens[..i].last().and_then(|t| t.text.chars().last())
}

/// Abbreviations after which a full stop does not end a sentence (one letter
/// is an initial).
fn is_abbreviation(word: &str) -> bool {
    word.chars().count() == 1 || lexicon::is_abbreviation(word)
}

/// Whether the mark at `i` ends a sentence: a full stop (not after an
/// abbreviation) followed by a capital, an opening quote or the paragraph's end.
pub(super) fn ends_sentence(tokens: &[Token], i: usize, end: usize) -> bool {
    let tok = &tokens[i];
    let last = tok.text.chars().last().unwrap_or(' ');
    if !matches!(last, '.' | '!' | '?' | '…' | '»' | '”' | '"') {
        return false;
    }
    if tok.text == "."
        && i > 0
        && tokens[i - 1].kind == Kind::Word
        && is_abbreviation(&tokens[i - 1].key)
    {
        return false;
    }
    // "(D-N.Y.)", "U.S.": a full stop before an initial and its own full
    // stop is inside an abbreviation.
    if tok.text == "."
        && tokens
            .get(i + 1)
            .is_some_and(|n| n.kind == Kind::Word && n.text.chars().count() == 1 && n.capitalised())
        && tokens.get(i + 2).is_some_and(|n| n.text == ".")
    {
        return false;
    }
    // "N3.7tn", "2.5bn": a full stop with a digit right after it and no
    // space on either side is a decimal point.
    if tok.text == "."
        && i > 0
        && tokens[i - 1].end == tok.start
        && tokens.get(i + 1).is_some_and(|n| {
            n.start == tok.end && n.text.chars().next().is_some_and(|c| c.is_ascii_digit())
        })
    {
        return false;
    }
    match tokens.get(i + 1) {
        None => true,
        Some(_) if i + 1 >= end => true,
        Some(next) => {
            next.capitalised()
                || next.is('«')
                || next.is('“')
                || next.is('"')
                || next.kind == Kind::Word
                    && next.text.chars().next().is_some_and(|c| c.is_ascii_digit())
        }
    }
}

/// Whether the text prints speech in straight single marks alone ('We were
/// not clinical,' he said), as some papers do: it has no double or curly
/// mark, and a straight ' closes right after a comma, a full stop, a
/// question or an exclamation mark, which an apostrophe never does. Then a
/// ' at a word's start opens a quotation anywhere in the body.
fn quotes_with_straight_singles(chars: &[char]) -> bool {
    let other_marks = chars
        .iter()
        .any(|c| matches!(c, '"' | '“' | '”' | '«' | '»' | '„' | '‘'));
    !other_marks && closes_after_mark(chars)
}

/// Whether the straight ' at `i` opens its line and a ' closes after a
/// mark on the same line ('I know everyone knows South Africa now as a
/// good team,' said the coach): a paragraph opening on speech, as a
/// standfirst often does even where the body uses double marks.
fn opens_its_line_and_closes_on_it(chars: &[char], i: usize) -> bool {
    let line_start = chars[..i]
        .iter()
        .rev()
        .take_while(|&&c| c != '\n')
        .all(|&c| is_space(c));
    line_start && closes_after_mark(chars[i + 1..].split(|&c| c == '\n').next().unwrap_or(&[]))
}

/// Whether a straight ' closes right after a comma, a full stop, a
/// question or an exclamation mark, then a space or the end, in `chars`.
fn closes_after_mark(chars: &[char]) -> bool {
    chars.windows(2).enumerate().any(|(k, w)| {
        matches!(w[0], ',' | '.' | '?' | '!')
            && w[1] == '\''
            && chars.get(k + 2).is_none_or(|&c| is_space(c))
    })
}

/// Whether the character at `i` comes right after a colon and spaces
/// ("The update read: 'Importantly, …'"): a straight ' there opens a
/// quotation in the body too.
fn after_colon(chars: &[char], i: usize) -> bool {
    chars[..i]
        .iter()
        .rev()
        .find(|&&c| !is_space(c))
        .is_some_and(|&c| c == ':')
}

/// A quotation mark read from the chars `start..end` as `mark` (two
/// apostrophes as a double mark, a straight ' as ‘ or ’).
fn mark_token(start: usize, end: usize, mark: &str) -> Token {
    Token {
        start,
        end,
        text: mark.to_string(),
        key: mark.to_string(),
        kind: Kind::Punct,
        inverted: false,
        quote: None,
    }
}

/// Words (letters, digits, inner hyphens) and single punctuation marks.
/// Apostrophes cut elisions off ("l’Ukraine" gives "l", "Ukraine"); an inverted
/// pronoun is cut off its verb ("a-t-il" gives "a", "il").
pub(super) fn tokenize(chars: &[char]) -> Vec<Token> {
    let mut tokens = Vec::new();
    let mut i = 0;
    // A ‘ opened on this line: a ’ then closes a single-quoted phrase
    // (‘deeply concerned’ in a headline) unless a letter follows it, which
    // makes it an apostrophe (the force’s, d’enchaîner).
    let mut single_open = false;
    // A straight ' opened at a word's start in a headline ('could rise') or
    // after a colon: the next ' with no letter after it closes it. Both are given as ‘ and ’.
    let mut straight_open = false;
    let speech_in_straight_singles = quotes_with_straight_singles(chars);
    while i < chars.len() {
        let c = chars[i];
        if c == '\n' {
            single_open = false;
            straight_open = false;
        }
        // ''Two apostrophes'' typed for a double mark, as some outlets
        // still print: one straight double mark.
        if c == '\'' && chars.get(i + 1) == Some(&'\'') {
            tokens.push(mark_token(i, i + 2, "\""));
            i += 2;
            continue;
        }
        // ‘‘Two single curly marks’’ for a double one, as some print
        // editions set them; ‘‘ right after a mark and before a space is a
        // closing one typed the wrong way round ("projects?‘‘ he asked").
        if matches!(c, '‘' | '’') && chars.get(i + 1) == Some(&c) {
            let closes_after_mark = i
                .checked_sub(1)
                .is_some_and(|b| matches!(chars[b], ',' | '.' | '?' | '!'))
                && chars.get(i + 2).is_none_or(|&n| is_space(n));
            let mark = if c == '’' || closes_after_mark {
                "”"
            } else {
                "“"
            };
            tokens.push(mark_token(i, i + 2, mark));
            i += 2;
            continue;
        }
        let next_is_letter = chars.get(i + 1).is_some_and(|n| n.is_alphanumeric());
        let straight = if c != '\'' {
            None
        } else if straight_open && !next_is_letter {
            straight_open = false;
            Some('’')
        } else if !straight_open
            && next_is_letter
            && i.checked_sub(1).is_none_or(|b| is_space(chars[b]))
            && (heading_line(chars, i)
                || after_colon(chars, i)
                || speech_in_straight_singles
                || opens_its_line_and_closes_on_it(chars, i))
        {
            straight_open = true;
            Some('‘')
        } else {
            None
        };
        if let Some(mark) = straight {
            tokens.push(mark_token(i, i + 1, &mark.to_string()));
            i += 1;
            continue;
        }
        if c == '‘' {
            single_open = true;
        }
        if c == '’' && single_open && !chars.get(i + 1).is_some_and(|n| n.is_alphanumeric()) {
            single_open = false;
            tokens.push(mark_token(i, i + 1, &c.to_string()));
            i += 1;
            continue;
        }
        if c.is_alphanumeric() {
            let start = i;
            while i < chars.len()
                && (chars[i].is_alphanumeric()
                    || (matches!(chars[i], '-' | '‑')
                        && chars.get(i + 1).is_some_and(|n| n.is_alphanumeric())))
            {
                i += 1;
            }
            push_word(&mut tokens, chars, start, i);
        } else if is_space(c) || matches!(c, '\'' | '’' | 'ʼ') {
            i += 1;
        } else {
            tokens.push(mark_token(i, i + 1, &c.to_string()));
            i += 1;
        }
    }
    tokens
}

/// Whether the line holding char `at` reads as a headline: the text's first
/// line, or a short one with no closing full stop (as paragraphs are told).
fn heading_line(chars: &[char], at: usize) -> bool {
    const SHORT: usize = 120;
    let start = chars[..at]
        .iter()
        .rposition(|&c| c == '\n')
        .map_or(0, |p| p + 1);
    let end = chars[at..]
        .iter()
        .position(|&c| c == '\n')
        .map_or(chars.len(), |p| at + p);
    let first = chars[..start].iter().all(|&c| is_space(c));
    let last = chars[start..end]
        .iter()
        .rev()
        .find(|&&c| !matches!(c, '\'' | '»' | '”' | '"') && !is_space(c));
    first || (end - start < SHORT && !matches!(last, Some('.' | '!' | '?' | '…' | ':')))
}

fn push_word(tokens: &mut Vec<Token>, chars: &[char], start: usize, end: usize) {
    let text: String = chars[start..end].iter().collect();
    let folded = key(&text);
    let mut word = |s: usize, e: usize, inverted: bool| {
        let text: String = chars[s..e].iter().collect();
        tokens.push(Token {
            start: s,
            end: e,
            key: key(&text),
            text,
            kind: Kind::Word,
            inverted,
            quote: None,
        });
    };
    let parts: Vec<&str> = folded.split('-').collect();
    if parts.len() >= 2 {
        let last = parts[parts.len() - 1];
        if is_inverted_pronoun(last) {
            let cut = if parts.len() >= 3 && parts[parts.len() - 2] == "t" {
                2
            } else {
                1
            };
            let verb_chars: usize = parts[..parts.len() - cut]
                .iter()
                .map(|p| p.chars().count())
                .sum::<usize>()
                + (parts.len() - cut - 1);
            let pron_len = last.chars().count();
            word(start, start + verb_chars, false);
            word(end - pron_len, end, true);
            return;
        }
    }
    word(start, end, false);
}

/// Which side the straight quote at char `at` is on, from its neighbours: a
/// space (or the line's start) before and a word after open it; a word or a
/// mark before and a space (or the line's end) after close it. None when
/// they do not say (a quote between two spaces, or between two words).
pub(super) fn straight_side(chars: &[char], at: usize) -> Option<bool> {
    let before = at.checked_sub(1).map(|i| chars[i]);
    let after = chars.get(at + 1).copied();
    let blank = |c: Option<char>| c.is_none_or(|c| is_space(c) || c == '\n');
    match (blank(before), blank(after)) {
        (true, false) => Some(true),
        (false, true) => Some(false),
        _ => None,
    }
}
