//! The lexicon's answers about dates and tenses: month and weekday names,
//! the words around a date that make it one, bound it or tie it to an event,
//! and the auxiliaries and endings that tell past from future. Answered for
//! both languages from the French and English tables.

use super::{either, either_pair, en, fr};

/// The month a folded word names, French or English, full or abbreviated.
pub fn month(folded: &str) -> Option<u32> {
    either_pair(fr::MONTHS, en::MONTHS, folded.trim_end_matches('.'))
}

/// The weekday a folded word names (0 = Monday).
pub fn weekday(folded: &str) -> Option<u32> {
    either_pair(fr::WEEKDAYS, en::WEEKDAYS, folded)
}

/// A word saying the sentence speaks of what is to come, or a verb in the future.
pub fn is_future_word(folded: &str) -> bool {
    either(fr::FUTURE_WORDS, en::FUTURE_WORDS, folded)
        || (folded.len() > 5 && fr::FUTURE_ENDINGS.iter().any(|e| folded.ends_with(e)))
}

/// An auxiliary of the past ("a", "ont", "had").
pub fn is_past_auxiliary(folded: &str) -> bool {
    either(fr::PAST_AUXILIARIES, en::PAST_AUXILIARIES, folded)
}

/// A word before a date that makes it a bound ("depuis", "until").
pub fn is_not_governing(folded: &str) -> bool {
    either(fr::NOT_GOVERNING, en::NOT_GOVERNING, folded)
}

/// A word before a month name that makes it a date ("en mars", "early March").
pub fn is_month_cue(folded: &str) -> bool {
    either(fr::MONTH_CUES, en::MONTH_CUES, folded)
        || super::date_words::MONTH_REACH_CUES.contains(&folded)
}

/// A word before a four-digit number that makes it a year ("fin 2021").
pub fn is_year_cue(folded: &str) -> bool {
    either(fr::YEAR_CUES, en::YEAR_CUES, folded)
}

/// A part of the day after a weekday ("soir", "morning").
pub fn is_part_of_day(folded: &str) -> bool {
    either(fr::PARTS_OF_DAY, en::PARTS_OF_DAY, folded)
}

/// A word before a date that belongs to the expression ("le", "on").
pub fn is_date_lead(folded: &str) -> bool {
    either(fr::DATE_LEADS, en::DATE_LEADS, folded)
}

/// An auxiliary of the pluperfect ("avait", "had").
pub fn is_pluperfect_auxiliary(folded: &str) -> bool {
    either(
        fr::PLUPERFECT_AUXILIARIES,
        en::PLUPERFECT_AUXILIARIES,
        folded,
    )
}

/// A word linking "la veille", "the eve" to the event counted from.
pub fn is_event_link(folded: &str) -> bool {
    either(fr::EVENT_LINKS, en::EVENT_LINKS, folded)
}
