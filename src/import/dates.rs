//! Date expressions and what they mean, resolved against the publication date:
//! "le 9 août", "lundi soir", "en mars dernier", "la veille", "August 9, 2025",
//! "last Monday". Each keeps the precision the words support.

use super::lexicon::{
    is_function_word, is_future_word, is_month_cue, is_not_governing, is_past_auxiliary,
    is_year_cue, month, weekday,
};
use super::segment::{Article, Kind, Token};
use crate::data::FuzzyDate;
use chrono::{Datelike, Duration, NaiveDate};
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

fn number(t: &Token) -> Option<u32> {
    if t.kind != Kind::Word {
        return None;
    }
    let digits = t
        .key
        .trim_end_matches("er")
        .trim_end_matches("st")
        .trim_end_matches("nd")
        .trim_end_matches("rd")
        .trim_end_matches("th");
    if digits.is_empty() || !digits.chars().all(|c| c.is_ascii_digit()) || digits.len() > 4 {
        return None;
    }
    digits.parse().ok()
}

fn year(t: Option<&Token>) -> Option<i32> {
    t.and_then(number)
        .filter(|n| (1900..=2100).contains(n) && t.is_some_and(|t| t.key.len() == 4))
        .map(|n| n as i32)
}

/// Whether the weekday at token `at` follows a verb in the past: an
/// auxiliary of the past a few words before ("Macron a assuré jeudi") with
/// no word of the future after it. A future word elsewhere in the sentence
/// ("la prochaine élection") does not move such a weekday to the next week.
fn past_clause(article: &Article, at: usize) -> bool {
    const WINDOW: usize = 4;
    let s = &article.sentences[article.sentence_of(at)];
    let from = s.tokens.start.max(at.saturating_sub(WINDOW));
    let (mut past, mut future) = (None, None);
    for (i, t) in article.tokens[from..at].iter().enumerate() {
        if t.kind != Kind::Word || t.quote.is_some() {
            continue;
        }
        if is_past_auxiliary(&t.key) {
            past = Some(i);
        } else if is_future_word(&t.key) {
            future = Some(i);
        }
    }
    past.is_some_and(|p| future.is_none_or(|f| f < p))
}

/// Words that say a sentence speaks of what is to come.
fn future(article: &Article, at: usize) -> bool {
    let s = &article.sentences[article.sentence_of(at)];
    article.tokens[s.tokens.clone()]
        .iter()
        .any(|t| is_future_word(&t.key))
}

fn nearest_day(published: NaiveDate, m: u32, d: u32) -> Option<NaiveDate> {
    let y = published.year();
    [y - 1, y, y + 1]
        .into_iter()
        .filter_map(|y| NaiveDate::from_ymd_opt(y, m, d))
        .min_by_key(|date| (*date - published).num_days().abs())
}

fn month_index(y: i32, m: u32) -> i32 {
    y * 12 + m as i32 - 1
}

/// The month `m` nearest to publication; at six months either way, the
/// sentence's tense decides.
fn nearest_month(published: NaiveDate, m: u32, ahead: bool) -> (i32, u32) {
    let p = month_index(published.year(), published.month());
    let y = published.year();
    let best = [y - 1, y, y + 1]
        .into_iter()
        .min_by_key(|&y| {
            let d = month_index(y, m) - p;
            (d.abs(), if ahead { -d } else { d })
        })
        .unwrap_or(y);
    (best, m)
}

fn weekday_from(published: NaiveDate, wd: u32, after: bool) -> NaiveDate {
    let today = published.weekday().num_days_from_monday() as i64;
    let wd = wd as i64;
    if after {
        let mut d = (wd - today).rem_euclid(7);
        if d == 0 {
            d = 7;
        }
        published + Duration::days(d)
    } else {
        published - Duration::days((today - wd).rem_euclid(7))
    }
}

fn keys(tokens: &[Token], at: usize, n: usize) -> Vec<&str> {
    tokens[at..(at + n).min(tokens.len())]
        .iter()
        .map(|t| t.key.as_str())
        .collect()
}

/// Finds and resolves every date expression of the article.
pub fn find(article: &Article, published: NaiveDate) -> Vec<DateMention> {
    let tokens = &article.tokens;
    let mut out: Vec<DateMention> = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let Some((len, date, rule, confidence, back)) = match_at(article, i, published, &out)
        else {
            i += 1;
            continue;
        };
        let start = i - back;
        let end = i + len;
        let before = start.checked_sub(1).map_or("", |b| tokens[b].key.as_str());
        let governs = ![tokens[start].key.as_str(), before]
            .iter()
            .any(|k| is_not_governing(k));
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
fn anchor(found: &[DateMention], published: NaiveDate) -> NaiveDate {
    found
        .iter()
        .rev()
        .find(|m| {
            m.date.precision() == crate::data::Precision::Day && m.date.first_day() <= published
        })
        .map_or(published, |m| m.date.first_day())
}

type Match = (usize, FuzzyDate, &'static str, f32, usize);

fn match_at(
    article: &Article,
    i: usize,
    published: NaiveDate,
    found: &[DateMention],
) -> Option<Match> {
    let tokens = &article.tokens;
    let t = &tokens[i];
    if t.kind != Kind::Word {
        return None;
    }
    let k = keys(tokens, i, 4);
    let prev = if i > 0 {
        tokens[i - 1].key.as_str()
    } else {
        ""
    };
    let back = usize::from(matches!(
        prev,
        "le" | "on" | "du" | "au" | "depuis" | "since"
    ));

    // Relative expressions.
    let rel = |n: usize, days: i64, from_anchor: bool, rule: &'static str| -> Option<Match> {
        let base = if from_anchor {
            anchor(found, published)
        } else {
            published
        };
        Some((n, FuzzyDate::day(base + Duration::days(days)), rule, 0.8, 0))
    };
    match k.as_slice() {
        ["le", "meme", "jour", ..] | ["the", "same", "day", ..] => {
            return rel(3, 0, true, "the same day as the last date mentioned");
        }
        ["la", "veille", ..] => return rel(2, -1, true, "the day before the last date mentioned"),
        ["the", "day", "before", ..] | ["the", "previous", "day", ..] => {
            return rel(3, -1, true, "the day before the last date mentioned");
        }
        ["le", "lendemain", ..] => return rel(2, 1, true, "the day after the last date mentioned"),
        ["the", "next", "day", ..] | ["the", "following", "day", ..] => {
            return rel(3, 1, true, "the day after the last date mentioned");
        }
        ["l", "an" | "annee", "dernier" | "derniere", ..] => {
            return year_from(3, published.year() - 1, "the year before publication");
        }
        ["last", "year", ..] => {
            return year_from(2, published.year() - 1, "the year before publication");
        }
        ["l", "an" | "annee", "prochain" | "prochaine", ..] => {
            return year_from(3, published.year() + 1, "the year after publication");
        }
        ["next", "year", ..] => {
            return year_from(2, published.year() + 1, "the year after publication");
        }
        ["cette", "annee", ..] | ["this", "year", ..] => {
            return year_from(2, published.year(), "the year of publication");
        }
        ["le", "mois", "dernier", ..] => {
            return month_from(3, published, -1, "the month before publication");
        }
        ["last", "month", ..] => {
            return month_from(2, published, -1, "the month before publication");
        }
        ["le", "mois", "prochain", ..] => {
            return month_from(3, published, 1, "the month after publication");
        }
        ["next", "month", ..] => return month_from(2, published, 1, "the month after publication"),
        ["this", "month", ..] => return month_from(2, published, 0, "the month of publication"),
        ["avant-hier", ..] => return rel(1, -2, false, "two days before publication"),
        ["hier", ..] | ["yesterday", ..] => return rel(1, -1, false, "the day before publication"),
        ["aujourd", "hui", ..] => return rel(2, 0, false, "the publication date"),
        ["today", ..] => return rel(1, 0, false, "the publication date"),
        ["cet", "apres-midi", ..]
        | ["ce", "matin" | "soir", ..]
        | ["this", "morning" | "afternoon" | "evening", ..] => {
            return rel(2, 0, false, "this part of the publication day");
        }
        ["demain", ..] | ["tomorrow", ..] => return rel(1, 1, false, "the day after publication"),
        _ => {}
    }

    // "9 août [2025]", "1er août", "9 August 2025".
    if let (Some(d), Some(m)) = (number(t), tokens.get(i + 1).and_then(|n| month(&n.key)))
        && (1..=31).contains(&d)
    {
        // Take in "le" and a weekday before the day: "le lundi 9 août".
        let mut j = i;
        if j > 0 && weekday(&tokens[j - 1].key).is_some() {
            j -= 1;
        }
        if j > 0
            && matches!(
                tokens[j - 1].key.as_str(),
                "le" | "on" | "du" | "au" | "depuis" | "since"
            )
        {
            j -= 1;
        }
        let back = i - j;
        return day_month(tokens, i, 2, d, m, published, back);
    }
    // "August 9, 2025", "Aug. 9".
    if let Some(m) = month(&t.key) {
        let mut j = i + 1;
        if tokens.get(j).is_some_and(|t| t.is('.')) {
            j += 1;
        }
        if let Some(d) = tokens
            .get(j)
            .and_then(number)
            .filter(|d| (1..=31).contains(d))
        {
            let mut len = j + 1 - i;
            if tokens.get(i + len).is_some_and(|t| t.is(','))
                && year(tokens.get(i + len + 1)).is_some()
            {
                len += 1;
            }
            return day_month(tokens, i, len, d, m, published, back);
        }
        // "mars 2025", "en janvier", "en mars dernier", "last March".
        let cue = is_month_cue(prev);
        let y = year(tokens.get(i + 1));
        let after = tokens.get(i + 1).map_or("", |t| t.key.as_str());
        let marker_after = matches!(after, "dernier" | "prochain" | "passe");
        if cue || y.is_some() || marker_after {
            let (yy, rule, len, conf) = if let Some(y) = y {
                (y, "month and year as written", 2, 0.95)
            } else {
                let p = month_index(published.year(), published.month());
                let past = matches!(after, "dernier" | "passe") || prev == "last";
                let coming = after == "prochain" || prev == "next";
                let len = 1 + usize::from(marker_after);
                if past {
                    let y = (published.year() - 1..=published.year())
                        .rev()
                        .find(|&y| month_index(y, m) < p)
                        .unwrap_or(published.year() - 1);
                    (y, "the last such month before publication", len, 0.85)
                } else if coming {
                    let y = (published.year()..=published.year() + 1)
                        .find(|&y| month_index(y, m) > p)
                        .unwrap_or(published.year() + 1);
                    (y, "the next such month after publication", len, 0.85)
                } else {
                    let (y, _) = nearest_month(published, m, future(article, i));
                    (y, "the month of that name nearest to publication", len, 0.7)
                }
            };
            let back = usize::from(cue && !matches!(prev, "last" | "next" | "this" | "of"))
                + usize::from(matches!(prev, "last" | "next" | "this"));
            return FuzzyDate::month(yy, m).map(|d| (len, d, rule, conf, back));
        }
    }
    // "en 2023", "in 2023".
    if let Some(y) = year(Some(t))
        && is_year_cue(prev)
    {
        return FuzzyDate::year(y).map(|d| (1, d, "the year as written", 0.9, 1));
    }
    // "lundi soir", "mardi prochain", "last Monday", "on Monday".
    if let Some(wd) = weekday(&t.key) {
        // "Sunday Times", "Monday Night Football": a name, unless "on Sunday".
        let named = tokens
            .get(i + 1)
            .is_some_and(|n| n.capitalised() && !is_function_word(&n.key));
        if named && !matches!(prev, "on" | "last" | "next") {
            return None;
        }
        let after = tokens.get(i + 1).map_or("", |t| t.key.as_str());
        let part = matches!(
            after,
            "soir"
                | "matin"
                | "midi"
                | "apres-midi"
                | "night"
                | "morning"
                | "afternoon"
                | "evening"
        );
        let this_day =
            matches!(prev, "ce" | "this") && published.weekday().num_days_from_monday() == wd;
        let (date, rule, len) = if this_day {
            (
                published,
                "this weekday: the publication day",
                1 + usize::from(part),
            )
        } else if after == "dernier" || prev == "last" {
            (
                weekday_from(published - Duration::days(1), wd, false),
                "the last such weekday before publication",
                2,
            )
        } else if after == "prochain"
            || prev == "next"
            || (prev != "last" && !past_clause(article, i) && future(article, i))
        {
            (
                weekday_from(published, wd, true),
                "the next such weekday after publication",
                1 + usize::from(after == "prochain" || part),
            )
        } else {
            (
                weekday_from(published, wd, false),
                "the last such weekday on or before publication",
                1 + usize::from(part),
            )
        };
        let len = if prev == "last" || prev == "next" {
            1 + usize::from(part)
        } else {
            len
        };
        let back = usize::from(matches!(prev, "last" | "next" | "on" | "ce"));
        return Some((len, FuzzyDate::day(date), rule, 0.8, back));
    }
    None
}

fn year_from(len: usize, year: i32, rule: &'static str) -> Option<Match> {
    FuzzyDate::year(year).map(|d| (len, d, rule, 0.85, 0))
}

fn month_from(len: usize, published: NaiveDate, delta: i32, rule: &'static str) -> Option<Match> {
    let index = month_index(published.year(), published.month()) + delta;
    FuzzyDate::month(index.div_euclid(12), index.rem_euclid(12) as u32 + 1)
        .map(|d| (len, d, rule, 0.85, 0))
}

fn day_month(
    tokens: &[Token],
    i: usize,
    len: usize,
    d: u32,
    m: u32,
    published: NaiveDate,
    back: usize,
) -> Option<Match> {
    if let Some(y) = year(tokens.get(i + len)) {
        let date = NaiveDate::from_ymd_opt(y, m, d)?;
        return Some((
            len + 1,
            FuzzyDate::day(date),
            "day, month and year as written",
            0.95,
            back,
        ));
    }
    let date = nearest_day(published, m, d)?;
    Some((
        len,
        FuzzyDate::day(date),
        "day and month as written, in the year that puts it nearest to publication",
        0.85,
        back,
    ))
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
