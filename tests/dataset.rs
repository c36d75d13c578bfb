//! The built-in dataset checked against the seed articles, independently of
//! the loader: spans, ids, and that every « » passage is accounted for.
// A test that cannot unwrap has failed; that is the point of it.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use serde_json::Value;
use std::collections::HashSet;
use std::path::Path;

fn dataset() -> Value {
    let text = std::fs::read_to_string("data/coalition-of-the-willing.json").unwrap();
    serde_json::from_str(&text).unwrap()
}

fn seed(ds: &Value, source_id: &str) -> Vec<char> {
    let source = ds["sources"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["id"] == source_id)
        .unwrap_or_else(|| panic!("no source {source_id}"));
    let file = Path::new("data").join(source["file"].as_str().unwrap());
    std::fs::read_to_string(file).unwrap().chars().collect()
}

fn span_text(ds: &Value, r: &Value) -> String {
    let chars = seed(ds, r["source"].as_str().unwrap());
    let (a, b) = (
        r["span"][0].as_u64().unwrap() as usize,
        r["span"][1].as_u64().unwrap() as usize,
    );
    chars[a..b].iter().collect()
}

#[test]
fn every_quote_span_holds_the_quote() {
    let ds = dataset();
    let quotes = ds["quotes"].as_array().unwrap();
    assert_eq!(quotes.len(), 15);
    for q in quotes {
        assert_eq!(
            span_text(&ds, &q["source"]),
            q["text"].as_str().unwrap(),
            "{}",
            q["id"]
        );
    }
}

#[test]
fn every_event_excerpt_is_in_its_source() {
    let ds = dataset();
    for e in ds["events"].as_array().unwrap() {
        let sources = e["sources"].as_array().unwrap();
        assert!(!sources.is_empty(), "event {} has no source", e["id"]);
        for s in sources {
            assert_eq!(
                span_text(&ds, s),
                s["excerpt"].as_str().unwrap(),
                "{}",
                e["id"]
            );
        }
    }
}

#[test]
fn every_reference_names_a_record_that_exists() {
    let ds = dataset();
    let ids = |list: &str| -> HashSet<String> {
        ds[list]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["id"].as_str().unwrap().to_string())
            .collect()
    };
    let (actors, events, sources) = (ids("actors"), ids("events"), ids("sources"));
    let check = |set: &HashSet<String>, v: &Value, what: &str| {
        if let Some(id) = v.as_str() {
            assert!(set.contains(id), "unknown {what} {id}");
        }
    };
    for q in ds["quotes"].as_array().unwrap() {
        check(&actors, &q["speaker"], "speaker");
        check(&events, &q["event"], "event");
        check(&sources, &q["source"]["source"], "source");
        for a in q["mentions"].as_array().into_iter().flatten() {
            check(&actors, a, "actor");
        }
    }
    for e in ds["events"].as_array().unwrap() {
        for a in e["actors"].as_array().unwrap() {
            check(&actors, a, "actor");
        }
    }
    for a in ds["actors"].as_array().unwrap() {
        check(&actors, &a["country"], "country");
    }
}

#[test]
fn every_guillemet_passage_is_a_quote_or_a_term() {
    let ds = dataset();
    let mut covered: HashSet<(String, usize, usize)> = HashSet::new();
    for q in ds["quotes"].as_array().unwrap() {
        let s = &q["source"];
        covered.insert((
            s["source"].as_str().unwrap().into(),
            s["span"][0].as_u64().unwrap() as usize,
            s["span"][1].as_u64().unwrap() as usize,
        ));
    }
    for t in ds["terms"].as_array().unwrap() {
        for o in t["occurrences"].as_array().unwrap() {
            covered.insert((
                o["source"].as_str().unwrap().into(),
                o["span"][0].as_u64().unwrap() as usize,
                o["span"][1].as_u64().unwrap() as usize,
            ));
        }
    }
    let mut passages = 0;
    for source in ds["sources"].as_array().unwrap() {
        let id = source["id"].as_str().unwrap();
        let chars = seed(&ds, id);
        let mut i = 0;
        while i < chars.len() {
            if chars[i] == '«' {
                let close = (i..chars.len())
                    .find(|&j| chars[j] == '»')
                    .expect("unclosed «");
                // The passage without the spaces inside the marks.
                let mut a = i + 1;
                let mut b = close;
                while chars[a].is_whitespace() {
                    a += 1;
                }
                while chars[b - 1].is_whitespace() {
                    b -= 1;
                }
                let passage: String = chars[a..b].iter().collect();
                assert!(
                    covered.contains(&(id.to_string(), a, b)),
                    "{id} [{a}, {b}] «{passage}» is neither a quote nor a term"
                );
                passages += 1;
                i = close;
            }
            i += 1;
        }
    }
    assert_eq!(passages, 22);
}

#[test]
fn seeds_are_named_and_traced_to_their_original_names() {
    let ds = dataset();
    let originals: Vec<&str> = ds["sources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["original_name"].as_str().unwrap())
        .collect();
    assert_eq!(
        originals,
        ["000_f4702011c77a58f4.txt", "002_7d3efb94ad71fb86.txt"]
    );
}

#[test]
fn the_file_on_disk_loads_as_the_built_in_one() {
    // The repository keeps its articles in `seeds/`, beside `data/`: outside
    // the dataset's folder, so they are read only when that is allowed.
    let allow = newsline::data::load::LoadOptions {
        allow_outside_files: true,
    };
    let from_disk = newsline::data::load::load_path_with(
        Path::new("data/coalition-of-the-willing.json"),
        allow,
    )
    .unwrap();
    let built_in = newsline::data::load_builtin().unwrap();
    assert_eq!(from_disk.events.len(), built_in.events.len());
    assert_eq!(from_disk.quotes.len(), built_in.quotes.len());
    assert_eq!(from_disk.actors.len(), 32);
    assert_eq!(from_disk.events.len(), 14);
}
