#![allow(clippy::unwrap_used, clippy::expect_used)]
//! `newsline import` from the command line: the summary, the JSON shape,
//! merging into a dataset (atomic, idempotent, checked) and clear errors.

mod common;

use assert_cmd::Command;
use common::dataset_copy;
use common::home::Home;
use predicates::prelude::*;
use serde_json::Value;
use std::path::Path;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

fn newsline() -> Command {
    Home::at(&std::env::temp_dir().join("newsline-import-test-home")).newsline()
}

fn article(name: &str) -> String {
    Path::new(ROOT)
        .join("tests/fixtures/articles")
        .join(name)
        .display()
        .to_string()
}

#[test]
fn the_summary_lists_quotes_with_speakers_and_dates() {
    newsline()
        .args([
            "import",
            &article("en-floods.txt"),
            "--published",
            "2024-10-11",
        ])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "“This is the day the town has waited for”",
        ))
        .stdout(predicate::str::contains("by Janet Okafor [new]"))
        .stdout(predicate::str::contains("last month"))
        .stdout(predicate::str::contains("2024-09"));
}

#[test]
fn json_has_the_documented_fields_and_spans_that_hold_the_text() {
    let out = newsline()
        .args([
            "import",
            &article("fr-retraites.txt"),
            "--published",
            "2025-03-14",
            "--json",
        ])
        .output()
        .unwrap();
    assert!(out.status.success());
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let text: Vec<char> = std::fs::read_to_string(article("fr-retraites.txt"))
        .unwrap()
        .chars()
        .collect();
    let quotes = v["quotes"].as_array().unwrap();
    assert!(quotes.len() >= 9);
    for q in quotes {
        let span = [
            q["span"][0].as_u64().unwrap() as usize,
            q["span"][1].as_u64().unwrap() as usize,
        ];
        let at: String = text[span[0]..span[1]].iter().collect();
        assert_eq!(at, q["text"].as_str().unwrap());
        assert!(q["speaker"]["name"].is_string(), "{q}");
        assert!(q["confidence"].as_f64().unwrap() > 0.0);
    }
    let dates = v["dates"].as_array().unwrap();
    let veille = dates.iter().find(|d| d["text"] == "La veille").unwrap();
    assert_eq!(veille["date"], "2025-03-12");
    assert_eq!(veille["precision"], "day");
    for d in dates {
        let span = [
            d["span"][0].as_u64().unwrap() as usize,
            d["span"][1].as_u64().unwrap() as usize,
        ];
        assert_eq!(
            text[span[0]..span[1]].iter().collect::<String>(),
            d["text"].as_str().unwrap()
        );
    }
    assert!(
        v["actors"]
            .as_array()
            .unwrap()
            .iter()
            .any(|a| a["name"] == "Claire Dumoulin" && a["kind"] == "person")
    );
    assert!(
        v["events"]
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e["date"] == "2025-03-13")
    );
}

#[test]
fn into_adds_the_article_once_and_the_dataset_stays_valid() {
    let dir = tempfile::tempdir().unwrap();
    let ds = dataset_copy(dir.path());
    let into = |extra: &[&str]| {
        let mut c = newsline();
        c.args([
            "import",
            &article("fr-otan.txt"),
            "--published",
            "2024-06-21",
            "--outlet",
            "Le Quotidien",
        ])
        .args(["--into", ds.to_str().unwrap()])
        .args(extra);
        c
    };
    into(&[])
        .assert()
        .success()
        .stdout(predicate::str::contains("6 quotes"));
    let once = std::fs::read(&ds).unwrap();
    assert!(
        dir.path()
            .join("data/le-quotidien-2024-06-21.txt")
            .is_file()
    );
    // Known actors were reused, not added again.
    let v: Value = serde_json::from_slice(&once).unwrap();
    let ukraines = v["actors"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|a| a["code"] == "UA")
        .count();
    assert_eq!(ukraines, 1);

    into(&[])
        .assert()
        .success()
        .stdout(predicate::str::contains("already"));
    assert_eq!(
        std::fs::read(&ds).unwrap(),
        once,
        "a second import changed the dataset"
    );

    newsline()
        .args(["check", ds.to_str().unwrap()])
        .assert()
        .success();
    newsline()
        .args([
            "--data",
            ds.to_str().unwrap(),
            "quotes",
            "--actor",
            "Oleh Marchenko",
            "--json",
        ])
        .assert()
        .success()
        .stdout(predicate::str::contains("des décisions concrètes"));
}

#[test]
fn a_broken_dataset_is_left_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let ds = dir.path().join("broken.json");
    std::fs::write(&ds, "{ \"schema\": \"newsline/1\", ").unwrap();
    newsline()
        .args([
            "import",
            &article("fr-otan.txt"),
            "--published",
            "2024-06-21",
            "--into",
            ds.to_str().unwrap(),
        ])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("broken.json:1:"));
    assert_eq!(
        std::fs::read_to_string(&ds).unwrap(),
        "{ \"schema\": \"newsline/1\", "
    );
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        1,
        "a file was left behind"
    );
}

#[test]
fn bad_arguments_say_what_is_wrong() {
    newsline()
        .args([
            "import",
            &article("fr-otan.txt"),
            "--published",
            "yesterday",
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--published"));
    newsline()
        .args(["import", &article("fr-otan.txt"), "--published", "2024-06"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("not a day"));
    newsline()
        .args(["import", "no-such-article.txt", "--published", "2024-06-21"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no-such-article.txt"));
    let dir = tempfile::tempdir().unwrap();
    let empty = dir.path().join("empty.txt");
    std::fs::write(&empty, "  \n").unwrap();
    newsline()
        .args([
            "import",
            empty.to_str().unwrap(),
            "--published",
            "2024-06-21",
        ])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("empty"));
    let binary = dir.path().join("binary.txt");
    std::fs::write(&binary, [0xff, 0xfe, 0x00, 0x41]).unwrap();
    newsline()
        .args([
            "import",
            binary.to_str().unwrap(),
            "--published",
            "2024-06-21",
        ])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("not UTF-8"));
}

#[test]
fn hostile_text_in_an_article_never_reaches_the_output() {
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("hostile.txt");
    std::fs::write(
        &a,
        "Titre\n\n« Bonjour\u{1b}]0;pwned\u{7} à tous\u{202e} », a déclaré Jean Dupont.\r\n",
    )
    .unwrap();
    let out = newsline()
        .args(["import", a.to_str().unwrap(), "--published", "2024-06-21"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(!stdout.contains('\u{1b}') && !stdout.contains('\u{202e}') && !stdout.contains('\r'));
    assert!(stdout.contains("by Jean Dupont"), "{stdout}");
}

#[test]
fn a_known_name_with_a_generation_after_it_is_someone_else() {
    // The built-in dataset knows Donald Trump; "Donald Trump Jr." is his son.
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("son.txt");
    std::fs::write(
        &file,
        "Campaign\n\n“We will win,” said Donald Trump Jr. Donald Trump Jr. said: “My father \
         will win.”\n",
    )
    .unwrap();
    newsline()
        .args([
            "import",
            &file.display().to_string(),
            "--published",
            "2025-01-06",
        ])
        .assert()
        .success()
        .stdout(predicate::str::contains("by Donald Trump Jr. [new]"))
        .stdout(predicate::str::contains("donald-trump]").not())
        .stdout(predicate::str::contains("by Jr ").not());
}
