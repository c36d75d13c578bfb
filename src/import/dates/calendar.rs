//! Calendar arithmetic the date patterns resolve with: numbers and years as
//! written, the day or month of a name nearest to publication, weekdays.

use super::super::segment::{Kind, Token};
use chrono::{Datelike, Duration, NaiveDate};

pub(super) fn number(t: &Token) -> Option<u32> {
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

pub(super) fn year(t: Option<&Token>) -> Option<i32> {
    t.and_then(number)
        .filter(|n| (1900..=2100).contains(n) && t.is_some_and(|t| t.key.len() == 4))
        .map(|n| n as i32)
}

pub(super) fn nearest_day(published: NaiveDate, m: u32, d: u32) -> Option<NaiveDate> {
    let y = published.year();
    [y - 1, y, y + 1]
        .into_iter()
        .filter_map(|y| NaiveDate::from_ymd_opt(y, m, d))
        .min_by_key(|date| (*date - published).num_days().abs())
}

pub(super) fn month_index(y: i32, m: u32) -> i32 {
    y * 12 + m as i32 - 1
}

/// The month `m` nearest to publication; at six months either way, the
/// sentence's tense decides.
pub(super) fn nearest_month(published: NaiveDate, m: u32, ahead: bool) -> (i32, u32) {
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

pub(super) fn weekday_from(published: NaiveDate, wd: u32, after: bool) -> NaiveDate {
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
