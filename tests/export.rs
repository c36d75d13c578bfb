#![allow(clippy::unwrap_used, clippy::expect_used)]
//! `newsline export`: every format parsed back and checked against its rules.

mod common;

use common::home::Home;
use serde_json::Value;
use std::collections::HashSet;

/// A home with no datasets or settings, which the commands here share: they
/// write nothing there.
fn home() -> Home {
    Home::at(&std::env::temp_dir().join("newsline-export-test-home"))
}

fn export(args: &[&str]) -> Vec<u8> {
    let out = home().newsline().arg("export").args(args).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

/// TimelineJS's rules for a slide (Knight Lab's JSON format): a start date
/// with a year, a month only with a year, a day only with a month; a text with
/// a headline; a unique id fit for a URL fragment.
fn check_timelinejs(v: &Value) -> usize {
    let events = v["events"].as_array().expect("events is an array");
    let mut ids = HashSet::new();
    for e in events {
        let d = &e["start_date"];
        assert!(d["year"].is_i64(), "start_date.year: {e}");
        if let Some(m) = d.get("month") {
            assert!((1..=12).contains(&m.as_i64().unwrap()));
        }
        if let Some(day) = d.get("day") {
            assert!(d.get("month").is_some(), "a day without a month: {e}");
            assert!((1..=31).contains(&day.as_i64().unwrap()));
        }
        assert!(!e["text"]["headline"].as_str().unwrap().is_empty());
        assert!(e["text"]["text"].is_string());
        let id = e["unique_id"].as_str().unwrap();
        assert!(
            id.chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'),
            "{id}"
        );
        assert!(ids.insert(id.to_string()), "unique_id {id} twice");
        if let Some(g) = e.get("group") {
            assert!(g.is_string());
        }
    }
    assert!(v["title"]["text"]["headline"].is_string());
    events.len()
}

#[test]
fn timelinejs_follows_the_format_and_keeps_each_date_at_its_precision() {
    let v: Value = serde_json::from_slice(&export(&["--format", "timelinejs"])).unwrap();
    assert_eq!(check_timelinejs(&v), 14);
    let events = v["events"].as_array().unwrap();
    let by_id = |id: &str| events.iter().find(|e| e["unique_id"] == id).unwrap();
    assert_eq!(
        by_id("trump-inauguration")["start_date"],
        serde_json::json!({"year": 2025, "month": 1})
    );
    assert_eq!(
        by_id("trump-no-guarantees")["start_date"],
        serde_json::json!({"year": 2025})
    );
    let berlin = by_id("berlin-defence-ministers-meeting");
    assert_eq!(
        berlin["start_date"],
        serde_json::json!({"year": 2024, "month": 11, "day": 25})
    );
    assert_eq!(berlin["group"], "Germany");
    // Quotes are in the slide of their event, as block quotes.
    let text = by_id("heusgen-rnd-comments")["text"]["text"]
        .as_str()
        .unwrap();
    assert!(
        text.contains("<blockquote>«\u{202f}Pour l’instant, c’est l’heure de l’Europe.\u{202f}»"),
        "{text}"
    );
}

#[test]
fn markup_in_a_hostile_dataset_stays_text_in_every_format() {
    let data = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/hostile/hostile.json"
    );
    let tl = export(&["--data", data, "--format", "timelinejs"]);
    let v: Value = serde_json::from_slice(&tl).unwrap();
    check_timelinejs(&v);
    for e in v["events"].as_array().unwrap() {
        let t = e["text"]["text"].as_str().unwrap();
        // Only the exporter's own tags: no tag from the data. A source's web
        // address is the exporter's own link.
        let mut stripped = t.to_string();
        while let Some(start) = stripped.find("<a href=\"http") {
            let end = start + stripped[start..].find("\">").unwrap() + 2;
            stripped.replace_range(start..end, "");
        }
        let stripped = [
            "</a>",
            "<p>",
            "</p>",
            "<blockquote>",
            "</blockquote>",
            "<br>",
            "<cite>",
            "</cite>",
            "<small>",
            "</small>",
        ]
        .iter()
        .fold(stripped, |s, tag| s.replace(tag, ""));
        assert!(!stripped.contains('<'), "{t}");
    }
    let csv = export(&["--data", data, "--format", "csv"]);
    for record in csv::Reader::from_reader(&csv[..]).records() {
        for cell in record.unwrap().iter() {
            assert!(
                !cell.starts_with(['=', '+', '-', '@']),
                "a spreadsheet would run {cell:?}"
            );
        }
    }
    let md = String::from_utf8(export(&["--data", data, "--format", "markdown"])).unwrap();
    assert!(!md.contains('\u{1b}'));
}

#[test]
fn csv_has_a_row_per_event_and_per_quote_that_a_csv_reader_reads_back() {
    let bytes = export(&["--format", "csv", "--country", "GB"]);
    let mut r = csv::Reader::from_reader(&bytes[..]);
    let header: Vec<String> = r.headers().unwrap().iter().map(str::to_string).collect();
    assert_eq!(header, newsline::export::csv::HEADER);
    let rows: Vec<csv::StringRecord> = r.records().map(Result::unwrap).collect();
    let events = rows.iter().filter(|r| &r[0] == "event").count();
    let quotes = rows.iter().filter(|r| &r[0] == "quote").count();
    // What `events --country GB` and its quotes show.
    assert_eq!((events, quotes), (7, 6));
    let q = rows.iter().find(|r| &r[1] == "eu-uk-sovereignty").unwrap();
    assert_eq!(&q[2], "2025-08-09");
    assert_eq!(&q[3], "day");
    assert_eq!(
        &q[6],
        "de défendre sa souveraineté et son intégrité territoriale"
    );
    assert_eq!(&q[7], "Ursula von der Leyen");
    // A field with commas and quotes survives the round trip.
    assert!(rows.iter().any(|r| r[6].contains(", ")));
}

#[test]
fn markdown_is_a_chronology_with_block_quotes_and_citations() {
    let md = String::from_utf8(export(&["--format", "markdown", "--actor", "Heusgen"])).unwrap();
    assert!(md.starts_with("# Coalition of the willing for Ukraine\n"));
    assert!(md.contains("\n## Nov 2024\n"));
    assert!(md.contains("\n### 26 Nov 2024 — Heusgen: 'this is Europe's hour' [^1]\n"));
    assert!(md.contains("\n> «\u{202f}Pour l’instant, c’est l’heure de l’Europe.\u{202f}»\n>\n> — Christoph Heusgen, 26 Nov 2024 [^1]\n"));
    assert!(md.contains("\n## Sources\n\n[^1]: "));
}

#[test]
fn json_and_a_file_output() {
    let v: Value =
        serde_json::from_slice(&export(&["--format", "json", "--from", "2025-08"])).unwrap();
    // August 2025, and "2025" (known only to the year), which overlaps it.
    let dates: HashSet<&str> = v["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["date"].as_str().unwrap())
        .collect();
    assert!(
        dates
            .iter()
            .all(|d| d.starts_with("2025-08") || *d == "2025"),
        "{dates:?}"
    );
    // The same quotes as `quotes --from 2025-08`.
    let quotes = home()
        .newsline()
        .args(["quotes", "--json", "--from", "2025-08"])
        .output()
        .unwrap();
    let quotes: Value = serde_json::from_slice(&quotes.stdout).unwrap();
    let ids = |v: &Value| -> Vec<String> {
        let ids = v.as_array().unwrap().iter().map(|q| q["id"].to_string());
        ids.collect()
    };
    assert_eq!(ids(&v["quotes"]), ids(&quotes));
    assert_eq!(v["schema"], "newsline/1");
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("out.md");
    let out = export(&["--format", "markdown", "-o", path.to_str().unwrap()]);
    assert!(out.is_empty());
    assert!(
        std::fs::read_to_string(&path)
            .unwrap()
            .starts_with("# Coalition")
    );
}
