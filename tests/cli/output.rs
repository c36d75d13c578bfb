//! How listings reach their reader: JSON Lines, and a write that fails (a
//! full disk) is an error, never a silent loss behind the output buffer.

use super::{json, newsline};
use serde_json::Value;

#[test]
fn json_lines_hold_the_same_records_as_json_one_a_line() {
    for command in [
        vec!["quotes"],
        vec!["quotes", "--search", "securite"],
        vec!["events", "--country", "Germany"],
        vec!["actors"],
    ] {
        let array = json(&[command.clone(), vec!["--json"]].concat());
        let out = newsline()
            .args([command.clone(), vec!["--json-lines"]].concat())
            .assert()
            .success()
            .get_output()
            .stdout
            .clone();
        let text = String::from_utf8(out).unwrap();
        let lines: Vec<Value> = text
            .lines()
            .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{command:?}: {e}: {l}")))
            .collect();
        assert!(!lines.is_empty(), "{command:?}");
        assert_eq!(Value::Array(lines), array, "{command:?}");
    }
}

#[test]
fn json_lines_and_json_or_plain_cannot_be_asked_together() {
    for extra in [["--json-lines", "--json"], ["--json-lines", "--plain"]] {
        newsline()
            .arg("quotes")
            .args(extra)
            .assert()
            .code(2)
            .stderr(predicates::str::contains("cannot be used with"));
    }
}

/// Output is buffered, so the error of a full disk would surface only when
/// the buffer is dropped, where it would be lost: every command flushes and
/// reports it.
#[test]
fn a_full_disk_under_the_output_is_an_error() {
    let Ok(full) = std::fs::OpenOptions::new().write(true).open("/dev/full") else {
        return; // Not on this system.
    };
    for args in [
        vec!["quotes", "--json"],
        vec!["quotes", "--json-lines"],
        vec!["quotes", "--plain"],
        vec!["quotes"],
        vec!["events"],
        vec!["actors", "--json"],
        vec!["export", "--format", "markdown"],
        vec!["generate", "--quotes", "10"],
        vec!["check"],
    ] {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_newsline"))
            .args(&args)
            .env("HOME", std::env::temp_dir().join("newsline-cli-test-home"))
            .stdout(full.try_clone().unwrap())
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{args:?}: {err}");
        assert!(err.contains("No space left"), "{args:?}: {err}");
    }
}
