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

/// The day `d` of month `m` nearest to publication; when the words around
/// lean to the past or ahead (`lean`), the nearest such day on that side, if
/// within about eleven months ("il a été condamné le 3 décembre" published in
/// September is last December).
pub(super) fn nearest_day(
    published: NaiveDate,
    m: u32,
    d: u32,
    lean: Option<bool>,
) -> Option<NaiveDate> {
    const REACH: i64 = 330;
    const NEAR: i64 = 75;
    const NEAR_ANY: i64 = 30;
    let y = published.year();
    let days = [y - 1, y, y + 1]
        .into_iter()
        .filter_map(|y| NaiveDate::from_ymd_opt(y, m, d));
    let nearest = days
        .clone()
        .min_by_key(|date| (*date - published).num_days().abs())?;
    // A day within a month is that one, whatever the tense; within ten
    // weeks ahead, a verb in the past may be the saying of it ("il a
    // annoncé un sommet le 3 décembre"), so only a future moves it.
    let gap = (nearest - published).num_days();
    if gap.abs() < NEAR_ANY || (gap > 0 && gap < NEAR && lean == Some(false)) {
        return Some(nearest);
    }
    let sided = match lean {
        Some(true) => days.clone().find(|&date| date >= published),
        Some(false) => days.clone().rev().find(|&date| date <= published),
        None => None,
    };
    sided
        .filter(|date| (*date - published).num_days().abs() <= REACH)
        .or(Some(nearest))
}

pub(super) fn month_index(y: i32, m: u32) -> i32 {
    y * 12 + m as i32 - 1
}

/// The month `m` nearest to publication; when the words around lean to the
/// past or ahead (`lean`), the nearest such month on that side, if within
/// eleven months; at six months either way, the lean decides.
pub(super) fn nearest_month(published: NaiveDate, m: u32, lean: Option<bool>) -> (i32, u32) {
    let p = month_index(published.year(), published.month());
    let y = published.year();
    let years = [y - 1, y, y + 1];
    let sided = match lean {
        Some(true) => years.into_iter().find(|&y| month_index(y, m) >= p),
        Some(false) => years.into_iter().rev().find(|&y| month_index(y, m) <= p),
        None => None,
    };
    let ahead = lean == Some(true);
    let nearest = years
        .into_iter()
        .min_by_key(|&y| {
            let d = month_index(y, m) - p;
            (d.abs(), if ahead { -d } else { d })
        })
        .unwrap_or(y);
    // The month of publication is that one, whatever the tense; up to two
    // months ahead, a verb in the past may be the saying of it ("il a parlé
    // de l'investiture en janvier"), so only a future moves it.
    let gap = month_index(nearest, m) - p;
    if gap == 0 || ((1..=2).contains(&gap) && lean == Some(false)) {
        return (nearest, m);
    }
    let best = sided
        .filter(|&y| (month_index(y, m) - p).abs() <= 11)
        .unwrap_or(nearest);
    (best, m)
}

/// The month `m` nearest to publication, the coming one at six months
/// either way ("dès février", "from July").
pub(super) fn nearest_month_ahead(published: NaiveDate, m: u32) -> (i32, u32) {
    let p = month_index(published.year(), published.month());
    let y = published.year();
    let best = [y - 1, y, y + 1]
        .into_iter()
        .min_by_key(|&y| {
            let d = month_index(y, m) - p;
            (d.abs(), -d)
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

/// The weekday `wd` nearest to publication: the coming one up to three days
/// ahead, else the last one.
pub(super) fn nearest_weekday(published: NaiveDate, wd: u32) -> NaiveDate {
    let ahead = (wd as i64 - published.weekday().num_days_from_monday() as i64).rem_euclid(7);
    weekday_from(published, wd, (1..=3).contains(&ahead))
}

/// A date written in figures from token `i`: "09/02/2024", "02/12/21", "11.09.2025" (day
/// first, as in French and British use, unless the first number cannot be a
/// month's day but the second can, "12/25/2023") or "2024-02-09" (one token).
/// The tokens it takes and the day.
pub(super) fn numeric_date(
    tokens: &[Token],
    i: usize,
    published: NaiveDate,
) -> Option<(usize, NaiveDate)> {
    let t = &tokens[i];
    let parts: Vec<&str> = t.key.split('-').collect();
    if let [y, m, d] = parts.as_slice()
        && y.len() == 4
        && [y, m, d]
            .iter()
            .all(|p| p.bytes().all(|b| b.is_ascii_digit()))
    {
        let date = NaiveDate::from_ymd_opt(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)?;
        return Some((1, date));
    }
    let sep = tokens.get(i + 1)?;
    if !(sep.is('/') || sep.is('.')) || sep.start != t.end {
        return None;
    }
    let a = short_number(t)?;
    let b = short_number(tokens.get(i + 2)?)?;
    let again = tokens.get(i + 3)?;
    let y = tokens.get(i + 4)?;
    if !again.is(sep.text.chars().next()?)
        || again.start != tokens[i + 2].end
        || again.end != y.start
    {
        return None;
    }
    let y = year(Some(y)).or_else(|| short_year(y, sep, published))?;
    let (d, m) = if a > 12 || b <= 12 { (a, b) } else { (b, a) };
    Some((5, NaiveDate::from_ymd_opt(y, m, d)?))
}

/// A year written with two figures after slashes ("02/12/21"): this
/// century's, unless that is more than a year after publication. Dots are
/// left out: "1.2.21" is a version number as often as a date.
fn short_year(t: &Token, sep: &Token, published: NaiveDate) -> Option<i32> {
    let yy = short_number(t).filter(|_| t.key.len() == 2 && sep.is('/'))? as i32;
    let century = published.year() / 100 * 100;
    Some(if century + yy > published.year() + 1 {
        century - 100 + yy
    } else {
        century + yy
    })
}

/// A day or month number written with one or two figures.
fn short_number(t: &Token) -> Option<u32> {
    (t.kind == Kind::Word
        && (1..=2).contains(&t.key.len())
        && t.key.bytes().all(|b| b.is_ascii_digit()))
    .then(|| t.key.parse().ok())
    .flatten()
}

/// The date nearest to publication, within six weeks either way, that falls
/// on weekday `wd` (0 is Monday) and on day `day` of its month: "jeudi 9".
pub(super) fn weekday_and_day(published: NaiveDate, wd: u32, day: u32) -> Option<NaiveDate> {
    const REACH: i64 = 45;
    (0..=REACH)
        .flat_map(|n| [n, -n])
        .map(|n| published + Duration::days(n))
        .find(|d| d.day() == day && d.weekday().num_days_from_monday() == wd)
}
