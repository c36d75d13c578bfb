//! Dates that keep their precision: a day, a month or only a year, as the source supports.
//!
//! No terminal or I/O code here.

use chrono::{Datelike, NaiveDate};
use std::cmp::Ordering;
use std::fmt;

/// How much of a date the sources support.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Precision {
    Year,
    Month,
    Day,
}

impl Precision {
    /// The word used in JSON output and the dataset format.
    pub fn as_str(self) -> &'static str {
        match self {
            Precision::Year => "year",
            Precision::Month => "month",
            Precision::Day => "day",
        }
    }
}

/// A calendar date known to a day, a month or a year.
///
/// It stands for the whole period it names: `2025-03` is every day of March 2025.
/// Ordering puts a period at its first day, and a coarser date before a finer one
/// that starts on the same day, so "Mar 2025" heads the days of March.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct FuzzyDate {
    first: NaiveDate,
    precision: Precision,
}

/// Why a text is not a [`FuzzyDate`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("`{text}` is not a date: {reason}")]
pub struct DateError {
    pub text: String,
    pub reason: &'static str,
}

/// In the dataset cache (a layer above this one): days since the Common Era and the
/// precision, read back through the constructors so a bad value is refused.
impl serde::Serialize for FuzzyDate {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.to_parts().serialize(s)
    }
}

impl<'de> serde::Deserialize<'de> for FuzzyDate {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        use serde::de::Error;
        let (days, precision): (i32, u8) = serde::Deserialize::deserialize(d)?;
        FuzzyDate::from_parts(days, precision)
            .ok_or_else(|| D::Error::custom("not a date of newsline"))
    }
}

impl FuzzyDate {
    /// Days since the Common Era and the precision (0 year, 1 month, 2 day):
    /// how the cache keeps a date.
    pub(crate) fn to_parts(self) -> (i32, u8) {
        let precision: u8 = match self.precision {
            Precision::Year => 0,
            Precision::Month => 1,
            Precision::Day => 2,
        };
        (self.first.num_days_from_ce(), precision)
    }

    /// The date [`FuzzyDate::to_parts`] gave, through the constructors: `None`
    /// for parts no date has (a day out of range, a month not on its first day).
    pub(crate) fn from_parts(days: i32, precision: u8) -> Option<FuzzyDate> {
        let first = NaiveDate::from_num_days_from_ce_opt(days)?;
        let date = match precision {
            0 => FuzzyDate::year(first.year()),
            1 => FuzzyDate::month(first.year(), first.month()),
            2 => Some(FuzzyDate::day(first)),
            _ => None,
        };
        date.filter(|d| d.first == first)
    }
}

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

impl FuzzyDate {
    pub fn day(date: NaiveDate) -> Self {
        FuzzyDate {
            first: date,
            precision: Precision::Day,
        }
    }

    pub fn month(year: i32, month: u32) -> Option<Self> {
        NaiveDate::from_ymd_opt(year, month, 1).map(|first| FuzzyDate {
            first,
            precision: Precision::Month,
        })
    }

    pub fn year(year: i32) -> Option<Self> {
        NaiveDate::from_ymd_opt(year, 1, 1).map(|first| FuzzyDate {
            first,
            precision: Precision::Year,
        })
    }

    /// Parses the dataset's ISO forms: `2025`, `2025-03`, `2025-03-02`.
    pub fn parse_iso(text: &str) -> Result<Self, DateError> {
        let err = |reason| DateError {
            text: text.to_string(),
            reason,
        };
        let parts: Vec<&str> = text.trim().split('-').collect();
        let number = |s: &str, len: usize| -> Result<u32, DateError> {
            if s.len() != len || !s.bytes().all(|b| b.is_ascii_digit()) {
                return Err(err("write it as YYYY, YYYY-MM or YYYY-MM-DD"));
            }
            s.parse().map_err(|_| err("not a number"))
        };
        match parts.as_slice() {
            [y] => {
                let y = number(y, 4)? as i32;
                FuzzyDate::year(y).ok_or_else(|| err("year out of range"))
            }
            [y, m] => {
                let (y, m) = (number(y, 4)? as i32, number(m, 2)?);
                FuzzyDate::month(y, m).ok_or_else(|| err("month must be 01 to 12"))
            }
            [y, m, d] => {
                let (y, m, d) = (number(y, 4)? as i32, number(m, 2)?, number(d, 2)?);
                if !(1..=12).contains(&m) {
                    return Err(err("month must be 01 to 12"));
                }
                NaiveDate::from_ymd_opt(y, m, d)
                    .map(FuzzyDate::day)
                    .ok_or_else(|| err("that day does not exist in that month"))
            }
            _ => Err(err("write it as YYYY, YYYY-MM or YYYY-MM-DD")),
        }
    }

    pub fn precision(&self) -> Precision {
        self.precision
    }

    /// The first day of the period.
    pub fn first_day(&self) -> NaiveDate {
        self.first
    }

    /// The last day of the period.
    pub fn last_day(&self) -> NaiveDate {
        let (y, m) = (self.first.year(), self.first.month());
        let next = match self.precision {
            Precision::Day => return self.first,
            Precision::Month if m == 12 => NaiveDate::from_ymd_opt(y + 1, 1, 1),
            Precision::Month => NaiveDate::from_ymd_opt(y, m + 1, 1),
            Precision::Year => NaiveDate::from_ymd_opt(y + 1, 1, 1),
        };
        // A period at the very end of chrono's range has no successor; it ends where it starts.
        next.and_then(|d| d.pred_opt()).unwrap_or(self.first)
    }

    /// Whether the period shares at least one day with `[from, to]` (either end open).
    pub fn overlaps(&self, from: Option<NaiveDate>, to: Option<NaiveDate>) -> bool {
        from.is_none_or(|f| self.last_day() >= f) && to.is_none_or(|t| self.first <= t)
    }

    /// `(year, month)` of the first day: the timeline groups by it.
    pub fn year_month(&self) -> (i32, u32) {
        (self.first.year(), self.first.month())
    }

    /// The ISO form, at the date's precision: `2025`, `2025-03`, `2025-03-02`.
    pub fn iso(&self) -> String {
        match self.precision {
            Precision::Year => format!("{:04}", self.first.year()),
            Precision::Month => format!("{:04}-{:02}", self.first.year(), self.first.month()),
            Precision::Day => self.first.format("%Y-%m-%d").to_string(),
        }
    }
}

pub fn month_name(month: u32) -> &'static str {
    MONTHS
        .get((month as usize).wrapping_sub(1))
        .copied()
        .unwrap_or("???")
}

/// Shows the date at its precision: "25 Nov 2024", "Mar 2025", "2025".
impl fmt::Display for FuzzyDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (y, m, d) = (self.first.year(), self.first.month(), self.first.day());
        match self.precision {
            Precision::Year => write!(f, "{y}"),
            Precision::Month => write!(f, "{} {y}", month_name(m)),
            Precision::Day => write!(f, "{d} {} {y}", month_name(m)),
        }
    }
}

impl Ord for FuzzyDate {
    fn cmp(&self, other: &Self) -> Ordering {
        self.first
            .cmp(&other.first)
            .then(self.precision.cmp(&other.precision))
    }
}

impl PartialOrd for FuzzyDate {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

/// Parses what a person types to name a day or a month: `2025-03`, `2025-08-15`,
/// `aug 2025`, `15 aug 2025`, `august 2025`, `août 2025`, `2025`.
pub fn parse_human(text: &str) -> Result<FuzzyDate, DateError> {
    let trimmed = text.trim();
    if let Ok(d) = FuzzyDate::parse_iso(trimmed) {
        return Ok(d);
    }
    let err = DateError {
        text: trimmed.to_string(),
        reason: "try 2025-03, 2025-08-15, aug 2025 or 15 aug 2025",
    };
    let folded = crate::text::fold(trimmed).text;
    let words: Vec<&str> = folded
        .split(|c: char| c.is_whitespace() || c == '/' || c == ',' || c == '.')
        .filter(|w| !w.is_empty())
        .collect();
    let year = |w: &str| -> Option<i32> {
        (w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()))
            .then(|| w.parse().ok())
            .flatten()
    };
    match words.as_slice() {
        [m, y] => match (month_from_word(m), year(y)) {
            (Some(m), Some(y)) => FuzzyDate::month(y, m).ok_or(err),
            _ => Err(err),
        },
        [d, m, y] => {
            let day: Option<u32> = d.parse().ok();
            match (day, month_from_word(m), year(y)) {
                (Some(d), Some(m), Some(y)) => NaiveDate::from_ymd_opt(y, m, d)
                    .map(FuzzyDate::day)
                    .ok_or(err),
                _ => Err(err),
            }
        }
        _ => Err(err),
    }
}

/// English and French month names and their usual abbreviations, already folded.
fn month_from_word(word: &str) -> Option<u32> {
    const NAMES: [&[&str]; 12] = [
        &["jan", "january", "janv", "janvier"],
        &["feb", "february", "fev", "fevr", "fevrier"],
        &["mar", "march", "mars"],
        &["apr", "april", "avr", "avril"],
        &["may", "mai"],
        &["jun", "june", "juin"],
        &["jul", "july", "juil", "juillet"],
        &["aug", "august", "aout"],
        &["sep", "sept", "september", "septembre"],
        &["oct", "october", "octobre"],
        &["nov", "november", "novembre"],
        &["dec", "december", "decembre"],
    ];
    NAMES
        .iter()
        .position(|names| names.contains(&word))
        .map(|i| i as u32 + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> FuzzyDate {
        FuzzyDate::parse_iso(s).unwrap()
    }

    #[test]
    fn shows_itself_at_its_precision() {
        assert_eq!(d("2024-11-25").to_string(), "25 Nov 2024");
        assert_eq!(d("2025-03").to_string(), "Mar 2025");
        assert_eq!(d("2025").to_string(), "2025");
        assert_eq!(d("2025-03").precision(), Precision::Month);
        assert_eq!(d("2025-03").iso(), "2025-03");
    }

    #[test]
    fn refuses_bad_dates_with_a_reason() {
        for bad in [
            "2025-02-30",
            "2025-13",
            "25-01-2025",
            "2025-1-5",
            "soon",
            "",
            "2025-01-01-01",
        ] {
            let e = FuzzyDate::parse_iso(bad).unwrap_err();
            assert!(e.to_string().contains("is not a date"), "{bad}: {e}");
        }
    }

    #[test]
    fn a_period_covers_all_its_days() {
        let march = d("2025-03");
        assert_eq!(
            march.last_day(),
            NaiveDate::from_ymd_opt(2025, 3, 31).unwrap()
        );
        assert_eq!(d("2024-02").last_day().to_string(), "2024-02-29");
        assert_eq!(d("2025").last_day().to_string(), "2025-12-31");
        let mid = NaiveDate::from_ymd_opt(2025, 3, 15);
        assert!(march.overlaps(mid, None));
        assert!(march.overlaps(None, mid));
        assert!(!march.overlaps(NaiveDate::from_ymd_opt(2025, 4, 1), None));
    }

    #[test]
    fn coarse_dates_sort_before_the_days_they_contain() {
        let mut v = [d("2025-03-02"), d("2025-03"), d("2025-02-28"), d("2025")];
        v.sort();
        let shown: Vec<String> = v.iter().map(|d| d.iso()).collect();
        assert_eq!(shown, ["2025", "2025-02-28", "2025-03", "2025-03-02"]);
    }

    #[test]
    fn reads_what_people_type() {
        assert_eq!(parse_human("aug 2025").unwrap(), d("2025-08"));
        assert_eq!(parse_human("August 2025").unwrap(), d("2025-08"));
        assert_eq!(parse_human("août 2025").unwrap(), d("2025-08"));
        assert_eq!(parse_human("15 aug 2025").unwrap(), d("2025-08-15"));
        assert_eq!(parse_human(" 2025-03 ").unwrap(), d("2025-03"));
        assert!(parse_human("31 feb 2025").is_err());
        assert!(parse_human("next week").is_err());
    }
}
