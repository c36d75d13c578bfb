//! The cached copy as a later open reads it (mapped, checked section by
//! section) and as a first open writes it (after the command's answer): a
//! damaged or cut copy or index is passed over with a notice and made again,
//! a copy of an older format is made again without one, and the answer of a
//! first open is out, its output ended, before anything is written.
// A test that cannot unwrap has failed; that is the point of it.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::home::Home;
use std::path::PathBuf;

/// A home whose cache takes every dataset (`NEWSLINE_CACHE_MIN_BYTES=1`),
/// with a small generated dataset in it.
struct Setup {
    home: Home,
    data: String,
}

/// What one run gave: its exit code, standard output and error.
struct Run {
    code: Option<i32>,
    stdout: String,
    stderr: String,
}

const QUERY: [&str; 4] = ["quotes", "--search", "garanties", "--plain"];

impl Setup {
    fn new() -> Setup {
        let home = Home::new();
        let data = home.join("story.json").to_str().unwrap().to_string();
        let setup = Setup { home, data };
        let made = setup.run(
            &[
                "generate",
                "--events",
                "30",
                "--quotes",
                "300",
                "--actors",
                "20",
                "--seed",
                "4",
                "-o",
                &setup.data,
            ],
            &[],
        );
        assert_eq!(made.code, Some(0), "{}", made.stderr);
        setup
    }

    fn run(&self, args: &[&str], env: &[(&str, &str)]) -> Run {
        let out = self
            .home
            .command()
            .env("NEWSLINE_CACHE_MIN_BYTES", "1")
            .env_remove("NEWSLINE_CRASH_TEST")
            .envs(env.iter().copied())
            .args(args)
            .output()
            .unwrap();
        Run {
            code: out.status.code(),
            stdout: String::from_utf8(out.stdout).unwrap(),
            stderr: String::from_utf8(out.stderr).unwrap(),
        }
    }

    /// The search, on the dataset, from its copy if there is one.
    fn search(&self, env: &[(&str, &str)]) -> Run {
        self.run(&[&["--data", &self.data][..], &QUERY].concat(), env)
    }

    /// The search read from the JSON, with no copy read or written.
    fn answer(&self) -> String {
        let run = self.run(
            &[&["--data", &self.data, "--no-cache"][..], &QUERY].concat(),
            &[],
        );
        assert_eq!(run.code, Some(0), "{}", run.stderr);
        assert!(!run.stdout.is_empty());
        run.stdout
    }

    /// The files in the cache folder: the copy's, then the index's.
    fn files(&self) -> Vec<PathBuf> {
        let mut files: Vec<PathBuf> = std::fs::read_dir(self.home.cache())
            .map(|d| d.map(|e| e.unwrap().path()).collect())
            .unwrap_or_default();
        files.sort_by_key(|f| f.to_string_lossy().ends_with(".index.bin"));
        files
    }
}

#[test]
fn a_first_open_prints_its_answer_before_it_writes_the_copy_and_index() {
    let s = Setup::new();
    let answer = s.answer();
    // Stopped where the copy and index would be written: the answer is out.
    let cut = s.search(&[("NEWSLINE_CRASH_TEST", "cache-write")]);
    assert_ne!(cut.code, Some(0), "the crash was not asked for");
    assert_eq!(cut.stdout, answer);
    assert!(
        s.files().is_empty(),
        "written before the answer: {:?}",
        s.files()
    );
    // Not stopped: both are written, and read back the next time.
    let first = s.search(&[]);
    assert_eq!(first.stdout, answer);
    assert_eq!(s.files().len(), 2, "{:?}", s.files());
    let later = s.search(&[]);
    assert_eq!((later.stdout, later.stderr), (answer, String::new()));
}

/// A reader at the other end of a pipe gets the end of the answer when the
/// answer is out, not when the copy written after it is: the command pauses
/// two seconds before writing (`NEWSLINE_PAUSE_TEST`), and is seen still at
/// work once its output has ended.
#[test]
fn a_pipe_reader_sees_the_answer_end_before_the_copy_is_written() {
    use std::io::Read;
    let s = Setup::new();
    let answer = s.answer();
    let mut child = s
        .home
        .command()
        .env("NEWSLINE_CACHE_MIN_BYTES", "1")
        .env("NEWSLINE_PAUSE_TEST", "cache-write")
        .env_remove("NEWSLINE_CRASH_TEST")
        .args([&["--data", &s.data][..], &QUERY].concat())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let mut out = String::new();
    child
        .stdout
        .take()
        .unwrap()
        .read_to_string(&mut out)
        .unwrap();
    let still_at_work = child.try_wait().unwrap().is_none();
    let written_then = s.files();
    let status = child.wait().unwrap();
    assert_eq!(out, answer);
    assert!(still_at_work, "the output ended only when the command did");
    assert!(written_then.is_empty(), "{written_then:?}");
    assert!(status.success());
    assert_eq!(s.files().len(), 2, "and then written: {:?}", s.files());
}

#[test]
fn a_damaged_or_cut_copy_is_passed_over_with_a_notice_and_made_again() {
    let s = Setup::new();
    let answer = s.answer();
    s.search(&[]);
    let files = s.files();
    assert_eq!(files.len(), 2, "{files:?}");
    for (file, what) in [
        (&files[0], "dataset was read from its JSON"),
        (&files[1], "search index was built again"),
    ] {
        let good = std::fs::read(file).unwrap();
        let mut flipped = good.clone();
        let middle = good.len() / 2;
        flipped[middle] ^= 0x20;
        for bad in [
            flipped,
            good[..good.len() - 3].to_vec(),
            good[..good.len() / 3].to_vec(),
        ] {
            std::fs::write(file, &bad).unwrap();
            let run = s.search(&[]);
            assert_eq!(run.code, Some(0), "{}", run.stderr);
            assert_eq!(run.stdout, answer, "{}", file.display());
            assert!(
                run.stderr.contains("is damaged and was passed over") && run.stderr.contains(what),
                "{}: {}",
                file.display(),
                run.stderr
            );
            // Made again: the next open reads it without a word.
            assert_eq!(std::fs::read(file).unwrap(), good, "{}", file.display());
            let again = s.search(&[]);
            assert_eq!(
                (again.stdout, again.stderr),
                (answer.clone(), String::new())
            );
        }
    }
}

#[test]
fn a_copy_of_an_older_format_is_made_again_without_a_notice() {
    let s = Setup::new();
    let answer = s.answer();
    s.search(&[]);
    for file in s.files() {
        let good = std::fs::read(&file).unwrap();
        let mut old = good.clone();
        // The format's number, after the 16 bytes of the file's magic.
        let format = u32::from_le_bytes(old[16..20].try_into().unwrap());
        old[16..20].copy_from_slice(&(format - 1).to_le_bytes());
        std::fs::write(&file, &old).unwrap();
        let run = s.search(&[]);
        assert_eq!((run.stdout, run.stderr), (answer.clone(), String::new()));
        assert_eq!(std::fs::read(&file).unwrap(), good, "made again");
    }
}
