//! Starting a dataset of your own: `newsline new` (empty, or a copy of the
//! built-in story), `import --into` a name or a dataset not there yet, and
//! `export --format json`, which writes a dataset that `--data` opens.
// A test that cannot unwrap has failed; that is the point of it.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use assert_cmd::Command;
use serde_json::Value;
use std::path::{Path, PathBuf};

/// A home of its own, with an empty datasets folder.
struct Home {
    dir: tempfile::TempDir,
}

struct Ran {
    code: Option<i32>,
    stdout: String,
    stderr: String,
}

impl Home {
    fn new() -> Home {
        Home {
            dir: tempfile::tempdir().unwrap(),
        }
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    fn datasets(&self) -> PathBuf {
        self.path("data/newsline/datasets")
    }

    fn run(&self, args: &[&str]) -> Ran {
        let home = self.dir.path();
        let out = Command::cargo_bin("newsline")
            .unwrap()
            .current_dir(home)
            .env("HOME", home)
            .env("XDG_DATA_HOME", home.join("data"))
            .env("XDG_STATE_HOME", home.join("state"))
            .env("XDG_CONFIG_HOME", home.join("config"))
            .env("XDG_CACHE_HOME", home.join("cache"))
            .args(args)
            .output()
            .unwrap();
        Ran {
            code: out.status.code(),
            stdout: String::from_utf8(out.stdout).unwrap(),
            stderr: String::from_utf8(out.stderr).unwrap(),
        }
    }

    /// Runs `args` and insists it succeeds.
    fn ok(&self, args: &[&str]) -> Ran {
        let ran = self.run(args);
        assert_eq!(ran.code, Some(0), "{args:?}: {}", ran.stderr);
        ran
    }
}

fn article(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/articles")
        .join(name)
        .display()
        .to_string()
}

fn json(text: &str) -> Value {
    serde_json::from_str(text).unwrap()
}

#[test]
fn new_writes_an_empty_valid_dataset_that_opens_by_its_name() {
    let home = Home::new();
    let ran = home.ok(&["new", "mystory", "--title", "My story"]);
    let file = home.datasets().join("mystory.json");
    assert!(
        ran.stdout.contains(&format!("at {}", file.display())),
        "{}",
        ran.stdout
    );
    let written = json(&std::fs::read_to_string(&file).unwrap());
    assert_eq!(written["schema"], "newsline/1");
    assert_eq!(written["title"], "My story");
    let checked = home.ok(&["--data", "mystory", "check"]);
    assert!(
        checked.stdout.contains("valid — 0 sources"),
        "{}",
        checked.stdout
    );
    assert_eq!(
        json(&home.ok(&["--data", "mystory", "quotes", "--json"]).stdout),
        json("[]")
    );
    home.ok(&["--data", "mystory", "events"]);
    home.ok(&["--data", "mystory", "export", "--format", "markdown"]);
    // A path is a path, and its title is its name.
    home.ok(&["new", "notes/story.json"]);
    let written = json(&std::fs::read_to_string(home.path("notes/story.json")).unwrap());
    assert_eq!(written["title"], "story");
    home.ok(&["--data", "notes/story.json", "check"]);
}

#[test]
fn new_never_replaces_a_file() {
    let home = Home::new();
    home.ok(&["new", "mystory"]);
    let file = home.datasets().join("mystory.json");
    std::fs::write(&file, "what the user had").unwrap();
    let again = home.run(&["new", "mystory", "--from-builtin"]);
    assert_eq!(again.code, Some(1), "{}", again.stderr);
    assert!(again.stderr.contains("already exists"), "{}", again.stderr);
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "what the user had");
    // Nothing was written beside it either.
    assert!(!home.datasets().join("mystory-articles").exists());
    std::fs::write(home.path("mine.json"), "mine").unwrap();
    let path = home.run(&["new", "mine.json"]);
    assert_eq!(path.code, Some(1), "{}", path.stderr);
    assert_eq!(
        std::fs::read_to_string(home.path("mine.json")).unwrap(),
        "mine"
    );
    let empty = home.run(&["new", ""]);
    assert_eq!(empty.code, Some(2), "{}", empty.stderr);
}

#[test]
fn new_from_builtin_copies_the_story_with_its_articles_inside_its_folder() {
    let home = Home::new();
    home.ok(&["new", "copy", "--from-builtin"]);
    let file = home.datasets().join("copy.json");
    let written = json(&std::fs::read_to_string(&file).unwrap());
    for source in written["sources"].as_array().unwrap() {
        let name = source["file"].as_str().unwrap();
        assert!(name.starts_with("copy-articles/"), "{name}");
        assert!(home.datasets().join(name).is_file(), "{name}");
    }
    // It opens by name, with no leave to read files outside its folder, and
    // says what the built-in story says.
    home.ok(&["--data", "copy", "check"]);
    let copied = home.ok(&["--data", "copy", "quotes", "--json"]).stdout;
    let builtin = home.ok(&["quotes", "--json"]).stdout;
    assert_eq!(json(&copied), json(&builtin));
    assert_eq!(json(&copied).as_array().unwrap().len(), 15);
    // The copy is the user's to change: it is not the built-in one.
    home.ok(&["new", "other", "--from-builtin", "--title", "Mine"]);
    let other = json(&std::fs::read_to_string(home.datasets().join("other.json")).unwrap());
    assert_eq!(other["title"], "Mine");
}

#[test]
fn import_into_a_name_finds_it_as_data_does_and_starts_a_missing_one() {
    let home = Home::new();
    let first = home.ok(&[
        "import",
        &article("fr-otan.txt"),
        "--published",
        "2025-01-02",
        "--into",
        "fresh",
    ]);
    let file = home.datasets().join("fresh.json");
    assert!(
        first
            .stderr
            .contains(&format!("created dataset fresh at {}", file.display())),
        "{}",
        first.stderr
    );
    assert!(file.is_file());
    // The second import finds it by its name, and says nothing of creating.
    let second = home.ok(&[
        "import",
        &article("en-floods.txt"),
        "--published",
        "2025-01-02",
        "--into",
        "fresh",
    ]);
    assert!(!second.stderr.contains("created"), "{}", second.stderr);
    let written = json(&std::fs::read_to_string(&file).unwrap());
    assert_eq!(written["sources"].as_array().unwrap().len(), 2);
    home.ok(&["--data", "fresh", "check"]);
    // A dataset made by `new` is found by its name too.
    home.ok(&["new", "made"]);
    let into = home.ok(&[
        "import",
        &article("fr-otan.txt"),
        "--published",
        "2025-01-02",
        "--into",
        "made",
    ]);
    assert!(!into.stderr.contains("created"), "{}", into.stderr);
    assert!(!home.path("made").exists() && !home.path("made.json").exists());
    home.ok(&["--data", "made", "check"]);
}

#[test]
fn export_json_writes_a_dataset_that_data_opens() {
    let home = Home::new();
    for filter in [&[][..], &["--country", "GB"][..]] {
        let mut args = vec!["export", "--format", "json"];
        args.extend_from_slice(filter);
        let exported = home.ok(&args).stdout;
        std::fs::write(home.path("x.json"), &exported).unwrap();
        home.ok(&["check", "x.json"]);
        // The quotes it opens with are the quotes the view showed.
        let mut shown = vec!["quotes", "--json"];
        shown.extend_from_slice(filter);
        let back = home.ok(&["--data", "x.json", "quotes", "--json"]).stdout;
        assert_eq!(json(&back), json(&home.ok(&shown).stdout), "{filter:?}");
        assert!(!json(&back).as_array().unwrap().is_empty());
        // And its articles came along: the context is there.
        let text = json(&exported)["sources"][0]["text"].clone();
        assert!(text.as_str().is_some_and(|t| t.len() > 1000), "{filter:?}");
    }
}
