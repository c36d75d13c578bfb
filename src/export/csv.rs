//! CSV for spreadsheets, one row per event and per quote, with ACLED-like
//! columns. Written by the `csv` crate, so commas, quotes and newlines inside
//! fields are quoted correctly.

use super::View;
use crate::data::{ActorIx, ActorKind, Dataset};
use crate::text::{clean, is_unsafe_char};
use std::collections::BTreeSet;

pub const HEADER: [&str; 12] = [
    "kind",
    "id",
    "date",
    "precision",
    "event_id",
    "title",
    "text",
    "speaker",
    "actors",
    "country",
    "source",
    "published",
];

/// A cell as a spreadsheet may safely open it: controls removed and line
/// breaks made spaces ([`clean`]), and a leading apostrophe if it could be
/// read as a formula.
///
/// Spreadsheets (and CSV readers set to trim) skip leading blanks before
/// deciding a cell is a formula, so the guard looks past every kind of space,
/// no-break and ideographic ones included, and past anything [`clean`] would
/// drop, before testing for `=`, `+`, `-` or `@` (or their full-width forms,
/// which some spreadsheets take for the ASCII ones).
fn cell(s: &str) -> String {
    let s = clean(s, false);
    let first = s
        .chars()
        .find(|&c| !(c.is_whitespace() || is_unsafe_char(c) || is_blank(c)));
    match first {
        Some('=' | '+' | '-' | '@' | '＝' | '＋' | '－' | '＠') => format!("'{s}"),
        _ => s,
    }
}

/// Chars that show as nothing but are neither whitespace nor controls: a
/// reader or spreadsheet that trims them must not uncover a formula.
fn is_blank(c: char) -> bool {
    matches!(
        c,
        '\u{34f}' | '\u{115f}' | '\u{1160}' | '\u{2800}' | '\u{3164}' | '\u{ffa0}'
    )
}

fn names(ds: &Dataset, actors: impl Iterator<Item = ActorIx>) -> (String, String) {
    let actors: Vec<ActorIx> = actors.collect();
    let countries: BTreeSet<&str> = actors
        .iter()
        .filter_map(|&a| match ds.actors[a].kind {
            ActorKind::Country => Some(a),
            _ => ds.actors[a].country,
        })
        .map(|c| ds.actors[c].name.as_str())
        .collect();
    let names: Vec<&str> = actors.iter().map(|&a| ds.actors[a].name.as_str()).collect();
    (
        names.join("; "),
        countries.into_iter().collect::<Vec<_>>().join("; "),
    )
}

pub fn render(view: &View) -> Vec<u8> {
    let ds = view.ds;
    let mut w = ::csv::Writer::from_writer(Vec::new());
    let mut rows: Vec<[String; 12]> = Vec::new();
    for t in view.timeline {
        let e = &ds.events[t.event];
        let (actors, country) = names(ds, e.actors.iter().copied());
        let source = e.sources.first().map(|s| &ds.sources[s.source]);
        rows.push([
            "event".into(),
            e.id.to_string(),
            e.date.iso(),
            e.date.precision().as_str().into(),
            e.id.to_string(),
            e.title.to_string(),
            e.summary.to_string(),
            String::new(),
            actors,
            country,
            source.map(|s| s.outlet.clone()).unwrap_or_default(),
            source.map(|s| s.published.iso()).unwrap_or_default(),
        ]);
        for &q in &t.quotes {
            let quote = &ds.quotes[q];
            let (actors, country) = names(ds, quote.actors());
            let s = &ds.sources[quote.source.source];
            rows.push([
                "quote".into(),
                quote.id.to_string(),
                quote.date.iso(),
                quote.date.precision().as_str().into(),
                e.id.to_string(),
                e.title.to_string(),
                quote.text.to_string(),
                ds.actors[quote.speaker].name.clone(),
                actors,
                country,
                s.outlet.clone(),
                s.published.iso(),
            ]);
        }
    }
    // Writing to a Vec cannot fail; an error would mean a bug in the csv crate.
    let _ = w.write_record(HEADER);
    for r in rows {
        let _ = w.write_record(r.iter().map(|c| cell(c)));
    }
    w.into_inner().unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::cell;

    #[test]
    fn a_formula_behind_any_blank_is_guarded() {
        for formula in [
            "=1+1",
            " =1+1",
            "\u{a0}=HYPERLINK(\"http://e\")",
            "\t@SUM(A1)",
            "\r\n+1",
            "\u{3000}-1",
            "\u{2003}\u{200b}=1",
            "\u{2800}=1",
            "＝1",
        ] {
            assert!(cell(formula).starts_with('\''), "{formula:?}");
        }
        assert_eq!(cell("\t@SUM"), "' @SUM");
        assert_eq!(cell("Paris, « 3 »"), "Paris, « 3 »");
        assert_eq!(cell("a\u{1b}[2Jb\u{9b}c"), "a[2Jbc");
    }
}
