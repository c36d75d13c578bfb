//! Scores the importer against hand-made gold: quote precision, recall and F1
//! (a quote is found when it and a gold quote overlap by at least 80% of the
//! characters of each), speaker accuracy and date accuracy on the found quotes,
//! and the accuracy of resolved date expressions.

use super::Proposal;
use crate::text::fold_key;
use chrono::NaiveDate;
use serde::Deserialize;
use std::path::{Path, PathBuf};

/// A quote as a person marked it.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldQuote {
    pub span: [usize; 2],
    /// The speaker's name and every other name that counts as right.
    pub speakers: Vec<String>,
    /// When it was said: `2025-08-09`, `2025-03`, `2025`.
    pub date: String,
}

/// A date expression as written, and what it means.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldDate {
    pub text: String,
    pub date: String,
}

/// Counts, from which every score is derived.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub gold: usize,
    pub proposed: usize,
    pub found: usize,
    pub speaker_right: usize,
    pub quote_date_right: usize,
    pub dates_gold: usize,
    pub dates_right: usize,
}

impl std::ops::AddAssign for Counts {
    fn add_assign(&mut self, o: Counts) {
        self.gold += o.gold;
        self.proposed += o.proposed;
        self.found += o.found;
        self.speaker_right += o.speaker_right;
        self.quote_date_right += o.quote_date_right;
        self.dates_gold += o.dates_gold;
        self.dates_right += o.dates_right;
    }
}

/// The scores of a set of articles. A share whose denominator is zero is
/// `None` (nothing to measure), never a free 1.00.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Scores {
    /// Found over proposed; 0 when nothing was proposed.
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
    /// Right speakers over found quotes.
    pub speaker: Option<f64>,
    /// Right quote dates over found quotes.
    pub quote_date: Option<f64>,
    /// Right date expressions over gold date expressions.
    pub dates: Option<f64>,
}

fn share(a: usize, b: usize) -> Option<f64> {
    (b > 0).then(|| a as f64 / b as f64)
}

impl Counts {
    /// The scores, or an error when there is no gold quote: an empty or
    /// missing gold set would otherwise score 1.00 on everything.
    pub fn scores(&self) -> Result<Scores, GoldError> {
        if self.gold == 0 {
            return Err(GoldError::Empty);
        }
        let precision = share(self.found, self.proposed).unwrap_or(0.0);
        let recall = self.found as f64 / self.gold as f64;
        let f1 = if precision + recall == 0.0 {
            0.0
        } else {
            2.0 * precision * recall / (precision + recall)
        };
        Ok(Scores {
            precision,
            recall,
            f1,
            speaker: share(self.speaker_right, self.found),
            quote_date: share(self.quote_date_right, self.found),
            dates: share(self.dates_right, self.dates_gold),
        })
    }
}

/// Whether two spans overlap by at least `min` of the characters of each.
pub fn overlaps(a: [usize; 2], b: [usize; 2], min: f64) -> bool {
    let inter = a[1].min(b[1]).saturating_sub(a[0].max(b[0])) as f64;
    let (la, lb) = ((a[1] - a[0]).max(1) as f64, (b[1] - b[0]).max(1) as f64);
    inter >= min * la && inter >= min * lb
}

/// What went wrong, for the evaluation's report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Miss {
    Missed(String),
    Spurious(String),
    Speaker {
        quote: String,
        got: String,
        want: String,
    },
    QuoteDate {
        quote: String,
        got: String,
        want: String,
    },
    Date {
        text: String,
        got: Option<String>,
        want: String,
    },
}

/// Scores one article's proposal.
pub fn score(
    p: &Proposal,
    quotes: &[GoldQuote],
    dates: &[GoldDate],
    text: &str,
) -> (Counts, Vec<Miss>) {
    let chars: Vec<char> = text.chars().collect();
    let excerpt = |s: [usize; 2]| {
        chars[s[0]..s[1].min(chars.len())]
            .iter()
            .take(60)
            .collect::<String>()
    };
    let mut c = Counts {
        gold: quotes.len(),
        proposed: p.quotes.len(),
        dates_gold: dates.len(),
        ..Counts::default()
    };
    let mut misses = Vec::new();
    let mut taken = vec![false; quotes.len()];
    for q in &p.quotes {
        let Some(g) =
            (0..quotes.len()).find(|&g| !taken[g] && overlaps(quotes[g].span, q.span, 0.8))
        else {
            misses.push(Miss::Spurious(q.text.chars().take(60).collect()));
            continue;
        };
        taken[g] = true;
        c.found += 1;
        let gold = &quotes[g];
        let got = q.speaker.as_ref().map_or(String::new(), |s| s.name.clone());
        if gold.speakers.iter().any(|n| fold_key(n) == fold_key(&got)) {
            c.speaker_right += 1;
        } else {
            misses.push(Miss::Speaker {
                quote: excerpt(gold.span),
                got,
                want: gold.speakers[0].clone(),
            });
        }
        if q.date == gold.date {
            c.quote_date_right += 1;
        } else {
            misses.push(Miss::QuoteDate {
                quote: excerpt(gold.span),
                got: q.date.clone(),
                want: gold.date.clone(),
            });
        }
    }
    for (g, t) in quotes.iter().zip(&taken) {
        if !t {
            misses.push(Miss::Missed(excerpt(g.span)));
        }
    }
    for d in dates {
        let got = p.dates.iter().find(|m| {
            fold_key(&m.text).contains(&fold_key(&d.text))
                || fold_key(&d.text).contains(&fold_key(&m.text))
        });
        if got.is_some_and(|m| m.date == d.date) {
            c.dates_right += 1;
        } else {
            misses.push(Miss::Date {
                text: d.text.clone(),
                got: got.map(|m| m.date.clone()),
                want: d.date.clone(),
            });
        }
    }
    (c, misses)
}

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
        let at = text
            .match_indices(g.text.as_str())
            .nth(n)
            .filter(|_| !g.text.is_empty())
            .ok_or_else(|| missing("quote", &g.text))?
            .0;
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
    use super::{Counts, GoldError, load_dir, overlaps};
    use std::fs;

    #[test]
    fn overlap_counts_both_sides() {
        assert!(overlaps([0, 100], [0, 90], 0.8));
        assert!(!overlaps([0, 100], [0, 70], 0.8));
        // A proposal twice as long as the gold quote is not the same quote.
        assert!(!overlaps([0, 50], [0, 100], 0.8));
        assert!(!overlaps([0, 10], [20, 30], 0.8));
    }

    #[test]
    fn an_empty_gold_set_fails_instead_of_scoring_one() {
        let none = Counts {
            proposed: 3,
            ..Counts::default()
        };
        assert!(matches!(none.scores(), Err(GoldError::Empty)));
        // Nothing proposed against real gold scores zero, not one.
        let missed = Counts {
            gold: 4,
            ..Counts::default()
        };
        let s = missed.scores().unwrap();
        assert_eq!((s.precision, s.recall, s.f1), (0.0, 0.0, 0.0));
        assert_eq!((s.speaker, s.quote_date, s.dates), (None, None, None));
    }

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
}
