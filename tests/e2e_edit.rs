//! Corrections and reloads in the real binary, in a pseudo-terminal, as a
//! person would meet them: a quote's speaker changed from its detail view and
//! undone; the dataset changed by another program while the explorer is open;
//! an article file removed while it is open.
#![cfg(unix)]
// A test that cannot unwrap has failed; that is the point of it.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::dataset_copy;
use common::pty::Session;
use std::path::Path;

fn explorer(ds: &Path) -> Session {
    let s = Session::start(&["--data", ds.to_str().unwrap()], &[]);
    s.wait_for("all 14 events · 15 quotes");
    s
}

/// Replaces the file as another program would: a whole new file renamed over it.
fn replace(path: &Path, text: &str) {
    let tmp = path.with_extension("other-program");
    std::fs::write(&tmp, text).unwrap();
    std::fs::rename(&tmp, path).unwrap();
}

#[test]
fn a_quote_s_speaker_changed_from_its_detail_view_and_undone() {
    let dir = tempfile::tempdir().unwrap();
    let ds = dataset_copy(dir.path());
    let before = std::fs::read_to_string(&ds).unwrap();
    let mut s = explorer(&ds);
    // The quote, found by a search and opened.
    s.send("/");
    s.send("choses");
    s.wait_hits("choses");
    s.send("\r");
    s.wait_for("Speaker    Carlo Masala");

    s.send("s");
    s.wait_for("New speaker · Enter picks it");
    s.send("heusg");
    s.wait_for("▶ Christoph Heusgen");
    s.send("\r");
    s.wait_for("speaker of the quote: Carlo Masala → Christoph Heusgen · u undoes");
    s.wait_for("Speaker    Christoph Heusgen");
    let after = std::fs::read_to_string(&ds).unwrap();
    assert!(after.contains(r#""speaker": "christoph-heusgen""#));
    assert_eq!(after.matches(r#""edited": ""#).count(), 1);

    s.send("u");
    s.wait_for("undone: speaker of the quote");
    s.wait_for("Speaker    Carlo Masala");
    assert_eq!(std::fs::read_to_string(&ds).unwrap(), before);
    s.send("q");
    assert_eq!(s.wait_exit(), 0);
}

#[test]
fn the_dataset_changed_by_another_program_is_reloaded_while_open() {
    let dir = tempfile::tempdir().unwrap();
    let ds = dataset_copy(dir.path());
    let mut s = explorer(&ds);
    s.wait_for("Defence ministers of the Group of Five meet in Berlin");
    let text = std::fs::read_to_string(&ds).unwrap().replace(
        "Defence ministers of the Group of Five meet in Berlin",
        "Five defence ministers meet in Berlin, as reloaded",
    );
    replace(&ds, &text);
    s.wait_for("story.json changed on disk: reloaded (14 events, 15 quotes)");
    s.wait_for("Five defence ministers meet in Berlin, as reloaded");

    // Broken by the other program: the last good data stays on screen.
    replace(&ds, &text[..text.len() / 2]);
    s.wait_for("cannot be read; still showing the last good data");
    s.wait_for("Five defence ministers meet in Berlin, as reloaded");
    s.send("q");
    assert_eq!(s.wait_exit(), 0);
}

#[test]
fn an_article_file_removed_while_open_is_told_and_the_explorer_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let ds = dataset_copy(dir.path());
    let mut s = explorer(&ds);
    std::fs::remove_file(
        dir.path()
            .join("data/seeds/2025-08-10_coalition-no-troops_fr.txt"),
    )
    .unwrap();
    // Told in one line, whether the dataset opens without the article (it
    // then says where the article is missing) or keeps the last good data.
    s.wait_for("story.json changed on disk");
    s.wait_for("15 quotes");
    // Still answering keys.
    s.send("?");
    s.wait_for("show or hide this help");
    s.send("q");
    s.wait_until("the help closed", |s| {
        !s.contents().contains("show or hide this help")
    });
    s.send("q");
    assert_eq!(s.wait_exit(), 0);
}
