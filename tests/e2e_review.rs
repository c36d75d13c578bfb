//! An import reviewed in the real explorer, in a pseudo-terminal, as a person
//! would do it: open the dataset, press i, complete the article's file name,
//! give its date, reject a proposal, change a speaker and a date, commit, and
//! find the records on the timeline and in `newsline quotes --json`.
#![cfg(unix)]
// A test that cannot unwrap has failed; that is the point of it.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::home::Home;
use common::pty::Session;
use serde_json::Value;
use std::path::Path;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// `newsline --data data/story.json quotes --json`, run in `home`.
fn quotes(home: &Home) -> Vec<Value> {
    let out = home
        .command()
        .args(["--data", "data/story.json", "quotes", "--json"])
        .current_dir(home.path())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice::<Value>(&out.stdout)
        .unwrap()
        .as_array()
        .unwrap()
        .clone()
}

fn quote<'a>(all: &'a [Value], text: &str) -> Option<&'a Value> {
    all.iter().find(|q| q["text"] == text)
}

#[test]
fn import_review_and_commit_from_the_explorer() {
    let home = Home::new();
    common::dataset_copy(home.path());
    std::fs::create_dir_all(home.path().join("articles")).unwrap();
    std::fs::copy(
        Path::new(ROOT).join("tests/fixtures/articles/en-floods.txt"),
        home.path().join("articles/en-floods.txt"),
    )
    .unwrap();
    let before = quotes(&home);

    let mut s = Session::start_in(&home, &["--data", "data/story.json"], &[]);
    s.wait_for("all 14 events · 15 quotes");

    // The file, completed with Tab, then its date.
    s.send("i");
    s.wait_for("Import an article");
    s.send("articles/en-fl");
    s.send("\t");
    s.wait_for("File: articles/en-floods.txt");
    s.send("\r");
    s.wait_for("the day it came out");
    s.send("2024-10-11\r");
    s.wait_for("Review en-floods.txt · 14 pending");

    // Reject the headline's quote; accept the next two.
    s.send("x");
    s.wait_for("13 pending · 0 kept · 1 rejected");
    s.send("aa");
    s.wait_for("11 pending · 2 kept · 1 rejected");

    // Peter Hale's first quote goes to an actor of the dataset.
    s.send("s");
    s.wait_for("Speaker: an actor of the dataset or of the article, or a new one");
    s.send("\x0cstarmer");
    s.wait_for("Keir Starmer  person");
    s.send("\r");
    s.wait_for("changed; the quote is kept (edited)");
    s.wait_for("Keir Starmer: “the right id");

    // His second quote gets another date, at the day typed.
    s.send("j");
    s.send("t");
    s.wait_for("The quote's date");
    s.send("9 août 2025\r");
    s.wait_for("2025-08-09 Peter Hale: “pay for");

    // Commit: the pending items are left out, after a question.
    s.send("c");
    s.wait_for("The 9 still pending will be left out");
    s.send("y");
    s.wait_for("all 16 events · 19 quotes");
    s.wait_for("“the right idea at the wrong price” — Keir Starmer");
    // The dataset shown is still the file: a new record can be corrected at
    // once (the commit's reload keeps the corrections' worker).
    s.send("\r");
    s.wait_for("Speaker    Janet Okafor");
    s.send("s");
    s.wait_for("New speaker · Enter picks it");
    // One Esc at a time: two sent together read as an Alt chord.
    s.send("\x1b");
    s.wait_until("the speaker's picker closed", |s| {
        !s.contents().contains("New speaker")
    });
    s.key("\x1b", "] month");
    s.wait_for("all 16 events · 19 quotes");
    s.send("q");
    assert_eq!(s.wait_exit(), 0);

    let after = quotes(s.home());
    assert_eq!(after.len(), before.len() + 4);
    let starmer = quote(&after, "the right idea at the wrong price").unwrap();
    assert_eq!(starmer["speaker"]["id"], "keir-starmer");
    let dated = quote(
        &after,
        "pay for it twice, through their bills and their taxes",
    )
    .unwrap();
    assert_eq!(
        (&dated["date"], &dated["date_precision"]),
        (&"2025-08-09".into(), &"day".into())
    );
    assert_eq!(dated["speaker"]["name"], "Peter Hale");
    let kept = quote(&after, "This is the day the town has waited for,").unwrap();
    assert_eq!(kept["speaker"]["name"], "Janet Okafor");
    assert!(
        quote(&after, "the day the town has waited for").is_none(),
        "the rejected quote was written"
    );
    assert!(
        quote(&after, "long overdue").is_none(),
        "a pending quote was written"
    );
}

#[test]
fn import_review_on_the_command_line_opens_the_same_screen() {
    let home = Home::new();
    common::dataset_copy(home.path());
    let article = Path::new(ROOT).join("tests/fixtures/articles/en-floods.txt");
    let article = article.to_str().unwrap();
    let args = [
        "import",
        article,
        "--published",
        "2024-10-11",
        "--review",
        "--into",
        "data/story.json",
    ];
    let mut s = Session::start_in(&home, &args, &[]);
    s.wait_for("Review en-floods.txt · 14 pending");
    s.send("a");
    s.wait_for("13 pending · 1 kept");
    // Leaving asks first; No keeps the decision.
    s.send("q");
    s.wait_for("Discard this review (1 kept, 0 rejected)?");
    s.send("n");
    s.wait_for("13 pending · 1 kept");
    s.send("q");
    s.wait_for("Discard this review");
    s.send("y");
    s.wait_for("all 14 events · 15 quotes");
    s.send("q");
    assert_eq!(s.wait_exit(), 0);
    assert_eq!(
        quotes(s.home()).len(),
        15,
        "a discarded review wrote something"
    );

    // Without a dataset file there is nowhere to commit: said before the screen opens.
    let mut s = Session::start(
        &["import", article, "--published", "2024-10-11", "--review"],
        &[],
    );
    assert_eq!(s.wait_exit(), 2);
    s.wait_for("--review needs a dataset file to add to");
}
