//! A day and month as written ("le 3 mars", "March 3rd", "le 3 mars
//! dernier"), and the year named after a month ("mars de l'an dernier",
//! "October last year"): the year each falls in.

use super::super::lexicon::{
    Shift, date_phrase, is_date_lead, is_event_link, is_hour_lead, is_next_after, is_part_of_day,
    is_past_after, weekday,
};
use super::super::segment::{Article, Kind, Token};
use super::calendar::{nearest_day, year};
use super::patterns::{Match, hit, keys};
use super::tense::leaning;
use crate::data::FuzzyDate;
use chrono::{Datelike, NaiveDate};

/// The day `d` of month `m` written from token `i` over `len` tokens, with
/// the year after it if one is written, else the year that "prochain",
/// "dernier" or the tense of the words around give it.
pub(super) fn day_month(
    article: &Article,
    i: usize,
    len: usize,
    (d, m): (u32, u32),
    published: NaiveDate,
    back: usize,
) -> Option<Match> {
    let tokens = &article.tokens;
    // "12 sept. 2024": the full stop of an abbreviated month before the year.
    // "on 28th June, 2019, following": a comma before the year, which ends
    // a clause (no word after it).
    let comma_year = tokens.get(i + len).is_some_and(|t| t.is(','))
        && year(tokens.get(i + len + 1)).is_some()
        && tokens.get(i + len + 2).is_none_or(|t| t.kind != Kind::Word);
    let dot = usize::from(
        (tokens.get(i + len).is_some_and(|t| t.is('.')) && year(tokens.get(i + len + 1)).is_some())
            || comma_year,
    );
    // "Publié le 24 Mai 21 à 8:02": a year in two figures, this year's or
    // last year's, before an hour or the end of the clause.
    let short_year = tokens
        .get(i + len)
        .filter(|t| t.kind == Kind::Word && t.key.len() == 2)
        .and_then(|t| t.key.parse::<i32>().ok())
        .map(|yy| published.year() - published.year() % 100 + yy)
        .filter(|&y| (published.year() - 1..=published.year()).contains(&y))
        .filter(|_| {
            tokens
                .get(i + len + 1)
                .is_none_or(|t| t.kind != Kind::Word || is_hour_lead(&t.key))
        });
    if let Some(y) = year(tokens.get(i + len + dot)).or(short_year) {
        let date = NaiveDate::from_ymd_opt(y, m, d)?;
        return Some(hit(
            len + dot + 1,
            FuzzyDate::day(date),
            "day, month and year as written",
            0.95,
            back,
        ));
    }
    // "au 28 octobre prochain", "le 3 mars dernier": the next or the last
    // such day, whichever is nearer.
    let after = tokens.get(i + len).map_or("", |t| t.key.as_str());
    let y = published.year();
    let (date, rule, len) = if is_next_after(after) {
        let date = (y..=y + 1)
            .filter_map(|y| NaiveDate::from_ymd_opt(y, m, d))
            .find(|&date| date > published)?;
        (
            date,
            "day and month as written, the next such day after publication",
            len + 1,
        )
    } else if is_past_after(after) {
        let date = (y - 1..=y)
            .rev()
            .filter_map(|y| NaiveDate::from_ymd_opt(y, m, d))
            .find(|&date| date < published)?;
        (
            date,
            "day and month as written, the last such day before publication",
            len + 1,
        )
    } else if let Some((n, y)) = month_of_year(tokens, i + len, published, false) {
        // "le 3 mars de l'an dernier", "on March 3 last year".
        (
            NaiveDate::from_ymd_opt(y, m, d)?,
            "day and month as written, in the year named after them",
            len + n,
        )
    } else {
        let date = nearest_day(published, m, d, leaning(article, i))?;
        (
            date,
            "day and month as written, in the year that puts it nearest to publication, \
             or on the side the tense of the sentence says",
            len,
        )
    };
    Some(hit(len, FuzzyDate::day(date), rule, 0.85, back))
}

/// A year named after a month: with "of", "de", a year in figures or a
/// fixed phrase of years ("of next year", "de l'an dernier"); without,
/// only the phrase ("October last year", "mars l'an dernier") when `linked`
/// is false. The tokens it takes from `at` and the year.
pub(super) fn month_of_year(
    tokens: &[Token],
    at: usize,
    published: NaiveDate,
    linked: bool,
) -> Option<(usize, i32)> {
    let link = usize::from(tokens.get(at).is_some_and(|t| is_event_link(&t.key)));
    if link == 0 && linked {
        return None;
    }
    if link == 1
        && let Some(y) = year(tokens.get(at + 1))
    {
        return Some((2, y));
    }
    let words = keys(tokens, at + link, 5);
    let p = date_phrase(&words)?;
    match p.shift {
        Shift::Years(n) => Some((link + p.words.len(), published.year() + n)),
        _ => None,
    }
}

/// The tokens before a day or month at token `i` that belong to its date: a
/// weekday, with a part of the day or a comma after it ("lundi 9 août",
/// "Mardi matin 22 avril", "Saturday, September 14"), and the lead before
/// ("le", "on").
pub(super) fn weekday_before(tokens: &[Token], i: usize) -> usize {
    let key = |j: usize| tokens[j].key.as_str();
    let mut j = i;
    if j > 0 && (tokens[j - 1].is(',') || is_part_of_day(key(j - 1))) {
        j -= 1;
    }
    if j > 0 && weekday(key(j - 1)).is_some() {
        j -= 1;
    } else {
        j = i;
    }
    if j > 0 && is_date_lead(key(j - 1)) {
        j -= 1;
    }
    i - j
}
