//! The import review drawn into ratatui's test backend, driven by actions as
//! the keys would: snapshots of the screen and its prompts, what each key
//! asks of the terminal layer, and no panic at any size.
// A test that cannot unwrap has failed; that is the point of it.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use newsline::app::review::{Answer, CommitDone, Imported, Origin, Work};
use newsline::app::{Action, App, Effect, Mode};
use newsline::data::load_builtin;
use newsline::import::review::Decision;
use newsline::import::review::commit::LoadedFile;
use newsline::import::{Options, import};
use newsline::ui::{self, Theme};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use std::path::PathBuf;
use std::sync::Arc;

const FLOODS: &str = include_str!("fixtures/articles/en-floods.txt");

fn render(app: &App) -> Buffer {
    let (w, h) = app.size();
    let mut term = Terminal::new(TestBackend::new(w, h)).unwrap();
    term.draw(|f| ui::draw(f, app, &Theme::colored())).unwrap();
    term.backend().buffer().clone()
}

fn screen(app: &App) -> String {
    let buf = render(app);
    (0..buf.area.height)
        .map(|y| {
            let line: String = (0..buf.area.width).map(|x| buf[(x, y)].symbol()).collect();
            line.trim_end().to_string()
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn work(w: Work) -> Action {
    Action::WorkDone(Answer(Arc::new(w)))
}

fn type_text(app: &mut App, s: &str) {
    for c in s.chars() {
        app.update(Action::Input(c));
    }
}

/// The built-in story as if opened from `story.json`, with the floods
/// article under review.
fn reviewing(w: u16, h: u16) -> App {
    let mut app = App::new(load_builtin().unwrap(), (w, h)).with_origin(Some(Origin {
        path: PathBuf::from("story.json"),
        options: Default::default(),
        loaded: LoadedFile::default(),
    }));
    let text = newsline::text::clean(FLOODS, true);
    let opts = Options {
        published: chrono::NaiveDate::from_ymd_opt(2024, 10, 11).unwrap(),
        lang: None,
        outlet: None,
        title: None,
    };
    let proposal = import(&text, &opts, Some(app.ds()));
    app.update(work(Work::Imported(Ok(Imported {
        article: PathBuf::from("floods.txt"),
        text,
        proposal,
        since: None,
    }))));
    assert_eq!(app.mode(), Mode::Review);
    app
}

fn decisions(app: &App) -> Vec<Decision> {
    let r = app.review().unwrap();
    r.review.items.iter().map(|i| i.decision).collect()
}

#[test]
fn review_with_decisions_100x30() {
    let mut app = reviewing(100, 30);
    app.update(Action::Down);
    app.update(Action::Accept);
    app.update(Action::Reject);
    let s = screen(&app);
    assert!(s.contains("✓") && s.contains("✗"), "{s}");
    assert!(s.contains("rule: speaker: a pronoun"), "{s}");
    insta::assert_snapshot!(s);
    // The selected quote's words are highlighted in its paragraph, and only they.
    let buf = render(&app);
    let matched = Theme::colored().matched;
    let styled: String = buf
        .content
        .iter()
        .filter(|c| Some(c.fg) == matched.fg && c.modifier.contains(matched.add_modifier))
        .map(|c| c.symbol())
        .collect();
    assert_eq!(styled, "the right idea at the wrong price");
}

/// Confirms the open prompt, which must edit the first quote, and returns
/// the proposal the review now leaves.
fn confirm_first_quote_edited(app: &mut App) -> newsline::import::Proposal {
    app.update(Action::Confirm);
    assert_eq!(app.mode(), Mode::Review);
    let r = app.review().unwrap();
    assert_eq!(r.review.items[0].decision, Decision::Edited);
    r.review.to_proposal()
}

#[test]
fn speaker_picker_and_new_actor_form_100x30() {
    let mut app = reviewing(100, 30);
    app.update(Action::EditSpeaker);
    assert_eq!(app.mode(), Mode::ReviewSpeaker);
    app.update(Action::ClearInput);
    type_text(&mut app, "starmer");
    insta::assert_snapshot!("speaker_picker_100x30", screen(&app));
    // The last line creates an actor of the name typed.
    app.update(Action::ClearInput);
    type_text(&mut app, "Ann Lee");
    app.update(Action::PageDown);
    app.update(Action::PageDown);
    app.update(Action::Confirm);
    assert_eq!(app.mode(), Mode::ReviewActor);
    for a in [Action::Confirm, Action::Input('o'), Action::Confirm] {
        app.update(a);
    }
    type_text(&mut app, "france");
    app.update(Action::Confirm);
    type_text(&mut app, "Town council");
    insta::assert_snapshot!("new_actor_form_100x30", screen(&app));
    let p = confirm_first_quote_edited(&mut app);
    let a = &p.actors[p.quotes[0].speaker.as_ref().unwrap().actor];
    assert_eq!((a.name.as_str(), a.kind), ("Ann Lee", "organization"));
    assert_eq!(a.country.as_deref(), Some("france"));
    assert_eq!(a.role.as_deref(), Some("Town council"));
}

#[test]
fn speaker_picker_offers_the_people_the_article_names_100x30() {
    // The built-in dataset lacks Sunita Rao; the article names her, so she
    // is offered after the dataset's actors, and choosing her creates her
    // once, with the proposal's actor of that name.
    let mut app = reviewing(100, 30);
    app.update(Action::EditSpeaker);
    app.update(Action::ClearInput);
    type_text(&mut app, "sunita");
    let shown = screen(&app);
    assert!(
        shown.contains("Sunita Rao  person  named in the article, new"),
        "{shown}"
    );
    insta::assert_snapshot!("speaker_picker_article_100x30", shown);
    let p = confirm_first_quote_edited(&mut app);
    assert_eq!(
        p.actors[p.quotes[0].speaker.as_ref().unwrap().actor].name,
        "Sunita Rao"
    );
    let raos = p.actors.iter().filter(|a| a.name == "Sunita Rao").count();
    assert_eq!(raos, 1, "{:?}", p.actors);
}

#[test]
fn date_prompt_keeps_the_precision_typed_100x30() {
    let mut app = reviewing(100, 30);
    app.update(Action::EditDate);
    assert_eq!(app.mode(), Mode::ReviewDate);
    type_text(&mut app, "next week");
    app.update(Action::Confirm);
    insta::assert_snapshot!(screen(&app));
    app.update(Action::ClearInput);
    type_text(&mut app, "aug 2025");
    app.update(Action::Confirm);
    assert_eq!(app.mode(), Mode::Review);
    let r = app.review().unwrap();
    let p = r.review.to_proposal();
    assert_eq!(
        (p.quotes[0].date.as_str(), p.quotes[0].precision),
        ("2025-08", "month")
    );
}

#[test]
fn import_prompt_with_completions_100x30() {
    let mut app = App::new(load_builtin().unwrap(), (100, 30)).with_origin(Some(Origin {
        path: PathBuf::from("story.json"),
        options: Default::default(),
        loaded: LoadedFile::default(),
    }));
    app.update(Action::OpenImport);
    assert_eq!(app.mode(), Mode::Import);
    type_text(&mut app, "articles/en");
    app.update(Action::Complete);
    assert_eq!(
        app.effect(),
        Some(&Effect::ListFolder {
            typed: "articles/en".into()
        })
    );
    let entries = ["en-floods.txt", "en-floods.gold.json", "en-ceasefire.txt"]
        .map(|n| (n.to_string(), false))
        .to_vec();
    app.update(work(Work::Listed {
        typed: "articles/en".into(),
        entries: Ok(entries),
    }));
    insta::assert_snapshot!(screen(&app));
    // Enter goes to the date, which must be a day.
    app.update(Action::Confirm);
    type_text(&mut app, "aug 2025");
    app.update(Action::Confirm);
    assert!(app.effect().is_none());
    assert!(screen(&app).contains("give the day it came out"));
    app.update(Action::ClearInput);
    type_text(&mut app, "9 août 2025");
    app.update(Action::Confirm);
    assert!(
        matches!(app.effect(), Some(Effect::Import { .. })),
        "{:?}",
        app.effect()
    );
}

#[test]
fn the_built_in_story_is_not_imported_into() {
    let mut app = App::new(load_builtin().unwrap(), (100, 30));
    app.update(Action::OpenImport);
    assert_eq!(app.mode(), Mode::Timeline);
    assert!(app.message().unwrap().contains("built-in story"));
}

#[test]
fn leaving_or_quitting_asks_and_no_keeps_every_decision() {
    let mut app = reviewing(100, 30);
    // Nothing decided: Esc just leaves.
    app.update(Action::Back);
    assert_eq!(app.mode(), Mode::Timeline);
    let mut app = reviewing(100, 30);
    app.update(Action::Accept);
    let before = decisions(&app);
    for leave in [Action::Back, Action::Quit] {
        app.update(leave);
        assert_eq!(app.mode(), Mode::ReviewConfirm);
        app.update(Action::Back);
        assert_eq!(app.mode(), Mode::Review);
        assert!(!app.should_quit());
        assert_eq!(decisions(&app), before);
    }
    app.update(Action::Quit);
    app.update(Action::Confirm);
    assert!(app.should_quit());
}

#[test]
fn commit_asks_about_pending_items_then_asks_the_terminal_to_write() {
    let mut app = reviewing(100, 30);
    app.update(Action::Commit);
    assert!(app.message().unwrap().contains("nothing accepted yet"));
    assert!(app.effect().is_none());
    app.update(Action::Accept);
    app.update(Action::Commit);
    assert_eq!(app.mode(), Mode::ReviewConfirm);
    insta::assert_snapshot!("commit_question_100x30", screen(&app));
    app.update(Action::Confirm);
    assert_eq!(app.effect(), Some(&Effect::CommitReview));
}

#[test]
fn a_failed_commit_keeps_the_review_open_with_its_decisions() {
    let mut app = reviewing(100, 30);
    app.update(Action::Accept);
    app.update(Action::Reject);
    let before = decisions(&app);
    app.update(Action::Commit);
    app.update(Action::Confirm);
    let why = "cannot write story.json: it is read-only (mode 0444)".to_string();
    app.update(work(Work::Committed(Err(why))));
    assert_eq!(app.mode(), Mode::Review);
    assert_eq!(decisions(&app), before);
    let s = screen(&app);
    assert!(s.contains("it is read-only"), "{s}");
    assert!(s.contains("the review is still"), "{s}");
}

#[test]
fn a_commit_shows_the_new_records_at_once() {
    let mut app = reviewing(100, 30);
    app.update(Action::Accept);
    // What the terminal layer loads after writing: here, the built-in story
    // with one quote's source renamed as the new source.
    let mut ds = load_builtin().unwrap();
    ds.sources[0].id = "floods-2024-10-11".into();
    let q = ds.quotes.iter().position(|q| q.source.source == 0).unwrap();
    app.update(work(Work::Committed(Ok(CommitDone {
        message: "story.json: added source `floods-2024-10-11`".into(),
        source: "floods-2024-10-11".into(),
        dataset: Ok(ds),
        loaded: LoadedFile::from_hash(1),
    }))));
    assert_eq!(app.mode(), Mode::Timeline);
    assert!(app.review().is_none());
    assert_eq!(app.selected_row(), Some(newsline::app::rows::Row::Quote(q)));
    assert_eq!(
        app.workbench.origin.as_ref().unwrap().loaded,
        LoadedFile::from_hash(1)
    );
}

#[test]
fn a_resize_keeps_the_selection_in_view() {
    let mut app = reviewing(100, 40);
    app.update(Action::Bottom);
    app.update(Action::Resize(100, 12));
    let r = app.review().unwrap();
    assert!(r.list.offset > 0, "{:?}", r.list);
    assert!(screen(&app).contains("── commit: write"));
}

#[test]
fn no_panic_at_any_size_in_any_review_view() {
    for (w, h) in [(40, 10), (41, 11), (60, 20), (200, 60)] {
        for keys in [
            vec![],
            vec![Action::EditSpeaker],
            vec![Action::EditSpeaker, Action::PageDown, Action::Confirm],
            vec![Action::EditDate],
            vec![Action::Accept, Action::Commit],
            vec![Action::Bottom],
        ] {
            let mut app = reviewing(w, h);
            for k in keys {
                app.update(k);
            }
            screen(&app);
        }
    }
}

/// A dataset just made by `newsline new` is empty, not filtered: the
/// timeline says how to fill it, not how to clear filters it does not have.
#[test]
fn an_empty_dataset_says_how_to_import_into_it() {
    let empty = r#"{"schema": "newsline/1", "title": "Mine", "sources": [], "actors": [], "events": [], "quotes": []}"#;
    let ds = newsline::data::load::parse(std::path::Path::new("mine.json"), empty, |_| {
        Err("no articles".into())
    })
    .unwrap();
    let app = App::new(ds, (90, 20));
    let s = screen(&app);
    assert!(
        s.contains("This dataset is empty. Press i to import"),
        "{s}"
    );
    assert!(!s.contains("Nothing matches the filters"), "{s}");
}
