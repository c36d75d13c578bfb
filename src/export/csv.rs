//! CSV for spreadsheets, one row per event and per quote, with ACLED-like
//! columns. Written by the `csv` crate, so commas, quotes and newlines inside
//! fields are quoted correctly.

use super::View;
use crate::data::{ActorIx, ActorKind, Dataset};
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

/// A cell a spreadsheet would run as a formula (`=`, `+`, `-`, `@`) gets a
/// leading apostrophe, so opening the file cannot run anything.
fn cell(s: &str) -> String {
    match s.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{s}"),
        _ => s.to_string(),
    }
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
            e.title.clone(),
            e.summary.clone(),
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
                e.title.clone(),
                quote.text.clone(),
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
