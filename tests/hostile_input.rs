//! Input meant to jam the explorer, through the real binary in a
//! pseudo-terminal: large pastes, floods of keys, a stop signal from outside.
//! Each must leave q, Ctrl-C and the terminal working.
#![cfg(unix)]
// A test that cannot unwrap has failed; that is the point of it.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::pty::Session;
use newsline::app::{Action, App, Mode};

/// A flood of typed keys: more than the terminal's input buffer (4 KiB) many
/// times over, and enough that drawing a frame per key would take minutes.
const FLOOD_BYTES: usize = 64 * 1024;

/// The status line's word when a paste did not all fit into a prompt.
const CUT: &str = "the rest was left out";

/// About 5 KiB of text, lines of words and the keys that are commands on the
/// timeline (filter, bookmark, clear, help), ending in the search prompt's
/// key: typed as keys, it leaves the explorer in a prompt where q is typed.
fn five_kib() -> String {
    let mut text = String::new();
    while text.len() < 5 * 1024 {
        text.push_str("Nous tiendrons bon, Europe j k ? f a c B b\n");
    }
    text.push_str("/zz");
    text
}

/// A hint the status line shows on the timeline only.
const TIMELINE_HINT: &str = "/ search";

/// A hint the status line shows in a prompt only.
const PROMPT_HINT: &str = "Esc back";

/// Opens the quote search and waits until it is open.
fn open_search(s: &Session) {
    s.send("/");
    s.wait_for(PROMPT_HINT);
}

/// Leaves a prompt with Esc and waits for the timeline, so that a key sent
/// next is not read with the Esc as an Alt chord.
fn back_to_timeline(s: &Session) {
    s.send("\x1b");
    s.wait_screen("the timeline", |screen| {
        let text = screen.contents();
        text.contains(TIMELINE_HINT) && !text.contains(PROMPT_HINT)
    });
}

fn started() -> Session {
    let s = Session::start(&[], &[]);
    s.wait_for("Defence ministers");
    s.wait_for(TIMELINE_HINT);
    s
}

#[test]
fn a_5_kib_paste_on_the_timeline_runs_no_command_and_q_quits() {
    let mut s = started();
    s.paste(&five_kib());
    s.send("q");
    assert_eq!(s.wait_exit(), 0);
    let parser = s.screen.lock().unwrap();
    assert!(Session::restored(parser.screen()), "terminal not restored");
}

#[test]
fn a_5_kib_paste_into_the_search_is_one_edit_cut_with_a_message_and_q_still_quits() {
    let mut s = started();
    open_search(&s);
    s.paste(&five_kib());
    s.wait_for(CUT);
    // Line breaks became spaces: the words follow on the prompt's one line.
    s.wait_for("Nous tiendrons bon, Europe j k ? f a c B b Nous");
    back_to_timeline(&s);
    s.send("q");
    assert_eq!(s.wait_exit(), 0);
}

#[test]
fn a_flood_of_64_kib_of_typed_keys_then_ctrl_c_quits() {
    let mut s = started();
    // Not a paste: keys, as a stuck key or a terminal without bracketed
    // paste sends them, more than the terminal's input buffer holds.
    s.send(&"jk".repeat(FLOOD_BYTES / 2));
    s.send("\x03");
    assert_eq!(s.wait_exit(), 0);
    let parser = s.screen.lock().unwrap();
    assert!(Session::restored(parser.screen()), "terminal not restored");
    // What it costs is counted in frames, not timed: a frame per key would
    // take minutes, and a busy machine makes any time bound a guess.
    let frames = frames(&s.raw.lock().unwrap());
    assert!(
        frames < FLOOD_BYTES / 32,
        "{frames} frames drawn for {FLOOD_BYTES} keys"
    );
}

/// How many frames `raw` holds: ratatui ends each one by hiding or showing
/// the cursor.
fn frames(raw: &[u8]) -> usize {
    let text = String::from_utf8_lossy(raw);
    text.matches("\x1b[?25l").count() + text.matches("\x1b[?25h").count()
}

#[test]
fn a_100_000_char_paste_is_cut_quickly_and_only_the_cut_query_is_saved() {
    let mut s = started();
    open_search(&s);
    let words: String = (0..100_000)
        .map(|i| if i % 8 == 7 { ' ' } else { 'e' })
        .collect();
    s.paste(&words);
    // Inserting char by char took minutes, past the wait's deadline.
    s.wait_for(CUT);
    back_to_timeline(&s);
    s.send("q");
    assert_eq!(s.wait_exit(), 0);
    let state = s.home().state_file();
    let state: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(state).unwrap()).unwrap();
    let saved = state["datasets"]["built-in"]["search"].as_str().unwrap();
    assert_eq!(saved.chars().count(), 1_000);
    assert!(saved.starts_with("eeeeeee eeeeeee"), "{saved}");
}

// The worker's crash hook exists only in builds with the `test-hooks`
// feature, which every `cargo test` turns on.
#[test]
fn a_search_worker_panic_is_said_in_the_status_line_and_the_explorer_goes_on() {
    // The worker panics at its first query, the one made at start.
    let mut s = Session::start(&[], &[("NEWSLINE_CRASH_TEST", "worker")]);
    s.wait_for("the search stopped because of a bug");
    {
        let parser = s.screen.lock().unwrap();
        let screen = parser.screen();
        // The terminal was not restored under the running explorer, and the
        // panic wrote nothing over its screen.
        assert!(screen.alternate_screen() && screen.hide_cursor());
        assert!(
            !screen.contents().contains("panicked"),
            "{}",
            screen.contents()
        );
    }
    // The explorer goes on: a search is typed (and finds nothing), and q quits.
    open_search(&s);
    s.send("eu");
    s.wait_for("/ eu");
    back_to_timeline(&s);
    s.send("q");
    assert_eq!(s.wait_exit(), 0);
}

#[test]
fn a_paste_goes_into_the_prompt_of_each_mode_and_nowhere_else() {
    let mut app = App::new(newsline::data::load_builtin().unwrap(), (100, 30));
    let paste = || Action::Paste("Fra\nnce\u{1b}[31m".into());
    // No prompt: nothing changes, and no command runs.
    app.update(paste());
    assert_eq!(app.mode(), Mode::Timeline);
    assert_eq!(app.search().input.text(), "");
    // Each prompt takes it at its cursor, cleaned, its line break a space.
    app.update(Action::OpenActors);
    app.update(paste());
    assert_eq!(app.picker().input.text(), "Fra nce[31m");
    app.update(Action::Back);
    app.update(Action::OpenGoTo);
    app.update(paste());
    assert_eq!(app.goto().input.text(), "Fra nce[31m");
    app.update(Action::Back);
    app.update(Action::OpenExport);
    // The offered name is selected: an arrow keeps it, then moves.
    app.update(Action::CursorRight);
    app.update(Action::CursorLeft);
    app.update(paste());
    assert_eq!(app.export().input.text(), "newsline-export.mFra nce[31md");
    app.update(Action::Back);
    app.update(Action::OpenSearch);
    app.update(paste());
    assert_eq!(app.search().input.text(), "Fra nce[31m");
    assert_eq!(app.mode(), Mode::Search);
}

/// Whether process `pid` is stopped, as `ps` would say (state T).
#[cfg(target_os = "linux")]
fn stopped(pid: libc::pid_t) -> bool {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
    // The state follows the command name, which is in parentheses.
    stat.rsplit_once(')')
        .is_some_and(|(_, rest)| rest.trim_start().starts_with('T'))
}

#[test]
fn a_sigtstp_from_outside_restores_the_terminal_and_sigcont_redraws() {
    let mut s = started();
    let pid = s.pid();
    assert_eq!(unsafe { libc::kill(pid, libc::SIGTSTP) }, 0);
    s.wait_screen("the terminal restored", Session::restored);
    #[cfg(target_os = "linux")]
    s.wait_until("newsline stopped", |_| stopped(pid));
    assert_eq!(unsafe { libc::kill(pid, libc::SIGCONT) }, 0);
    s.wait_screen("the explorer redrawn", |screen| {
        screen.alternate_screen()
            && screen.hide_cursor()
            && screen.contents().contains("Defence ministers")
            && screen.contents().contains(TIMELINE_HINT)
    });
    s.send("q");
    assert_eq!(s.wait_exit(), 0);
    let parser = s.screen.lock().unwrap();
    assert!(Session::restored(parser.screen()), "terminal not restored");
}
