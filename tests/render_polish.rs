//! Screens of the filter notices, the actor picker's AND and OR, and names
//! cut at their end, drawn into ratatui's test backend.
// A test that cannot unwrap has failed; that is the point of it.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;
use common::screen::{app, screen};

use newsline::app::{Action, App};
use newsline::data::load_builtin;
use newsline::store::state::DatasetState;

fn type_text(app: &mut App, s: &str) {
    for c in s.chars() {
        app.update(Action::Input(c));
    }
}

/// The filter set to the actors typed, one after the other, in the picker.
fn filter_by(app: &mut App, names: &[&str]) {
    app.update(Action::OpenActors);
    for name in names {
        app.update(Action::ClearInput);
        type_text(app, name);
        app.update(Action::ToggleActor);
    }
}

#[test]
fn a_search_says_how_many_hits_the_filter_hides_80x24() {
    // The example: four Heusgen quotes, none about France, and
    // the event of his comments.
    let mut a = app(80, 24);
    filter_by(&mut a, &["france"]);
    a.update(Action::Confirm);
    a.update(Action::OpenSearch);
    type_text(&mut a, "heusgen");
    let s = screen(&a);
    assert!(
        s.contains("5 more outside filter: France · Ctrl-x clears"),
        "{s}"
    );
    insta::assert_snapshot!(s);
    // The key it names clears the filter, and the hits come back.
    a.update(Action::ClearFilters);
    assert_eq!(a.search().hits.len(), 4);
    assert!(!screen(&a).contains("outside filter"));
}

#[test]
fn a_filter_from_the_last_session_is_announced_80x24() {
    let kept = DatasetState {
        actors: vec!["france".into()],
        ..Default::default()
    };
    let a = App::resume(load_builtin().unwrap(), (80, 24), &kept, vec![]);
    let s = screen(&a);
    assert!(
        s.contains("filter kept from last time: France · c clears"),
        "{s}"
    );
    insta::assert_snapshot!(s);
}

#[test]
fn the_picker_shows_and_or_and_the_header_says_it_80x24() {
    let mut a = app(80, 24);
    filter_by(&mut a, &["france", "germany"]);
    let any = screen(&a);
    assert!(any.contains("any: OR (Ctrl-a: AND)"), "{any}");
    assert!(any.contains("filter: France or Germany"), "{any}");
    a.update(Action::CombineActors);
    let s = screen(&a);
    assert!(s.contains("filter: France and Germany"), "{s}");
    insta::assert_snapshot!(s);
}

#[test]
fn a_speakers_name_is_cut_at_its_end_60x20() {
    let mut a = app(60, 20);
    a.update(Action::OpenSearch);
    type_text(&mut a, "masala");
    let s = screen(&a);
    assert!(!s.contains("…rlo"), "{s}");
    insta::assert_snapshot!(s);
}

#[test]
fn help_is_wider_on_a_wide_terminal_and_cuts_no_key_text() {
    let mut a = app(160, 60);
    a.update(Action::ToggleHelp);
    let s = screen(&a);
    let cut: Vec<&str> = s
        .lines()
        .filter(|l| l.contains('│') && l.trim_end_matches('│').trim_end().ends_with('…'))
        .collect();
    assert!(cut.is_empty(), "cut help lines: {cut:#?}");
    assert!(
        s.contains("bookmark the event or quote, or remove the bookmark"),
        "{s}"
    );
}
