//! `--json` and `--json-lines` are written without a second cleaning pass
//! over their bytes (the JSON formatter escapes as it writes each string):
//! a dataset whose every text holds controls, bidi and invisible chars and a
//! flood of combining marks still prints none of them raw, in every listing,
//! and the JSON still reads back to the text as loaded, marks and all.
// A test that cannot unwrap has failed; that is the point of it.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::home::Home;
use newsline::text::{MAX_MARKS, is_unsafe_char};
use serde_json::Value;
use unicode_normalization::char::is_combining_mark;

/// Forty combining acute accents: more than any output lets through raw.
fn flood() -> String {
    "\u{301}".repeat(40)
}

/// The hostile fixture, with the flood added to every string that carries
/// the attack (its texts and names; its ids are plain).
fn dataset(home: &Home) -> std::path::PathBuf {
    fn add(value: &mut Value) {
        match value {
            Value::String(s) if s.contains("gnp") => s.push_str(&format!("Z{} Dit", flood())),
            Value::Array(all) => all.iter_mut().for_each(add),
            Value::Object(all) => all.values_mut().for_each(add),
            _ => {}
        }
    }
    let text = std::fs::read_to_string("tests/fixtures/hostile/out-valid.json").unwrap();
    let mut value: Value = serde_json::from_str(&text).unwrap();
    add(&mut value);
    let path = home.join("flooded.json");
    std::fs::write(&path, serde_json::to_string_pretty(&value).unwrap()).unwrap();
    path
}

/// Fails on any control but the newline, any unsafe char, and any run of
/// combining marks longer than newsline lets through.
fn assert_safe(what: &str, text: &str) {
    let mut marks = 0;
    for (i, c) in text.char_indices() {
        assert!(
            c == '\n' || !(c.is_control() || is_unsafe_char(c)),
            "{what}: {c:?} at byte {i}"
        );
        marks = if is_combining_mark(c) { marks + 1 } else { 0 };
        assert!(
            marks <= MAX_MARKS,
            "{what}: {marks} marks in a row at byte {i}"
        );
    }
}

/// Every string a JSON value holds, keys included.
fn strings(value: &Value, out: &mut Vec<String>) {
    match value {
        Value::String(s) => out.push(s.clone()),
        Value::Array(all) => all.iter().for_each(|v| strings(v, out)),
        Value::Object(all) => all.iter().for_each(|(k, v)| {
            out.push(k.clone());
            strings(v, out);
        }),
        _ => {}
    }
}

#[test]
fn json_and_json_lines_print_no_hostile_char_raw() {
    let home = Home::new();
    let data = dataset(&home);
    let data = data.to_str().unwrap();
    let listings: &[&[&str]] = &[
        &["quotes"],
        &["quotes", "--search", "Dit"],
        &["events"],
        &["actors"],
    ];
    for args in listings {
        for format in ["--json", "--json-lines"] {
            let mut all = vec!["--data", data];
            all.extend_from_slice(args);
            all.push(format);
            let out = home.newsline().args(&all).output().unwrap();
            let what = format!("newsline {all:?}");
            assert_eq!(out.status.code(), Some(0), "{what}");
            let stdout = String::from_utf8(out.stdout).unwrap();
            assert_safe(&what, &stdout);
            assert_safe(&what, &String::from_utf8_lossy(&out.stderr));
            let values: Vec<Value> = match format {
                "--json" => vec![serde_json::from_str(&stdout).unwrap()],
                _ => stdout
                    .lines()
                    .map(|l| serde_json::from_str(l).unwrap())
                    .collect(),
            };
            let mut found = Vec::new();
            values.iter().for_each(|v| strings(v, &mut found));
            // What was loaded comes back whole: the flood was escaped,
            // not dropped; the unsafe chars were removed on load.
            assert!(
                found.iter().any(|s| s.contains(&flood())),
                "{what}: {stdout}"
            );
            assert!(found.iter().any(|s| s.contains("gnp")), "{what}");
            for s in &found {
                assert!(
                    !s.chars().any(|c| c != '\n' && is_unsafe_char(c)),
                    "{what}: {s:?}"
                );
            }
        }
    }
}
