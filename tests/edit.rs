//! Corrections from the explorer's state, as the event loop drives it: each is
//! written to the dataset file and shown at once, undone by `u`, refused
//! clearly (built-in dataset, read-only file) with nothing lost; changes made
//! on disk by others are reloaded, a broken file keeps the last good data;
//! and a kill at any moment of a commit leaves a dataset `newsline check`
//! accepts.
// A test that cannot unwrap has failed; that is the point of it.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use newsline::app::{Action, App, Effect, Item, rows::Row};
use newsline::data::load::{LoadOptions, load_path};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

const ARTICLE: &str = "Anna said: Hold on. Ben said: Never. Anna said: Again.";

const STORY: &str = r#"{
  "schema": "newsline/1",
  "title": "Story",
  "sources": [
    {
      "id": "art",
      "title": "An article",
      "outlet": "Outlet",
      "language": "en",
      "published": "2025-03-04",
      "file": "art.txt"
    }
  ],
  "actors": [
    {
      "id": "anna",
      "name": "Anna Weber",
      "kind": "person"
    },
    {
      "id": "ben",
      "name": "Ben Stone",
      "kind": "person"
    }
  ],
  "events": [
    {
      "id": "speech",
      "date": "2025-03-03",
      "title": "Speech",
      "summary": "",
      "actors": [
        "anna"
      ]
    }
  ],
  "quotes": [
    {
      "id": "q1",
      "text": "Hold on.",
      "speaker": "anna",
      "date": "2025-03-03",
      "event": "speech",
      "source": {
        "source": "art",
        "span": [
          11,
          19
        ]
      }
    },
    {
      "id": "q2",
      "text": "Never.",
      "speaker": "ben",
      "date": "2025-03-03",
      "event": "speech",
      "source": {
        "source": "art",
        "span": [
          30,
          36
        ]
      }
    }
  ]
}
"#;

/// The story and its article in a folder of their own.
fn story(dir: &Path) -> PathBuf {
    std::fs::write(dir.join("art.txt"), ARTICLE).unwrap();
    let path = dir.join("story.json");
    std::fs::write(&path, STORY).unwrap();
    path
}

fn explorer(path: &Path) -> App {
    let ds = load_path(path).unwrap();
    App::new(ds, (100, 30)).with_file(path.to_path_buf(), LoadOptions::default())
}

/// What the event loop does after an update: the effect performed (a
/// correction handed to the worker), its end told.
fn perform(app: &mut App) {
    if let Some(Effect::Edit(request)) = app.effect().cloned() {
        let sent = app.edits().files.as_ref().unwrap().send(request.clone());
        app.update(Action::EffectDone(if sent {
            Ok(())
        } else {
            Err(std::io::ErrorKind::Other)
        }));
    }
}

/// Polls as the event loop does until the worker answers, or fails.
fn answer(app: &mut App) -> String {
    let start = Instant::now();
    while !app.files_have_news() {
        assert!(start.elapsed() < Duration::from_secs(20), "no answer");
        std::thread::sleep(Duration::from_millis(5));
    }
    app.update(Action::Poll);
    app.message().map(str::to_string).unwrap_or_default()
}

fn press(app: &mut App, actions: impl IntoIterator<Item = Action>) {
    for a in actions {
        app.update(a);
        perform(app);
    }
}

fn type_text(app: &mut App, text: &str) {
    press(app, [Action::ClearInput, Action::Paste(text.into())]);
}

fn quote(app: &App, id: &str) -> usize {
    app.ds().quotes.iter().position(|q| q.id == id).unwrap()
}

/// Moves the timeline's selection to `row` as a person would, key by key:
/// the selection is the app's own.
fn select(app: &mut App, row: Row) {
    let row = app.rows().iter().position(|r| *r == row).unwrap();
    press(app, [Action::Top]);
    for _ in 0..app.rows().len() {
        if app.list().selected == row {
            break;
        }
        press(app, [Action::Down]);
    }
    assert_eq!(app.list().selected, row);
}

/// Opens the quote `id` from the timeline.
fn open_quote(app: &mut App, id: &str) {
    let q = quote(app, id);
    select(app, Row::Quote(q));
    press(app, [Action::Confirm]);
    assert_eq!(app.detail().unwrap().item, Item::Quote(q));
}

fn speaker(app: &App, id: &str) -> String {
    let q = &app.ds().quotes[quote(app, id)];
    app.ds().actors[q.speaker].id.clone()
}

#[test]
fn a_new_speaker_is_written_shown_at_once_and_undone_by_u() {
    let dir = tempfile::tempdir().unwrap();
    let path = story(dir.path());
    let mut app = explorer(&path);
    open_quote(&mut app, "q2");
    press(&mut app, [Action::EditSpeaker]);
    type_text(&mut app, "anna");
    press(&mut app, [Action::Confirm]);
    let said = answer(&mut app);
    assert_eq!(
        said,
        "speaker of the quote: Ben Stone → Anna Weber · u undoes"
    );
    assert_eq!(speaker(&app, "q2"), "anna");
    // Still on the same quote, in its detail view.
    assert_eq!(app.detail().unwrap().item, Item::Quote(quote(&app, "q2")));
    let text = std::fs::read_to_string(&path).unwrap();
    assert_eq!(text.matches("\"edited\": \"").count(), 1);
    assert!(load_path(&path).is_ok());

    press(&mut app, [Action::Undo]);
    assert!(answer(&mut app).starts_with("undone: speaker of the quote"));
    assert_eq!(speaker(&app, "q2"), "ben");
    assert_eq!(std::fs::read_to_string(&path).unwrap(), STORY);
    press(&mut app, [Action::Undo]);
    assert_eq!(app.message(), Some("nothing to undo in this session"));
}

#[test]
fn a_date_keeps_its_precision_and_a_bad_one_is_told_in_the_prompt() {
    let dir = tempfile::tempdir().unwrap();
    let path = story(dir.path());
    let mut app = explorer(&path);
    open_quote(&mut app, "q1");
    press(&mut app, [Action::EditDate]);
    type_text(&mut app, "someday");
    press(&mut app, [Action::Confirm]);
    assert!(
        app.edits()
            .error
            .as_deref()
            .unwrap()
            .contains("is not a date")
    );
    type_text(&mut app, "août 2025");
    press(&mut app, [Action::Confirm]);
    assert_eq!(
        answer(&mut app),
        "date of the quote: 3 Mar 2025 → Aug 2025 · u undoes"
    );
    assert!(
        std::fs::read_to_string(&path)
            .unwrap()
            .contains(r#""date": "2025-08","#)
    );
}

#[test]
fn a_deleted_quote_leaves_no_bookmark_or_view_behind_and_comes_back_with_u() {
    let dir = tempfile::tempdir().unwrap();
    let path = story(dir.path());
    let mut app = explorer(&path);
    open_quote(&mut app, "q1");
    press(&mut app, [Action::ToggleBookmark, Action::DeleteItem]);
    press(&mut app, [Action::Confirm]);
    assert!(answer(&mut app).starts_with("deleted the quote « Hold on. »"));
    assert!(app.ds().quotes.iter().all(|q| q.id != "q1"));
    assert!(app.bookmarks().is_empty(), "a bookmark on a deleted quote");
    assert!(
        app.detail().is_none(),
        "the deleted quote's view stays open"
    );
    // The timeline's selection stays where the quote was: on the next one.
    assert_eq!(app.selected_row(), Some(Row::Quote(quote(&app, "q2"))));
    assert!(app.remembered().bookmarks.is_empty());
    press(&mut app, [Action::Undo]);
    answer(&mut app);
    assert_eq!(std::fs::read_to_string(&path).unwrap(), STORY);
}

#[test]
fn an_event_s_title_and_actors_and_a_quote_s_event_are_corrected() {
    let dir = tempfile::tempdir().unwrap();
    let path = story(dir.path());
    let mut app = explorer(&path);
    select(&mut app, Row::Event(0));
    press(&mut app, [Action::Confirm, Action::EditSpeaker]);
    assert_eq!(
        app.message(),
        Some("an event has no speaker; w changes its actors")
    );
    press(&mut app, [Action::EditTitle]);
    type_text(&mut app, "Speech in Berlin");
    press(&mut app, [Action::Confirm]);
    assert_eq!(answer(&mut app), "title: Speech in Berlin · u undoes");
    // Ben ticked beside Anna.
    press(&mut app, [Action::EditActors]);
    type_text(&mut app, "ben");
    press(&mut app, [Action::ToggleActor, Action::Confirm]);
    assert_eq!(
        answer(&mut app),
        "actors of the event: Anna Weber, Ben Stone · u undoes"
    );
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(
        text.contains("\"actors\": [\n        \"anna\",\n        \"ben\"\n      ],"),
        "{text}"
    );
    // Both undone, last first: the file as it was.
    press(&mut app, [Action::Undo]);
    answer(&mut app);
    press(&mut app, [Action::Undo]);
    answer(&mut app);
    assert_eq!(std::fs::read_to_string(&path).unwrap(), STORY);
    // A quote moved to the only event it is already in: nothing to write.
    press(&mut app, [Action::Back]);
    open_quote(&mut app, "q1");
    press(&mut app, [Action::EditEvent, Action::Confirm]);
    assert!(app.effect().is_none());
    assert_eq!(app.detail().unwrap().item, Item::Quote(quote(&app, "q1")));
}

#[test]
fn the_built_in_dataset_says_how_to_get_a_copy_to_correct() {
    let mut app = App::new(newsline::data::load_builtin().unwrap(), (100, 30));
    press(&mut app, [Action::Down, Action::Confirm, Action::EditDate]);
    assert!(app.effect().is_none());
    let said = app.message().unwrap().to_string();
    assert!(
        said.contains("newsline new mystory --from-builtin"),
        "{said}"
    );
}

#[test]
fn a_read_only_dataset_is_told_and_the_app_keeps_its_state() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let path = story(dir.path());
    let mut app = explorer(&path);
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o444)).unwrap();
    open_quote(&mut app, "q2");
    press(&mut app, [Action::EditSpeaker]);
    type_text(&mut app, "anna");
    press(&mut app, [Action::Confirm]);
    let said = answer(&mut app);
    assert!(said.starts_with("not saved: cannot write"), "{said}");
    assert!(said.contains("read-only"), "{said}");
    assert_eq!(speaker(&app, "q2"), "ben");
    assert!(app.edits().undo.is_empty());
    assert_eq!(std::fs::read_to_string(&path).unwrap(), STORY);
}

/// Waits for the worker's next answer, and says whether one came in `wait`.
fn answer_within(app: &mut App, wait: Duration) -> Option<String> {
    let start = Instant::now();
    while start.elapsed() < wait {
        if app.files_have_news() {
            app.update(Action::Poll);
            return app.message().map(str::to_string);
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    None
}

#[test]
fn a_change_on_disk_is_reloaded_keeping_the_selection_and_an_own_write_is_not() {
    let dir = tempfile::tempdir().unwrap();
    let path = story(dir.path());
    let mut app = explorer(&path);
    open_quote(&mut app, "q2");
    // The explorer's own write: answered once, never reloaded after.
    press(&mut app, [Action::EditSpeaker]);
    type_text(&mut app, "anna");
    press(&mut app, [Action::Confirm]);
    answer(&mut app);
    // The worker looks every 500 ms: three looks see nothing new.
    assert_eq!(answer_within(&mut app, Duration::from_millis(1600)), None);

    // Another program adds a quote; the one shown stays shown.
    let other = std::fs::read_to_string(&path)
        .unwrap()
        .replace(r#""title": "Speech""#, r#""title": "Speech in Berlin""#);
    newsline::store::atomic::write(&path, other.as_bytes()).unwrap();
    let said = answer(&mut app);
    assert_eq!(
        said,
        "story.json changed on disk: reloaded (1 events, 2 quotes)"
    );
    assert_eq!(app.ds().events[0].title, "Speech in Berlin");
    assert_eq!(app.detail().unwrap().item, Item::Quote(quote(&app, "q2")));

    // A file broken on disk: the last good data stays, the problem is told.
    std::fs::write(&path, &other[..other.len() / 2]).unwrap();
    let said = answer(&mut app);
    assert!(
        said.contains("cannot be read; still showing the last good data"),
        "{said}"
    );
    assert!(said.contains("truncated"), "{said}");
    assert_eq!(app.ds().events[0].title, "Speech in Berlin");

    // An article changed: the dataset is read again, and its spans checked.
    std::fs::write(&path, &other).unwrap();
    answer(&mut app);
    std::fs::write(dir.path().join("art.txt"), "Too short.").unwrap();
    let said = answer(&mut app);
    assert!(said.contains("cannot be read"), "{said}");
}

/// The child of the crash test: commits corrections to the dataset named by
/// `NEWSLINE_EDIT_CRASH_DATASET` until it is killed. Does nothing otherwise.
#[test]
fn crash_child_commits_until_killed() {
    let Some(path) = std::env::var_os("NEWSLINE_EDIT_CRASH_DATASET") else {
        return;
    };
    let path = PathBuf::from(path);
    use newsline::edit::{Change, List};
    // The speaker goes back and forth. A child killed before it starts where
    // the last one left off (after an odd number of commits, or during one),
    // so each pass tries both ways: the one whose `from` the file holds
    // applies, the other is refused as a change made meanwhile.
    loop {
        let mut applied = false;
        for (from, to) in [("ben", "anna"), ("anna", "ben")] {
            let change = Change::set(List::Quotes, "q2", "speaker", from.into(), to.into());
            let now = newsline::edit::commit::now();
            applied |= newsline::edit::commit(&path, &change, &now, LoadOptions::default()).is_ok();
        }
        assert!(applied, "neither way applied to {}", path.display());
    }
}

#[test]
fn a_kill_at_any_moment_of_a_commit_leaves_a_dataset_that_checks() {
    let dir = tempfile::tempdir().unwrap();
    let path = story(dir.path());
    const RUNS: usize = 25;
    for run in 0..RUNS {
        let mut child = std::process::Command::new(std::env::current_exe().unwrap())
            .args(["--exact", "crash_child_commits_until_killed", "--nocapture"])
            .env("NEWSLINE_EDIT_CRASH_DATASET", &path)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        // Killed somewhere in its stream of commits: each takes a few ms.
        std::thread::sleep(Duration::from_millis(fastrand::u64(20..100)));
        assert!(
            child.try_wait().unwrap().is_none(),
            "run {run}: the child ended"
        );
        // SIGKILL, as kill -9.
        child.kill().unwrap();
        child.wait().unwrap();
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_newsline"))
            .arg("check")
            .arg(&path)
            .env("HOME", dir.path())
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "run {run}: {}",
            String::from_utf8_lossy(&out.stdout) + String::from_utf8_lossy(&out.stderr)
        );
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.contains(r#""speaker": "anna""#));
    }
}
