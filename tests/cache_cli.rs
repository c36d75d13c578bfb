//! The cache folder from the command line: `newsline cache` lists the copies,
//! `--clear` removes them and says how much, and the folder stays under its
//! size cap by removing the copies used longest ago, never the one in use.
// A test that cannot unwrap has failed; that is the point of it.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::home::Home;
use std::path::{Path, PathBuf};

/// A home of its own, whose cache folder starts empty, where every dataset
/// gets a copy (`NEWSLINE_CACHE_MIN_BYTES=1`) and the folder may hold `cap`.
struct CacheHome {
    home: Home,
    cap: Option<u64>,
}

impl CacheHome {
    fn new() -> CacheHome {
        CacheHome {
            home: Home::new(),
            cap: None,
        }
    }

    fn run(&self, args: &[&str]) -> String {
        let mut cmd = self.home.newsline();
        cmd.env("NEWSLINE_CACHE_MIN_BYTES", "1")
            .env_remove("NEWSLINE_CACHE_MAX_BYTES");
        if let Some(cap) = self.cap {
            cmd.env("NEWSLINE_CACHE_MAX_BYTES", cap.to_string());
        }
        let out = cmd
            .args(args)
            .assert()
            .success()
            .get_output()
            .stdout
            .clone();
        String::from_utf8(out).unwrap()
    }

    fn folder(&self) -> PathBuf {
        self.home.cache()
    }

    /// The files in the cache folder, by name.
    fn files(&self) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(self.folder())
            .map(|d| {
                d.map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
                    .collect()
            })
            .unwrap_or_default();
        names.sort();
        names
    }

    /// A small generated dataset named `name`.json.
    fn dataset(&self, name: &str) -> String {
        let path = self.home.join(format!("{name}.json"));
        let path = path.to_str().unwrap().to_string();
        self.run(&[
            "generate", "--events", "20", "--quotes", "150", "--actors", "20", "--seed", "3", "-o",
            &path,
        ]);
        path
    }

    /// Opens the dataset at `path` for a command, which copies it.
    fn use_dataset(&self, path: &str) {
        self.run(&["--data", path, "events", "-n", "1"]);
    }

    /// The size of the copy of the dataset named `name`.
    fn copy_size(&self, name: &str) -> u64 {
        let file = self.copy_of(name).expect("a copy");
        std::fs::metadata(self.folder().join(file)).unwrap().len()
    }

    fn copy_of(&self, name: &str) -> Option<String> {
        self.files()
            .into_iter()
            .find(|f| f.starts_with(&format!("{name}-")) && f.ends_with(".bin"))
    }
}

/// As newsline prints sizes.
fn human_size(bytes: u64) -> String {
    match bytes {
        b if b >= 1 << 20 => format!("{:.1} MiB", b as f64 / (1u64 << 20) as f64),
        b if b >= 1 << 10 => format!("{:.1} KiB", b as f64 / 1024.0),
        b => format!("{b} B"),
    }
}

fn size_of(dir: &Path, names: &[String]) -> u64 {
    names
        .iter()
        .map(|n| std::fs::metadata(dir.join(n)).unwrap().len())
        .sum()
}

#[test]
fn cache_lists_the_copies_and_clear_removes_them_and_says_how_much() {
    let home = CacheHome::new();
    assert!(home.run(&["cache"]).contains("No cached copies."));
    let story = home.dataset("story");
    // A search keeps the index beside the copy: two files, one copy.
    home.run(&["--data", &story, "quotes", "--search", "europe", "-n", "1"]);
    let files = home.files();
    assert_eq!(files.len(), 2, "{files:?}");
    let total = size_of(&home.folder(), &files);
    // Not newsline's: never listed, never removed.
    std::fs::write(home.folder().join("notes.txt"), "mine").unwrap();

    let listed = home.run(&["cache"]);
    let copy = home.copy_of("story").unwrap();
    assert!(listed.contains(&copy), "{listed}");
    assert!(
        listed.contains(&format!("{} in 1 copy", human_size(total))),
        "{listed}"
    );
    assert!(!listed.contains("notes.txt"), "{listed}");

    let cleared = home.run(&["cache", "--clear"]);
    assert!(
        cleared.contains(&format!("removed {copy} ({})", human_size(total))),
        "{cleared}"
    );
    assert!(
        cleared.contains(&format!("Removed 1 copy, {} in all.", human_size(total))),
        "{cleared}"
    );
    assert_eq!(home.files(), ["notes.txt"]);
    assert!(home.run(&["cache"]).contains("No cached copies."));
    assert!(
        home.run(&["cache", "--clear"])
            .contains("No cached copies in")
    );
}

#[test]
fn the_copy_in_use_stays_even_over_the_cap() {
    let mut home = CacheHome::new();
    home.cap = Some(1);
    let a = home.dataset("a");
    let b = home.dataset("b");
    home.use_dataset(&a);
    assert!(home.copy_of("a").is_some(), "the copy just written went");
    home.use_dataset(&b);
    assert!(home.copy_of("b").is_some(), "the copy just written went");
    assert!(
        home.copy_of("a").is_none(),
        "the older copy stayed over the cap"
    );
}

#[test]
fn over_the_cap_the_copy_used_longest_ago_goes_first() {
    let mut home = CacheHome::new();
    let (a, b, c) = (home.dataset("a"), home.dataset("b"), home.dataset("c"));
    home.use_dataset(&a);
    home.use_dataset(&b);
    // Room for two copies and a half: the third one makes one go.
    let size = home.copy_size("a");
    home.cap = Some(size * 5 / 2);
    // `a` is read from its copy: used after `b` was made.
    home.use_dataset(&a);
    home.use_dataset(&c);
    assert!(home.copy_of("a").is_some(), "the copy used last went");
    assert!(
        home.copy_of("b").is_none(),
        "the copy used longest ago stayed"
    );
    assert!(home.copy_of("c").is_some(), "the new copy went");
    let files = home.files();
    assert!(size_of(&home.folder(), &files) <= size * 5 / 2);
}
