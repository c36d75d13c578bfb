//! The lane view's time axis: days to columns, a lane's events grouped by
//! column, and month ticks whose labels fit the width. Pure: no terminal.

use crate::data::{Dataset, EventIx};
use chrono::{Datelike, NaiveDate};

/// A time axis of `cols` columns from `first` to `last` (both included).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Axis {
    pub first: NaiveDate,
    pub last: NaiveDate,
    pub cols: usize,
}

/// The events of a lane that fall in one column: `lane.events[start..start + count]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cell {
    pub col: usize,
    pub start: usize,
    pub count: usize,
}

/// The axis' labels: where its tick marks go, and the labels that fit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ticks {
    pub marks: Vec<usize>,
    pub labels: Vec<(usize, String)>,
}

impl Axis {
    /// An axis of at least one column over at least one day.
    pub fn new(first: NaiveDate, last: NaiveDate, cols: usize) -> Axis {
        Axis {
            first,
            last: last.max(first),
            cols: cols.max(1),
        }
    }

    fn days(&self) -> i64 {
        (self.last - self.first).num_days() + 1
    }

    /// The column of a day; days outside the axis go to its ends.
    pub fn col(&self, day: NaiveDate) -> usize {
        let days = (day - self.first).num_days().clamp(0, self.days() - 1);
        // i128: a span of centuries times a wide terminal cannot overflow.
        (i128::from(days) * self.cols as i128 / i128::from(self.days())) as usize
    }

    /// The column of an event: where its period starts, as the timeline
    /// orders it, so a lane's columns never go back.
    pub fn col_of(&self, ds: &Dataset, e: EventIx) -> usize {
        self.col(ds.events[e].date.first_day())
    }

    /// A lane's events grouped by column, left to right.
    pub fn cells(&self, ds: &Dataset, events: &[EventIx]) -> Vec<Cell> {
        let mut cells: Vec<Cell> = Vec::new();
        for (i, &e) in events.iter().enumerate() {
            let col = self.col_of(ds, e);
            match cells.last_mut() {
                Some(c) if c.col == col => c.count += 1,
                _ => cells.push(Cell {
                    col,
                    start: i,
                    count: 1,
                }),
            }
        }
        cells
    }

    /// The first day of every month that starts on the axis, with its column.
    fn months(&self) -> Vec<(usize, i32, u32)> {
        let mut out = Vec::new();
        let (mut y, mut m) = (self.first.year(), self.first.month());
        while let Some(day) = NaiveDate::from_ymd_opt(y, m, 1) {
            if day > self.last {
                break;
            }
            if day >= self.first {
                out.push((self.col(day), y, m));
            }
            (y, m) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
        }
        out
    }

    /// Tick marks at every month when they are two columns apart or more,
    /// and labels every 1, 2, 3, 6 or 12 months (or more years), the fewest
    /// steps that let each label end before the next begins: `Mar`, with the
    /// year at January and on the first label (`Jan 2025`), years alone
    /// when only yearly labels fit.
    pub fn ticks(&self) -> Ticks {
        let months = self.months();
        let dense = months.windows(2).any(|w| w[1].0 < w[0].0 + 2);
        for step in [1u32, 2, 3, 6, 12, 24, 60, 120, 600] {
            let picked: Vec<&(usize, i32, u32)> = months
                .iter()
                .filter(|(_, y, m)| (i64::from(*y) * 12 + i64::from(*m) - 1) % i64::from(step) == 0)
                .collect();
            let labels: Vec<(usize, String)> = picked
                .iter()
                .enumerate()
                .map(|(i, &&(col, y, m))| {
                    let text = if step >= 12 {
                        y.to_string()
                    } else if i == 0 || m == 1 {
                        format!("{} {y}", crate::data::date::month_name(m))
                    } else {
                        crate::data::date::month_name(m).to_string()
                    };
                    (col, text)
                })
                .collect();
            let fits = labels
                .windows(2)
                .all(|w| w[0].0 + w[0].1.chars().count() < w[1].0);
            if fits {
                // The last label may not run off the end: it goes.
                let mut labels: Vec<(usize, String)> = labels
                    .into_iter()
                    .filter(|(col, t)| col + t.chars().count() <= self.cols)
                    .collect();
                // The axis' last month, where the step passed it over, gets
                // its label too when there is room after the one before.
                if let Some(&(col, y, m)) = months.last().filter(|_| step < 12) {
                    let text = match m {
                        1 => format!("{} {y}", crate::data::date::month_name(m)),
                        _ => crate::data::date::month_name(m).to_string(),
                    };
                    let after = labels
                        .last()
                        .is_none_or(|(c, t)| c + t.chars().count() < col);
                    if after && col + text.chars().count() <= self.cols {
                        labels.push((col, text));
                    }
                }
                let marks = if dense {
                    labels.iter().map(|(c, _)| *c).collect()
                } else {
                    months.iter().map(|t| t.0).collect()
                };
                return Ticks { marks, labels };
            }
        }
        Ticks {
            marks: Vec::new(),
            labels: Vec::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::load_builtin;
    use crate::query::lanes::span;
    use crate::query::{Filter, timeline};

    fn day(s: &str) -> NaiveDate {
        s.parse().expect("a test date")
    }

    #[test]
    fn days_map_to_columns_in_order_and_outside_days_to_the_ends() {
        let axis = Axis::new(day("2025-01-01"), day("2025-12-31"), 73);
        assert_eq!(axis.col(day("2025-01-01")), 0);
        assert_eq!(axis.col(day("2025-12-31")), 72);
        assert_eq!(axis.col(day("2024-06-01")), 0);
        assert_eq!(axis.col(day("2026-06-01")), 72);
        let mut last = 0;
        for d in day("2025-01-01").iter_days().take(365) {
            let c = axis.col(d);
            assert!(c >= last && c < 73, "{d}: {c}");
            last = c;
        }
        // A short range over many columns: days spread out, not piled left.
        let short = Axis::new(day("2025-03-01"), day("2025-03-10"), 100);
        assert_eq!(short.col(day("2025-03-10")), 90);
        // One day over no columns still has a column.
        let tiny = Axis::new(day("2025-03-01"), day("2025-03-01"), 0);
        assert_eq!(tiny.col(day("2025-03-01")), 0);
    }

    #[test]
    fn month_labels_never_overlap_and_thin_out_as_the_axis_narrows() {
        let (a, b) = (day("2024-11-01"), day("2025-10-31"));
        for cols in [4, 10, 20, 40, 60, 80, 120, 200] {
            let t = Axis::new(a, b, cols).ticks();
            for w in t.labels.windows(2) {
                assert!(w[0].0 + w[0].1.chars().count() < w[1].0, "{cols}: {t:?}");
            }
            for (c, text) in &t.labels {
                assert!(c + text.chars().count() <= cols, "{cols}: {t:?}");
            }
        }
        let wide = Axis::new(a, b, 200).ticks();
        let texts: Vec<&str> = wide.labels.iter().map(|(_, t)| t.as_str()).collect();
        assert_eq!(
            texts,
            [
                "Nov 2024", "Dec", "Jan 2025", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug",
                "Sep", "Oct"
            ]
        );
        assert_eq!(wide.marks.len(), 12);
        // Labels every other month still name the last month.
        let every_other = Axis::new(a, b, 70).ticks();
        let texts: Vec<&str> = every_other.labels.iter().map(|(_, t)| t.as_str()).collect();
        assert_eq!(texts.last(), Some(&"Oct"), "{every_other:?}");
        assert!(texts.len() < 12, "{every_other:?}");
        let narrow = Axis::new(a, b, 40).ticks();
        assert!(
            narrow.labels.len() < 12 && !narrow.labels.is_empty(),
            "{narrow:?}"
        );
        // Years alone over a long span.
        let decade = Axis::new(day("2000-01-01"), day("2019-12-31"), 80).ticks();
        assert!(
            decade.labels.iter().all(|(_, t)| t.len() == 4),
            "{decade:?}"
        );
    }

    #[test]
    fn events_in_one_column_share_a_cell() {
        let ds = load_builtin().unwrap();
        let all: Vec<EventIx> = (0..ds.events.len()).collect();
        let (a, b) = span(&ds, &timeline(&ds, &Filter::default()), None, None).unwrap();
        let axis = Axis::new(a, b, 5);
        let cells = axis.cells(&ds, &all);
        assert!(cells.len() <= 5);
        assert_eq!(cells.iter().map(|c| c.count).sum::<usize>(), all.len());
        assert!(cells.iter().any(|c| c.count > 1));
        assert!(
            cells
                .windows(2)
                .all(|w| w[0].col < w[1].col && w[0].start + w[0].count == w[1].start)
        );
    }
}
