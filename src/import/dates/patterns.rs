//! The date patterns, in the order they are tried: fixed phrases ("la veille",
//! "last year"), day and month, month, year, weekday. A new pattern goes here.

use super::super::lexicon::{
    ago_before, count, is_ago_after, is_date_lead, is_determiner, is_event_link, is_function_word,
    is_future_word, is_month_cue, is_next_after, is_next_before, is_part_of_day, is_past_after,
    is_past_auxiliary, is_past_before, is_saying_verb, is_this_before, is_year_cue, month,
    time_unit, weekday,
};
use super::super::segment::{Article, Kind, Token};
use super::calendar::{month_index, nearest_day, nearest_month, number, weekday_from, year};
use super::{DateMention, anchor};
use crate::data::FuzzyDate;
use chrono::{Datelike, Duration, NaiveDate};

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

fn keys(tokens: &[Token], at: usize, n: usize) -> Vec<&str> {
    tokens[at..(at + n).min(tokens.len())]
        .iter()
        .map(|t| t.key.as_str())
        .collect()
}

/// What a pattern matched at a token: the expression runs from `back` tokens
/// before it to `len` tokens after its start, and means `date`.
pub(super) struct Match {
    pub len: usize,
    pub back: usize,
    pub date: FuzzyDate,
    /// How it was resolved, in words.
    pub rule: &'static str,
    pub confidence: f32,
}

/// A match, its fields in the order the patterns below give them.
fn hit(len: usize, date: FuzzyDate, rule: &'static str, confidence: f32, back: usize) -> Match {
    Match {
        len,
        back,
        date,
        rule,
        confidence,
    }
}

/// The day of the event "la veille de …" names: a day-precise date within a
/// few words after it, in its sentence ("la veille du sommet de jeudi").
fn event_day(
    article: &Article,
    from: usize,
    published: NaiveDate,
    found: &[DateMention],
) -> Option<NaiveDate> {
    const WINDOW: usize = 6;
    let end = article.sentences[article.sentence_of(from.saturating_sub(1))]
        .tokens
        .end;
    (from..end.min(from + WINDOW)).find_map(|j| {
        let m = match_at(article, j, published, found)?;
        (m.date.precision() == crate::data::Precision::Day).then(|| m.date.first_day())
    })
}

/// The pattern that matches at token `i`, if any.
pub(super) fn match_at(
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
    let back = usize::from(is_date_lead(prev));

    // Relative expressions.
    let rel = |n: usize, days: i64, from_anchor: bool, rule: &'static str| -> Option<Match> {
        let base = if from_anchor {
            anchor(found, published)
        } else {
            published
        };
        Some(hit(
            n,
            FuzzyDate::day(base + Duration::days(days)),
            rule,
            0.8,
            0,
        ))
    };
    match k.as_slice() {
        ["le", "meme", "jour", ..] | ["the", "same", "day", ..] => {
            return rel(3, 0, true, "the same day as the last date mentioned");
        }
        ["la", "veille", link, ..] | ["the", "eve", link, ..] if is_event_link(link) => {
            if let Some(d) = event_day(article, i + 3, published, found) {
                let rule = "the day before the event it names, dated after it";
                return Some(hit(2, FuzzyDate::day(d - Duration::days(1)), rule, 0.8, 0));
            }
            return rel(2, -1, true, "the day before the last date mentioned");
        }
        ["le", "lendemain", link, ..] | ["the", "day", "after", link, ..]
            if is_event_link(link) =>
        {
            if let Some(d) = event_day(article, i + 3, published, found) {
                let rule = "the day after the event it names, dated after it";
                return Some(hit(2, FuzzyDate::day(d + Duration::days(1)), rule, 0.8, 0));
            }
            return rel(2, 1, true, "the day after the last date mentioned");
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

    // "il y a vingt-deux ans", "three days ago".
    if let Some(n) = ago_before(&k) {
        if let Some(m) = ago(tokens, i + n, published) {
            return Some(Match { len: n + 2, ..m });
        }
    } else if let Some(m) = ago(tokens, i, published)
        && tokens.get(i + 2).is_some_and(|t| is_ago_after(&t.key))
    {
        return Some(Match { len: 3, ..m });
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
        if j > 0 && is_date_lead(&tokens[j - 1].key) {
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
        // "mars 2025", "en janvier", "en mars dernier", "last March"; a month
        // as a modifier between an article and a noun ("the March deal").
        let modifier = i > 0
            && t.capitalised()
            && is_determiner(prev)
            && !is_month_cue(prev)
            && tokens.get(i + 1).is_some_and(|n| {
                n.kind == Kind::Word && !n.capitalised() && year(Some(n)).is_none()
            });
        let cue = is_month_cue(prev) || modifier;
        let y = year(tokens.get(i + 1));
        let after = tokens.get(i + 1).map_or("", |t| t.key.as_str());
        let marker_after = is_past_after(after) || is_next_after(after);
        if cue || y.is_some() || marker_after {
            let (yy, rule, len, conf) = if let Some(y) = y {
                (y, "month and year as written", 2, 0.95)
            } else {
                let p = month_index(published.year(), published.month());
                let past = is_past_after(after) || is_past_before(prev);
                let coming = is_next_after(after) || is_next_before(prev);
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
            let back =
                usize::from(cue && !modifier && !matches!(prev, "last" | "next" | "this" | "of"))
                    + usize::from(matches!(prev, "last" | "next" | "this"));
            return FuzzyDate::month(yy, m).map(|d| hit(len, d, rule, conf, back));
        }
    }
    // "en 2023", "in 2023".
    if let Some(y) = year(Some(t))
        && is_year_cue(prev)
    {
        return FuzzyDate::year(y).map(|d| hit(1, d, "the year as written", 0.9, 1));
    }
    // "lundi soir", "mardi prochain", "last Monday", "on Monday".
    if let Some(wd) = weekday(&t.key) {
        // "Sunday Times", "Monday Night Football": a name, unless "on Sunday",
        // or right after a verb of saying with its subject after the day
        // ("a déclaré mardi Jean Dupont", "said Monday Jane Roe").
        let named = tokens
            .get(i + 1)
            .is_some_and(|n| n.capitalised() && !is_function_word(&n.key));
        let marked_before = is_past_before(prev) || is_next_before(prev);
        if named && !is_date_lead(prev) && !marked_before && !is_saying_verb(prev) {
            return None;
        }
        let after = tokens.get(i + 1).map_or("", |t| t.key.as_str());
        let part = is_part_of_day(after);
        let this_day = is_this_before(prev) && published.weekday().num_days_from_monday() == wd;
        let (date, rule, len) = if this_day {
            (
                published,
                "this weekday: the publication day",
                1 + usize::from(part),
            )
        } else if is_past_after(after) || is_past_before(prev) {
            (
                weekday_from(published - Duration::days(1), wd, false),
                "the last such weekday before publication",
                2,
            )
        } else if is_next_after(after)
            || is_next_before(prev)
            || (!is_past_before(prev) && !past_clause(article, i) && future(article, i))
        {
            (
                weekday_from(published, wd, true),
                "the next such weekday after publication",
                1 + usize::from(is_next_after(after) || part),
            )
        } else {
            (
                weekday_from(published, wd, false),
                "the last such weekday on or before publication",
                1 + usize::from(part),
            )
        };
        let len = if marked_before {
            1 + usize::from(part)
        } else {
            len
        };
        let back = usize::from(marked_before || is_this_before(prev) || prev == "on");
        return Some(hit(len, FuzzyDate::day(date), rule, 0.8, back));
    }
    None
}

/// A count and a unit of time at token `at`, counted back from publication,
/// at the unit's precision ("deux ans" gives a year, "trois jours" a day).
fn ago(tokens: &[Token], at: usize, published: NaiveDate) -> Option<Match> {
    let n = count(&tokens.get(at)?.key)?;
    let days = time_unit(&tokens.get(at + 1)?.key)?;
    let rule = "a time counted back from publication";
    match days {
        0 => month_from(2, published, -(n as i32), rule),
        365 => year_from(2, published.year() - n as i32, rule),
        d => Some(hit(
            2,
            FuzzyDate::day(published - Duration::days(i64::from(n * d))),
            rule,
            0.8,
            0,
        )),
    }
}

fn year_from(len: usize, year: i32, rule: &'static str) -> Option<Match> {
    FuzzyDate::year(year).map(|d| hit(len, d, rule, 0.85, 0))
}

fn month_from(len: usize, published: NaiveDate, delta: i32, rule: &'static str) -> Option<Match> {
    let index = month_index(published.year(), published.month()) + delta;
    FuzzyDate::month(index.div_euclid(12), index.rem_euclid(12) as u32 + 1)
        .map(|d| hit(len, d, rule, 0.85, 0))
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
        return Some(hit(
            len + 1,
            FuzzyDate::day(date),
            "day, month and year as written",
            0.95,
            back,
        ));
    }
    let date = nearest_day(published, m, d)?;
    Some(hit(
        len,
        FuzzyDate::day(date),
        "day and month as written, in the year that puts it nearest to publication",
        0.85,
        back,
    ))
}
