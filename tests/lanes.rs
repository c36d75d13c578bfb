//! The lane view driven by key presses (through the keymap) and clicks, with
//! assertions on the state: moving along and across lanes, opening an event
//! and coming back, the filter and the date range reshaping the lanes.
// A test that cannot unwrap has failed; that is the point of it.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use newsline::app::keymap::action_for;
use newsline::app::layout::Screen;
use newsline::app::rows::Row;
use newsline::app::{Action, App, Item, Mode};
use newsline::data::{Dataset, EventIx, load_builtin};
use ratatui::layout::Rect;

const SIZE: (u16, u16) = (100, 30);

fn app() -> App {
    App::new(load_builtin().unwrap(), SIZE)
}

/// Presses keys: chars as themselves, `<Enter>`, `<Esc>`, `<Tab>`, `<Left>`...
fn keys(app: &mut App, script: &str) {
    let mut rest = script;
    while let Some(c) = rest.chars().next() {
        let (code, len) = if c == '<' {
            let end = rest.find('>').unwrap();
            let code = match &rest[1..end] {
                "Enter" => KeyCode::Enter,
                "Esc" => KeyCode::Esc,
                "Tab" => KeyCode::Tab,
                "Left" => KeyCode::Left,
                "Right" => KeyCode::Right,
                "Down" => KeyCode::Down,
                "Up" => KeyCode::Up,
                other => panic!("unknown key {other}"),
            };
            (code, end + 1)
        } else {
            (KeyCode::Char(c), c.len_utf8())
        };
        if let Some(a) = action_for(app.mode(), &KeyEvent::new(code, KeyModifiers::NONE)) {
            app.update(a);
        }
        rest = &rest[len..];
    }
}

/// The selected lane's actor id and event id.
fn at(app: &App) -> (String, String) {
    let v = app.lanes().expect("the lanes are open");
    let ds = app.ds();
    (
        ds.actors[v.lane().unwrap().actor].id.clone(),
        ds.events[v.event().unwrap()].id.to_string(),
    )
}

fn event_id(ds: &Dataset, e: EventIx) -> String {
    ds.events[e].id.to_string()
}

#[test]
fn l_steps_through_a_lane_one_event_at_a_time_even_in_one_column() {
    let mut a = app();
    keys(&mut a, "L");
    assert_eq!(a.mode(), Mode::Lanes);
    let v = a.lanes().unwrap();
    let lane = v.lane().unwrap().events.clone();
    assert!(lane.len() > 3);
    let axis = v.axis(a.lanes_width()).unwrap();
    let mut seen = vec![v.event().unwrap()];
    for _ in 1..lane.len() {
        keys(&mut a, "l");
        seen.push(a.lanes().unwrap().event().unwrap());
    }
    // Every event of the lane, in order, although some share a column.
    assert_eq!(seen, lane);
    let cols: Vec<usize> = lane.iter().map(|&e| axis.col_of(a.ds(), e)).collect();
    assert!(cols.windows(2).any(|w| w[0] == w[1]), "{cols:?}");
    // At the end, a word; h goes back; g and G to the ends; [ and ] by month.
    keys(&mut a, "l");
    assert_eq!(a.message(), Some("the lane's last event"));
    keys(&mut a, "h<Left>");
    assert_eq!(a.lanes().unwrap().at, lane.len() - 3);
    keys(&mut a, "g");
    assert_eq!(a.lanes().unwrap().at, 0);
    keys(&mut a, "]");
    let month = |a: &App| {
        a.ds().events[a.lanes().unwrap().event().unwrap()]
            .date
            .year_month()
    };
    let first = a.ds().events[lane[0]].date.year_month();
    assert!(month(&a) > first);
    keys(&mut a, "[");
    assert_eq!(month(&a), first);
    keys(&mut a, "G");
    assert_eq!(a.lanes().unwrap().at, lane.len() - 1);
}

#[test]
fn j_and_k_move_across_lanes_to_the_nearest_date() {
    let mut a = app();
    keys(&mut a, "LG");
    let before = a.ds().events[a.lanes().unwrap().event().unwrap()].date;
    keys(&mut a, "j");
    let v = a.lanes().unwrap();
    assert_eq!(v.list.selected, 1);
    let after = a.ds().events[v.event().unwrap()].date;
    // The new lane's event nearest in date: none of its events is nearer.
    let distance = |d: chrono::NaiveDate| (d - before.first_day()).num_days().abs();
    for &e in &v.lane().unwrap().events {
        assert!(distance(a.ds().events[e].date.first_day()) >= distance(after.first_day()));
    }
    keys(&mut a, "k<Up>");
    assert_eq!(a.lanes().unwrap().list.selected, 0);
}

#[test]
fn enter_opens_the_event_and_esc_comes_back_to_where_the_lanes_were() {
    let mut a = app();
    keys(&mut a, "Lj ll");
    let here = at(&a);
    let e = a.lanes().unwrap().event().unwrap();
    keys(&mut a, "<Enter>");
    assert_eq!(a.mode(), Mode::Detail);
    assert_eq!(a.detail().unwrap().item, Item::Event(e));
    // n walks the lane, and says where it is.
    keys(&mut a, "n");
    let next = a.lanes().unwrap().event().unwrap();
    assert_eq!(a.detail().unwrap().item, Item::Event(next));
    let n = a.lanes().unwrap().lane().unwrap().events.len();
    assert_eq!(a.message(), Some(format!("4 of {n}").as_str()));
    keys(&mut a, "p<Esc>");
    assert_eq!(a.mode(), Mode::Lanes);
    assert_eq!(at(&a), here);
    // Esc again: the timeline, at that event.
    keys(&mut a, "<Esc>");
    assert_eq!(a.mode(), Mode::Timeline);
    assert_eq!(a.selected_row(), Some(Row::Event(e)));
    assert!(a.lanes().is_none());
}

#[test]
fn tab_switches_to_lanes_of_people_at_the_same_event() {
    let mut a = app();
    keys(&mut a, "L");
    let (country, event) = at(&a);
    assert_eq!(
        a.ds().actors[a.ds().actor_by_id(&country).unwrap()]
            .kind
            .as_str(),
        "country"
    );
    keys(&mut a, "<Tab>");
    let (person, same) = at(&a);
    assert_eq!(
        a.ds().actors[a.ds().actor_by_id(&person).unwrap()]
            .kind
            .as_str(),
        "person"
    );
    assert_eq!(same, event);
    assert_eq!(a.message(), Some("lanes: people"));
    // Kept for the next opening in this session.
    keys(&mut a, "<Esc>L");
    let v = a.lanes().unwrap();
    assert_eq!(
        a.ds().actors[v.lane().unwrap().actor].kind.as_str(),
        "person"
    );
}

#[test]
fn the_filter_and_the_date_range_reshape_the_lanes() {
    let mut a = app();
    keys(&mut a, "L");
    let all = a.lanes().unwrap().lanes.len();
    // f from the lanes: the picker over them; the countries chosen are the lanes.
    keys(&mut a, "f");
    assert_eq!(a.mode(), Mode::Actors);
    for name in ["poland", "italy"] {
        a.update(Action::ClearInput);
        for c in name.chars() {
            a.update(Action::Input(c));
        }
        a.update(Action::ToggleActor);
    }
    keys(&mut a, "<Esc>");
    assert_eq!(a.mode(), Mode::Lanes);
    let ids: Vec<String> = a
        .lanes()
        .unwrap()
        .lanes
        .iter()
        .map(|l| a.ds().actors[l.actor].id.clone())
        .collect();
    assert_eq!(ids, ["poland", "italy"]);
    // c clears: every country again.
    keys(&mut a, "c");
    assert_eq!(a.lanes().unwrap().lanes.len(), all);
    // R: the axis spans the range typed, and only its events are marks.
    keys(&mut a, "R");
    assert_eq!(a.mode(), Mode::DateRange);
    for c in "aug 2025..".chars() {
        a.update(Action::Input(c));
    }
    keys(&mut a, "<Enter>");
    assert_eq!(a.mode(), Mode::Lanes);
    let v = a.lanes().unwrap();
    let (first, _) = v.span.unwrap();
    assert_eq!(first.to_string(), "2025-08-01");
    for lane in &v.lanes {
        for &e in &lane.events {
            assert!(
                a.ds().events[e].date.last_day() >= first,
                "{}",
                event_id(a.ds(), e)
            );
        }
    }
    assert!(v.lanes.len() < all);
}

#[test]
fn a_click_selects_a_mark_and_a_double_click_opens_it() {
    let mut a = app();
    keys(&mut a, "L");
    let screen = Screen::new(Rect::new(0, 0, SIZE.0, SIZE.1)).unwrap();
    let tracks = screen.lanes.tracks;
    // The last event of the third lane: where its mark is drawn.
    let v = a.lanes().unwrap();
    let lane = &v.lanes[2];
    let target = *lane.events.last().unwrap();
    let col = v
        .axis(usize::from(tracks.width))
        .unwrap()
        .col_of(a.ds(), target);
    let (x, y) = (tracks.x + col as u16, tracks.y + 2);
    // A click where no mark is: nothing changes.
    let before = at(&a);
    a.update(Action::Click(tracks.x + col as u16 - 1, y));
    assert_eq!(at(&a), before);
    a.update(Action::Click(x, y));
    let v = a.lanes().unwrap();
    assert_eq!(v.list.selected, 2);
    // The first event of the column clicked.
    let first_here = v
        .lane()
        .unwrap()
        .events
        .iter()
        .position(|&e| v.axis(usize::from(tracks.width)).unwrap().col_of(a.ds(), e) == col)
        .unwrap();
    assert_eq!(v.at, first_here);
    // A click on a lane's name selects the lane.
    a.update(Action::Click(screen.lanes.names.x + 3, tracks.y + 1));
    assert_eq!(a.lanes().unwrap().list.selected, 1);
    a.update(Action::DoubleClick(x, y));
    assert_eq!(a.mode(), Mode::Detail);
    let shown = a.detail().unwrap().item;
    assert_eq!(shown, Item::Event(a.lanes().unwrap().event().unwrap()));
}

#[test]
fn more_lanes_than_fit_scroll_with_the_selection() {
    let mut a = App::new(load_builtin().unwrap(), (60, 12));
    keys(&mut a, "L<Tab>");
    let height = a.lanes_height();
    let n = a.lanes().unwrap().lanes.len();
    assert!(n > height, "{n} lanes, {height} lines");
    for _ in 0..n {
        keys(&mut a, "j");
        let v = a.lanes().unwrap();
        assert!(v.list.selected >= v.list.offset && v.list.selected < v.list.offset + height);
    }
    assert_eq!(a.lanes().unwrap().list.selected, n - 1);
    // Made smaller still, the selection stays in view.
    a.update(Action::Resize(40, 10));
    let v = a.lanes().unwrap();
    assert!(v.list.selected < v.list.offset + a.lanes_height());
}
