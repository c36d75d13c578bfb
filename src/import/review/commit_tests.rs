//! Committing a review into a dataset file: only what it keeps is written, a
//! dataset changed meanwhile is added to and not overwritten, and a refusal
//! leaves the file as it was.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use super::*;
use crate::data::load::load_path;
use crate::import::review::{Decision, Speaker, Target};
use crate::import::{Options, import};
use chrono::NaiveDate;
use std::path::PathBuf;
use std::time::Duration;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

struct Setup {
    _dir: tempfile::TempDir,
    ds: PathBuf,
    article: PathBuf,
    text: String,
    review: Review,
    since: Option<u64>,
}

fn article(name: &str) -> PathBuf {
    Path::new(ROOT).join("tests/fixtures/articles").join(name)
}

fn proposal(
    ds: &Path,
    article: &Path,
    published: (i32, u32, u32),
) -> (String, crate::import::Proposal) {
    let text = read_article(article).unwrap();
    let opts = Options {
        published: NaiveDate::from_ymd_opt(published.0, published.1, published.2).unwrap(),
        lang: None,
        outlet: None,
        title: None,
    };
    let p = import(&text, &opts, Some(&load_path(ds).unwrap()));
    (text, p)
}

/// The small dataset in a folder of its own, and a review of the floods
/// article started on it.
fn setup() -> Setup {
    let dir = tempfile::tempdir().unwrap();
    let ds = dir.path().join("story.json");
    std::fs::copy(Path::new(ROOT).join("tests/fixtures/valid/small.json"), &ds).unwrap();
    let article = article("en-floods.txt");
    let (text, p) = proposal(&ds, &article, (2024, 10, 11));
    Setup {
        since: fingerprint(&ds),
        _dir: dir,
        ds,
        article,
        text,
        review: Review::new(p),
    }
}

fn item(r: &Review, q: usize) -> usize {
    r.items
        .iter()
        .position(|i| i.target == Target::Quote(q))
        .unwrap()
}

fn run(s: &Setup) -> Result<Committed, String> {
    commit(
        &s.ds,
        LoadOptions::default(),
        s.since,
        &s.article,
        &s.text,
        &s.review,
    )
}

/// Accepts the first body quote, rejects the third, gives the fourth to Anna Weber.
fn decide(s: &mut Setup) {
    let r = &mut s.review;
    let (a, x, w) = (item(r, 1), item(r, 2), item(r, 3));
    r.decide(a, Decision::Accepted).unwrap();
    r.decide(x, Decision::Rejected).unwrap();
    let weber = Speaker::Existing {
        id: "anna-weber".into(),
        name: "Anna Weber".into(),
    };
    r.set_speaker(w, weber).unwrap();
}

#[test]
fn only_what_the_review_keeps_is_written() {
    let mut s = setup();
    decide(&mut s);
    let done = run(&s).unwrap();
    assert!(!done.changed_meanwhile);
    let ds = load_path(&s.ds).unwrap();
    let new: Vec<_> = ds
        .quotes
        .iter()
        .filter(|q| ds.sources[q.source.source].id == done.report.source)
        .collect();
    assert_eq!(new.len(), 2, "{new:?}");
    let speakers: Vec<&str> = new
        .iter()
        .map(|q| ds.actors[q.speaker].id.as_str())
        .collect();
    assert_eq!(speakers, ["janet-okafor", "anna-weber"]);
    // Each says it was reviewed, and how its speaker was settled.
    let notes: Vec<&str> = new.iter().map(|q| q.note.as_deref().unwrap()).collect();
    assert!(notes[0].contains("accepted by the reviewer"), "{notes:?}");
    assert_eq!(
        notes[1],
        "Imported and reviewed; speaker chosen by the reviewer."
    );
    let rejected = &s.review.proposal.quotes[2].text;
    assert!(ds.quotes.iter().all(|q| &q.text != rejected));
    // Peter Hale, Sunita Rao and the council were never accepted.
    assert!(ds.actors.iter().all(|a| a.name != "Sunita Rao"));
}

#[test]
fn a_dataset_changed_meanwhile_is_added_to_not_overwritten() {
    let mut s = setup();
    decide(&mut s);
    // Another import lands while the review is open.
    let other = article("fr-otan.txt");
    let (text, p) = proposal(&s.ds, &other, (2025, 6, 25));
    let lock = lock_dataset(&s.ds, || {}).unwrap();
    let theirs = merge_into(&s.ds, &lock, &other, &text, &p, LoadOptions::default()).unwrap();
    drop(lock);
    let done = run(&s).unwrap();
    assert!(done.changed_meanwhile);
    let ds = load_path(&s.ds).unwrap();
    for source in [&theirs.source, &done.report.source] {
        assert!(ds.sources.iter().any(|x| &x.id == source), "{source} lost");
    }
}

#[test]
fn an_actor_gone_meanwhile_stops_the_commit_and_nothing_is_written() {
    let mut s = setup();
    decide(&mut s);
    let json = std::fs::read_to_string(&s.ds).unwrap();
    std::fs::write(&s.ds, json.replace("anna-weber", "anna-w")).unwrap();
    let before = std::fs::read(&s.ds).unwrap();
    let why = run(&s).unwrap_err();
    assert!(why.contains("`anna-weber` is no longer in it"), "{why}");
    assert_eq!(std::fs::read(&s.ds).unwrap(), before);
}

#[test]
fn a_read_only_dataset_is_told_and_left_as_it_was() {
    use std::os::unix::fs::PermissionsExt;
    let mut s = setup();
    decide(&mut s);
    std::fs::set_permissions(&s.ds, std::fs::Permissions::from_mode(0o444)).unwrap();
    let before = std::fs::read(&s.ds).unwrap();
    let why = run(&s).unwrap_err();
    assert!(why.contains("read-only"), "{why}");
    assert_eq!(std::fs::read(&s.ds).unwrap(), before);
    // Nothing else was left in the folder either (no article copy).
    let files = std::fs::read_dir(s.ds.parent().unwrap()).unwrap().count();
    assert_eq!(files, 2, "the dataset and its lock file only");
}

#[test]
fn a_full_disk_is_said_in_words() {
    let m = write_failure(
        Path::new("d.json"),
        "No space left on device",
        ErrorKind::StorageFull,
    );
    assert_eq!(
        m,
        "cannot write d.json: the disk is full (No space left on device)"
    );
}

/// The dataset file as the explorer loads it, with its stamp only: what a
/// review begun later counts as the file's content.
fn loaded_long_ago(s: &Setup) -> LoadedFile {
    let loaded = LoadedFile::before_loading_with(&s.ds, Duration::ZERO);
    assert_eq!(loaded.hash, None, "nothing read before the first frame");
    loaded
}

#[test]
fn a_file_loaded_by_its_stamp_is_hashed_when_a_review_begins() {
    let s = setup();
    let loaded = loaded_long_ago(&s);
    assert_eq!(loaded.fingerprint(&s.ds), fingerprint(&s.ds));
    assert!(loaded.fingerprint(&s.ds).is_some());
}

#[test]
fn a_file_changed_after_loading_is_never_taken_for_the_one_loaded() {
    let s = setup();
    let loaded = loaded_long_ago(&s);
    // Rewritten in place, and replaced whole, as editors and newsline do.
    let json = std::fs::read_to_string(&s.ds).unwrap();
    std::fs::write(&s.ds, json.replace("anna-weber", "anna-w")).unwrap();
    assert_eq!(loaded.fingerprint(&s.ds), None);
    let loaded = loaded_long_ago(&s);
    let other = s.ds.with_extension("new");
    std::fs::write(&other, json.replace("anna-weber", "anna-x")).unwrap();
    std::fs::rename(&other, &s.ds).unwrap();
    assert_eq!(loaded.fingerprint(&s.ds), None);
    // And an unknown content counts as a change at commit.
    let mut s = s;
    decide(&mut s);
    s.since = loaded.fingerprint(&s.ds);
    std::fs::write(&s.ds, &json).unwrap();
    assert!(run(&s).unwrap().changed_meanwhile);
}

#[test]
fn a_file_changed_just_before_loading_is_hashed_then() {
    let s = setup();
    // Just copied: a same-length rewrite within the file system's clock tick
    // would keep its stamp, so its bytes are read at once.
    let loaded = LoadedFile::before_loading(&s.ds);
    assert_eq!(loaded.hash, fingerprint(&s.ds));
    let json = std::fs::read_to_string(&s.ds).unwrap();
    std::fs::write(&s.ds, json.replace("anna-weber", "anna-webez")).unwrap();
    assert_ne!(loaded.fingerprint(&s.ds), fingerprint(&s.ds));
}
