//! Date expressions and what they mean, resolved against the publication date:
//! "le 9 août", "lundi soir", "en mars dernier", "la veille", "August 9, 2025",
//! "last Monday". Each keeps the precision the words support.

mod calendar;
mod day_month;
mod patterns;
mod phrases;
mod tense;
mod weekday;

use super::lexicon::is_not_governing;
use super::lexicon::is_possessive_mark;
use super::segment::Article;
use crate::data::FuzzyDate;
use chrono::NaiveDate;
use patterns::{Match, match_at, vague_at};
use std::ops::Range;

/// A date expression found in the article.
#[derive(Debug, Clone)]
pub struct DateMention {
    pub tokens: Range<usize>,
    pub chars: Range<usize>,
    pub date: FuzzyDate,
    /// How it was resolved, in words, for the record's derivation note.
    pub rule: &'static str,
    pub confidence: f32,
    /// Whether it dates what follows. "Depuis octobre", "since 2019",
    /// "until March" bound a span; they do not say when something was said.
    pub governs: bool,
}

/// Finds and resolves every date expression of the article.
pub fn find(article: &Article, published: NaiveDate) -> Vec<DateMention> {
    let tokens = &article.tokens;
    let mut out: Vec<DateMention> = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        // A vague phrase ("ces derniers jours", "à ce jour") is passed over
        // whole: none of its words starts a date.
        if let Some(len) = vague_at(tokens, i) {
            i += len;
            continue;
        }
        let Some(Match {
            len,
            back,
            date,
            rule,
            confidence,
        }) = match_at(article, i, published, &out)
        else {
            i += 1;
            continue;
        };
        let start = i - back;
        let end = i + len;
        let before = start.checked_sub(1).map_or("", |b| tokens[b].key.as_str());
        // A bound ("depuis 2019"), a gloss in brackets ("(2013)"), or a period
        // qualifying a noun ("last year's rookie") dates nothing that follows.
        let bracketed = tokens[start].is('(');
        let possessive = date.precision() != crate::data::Precision::Day
            && tokens.get(end).is_some_and(|t| {
                is_possessive_mark(&t.key)
                    && matches!(article.chars.get(tokens[end - 1].end), Some('\'' | '’'))
            });
        let governs = ![tokens[start].key.as_str(), before]
            .iter()
            .any(|k| is_not_governing(k))
            && !bracketed
            && !possessive;
        out.push(DateMention {
            governs,
            chars: tokens[start].start..tokens[end - 1].end,
            tokens: start..end,
            date,
            rule,
            confidence,
        });
        i = end;
    }
    out
}

/// The last day-precise date mentioned before, that is not after publication:
/// what "le même jour" and "la veille" count from.
pub(super) fn anchor(found: &[DateMention], published: NaiveDate) -> NaiveDate {
    found
        .iter()
        .rev()
        .find(|m| {
            m.date.precision() == crate::data::Precision::Day && m.date.first_day() <= published
        })
        .map_or(published, |m| m.date.first_day())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dates(text: &str, published: &str) -> Vec<(String, String)> {
        let a = Article::new(text);
        let p = NaiveDate::parse_from_str(published, "%Y-%m-%d").unwrap();
        find(&a, p)
            .into_iter()
            .map(|m| (a.text(m.chars), m.date.iso()))
            .collect()
    }

    #[test]
    fn french_expressions() {
        let got = dates(
            "T\n\nLe 9 août, ils ont parlé. Une rencontre est prévue le 15 août. \
             Le même jour, ils ont appelé. Il a été annoncé en mars dernier. \
             Il a rencontré lundi soir ses collègues. L’investiture en janvier. \
             Hier, il a dit non. Mardi prochain, il viendra. La veille, rien. En 2023, rien.",
            "2025-08-10",
        );
        let want = [
            ("Le 9 août", "2025-08-09"),
            ("le 15 août", "2025-08-15"),
            ("Le même jour", "2025-08-09"),
            ("en mars dernier", "2025-03"),
            ("lundi soir", "2025-08-04"),
            ("en janvier", "2026-01"),
            ("Hier", "2025-08-09"),
            ("Mardi prochain", "2025-08-12"),
            ("La veille", "2025-08-08"),
            ("En 2023", "2023"),
        ];
        let want: Vec<(String, String)> = want
            .iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect();
        assert_eq!(got, want);
    }

    #[test]
    fn the_same_day_counts_from_a_past_date() {
        // 15 August is still to come on the 10th: "le même jour" is the 9th.
        let got = dates(
            "T\n\nLe 9 août, X. Rencontre prévue le 15 août. Le même jour, Y.",
            "2025-08-10",
        );
        assert_eq!(
            got[2],
            ("Le même jour".to_string(), "2025-08-09".to_string())
        );
    }

    #[test]
    fn english_expressions() {
        let got = dates(
            "T\n\nOn Monday, he said so. On August 9, 2025, they met. Last March they met. \
             The 9 August talks. Yesterday it rained. In 2024 too. It will happen next Tuesday.",
            "2025-08-13",
        );
        let texts: Vec<(&str, &str)> = got.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
        assert_eq!(
            texts,
            [
                ("On Monday", "2025-08-11"),
                ("On August 9, 2025", "2025-08-09"),
                ("Last March", "2025-03"),
                ("9 August", "2025-08-09"),
                ("Yesterday", "2025-08-12"),
                ("In 2024", "2024"),
                ("next Tuesday", "2025-08-19"),
            ]
        );
    }

    #[test]
    fn this_weekday_and_the_parts_of_a_year() {
        // Published on Friday 29 October 2021, speaking of the future.
        let got = dates(
            "T\n\nIl a parlé ce vendredi matin du niveau prévu : nous allons retrouver fin 2021, peut-être \
             début 2022, notre niveau. Cet après-midi, il viendra.",
            "2021-10-29",
        );
        let texts: Vec<(&str, &str)> = got.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
        assert_eq!(
            texts,
            [
                ("ce vendredi matin", "2021-10-29"),
                ("fin 2021", "2021"),
                ("début 2022", "2022"),
                ("Cet après-midi", "2021-10-29"),
            ]
        );
        let got = dates("T\n\nFarms were cracked during December.", "2013-03-11");
        assert_eq!(
            got,
            [("during December".to_string(), "2012-12".to_string())]
        );
    }

    #[test]
    fn a_month_is_the_nearest_one() {
        // Published in late November 2024, "en janvier" is January 2025.
        let got = dates(
            "T\n\nIl a parlé de l’investiture de Trump en janvier.",
            "2024-11-26",
        );
        assert_eq!(got, [("en janvier".to_string(), "2025-01".to_string())]);
    }
}
