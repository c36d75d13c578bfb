//! The `quotes` listing written straight into cleaned buffers, on every
//! core: plain lines, table rows and JSON records, each string cleaned or
//! escaped once as it goes in, and the names, dates and sources rows share
//! cleaned once rather than once a row (JSON records: `super::quote_json`).
//! The bytes are the ones the generic writers make (`table::write`,
//! `export::json`): the tests compare them.

use super::blocks;
use crate::cli::out::CleanedOut;
use crate::data::Dataset;
use crate::data::date::FuzzyDate;
use crate::text::Cleaned;
use crate::text::marks::quote;
use rustc_hash::FxHashMap;
use std::io::{self, Write};
use unicode_width::UnicodeWidthStr;

/// A quote to list, with its search score when there was a search.
pub(super) type Row = (usize, Option<i64>);

/// One line a quote, its text as it is, cleaned.
pub(super) fn plain(
    out: &mut CleanedOut<impl Write>,
    ds: &Dataset,
    rows: &[Row],
) -> io::Result<()> {
    blocks::write(
        out,
        rows,
        || (),
        |_, _, &(q, _), buf| {
            buf.text(&ds.quotes[q].text);
            buf.lit("\n");
        },
    )
}

/// The table of `table::write` with no width to fit: date, speaker and
/// the quote in its marks, the first two columns padded to their widest
/// cell. Dates and speakers are few; each is cleaned and measured once.
pub(super) fn table(
    out: &mut CleanedOut<impl Write>,
    ds: &Dataset,
    rows: &[Row],
) -> io::Result<()> {
    let mut date_slot: FxHashMap<FuzzyDate, u32> = FxHashMap::default();
    let mut dates: Vec<(Cleaned, usize)> = Vec::new();
    let mut speakers: Vec<Option<(Cleaned, usize)>> = vec![None; ds.actors.len()];
    let mut slots = Vec::with_capacity(rows.len());
    let (mut date_width, mut speaker_width) = ("DATE".width(), "SPEAKER".width());
    for &(qi, _) in rows {
        let q = &ds.quotes[qi];
        let slot = *date_slot.entry(q.date).or_insert_with(|| {
            dates.push(measured(&q.date.to_string()));
            (dates.len() - 1) as u32
        });
        slots.push(slot);
        date_width = date_width.max(dates[slot as usize].1);
        let speaker =
            speakers[q.speaker].get_or_insert_with(|| measured(&ds.actors[q.speaker].name));
        speaker_width = speaker_width.max(speaker.1);
    }
    let mut header = Cleaned::default();
    header.lit("DATE");
    header.spaces(date_width - "DATE".width() + 2);
    header.lit("SPEAKER");
    header.spaces(speaker_width - "SPEAKER".width() + 2);
    header.lit("QUOTE\n");
    out.write(&header)?;
    blocks::write(
        out,
        rows,
        || (),
        |_, i, &(qi, _), buf| {
            let q = &ds.quotes[qi];
            let (date, width) = &dates[slots[i] as usize];
            buf.append(date);
            buf.spaces(date_width - width + 2);
            if let Some((name, width)) = &speakers[q.speaker] {
                buf.append(name);
                buf.spaces(speaker_width - width + 2);
            }
            // The marks end and begin with a base char, so the text's
            // marks are counted as they are in the whole cell; the closing
            // mark ends the line, which has no space to trim.
            let quoted = quote(&q.text, &ds.sources[q.source.source].language);
            buf.lit(quoted.open);
            buf.text(quoted.text);
            buf.lit(quoted.close);
            buf.lit("\n");
        },
    )
}

fn measured(s: &str) -> (Cleaned, usize) {
    let mut c = Cleaned::default();
    c.text(s);
    let width = c.as_str().width();
    (c, width)
}

#[cfg(test)]
mod tests {
    use super::super::quote_json::json;
    use super::*;
    use crate::cli::out::Clean;
    use crate::cli::{json as shapes, table as tables};
    use crate::data::date::FuzzyDate;

    /// Five blocks of generated quotes, with hostile text in names, ids,
    /// sources and quotes, in the order a search would list them.
    fn hostile_rows() -> (Dataset, Vec<Row>) {
        let file = crate::data::generate::generate(400, 5 * 2048 + 7, 50, 11);
        let json = serde_json::to_string(&file).unwrap();
        let mut ds = crate::data::load::parse(std::path::Path::new("generated"), &json, |_| {
            Err("no files".into())
        })
        .unwrap();
        let hostile = [
            "\u{1b}]52;c;eA==\u{7}\tx\u{202e}",
            "e\u{301}\u{301}\u{301}\u{301}\u{301}\u{301}\"q\"\\",
            "\u{301}\u{301}\u{301}\u{301}\u{301}\u{301}lead\n\u{301}\u{301}",
            "The peace and the war, ",
            "Wir sind die, die das nicht wollen;",
            "\u{9b}31m\u{e0100}\u{2800}\u{85}\r\u{8}\u{c}",
        ];
        for (i, q) in ds.quotes.iter_mut().enumerate().step_by(97) {
            q.text = format!("{}{}", hostile[i % hostile.len()], q.text).into();
            if i % 3 == 0 {
                q.date_derivation = Some(hostile[(i + 1) % hostile.len()].to_string());
            }
        }
        for (i, a) in ds.actors.iter_mut().enumerate().step_by(7) {
            a.name = format!("{}{}", a.name, hostile[i % hostile.len()]);
            a.id = format!("{}{}", a.id, hostile[(i + 2) % hostile.len()]);
        }
        for (i, s) in ds.sources.iter_mut().enumerate().step_by(5) {
            s.title = hostile[i % hostile.len()].to_string();
            s.language = ["en", "de-AT", "FR", ""][i % 4].to_string();
            s.published = FuzzyDate::parse_iso(["2024", "2024-03", "2024-03-02"][i % 3]).unwrap();
        }
        let n = ds.quotes.len();
        let rows = (0..n)
            .map(|i| ((i * 7919) % n, (i % 4 != 0).then_some(i as i64 - 50)))
            .collect();
        (ds, rows)
    }

    fn written(f: impl FnOnce(&mut CleanedOut<Vec<u8>>) -> io::Result<()>) -> String {
        let mut out = CleanedOut::new(Vec::new());
        f(&mut out).unwrap();
        String::from_utf8(out.into_inner()).unwrap()
    }

    #[test]
    fn every_mode_writes_what_the_generic_writers_write() {
        let (ds, rows) = hostile_rows();
        assert!(rows.len() > 4 * 2048, "several blocks, on several workers");

        let mut want = Clean::new(Vec::new());
        for &(q, _) in &rows {
            writeln!(want, "{}", ds.quotes[q].text).unwrap();
        }
        let want = String::from_utf8(want.into_inner()).unwrap();
        assert_eq!(written(|o| plain(o, &ds, &rows)), want, "plain");

        let cells: Vec<Vec<String>> = rows
            .iter()
            .map(|&(qi, _)| {
                let q = &ds.quotes[qi];
                let lang = &ds.sources[q.source.source].language;
                vec![
                    q.date.to_string(),
                    ds.actors[q.speaker].name.clone(),
                    crate::text::marks::quoted(&q.text, lang),
                ]
            })
            .collect();
        let mut want = Clean::new(Vec::new());
        tables::write(&mut want, &["DATE", "SPEAKER", "QUOTE"], &cells, None).unwrap();
        let want = String::from_utf8(want.into_inner()).unwrap();
        assert_eq!(written(|o| table(o, &ds, &rows)), want, "table");

        let records: Vec<_> = rows
            .iter()
            .map(|&(q, s)| shapes::quote(&ds, q, s))
            .collect();
        let mut want = Vec::new();
        shapes::to_writer_pretty(&mut want, &records).unwrap();
        want.push(b'\n');
        assert_eq!(
            written(|o| json(o, &ds, &rows, true)).as_bytes(),
            want,
            "--json"
        );
        let mut want = Vec::new();
        for r in &records {
            shapes::to_writer_compact(&mut want, r).unwrap();
            want.push(b'\n');
        }
        assert_eq!(
            written(|o| json(o, &ds, &rows, false)).as_bytes(),
            want,
            "lines"
        );

        // Nothing found.
        assert_eq!(written(|o| json(o, &ds, &[], true)), "[]\n");
        assert_eq!(written(|o| json(o, &ds, &[], false)), "");
        assert_eq!(written(|o| plain(o, &ds, &[])), "");
    }
}
