//! `--json` gives the shape the README documents: every field of every record,
//! of the documented type, and the values of one record exactly.

use super::json;
use serde_json::Value;

/// What a JSON field documented in the README's "JSON" section must hold.
#[derive(Clone, Copy, Debug)]
enum Kind {
    Str,
    /// A string, or null when the record has none.
    StrOrNull,
    Count,
    Bool,
    List,
    Object,
    ObjectOrNull,
}

/// Every key of `shape` is in `v` with a value of its kind (not just present:
/// a null where a string is documented fails).
fn assert_shape(v: &Value, what: &str, shape: &[(&str, Kind)]) {
    for &(key, kind) in shape {
        let field = v
            .get(key)
            .unwrap_or_else(|| panic!("{what} lacks {key}: {v}"));
        let ok = match kind {
            Kind::Str => field.as_str().is_some_and(|s| !s.is_empty()),
            Kind::StrOrNull => field.is_null() || field.as_str().is_some_and(|s| !s.is_empty()),
            Kind::Count => field.is_u64(),
            Kind::Bool => field.is_boolean(),
            Kind::List => field.is_array(),
            Kind::Object => field.is_object(),
            Kind::ObjectOrNull => field.is_null() || field.is_object(),
        };
        assert!(ok, "{what}.{key} should be {kind:?}, is {field}");
    }
}

const NAMED: &[(&str, Kind)] = &[("id", Kind::Str), ("name", Kind::Str)];

/// A quote's or an event's `source`.
fn assert_source_shape(s: &Value, what: &str) {
    assert_shape(
        s,
        what,
        &[
            ("id", Kind::Str),
            ("title", Kind::Str),
            ("outlet", Kind::Str),
            ("published", Kind::Str),
            ("language", Kind::Str),
            ("span", Kind::List),
        ],
    );
    let span = s["span"].as_array().unwrap();
    assert_eq!(span.len(), 2, "{what}.span");
    assert!(
        span[0].as_u64().unwrap() < span[1].as_u64().unwrap(),
        "{what}.span"
    );
}

#[test]
fn events_json_has_the_documented_shape() {
    let v = json(&["events", "--json"]);
    let events = v.as_array().unwrap();
    assert_eq!(events.len(), 14);
    for e in events {
        assert_shape(
            e,
            "event",
            &[
                ("id", Kind::Str),
                ("date", Kind::Str),
                ("date_precision", Kind::Str),
                ("date_derivation", Kind::StrOrNull),
                ("title", Kind::Str),
                ("summary", Kind::Str),
                ("actors", Kind::List),
                ("location", Kind::StrOrNull),
                ("sources", Kind::List),
                ("quotes", Kind::List),
            ],
        );
        for a in e["actors"].as_array().unwrap() {
            assert_shape(a, "event actor", &[NAMED[0], NAMED[1], ("kind", Kind::Str)]);
        }
        for s in e["sources"].as_array().unwrap() {
            assert_source_shape(s, "event source");
        }
        assert!(e["quotes"].as_array().unwrap().iter().all(Value::is_string));
    }
    let e = &events[0];
    assert_eq!(e["id"], "berlin-defence-ministers-meeting");
    assert_eq!(e["date"], "2024-11-25");
    assert_eq!(e["date_precision"], "day");
    assert_eq!(
        e["actors"][0],
        serde_json::json!({"id": "boris-pistorius", "name": "Boris Pistorius", "kind": "person"})
    );
    assert_eq!(e["sources"][0]["id"], "rnd-masala-2024-11-26");
    let quotes: usize = events
        .iter()
        .map(|e| e["quotes"].as_array().unwrap().len())
        .sum();
    assert_eq!(quotes, 15, "every quote is in one event's list");
    let precisions: std::collections::HashSet<&str> = events
        .iter()
        .map(|e| e["date_precision"].as_str().unwrap())
        .collect();
    assert!(
        precisions.is_subset(&["day", "month", "year"].into()),
        "{precisions:?}"
    );
}

#[test]
fn quotes_json_has_the_documented_shape() {
    let v = json(&["quotes", "--json"]);
    let quotes = v.as_array().unwrap();
    assert_eq!(quotes.len(), 15);
    for q in quotes {
        assert_shape(
            q,
            "quote",
            &[
                ("id", Kind::Str),
                ("text", Kind::Str),
                ("speaker", Kind::Object),
                ("co_speakers", Kind::List),
                ("date", Kind::Str),
                ("date_precision", Kind::Str),
                ("date_derivation", Kind::StrOrNull),
                ("event", Kind::Str),
                ("source", Kind::Object),
            ],
        );
        assert_shape(&q["speaker"], "quote speaker", NAMED);
        for c in q["co_speakers"].as_array().unwrap() {
            assert_shape(c, "co-speaker", NAMED);
        }
        assert_source_shape(&q["source"], "quote source");
        assert!(q.get("score").is_none(), "a score without --search");
    }
    let q = &quotes[0];
    assert_eq!(q["id"], "pistorius-defence-industry");
    assert_eq!(
        q["speaker"],
        serde_json::json!({"id": "boris-pistorius", "name": "Boris Pistorius"})
    );
    assert_eq!(q["event"], "pistorius-after-meeting");
    assert_eq!(q["source"]["span"], serde_json::json!([2070, 2147]));
    let searched = json(&["quotes", "--search", "troupes", "--json"]);
    let first = &searched.as_array().unwrap()[0];
    assert!(
        first["score"].is_number(),
        "--search gives a score: {first}"
    );
}

#[test]
fn actors_json_has_the_documented_shape() {
    let v = json(&["actors", "--json"]);
    let actors = v.as_array().unwrap();
    assert_eq!(actors.len(), 32);
    for a in actors {
        assert_shape(
            a,
            "actor",
            &[
                ("id", Kind::Str),
                ("name", Kind::Str),
                ("kind", Kind::Str),
                ("country", Kind::ObjectOrNull),
                ("code", Kind::StrOrNull),
                ("role", Kind::StrOrNull),
                ("aliases", Kind::List),
                ("anonymous", Kind::Bool),
                ("events", Kind::Count),
                ("quotes", Kind::Count),
            ],
        );
        if a["country"].is_object() {
            assert_shape(&a["country"], "actor country", NAMED);
        }
        assert!(
            a["aliases"]
                .as_array()
                .unwrap()
                .iter()
                .all(Value::is_string)
        );
        // Only countries have a code.
        assert_eq!(a["code"].is_string(), a["kind"] == "country", "{a}");
    }
    let by_id = |id: &str| actors.iter().find(|a| a["id"] == id).unwrap();
    assert_eq!(
        by_id("boris-pistorius"),
        &serde_json::json!({
            "id": "boris-pistorius", "name": "Boris Pistorius", "kind": "person",
            "country": {"id": "germany", "name": "Germany"}, "code": null,
            "role": "German Federal Minister of Defence (SPD)", "aliases": ["Pistorius"],
            "anonymous": false, "events": 3, "quotes": 3
        })
    );
    assert_eq!(by_id("germany")["code"], "DE");
    let kinds: std::collections::HashSet<&str> =
        actors.iter().map(|a| a["kind"].as_str().unwrap()).collect();
    assert_eq!(kinds, ["person", "country", "organization"].into());
}
