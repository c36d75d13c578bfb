//! The date range set in the explorer is kept like the other filters: saved
//! in the state file, brought back and announced at the next start, and the
//! state files of earlier versions (without it) still read.
// A test that cannot unwrap has failed; that is the point of it.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use newsline::app::{Action, App};
use newsline::data::load_builtin;
use newsline::store::state::{DatasetState, Store};

fn with_range(range: &str) -> App {
    let mut a = App::new(load_builtin().unwrap(), (100, 30));
    a.update(Action::OpenDateRange);
    for c in range.chars() {
        a.update(Action::Input(c));
    }
    a.update(Action::Confirm);
    a
}

#[test]
fn a_range_is_saved_restored_and_announced() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("state.json");
    let a = with_range("2025-03..2025-08-09");
    let counts = a.counts();
    let (mut store, _) = Store::open(Some(path.clone()), "builtin");
    store.save(a.remembered()).unwrap();
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains("\"from\": \"2025-03-01\""), "{text}");
    assert!(text.contains("\"to\": \"2025-08-09\""), "{text}");

    let (store, notices) = Store::open(Some(path), "builtin");
    assert!(notices.is_empty(), "{notices:?}");
    let b = App::resume(load_builtin().unwrap(), (100, 30), &store.get(), vec![]);
    assert_eq!(b.counts(), counts);
    assert_eq!(
        b.message(),
        Some("filter kept from last time: 2025-03-01 to 2025-08-09 · c clears")
    );
}

#[test]
fn a_state_file_of_an_earlier_version_still_reads_and_no_range_writes_no_field() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("state.json");
    // As an earlier version wrote it: no date range fields.
    let old = r#"{"version": 1, "datasets": {"builtin": {"actors": ["france"], "search": "", "bookmarks": []}}}"#;
    std::fs::write(&path, old).unwrap();
    let (mut store, notices) = Store::open(Some(path.clone()), "builtin");
    assert!(notices.is_empty(), "{notices:?}");
    let kept = store.get();
    assert_eq!((kept.from.as_deref(), kept.to.as_deref()), (None, None));
    assert_eq!(kept.actors, ["france"]);
    // Saved again without a range: the file has no such field, so an
    // earlier version (which refuses unknown fields) reads it too.
    let changed = DatasetState {
        search: "europe".into(),
        ..kept
    };
    store.save(changed).unwrap();
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(
        !text.contains("\"from\"") && !text.contains("\"to\""),
        "{text}"
    );
}

#[test]
fn a_day_that_does_not_read_is_no_end_of_the_range() {
    let kept = DatasetState {
        from: Some("2025-02-30".into()),
        to: Some("2025-08-09".into()),
        ..Default::default()
    };
    let a = App::resume(load_builtin().unwrap(), (100, 30), &kept, vec![]);
    assert_eq!(a.filter().from, None);
    assert_eq!(
        a.filter().to.map(|d| d.to_string()).as_deref(),
        Some("2025-08-09")
    );
}
