#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Files newsline writes, from the command line, against what another user
//! or another newsline can do to them: permissions kept, read-only datasets
//! refused, links written through, planted temporary names not followed,
//! special files refused, concurrent imports both kept, kills at any moment
//! leaving a dataset that checks, broken settings kept aside without loss.

mod common;

use common::home::Home;
use serde_json::Value;
use std::os::unix::fs::{FileTypeExt, PermissionsExt, symlink};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");
const TEMP_SUFFIX: &str = ".newsline-tmp";

/// newsline with a home of its own in `home`.
fn newsline(home: &Path) -> Command {
    let mut c = Home::at(home).command();
    c.stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    c
}

/// Runs `c`, killing it if it has not finished in 60 s, far more than any
/// honest command here needs on a busy machine (a write that hangs on a FIFO
/// must fail the test, not the whole run).
fn run(mut c: Command) -> Output {
    let mut child = c.spawn().unwrap();
    let start = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if start.elapsed() > Duration::from_secs(60) {
            child.kill().unwrap();
            panic!("newsline hung: {c:?}");
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    child.wait_with_output().unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).to_string()
}

/// A copy of the small dataset (its one source is inline text) in `dir`.
fn small(dir: &Path) -> PathBuf {
    let ds = dir.join("story.json");
    std::fs::copy(Path::new(ROOT).join("tests/fixtures/valid/small.json"), &ds).unwrap();
    ds
}

fn article(name: &str) -> PathBuf {
    Path::new(ROOT).join("tests/fixtures/articles").join(name)
}

fn import_into(home: &Path, article: &Path, published: &str, ds: &Path) -> Command {
    let mut c = newsline(home);
    c.arg("import")
        .arg(article)
        .args(["--published", published, "--into"])
        .arg(ds);
    c
}

fn mode(path: &Path) -> u32 {
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

fn names(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().to_string())
        .collect();
    v.sort();
    v
}

/// The files the dataset at `ds` names as its sources.
fn named_files(ds: &Path) -> Vec<String> {
    let v: Value = serde_json::from_slice(&std::fs::read(ds).unwrap()).unwrap();
    v["sources"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|s| s["file"].as_str().map(str::to_string))
        .collect()
}

/// Article copies in the dataset's folder that the dataset does not name.
fn orphans(ds: &Path) -> Vec<String> {
    let named = named_files(ds);
    names(ds.parent().unwrap())
        .into_iter()
        .filter(|n| n.ends_with(".txt") && !named.contains(n))
        .collect()
}

fn temporaries(dir: &Path) -> Vec<String> {
    names(dir)
        .into_iter()
        .filter(|n| n.ends_with(TEMP_SUFFIX) || n.contains(".tmp-") || n.contains("pending"))
        .collect()
}

fn checks(home: &Path, ds: &Path) -> bool {
    let mut c = newsline(home);
    c.arg("check").arg(ds);
    run(c).status.success()
}

#[test]
fn a_private_dataset_stays_private() {
    let dir = tempfile::tempdir().unwrap();
    let ds = small(dir.path());
    std::fs::set_permissions(&ds, std::fs::Permissions::from_mode(0o600)).unwrap();
    let out = run(import_into(
        dir.path(),
        &article("fr-otan.txt"),
        "2024-06-21",
        &ds,
    ));
    assert!(out.status.success(), "{}", stderr(&out));
    let files = named_files(&ds);
    assert_eq!(files.len(), 1, "the article was not added");
    assert_eq!(mode(&ds), 0o600);
    // The copied article is as private as the dataset that names it.
    assert_eq!(mode(&dir.path().join(&files[0])), 0o600, "{}", files[0]);
}

#[test]
fn a_read_only_dataset_is_refused_and_left_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let ds = small(dir.path());
    std::fs::set_permissions(&ds, std::fs::Permissions::from_mode(0o444)).unwrap();
    let before = std::fs::read(&ds).unwrap();
    let out = run(import_into(
        dir.path(),
        &article("fr-otan.txt"),
        "2024-06-21",
        &ds,
    ));
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("read-only"), "{}", stderr(&out));
    assert_eq!(std::fs::read(&ds).unwrap(), before);
    assert_eq!(mode(&ds), 0o444);
    // Nothing else is left but the lock file.
    assert_eq!(names(dir.path()), [".story.json.lock", "story.json"]);
}

#[test]
fn a_linked_dataset_is_updated_through_its_link() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("real")).unwrap();
    let real = small(&dir.path().join("real"));
    let link = dir.path().join("story.json");
    symlink("real/story.json", &link).unwrap();
    let out = run(import_into(
        dir.path(),
        &article("fr-otan.txt"),
        "2024-06-21",
        &link,
    ));
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink(),
        "the link was replaced"
    );
    let named = named_files(&real);
    assert_eq!(named.len(), 1, "the real dataset was not updated");
    // The article is beside the real file, where the dataset is.
    assert!(dir.path().join("real").join(&named[0]).is_file());
    assert!(checks(dir.path(), &real));
}

/// The numbers the next processes will most likely get.
fn next_pids(n: u32) -> Vec<u32> {
    let last: u32 = std::fs::read_to_string("/proc/sys/kernel/ns_last_pid")
        .ok()
        .and_then(|s| s.trim().parse().ok())
        .unwrap_or(std::process::id());
    (1..=n).map(|i| last + i).collect()
}

#[test]
fn a_link_planted_at_a_temporary_name_is_not_followed() {
    let dir = tempfile::tempdir().unwrap();
    let ds = small(dir.path());
    let victim = dir.path().join("victim");
    std::fs::write(&victim, "precious").unwrap();
    // The names earlier versions used: `.NAME.tmp-PID`.
    for pid in next_pids(200) {
        for name in ["out.csv", "story.json"] {
            symlink(&victim, dir.path().join(format!(".{name}.tmp-{pid}"))).unwrap();
        }
    }
    let out_file = dir.path().join("out.csv");
    for _ in 0..3 {
        let mut c = newsline(dir.path());
        c.arg("--data")
            .arg(&ds)
            .args(["export", "--format", "csv", "-o"])
            .arg(&out_file);
        let out = run(c);
        assert!(out.status.success(), "{}", stderr(&out));
    }
    let out = run(import_into(
        dir.path(),
        &article("fr-otan.txt"),
        "2024-06-21",
        &ds,
    ));
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(std::fs::read_to_string(&victim).unwrap(), "precious");
    assert!(std::fs::read_to_string(&out_file).unwrap().contains(','));
    assert_eq!(named_files(&ds).len(), 1);
}

fn export_to(home: &Path, ds: &Path, target: &Path) -> Output {
    let mut c = newsline(home);
    c.arg("--data")
        .arg(ds)
        .args(["export", "--format", "markdown", "-o"])
        .arg(target);
    run(c)
}

#[test]
fn export_to_a_fifo_is_refused_without_waiting() {
    let dir = tempfile::tempdir().unwrap();
    let ds = small(dir.path());
    let fifo = dir.path().join("fifo");
    let c = std::ffi::CString::new(fifo.to_str().unwrap()).unwrap();
    // SAFETY: a valid NUL-terminated path; mkfifo only creates a file.
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o644) }, 0);
    let out = export_to(dir.path(), &ds, &fifo);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("FIFO"), "{}", stderr(&out));
    assert!(
        std::fs::symlink_metadata(&fifo)
            .unwrap()
            .file_type()
            .is_fifo()
    );
    assert!(temporaries(dir.path()).is_empty());
}

#[test]
fn export_to_a_device_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let ds = small(dir.path());
    // As root a device of the test's own, so that a writer that replaced it
    // would not replace the system's /dev/null.
    // SAFETY: geteuid has no preconditions.
    let device = if unsafe { libc::geteuid() } == 0 {
        let node = dir.path().join("null");
        let c = std::ffi::CString::new(node.to_str().unwrap()).unwrap();
        // SAFETY: a valid path; (1, 3) is the null device.
        let made = unsafe { libc::mknod(c.as_ptr(), libc::S_IFCHR | 0o666, libc::makedev(1, 3)) };
        if made != 0 {
            eprintln!("cannot make a device here; skipped");
            return;
        }
        node
    } else {
        PathBuf::from("/dev/null")
    };
    for target in [device.clone(), {
        let link = dir.path().join("to-device");
        symlink(&device, &link).unwrap();
        link
    }] {
        let out = export_to(dir.path(), &ds, &target);
        assert_eq!(out.status.code(), Some(1), "{}", target.display());
        assert!(stderr(&out).contains("device"), "{}", stderr(&out));
    }
    assert!(
        std::fs::metadata(&device)
            .unwrap()
            .file_type()
            .is_char_device()
    );
}

#[test]
fn two_imports_at_once_both_land() {
    for round in 0..10 {
        let dir = tempfile::tempdir().unwrap();
        let ds = small(dir.path());
        let spawn = |name: &str, published: &str| -> Child {
            import_into(dir.path(), &article(name), published, &ds)
                .spawn()
                .unwrap()
        };
        let a = spawn("fr-otan.txt", "2024-06-21");
        let b = spawn("en-floods.txt", "2025-03-14");
        for child in [a, b] {
            let out = child.wait_with_output().unwrap();
            assert!(out.status.success(), "round {round}: {}", stderr(&out));
        }
        assert_eq!(
            named_files(&ds).len(),
            2,
            "round {round}: a source was lost"
        );
        assert_eq!(orphans(&ds), Vec::<String>::new(), "round {round}");
        assert_eq!(temporaries(dir.path()), Vec::<String>::new());
        assert!(checks(dir.path(), &ds), "round {round}");
    }
}

/// Each run imports a text not yet in the dataset: the article with a line
/// of its own.
fn variant(dir: &Path, i: usize) -> PathBuf {
    let text = std::fs::read_to_string(article("en-floods.txt")).unwrap();
    let path = dir.join(format!("variant-{i}.article"));
    std::fs::write(&path, format!("{text}\n\nUpdate {i}: the water receded.\n")).unwrap();
    path
}

#[test]
fn a_kill_at_any_moment_leaves_a_dataset_that_checks() {
    let work = tempfile::tempdir().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let ds = small(dir.path());
    // How long a whole import takes here, to spread the kills over it.
    let start = Instant::now();
    let out = run(import_into(
        work.path(),
        &variant(work.path(), 0),
        "2025-03-14",
        &ds,
    ));
    assert!(out.status.success(), "{}", stderr(&out));
    // The shortest whole import seen so far: the first is often slowed by
    // cold caches or other tests starting.
    let mut whole = start.elapsed();
    const RUNS: u32 = 30;
    let (mut killed, mut landed, mut between) = (0, 0, 0);
    for i in 1..=RUNS {
        let sources = named_files(&ds).len();
        let article = variant(work.path(), i as usize);
        let mut child = import_into(work.path(), &article, "2025-03-14", &ds)
            .spawn()
            .unwrap();
        // From under half a whole import to past its end: most of what
        // comes before the writing is reading and analysing the article.
        let at = whole.mul_f64(0.4 + 1.2 * f64::from(i) / f64::from(RUNS));
        let started = Instant::now();
        while started.elapsed() < at && child.try_wait().unwrap().is_none() {
            std::thread::sleep(Duration::from_micros(200));
        }
        if child.try_wait().unwrap().is_none() {
            killed += 1;
        } else {
            whole = whole.min(started.elapsed());
        }
        child.kill().ok();
        child.wait().unwrap();
        let after = named_files(&ds).len();
        assert!(after == sources || after == sources + 1);
        if after > sources {
            landed += 1;
        }
        assert!(
            checks(work.path(), &ds),
            "run {i}: the dataset does not check"
        );
        // Killed between its two renames, an import leaves the article
        // under its name and a note naming it, for the next to remove.
        let left = orphans(&ds);
        if !left.is_empty() {
            let note = std::fs::read_to_string(dir.path().join(".story.json.newsline-pending"))
                .unwrap_or_default();
            assert_eq!(
                left,
                [note.lines().next().unwrap_or("no note")],
                "run {i}: an orphan article no note names"
            );
            between += 1;
        }
    }
    assert!(killed > 0, "no run was killed midway");
    eprintln!("{killed} of {RUNS} killed midway, {landed} landed, {between} between renames");
    // The next import cleans what the killed ones left.
    let out = run(import_into(
        work.path(),
        &variant(work.path(), 1000),
        "2025-03-14",
        &ds,
    ));
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(temporaries(dir.path()), Vec::<String>::new());
    assert_eq!(orphans(&ds), Vec::<String>::new());
    assert!(checks(work.path(), &ds));
}

#[test]
fn broken_settings_in_one_second_get_a_backup_each() {
    let home = tempfile::tempdir().unwrap();
    let ds = small(home.path());
    let config = home.path().join("config/newsline");
    std::fs::create_dir_all(&config).unwrap();
    for i in 0..3 {
        std::fs::write(config.join("config.toml"), format!("broken {i} = [")).unwrap();
        let mut c = newsline(home.path());
        c.arg("--data").arg(&ds).args(["events", "--json"]);
        let out = run(c);
        assert!(out.status.success(), "{}", stderr(&out));
    }
    let mut kept: Vec<String> = names(&config)
        .iter()
        .filter(|n| n.starts_with("config.toml.broken-"))
        .map(|n| std::fs::read_to_string(config.join(n)).unwrap())
        .collect();
    kept.sort();
    assert_eq!(kept, ["broken 0 = [", "broken 1 = [", "broken 2 = ["]);
}
