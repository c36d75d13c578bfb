//! The timeline as lines: period headers, events, and each event's quotes.
//! Built once per filter change, never per frame.

use crate::data::{Dataset, EventIx, Precision, QuoteIx};
use crate::query::TimelineEvent;

/// What a timeline line shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Row {
    /// The start of a month (`Some(month)`) or of the undated part of a year.
    Period(i32, Option<u32>),
    Event(EventIx),
    Quote(QuoteIx),
}

impl Row {
    pub fn selectable(&self) -> bool {
        !matches!(self, Row::Period(..))
    }
}

/// The period an event is listed under: its month, or its year when only the
/// year is known.
pub fn period_of(ds: &Dataset, e: EventIx) -> (i32, Option<u32>) {
    let date = ds.events[e].date;
    let (y, m) = date.year_month();
    match date.precision() {
        Precision::Year => (y, None),
        _ => (y, Some(m)),
    }
}

/// The timeline with nothing filtered: [`crate::query::timeline`] of the
/// empty filter, which every item matches, without looking at each (at a
/// million quotes, reading each quote's dates and actors is most of the
/// first frame's timeline).
pub fn unfiltered(ds: &Dataset) -> Vec<TimelineEvent> {
    ds.events
        .iter()
        .enumerate()
        .map(|(event, e)| TimelineEvent {
            event,
            quotes: e.quotes.clone(),
        })
        .collect()
}

pub fn build(ds: &Dataset, timeline: &[TimelineEvent]) -> Vec<Row> {
    let mut rows = Vec::with_capacity(timeline.len() * 2);
    let mut last = None;
    for t in timeline {
        let period = period_of(ds, t.event);
        if last != Some(period) {
            rows.push(Row::Period(period.0, period.1));
            last = Some(period);
        }
        rows.push(Row::Event(t.event));
        rows.extend(t.quotes.iter().map(|&q| Row::Quote(q)));
    }
    rows
}

/// The event a row belongs to (a quote's event), if any.
pub fn event_of(ds: &Dataset, row: Row) -> Option<EventIx> {
    match row {
        Row::Event(e) => Some(e),
        Row::Quote(q) => Some(ds.quotes[q].event),
        Row::Period(..) => None,
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use crate::query::{Filter, timeline};

    #[test]
    fn the_unfiltered_timeline_is_the_empty_filter_s() {
        let file = crate::data::generate::generate(300, 3_000, 80, 3);
        let json = serde_json::to_string(&file).unwrap();
        let generated = crate::data::load::parse(std::path::Path::new("generated"), &json, |_| {
            Err("no files".into())
        })
        .unwrap();
        for ds in [crate::data::load_builtin().unwrap(), generated] {
            assert_eq!(unfiltered(&ds), timeline(&ds, &Filter::default()));
        }
    }
}
