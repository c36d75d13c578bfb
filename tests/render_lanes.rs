//! Screens of the lane view and of the actor picker's shared-event counts,
//! drawn into ratatui's test backend: at 80×24, at 200×60, and on terminals
//! too small for them.
// A test that cannot unwrap has failed; that is the point of it.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;
use common::screen::{app, screen};

use newsline::app::{Action, App, Mode};

fn type_text(app: &mut App, s: &str) {
    for c in s.chars() {
        app.update(Action::Input(c));
    }
}

/// The lanes, with the selection moved along the first lane and down one.
fn lanes(w: u16, h: u16) -> App {
    let mut a = app(w, h);
    a.update(Action::OpenLanes);
    assert_eq!(a.mode(), Mode::Lanes);
    a.update(Action::Later);
    a.update(Action::Later);
    a.update(Action::Down);
    a
}

#[test]
fn lanes_80x24() {
    let a = lanes(80, 24);
    let s = screen(&a);
    assert!(s.contains("Lanes of countries · 8 · Tab: people"), "{s}");
    // Month labels under the axis, and the selected event's line.
    assert!(s.contains("Nov 2024") && s.contains("Aug"), "{s}");
    assert!(s.contains("for United States"), "{s}");
    insta::assert_snapshot!(s);
}

#[test]
fn lanes_of_people_200x60() {
    let mut a = lanes(200, 60);
    a.update(Action::SwitchLanes);
    let s = screen(&a);
    assert!(s.contains("Lanes of people · 13 · Tab: countries"), "{s}");
    // Wide: a label for every month, the year at January.
    for month in ["Nov 2024", "Dec", "Jan 2025", "Feb", "Jul", "Aug"] {
        assert!(s.contains(month), "{month}: {s}");
    }
    insta::assert_snapshot!(s);
}

#[test]
fn lanes_scroll_when_more_than_fit_and_say_which_are_shown() {
    // 40×10: the smallest terminal newsline draws; two lanes fit.
    let mut a = app(40, 10);
    a.update(Action::OpenLanes);
    a.update(Action::SwitchLanes);
    for _ in 0..5 {
        a.update(Action::Down);
    }
    let s = screen(&a);
    assert!(s.contains("6–7 of 13"), "{s}");
    assert!(s.contains('▶'), "the selected lane is shown: {s}");
    insta::assert_snapshot!(s);
}

#[test]
fn lanes_on_a_tiny_terminal_say_so() {
    let mut a = app(30, 8);
    a.update(Action::OpenLanes);
    a.update(Action::Later);
    a.update(Action::Down);
    let s = screen(&a);
    assert!(s.contains("Terminal too small (30×8)"), "{s}");
    insta::assert_snapshot!(s);
    // Made larger, the same state draws the lanes.
    a.update(Action::Resize(80, 24));
    assert!(screen(&a).contains("Lanes of countries"));
}

#[test]
fn the_pickers_counts_are_shared_events_with_the_one_actor_selected_80x24() {
    let mut a = app(80, 24);
    a.update(Action::OpenActors);
    type_text(&mut a, "germany");
    a.update(Action::ToggleActor);
    a.update(Action::ClearInput);
    a.update(Action::SortByShared);
    let s = screen(&a);
    assert!(
        s.contains("counts: shared with Germany, sorted (Ctrl-s: as before)"),
        "{s}"
    );
    // Germany's own line keeps its counts; the others say what they share.
    assert!(s.contains("[x] Germany"), "{s}");
    assert!(s.contains("shared"), "{s}");
    insta::assert_snapshot!(s);
}

/// Sets the date range as typed in its prompt.
fn range(app: &mut App, typed: &str) {
    app.update(Action::OpenDateRange);
    type_text(app, typed);
    app.update(Action::Confirm);
}

#[test]
fn lanes_draw_at_every_size_and_range_without_a_panic() {
    for typed in ["", "2025-08-10", "2025-08..2025-08-15", "1990..2060"] {
        for w in (40..=130).step_by(7) {
            for h in (10..=45).step_by(5) {
                let mut a = app(w, h);
                range(&mut a, typed);
                a.update(Action::OpenLanes);
                for action in [Action::Bottom, Action::PageDown, Action::SwitchLanes] {
                    a.update(action);
                    let s = screen(&a);
                    assert!(s.contains("Lanes of"), "{typed} {w}×{h}: {s}");
                }
            }
        }
    }
}

#[test]
fn lanes_with_nothing_shown_say_so() {
    let mut a = app(80, 24);
    range(&mut a, "2030..");
    a.update(Action::OpenLanes);
    a.update(Action::Later);
    a.update(Action::Down);
    let s = screen(&a);
    assert!(
        s.contains("No countries in the events shown. Tab shows people; c clears the filters."),
        "{s}"
    );
    a.update(Action::Confirm);
    assert_eq!(a.mode(), Mode::Lanes);
    assert_eq!(a.message(), Some("no event selected"));
}
