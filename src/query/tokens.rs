//! The search line's typed tokens: `actor:masala`, `country:de`,
//! `after:2025-03`, `before:2025-08-15`, `source:politico`, `"exact phrase"`,
//! `-word`, and plain words. A pure parser of the text, which knows nothing of
//! the dataset (what the tokens name is [`super::scope`]'s to find) and never
//! fails: a bad token is told as a [`Problem`], and the rest is kept.
//!
//! Hand-written rather than with a parser crate: the grammar is six prefixes,
//! quotes and whitespace, and the completion needs the byte span of each
//! piece, which a small loop gives directly.

use crate::data::FuzzyDate;
use crate::data::date::parse_human;

/// The keys a token can have, as typed before the colon.
pub const KEYS: [&str; 5] = ["actor", "country", "after", "before", "source"];

/// The syntax, for the help overlay and the README: a token, what it finds.
pub const SYNTAX: &[(&str, &str)] = &[
    (
        "word word",
        "events and quotes holding every word (typos forgiven), best first",
    ),
    ("\"exact phrase\"", "the words one after the other"),
    (
        "-word",
        "leave out what holds the word (or a word it begins)",
    ),
    (
        "actor:masala",
        "what involves the actor (name, alias or id; its start; a typo away)",
    ),
    (
        "country:de",
        "what involves the country or its people (code or name)",
    ),
    ("after:2025-03", "dated on or after that day, month or year"),
    (
        "before:2025-08-15",
        "dated on or before it; quote dates with spaces: before:\"aug 2025\"",
    ),
    (
        "source:politico",
        "from a source by its outlet, title, address, or an outlet it relays",
    ),
    (
        "bad token",
        "said in the status line and left out; the rest still runs",
    ),
];

/// One piece of a parsed search line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Token {
    /// A word to rank by, as without tokens.
    Word(String),
    /// `"exact phrase"`: these words, one after the other.
    Phrase(String),
    /// `-word`: leave out what holds this word (or a word it begins).
    Exclude(String),
    /// `actor:name`: what involves this person, country or organisation.
    Actor(String),
    /// `country:code-or-name`: what involves this country or its people.
    Country(String),
    /// `after:date`: dated on or after the date's first day.
    After(FuzzyDate),
    /// `before:date`: dated on or before the date's last day.
    Before(FuzzyDate),
    /// `source:outlet`: quoted from, or reported by, this source.
    Source(String),
}

/// A token that cannot be used, and why, for the status line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The token as typed.
    pub token: String,
    pub why: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "`{}`: {}", self.token, self.why)
    }
}

/// A search line, parsed: its tokens in order, and the problems found.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Parsed {
    pub tokens: Vec<Token>,
    pub problems: Vec<Problem>,
}

impl Parsed {
    /// The words to rank by (plain words and the words of phrases), joined
    /// with spaces, as the word search takes them.
    pub fn ranked_text(&self) -> String {
        let mut out = String::new();
        for t in &self.tokens {
            if let Token::Word(w) | Token::Phrase(w) = t {
                if !out.is_empty() {
                    out.push(' ');
                }
                out.push_str(w);
            }
        }
        out
    }
}

/// A piece of the line as the lexer cut it: its key (when `key:value`), its
/// value with any quotes taken off, and where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Piece<'a> {
    /// Byte span of the whole piece in the line.
    pub span: std::ops::Range<usize>,
    /// The key before a colon, when it is one of [`KEYS`] (lower case).
    pub key: Option<&'static str>,
    /// Starts with `-`.
    pub minus: bool,
    /// The value, without its key, minus or quotes.
    pub value: &'a str,
    /// The value was in quotes.
    pub quoted: bool,
    /// A quote was opened and not closed.
    pub open: bool,
}

/// Cuts `line` into pieces: runs of non-space, where a `"` runs to the next
/// `"` (spaces included).
pub fn pieces(line: &str) -> Vec<Piece<'_>> {
    let bytes = line.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < line.len() {
        let Some(c) = line[i..].chars().next() else {
            break;
        };
        if c.is_whitespace() {
            i += c.len_utf8();
            continue;
        }
        let start = i;
        let minus = c == '-';
        let mut head = if minus { i + 1 } else { i };
        // A key: letters then a colon, before any space or quote.
        let word_end = line[head..]
            .find(|c: char| !c.is_ascii_alphabetic())
            .map_or(line.len(), |n| head + n);
        let key = (bytes.get(word_end) == Some(&b':'))
            .then(|| {
                KEYS.iter()
                    .find(|k| k.eq_ignore_ascii_case(&line[head..word_end]))
            })
            .flatten()
            .copied();
        if key.is_some() {
            head = word_end + 1;
        }
        let (value, quoted, open, end) = if bytes.get(head) == Some(&b'"') {
            match line[head + 1..].find('"') {
                Some(n) => (&line[head + 1..head + 1 + n], true, false, head + n + 2),
                None => (&line[head + 1..], true, true, line.len()),
            }
        } else {
            let end = line[head..]
                .find(char::is_whitespace)
                .map_or(line.len(), |n| head + n);
            (&line[head..end], false, false, end)
        };
        out.push(Piece {
            span: start..end,
            key,
            minus,
            value,
            quoted,
            open,
        });
        i = end;
    }
    out
}

/// The key `word` was meant to be, when it starts with letters and a
/// colon and those letters are a key misspelt (`actr:`, `contry:`). Other
/// words with a colon (`12:30`, `https://`) are searched as words.
fn misspelt_key(word: &str) -> Option<&'static str> {
    let (head, _) = word.split_once(':')?;
    if head.is_empty() || !head.chars().all(|c| c.is_ascii_alphabetic()) {
        return None;
    }
    let head = head.to_ascii_lowercase();
    KEYS.iter()
        .copied()
        .find(|k| strsim::levenshtein(k, &head) <= 2 && head.len() >= 3)
}

/// What a user would write, to say in a problem.
fn example(key: &str) -> &'static str {
    match key {
        "actor" => "actor:masala",
        "country" => "country:de",
        "after" => "after:2025-03",
        "before" => "before:2025-08-15",
        _ => "source:politico",
    }
}

/// Parses a search line. Every problem is told; what a bad token would have
/// searched is left out, except an unclosed quote, whose words are searched
/// as words (it is most often a phrase still being typed).
pub fn parse(line: &str) -> Parsed {
    let mut parsed = Parsed::default();
    let mut problem = |token: &str, why: String| {
        parsed.problems.push(Problem {
            token: token.to_string(),
            why,
        })
    };
    let mut tokens = Vec::new();
    for p in pieces(line) {
        let typed = &line[p.span.clone()];
        let value = p.value.trim();
        if p.open && p.key.is_none() && !p.minus {
            problem(
                typed,
                "the quote is not closed; searched as words until it is".into(),
            );
        }
        if p.minus && p.key.is_some() {
            problem(
                typed,
                "a token cannot be left out with `-`; leave out words, as in -trump".into(),
            );
            continue;
        }
        if p.minus {
            match (value, p.quoted) {
                ("", _) => problem(
                    typed,
                    "`-` needs a word after it, as in -trump (it leaves out what holds it)".into(),
                ),
                (v, false) => tokens.push(Token::Exclude(v.to_string())),
                (_, true) => problem(
                    typed,
                    "leave out one word at a time, as in -foreign -troops".into(),
                ),
            }
            continue;
        }
        let Some(key) = p.key else {
            if let Some(meant) = misspelt_key(value) {
                problem(typed, format!("no such token; did you mean {meant}:?"));
                continue;
            }
            if p.quoted && !p.open && !value.is_empty() {
                tokens.push(Token::Phrase(value.to_string()));
            } else if !value.is_empty() {
                tokens.push(Token::Word(value.to_string()));
            }
            continue;
        };
        if value.is_empty() {
            problem(
                typed,
                format!("`{key}:` needs a value after it, as in {}", example(key)),
            );
            continue;
        }
        let token = match key {
            "actor" => Token::Actor(value.to_string()),
            "country" => Token::Country(value.to_string()),
            "source" => Token::Source(value.to_string()),
            date_key => match parse_human(value) {
                Ok(d) if date_key == "after" => Token::After(d),
                Ok(d) => Token::Before(d),
                Err(_) => {
                    problem(
                        typed,
                        format!("not a date; try {date_key}:2025-03 or {date_key}:\"15 aug 2025\""),
                    );
                    continue;
                }
            },
        };
        tokens.push(token);
    }
    parsed.tokens = tokens;
    parsed
}

#[cfg(test)]
#[path = "tokens_tests.rs"]
mod tests;
