//! The explorer's prompts, lists and filter notices in a real terminal: the
//! real binary in a pseudo-terminal, driven with keys and mouse reports, read
//! through a terminal emulator, waiting for what the screen shows.
#![cfg(unix)]
// A test that cannot unwrap has failed; that is the point of it.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::home::Home;
use common::pty::Session;

#[test]
fn an_export_to_a_tilde_name_goes_to_the_home_folder_and_says_where() {
    let home = Home::new();
    let mut s = Session::explorer(&home);
    s.send("x");
    s.wait_for("Export to: newsline-export.md");
    // The offered name is selected: typing replaces it.
    s.send("~/germany.md\r");
    let written = home.join("home/germany.md");
    // The confirmation gives the absolute path.
    s.wait_for(&format!("to {}", written.display()));
    assert!(std::fs::read_to_string(&written).unwrap().starts_with("# "));
    // Never a folder named `~` where the explorer runs.
    assert!(!home.join("~").exists());
    s.send("q");
    assert_eq!(s.wait_exit(), 0);
}

#[test]
fn the_picker_starts_empty_and_enter_applies_the_highlighted_actor() {
    let home = Home::new();
    let mut s = Session::explorer(&home);
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

/// A left button press and release at a cell (0-based), as an xterm reports
/// it in SGR mode.
fn click(s: &mut Session, x: u16, y: u16) {
    s.send(&format!(
        "\x1b[<0;{};{}M\x1b[<0;{};{}m",
        x + 1,
        y + 1,
        x + 1,
        y + 1
    ));
}

#[test]
fn a_click_selects_a_search_result_and_a_double_click_opens_it() {
    let home = Home::new();
    let mut s = Session::explorer(&home);
    s.send("/masala");
    s.wait_hits("masala");
    // The results start on the sixth line: header, strip (2), prompt, rule.
    click(&mut s, 10, 7);
    s.wait_until("the third result selected", |s| {
        s.contents()
            .lines()
            .nth(7)
            .is_some_and(|l| l.starts_with('▶'))
    });
    let picked = s
        .contents()
        .lines()
        .nth(7)
        .unwrap()
        .chars()
        // The selection marker, then the quote's mark.
        .skip(4)
        .take(12)
        .collect::<String>();
    click(&mut s, 10, 7);
    s.wait_for("Carlo Masala (Military expert");
    // The detail is the quote clicked.
    s.wait_for(picked.trim_end_matches('…'));
    s.send("q");
    assert_eq!(s.wait_exit(), 0);
}

#[test]
fn with_mouse_false_the_explorer_leaves_the_mouse_to_the_terminal() {
    let home = Home::new();
    home.settings("mouse = false\n");
    let mut s = Session::explorer(&home);
    s.send("q");
    assert_eq!(s.wait_exit(), 0);
    let raw = String::from_utf8_lossy(&s.raw.lock().unwrap()).to_string();
    // Mouse capture is never asked for (crossterm asks with ?1000h).
    assert!(!raw.contains("\x1b[?1000h"), "mouse capture was turned on");
}
