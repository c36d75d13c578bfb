//! State that several runs share: two explorers (or two stores at once)
//! bookmarking different items keep both, and two imports into one dataset
//! at once both land.
#![cfg(unix)]
// A test that cannot unwrap has failed; that is the point of it.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::home::Home;
use common::pty::Session;
use newsline::store::state::{Bookmark, DatasetState, Store};
use std::path::Path;
use std::sync::{Arc, Barrier};

#[test]
fn two_stores_saving_at_once_keep_every_bookmark() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("state.json");
    let start = Arc::new(Barrier::new(2));
    let runs: Vec<_> = ["a", "b"]
        .into_iter()
        .map(|who| {
            let (path, start) = (path.clone(), Arc::clone(&start));
            std::thread::spawn(move || {
                let (mut store, _) = Store::open(Some(path), "story");
                start.wait();
                let mut state = DatasetState::default();
                for i in 0..25 {
                    state.bookmarks.push(Bookmark::Quote(format!("{who}{i}")));
                    store.save(state.clone()).unwrap();
                }
            })
        })
        .collect();
    for run in runs {
        run.join().unwrap();
    }
    let (store, notices) = Store::open(Some(path), "story");
    assert!(notices.is_empty(), "{notices:?}");
    let mut kept: Vec<Bookmark> = store.get().bookmarks;
    kept.sort();
    let mut all: Vec<Bookmark> = ["a", "b"]
        .iter()
        .flat_map(|who| (0..25).map(move |i| Bookmark::Quote(format!("{who}{i}"))))
        .collect();
    all.sort();
    assert_eq!(kept, all);
}

/// An explorer on the built-in story in `home`.
fn explorer(home: &Home) -> Session {
    let s = Session::start_in(home, &[], &[]);
    s.wait_for("Defence ministers");
    s
}

#[test]
fn two_explorers_bookmarking_different_items_keep_both() {
    let home = Home::new();
    let mut first = explorer(&home);
    let mut second = explorer(&home);
    first.send("jb");
    first.wait_for("bookmarked");
    second.send("jjb");
    second.wait_for("bookmarked");
    // The first quits first; the second, which read the state file before
    // the first wrote it, last.
    first.send("q");
    assert_eq!(first.wait_exit(), 0);
    second.send("q");
    assert_eq!(second.wait_exit(), 0);
    let state = home.state_file();
    let state: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(state).unwrap()).unwrap();
    let marks = state["datasets"]["built-in"]["bookmarks"]
        .as_array()
        .unwrap();
    assert_eq!(marks.len(), 2, "{state}");
    // And a third sees both.
    let mut third = explorer(&home);
    third.send("B");
    third.wait_for("Bookmarks · 2");
    third.send("q");
    assert_eq!(third.wait_exit(), 0);
}

#[test]
fn two_imports_into_one_dataset_at_once_both_land() {
    // Two articles that take the importer the same time (one is the other
    // with a line more), into a dataset large enough that reading and
    // writing it takes a while: their writes fall together.
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(root.join("tests/fixtures/articles/fr-otan.txt")).unwrap();
    for round in 0..4 {
        let home = Home::new();
        let ds = home.join("story.json");
        let newsline = || {
            let mut cmd = home.command();
            cmd.current_dir(home.path());
            cmd
        };
        let made = newsline()
            .args(["new", ds.to_str().unwrap(), "--from-builtin"])
            .output()
            .unwrap();
        assert!(made.status.success());
        let articles = [
            ("a.txt", text.clone()),
            ("b.txt", format!("{text}\nFin.\n")),
        ];
        let imports: Vec<_> = articles
            .iter()
            .map(|(name, text)| {
                std::fs::write(home.join(name), text).unwrap();
                newsline()
                    .args(["import", name, "--published", "2025-01-02", "--into"])
                    .arg(&ds)
                    .stdout(std::process::Stdio::piped())
                    .stderr(std::process::Stdio::piped())
                    .spawn()
                    .unwrap()
            })
            .collect();
        for import in imports {
            let out = import.wait_with_output().unwrap();
            assert!(
                out.status.success(),
                "round {round}: {}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
        // The two of the built-in story and the two imported.
        let file: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&ds).unwrap()).unwrap();
        assert_eq!(
            file["sources"].as_array().unwrap().len(),
            4,
            "round {round}"
        );
        let checked = newsline().arg("check").arg(&ds).output().unwrap();
        assert!(
            checked.status.success(),
            "round {round}: {}",
            String::from_utf8_lossy(&checked.stderr)
        );
    }
}
