//! A date range as a person types it for the filter: `2025-03..2025-08-15`,
//! `aug 2025..`, `..2025-06`, or one period (`aug 2025`) for all its days.
//! Each end is read by the go-to-date prompt's parser
//! ([`crate::data::date::parse_human`]), so both prompts accept the same dates.
//! Pure: no terminal, no I/O.

use crate::data::date::{DateError, parse_human};
use chrono::NaiveDate;

/// Why a typed range is not one.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RangeError {
    #[error("from: {0}")]
    From(DateError),
    #[error("to: {0}")]
    To(DateError),
    #[error("the range starts ({from}) after it ends ({to})")]
    Backwards { from: NaiveDate, to: NaiveDate },
}

/// The first and last day of a typed range, each end open when left out.
/// An empty text (or `..` alone) is no range: both ends open.
pub fn parse_range(text: &str) -> Result<(Option<NaiveDate>, Option<NaiveDate>), RangeError> {
    let text = text.trim();
    let (from, to) = match text.split_once("..") {
        Some((a, b)) => (a.trim(), b.trim()),
        // One period: from its first day to its last.
        None => (text, text),
    };
    let from = match from {
        "" => None,
        t => Some(parse_human(t).map_err(RangeError::From)?.first_day()),
    };
    let to = match to {
        "" => None,
        t => Some(parse_human(t).map_err(RangeError::To)?.last_day()),
    };
    if let (Some(from), Some(to)) = (from, to)
        && from > to
    {
        return Err(RangeError::Backwards { from, to });
    }
    Ok((from, to))
}

/// A range as the prompt offers it back to edit: `2025-03-01..2025-08-15`,
/// `2025-03-01..`, `..2025-06-30`; empty for no range.
pub fn range_text(from: Option<NaiveDate>, to: Option<NaiveDate>) -> String {
    match (from, to) {
        (None, None) => String::new(),
        (a, b) => format!(
            "{}..{}",
            a.map(|d| d.to_string()).unwrap_or_default(),
            b.map(|d| d.to_string()).unwrap_or_default()
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> Option<NaiveDate> {
        Some(s.parse().expect("a test date"))
    }

    #[test]
    fn each_end_is_read_as_the_go_to_prompt_reads_a_date() {
        assert_eq!(
            parse_range("2025-03..2025-08-15"),
            Ok((day("2025-03-01"), day("2025-08-15")))
        );
        assert_eq!(parse_range("aug 2025.."), Ok((day("2025-08-01"), None)));
        assert_eq!(parse_range("..2025-06"), Ok((None, day("2025-06-30"))));
        assert_eq!(
            parse_range(" 1 mars 2025 .. août 2025 "),
            Ok((day("2025-03-01"), day("2025-08-31")))
        );
        // One period alone is all its days.
        assert_eq!(
            parse_range("feb 2024"),
            Ok((day("2024-02-01"), day("2024-02-29")))
        );
        // Nothing, or only the dots: no range.
        assert_eq!(parse_range(""), Ok((None, None)));
        assert_eq!(parse_range(" .. "), Ok((None, None)));
    }

    #[test]
    fn bad_input_says_which_end_and_why() {
        let e = parse_range("tomorrow..2025-06").unwrap_err();
        assert!(matches!(e, RangeError::From(_)), "{e}");
        assert!(
            e.to_string().starts_with("from: `tomorrow` is not a date"),
            "{e}"
        );
        let e = parse_range("2025-03..2025-13").unwrap_err();
        assert!(
            e.to_string().starts_with("to: `2025-13` is not a date"),
            "{e}"
        );
        let e = parse_range("2025-08..2025-03").unwrap_err();
        assert_eq!(
            e.to_string(),
            "the range starts (2025-08-01) after it ends (2025-03-31)"
        );
        assert!(parse_range("2025-01..2025-02..2025-03").is_err());
    }

    #[test]
    fn a_range_shown_back_reads_as_the_same_range() {
        for typed in ["2025-03..2025-08-15", "aug 2025..", "..2025-06", ""] {
            let (a, b) = parse_range(typed).unwrap();
            assert_eq!(parse_range(&range_text(a, b)), Ok((a, b)), "{typed}");
        }
        assert_eq!(range_text(day("2025-03-01"), None), "2025-03-01..");
    }
}
