//! A later open as a person meets it: the built binary started in a
//! pseudo-terminal on a dataset whose cached copy and index are made, timed
//! from the start of the process to its first frame on the screen (the
//! header's counts drawn). Every sample is a new process, so nothing is
//! left warm in memory from the one before but the system's file cache, as
//! for a person opening the same dataset again.
//!
//! The baseline, in the same run: reading the cached copy's file through a
//! buffer of 128 KiB, as `cat` does, the cost a copy read in place is
//! measured against.
//!
//! `cargo bench --bench open` at 10k and 100k quotes of both corpora;
//! `NEWSLINE_BENCH_SIZES` and `NEWSLINE_BENCH_TEXT` as for `scale`.

// A bench that cannot set itself up has failed; that is the point of it.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use divan::Bencher;
use portable_pty::{Child, CommandBuilder, PtySize, native_pty_system};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::Command;

const COLS: u16 = 120;
const ROWS: u16 = 40;

fn main() {
    divan::main();
}

/// Every corpus asked for, as `small/10000`: each text at each size.
fn sizes() -> Vec<String> {
    let benching = std::env::args().any(|a| a == "--bench");
    let default = if benching { "10000,100000" } else { "10000" };
    let var = |name: &str, default: &str| std::env::var(name).unwrap_or_else(|_| default.into());
    let texts = var("NEWSLINE_BENCH_TEXT", "small,realistic");
    let ns = var("NEWSLINE_BENCH_SIZES", default);
    texts
        .split(',')
        .flat_map(|t| {
            ns.split(',')
                .map(move |n| format!("{}/{}", t.trim(), n.trim()))
        })
        .collect()
}

/// A generated dataset and a home of its own whose cache folder holds its
/// copy and index, made by a first command.
struct Fixture {
    json: PathBuf,
    home: PathBuf,
}

impl Fixture {
    fn new(corpus: &str) -> Fixture {
        let (text, n) = corpus.split_once('/').expect("text/size");
        let dir = std::env::temp_dir().join("newsline-bench-open");
        let json = dir.join(format!("{text}-{n}.json"));
        let home = dir.join(format!("home-{text}-{n}"));
        std::fs::create_dir_all(&home).expect("a bench folder");
        let n: usize = n.parse().expect("a size");
        if !json.exists() {
            let made = newsline_cmd(&home)
                .args(["generate", "--text", text, "--seed", "1"])
                .args([
                    "--quotes",
                    &n.to_string(),
                    "--events",
                    &(n / 10).to_string(),
                ])
                .args(["--actors", "1000", "-o"])
                .arg(&json)
                .output()
                .expect("newsline runs");
            assert!(made.status.success(), "newsline generate failed");
        }
        // A command of a first open: it writes the copy and the index. The
        // threshold is lowered so that the small sizes get a copy too.
        let first = newsline_cmd(&home)
            .env("NEWSLINE_CACHE_MIN_BYTES", "1")
            .arg("--data")
            .arg(&json)
            .args(["quotes", "--search", "zzzz"])
            .output()
            .expect("newsline runs");
        assert!(first.status.code() == Some(0) || first.status.code() == Some(1));
        Fixture { json, home }
    }

    /// The cached copy the explorer reads: the largest file of the cache
    /// folder not named as an index.
    fn copy(&self) -> PathBuf {
        let folder = self.home.join("cache/newsline/datasets");
        std::fs::read_dir(&folder)
            .expect("the cache folder")
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "bin"))
            .filter(|p| !p.to_string_lossy().ends_with(".index.bin"))
            .max_by_key(|p| p.metadata().map(|m| m.len()).unwrap_or(0))
            .expect("a cached copy")
    }
}

fn newsline_cmd(home: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_newsline"));
    cmd.envs(vars(home));
    cmd
}

/// The XDG folders of a home, made if missing (the pseudo-terminal starts
/// its program in `HOME`).
fn vars(home: &Path) -> [(&'static str, PathBuf); 5] {
    let vars = [
        ("HOME", home.join("home")),
        ("XDG_CONFIG_HOME", home.join("config")),
        ("XDG_DATA_HOME", home.join("data")),
        ("XDG_STATE_HOME", home.join("state")),
        ("XDG_CACHE_HOME", home.join("cache")),
    ];
    for (_, dir) in &vars {
        std::fs::create_dir_all(dir).expect("a bench folder");
    }
    vars
}

/// An explorer whose first frame is on screen; quit and waited for when
/// dropped, outside the timed part.
struct Open {
    child: Box<dyn Child + Send + Sync>,
    input: Box<dyn Write + Send>,
}

impl Drop for Open {
    fn drop(&mut self) {
        let _ = self.input.write_all(b"q");
        let _ = self.input.flush();
        let _ = self.child.wait();
    }
}

/// Starts the explorer on `json` and returns once its header shows the
/// dataset's counts.
fn open(f: &Fixture) -> Open {
    let pty = native_pty_system()
        .openpty(PtySize {
            rows: ROWS,
            cols: COLS,
            pixel_width: 0,
            pixel_height: 0,
        })
        .expect("a pseudo-terminal");
    let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_newsline"));
    for (k, v) in vars(&f.home) {
        cmd.env(k, v);
    }
    cmd.env("NEWSLINE_CACHE_MIN_BYTES", "1");
    cmd.arg("--data");
    cmd.arg(&f.json);
    let child = pty.slave.spawn_command(cmd).expect("newsline starts");
    let mut reader = pty
        .master
        .try_clone_reader()
        .expect("the terminal's output");
    let input = pty.master.take_writer().expect("the terminal's input");
    let mut screen = vt100::Parser::new(ROWS, COLS, 0);
    let mut buf = [0u8; 1 << 16];
    loop {
        let n = reader.read(&mut buf).expect("the explorer's output");
        assert!(n > 0, "the explorer ended before its first frame");
        screen.process(&buf[..n]);
        if screen.screen().contents().contains(" quotes │") {
            break;
        }
    }
    // The reader ends with the process; it is not needed any more.
    drop(reader);
    Open { child, input }
}

#[divan::bench(args = sizes(), sample_count = 7, sample_size = 1)]
fn first_frame(bencher: Bencher, corpus: &str) {
    let f = Fixture::new(corpus);
    bencher.bench_local(|| open(&f));
}

/// The baseline: the copy's bytes read through one buffer, as `cat` reads.
#[divan::bench(args = sizes(), sample_count = 7, sample_size = 1)]
fn read_copy_file(bencher: Bencher, corpus: &str) {
    let f = Fixture::new(corpus);
    let copy = f.copy();
    let mut buf = vec![0u8; 128 << 10];
    bencher.bench_local(|| {
        let mut file = std::fs::File::open(&copy).expect("the copy opens");
        let mut total = 0;
        loop {
            match file.read(&mut buf).expect("the copy reads") {
                0 => break total,
                n => total += n,
            }
        }
    });
}
