//! Reads a folder of articles and their hand-made gold files, and refuses a
//! broken one: a missing or empty folder, a missing gold file, or a gold text
//! that is not in its article cannot pass as a perfect score.

use super::{GoldDate, GoldQuote};
use chrono::NaiveDate;
use serde::Deserialize;
use std::path::{Path, PathBuf};

/// Why a gold set cannot be read or scored.
#[derive(Debug, thiserror::Error)]
pub enum GoldError {
    #[error("cannot read {path}: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path}: not a gold file: {source}")]
    Parse {
        path: PathBuf,
        source: serde_json::Error,
    },
    #[error("{path}: publication date {published:?} is not YYYY-MM-DD")]
    Published { path: PathBuf, published: String },
    #[error("{dir}: no article (*.txt) to score")]
    NoArticles { dir: PathBuf },
    #[error("{article}: gold {what} not found verbatim in the text: {text:?}")]
    NotInText {
        article: String,
        what: &'static str,
        text: String,
    },
    #[error("{article}: gold quote has no speaker: {text:?}")]
    NoSpeaker { article: String, text: String },
    #[error("nothing to score: the gold set has no quote")]
    Empty,
}

/// One article and its gold, as read from `NAME.txt` and `NAME.gold.json`.
#[derive(Debug, Clone)]
pub struct Article {
    pub name: String,
    pub published: NaiveDate,
    /// `fr` or `en`, when the gold file says.
    pub lang: Option<String>,
    pub text: String,
    pub quotes: Vec<GoldQuote>,
    pub dates: Vec<GoldDate>,
    /// Words in quotation marks that are not speech.
    pub labels: Vec<String>,
}

#[derive(Deserialize)]
struct GoldFile {
    published: String,
    #[serde(default)]
    lang: Option<String>,
    quotes: Vec<GoldText>,
    dates: Vec<GoldDate>,
    #[serde(default)]
    labels: Vec<String>,
}

/// A gold quote as written in a gold file: its text, not its span.
#[derive(Deserialize)]
struct GoldText {
    text: String,
    speakers: Vec<String>,
    date: String,
}

fn read(path: &Path) -> Result<String, GoldError> {
    std::fs::read_to_string(path).map_err(|source| GoldError::Read {
        path: path.to_path_buf(),
        source,
    })
}

/// Reads every article of `dir` with its gold. Fails on a missing folder or
/// gold file, a folder with no article, or a gold text that is not in the
/// article verbatim, so that a broken corpus cannot pass as a perfect one.
pub fn load_dir(dir: &Path) -> Result<Vec<Article>, GoldError> {
    let entries = std::fs::read_dir(dir).map_err(|source| GoldError::Read {
        path: dir.to_path_buf(),
        source,
    })?;
    let mut names: Vec<String> = entries
        .filter_map(Result::ok)
        .filter_map(|e| e.file_name().into_string().ok())
        .filter_map(|n| n.strip_suffix(".txt").map(str::to_string))
        .collect();
    if names.is_empty() {
        return Err(GoldError::NoArticles {
            dir: dir.to_path_buf(),
        });
    }
    names.sort();
    names.into_iter().map(|n| load_one(dir, n)).collect()
}

fn load_one(dir: &Path, name: String) -> Result<Article, GoldError> {
    let text = read(&dir.join(format!("{name}.txt")))?;
    let path = dir.join(format!("{name}.gold.json"));
    let gold: GoldFile =
        serde_json::from_str(&read(&path)?).map_err(|source| GoldError::Parse {
            path: path.clone(),
            source,
        })?;
    let published = NaiveDate::parse_from_str(&gold.published, "%Y-%m-%d").map_err(|_| {
        GoldError::Published {
            path,
            published: gold.published.clone(),
        }
    })?;
    let missing = |what, t: &str| GoldError::NotInText {
        article: name.clone(),
        what,
        text: t.to_string(),
    };
    // A text listed n times is its n-th occurrence (a headline quote said again in the body).
    let mut used: Vec<(&str, usize)> = Vec::new();
    // Byte ranges of the quotes placed so far.
    let mut taken: Vec<(usize, usize)> = Vec::new();
    let mut quotes = Vec::with_capacity(gold.quotes.len());
    for g in &gold.quotes {
        if g.speakers.is_empty() {
            return Err(GoldError::NoSpeaker {
                article: name.clone(),
                text: g.text.clone(),
            });
        }
        let n = match used.iter_mut().find(|(t, _)| *t == g.text) {
            Some((_, n)) => {
                *n += 1;
                *n
            }
            None => {
                used.push((&g.text, 0));
                0
            }
        };
        // An occurrence inside a quote already placed is that quote's words,
        // not this one: a fragment quoted again after a longer quote that
        // holds it is found where it stands on its own. A quote nested in
        // another (`« Elle me dit : « regarde » »`) has no such place, and
        // stays inside.
        // And the same words unquoted before it ("dépassant les deux
        // chiffres … « deux chiffres »") are passed over for an occurrence
        // right after an opening mark, when there is one.
        let occurrences = || text.match_indices(g.text.as_str()).map(|(at, _)| at);
        let own = |at: &usize| {
            let end = at + g.text.len();
            !taken
                .iter()
                .any(|&(s, e)| s <= *at && end <= e && (s, e) != (*at, end))
        };
        // A ” typed for “ counts; a ' after a letter is an elision (d'…).
        let marked = |at: &usize| {
            let head = text[..*at].trim_end();
            let mut before = head.chars().rev();
            match before.next() {
                // Glued to a letter ("d'accord"), it is an elision.
                Some('\'') => !before.next().is_some_and(char::is_alphabetic),
                Some(c) => matches!(c, '«' | '“' | '"' | '‘' | '„' | '”'),
                None => false,
            }
        };
        let on_its_own = occurrences()
            .filter(own)
            .filter(marked)
            .nth(n)
            .or_else(|| occurrences().filter(own).nth(n));
        let at = on_its_own
            .or_else(|| occurrences().nth(n))
            .filter(|_| !g.text.is_empty())
            .ok_or_else(|| missing("quote", &g.text))?;
        taken.push((at, at + g.text.len()));
        let start = text[..at].chars().count();
        quotes.push(GoldQuote {
            span: [start, start + g.text.chars().count()],
            speakers: g.speakers.clone(),
            date: g.date.clone(),
        });
    }
    for t in gold.dates.iter().map(|d| &d.text).chain(&gold.labels) {
        if t.is_empty() || !text.contains(t.as_str()) {
            return Err(missing("date or label", t));
        }
    }
    Ok(Article {
        name,
        published,
        lang: gold.lang,
        text,
        quotes,
        dates: gold.dates,
        labels: gold.labels,
    })
}

#[cfg(test)]
mod tests {
    use super::{GoldError, load_dir};
    use std::fs;

    fn article(dir: &std::path::Path, name: &str, text: &str, gold: &str) {
        fs::write(dir.join(format!("{name}.txt")), text).unwrap();
        fs::write(dir.join(format!("{name}.gold.json")), gold).unwrap();
    }

    const GOLD: &str = r#"{"published": "2024-05-03", "lang": "en",
        "quotes": [{"text": "Yes", "speakers": ["Ann Lee"], "date": "2024-05-03"},
                   {"text": "Yes", "speakers": ["Ann Lee"], "date": "2024-05-03"}],
        "dates": [{"text": "on Friday", "date": "2024-05-03"}], "labels": []}"#;

    #[test]
    fn a_missing_or_broken_gold_set_is_an_error() {
        let dir = tempfile::tempdir().unwrap();
        assert!(matches!(
            load_dir(&dir.path().join("absent")),
            Err(GoldError::Read { .. })
        ));
        assert!(matches!(
            load_dir(dir.path()),
            Err(GoldError::NoArticles { .. })
        ));
        fs::write(dir.path().join("a.txt"), "\"Yes,\" she said.").unwrap();
        assert!(matches!(load_dir(dir.path()), Err(GoldError::Read { .. })));
        article(dir.path(), "a", "\"Yes,\" she said on Thursday.", GOLD);
        assert!(matches!(
            load_dir(dir.path()),
            Err(GoldError::NotInText { .. })
        ));
    }

    #[test]
    fn a_text_listed_twice_is_its_second_occurrence() {
        let dir = tempfile::tempdir().unwrap();
        article(dir.path(), "a", "\"Yes\" and \"Yes\" on Friday.", GOLD);
        let a = load_dir(dir.path()).unwrap();
        let spans: Vec<[usize; 2]> = a[0].quotes.iter().map(|q| q.span).collect();
        assert_eq!(spans, vec![[1, 4], [11, 14]]);
        assert_eq!(a[0].lang.as_deref(), Some("en"));
    }

    #[test]
    fn the_same_words_unquoted_before_a_quote_are_passed_over() {
        let dir = tempfile::tempdir().unwrap();
        let gold = r#"{"published": "2024-05-03", "lang": "en",
            "quotes": [{"text": "two figures", "speakers": ["Ann Lee"], "date": "2024-05-03"}],
            "dates": [], "labels": []}"#;
        article(
            dir.path(),
            "a",
            "Prices rose by two figures. Lee called it \"two figures\".",
            gold,
        );
        let a = load_dir(dir.path()).unwrap();
        let spans: Vec<[usize; 2]> = a[0].quotes.iter().map(|q| q.span).collect();
        assert_eq!(spans, vec![[43, 54]]);
    }

    #[test]
    fn a_fragment_is_not_placed_inside_a_longer_quote_that_holds_its_words() {
        let dir = tempfile::tempdir().unwrap();
        let gold = r#"{"published": "2024-05-03", "lang": "en",
            "quotes": [{"text": "we will win this", "speakers": ["Ann Lee"], "date": "2024-05-03"},
                       {"text": "win", "speakers": ["Bo Park"], "date": "2024-05-03"}],
            "dates": [], "labels": []}"#;
        article(
            dir.path(),
            "a",
            "\"we will win this\", said Lee. Park called it a \"win\".",
            gold,
        );
        let a = load_dir(dir.path()).unwrap();
        let spans: Vec<[usize; 2]> = a[0].quotes.iter().map(|q| q.span).collect();
        assert_eq!(spans, vec![[1, 17], [48, 51]]);
        // A quote nested in another, and nowhere else, stays inside it.
        article(
            dir.path(),
            "a",
            "\"we will win this\", said Lee, and Park agreed.",
            gold,
        );
        let a = load_dir(dir.path()).unwrap();
        let spans: Vec<[usize; 2]> = a[0].quotes.iter().map(|q| q.span).collect();
        assert_eq!(spans, vec![[1, 17], [9, 12]]);
    }
}
