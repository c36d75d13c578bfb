//! The explorer's prompts, lists and filter notices in a real terminal: the
//! real binary in a pseudo-terminal, driven with keys and mouse reports, read
//! through a terminal emulator, waiting for what the screen shows.
#![cfg(unix)]
// A test that cannot unwrap has failed; that is the point of it.
#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "e2e/session.rs"]
#[allow(dead_code)] // shared with the other end-to-end tests; this file uses a part
mod session;

use portable_pty::CommandBuilder;
use session::Session;

/// The explorer started in `cwd`, with `home` as its home folder.
fn explorer_in(cwd: &std::path::Path, home: &std::path::Path) -> Session {
    let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_newsline"));
    cmd.cwd(cwd);
    let home = home.to_str().unwrap();
    let s = Session::spawn(cmd, &[("HOME", home)]);
    s.wait_for("all 14 events · 15 quotes");
    s
}

#[test]
fn an_export_to_a_tilde_name_goes_to_the_home_folder_and_says_where() {
    let (cwd, home) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let mut s = explorer_in(cwd.path(), home.path());
    s.send("x");
    s.wait_for("Export to: newsline-export.md");
    // The offered name is selected: typing replaces it.
    s.send("~/germany.md\r");
    let written = home.path().join("germany.md");
    // The confirmation gives the absolute path.
    s.wait_for(&format!("to {}", written.display()));
    assert!(std::fs::read_to_string(&written).unwrap().starts_with("# "));
    // Never a folder named `~` where the explorer runs.
    assert!(!cwd.path().join("~").exists());
    s.send("q");
    assert_eq!(s.wait_exit(), 0);
}

#[test]
fn the_picker_starts_empty_and_enter_applies_the_highlighted_actor() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = explorer_in(dir.path(), dir.path());
    s.send("f");
    s.wait_for("Filter by actor or country · 0 selected");
    s.send("germ");
    s.wait_for("> germ ");
    s.key("\x1b", "] month");
    // Typed again: the prompt starts empty, so it reads `germ`, not `germgerm`.
    s.send("f");
    s.wait_for("Filter by actor or country · 0 selected");
    s.send("germ");
    s.wait_for("> germ ");
    assert!(!s.contents().contains("germgerm"));
    // Enter with nothing toggled filters by the highlighted actor, and says so.
    s.send("\r");
    s.wait_for("4 events · 11 quotes │ filter: Germany");
    s.wait_status("filter: Germany");
    s.send("q");
    assert_eq!(s.wait_exit(), 0);
}
