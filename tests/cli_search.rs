//! `newsline events --search` and the search tokens on the command line:
//! the explorer's ranking in every output mode, a bad token refused with a
//! clear message and exit 2, and a hostile dataset's text cleaned.
// A test that cannot unwrap has failed; that is the point of it.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use assert_cmd::Command;
use common::home::Home;
use newsline::data::load_builtin;
use newsline::query::{Finder, SearchIndex};
use predicates::prelude::*;
use serde_json::Value;
use std::sync::Arc;

fn newsline() -> Command {
    Home::at(&std::env::temp_dir().join("newsline-cli-search-test-home")).newsline()
}

fn stdout(args: &[&str]) -> String {
    let out = newsline()
        .args(args)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    String::from_utf8(out).unwrap()
}

fn json_ids(args: &[&str]) -> Vec<String> {
    let v: Value = serde_json::from_str(&stdout(args)).unwrap();
    v.as_array()
        .unwrap()
        .iter()
        .map(|e| e["id"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn events_search_ranks_as_the_explorer_does() {
    let ds = load_builtin().unwrap();
    let finder = Finder::new(&ds, Arc::new(SearchIndex::build(&ds)));
    for query in [
        "ground troops",
        "troops",
        "Alaska",
        "Berlin",
        "alasca",
        "europe actor:heusgen",
    ] {
        let want: Vec<String> = finder
            .find(&ds, query)
            .events
            .iter()
            .map(|h| ds.events[h.event].id.to_string())
            .collect();
        assert!(!want.is_empty(), "{query}");
        assert_eq!(
            json_ids(&["events", "--search", query, "--json"]),
            want,
            "{query}"
        );
    }
}

#[test]
fn events_search_in_a_table_and_in_json_lines() {
    let table = stdout(&["events", "--search", "Alaska"]);
    let lines: Vec<&str> = table.lines().collect();
    assert!(lines[0].starts_with("DATE"), "{table}");
    assert!(
        lines[1].contains("Putin and Trump meet in Alaska"),
        "{table}"
    );
    assert!(
        lines[2].contains("Putin–Trump meeting in Alaska announced"),
        "{table}"
    );
    assert_eq!(lines.len(), 3);
    let jl = stdout(&[
        "events",
        "--search",
        "troops",
        "--json-lines",
        "--limit",
        "2",
    ]);
    let rows: Vec<Value> = jl
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(rows.len(), 2);
    // A search's JSON carries each event's score, best first.
    let scores: Vec<i64> = rows.iter().map(|r| r["score"].as_i64().unwrap()).collect();
    assert!(scores[0] >= scores[1], "{scores:?}");
    // Without --search, the listing is as it was: no score.
    let plain: Value =
        serde_json::from_str(&stdout(&["events", "--json", "--limit", "1"])).unwrap();
    assert!(plain[0].get("score").is_none());
}

#[test]
fn the_filter_flags_narrow_a_search() {
    assert_eq!(
        json_ids(&[
            "events",
            "--search",
            "troops",
            "--country",
            "Russia",
            "--json"
        ]),
        ["russia-rejects-foreign-troops"]
    );
    newsline()
        .args(["events", "--search", "alaska", "--to", "2024-12"])
        .assert()
        .success()
        .stdout("")
        .stderr("no event matches\n");
}

#[test]
fn tokens_work_in_quotes_search_in_every_mode() {
    let plain = stdout(&["quotes", "--search", "\"position de force\"", "--plain"]);
    assert_eq!(
        plain,
        "Notre objectif : l’Ukraine doit pouvoir agir en position de force.\n"
    );
    let ids = json_ids(&["quotes", "--search", "actor:masala -allemagne", "--json"]);
    assert_eq!(ids.len(), 3, "{ids:?}");
    assert!(ids.iter().all(|id| id.starts_with("masala-")));
    let table = stdout(&[
        "quotes",
        "--search",
        "country:de after:2024-11-26 before:2024-11-26",
    ]);
    assert!(table.starts_with("DATE"), "{table}");
    assert!(!table.contains("25 Nov 2024"), "{table}");
    let jl = stdout(&["quotes", "--search", "source:politico", "--json-lines"]);
    assert!(jl.lines().count() >= 1);
    assert!(!jl.contains("masala-"), "{jl}");
}

#[test]
fn a_bad_token_is_refused_with_what_and_where() {
    for (query, says) in [
        ("after:tomorrow troops", "`after:tomorrow`: not a date"),
        (
            "actor:",
            "`actor:` needs a value after it, as in actor:masala",
        ),
        ("actor:zzqq", "no actor matches `zzqq`"),
        ("\"unbalanced", "the quote is not closed"),
    ] {
        for command in ["events", "quotes"] {
            newsline()
                .args([command, "--search", query])
                .assert()
                .code(2)
                .stdout("")
                .stderr(predicate::str::contains(says));
        }
    }
}

#[test]
fn a_hostile_dataset_and_a_hostile_query_come_out_clean() {
    let hostile = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/hostile/out-valid.json"
    );
    for args in [
        &["events", "--search", "gnp"][..],
        &["events", "--search", "e", "--json"],
        &["quotes", "--search", "source:gnp"],
        &["events", "--search", "actor:\u{1b}]0;pwned\u{7}"],
    ] {
        let mut all = vec!["--data", hostile];
        all.extend_from_slice(args);
        let out = newsline().args(&all).output().unwrap();
        for (name, bytes) in [("stdout", &out.stdout), ("stderr", &out.stderr)] {
            let text = String::from_utf8_lossy(bytes);
            assert!(
                !text.chars().any(|c| c != '\n' && c.is_control()),
                "{name} of {args:?}: {text:?}"
            );
        }
    }
}
