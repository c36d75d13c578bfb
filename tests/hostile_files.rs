//! Datasets whose source files point where they should not: outside the
//! dataset's folder, at devices, pipes and /proc, at one article many times,
//! or holding more text than any article. Each is refused quickly with a
//! message that says why, and no byte of what was pointed at is shown.
// A test that cannot unwrap has failed; that is the point of it.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use assert_cmd::Command;
use common::home::Home;
use predicates::prelude::*;
use serde_json::{Value, json};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// The article every dataset here quotes from.
const ARTICLE: &str = "Le 3 mars, la ministre Anna Weber a déclaré : « Nous tiendrons bon. »";
/// What a file the dataset must not read holds; it must never be printed.
const SECRET: &str = "s3cr3t-canary-7f1e";
/// How long a command here may take before it counts as hung: far more than
/// any honest command needs, even on a busy machine. A wait that never ends
/// (a pipe no one writes, a device that never runs dry) reaches it.
const PATIENCE: Duration = Duration::from_secs(60);
/// For a 16 MB dataset in a debug build on a busy machine.
const SLOW: Duration = Duration::from_secs(180);

/// newsline in a home of its own, with a secret in its environment that no
/// output may show, and a deadline that turns a hang into a failure.
fn newsline(home: &Home) -> Command {
    let mut cmd = home.newsline();
    cmd.env("NEWSLINE_SECRET", SECRET).timeout(PATIENCE);
    cmd
}

/// A source record named `id` whose article is the file `file`.
fn source(id: &str, file: &str) -> Value {
    json!({
        "id": id, "title": "Un article", "outlet": "Test", "language": "fr",
        "published": "2025-03-04", "file": file
    })
}

/// A dataset with `sources`, and one event per source quoting `excerpt` at
/// `span` of it.
fn dataset(sources: Vec<Value>, span: [usize; 2], excerpt: &str) -> Value {
    let events: Vec<Value> = sources
        .iter()
        .enumerate()
        .map(|(i, s)| {
            json!({
                "id": format!("e{i}"), "date": "2025-03-03", "title": "Weber speaks",
                "actors": ["weber"],
                "sources": [{"source": s["id"], "span": span, "excerpt": excerpt}]
            })
        })
        .collect();
    json!({
        "schema": "newsline/1",
        "title": "Story",
        "sources": sources,
        "actors": [{"id": "weber", "name": "Anna Weber", "kind": "person"}],
        "events": events
    })
}

/// Writes `ds` as `dir/story.json`.
fn write(dir: &Path, ds: &Value) -> PathBuf {
    let path = dir.join("story.json");
    std::fs::write(&path, serde_json::to_string_pretty(ds).unwrap()).unwrap();
    path
}

/// A dataset in `dir` naming `file` for its one source, quoting the article's
/// first words: valid when `file` holds [`ARTICLE`].
fn story_naming(dir: &Path, file: &str) -> PathBuf {
    write(
        dir,
        &dataset(vec![source("art", file)], [0, 9], "Le 3 mars"),
    )
}

/// A file outside any dataset's folder, holding the article and a secret.
fn outside_file(home: &Home) -> PathBuf {
    let path = home.folder("private").join("key.txt");
    std::fs::write(&path, format!("{ARTICLE}\n{SECRET}\n")).unwrap();
    path
}

/// Runs `cmd` and gives its exit code and all it printed.
fn run(cmd: &mut Command) -> (Option<i32>, String) {
    let out = cmd.output().unwrap();
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    (out.status.code(), text)
}

/// `check` on `path` is refused as outside the folder, naming the source and
/// the way to allow it, and shows nothing of the file.
fn refused_as_outside(home: &Home, path: &Path) {
    let (code, out) = run(newsline(home).arg("check").arg(path));
    assert_eq!(code, Some(1), "{out}");
    assert!(out.contains("source `art`"), "{out}");
    assert!(out.contains("outside the dataset's folder"), "{out}");
    assert!(out.contains("--allow-outside-files"), "{out}");
    assert!(out.contains("allow_outside_files = true"), "{out}");
    assert!(!out.contains(SECRET), "{out}");
    // Nor does any command that loads it, nor the explorer's own loading.
    let (code, out) = run(newsline(home).arg("--data").arg(path).arg("events"));
    assert_eq!(code, Some(1), "{out}");
    assert!(out.contains("outside the dataset's folder"), "{out}");
}

/// The three ways out of the folder: an absolute path, `../`, a link.
fn the_ways_out(home: &Home) -> Vec<PathBuf> {
    let secret = outside_file(home);
    let absolute = story_naming(&home.folder("absolute"), secret.to_str().unwrap());
    let climbing = story_naming(&home.folder("climbing"), "../private/key.txt");
    let linked = home.folder("linked");
    std::os::unix::fs::symlink(&secret, linked.join("article.txt")).unwrap();
    let linked = story_naming(&linked, "article.txt");
    vec![absolute, climbing, linked]
}

#[test]
fn an_absolute_source_path_is_refused() {
    let home = Home::new();
    refused_as_outside(&home, &the_ways_out(&home)[0]);
}

#[test]
fn a_source_path_climbing_out_with_dot_dot_is_refused() {
    let home = Home::new();
    refused_as_outside(&home, &the_ways_out(&home)[1]);
}

#[test]
fn a_link_out_of_the_dataset_s_folder_is_refused() {
    let home = Home::new();
    refused_as_outside(&home, &the_ways_out(&home)[2]);
}

#[test]
fn a_link_inside_the_dataset_s_folder_is_followed() {
    let home = Home::new();
    let dir = home.folder("story");
    std::fs::create_dir_all(dir.join("articles")).unwrap();
    std::fs::write(dir.join("articles/real.txt"), ARTICLE).unwrap();
    std::os::unix::fs::symlink("articles/real.txt", dir.join("article.txt")).unwrap();
    let path = story_naming(&dir, "article.txt");
    newsline(&home)
        .arg("check")
        .arg(&path)
        .assert()
        .success()
        .stdout(predicate::str::contains("valid — 1 source"));
}

#[test]
fn the_flag_or_the_setting_lets_files_outside_the_folder_be_read() {
    let home = Home::new();
    let ways = the_ways_out(&home);
    for path in &ways {
        newsline(&home)
            .args(["check", "--allow-outside-files"])
            .arg(path)
            .assert()
            .success();
        newsline(&home)
            .arg("--allow-outside-files")
            .arg("--data")
            .arg(path)
            .args(["events", "--json"])
            .assert()
            .success();
    }
    home.settings("allow_outside_files = true\n");
    for path in &ways {
        newsline(&home).arg("check").arg(path).assert().success();
    }
}

#[test]
fn proc_environ_behind_wrong_excerpts_never_shows_the_environment() {
    let home = Home::new();
    // Overlapping windows over the first 16,000 chars, each with a wrong
    // excerpt: were the file read, one of the mismatch messages would quote
    // the secret whole.
    let dir = home.folder("environ");
    std::os::unix::fs::symlink("/proc/self/environ", dir.join("env.txt")).unwrap();
    for (n, file) in [
        "/proc/self/environ",
        "../../../../../../../../proc/self/environ",
        "env.txt",
    ]
    .into_iter()
    .enumerate()
    {
        let mut ds = dataset(vec![source("art", file)], [0, 40], "wrong");
        let events: Vec<Value> = (0..800)
            .map(|i| {
                json!({
                    "id": format!("w{i}"), "date": "2025-03-03", "title": "Window",
                    "sources": [{"source": "art", "span": [i * 20, i * 20 + 40], "excerpt": "wrong"}]
                })
            })
            .collect();
        ds["events"] = Value::Array(events);
        let path = dir.join(format!("story{n}.json"));
        std::fs::write(&path, ds.to_string()).unwrap();
        for args in [vec!["check"], vec!["--data", "PATH", "quotes", "--json"]] {
            let mut cmd = newsline(&home);
            for a in &args {
                match *a {
                    "PATH" => cmd.arg(&path),
                    a => cmd.arg(a),
                };
            }
            if args == ["check"] {
                cmd.arg(&path);
            }
            let (code, out) = run(&mut cmd);
            assert!(!out.contains(SECRET), "{file}: the environment was shown");
            assert_eq!(code, Some(1), "{file}: {out}");
            assert!(
                out.contains("outside the dataset's folder"),
                "{file}: {out}"
            );
        }
    }
}

/// Runs `cmd`, which must fail, not hang nor read without end (the deadline
/// of [`newsline`] ends either), and gives what it printed.
fn fails_fast(cmd: &mut Command) -> String {
    let (code, out) = run(cmd);
    assert_eq!(code, Some(1), "{out}");
    out
}

#[test]
fn dev_zero_as_source_or_as_imported_article_fails_fast() {
    let home = Home::new();
    let dir = home.folder("zero");
    // Allowed outside the folder, so that only the kind of file stops it.
    let path = story_naming(&dir, "/dev/zero");
    let out = fails_fast(
        newsline(&home)
            .args(["check", "--allow-outside-files"])
            .arg(&path),
    );
    assert!(out.contains("source `art`"), "{out}");
    assert!(out.contains("not a regular file"), "{out}");
    let out =
        fails_fast(newsline(&home).args(["import", "/dev/zero", "--published", "2025-03-04"]));
    assert!(out.contains("/dev/zero"), "{out}");
    assert!(out.contains("not a regular file"), "{out}");
}

/// A named pipe at `path`, which no one ever writes to.
fn fifo(path: &Path) {
    let made = std::process::Command::new("mkfifo")
        .arg(path)
        .status()
        .unwrap();
    assert!(made.success());
}

#[test]
fn a_fifo_as_source_dataset_or_article_is_refused_without_waiting() {
    let home = Home::new();
    let dir = home.folder("fifo");
    fifo(&dir.join("article.txt"));
    let path = story_naming(&dir, "article.txt");
    let out = fails_fast(newsline(&home).arg("check").arg(&path));
    assert!(out.contains("source `art`"), "{out}");
    assert!(out.contains("named pipe (FIFO)"), "{out}");

    let pipe = dir.join("pipe.json");
    fifo(&pipe);
    let out = fails_fast(newsline(&home).arg("check").arg(&pipe));
    assert!(out.contains("named pipe (FIFO)"), "{out}");
    let out = fails_fast(newsline(&home).arg("--data").arg(&pipe).arg("events"));
    assert!(out.contains("named pipe (FIFO)"), "{out}");
    // Standard input, a pipe here, is not waited on either.
    let out = fails_fast(
        newsline(&home)
            .args(["--data", "/dev/stdin", "events"])
            .write_stdin("{"),
    );
    assert!(out.contains("named pipe (FIFO)"), "{out}");

    let out = fails_fast(
        newsline(&home)
            .arg("import")
            .arg(dir.join("article.txt"))
            .args(["--published", "2025-03-04"]),
    );
    assert!(out.contains("named pipe (FIFO)"), "{out}");
}

#[test]
fn fifty_sources_naming_one_large_article_go_over_the_dataset_s_total() {
    let home = Home::new();
    let dir = home.folder("fifty");
    // 6 MiB each time: 300 MiB in all, over the 256 MiB a dataset may hold.
    let mut text = String::from(ARTICLE);
    text.push_str(&" blah".repeat((6 << 20) / 5));
    std::fs::write(dir.join("big.txt"), &text).unwrap();
    let sources = (0..50)
        .map(|i| source(&format!("s{i}"), "big.txt"))
        .collect();
    let path = write(&dir, &dataset(sources, [0, 9], "Le 3 mars"));
    let out = fails_fast(newsline(&home).arg("check").arg(&path));
    assert!(
        out.contains("the limit for one dataset"),
        "{}",
        &out[..out.len().min(2000)]
    );
    // Told once, at the source that went over, not for every one after it.
    assert_eq!(out.matches("the limit for one dataset").count(), 1);
}

#[test]
fn inline_text_over_the_article_limit_is_refused() {
    let home = Home::new();
    let dir = home.folder("inline");
    let mut src = source("art", "unused");
    src.as_object_mut().unwrap().remove("file");
    // One byte over 64 MiB.
    let mut text = String::from(ARTICLE);
    text.push_str(&"x".repeat((64 << 20) + 1 - ARTICLE.len()));
    src["text"] = Value::String(text);
    let path = write(&dir, &dataset(vec![src], [0, 9], "Le 3 mars"));
    let out = fails_fast(newsline(&home).arg("check").arg(&path));
    assert!(out.contains("source `art`"), "{out}");
    assert!(
        out.contains(
            "inline text is 67108865 bytes, over the limit of 67108864 bytes for an article"
        ),
        "{out}"
    );
}

#[test]
fn a_dataset_opened_through_a_link_finds_its_articles_beside_its_real_file() {
    let home = Home::new();
    let real = home.folder("real");
    std::fs::write(real.join("article.txt"), ARTICLE).unwrap();
    let path = story_naming(&real, "article.txt");
    // Beside the link, an article that does not match: it must not be read.
    let elsewhere = home.folder("elsewhere");
    std::fs::write(elsewhere.join("article.txt"), "Rien à voir.").unwrap();
    let link = elsewhere.join("story.json");
    std::os::unix::fs::symlink(&path, &link).unwrap();
    newsline(&home)
        .arg("check")
        .arg(&link)
        .assert()
        .success()
        .stdout(predicate::str::contains("valid — 1 source"));
    newsline(&home)
        .arg("--data")
        .arg(&link)
        .args(["events", "--json"])
        .assert()
        .success();
}

#[test]
fn a_too_large_article_is_called_an_article_and_a_dataset_a_dataset() {
    let home = Home::new();
    let dir = home.folder("sizes");
    // Sparse files: as large as they say, without the disk space.
    let big = std::fs::File::create(dir.join("big.txt")).unwrap();
    big.set_len((64 << 20) + 1).unwrap();
    let path = story_naming(&dir, "big.txt");
    let out = fails_fast(newsline(&home).arg("check").arg(&path));
    assert!(out.contains("source `art`"), "{out}");
    assert!(out.contains("too large for an article"), "{out}");
    assert!(!out.contains("for a dataset"), "{out}");
    let out = fails_fast(
        newsline(&home)
            .arg("import")
            .arg(dir.join("big.txt"))
            .args(["--published", "2025-03-04"]),
    );
    assert!(out.contains("too large for an article"), "{out}");
    // An article to import has a lower limit than a dataset's article: the
    // importer's time grows faster than the text.
    let long = std::fs::File::create(dir.join("long.txt")).unwrap();
    long.set_len((1 << 20) + 1).unwrap();
    let out = fails_fast(
        newsline(&home)
            .arg("import")
            .arg(dir.join("long.txt"))
            .args(["--published", "2025-03-04"]),
    );
    assert!(out.contains("too large for an article"), "{out}");
    assert!(out.contains("1048576"), "{out}");
    let huge = dir.join("huge.json");
    let file = std::fs::File::create(&huge).unwrap();
    file.set_len((1 << 30) + 1).unwrap();
    let out = fails_fast(newsline(&home).arg("check").arg(&huge));
    assert!(out.contains("too large for a dataset"), "{out}");
}

#[test]
fn a_cached_copy_made_when_outside_files_were_allowed_is_not_used_when_they_are_not() {
    let home = Home::new();
    let dir = home.folder("large");
    let path = dir.join("story.json");
    // Large enough to be given a cached copy (16 MB).
    newsline(&home)
        .timeout(SLOW)
        .args(["generate", "--quotes", "60000", "-o"])
        .arg(&path)
        .assert()
        .success();
    let mut ds: Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    let secret = outside_file(&home);
    ds["sources"]
        .as_array_mut()
        .unwrap()
        .push(source("art", secret.to_str().unwrap()));
    std::fs::write(&path, ds.to_string()).unwrap();
    assert!(std::fs::metadata(&path).unwrap().len() > 16 << 20);
    let events = |allow: bool| {
        let mut cmd = newsline(&home);
        if allow {
            cmd.arg("--allow-outside-files");
        }
        cmd.timeout(SLOW)
            .arg("--data")
            .arg(&path)
            .args(["events", "-n", "1"]);
        cmd
    };
    events(true).assert().success();
    let copies = std::fs::read_dir(home.cache()).unwrap().count();
    assert!(copies > 0, "a copy was made");
    let (code, out) = run(&mut events(false));
    assert_eq!(code, Some(1), "{out}");
    assert!(out.contains("outside the dataset's folder"), "{out}");
    events(true).assert().success();
}
