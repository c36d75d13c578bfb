//! The command line as a script or a person uses it: each subcommand, `--json`,
//! filters, and bad datasets and arguments (clear message, right exit code).
// A test that cannot unwrap has failed; that is the point of it.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use assert_cmd::Command;
use common::home::Home;
use predicates::prelude::*;
use serde_json::Value;

/// A home with no datasets, so the user's own files never leak in; the
/// commands here share it, as they write nothing there.
fn shared_home() -> Home {
    Home::at(&std::env::temp_dir().join("newsline-cli-test-home"))
}

fn newsline() -> Command {
    shared_home().newsline()
}

#[path = "cli/json_shape.rs"]
mod json_shape;
#[path = "cli/output.rs"]
mod output;

fn json(args: &[&str]) -> Value {
    let out = newsline()
        .args(args)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    serde_json::from_slice(&out).unwrap()
}

#[test]
fn events_print_a_table_in_date_order() {
    newsline()
        .arg("events")
        .assert()
        .success()
        .stdout(predicate::str::starts_with("DATE"))
        .stdout(predicate::str::contains(
            "25 Nov 2024  day        0       Defence ministers of the Group of Five meet in Berlin",
        ))
        .stdout(predicate::str::contains("Mar 2025     month"));
}

#[test]
fn a_listing_that_finds_nothing_says_so() {
    newsline()
        .args(["events", "--text", "zzzznothing"])
        .assert()
        .success()
        .stdout("")
        .stderr("no event matches\n");
    newsline()
        .args(["quotes", "--search", "zzzznothing"])
        .assert()
        .success()
        .stdout("")
        .stderr("no quote matches\n");
}

#[test]
fn search_ranks_the_meant_quote_first() {
    let v = json(&["quotes", "--search", "heure europe", "--json"]);
    assert_eq!(v[0]["id"], "heusgen-europes-hour");
    let v = json(&["quotes", "--search", "solution repli", "--json"]);
    assert_eq!(v[0]["speaker"]["name"], "Carlo Masala");
    newsline()
        .args(["quotes", "-s", "soldats mourir", "-n", "1"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "Senior official of the British Ministry of Defence",
        ));
}

#[test]
fn country_filter_covers_its_people_and_organisations() {
    let v = json(&["quotes", "--country", "DE", "--json"]);
    let speakers: std::collections::HashSet<&str> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|q| q["speaker"]["name"].as_str().unwrap())
        .collect();
    assert_eq!(
        speakers,
        ["Carlo Masala", "Boris Pistorius", "Christoph Heusgen"].into()
    );
}

#[test]
fn actor_names_ignore_case_and_accents_and_several_match_any() {
    let one = json(&["events", "--actor", "sebastien lecornu", "--json"]);
    assert_eq!(one.as_array().unwrap().len(), 1);
    let two = json(&[
        "events", "--actor", "Lecornu", "--actor", "Starmer", "--json",
    ]);
    assert_eq!(two.as_array().unwrap().len(), 2);
}

#[test]
fn date_range_keeps_what_overlaps() {
    let v = json(&[
        "events",
        "--from",
        "aug 2025",
        "--to",
        "2025-08-09",
        "--json",
    ]);
    let ids: Vec<&str> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        ids,
        [
            "trump-no-guarantees",
            "alaska-summit-announced",
            "security-guarantees-request",
            "eu-uk-call-on-us"
        ]
    );
}

#[test]
fn unknown_actor_bad_date_and_bad_usage_exit_2() {
    newsline()
        .args(["events", "--actor", "Macron"])
        .assert()
        .code(2)
        .stderr(
            "newsline: --actor: no actor matches `Macron` (list them with `newsline actors`)\n",
        );
    newsline()
        .args(["events", "--from", "2025-02-30"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "--from: `2025-02-30` is not a date",
        ));
    newsline()
        .args(["events", "--from", "2025-09", "--to", "2025-01"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("is after --to"));
    newsline().args(["events", "--bogus"]).assert().code(2);
    newsline()
        .args(["--data", "no-such-dataset", "events"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "no dataset named `no-such-dataset`",
        ));
}

#[test]
fn check_accepts_the_built_in_and_a_valid_file() {
    newsline()
        .arg("check")
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "valid — 2 sources, 32 actors, 14 events, 15 quotes, 2 terms",
        ));
    newsline()
        .args(["check", "tests/fixtures/valid/small.json"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "valid — 1 source, 2 actors, 1 event, 1 quote, 0 terms",
        ));
    newsline()
        .args(["--data", "tests/fixtures/valid/small.json", "quotes"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Anna Weber"));
}

/// Each broken dataset: exit 1, one message naming the file and where.
#[test]
fn bad_datasets_say_what_and_where() {
    let cases = [
        ("truncated", ":36:3: the file ends too early"),
        ("not-utf8", ":11:64: not UTF-8 text"),
        ("bom", ":1:1: the file starts with a byte-order mark"),
        ("too-deep", ":1:11: invalid type"),
        (
            "wrong-type",
            ":42:28: invalid type: string \"anna-weber\", expected a sequence",
        ),
        (
            "number-out-of-range",
            ":68:30: invalid type: floating point",
        ),
        (
            "unknown-actor",
            "line 59: quote `hold-on` (quotes[0]): speaker: unknown actor `nobody`",
        ),
        (
            "bad-date",
            "line 37: event `speech` (events[0]): bad date: `2025-02-30` is not a date",
        ),
        (
            "duplicate-id",
            "actor `anna-weber` (actors[2]): duplicate id",
        ),
        (
            "bad-span",
            "span [0, 5] of source `art` reads «Le 3 », not «Nous tiendrons bon.»",
        ),
        (
            "missing-source-file",
            "source `art` (sources[0]): source file: cannot read",
        ),
    ];
    for (name, expected) in cases {
        let path = format!("tests/fixtures/invalid/{name}.json");
        let out = newsline()
            .args(["check", &path])
            .assert()
            .code(1)
            .get_output()
            .clone();
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert!(
            stderr.starts_with(&format!("newsline: {path}")),
            "{name}: {stderr}"
        );
        assert!(stderr.contains(expected), "{name}: {stderr}");
        assert!(
            !stderr.contains("panicked") && !stderr.contains("RUST_BACKTRACE"),
            "{name}: {stderr}"
        );
        assert!(out.stdout.is_empty(), "{name}");
    }
}

#[test]
fn every_problem_is_listed_not_just_the_first() {
    newsline()
        .args(["check", "tests/fixtures/invalid/many-problems.json"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("3 problems:"))
        .stderr(predicate::str::contains("bad date: `soon`"))
        .stderr(predicate::str::contains("unknown actor `nobody`"))
        .stderr(predicate::str::contains("unknown event `missing`"));
}

#[test]
fn a_bad_dataset_is_refused_before_the_explorer_starts() {
    newsline()
        .args(["--data", "tests/fixtures/invalid/bad-date.json", "events"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("bad date"));
}

#[test]
fn the_explorer_refuses_without_a_terminal() {
    newsline()
        .assert()
        .code(2)
        .stderr(predicate::str::contains("the explorer needs a terminal"));
}

#[test]
fn datasets_lists_the_folder_and_its_files() {
    let home = Home::new();
    let dir = home.datasets();
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::copy("tests/fixtures/valid/small.json", dir.join("mystory.json")).unwrap();
    home.newsline()
        .arg("datasets")
        .assert()
        .success()
        .stdout(predicate::str::contains(dir.display().to_string()))
        .stdout(predicate::str::contains("mystory"));
    home.newsline()
        .args(["--data", "mystory", "quotes", "--json"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Nous tiendrons bon."));
}

#[test]
fn help_and_version() {
    newsline()
        .arg("--version")
        .assert()
        .success()
        .stdout(predicate::str::starts_with("newsline 0.1.0"));
    for cmd in ["events", "quotes", "actors", "check", "datasets"] {
        newsline()
            .args([cmd, "--help"])
            .assert()
            .success()
            .stdout(predicate::str::contains("Examples:"));
    }
}

#[test]
fn piped_output_has_no_escape_bytes() {
    for args in [
        vec!["events"],
        vec!["quotes"],
        vec!["actors"],
        vec!["quotes", "--json"],
    ] {
        let out = newsline()
            .args(&args)
            .assert()
            .success()
            .get_output()
            .stdout
            .clone();
        assert!(!out.contains(&0x1b), "{args:?}");
    }
}

/// `newsline … | head`: the reader stops early; newsline stops quietly with 0.
#[test]
fn a_reader_that_stops_early_is_not_an_error() {
    use std::io::Read;
    for args in [
        vec!["generate", "--quotes", "20000"],
        vec!["quotes", "--json"],
    ] {
        let mut child = shared_home()
            .command()
            .args(&args)
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        let mut first = [0u8; 16];
        child
            .stdout
            .as_mut()
            .unwrap()
            .read_exact(&mut first)
            .unwrap();
        drop(child.stdout.take());
        let out = child.wait_with_output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{args:?}");
        assert!(
            out.stderr.is_empty(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

/// A dataset over the cache threshold (16 MB, lowered here to 256 KB through
/// `NEWSLINE_CACHE_MIN_BYTES` so the test takes a second, not twenty) is
/// copied to the cache folder on first use; later runs read the copy and
/// answer exactly as the JSON does, a damaged copy is passed over, and
/// `--no-cache` neither reads nor writes one.
#[test]
fn a_large_dataset_answers_the_same_from_its_cached_copy() {
    let home = Home::new();
    let run = |args: &[&str]| {
        home.newsline()
            .env("NEWSLINE_CACHE_MIN_BYTES", (256 << 10).to_string())
            .args(args)
            .assert()
            .success()
            .get_output()
            .stdout
            .clone()
    };
    let data = home.path().join("big.json");
    let data = data.to_str().unwrap();
    run(&[
        "generate", "--events", "100", "--quotes", "1000", "--actors", "60", "--seed", "2", "-o",
        data,
    ]);
    assert!(std::fs::metadata(data).unwrap().len() > 256 << 10);
    let copies = || -> Vec<std::path::PathBuf> {
        std::fs::read_dir(home.cache())
            .map(|d| d.map(|e| e.unwrap().path()).collect())
            .unwrap_or_default()
    };
    let query = [
        "--data",
        data,
        "quotes",
        "--search",
        "garanties sol",
        "--json",
    ];
    let uncached = run(&[&query[..], &["--no-cache"]].concat());
    assert!(copies().is_empty(), "--no-cache wrote a copy");
    let first = run(&query);
    let copy = copies();
    assert_eq!(
        copy.len(),
        2,
        "the dataset's copy and its index's: {copy:?}"
    );
    let second = run(&query);
    assert!(!uncached.is_empty());
    assert_eq!(first, uncached);
    assert_eq!(second, uncached);
    for file in &copy {
        let mut bytes = std::fs::read(file).unwrap();
        let middle = bytes.len() / 2;
        bytes[middle] ^= 0xff;
        std::fs::write(file, bytes).unwrap();
        assert_eq!(run(&query), uncached, "from a damaged {}", file.display());
    }
}
