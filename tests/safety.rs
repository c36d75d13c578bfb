//! Never trust the data: hostile text never reaches the terminal, huge inputs
//! are refused or cut, and no input or terminal size makes newsline panic.
// A test that cannot unwrap has failed; that is the point of it.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::cpu::cpu_time_of;
use newsline::app::{Action, App};
use newsline::data::{Dataset, load_builtin, load_path};
use newsline::text::{clean, is_unsafe_char};
use newsline::ui::{self, Theme};
use proptest::prelude::*;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::path::Path;
use std::time::Duration;

const HOSTILE: &str = "tests/fixtures/hostile/hostile.json";
const ATTACK: &str = "\u{1b}]0;title\u{7}\u{1b}]52;c;eA==\u{7}\u{9b}31m\u{202e}rev\u{200b}\u{feff}\u{2066}\u{e0041}\u{1b}[2J";

/// Every string a dataset holds, to check none is unsafe.
fn all_text(ds: &Dataset) -> Vec<String> {
    let mut v = vec![ds.title.clone()];
    v.extend(ds.description.clone());
    for s in &ds.sources {
        v.extend([s.title.clone(), s.outlet.clone(), s.language.clone()]);
        v.extend(s.published_derivation.clone());
        v.extend(s.original_name.clone());
        v.extend(s.url.clone());
        v.extend(s.text.clone());
    }
    for a in &ds.actors {
        v.push(a.name.clone());
        v.extend(a.aliases.clone());
        v.extend(a.role.clone());
        v.extend(a.description.clone());
        v.extend(a.code.clone());
    }
    for e in &ds.events {
        v.extend([e.title.to_string(), e.summary.to_string()]);
        v.extend(e.date_derivation.clone());
        v.extend(e.location.clone());
    }
    for q in &ds.quotes {
        v.push(q.text.to_string());
        v.extend(q.date_derivation.clone());
        v.extend(q.note.clone());
    }
    for t in &ds.terms {
        v.push(t.text.clone());
    }
    v
}

fn unsafe_in(s: &str) -> bool {
    // Newlines are kept in article text only; the display splits on them.
    s.chars().any(|c| is_unsafe_char(c) && c != '\n')
}

#[test]
fn hostile_text_is_cleaned_when_loaded() {
    let ds = load_path(Path::new(HOSTILE)).unwrap();
    let texts = all_text(&ds);
    assert!(texts.len() > 20);
    for t in texts {
        assert!(!unsafe_in(&t), "unsafe char left in {t:?}");
    }
}

/// A view's name and how to open it.
type View = (&'static str, fn(&mut App));

/// Every view the app has, set up on `app`.
fn views() -> Vec<View> {
    vec![
        ("timeline", |_| {}),
        ("event detail", |a| a.update(Action::Confirm)),
        ("quote detail", |a| {
            a.update(Action::Down);
            a.update(Action::Confirm);
        }),
        ("search", |a| {
            a.update(Action::OpenSearch);
            for c in "rev dit".chars() {
                a.update(Action::Input(c));
            }
        }),
        ("actors", |a| a.update(Action::OpenActors)),
        ("go to", |a| {
            a.update(Action::OpenGoTo);
            a.update(Action::Confirm);
        }),
        ("help", |a| a.update(Action::ToggleHelp)),
        ("bookmarks", |a| {
            a.update(Action::ToggleBookmark);
            a.update(Action::Down);
            a.update(Action::ToggleBookmark);
            a.update(Action::OpenBookmarks);
        }),
        ("copy", |a| {
            a.update(Action::Down);
            a.update(Action::Copy);
            a.update(Action::EffectDone(Ok(())));
        }),
        ("export", |a| {
            a.update(Action::OpenExport);
            a.update(Action::Confirm);
            a.update(Action::EffectDone(Err(std::io::ErrorKind::AlreadyExists)));
        }),
    ]
}

fn draw(app: &App, w: u16, h: u16) -> ratatui::buffer::Buffer {
    let mut term = Terminal::new(TestBackend::new(w, h)).unwrap();
    term.draw(|f| ui::draw(f, app, &Theme::colored())).unwrap();
    term.backend().buffer().clone()
}

/// The guard: raw escape sequences and bidi overrides put into the dataset
/// after loading (so cleaning on load is bypassed) and drawn through every view
/// and widget never reach the screen.
#[test]
fn no_widget_passes_unsafe_text_to_the_screen() {
    let mut ds = load_builtin().unwrap();
    let hostile = |s: &mut String| *s = format!("{ATTACK}{s}{ATTACK}");
    hostile(&mut ds.title);
    for e in &mut ds.events {
        e.title = format!("{ATTACK}{}{ATTACK}", e.title).into();
        e.summary = format!("{ATTACK}{}{ATTACK}", e.summary).into();
    }
    for q in &mut ds.quotes {
        q.text = format!("{ATTACK}{}{ATTACK}", q.text).into();
    }
    for a in &mut ds.actors {
        hostile(&mut a.name);
    }
    for s in &mut ds.sources {
        if let Some(t) = &mut s.text {
            // Same length in chars, so spans still fit.
            *t = t.replacen(' ', "\u{202e}", 40);
        }
    }
    for (name, setup) in views() {
        let mut app = App::new(ds.clone(), (120, 40));
        setup(&mut app);
        let buf = draw(&app, 120, 40);
        for cell in buf.content() {
            assert!(
                !unsafe_in(cell.symbol()),
                "{name}: {:?} reached the buffer",
                cell.symbol()
            );
        }
    }
}

/// What ratatui itself filters today; if this changes, the scrub in `ui::draw`
/// still holds, and this test says what moved.
#[test]
fn ratatui_drops_controls_from_paragraphs_but_not_from_block_titles() {
    use ratatui::widgets::{Block, Paragraph};
    let mut term = Terminal::new(TestBackend::new(40, 3)).unwrap();
    term.draw(|f| {
        f.render_widget(
            Paragraph::new("a\u{1b}b\u{202e}c"),
            ratatui::layout::Rect::new(0, 0, 40, 1),
        );
        f.render_widget(
            Block::bordered().title("t\u{202e}u"),
            ratatui::layout::Rect::new(0, 1, 40, 2),
        );
    })
    .unwrap();
    let row = |y: u16| -> String {
        (0..40)
            .map(|x| term.backend().buffer()[(x, y)].symbol().to_string())
            .collect()
    };
    assert!(
        !row(0).contains('\u{1b}') && !row(0).contains('\u{202e}'),
        "{:?}",
        row(0)
    );
    assert!(
        row(1).contains('\u{202e}'),
        "ratatui now filters block titles: {:?}",
        row(1)
    );
}

#[test]
fn no_panic_at_any_size_with_the_hostile_dataset() {
    let ds = load_path(Path::new(HOSTILE)).unwrap();
    for (name, setup) in views() {
        let mut app = App::new(ds.clone(), (120, 40));
        setup(&mut app);
        for w in (0..=250).step_by(31).chain([1, 2, 40, 250]) {
            for h in (0..=80).step_by(13).chain([1, 2, 10, 80]) {
                app.update(Action::Resize(w, h));
                app.update(Action::Down);
                let buf = draw(&app, w, h);
                assert!(
                    buf.content().iter().all(|c| !unsafe_in(c.symbol())),
                    "{name} {w}x{h}"
                );
            }
        }
    }
}

#[test]
fn a_dataset_over_the_size_limit_is_refused_without_reading_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.json");
    // A sparse file: it takes no disk, and reading it would take seconds.
    let f = std::fs::File::create(&path).unwrap();
    f.set_len(newsline::data::load::MAX_DATASET_BYTES + 1)
        .unwrap();
    // Told by the CPU time of this thread, which a busy machine does not
    // add to: reading or mapping a gigabyte costs a good part of a second.
    let (err, took) = cpu_time_of(|| load_path(&path).unwrap_err().to_string());
    assert!(err.contains("over the limit of 1073741824 bytes"), "{err}");
    assert!(took < Duration::from_millis(100), "it was read: {took:?}");
}

#[test]
fn a_huge_field_is_cut_with_a_visible_marker() {
    let long = "é".repeat(200_000);
    let json = format!(
        r#"{{"schema": "newsline/1", "title": "t", "sources": [{{"id": "s", "title": "t", "outlet": "o", "language": "fr", "published": "2025", "text": "{long}"}}],
        "actors": [{{"id": "p", "name": "P", "kind": "person"}}],
        "events": [{{"id": "e", "date": "2025", "title": "E"}}],
        "quotes": [{{"id": "q", "text": "{long}", "speaker": "p", "date": "2025", "event": "e", "source": {{"source": "s", "span": [0, 200000]}}}}]}}"#
    );
    let ds = newsline::data::load::parse(Path::new("long.json"), &json, |_| Err("no files".into()))
        .unwrap();
    let text = &ds.quotes[0].text;
    assert!(
        text.ends_with("[… cut: 180000 more chars]"),
        "{}",
        &text[text.len() - 40..]
    );
    let mut app = App::new(ds, (200, 60));
    app.update(Action::Confirm);
    let _ = draw(&app, 200, 60);
}

static BUILTIN: std::sync::LazyLock<(Dataset, newsline::query::SearchIndex)> =
    std::sync::LazyLock::new(|| {
        let ds = load_builtin().unwrap();
        let ix = newsline::query::SearchIndex::build(&ds);
        (ds, ix)
    });

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn cleaning_leaves_nothing_unsafe_and_twice_changes_nothing(s in any::<String>(), keep in any::<bool>()) {
        let once = clean(&s, keep);
        prop_assert!(!once.chars().any(|c| is_unsafe_char(c) && !(keep && c == '\n')));
        prop_assert_eq!(clean(&once, keep), once);
    }

    #[test]
    fn folding_maps_every_char_back(s in any::<String>()) {
        let f = newsline::text::fold(&s);
        prop_assert_eq!(f.origin.len(), f.text.chars().count());
        prop_assert!(f.origin.windows(2).all(|w| w[0] <= w[1]));
        prop_assert!(f.origin.iter().all(|&i| i < s.chars().count()));
    }

    #[test]
    fn any_search_query_is_safe(q in any::<String>()) {
        let (ds, ix) = &*BUILTIN;
        let hits = ix.search(&q, None);
        prop_assert!(hits.iter().all(|h| h.quote < ds.quotes.len()));
        for h in hits.iter().take(3) {
            let marks = newsline::query::search::highlights(&q, &ds.quotes[h.quote].text);
            prop_assert!(marks.iter().all(|&m| m < ds.quotes[h.quote].text.chars().count()));
        }
    }

    #[test]
    fn any_text_given_as_a_dataset_gives_a_result_not_a_panic(s in any::<String>()) {
        let _ = newsline::data::load::parse(Path::new("x.json"), &s, |_| Err("no".into()));
    }

    #[test]
    fn any_typed_date_is_safe(s in any::<String>()) {
        let _ = newsline::data::date::parse_human(&s);
    }

    #[test]
    fn any_key_sequence_at_any_size_is_safe(
        actions in proptest::collection::vec(0usize..20, 0..60),
        w in 0u16..200,
        h in 0u16..70,
        typed in "[a-zé ]{0,6}",
    ) {
        let ds = load_path(Path::new(HOSTILE)).unwrap();
        let mut app = App::new(ds, (w, h));
        for a in actions {
            let action = match a {
                0 => Action::Down, 1 => Action::Up, 2 => Action::PageDown, 3 => Action::PageUp,
                4 => Action::Top, 5 => Action::Bottom, 6 => Action::Confirm, 7 => Action::Back,
                8 => Action::OpenSearch, 9 => Action::OpenActors, 10 => Action::ToggleActor,
                11 => Action::ToggleHelp, 12 => Action::NextMonth, 13 => Action::PrevMonth,
                14 => Action::NextItem, 15 => Action::PrevItem, 16 => Action::OpenGoTo,
                17 => Action::Click(w / 2, h / 2), 18 => Action::Scroll(3),
                _ => Action::Input(typed.chars().next().unwrap_or('x')),
            };
            app.update(action);
        }
        let _ = draw(&app, w, h);
    }
}
