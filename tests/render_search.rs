//! Screens of the one search: events and quotes together, each marked, and
//! a bad token said in the status line while the rest of the query runs.
// A test that cannot unwrap has failed; that is the point of it.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;
use common::screen::{app, screen};

use newsline::app::{Action, App, Item};

fn search(app: &mut App, query: &str) {
    app.update(Action::OpenSearch);
    for c in query.chars() {
        app.update(Action::Input(c));
    }
}

#[test]
fn events_and_quotes_come_together_each_marked_100x24() {
    let mut a = app(100, 24);
    search(&mut a, "securite");
    let s = screen(&a);
    assert!(s.contains("◆ 1 event · ❝ 2 quotes"), "{s}");
    assert!(s.contains("◆ Heusgen: 'this is Europe's hour'"), "{s}");
    assert!(s.contains("❝ …davantage de responsabilités"), "{s}");
    insta::assert_snapshot!(s);
    // Enter on the event (last: `security` is a typo away) opens the event.
    a.update(Action::Bottom);
    assert!(matches!(a.search().selected(), Some(Item::Event(_))));
    a.update(Action::Confirm);
    let d = a.detail().unwrap();
    assert_eq!(
        d.item,
        Item::Event(
            a.ds()
                .events
                .iter()
                .position(|e| e.id == "heusgen-rnd-comments")
                .unwrap()
        )
    );
}

#[test]
fn ctrl_t_shows_events_only_then_quotes_only() {
    let mut a = app(100, 24);
    search(&mut a, "securite");
    assert_eq!(a.search().len(), 3);
    a.update(Action::SearchKinds);
    assert_eq!(a.search().len(), 1);
    assert!(matches!(a.search().target(0), Some(Item::Event(_))));
    let s = screen(&a);
    assert!(s.contains("◆ 1 event · ❝ 2 quotes · events shown"), "{s}");
    assert!(!s.contains("❝ …davantage"), "{s}");
    a.update(Action::SearchKinds);
    assert_eq!(a.search().len(), 2);
    assert!(screen(&a).contains("quotes shown"));
    // None of a kind: said, with the key that shows the others.
    a.update(Action::ClearInput);
    a.update(Action::Paste("alaska".into()));
    assert!(screen(&a).contains("None of this kind; Ctrl-t shows the others."));
    a.update(Action::SearchKinds);
    assert_eq!(a.search().len(), 2);
}

#[test]
fn a_bad_token_is_said_in_the_status_line_80x24() {
    let mut a = app(80, 24);
    search(&mut a, "after:tomorrow alaska");
    let s = screen(&a);
    let status = s.lines().last().unwrap();
    assert!(status.contains("`after:tomorrow`: not a date"), "{status}");
    // The rest of the query ran.
    assert!(s.contains("◆ 2 events · ❝ 0 quotes"), "{s}");
    insta::assert_snapshot!(s);
    // Fixed, the message goes.
    for _ in 0.."alaska".len() + 1 {
        a.update(Action::CursorLeft);
    }
    a.update(Action::DeleteWord);
    let s = screen(&a);
    assert!(!s.contains("not a date"), "{s}");
}
