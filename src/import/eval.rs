//! Scores the importer against hand-made gold: quote precision, recall and F1
//! (a quote is found when it and a gold quote overlap by at least 80% of the
//! characters of each), speaker accuracy and date accuracy on the found quotes,
//! and the accuracy of resolved date expressions.

use super::Proposal;
use crate::text::fold_key;
use serde::Deserialize;

mod gold;
pub use gold::{Article, GoldError, load_dir};

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
        /// The rule that gave the wrong speaker.
        rule: &'static str,
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

/// The gold quote each proposed quote found, in the proposal's order: the
/// first gold quote not yet taken that overlaps it by 80%.
fn pair_quotes(p: &Proposal, quotes: &[GoldQuote]) -> Vec<Option<usize>> {
    let mut taken = vec![false; quotes.len()];
    p.quotes
        .iter()
        .map(|q| {
            let g =
                (0..quotes.len()).find(|&g| !taken[g] && overlaps(quotes[g].span, q.span, 0.8))?;
            taken[g] = true;
            Some(g)
        })
        .collect()
}

fn speaker_right(gold: &GoldQuote, q: &super::ProposedQuote) -> bool {
    let got = q.speaker.as_ref().map_or("", |s| s.name.as_str());
    gold.speakers.iter().any(|n| fold_key(n) == fold_key(got))
}

/// For each found quote, the rule that gave its speaker (or `no speaker
/// found`) and whether the speaker is right: which rules to trust, and
/// which to mend first.
pub fn speaker_rules(p: &Proposal, quotes: &[GoldQuote]) -> Vec<(&'static str, bool)> {
    p.quotes
        .iter()
        .zip(pair_quotes(p, quotes))
        .filter_map(|(q, g)| {
            let rule = q.speaker.as_ref().map_or("no speaker found", |s| s.cue);
            Some((rule, speaker_right(&quotes[g?], q)))
        })
        .collect()
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
    let found = pair_quotes(p, quotes);
    let mut taken = vec![false; quotes.len()];
    for (q, g) in p.quotes.iter().zip(found) {
        let Some(g) = g else {
            misses.push(Miss::Spurious(q.text.chars().take(60).collect()));
            continue;
        };
        taken[g] = true;
        c.found += 1;
        let gold = &quotes[g];
        let got = q.speaker.as_ref().map_or(String::new(), |s| s.name.clone());
        if speaker_right(gold, q) {
            c.speaker_right += 1;
        } else {
            misses.push(Miss::Speaker {
                quote: excerpt(gold.span),
                got,
                want: gold.speakers[0].clone(),
                rule: q.speaker.as_ref().map_or("no speaker found", |s| s.cue),
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
    let proposed: Vec<&str> = p.dates.iter().map(|m| m.text.as_str()).collect();
    let gold: Vec<&str> = dates.iter().map(|d| d.text.as_str()).collect();
    for (d, got) in dates.iter().zip(pair_dates(&proposed, &gold)) {
        let got = got.map(|i| &p.dates[i]);
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

/// For each gold date's text, the proposed date it is scored against, each
/// proposal used once: one whose text is the gold's, else the one nearest in
/// length among those whose text holds the gold's or is held in it. So a
/// gold `le samedi` is not scored against a longer `le samedi 4 janvier`
/// proposed elsewhere in the article when `samedi` itself was proposed.
fn pair_dates(proposed: &[&str], gold: &[&str]) -> Vec<Option<usize>> {
    let proposed: Vec<String> = proposed.iter().map(|t| fold_key(t)).collect();
    let mut used = vec![false; proposed.len()];
    gold.iter()
        .map(|g| {
            let want = fold_key(g);
            let got = (0..proposed.len())
                .filter(|&i| !used[i])
                .filter_map(|i| {
                    let text = &proposed[i];
                    let near = text.contains(&want) || want.contains(text.as_str());
                    near.then(|| (*text != want, text.len().abs_diff(want.len()), i))
                })
                .min()
                .map(|(_, _, i)| i);
            if let Some(i) = got {
                used[i] = true;
            }
            got
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::{Counts, GoldError, overlaps, pair_dates};

    #[test]
    fn a_gold_date_is_scored_against_its_nearest_proposal_each_used_once() {
        let proposed = ["le samedi 4 janvier 2020", "samedi", "lundi"];
        // The shorter proposal, not the first that holds the gold's text.
        assert_eq!(pair_dates(&proposed, &["le samedi"]), [Some(1)]);
        // The same text twice in the gold needs two proposals.
        assert_eq!(pair_dates(&proposed, &["lundi", "lundi"]), [Some(2), None]);
        // A text that is the gold's comes before a nearer one that is not.
        assert_eq!(
            pair_dates(&["mardi 3", "le mardi 3 mars"], &["le mardi 3 mars"]),
            [Some(1)]
        );
    }

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
}
