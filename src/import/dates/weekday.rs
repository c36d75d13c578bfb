//! A weekday named alone or with a part of the day: "lundi soir", "mardi
//! prochain", "last Monday", "on Monday", "jeudi 9": the day it is, from the
//! words around it and the tense of its sentence.

use super::super::lexicon::{
    has_participle_ending, is_comparison_lead, is_date_lead, is_forward_cue, is_function_word,
    is_future_word, is_hour_mark, is_next_after, is_next_before, is_part_of_day, is_past_after,
    is_past_before, is_saying_verb, is_tense_ahead_word, is_this_before, is_until_link,
    is_until_word, month,
};
use super::super::segment::{Article, Kind, Token};
use super::DateMention;
use super::calendar::{nearest_weekday, number, weekday_and_day, weekday_from};
use super::patterns::{Match, hit};
use super::tense::{future, lean, past_clause, told_in_past};
use crate::data::{FuzzyDate, Precision};
use chrono::{Datelike, Duration, NaiveDate};

/// The weekday `wd` (0 is Monday) named at token `i`, or `None` when it is
/// part of a name or of a longer date matched from the next token.
pub(super) fn weekday_at(
    article: &Article,
    i: usize,
    wd: u32,
    published: NaiveDate,
    found: &[DateMention],
) -> Option<Match> {
    let tokens = &article.tokens;
    let prev = if i > 0 {
        tokens[i - 1].key.as_str()
    } else {
        ""
    };
    // "Sunday Times", "Monday Night Football": a name, unless "on Sunday",
    // or right after a verb of saying with its subject after the day
    // ("a déclaré mardi Jean Dupont", "said Monday Jane Roe").
    // The next word counts only in the same sentence: a weekday ending a
    // heading ("Outlook for Friday") is no name of the line after it.
    let named = tokens.get(i + 1).is_some_and(|n| {
        n.capitalised()
            && !is_function_word(&n.key)
            && article.sentence_of(i + 1) == article.sentence_of(i)
    });
    let marked_before = is_past_before(prev) || is_next_before(prev);
    let participle = i > 0 && has_participle_ending(&tokens[i - 1].text);
    if named && !is_date_lead(prev) && !marked_before && !is_saying_verb(prev) && !participle {
        return None;
    }
    // "lundi 2 septembre", "Mardi matin 22 avril", "Saturday, September 14":
    // the day and month that follow take it in.
    let gap = usize::from(tokens.get(i + 1).is_some_and(|t| {
        t.is(',')
            || (is_part_of_day(&t.key) && article.sentence_of(i + 1) == article.sentence_of(i))
    }));
    let (a, b) = (tokens.get(i + 1 + gap), tokens.get(i + 2 + gap));
    let is_month = |t: Option<&Token>| t.is_some_and(|t| month(&t.key).is_some());
    if (a.and_then(number).is_some() && is_month(b))
        || (gap == 1 && is_month(a) && b.and_then(number).is_some())
    {
        return None;
    }
    // "jeudi 9": the weekday with its day of the month (no month after).
    if let Some(n) = tokens.get(i + 1).and_then(number)
        && tokens
            .get(i + 2)
            .is_none_or(|t| month(&t.key).is_none() && !is_hour_mark(&t.key) && !t.is(':'))
        && let Some(date) = weekday_and_day(published, wd, n)
    {
        let back = usize::from(is_date_lead(prev) || is_this_before(prev));
        let rule = "a weekday and its day of the month, the nearest such date";
        return Some(hit(2, FuzzyDate::day(date), rule, 0.85, back));
    }
    let after = tokens.get(i + 1).map_or("", |t| t.key.as_str());
    let part = is_part_of_day(after);
    let today = published.weekday().num_days_from_monday() == wd;
    let this_day = is_this_before(prev) && today;
    // "aujourd'hui vendredi", "hier mardi": the day just named, if it
    // falls on that weekday.
    let named_day = found
        .last()
        .filter(|f| f.tokens.end == i && f.date.precision() == Precision::Day)
        .map(|f| f.date.first_day())
        .filter(|d| d.weekday().num_days_from_monday() == wd);
    // "attendu mercredi", "prévu samedi", "expected Wednesday"; "dès lundi"
    // unless its sentence tells a past ("Dès vendredi, un accident s'est
    // produit").
    let ahead_before = is_future_word(prev)
        || is_tense_ahead_word(prev)
        || (is_forward_cue(prev) && lean(article, i) != Some(false));
    let explicit_next = is_next_after(after) || is_next_before(prev);
    let (date, rule, len) = if let Some(day) = named_day {
        (
            day,
            "the weekday of the day just named",
            1 + usize::from(part),
        )
    } else if this_day {
        (
            published,
            "this weekday: the publication day",
            1 + usize::from(part),
        )
    } else if today && !explicit_next && !is_past_after(after) && !is_past_before(prev) {
        // News names the publication day by its weekday, in the past or
        // ahead ("went out Wednesday", "is scheduled on Sunday"); a week
        // on would be "next Wednesday".
        (
            published,
            "the weekday of publication: that day",
            1 + usize::from(part),
        )
    } else if compared(tokens, i) && !explicit_next && !is_past_before(prev) {
        (
            nearest_weekday(published, wd),
            "the nearest such weekday: compared with, it takes no tense",
            1 + usize::from(part),
        )
    } else if is_past_after(after) || is_past_before(prev) {
        (
            weekday_from(published - Duration::days(1), wd, false),
            "the last such weekday before publication",
            2,
        )
    } else if explicit_next
        || until_before(tokens, i)
        || ahead_before
        || (!is_past_before(prev) && !past_clause(article, i) && future(article, i))
    {
        (
            weekday_from(published, wd, true),
            "the next such weekday after publication",
            1 + usize::from(is_next_after(after) || part),
        )
    } else if past_clause(article, i)
        || lean(article, i) == Some(false)
        // "is expected to peak on Thursday, however the forecaster said":
        // a past elsewhere in the sentence does not outweigh a word that
        // looks ahead nearest before.
        || (told_in_past(article, i) && !ahead_nearest_before(tokens, i))
    {
        (
            weekday_from(published, wd, false),
            "the last such weekday on or before publication",
            1 + usize::from(part),
        )
    } else if lean(article, i) == Some(true) {
        // "va connaître son premier match samedi", "expected to see the
        // worst on Thursday": a word that looks ahead, nearest before.
        (
            weekday_from(published, wd, true),
            "the next such weekday: the words before it look ahead",
            1 + usize::from(part),
        )
    } else {
        // Nothing tells the tense ("il y a sept matchs dimanche", a
        // programme's "Samedi 19 heures", "disruption on Thursday"): the
        // nearest such weekday, which news names without "next" or "last".
        (
            nearest_weekday(published, wd),
            "the nearest such weekday: no tense says which",
            1 + usize::from(part),
        )
    };
    let len = if marked_before {
        1 + usize::from(part)
    } else {
        len
    };
    let back = usize::from(marked_before || is_this_before(prev) || prev == "on");
    Some(hit(len, FuzzyDate::day(date), rule, 0.8, back))
}

/// Whether a word that looks ahead stands a few words before the weekday
/// at token `i`, in its clause: "is expected to peak on Thursday".
fn ahead_nearest_before(tokens: &[Token], i: usize) -> bool {
    const REACH: usize = 5;
    (i.saturating_sub(REACH)..i)
        .rev()
        .take_while(|&t| tokens[t].kind == Kind::Word)
        .any(|t| is_future_word(&tokens[t].key) || is_tense_ahead_word(&tokens[t].key))
}

/// Whether the weekday at token `i` is what something is compared with:
/// "than Wednesday", "than on Wednesday".
fn compared(tokens: &[Token], i: usize) -> bool {
    let key = |b: Option<usize>| b.map_or("", |b| tokens[b].key.as_str());
    let prev = key(i.checked_sub(1));
    is_comparison_lead(prev) || (is_date_lead(prev) && is_comparison_lead(key(i.checked_sub(2))))
}

/// Whether a word of "until" stands right before token `i`, or before "à"
/// there ("jusqu'à dimanche", "until Sunday"): what lasts until a weekday
/// lasts until the coming one.
fn until_before(tokens: &[Token], i: usize) -> bool {
    let key = |b: Option<usize>| b.map_or("", |b| tokens[b].key.as_str());
    let prev = key(i.checked_sub(1));
    is_until_word(prev) || (is_until_link(prev) && is_until_word(key(i.checked_sub(2))))
}
