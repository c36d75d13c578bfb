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
    // A reference must be an id (a string) that exists; only the fields that
    // may be left out (`optional`) may be absent, and never of another type.
    let check = |set: &HashSet<String>, v: &Value, what: &str, optional: bool| {
        if optional && v.is_null() {
            return;
        }
        let id = v
            .as_str()
            .unwrap_or_else(|| panic!("{what} is not an id: {v}"));
        assert!(set.contains(id), "unknown {what} {id}");
    };
    let list = |v: &Value, what: &str| -> Vec<Value> {
        match v {
            Value::Null => Vec::new(),
            Value::Array(a) => a.clone(),
            other => panic!("{what} is not a list: {other}"),
        }
    };
    for q in ds["quotes"].as_array().unwrap() {
        check(&actors, &q["speaker"], "speaker", false);
        check(&events, &q["event"], "event", false);
        check(&sources, &q["source"]["source"], "source", false);
        for a in list(&q["mentions"], "mentions") {
            check(&actors, &a, "mentioned actor", false);
        }
        for a in list(&q["co_speakers"], "co_speakers") {
            check(&actors, &a, "co-speaker", false);
        }
    }
    for e in ds["events"].as_array().unwrap() {
        for a in list(&e["actors"], "actors") {
            check(&actors, &a, "actor", false);
        }
        for s in list(&e["sources"], "sources") {
            check(&sources, &s["source"], "event source", false);
        }
    }
    for a in ds["actors"].as_array().unwrap() {
        check(&actors, &a["country"], "country", true);
        for b in list(&a["affiliations"], "affiliations") {
            check(&actors, &b, "affiliation", false);
        }
    }
    for s in ds["sources"].as_array().unwrap() {
        for a in list(&s["relays"], "relays") {
            check(&actors, &a, "relaying actor", false);
        }
    }
    for t in ds["terms"].as_array().unwrap() {
        check(&actors, &t["refers_to"], "term's actor", true);
        for o in list(&t["occurrences"], "occurrences") {
            check(&sources, &o["source"], "term's source", false);
        }
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

/// What the binary carries is the file on disk and its seed articles, read
/// here without the loader: every quote's words, speaker, event and place in
/// its article, every event's title, actors and sources, every article's text.
#[test]
fn the_built_in_dataset_is_the_file_and_its_seed_articles() {
    let json = dataset();
    let ds = newsline::data::load_builtin().unwrap();
    assert_eq!(ds.title, json["title"].as_str().unwrap());

    let sources = json["sources"].as_array().unwrap();
    assert_eq!(ds.sources.len(), sources.len());
    for (s, j) in ds.sources.iter().zip(sources) {
        assert_eq!(s.id, j["id"].as_str().unwrap());
        let seed: String = seed(&json, &s.id).into_iter().collect();
        assert_eq!(s.text.as_deref(), Some(seed.as_str()), "{}", s.id);
    }

    let actor_id = |ix: usize| ds.actors[ix].id.as_str();
    let mut actor_ids: Vec<&str> = ds.actors.iter().map(|a| a.id.as_str()).collect();
    let mut json_actors: Vec<&str> = json["actors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["id"].as_str().unwrap())
        .collect();
    actor_ids.sort_unstable();
    json_actors.sort_unstable();
    assert_eq!(actor_ids, json_actors);
    assert_eq!(actor_ids.len(), 32);

    let quotes = json["quotes"].as_array().unwrap();
    assert_eq!(ds.quotes.len(), quotes.len());
    for j in quotes {
        let id = j["id"].as_str().unwrap();
        let q = ds.quotes.iter().find(|q| q.id.as_str() == id).unwrap();
        assert_eq!(q.text, j["text"].as_str().unwrap(), "{id}");
        assert_eq!(q.text, span_text(&json, &j["source"]), "{id}");
        assert_eq!(actor_id(q.speaker), j["speaker"].as_str().unwrap(), "{id}");
        assert_eq!(
            ds.events[q.event].id.as_str(),
            j["event"].as_str().unwrap(),
            "{id}"
        );
        let source = &ds.sources[q.source.source];
        assert_eq!(source.id, j["source"]["source"].as_str().unwrap(), "{id}");
        let chars: Vec<char> = source.text.as_deref().unwrap().chars().collect();
        let in_article: String = chars[q.source.start..q.source.end].iter().collect();
        assert_eq!(in_article, q.text, "{id}: the span the loader kept");
    }

    let events = json["events"].as_array().unwrap();
    assert_eq!(ds.events.len(), events.len());
    assert_eq!(ds.events.len(), 14);
    for j in events {
        let id = j["id"].as_str().unwrap();
        let e = ds.events.iter().find(|e| e.id.as_str() == id).unwrap();
        assert_eq!(e.title, j["title"].as_str().unwrap(), "{id}");
        assert_eq!(e.summary, j["summary"].as_str().unwrap(), "{id}");
        let actors: Vec<&str> = e.actors.iter().map(|&a| actor_id(a)).collect();
        let expected: Vec<&str> = j["actors"]
            .as_array()
            .unwrap()
            .iter()
            .map(|a| a.as_str().unwrap())
            .collect();
        assert_eq!(actors, expected, "{id}");
        let excerpts: Vec<String> = e
            .sources
            .iter()
            .map(|s| {
                let chars: Vec<char> = ds.sources[s.source]
                    .text
                    .as_deref()
                    .unwrap()
                    .chars()
                    .collect();
                chars[s.start..s.end].iter().collect()
            })
            .collect();
        let expected: Vec<String> = j["sources"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| span_text(&json, s))
            .collect();
        assert_eq!(excerpts, expected, "{id}");
    }
}
