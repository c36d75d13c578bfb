//! The one search in a real terminal: a query with a token, completed with
//! Tab, a bad token said in the status line, and an event opened from the
//! results. The real binary in a pseudo-terminal, waiting for the screen.
#![cfg(unix)]
// A test that cannot unwrap has failed; that is the point of it.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::home::Home;
use common::pty::Session;

#[test]
fn a_token_query_completed_with_tab_opens_an_event() {
    let home = Home::new();
    let mut s = Session::start_in(&home, &[], &[]);
    s.wait_for("all 14 events · 15 quotes");
    s.send("/");
    s.wait_for(" / ");
    s.send("troops actor:mas");
    s.wait_for("troops actor:mas");
    // Tab completes the actor's name, quoted, and the search follows it.
    s.send("\t");
    s.wait_for("/ troops actor:\"Carlo Masala\"");
    s.wait_hits("troops actor:\"Carlo Masala\"");
    s.wait_for("◆ 1 event · ❝ 0 quotes");
    s.wait_for("◆ Masala: Europe needs a fallback, possibly ground troops");
    // A bad token is said in the status line; the rest still runs.
    s.send("after:tomorrow");
    s.wait_status("`after:tomorrow`: not a date");
    s.wait_for("◆ 1 event · ❝ 0 quotes");
    // Removed, the status line is the hints again.
    s.send("\x17");
    s.wait_status("Tab complete");
    // Enter on the event opens it in the detail view.
    s.send("\r");
    s.wait_for("┌ Event");
    s.wait_for("Military expert Carlo Masala tells RND");
    s.key("\x1b", "Tab complete");
    s.key("\x1b", "] month");
    s.send("q");
    assert_eq!(s.wait_exit(), 0);
}

#[test]
fn repeated_tabs_go_through_the_countries() {
    let home = Home::new();
    let mut s = Session::start_in(&home, &[], &[]);
    s.wait_for("all 14 events · 15 quotes");
    s.send("/");
    s.wait_for(" / ");
    s.send("country:u\t");
    s.wait_for("/ country:Ukraine");
    s.wait_for("3 to choose from: [Ukraine] · United Kingdom · United States");
    s.send("\t");
    s.wait_for("/ country:\"United Kingdom\"");
    s.send("\t");
    s.wait_for("/ country:\"United States\"");
    s.send("\t");
    s.wait_for("/ country:Ukraine");
    s.key("\x1b", "] month");
    s.send("q");
    assert_eq!(s.wait_exit(), 0);
}
