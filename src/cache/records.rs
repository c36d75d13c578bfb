//! The records of a cached copy in the flat layout of `flat.rs`: quotes,
//! events, and each actor's lists of what involves it. Every reference is
//! checked against the records it points into as it is read, so a section
//! that passes its checksum but was made to mislead is refused, never
//! trusted.

use super::flat::{Reader, Writer};
use crate::data::date::FuzzyDate;
use crate::data::mapped::FileBytes;
use crate::data::{Event, Involving, Quote, SharedStr, Span};
use std::io;
use std::sync::Arc;

/// How many records each reference of a quote may point into.
#[derive(Clone, Copy)]
pub(super) struct Bounds {
    pub(super) actors: usize,
    pub(super) events: usize,
    pub(super) quotes: usize,
    pub(super) sources: usize,
}

/// A section of quotes.
pub(super) fn write_quotes(quotes: &[Quote]) -> io::Result<Vec<u8>> {
    let mut w = Writer::default();
    w.int(quotes.len())?;
    for q in quotes {
        w.str(&q.id)?;
        w.str(&q.text)?;
        w.int(q.speaker)?;
        w.list(&q.co_speakers)?;
        w.list(&q.mentions)?;
        write_date(&mut w, q.date)?;
        w.opt(q.date_derivation.as_deref())?;
        w.int(q.event)?;
        w.int(q.source.source)?;
        w.int(q.source.start)?;
        w.int(q.source.end)?;
        w.opt(q.note.as_deref())?;
    }
    w.finish()
}

/// The quotes of a section written by [`write_quotes`], appended to `out`;
/// `None` if it is not one or a reference points outside `bounds`. `bytes`
/// lies in `file`, where each quote's text is then read (see [`SharedStr`]).
pub(super) fn read_quotes(
    bytes: &[u8],
    bounds: Bounds,
    file: &Arc<FileBytes>,
    out: &mut Vec<Quote>,
) -> Option<()> {
    let mut r = Reader::new(bytes)?;
    // Each quote takes at least 13 numbers.
    let n = r.count(13)?;
    out.reserve(n);
    for _ in 0..n {
        let id = r.str()?.into();
        let text = SharedStr::in_file(file, r.str()?);
        let speaker = r.below(bounds.actors)?;
        let co_speakers = r.list(bounds.actors)?;
        let mentions = r.list(bounds.actors)?;
        let date = read_date(&mut r)?;
        let date_derivation = r.opt()?.map(str::to_string);
        let event = r.below(bounds.events)?;
        let source = Span {
            source: r.below(bounds.sources)?,
            start: r.int()?,
            end: r.int()?,
        };
        if source.start > source.end {
            return None;
        }
        let note = r.opt()?.map(str::to_string);
        out.push(Quote {
            id,
            text,
            speaker,
            co_speakers,
            mentions,
            date,
            date_derivation,
            event,
            source,
            note,
        });
    }
    r.at_end().then_some(())
}

/// A list of spans: its length, then each span's three numbers.
fn write_spans(w: &mut Writer, spans: &[Span]) -> io::Result<()> {
    w.int(spans.len())?;
    for s in spans {
        w.int(s.source)?;
        w.int(s.start)?;
        w.int(s.end)?;
    }
    Ok(())
}

fn read_spans(r: &mut Reader<'_>, sources: usize) -> Option<Vec<Span>> {
    let n = r.count(3)?;
    (0..n)
        .map(|_| {
            let span = Span {
                source: r.below(sources)?,
                start: r.int()?,
                end: r.int()?,
            };
            (span.start <= span.end).then_some(span)
        })
        .collect()
}

fn write_date(w: &mut Writer, date: FuzzyDate) -> io::Result<()> {
    let (days, precision) = date.to_parts();
    // Days as their bits: a date before the Common Era is negative.
    w.int(days as u32 as usize)?;
    w.int(usize::from(precision))
}

fn read_date(r: &mut Reader<'_>) -> Option<FuzzyDate> {
    let days = r.int()? as u32 as i32;
    let precision = u8::try_from(r.int()?).ok()?;
    FuzzyDate::from_parts(days, precision)
}

/// A section of events. Written with postcard before, they took a sixth of
/// a later open for a tenth of the records, each string checked on its own.
pub(super) fn write_events(events: &[Event]) -> io::Result<Vec<u8>> {
    let mut w = Writer::default();
    w.int(events.len())?;
    for e in events {
        w.str(&e.id)?;
        write_date(&mut w, e.date)?;
        w.opt(e.date_derivation.as_deref())?;
        w.str(&e.title)?;
        w.str(&e.summary)?;
        w.opt(e.location.as_deref())?;
        w.list(&e.actors)?;
        write_spans(&mut w, &e.sources)?;
        w.list(&e.quotes)?;
    }
    w.finish()
}

/// The events of a section written by [`write_events`], appended to `out`,
/// their titles and summaries read where they lie in `file`.
pub(super) fn read_events(
    bytes: &[u8],
    bounds: Bounds,
    file: &Arc<FileBytes>,
    out: &mut Vec<Event>,
) -> Option<()> {
    let mut r = Reader::new(bytes)?;
    // Each event takes at least 10 numbers.
    let n = r.count(10)?;
    out.reserve(n);
    for _ in 0..n {
        out.push(Event {
            id: r.str()?.into(),
            date: read_date(&mut r)?,
            date_derivation: r.opt()?.map(str::to_string),
            title: SharedStr::in_file(file, r.str()?),
            summary: SharedStr::in_file(file, r.str()?),
            location: r.opt()?.map(str::to_string),
            actors: r.list(bounds.actors)?,
            sources: read_spans(&mut r, bounds.sources)?,
            quotes: r.list(bounds.quotes)?,
        });
    }
    r.at_end().then_some(())
}

/// A section of actors' lists of the events and quotes that involve them.
/// Kept rather than made again from the records: at a million quotes that
/// took 0.1 to 0.15 s of a later open.
pub(super) fn write_involving(involving: &[Involving]) -> io::Result<Vec<u8>> {
    let mut w = Writer::default();
    w.int(involving.len())?;
    for i in involving {
        w.list(&i.events)?;
        w.list(&i.quotes)?;
    }
    w.finish()
}

/// The lists of a section written by [`write_involving`], appended to
/// `out`; each must be in increasing order, as the filters rely on.
pub(super) fn read_involving(bytes: &[u8], bounds: Bounds, out: &mut Vec<Involving>) -> Option<()> {
    let increasing = |list: Vec<usize>| list.is_sorted_by(|a, b| a < b).then_some(list);
    let mut r = Reader::new(bytes)?;
    let n = r.count(2)?;
    out.reserve(n);
    for _ in 0..n {
        out.push(Involving {
            events: increasing(r.list(bounds.events)?)?,
            quotes: increasing(r.list(bounds.quotes)?)?,
        });
    }
    r.at_end().then_some(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`read_quotes`] of `bytes` as they would lie in a copy's file.
    fn read_in_file(bytes: &[u8], bounds: Bounds, out: &mut Vec<Quote>) -> Option<()> {
        let file = Arc::new(FileBytes::Read(bytes.to_vec()));
        read_quotes(file.bytes(), bounds, &file, out)
    }

    /// [`read_events`] of `bytes` as they would lie in a copy's file.
    fn events_in_file(bytes: &[u8], bounds: Bounds, out: &mut Vec<Event>) -> Option<()> {
        let file = Arc::new(FileBytes::Read(bytes.to_vec()));
        read_events(file.bytes(), bounds, &file, out)
    }

    fn quotes() -> (Vec<Quote>, Bounds) {
        let (ds, bounds) = dataset();
        (ds.quotes, bounds)
    }

    fn dataset() -> (crate::data::Dataset, Bounds) {
        let file = crate::data::generate::generate(30, 200, 20, 5);
        let json = serde_json::to_string(&file).unwrap();
        let ds = crate::data::load::parse(std::path::Path::new("t.json"), &json, |_| {
            Err("no files".into())
        })
        .unwrap();
        let bounds = Bounds {
            actors: ds.actors.len(),
            events: ds.events.len(),
            quotes: ds.quotes.len(),
            sources: ds.sources.len(),
        };
        (ds, bounds)
    }

    /// Each number of a sound section of `T`s changed in turn to a few
    /// telling values: each time refused, or read as records that `sound`
    /// accepts. How many were refused.
    fn each_number_changed<T>(
        good: &[u8],
        read: impl Fn(&[u8], &mut Vec<T>) -> Option<()>,
        sound: impl Fn(&T) -> bool,
    ) -> usize {
        let numbers = u32::from_le_bytes(good[..4].try_into().unwrap()) as usize;
        let mut refused = 0;
        for i in 1..=numbers {
            for value in [0, 1, 7, 21, u32::MAX / 4, u32::MAX] {
                let mut bad = good.to_vec();
                bad[i * 4..i * 4 + 4].copy_from_slice(&value.to_le_bytes());
                let mut out = Vec::new();
                match read(&bad, &mut out) {
                    None => refused += 1,
                    Some(()) => assert!(out.iter().all(&sound), "number {i} made {value}"),
                }
            }
        }
        for len in 0..good.len() {
            assert!(
                read(&good[..len], &mut Vec::new()).is_none(),
                "cut at {len}"
            );
        }
        refused
    }

    #[test]
    fn events_and_actors_lists_read_back_and_refuse_what_points_outside() {
        let (ds, bounds) = dataset();
        let events = write_events(&ds.events).unwrap();
        let mut back = Vec::new();
        events_in_file(&events, bounds, &mut back).expect("sound events");
        assert_eq!(format!("{back:?}"), format!("{:?}", ds.events));
        assert!(
            back.iter()
                .all(|e| e.title.lies_in_file() && e.summary.lies_in_file())
        );
        let involving = write_involving(&ds.involving).unwrap();
        let mut back = Vec::new();
        read_involving(&involving, bounds, &mut back).expect("sound lists");
        assert_eq!(format!("{back:?}"), format!("{:?}", ds.involving));

        let event_sound = |e: &Event| {
            e.actors.iter().all(|&a| a < bounds.actors)
                && e.quotes.iter().all(|&q| q < bounds.quotes)
                && e.sources
                    .iter()
                    .all(|s| s.source < bounds.sources && s.start <= s.end)
        };
        let few = write_events(&ds.events[..5]).unwrap();
        let read = |b: &[u8], out: &mut Vec<Event>| events_in_file(b, bounds, out);
        assert!(each_number_changed(&few, read, event_sound) > 0);
        let lists_sound = |i: &Involving| {
            i.events.is_sorted_by(|a, b| a < b)
                && i.quotes.is_sorted_by(|a, b| a < b)
                && i.events.iter().all(|&e| e < bounds.events)
                && i.quotes.iter().all(|&q| q < bounds.quotes)
        };
        let few = write_involving(&ds.involving[..4]).unwrap();
        let read = |b: &[u8], out: &mut Vec<Involving>| read_involving(b, bounds, out);
        assert!(each_number_changed(&few, read, lists_sound) > 0);
    }

    #[test]
    fn quotes_read_back_as_written() {
        let (quotes, bounds) = quotes();
        let bytes = write_quotes(&quotes).unwrap();
        let mut back = Vec::new();
        read_in_file(&bytes, bounds, &mut back).expect("a sound section");
        assert_eq!(format!("{back:?}"), format!("{quotes:?}"));
        assert!(back.iter().all(|q| q.text.lies_in_file()));
    }

    /// What a checksum cannot catch: a section written to pass it, with
    /// any one number changed to any of a few telling values (a count far
    /// too large, a length past the end, an index past its records, zero).
    /// Each is refused or read as some quotes, never a panic nor a
    /// reference out of bounds.
    #[test]
    fn a_section_with_any_number_changed_is_refused_or_still_sound() {
        let (quotes, bounds) = quotes();
        let good = write_quotes(&quotes[..20]).unwrap();
        let numbers = u32::from_le_bytes(good[..4].try_into().unwrap()) as usize;
        let mut refused = 0;
        for i in 0..=numbers {
            for value in [0, 1, 7, bounds.actors as u32, u32::MAX / 4, u32::MAX] {
                let mut bad = good.clone();
                bad[i * 4..i * 4 + 4].copy_from_slice(&value.to_le_bytes());
                let mut out = Vec::new();
                match read_in_file(&bad, bounds, &mut out) {
                    None => refused += 1,
                    Some(()) => assert!(out.iter().all(|q| {
                        q.actors().all(|a| a < bounds.actors)
                            && q.event < bounds.events
                            && q.source.source < bounds.sources
                    })),
                }
            }
        }
        assert!(refused > numbers, "only {refused} refused");
        // And cut anywhere.
        for len in 0..good.len() {
            assert!(
                read_in_file(&good[..len], bounds, &mut Vec::new()).is_none(),
                "cut at {len}"
            );
        }
    }

    #[test]
    fn strings_cut_inside_a_char_or_not_utf8_are_refused() {
        let (quotes, bounds) = quotes();
        let mut one = quotes[0].clone();
        one.id = "a".into();
        one.text = "é".into();
        one.date_derivation = None;
        one.note = None;
        let good = write_quotes(&[one]).unwrap();
        assert!(read_in_file(&good, bounds, &mut Vec::new()).is_some());
        // The id's length (after the count of numbers and of quotes) made 2
        // and the text's 1: the same 3 bytes in all, but the id would end
        // inside the `é`.
        let mut inside = good.clone();
        inside[8..12].copy_from_slice(&2u32.to_le_bytes());
        inside[12..16].copy_from_slice(&1u32.to_le_bytes());
        assert!(read_in_file(&inside, bounds, &mut Vec::new()).is_none());
        // The `é` made a byte that starts no char.
        let mut bad = good.clone();
        let at = bad.len() - 2;
        bad[at] = 0xff;
        assert!(read_in_file(&bad, bounds, &mut Vec::new()).is_none());
    }
}
