//! A dataset whose article file is missing opens and answers every command
//! and the explorer, without that article's text; `newsline check` still
//! reports it. A broken link or a file outside the dataset's folder is not
//! "missing": those stay refused.
#![cfg(unix)]
// A test that cannot unwrap has failed; that is the point of it.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::dataset_copy;
use common::home::Home;
use common::pty::Session;
use serde_json::Value;
use std::path::{Path, PathBuf};

const MASALA: &str = "2024-11-26_masala-ground-troops_fr.txt";

struct Ran {
    code: Option<i32>,
    stdout: String,
    stderr: String,
}

/// newsline with `args` in `home`, run from inside it.
fn run(home: &Home, args: &[&str]) -> Ran {
    let out = home
        .newsline()
        .current_dir(home.path())
        .args(args)
        .output()
        .unwrap();
    Ran {
        code: out.status.code(),
        stdout: String::from_utf8(out.stdout).unwrap(),
        stderr: String::from_utf8(out.stderr).unwrap(),
    }
}

/// A copy of the built-in story in `dir` whose first article is gone, and
/// whose quotes from that article point at spans no text could hold: they
/// are not checked when the text is not there.
fn story_without_its_first_article(dir: &Path) -> (PathBuf, PathBuf) {
    let ds = dataset_copy(dir);
    let gone = dir.join("data/seeds").join(MASALA);
    std::fs::remove_file(&gone).unwrap();
    let mut json: Value = serde_json::from_str(&std::fs::read_to_string(&ds).unwrap()).unwrap();
    for q in json["quotes"].as_array_mut().unwrap() {
        if q["source"]["source"] == "rnd-masala-2024-11-26" {
            q["source"]["span"] = serde_json::json!([1_000_000, 1_000_001]);
        }
    }
    std::fs::write(&ds, serde_json::to_string_pretty(&json).unwrap()).unwrap();
    (ds, gone)
}

#[test]
fn a_dataset_whose_article_is_missing_answers_every_command() {
    let home = &Home::new();
    let (ds, gone) = story_without_its_first_article(home.path());
    let ds = ds.to_str().unwrap();
    let quotes = run(home, &["--data", ds, "quotes", "--json"]);
    assert_eq!(quotes.code, Some(0), "{}", quotes.stderr);
    let listed: Value = serde_json::from_str(&quotes.stdout).unwrap();
    assert_eq!(listed.as_array().unwrap().len(), 15);
    // Said, with where it was looked for.
    let folder = gone.parent().unwrap().canonicalize().unwrap();
    let said = format!("article file not found: {}/{MASALA}", folder.display());
    assert!(quotes.stderr.contains(&said), "{}", quotes.stderr);
    for args in [
        &["events"][..],
        &["events", "--json"],
        &["actors"],
        &["quotes", "--search", "europe"],
        &["export", "--format", "markdown"],
        &["export", "--format", "csv"],
        &["export", "--format", "timelinejs"],
    ] {
        let mut all = vec!["--data", ds];
        all.extend_from_slice(args);
        let ran = run(home, &all);
        assert_eq!(ran.code, Some(0), "{args:?}: {}", ran.stderr);
        assert!(!ran.stdout.is_empty(), "{args:?}");
    }
    // Its JSON export opens too, the article without text.
    let exported = run(home, &["--data", ds, "export", "--format", "json"]);
    assert_eq!(exported.code, Some(0), "{}", exported.stderr);
    std::fs::write(home.join("x.json"), &exported.stdout).unwrap();
    assert_eq!(run(home, &["--data", "x.json", "quotes"]).code, Some(0));
    // `check` still reports it, as before, whichever way it is named.
    for args in [&["check", ds][..], &["--data", ds, "check"]] {
        let checked = run(home, args);
        assert_eq!(checked.code, Some(1), "{args:?}: {}", checked.stdout);
        assert!(
            checked
                .stderr
                .contains("source `rnd-masala-2024-11-26` (sources[0]): source file: cannot read"),
            "{}",
            checked.stderr
        );
        assert!(checked.stderr.contains(MASALA), "{}", checked.stderr);
    }
}

#[test]
fn a_broken_link_or_a_missing_file_outside_the_folder_is_still_refused() {
    let home = &Home::new();
    let (ds, gone) = story_without_its_first_article(home.path());
    let ds = ds.to_str().unwrap();
    // A link to nowhere where the article was: not missing, broken.
    std::os::unix::fs::symlink(home.join("nowhere.txt"), &gone).unwrap();
    let linked = run(home, &["--data", ds, "quotes"]);
    assert_eq!(linked.code, Some(1), "{}", linked.stdout);
    assert!(
        linked.stderr.contains("source file: cannot read"),
        "{}",
        linked.stderr
    );
    std::fs::remove_file(&gone).unwrap();
    // A name that leads out of the folder: refused unless files there are
    // allowed, and then missing like any other.
    let text = std::fs::read_to_string(ds).unwrap();
    std::fs::write(ds, text.replace(&format!("seeds/{MASALA}"), "../gone.txt")).unwrap();
    let outside = run(home, &["--data", ds, "quotes"]);
    assert_eq!(outside.code, Some(1), "{}", outside.stdout);
    let allowed = run(home, &["--data", ds, "--allow-outside-files", "quotes"]);
    assert_eq!(allowed.code, Some(0), "{}", allowed.stderr);
    assert!(
        allowed.stderr.contains("article file not found"),
        "{}",
        allowed.stderr
    );
}

#[test]
fn the_explorer_opens_and_says_where_the_article_was_looked_for() {
    let home = Home::new();
    let (ds, _) = story_without_its_first_article(home.path());
    let folder = ds.parent().unwrap().canonicalize().unwrap();
    let ds = ds.to_str().unwrap().to_string();
    let s = Session::start_in(&home, &["--data", &ds], &[]);
    s.wait_for("all 14 events · 15 quotes");
    // The first event's source is the missing article: its detail says so
    // where the paragraph would be.
    s.send("\r");
    s.send("G");
    // In the detail, once for each of the event's two sources (the note the
    // explorer opens with says it once).
    s.wait_for("Source 2 of 2");
    s.wait_until("the line for each source", |s| {
        let lines = s.contents();
        let lines = lines.lines();
        lines
            .filter(|l| l.starts_with("│ article file not found: "))
            .count()
            == 2
    });
    // The path may be wrapped over lines of the detail's box.
    let unwrapped = |text: &str| text.replace(['\n', ' ', '│'], "");
    let expected = format!(
        "article file not found: {}/seeds/{MASALA}",
        folder.display()
    );
    s.wait_until(&expected, |s| {
        unwrapped(&s.contents()).contains(&unwrapped(&expected))
    });
}
