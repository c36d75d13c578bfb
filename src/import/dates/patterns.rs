//! The date patterns, in the order they are tried: fixed phrases ("la veille",
//! "last year"), day and month, month, year, weekday (in weekday.rs). A new
//! pattern goes here.

use super::super::lexicon::{
    ago_before, count, day_word, is_ago_after, is_date_lead, is_determiner, is_event_link,
    is_forward_cue, is_month_cue, is_next_after, is_next_before, is_past_after, is_past_before,
    is_year_cue, month, time_unit, vague_time, weekday,
};
use super::super::segment::{Article, Kind, Token};
use super::DateMention;
use super::calendar::{
    month_index, nearest_month, nearest_month_ahead, number, numeric_date, year,
};
use super::day_month::{day_month, month_of_year, weekday_before};
use super::phrases::{part_of_period, phrase_at};
use super::tense::{english, leaning};
use super::weekday::weekday_at;
use crate::data::{FuzzyDate, Precision};
use crate::import::lexicon::{
    is_day_range_link, is_forward_count_lead, is_function_word, is_month_pair_link, is_since_word,
    is_year_article, is_year_cue_pair, is_year_list_link, is_year_list_noun, is_year_purpose_cue,
    is_year_range_link, is_year_range_open, week_day_count,
};
use chrono::{Datelike, Duration, NaiveDate};

pub(super) fn keys(tokens: &[Token], at: usize, n: usize) -> Vec<&str> {
    tokens[at..(at + n).min(tokens.len())]
        .iter()
        .map(|t| t.key.as_str())
        .collect()
}

/// The length of the vague phrase of time starting at token `i`, if any.
pub(super) fn vague_at(tokens: &[Token], i: usize) -> Option<usize> {
    if tokens[i].kind != Kind::Word {
        return None;
    }
    vague_time(&keys(tokens, i, 6))
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
pub(super) fn hit(
    len: usize,
    date: FuzzyDate,
    rule: &'static str,
    confidence: f32,
    back: usize,
) -> Match {
    Match {
        len,
        back,
        date,
        rule,
        confidence,
    }
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
    let k = keys(tokens, i, 6);
    let prev = if i > 0 {
        tokens[i - 1].key.as_str()
    } else {
        ""
    };
    let back = usize::from(is_date_lead(prev));

    // Fixed phrases, the eve of an event, a part of a year.
    match phrase_at(article, i, &k, published, found) {
        Ok(Some(m)) => return Some(m),
        Ok(None) => {}
        Err(_) => return None,
    }
    if let Some(m) = part_of_period(&k, published, || leaning(article, i)) {
        return Some(m);
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
    // "09/02/2024", "11.09.2025", "2024-02-09".
    if let Some((len, date)) = numeric_date(tokens, i, published) {
        let rule = "a date written in figures, day first unless the day cannot be a month";
        return Some(hit(len, FuzzyDate::day(date), rule, 0.85, back));
    }
    // "(juin 2017-mai 2018)": the year of a month and the next month of a
    // span written as one word; the month takes the year after it.
    if let Some((y, m)) = t.key.split_once('-')
        && y.len() == 4
        && y.parse::<i32>().is_ok()
        && let (Some(m), Some(y2)) = (month(m), year(tokens.get(i + 1)))
    {
        let rule = "the second month of a span, with its year";
        return FuzzyDate::month(y2, m).map(|d| hit(2, d, rule, 0.9, 0));
    }
    // "le 14-Juillet", "le 8-Mai": a day and a month written as one word.
    if let Some((d, m)) = t.key.split_once('-')
        && let (Some(d), Some(m)) = (d.parse::<u32>().ok(), month(m))
        && (1..=31).contains(&d)
    {
        return day_month(article, i, 1, (d, m), published, back);
    }
    // "dans trois jours", "in two weeks": counted forward from publication.
    if is_forward_count_lead(prev)
        && let Some(m) = ago(tokens, i, published)
        && tokens
            .get(i + 2)
            .is_none_or(|n| !is_event_link(&n.key) && !is_date_lead(&n.key))
    {
        let forward = match m.date.precision() {
            Precision::Day => {
                let back = published - m.date.first_day();
                Some(FuzzyDate::day(published + back))
            }
            Precision::Month => {
                let back = month_index(published.year(), published.month())
                    - month_index(m.date.first_day().year(), m.date.first_day().month());
                month_from(2, published, back, "").map(|m| m.date)
            }
            Precision::Year => FuzzyDate::year(2 * published.year() - m.date.first_day().year()),
        };
        let rule = "a time counted forward from publication";
        return forward.map(|d| hit(2, d, rule, 0.75, 1));
    }
    let day = number(t).or_else(|| day_word(&t.key));
    // "the 3rd of March", "du 3 au 5 octobre" (the first day), "3 March".
    let (gap, d2) = day_gap(tokens, i);
    if let (Some(d), Some(m)) = (day, tokens.get(i + gap + 1).and_then(|n| month(&n.key)))
        && (1..=31).contains(&d)
        && d2.is_none_or(|d2| d2 > d)
    {
        // Take in "le" and a weekday before the day: "le lundi 9 août",
        // "Mardi matin 22 avril 2008", "Tuesday, 23 January".
        let back = weekday_before(tokens, i);
        return day_month(article, i, 2 + gap, (d, m), published, back);
    }
    // "August 9, 2025", "Aug. 9"; not a count before its noun that reads
    // as a month ("un report de sept jours").
    let counted = count(&t.key).is_some()
        && tokens
            .get(i + 1)
            .is_some_and(|n| n.kind == Kind::Word && number(n).is_none());
    if let Some(m) = month(&t.key).filter(|_| !counted) {
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
            // "Saturday, September 14", "on Tuesday, January 23".
            let back = weekday_before(tokens, i).max(back);
            return day_month(article, i, len, (d, m), published, back);
        }
        // "juin 2017-mai 2018": the first month of a span, its year joined
        // to the next month; that month is matched on its own.
        if let Some((y, rest)) = tokens.get(i + 1).and_then(|n| n.key.split_once('-'))
            && y.len() == 4
            && month(rest).is_some()
            && let Ok(y) = y.parse::<i32>()
        {
            let rule = "the first month of a span, with its year";
            return FuzzyDate::month(y, m).map(|d| hit(1, d, rule, 0.9, 0));
        }
        // "May of next year", "mars de l'an dernier", "March of 2023".
        if let Some((len, y)) = month_of_year(tokens, i + 1, published, false) {
            let back = usize::from(is_month_cue(prev));
            let rule = "the month of the year named after it";
            return FuzzyDate::month(y, m).map(|d| hit(1 + len, d, rule, 0.85, back));
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
        // "en juillet et août", "entre mars et mai": the second month too.
        let second = is_month_pair_link(prev)
            && i.checked_sub(2)
                .is_some_and(|b| month(&tokens[b].key).is_some());
        let cue = is_month_cue(prev) || modifier || second;
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
                if is_since_word(prev) && !coming {
                    // "depuis septembre", "since December": what lasts since
                    // a month began in the last one, this one included.
                    let y = (published.year() - 1..=published.year())
                        .rev()
                        .find(|&y| month_index(y, m) <= p)
                        .unwrap_or(published.year() - 1);
                    (y, "the last such month up to publication", len, 0.85)
                } else if past {
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
                    let forward =
                        is_forward_cue(prev) || (i > 1 && is_forward_cue(&tokens[i - 2].key));
                    // "dès février": ahead only at six months either way.
                    let (y, _) = if forward {
                        nearest_month_ahead(published, m)
                    } else {
                        nearest_month(published, m, leaning(article, i))
                    };
                    (y, "the month of that name nearest to publication", len, 0.7)
                }
            };
            let back =
                usize::from(cue && !modifier && !matches!(prev, "last" | "next" | "this" | "of"))
                    + usize::from(matches!(prev, "last" | "next" | "this"));
            return FuzzyDate::month(yy, m).map(|d| hit(len, d, rule, conf, back));
        }
    }
    // "en 2023", "in 2023", "pour 2024".
    if let Some(y) = year(Some(t)) {
        let before_prev = i.checked_sub(2).map_or("", |b| tokens[b].key.as_str());
        if is_year_cue(prev) || is_year_purpose_cue(prev) || is_year_cue_pair(before_prev, prev) {
            return FuzzyDate::year(y).map(|d| hit(1, d, "the year as written", 0.9, 1));
        }
        // "entre 2019 et 2022", "from 2019 to 2022": both years.
        let opens = is_year_range_open(prev)
            && tokens
                .get(i + 1)
                .is_some_and(|t| is_year_range_link(&t.key))
            && year(tokens.get(i + 2)).is_some();
        let closes = is_year_range_link(prev)
            && year(i.checked_sub(2).map(|b| &tokens[b])).is_some()
            && i.checked_sub(3)
                .is_some_and(|b| is_year_range_open(&tokens[b].key));
        if opens || closes {
            let rule = "a year that opens or closes a span of years";
            return FuzzyDate::year(y).map(|d| hit(1, d, rule, 0.85, 1));
        }
        // "les années 2021, 2022 et 2023": a list of years after a plural
        // noun of years, each year of it ("les années 2000" is a decade).
        let list_noun = is_year_list_noun(prev) && y % 10 != 0;
        let listed = i > 0
            && (tokens[i - 1].is(',') || is_year_list_link(prev))
            && found
                .last()
                .is_some_and(|f| f.tokens.end + 1 == i && f.date.precision() == Precision::Year);
        if list_noun || listed {
            let rule = "a year of a list of years";
            return FuzzyDate::year(y).map(|d| hit(1, d, rule, 0.85, usize::from(list_noun)));
        }
        // "a solid 2018", "an even better 2019": a year ending a noun phrase
        // an English article opens, with one or two adjectives between.
        if described_year(article, i) {
            let rule = "a year described by its adjectives";
            return FuzzyDate::year(y).map(|d| hit(1, d, rule, 0.8, 0));
        }
        // "(2013)": a year in brackets after the words it dates.
        if i > 0 && tokens[i - 1].is('(') && tokens.get(i + 1).is_some_and(|n| n.is(')')) {
            let rule = "a year in brackets";
            return FuzzyDate::year(y).map(|d| hit(2, d, rule, 0.85, 1));
        }
    }
    // "lundi soir", "mardi prochain", "last Monday", "on Monday".
    if let Some(wd) = weekday(&t.key) {
        return weekday_at(article, i, wd, published, found);
    }
    None
}

/// Whether the year at token `i` ends a noun phrase that an English article
/// opens one or two lower-case words before ("a solid 2018 and", "an even
/// better 2019,"): not a year before its noun ("a record 2018 season").
fn described_year(article: &Article, i: usize) -> bool {
    let tokens = &article.tokens;
    let ends = tokens
        .get(i + 1)
        .is_none_or(|n| n.kind != Kind::Word || is_function_word(&n.key));
    let lower = |t: &Token| t.kind == Kind::Word && !t.capitalised() && number(t).is_none();
    ends && (2..=3).any(|n| {
        i.checked_sub(n).is_some_and(|a| {
            is_year_article(&tokens[a].key)
                && tokens[a + 1..i].iter().all(lower)
                && english(article, i)
        })
    })
}

/// A count and a unit of time at token `at`, counted back from publication,
/// at the unit's precision ("deux ans" gives a year, "trois jours" a day).
fn ago(tokens: &[Token], at: usize, published: NaiveDate) -> Option<Match> {
    let mut n = count(&tokens.get(at)?.key)?;
    let days = time_unit(&tokens.get(at + 1)?.key)?;
    // "quinze jours", "huit jours": two weeks, one week.
    if days == 1
        && let Some(w) = week_day_count(&tokens[at].key)
    {
        n = w;
    }
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

/// The words between a day and its month: none ("3 mars"), "of" ("the 3rd
/// of March"), or a link and a second day ("du 3 au 5 octobre", which is
/// dated by its first day). How many, and the second day.
fn day_gap(tokens: &[Token], i: usize) -> (usize, Option<u32>) {
    let link = tokens.get(i + 1).map_or("", |t| t.key.as_str());
    if link == "of" {
        return (1, None);
    }
    if is_day_range_link(link)
        && let Some(d2) = tokens.get(i + 2).and_then(number)
        && tokens.get(i + 3).is_some_and(|t| month(&t.key).is_some())
    {
        return (2, Some(d2));
    }
    (0, None)
}
