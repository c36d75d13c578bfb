//! The lane view and the date range in a real terminal: the real binary in a
//! pseudo-terminal, driven with keys and mouse reports, read through a
//! terminal emulator, waiting for what the screen shows.
#![cfg(unix)]
// A test that cannot unwrap has failed; that is the point of it.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::home::Home;
use common::pty::{COLS, ROWS, Session};
use newsline::app::layout::Screen;
use newsline::app::{Action, App};
use ratatui::layout::Rect;

#[test]
fn lanes_open_move_open_an_event_and_come_back() {
    let home = Home::new();
    let mut s = Session::explorer(&home);
    s.send("L");
    s.wait_for("Lanes of countries · 8 · Tab: people");
    s.wait_for("1 of 10 for Ukraine");
    s.send("l");
    s.wait_for("2 of 10 for Ukraine");
    // The selected event's title is in the line under the lanes; Enter opens it.
    let title = "Pistorius: the five will";
    s.wait_for(title);
    s.send("\r");
    // The detail view's keys in the bottom line: the last row of its frame,
    // so the whole frame is on the screen (a lone Esc sent before that could
    // reach newsline with the next one, as an Alt chord).
    s.wait_status("n next");
    s.wait_for("┌ Event");
    assert!(!s.contents().contains("Lanes of countries"));
    s.wait_for(title);
    // Esc: back to the lanes, where they were.
    s.key("\x1b", "Tab countries/people");
    s.wait_for("2 of 10 for Ukraine");
    // Esc again: the timeline.
    s.send("\x1b");
    s.wait_until("the timeline", |s| {
        let c = s.contents();
        !c.contains("Lanes of") && c.contains("── November 2024")
    });
    s.send("q");
    assert_eq!(s.wait_exit(), 0);
}

#[test]
fn a_date_range_typed_in_the_explorer_shows_in_the_header() {
    let home = Home::new();
    let mut s = Session::explorer(&home);
    s.send("R");
    s.wait_for("Dates: ");
    // A bad end is said in the prompt's line, and nothing changes.
    s.send("2025-08..soon\r");
    s.wait_status("to: `soon` is not a date");
    assert!(s.contents().contains("all 14 events"));
    s.send("\x17\x17\x17\x17");
    s.key("\x0c", "from..to");
    s.send("2025-08..2025-08-10\r");
    s.wait_for("│ filter: 2025-08-01 to 2025-08-10");
    s.wait_status("dates: 2025-08-01 to 2025-08-10");
    // The lanes follow it: the axis starts at the range.
    s.send("L");
    s.wait_for("Lanes of countries · 5 · Tab: people");
    // The axis' first label, at the start of the tracks (past the names).
    let first_label = format!("{}Aug 2025", " ".repeat(21));
    s.wait_until("the axis starting in August 2025", |s| {
        s.contents().lines().any(|l| l.starts_with(&first_label))
    });
    s.send("q");
    s.wait_until("the timeline", |s| !s.contents().contains("Lanes of"));
    s.send("c");
    s.wait_for("all 14 events · 15 quotes");
    s.send("q");
    assert_eq!(s.wait_exit(), 0);
}

/// A left button press and release at a cell (0-based), as an xterm reports
/// it in SGR mode.
fn click(s: &Session, x: u16, y: u16) {
    s.send(&format!(
        "\x1b[<0;{};{}M\x1b[<0;{};{}m",
        x + 1,
        y + 1,
        x + 1,
        y + 1
    ));
}

#[test]
fn a_double_click_on_a_mark_opens_its_event() {
    // Where the mark is, from the same layout and axis the explorer uses.
    let mut model = App::new(newsline::data::load_builtin().unwrap(), (COLS, ROWS));
    model.update(Action::OpenLanes);
    let tracks = Screen::new(Rect::new(0, 0, COLS, ROWS))
        .unwrap()
        .lanes
        .tracks;
    let v = model.lanes().unwrap();
    let lane = &v.lanes[3];
    let e = *lane.events.last().unwrap();
    let col = v
        .axis(usize::from(tracks.width))
        .unwrap()
        .col_of(model.ds(), e);
    let title = model.ds().events[e].title.clone();
    let name = model.ds().actors[lane.actor].name.clone();

    let home = Home::new();
    let mut s = Session::explorer(&home);
    s.send("L");
    s.wait_for("Lanes of countries");
    let (x, y) = (tracks.x + col as u16, tracks.y + 3);
    click(&s, x, y);
    s.wait_for(&format!("for {name}"));
    click(&s, x, y);
    s.wait_for("┌ Event");
    s.wait_for(&title[..20]);
    s.send("q");
    assert_eq!(s.wait_exit(), 0);
}
