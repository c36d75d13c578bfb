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
    // Settings and state under that home, whatever the machine's XDG folders.
    let env = [
        ("HOME", home),
        ("XDG_CONFIG_HOME", ""),
        ("XDG_STATE_HOME", ""),
        ("XDG_DATA_HOME", ""),
        ("XDG_CACHE_HOME", ""),
    ];
    let s = Session::spawn(cmd, &env);
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
    let dir = tempfile::tempdir().unwrap();
    let mut s = explorer_in(dir.path(), dir.path());
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
        .skip(2)
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
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join(".config/newsline");
    std::fs::create_dir_all(&config).unwrap();
    std::fs::write(config.join("config.toml"), "mouse = false\n").unwrap();
    let mut s = explorer_in(dir.path(), dir.path());
    s.send("q");
    assert_eq!(s.wait_exit(), 0);
    let raw = String::from_utf8_lossy(&s.raw.lock().unwrap()).to_string();
    // Mouse capture is never asked for (crossterm asks with ?1000h).
    assert!(!raw.contains("\x1b[?1000h"), "mouse capture was turned on");
}
