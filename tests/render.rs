//! Screens drawn into ratatui's test backend: snapshots of each view at a normal
//! and a small size, and no panic at any size in any mode.
// A test that cannot unwrap has failed; that is the point of it.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use newsline::app::layout::{MIN_HEIGHT, MIN_WIDTH};
use newsline::app::{Action, App, Mode};
use newsline::data::load_builtin;
use newsline::ui::{self, Theme};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;

fn app(w: u16, h: u16) -> App {
    App::new(load_builtin().unwrap(), (w, h))
}

fn text(buf: &Buffer) -> String {
    let area = buf.area;
    (0..area.height)
        .map(|y| {
            let line: String = (0..area.width).map(|x| buf[(x, y)].symbol()).collect();
            line.trim_end().to_string()
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn render(app: &App, theme: &Theme) -> Buffer {
    let (w, h) = app.size();
    let mut term = Terminal::new(TestBackend::new(w, h)).unwrap();
    term.draw(|f| ui::draw(f, app, theme)).unwrap();
    term.backend().buffer().clone()
}

fn screen(app: &App) -> String {
    text(&render(app, &Theme::colored()))
}

fn type_text(app: &mut App, s: &str) {
    for c in s.chars() {
        app.update(Action::Input(c));
    }
}

#[test]
fn timeline_120x40() {
    insta::assert_snapshot!(screen(&app(120, 40)));
}

#[test]
fn timeline_60x20() {
    insta::assert_snapshot!(screen(&app(60, 20)));
}

#[test]
fn too_small_says_so() {
    let s = screen(&app(30, 8));
    assert!(s.contains("Terminal too small (30×8)"), "{s}");
    insta::assert_snapshot!(s);
}

#[test]
fn quote_detail_100x34() {
    let mut a = app(100, 34);
    a.update(Action::OpenSearch);
    type_text(&mut a, "heure europe");
    a.update(Action::Confirm);
    assert_eq!(a.mode(), Mode::Detail);
    insta::assert_snapshot!(screen(&a));
}

#[test]
fn event_detail_60x20() {
    let mut a = app(60, 20);
    a.update(Action::Confirm);
    insta::assert_snapshot!(screen(&a));
}

#[test]
fn search_100x16() {
    let mut a = app(100, 16);
    a.update(Action::OpenSearch);
    type_text(&mut a, "securite");
    insta::assert_snapshot!(screen(&a));
}

#[test]
fn actor_filter_100x24() {
    let mut a = app(100, 24);
    a.update(Action::OpenActors);
    type_text(&mut a, "uk");
    a.update(Action::ToggleActor);
    insta::assert_snapshot!(screen(&a));
}

#[test]
fn help_100x30() {
    let mut a = app(100, 30);
    a.update(Action::ToggleHelp);
    insta::assert_snapshot!(screen(&a));
}

/// Two bookmarks, one event and one quote, and the list of them open.
fn with_bookmarks(a: &mut App) {
    a.update(Action::ToggleBookmark);
    a.update(Action::Down);
    a.update(Action::Down);
    a.update(Action::ToggleBookmark);
    a.update(Action::OpenBookmarks);
}

/// The first quote of the timeline copied, as the terminal layer confirms it.
fn with_a_copy(a: &mut App) {
    a.update(Action::Down);
    a.update(Action::Down);
    a.update(Action::Copy);
    a.update(Action::EffectDone(Ok(())));
}

/// The export prompt, refused once because the file exists.
fn with_a_refused_export(a: &mut App) {
    a.update(Action::OpenExport);
    // A name of the user's: the offered one would move on to a free number.
    for c in "/tmp/germany.md".chars() {
        a.update(Action::Input(c));
    }
    a.update(Action::Confirm);
    a.update(Action::EffectDone(Err(std::io::ErrorKind::AlreadyExists)));
}

#[test]
fn bookmarks_100x24() {
    let mut a = app(100, 24);
    with_bookmarks(&mut a);
    assert_eq!(a.mode(), Mode::Bookmarks);
    insta::assert_snapshot!(screen(&a));
}

#[test]
fn copy_confirmed_100x20() {
    let mut a = app(100, 20);
    with_a_copy(&mut a);
    insta::assert_snapshot!(screen(&a));
}

#[test]
fn export_prompt_100x20() {
    let mut a = app(100, 20);
    a.update(Action::OpenExport);
    assert_eq!(a.mode(), Mode::Export);
    insta::assert_snapshot!(screen(&a));
}

#[test]
fn export_refused_60x20() {
    let mut a = app(60, 20);
    with_a_refused_export(&mut a);
    assert_eq!(a.mode(), Mode::Export);
    insta::assert_snapshot!(screen(&a));
}

#[test]
fn search_highlights_the_matched_chars() {
    let mut a = app(100, 16);
    a.update(Action::OpenSearch);
    type_text(&mut a, "securite");
    let buf = render(&a, &Theme::colored());
    let theme = Theme::colored();
    // The matched word on the first hit is drawn in the match style.
    let y = 5;
    let styled: String = (0..100)
        .filter(|&x| buf[(x, y)].fg == theme.matched.fg.unwrap())
        .map(|x| buf[(x, y)].symbol().to_string())
        .collect();
    assert_eq!(styled, "sécurité");
}

#[test]
fn a_query_that_comes_back_is_drawn_selected_until_typed_over() {
    let mut a = app(100, 16);
    a.update(Action::OpenSearch);
    type_text(&mut a, "troupes");
    a.update(Action::Back);
    a.update(Action::OpenSearch);
    // The prompt's line: the query's cells are drawn selected, in both themes.
    let selected_text = |a: &App, theme: &Theme| -> String {
        let buf = render(a, theme);
        let y = (0..16)
            .find(|&y| {
                (0..100)
                    .map(|x| buf[(x, y)].symbol())
                    .collect::<String>()
                    .starts_with(" / ")
            })
            .unwrap();
        (0..100)
            .filter(|&x| buf[(x, y)].style() == buf[(x, y)].style().patch(theme.selected))
            .map(|x| buf[(x, y)].symbol().to_string())
            .collect()
    };
    for theme in [Theme::colored(), Theme::plain()] {
        assert_eq!(selected_text(&a, &theme), "troupes");
    }
    type_text(&mut a, "s");
    for theme in [Theme::colored(), Theme::plain()] {
        assert_eq!(selected_text(&a, &theme), "");
    }
}

#[test]
fn without_colour_the_selection_is_still_marked() {
    let a = app(80, 20);
    let buf = render(&a, &Theme::plain());
    for y in 0..20 {
        for x in 0..80 {
            let cell = &buf[(x, y)];
            assert_eq!(cell.fg, ratatui::style::Color::Reset, "colour at {x},{y}");
            assert_eq!(cell.bg, ratatui::style::Color::Reset, "colour at {x},{y}");
        }
    }
    let s = text(&buf);
    let marked: Vec<&str> = s.lines().filter(|l| l.starts_with("▶")).collect();
    assert_eq!(marked.len(), 1, "{s}");
    assert!(marked[0].contains("Defence ministers"));
}

#[test]
fn header_shows_filters_and_counts() {
    let mut a = app(120, 20);
    a.update(Action::OpenActors);
    type_text(&mut a, "germany");
    a.update(Action::ToggleActor);
    a.update(Action::Confirm);
    let s = screen(&a);
    let header = s.lines().next().unwrap();
    assert!(
        header.contains("4 events · 11 quotes │ filter: Germany"),
        "{header}"
    );
}

/// Every mode at every size from 0×0 up: never a panic, and a frame that is
/// whole: a header and a status line when the terminal is large enough, the
/// "too small" notice when it is not.
#[test]
fn no_panic_at_any_size_in_any_mode() {
    type Setup = (&'static str, fn(&mut App));
    let setups: Vec<Setup> = vec![
        ("timeline", |_| {}),
        ("detail", |a| a.update(Action::Confirm)),
        ("search", |a| {
            a.update(Action::OpenSearch);
            type_text(a, "sécurité europe");
        }),
        ("actors", |a| a.update(Action::OpenActors)),
        ("goto", |a| {
            a.update(Action::OpenGoTo);
            type_text(a, "not a date");
            a.update(Action::Confirm);
        }),
        ("help", |a| a.update(Action::ToggleHelp)),
        ("bookmarks", with_bookmarks),
        ("copy", with_a_copy),
        ("export", with_a_refused_export),
    ];
    let modes: std::collections::HashSet<Mode> = setups
        .iter()
        .map(|(_, setup)| {
            let mut a = app(120, 40);
            setup(&mut a);
            a.mode()
        })
        .collect();
    assert_eq!(modes.len(), 8, "a mode is left out: {modes:?}");
    for (name, setup) in setups {
        let mut a = app(120, 40);
        setup(&mut a);
        for w in (0..=250).step_by(23).chain([1, 2, 39, 40, 41, 250]) {
            for h in (0..=80).step_by(11).chain([1, 2, 9, 10, 11, 80]) {
                a.update(Action::Resize(w, h));
                for action in [Action::Down, Action::PageDown, Action::Bottom] {
                    a.update(action);
                }
                let buf = render(&a, &Theme::colored());
                // Only the rows asserted on are read: the whole text of every
                // frame is made only for a failure's message.
                let blank = |y: u16| (0..w).all(|x| buf[(x, y)].symbol().trim().is_empty());
                if w >= 40 && h >= 10 {
                    assert!(!blank(0), "{name} {w}×{h}: no header\n{}", text(&buf));
                    assert!(
                        !blank(h - 1),
                        "{name} {w}×{h}: no status line\n{}",
                        text(&buf)
                    );
                } else if w >= 20 && h >= 5 {
                    let s = text(&buf);
                    assert!(s.contains("Terminal too small"), "{name} {w}×{h}:\n{s}");
                }
            }
        }
    }
}

/// The sizes the geometry tests try, from 0×0 to 250×80: every small height
/// (where an off-by-one shows most), then every fourth, and widths every 11
/// columns with the ones around the smallest drawn. Fewer would miss sizes;
/// more take seconds in a debug build.
fn sizes() -> impl Iterator<Item = (u16, u16)> {
    let widths: Vec<u16> = (0..=250).step_by(11).chain([39, 40, 41, 42, 250]).collect();
    let heights: Vec<u16> = (0..24).chain((24..=80).step_by(4)).collect();
    widths
        .into_iter()
        .flat_map(move |w| heights.clone().into_iter().map(move |h| (w, h)))
}

fn row(buf: &Buffer, y: u16, xs: std::ops::Range<u16>) -> String {
    xs.map(|x| buf[(x, y)].symbol()).collect()
}

fn no_space(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// The paging of the detail view and the lines drawn agree: after End, the
/// last line of the text is on the last line of the box, and every line in
/// the box is the text's line the app's scroll says, at every size. Finds the
/// box by its corners in what is drawn, not by the layout the app uses.
#[test]
fn the_detail_view_pages_by_the_lines_it_draws_at_any_size() {
    let mut a = app(120, 40);
    a.update(Action::Confirm);
    assert_eq!(a.mode(), Mode::Detail);
    for (w, h) in sizes() {
        a.update(Action::Resize(w, h));
        a.update(Action::Bottom);
        let buf = render(&a, &Theme::plain());
        let d = a.detail().unwrap();
        if w < MIN_WIDTH || h < MIN_HEIGHT {
            continue; // "Terminal too small", and no view
        }
        let corner = |c: &str, from: u16| (from..h).find(|&y| buf[(0, y)].symbol() == c);
        let top = corner("┌", 0).unwrap_or_else(|| panic!("no box at {w}×{h}"));
        let bottom = corner("└", top + 1).unwrap_or_else(|| panic!("no box end at {w}×{h}"));
        let rows = usize::from(bottom - top - 1);
        if d.lines.len() >= rows {
            assert_eq!(
                d.lines.len() - d.scroll,
                rows,
                "at {w}×{h} End scrolls so that the last line is the box's last"
            );
        } else {
            assert_eq!(d.scroll, 0, "at {w}×{h} all fits");
        }
        for i in 0..rows {
            let drawn = row(&buf, top + 1 + i as u16, 1..w - 1);
            let want: String = d
                .lines
                .get(d.scroll + i)
                .map(|l| l.iter().map(|s| s.text.as_str()).collect())
                .unwrap_or_default();
            assert_eq!(no_space(&drawn), no_space(&want), "line {i} at {w}×{h}");
        }
    }
}

/// The actor list keeps the selection on the lines it draws: after End, the
/// selected (last) actor is on the popup's last line, at every size.
#[test]
fn the_actor_list_follows_the_selection_by_the_lines_it_draws_at_any_size() {
    let mut a = app(120, 40);
    a.update(Action::OpenActors);
    let shown = a.picker().shown.len();
    for (w, h) in sizes() {
        a.update(Action::Resize(w, h));
        // From the top, so that End scrolls by the list's height.
        a.update(Action::Top);
        a.update(Action::Bottom);
        let buf = render(&a, &Theme::plain());
        if w < MIN_WIDTH || h < MIN_HEIGHT {
            continue; // "Terminal too small", and no view
        }
        let title = (0..h)
            .find(|&y| row(&buf, y, 0..w).contains("Filter by actor"))
            .unwrap_or_else(|| panic!("no popup at {w}×{h}"));
        let line = row(&buf, title, 0..w);
        let left = line.chars().position(|c| c == '┌').unwrap() as u16;
        let right = line.chars().position(|c| c == '┐').unwrap() as u16;
        let bottom = (title + 1..h)
            .find(|&y| buf[(left, y)].symbol() == "└")
            .unwrap();
        // Inside the border: the prompt, a rule, then the list.
        let list = (title + 3)..bottom;
        let drawn: Vec<u16> = list
            .clone()
            .filter(|&y| {
                let r = row(&buf, y, left + 1..right);
                r.contains("[ ]") || r.contains("[x]")
            })
            .collect();
        assert_eq!(drawn.len(), shown.min(list.len()), "rows drawn at {w}×{h}");
        let Some(&last) = drawn.last() else {
            continue;
        };
        assert!(
            row(&buf, last, left + 1..right).contains('▶'),
            "at {w}×{h} the selected actor is the last drawn"
        );
    }
}
