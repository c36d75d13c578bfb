//! The app driven by key presses through the keymap, as a user would, with
//! assertions on the state after each step.
// A test that cannot unwrap has failed; that is the point of it.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use newsline::app::keymap::action_for;
use newsline::app::rows::Row;
use newsline::app::{Action, App, Item, Mode};
use newsline::data::load_builtin;

#[path = "app/copy_export.rs"]
mod copy_export;
#[path = "app/way_back.rs"]
mod way_back;

fn app() -> App {
    App::new(load_builtin().unwrap(), (120, 40))
}

fn press(app: &mut App, code: KeyCode, mods: KeyModifiers) {
    if let Some(a) = action_for(app.mode(), &KeyEvent::new(code, mods)) {
        app.update(a);
    }
}

/// Types keys: chars as themselves, `<Enter>`, `<Esc>`, `<Down>`, `<Space>`...
fn keys(app: &mut App, script: &str) {
    let mut rest = script;
    while let Some(c) = rest.chars().next() {
        if c == '<' {
            let end = rest.find('>').unwrap();
            let code = match &rest[1..end] {
                "Enter" => KeyCode::Enter,
                "Esc" => KeyCode::Esc,
                "Down" => KeyCode::Down,
                "Up" => KeyCode::Up,
                "Space" => KeyCode::Char(' '),
                "PgDn" => KeyCode::PageDown,
                "Bksp" => KeyCode::Backspace,
                "Tab" => KeyCode::Tab,
                "Right" => KeyCode::Right,
                other => panic!("unknown key {other}"),
            };
            press(app, code, KeyModifiers::NONE);
            rest = &rest[end + 1..];
        } else {
            press(app, KeyCode::Char(c), KeyModifiers::NONE);
            rest = &rest[c.len_utf8()..];
        }
    }
}

fn selected_id(app: &App) -> String {
    match app.selected_row().unwrap() {
        Row::Event(e) => app.ds().events[e].id.to_string(),
        Row::Quote(q) => app.ds().quotes[q].id.to_string(),
        Row::Period(..) => panic!("a period header is selected"),
    }
}

#[test]
fn starts_on_the_first_event_and_moves_over_headers() {
    let mut a = app();
    assert_eq!(a.mode(), Mode::Timeline);
    assert_eq!(selected_id(&a), "berlin-defence-ministers-meeting");
    keys(&mut a, "jj");
    assert_eq!(selected_id(&a), "pistorius-defence-industry");
    keys(&mut a, "G");
    assert_eq!(selected_id(&a), "alaska-summit");
    keys(&mut a, "g");
    assert_eq!(selected_id(&a), "berlin-defence-ministers-meeting");
    keys(&mut a, "k");
    assert_eq!(
        selected_id(&a),
        "berlin-defence-ministers-meeting",
        "stays on the first item"
    );
}

#[test]
fn month_jumps_and_go_to_date() {
    let mut a = app();
    keys(&mut a, "]");
    assert_eq!(
        selected_id(&a),
        "trump-no-guarantees",
        "the undated part of 2025 comes next"
    );
    keys(&mut a, "]]");
    assert_eq!(selected_id(&a), "coalition-announced");
    keys(&mut a, "[");
    assert_eq!(selected_id(&a), "trump-inauguration");
    keys(&mut a, ":2025-08-15<Enter>");
    assert_eq!(a.mode(), Mode::Timeline);
    assert_eq!(selected_id(&a), "alaska-summit");
    keys(&mut a, "taug 2025<Enter>");
    assert_eq!(selected_id(&a), "alaska-summit-announced");
    keys(&mut a, ":someday<Enter>");
    assert_eq!(a.mode(), Mode::GoTo, "a bad date keeps the prompt open");
    assert!(a.goto().error.as_deref().unwrap().contains("is not a date"));
    keys(&mut a, "<Esc>");
    assert_eq!(a.mode(), Mode::Timeline);
}

#[test]
fn filter_by_country_then_search_then_detail_and_back() {
    let mut a = app();
    keys(&mut a, "ffrance<Space><Enter>");
    assert_eq!(a.mode(), Mode::Timeline);
    let france = a.ds().actor_by_id("france").unwrap();
    assert!(a.filter().actors.contains(&france));
    assert_eq!(a.counts(), (5, 2));

    let before = *a.list();
    keys(&mut a, "/choses");
    assert_eq!(a.mode(), Mode::Search);
    assert_eq!(a.search().hits.len(), 1);
    keys(&mut a, "<Enter>");
    assert_eq!(a.mode(), Mode::Detail);
    let d = a.detail().unwrap();
    assert_eq!(d.item, Item::Quote(a.search().hits[0].quote));
    keys(&mut a, "<Esc>");
    assert_eq!(a.mode(), Mode::Search, "back to the results");
    keys(&mut a, "<Esc>");
    assert_eq!(a.mode(), Mode::Timeline);
    assert_eq!(*a.list(), before, "back where you were");

    keys(&mut a, "c");
    assert!(a.filter().is_empty());
    assert_eq!(a.counts(), (14, 15));
}

#[test]
fn search_respects_the_actor_filter() {
    let mut a = app();
    keys(&mut a, "/securite");
    assert_eq!(a.search().hits.len(), 2);
    // Reopened, the search keeps its query and re-runs it under the new filter.
    keys(&mut a, "<Esc>fheusgen<Space><Enter>/");
    assert_eq!(a.search().input.text(), "securite");
    assert_eq!(a.search().hits.len(), 1);
    let q = &a.ds().quotes[a.search().hits[0].quote];
    assert_eq!(q.id, "heusgen-europe-responsibility");
}

#[test]
fn typing_in_prompts_does_not_trigger_commands() {
    let mut a = app();
    keys(&mut a, "/quit j k g");
    assert_eq!(a.mode(), Mode::Search);
    assert!(!a.should_quit());
    assert_eq!(a.search().input.text(), "quit j k g");
    keys(&mut a, "<Bksp><Bksp>");
    assert_eq!(a.search().input.text(), "quit j k");
}

#[test]
fn detail_scrolls_within_its_text_and_steps_through_items() {
    let mut a = app();
    a.update(Action::Resize(60, 15));
    keys(&mut a, "<Enter>");
    assert_eq!(a.mode(), Mode::Detail);
    let lines = a.detail().unwrap().lines.len();
    let (_, height) = a.detail_area();
    assert!(lines > height, "the event is longer than the screen");
    for _ in 0..500 {
        keys(&mut a, "j");
    }
    assert_eq!(
        a.detail().unwrap().scroll,
        lines - height,
        "stops at the end"
    );
    keys(&mut a, "k");
    assert_eq!(
        a.detail().unwrap().scroll,
        lines - height - 1,
        "one k moves back at once"
    );
    keys(&mut a, "n");
    assert_eq!(a.detail().unwrap().item, Item::Event(1));
    assert_eq!(a.detail().unwrap().scroll, 0);
    keys(&mut a, "<Esc>");
    assert_eq!(
        selected_id(&a),
        "pistorius-after-meeting",
        "the timeline followed"
    );
}

#[test]
fn help_opens_over_any_mode_and_returns() {
    let mut a = app();
    keys(&mut a, "<Enter>?");
    assert_eq!(a.mode(), Mode::Help);
    keys(&mut a, "jjj<Esc>");
    assert_eq!(a.mode(), Mode::Detail);
    keys(&mut a, "<Esc>?q");
    assert_eq!(
        a.mode(),
        Mode::Timeline,
        "q closes help rather than quitting"
    );
    assert!(!a.should_quit());
    keys(&mut a, "q");
    assert!(a.should_quit());
}

#[test]
fn ctrl_c_quits_from_a_prompt() {
    let mut a = app();
    keys(&mut a, "/abc");
    press(&mut a, KeyCode::Char('c'), KeyModifiers::CONTROL);
    assert!(a.should_quit());
}

#[test]
fn mouse_wheel_and_click_move_the_selection() {
    let mut a = app();
    a.update(Action::Scroll(3));
    assert_ne!(selected_id(&a), "berlin-defence-ministers-meeting");
    a.update(Action::Scroll(-30));
    assert_eq!(selected_id(&a), "berlin-defence-ministers-meeting");
    // Row 3 is the first body line (a header); row 5 is the second event.
    a.update(Action::Click(10, 5));
    assert_eq!(selected_id(&a), "pistorius-after-meeting");
}

#[test]
fn the_selection_stays_visible_when_paging_in_a_small_terminal() {
    let mut a = app();
    a.update(Action::Resize(50, 12));
    let height = a.body_height();
    for _ in 0..6 {
        keys(&mut a, "<PgDn>");
        assert!(
            a.list().selected >= a.list().offset && a.list().selected < a.list().offset + height
        );
    }
    assert_eq!(selected_id(&a), "alaska-summit");
}

#[test]
fn an_actor_filter_with_nothing_left_says_so() {
    let mut a = app();
    keys(&mut a, "fspd<Space><Enter>");
    assert_eq!(a.counts(), (0, 0));
    assert!(a.selected_row().is_none());
    keys(&mut a, "jjG<Enter>");
    assert_eq!(a.mode(), Mode::Timeline, "no panic and nothing to open");
}

#[test]
fn help_scrolls_to_its_end_and_back_at_once() {
    let mut a = app();
    a.update(Action::Resize(100, 20));
    keys(&mut a, "?");
    for _ in 0..300 {
        keys(&mut a, "j");
    }
    let end = a.help_scroll();
    assert!(end > 0);
    assert_eq!(
        end,
        newsline::app::keymap::help_lines(Mode::Timeline).len() - a.help_height()
    );
    keys(&mut a, "k");
    assert_eq!(a.help_scroll(), end - 1);
}

#[test]
fn bookmarks_toggle_list_open_and_remove() {
    let mut a = app();
    keys(&mut a, "bjjb");
    assert_eq!(a.bookmarks().len(), 2);
    assert!(a.message().unwrap().starts_with("bookmarked"));
    keys(&mut a, "B");
    assert_eq!(a.mode(), Mode::Bookmarks);
    let list = a.bookmark_list();
    assert_eq!(list.len(), 2);
    keys(&mut a, "j<Enter>");
    assert_eq!(a.mode(), Mode::Detail);
    assert_eq!(a.detail().unwrap().item, list[1]);
    keys(&mut a, "<Esc>");
    assert_eq!(a.mode(), Mode::Bookmarks, "back to the list");
    keys(&mut a, "b");
    assert_eq!(a.bookmarks().len(), 1);
    assert_eq!(
        a.marks().selected,
        0,
        "the selection stays in the shorter list"
    );
    keys(&mut a, "<Esc>");
    assert_eq!(a.mode(), Mode::Timeline);
}

#[test]
fn what_is_remembered_comes_back_by_id() {
    let mut a = app();
    keys(&mut a, "fgermany<Space><Enter>/europe<Esc>jb");
    let kept = a.remembered();
    assert_eq!(kept.actors, ["germany"]);
    assert_eq!(kept.search, "europe");
    assert_eq!(kept.bookmarks.len(), 1);

    let mut stale = kept.clone();
    stale.actors.push("no-longer-there".into());
    let b = App::resume(
        load_builtin().unwrap(),
        (120, 40),
        &stale,
        vec!["hello".into()],
    );
    assert_eq!(b.filter(), a.filter());
    assert_eq!(b.search().input.text(), "europe");
    assert_eq!(b.bookmarks(), a.bookmarks());
    assert_eq!(b.counts(), a.counts());
    // The notices, then the filter brought back, said once.
    assert_eq!(
        b.message(),
        Some("hello · filter kept from last time: Germany · c clears")
    );
    assert_eq!(b.remembered(), kept, "unknown ids are dropped");
}

#[test]
fn the_last_query_comes_back_selected_and_typing_replaces_it() {
    let mut a = app();
    keys(&mut a, "/zqxwq<Esc>");
    assert_eq!(a.search().hits.len(), 0);
    // As after reopening, where the saved query comes back.
    keys(&mut a, "/");
    assert_eq!(a.search().input.text(), "zqxwq");
    assert!(a.search().input.is_selected());
    keys(&mut a, "secur");
    assert_eq!(a.search().input.text(), "secur");
    assert!(
        !a.search().hits.is_empty(),
        "a fresh query, not `zqxwqsecur`"
    );
    let hits = a.search().hits.len();

    // An arrow key keeps the query, to be edited.
    keys(&mut a, "<Esc>/");
    press(&mut a, KeyCode::Right, KeyModifiers::NONE);
    keys(&mut a, "<Bksp><Bksp>");
    assert_eq!(a.search().input.text(), "sec");
    keys(&mut a, "r<Esc>/");
    press(&mut a, KeyCode::Left, KeyModifiers::NONE);
    keys(&mut a, "x");
    assert_eq!(a.search().input.text(), "xsecr");
    assert!(a.search().hits.len() < hits);
}

/// Polls as the event loop does until the search worker has answered, or
/// fails after a minute: only a worker that never answers takes that long.
fn wait_for_answer(a: &mut App) {
    let start = std::time::Instant::now();
    while a.search().pending {
        assert!(
            start.elapsed() < std::time::Duration::from_secs(60),
            "no answer"
        );
        std::thread::sleep(std::time::Duration::from_millis(2));
        a.update(Action::Poll);
    }
}

#[test]
fn searches_on_the_worker_give_the_hits_of_the_last_query_typed() {
    let mut a = app();
    a.search_in_background();
    keys(&mut a, "/");
    // Typed without waiting: the worker may skip the older queries.
    keys(&mut a, "heure europe");
    wait_for_answer(&mut a);
    let mut sync = app();
    keys(&mut sync, "/heure europe");
    assert!(!sync.search().hits.is_empty());
    assert_eq!(a.search().hits, sync.search().hits);
    // The next key shows the previous hits until the new ones come.
    keys(&mut a, "<Bksp>");
    assert!(a.search().pending);
    assert_eq!(a.search().hits, sync.search().hits);
}

#[test]
fn the_explorer_builds_its_index_on_the_worker_and_then_searches() {
    let mut a = App::new_in_background(load_builtin().unwrap(), (120, 40));
    assert!(a.index().is_none(), "the index is the worker's to build");
    keys(&mut a, "/choses");
    wait_for_answer(&mut a);
    let mut sync = app();
    keys(&mut sync, "/choses");
    assert_eq!(a.search().hits, sync.search().hits);
    assert_eq!(a.search().hits.len(), 1);
}
