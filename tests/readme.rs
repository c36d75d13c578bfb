//! The README tells the truth: its key list is the keymap's, and the commands
//! it gives exist.
// A test that cannot unwrap has failed; that is the point of it.
#![allow(clippy::unwrap_used, clippy::expect_used)]

#[test]
fn readme_lists_exactly_the_keys_of_the_keymap() {
    let readme = std::fs::read_to_string("README.md").unwrap();
    let keys = newsline::app::keymap::markdown();
    assert!(
        readme.contains(&keys),
        "README.md's key list differs from the keymap; replace it with:\n\n{keys}"
    );
}

/// The lines of `text` from the heading `heading` to the next heading of the
/// same or a higher level.
fn section<'a>(text: &'a str, heading: &str) -> Vec<&'a str> {
    let mut lines = text.lines().skip_while(|l| *l != heading);
    assert!(lines.next().is_some(), "README.md has no `{heading}`");
    lines.take_while(|l| !l.starts_with("## ")).collect()
}

/// The commands of the first `sh` block in `lines`, without their comments.
fn commands(lines: &[&str]) -> Vec<String> {
    lines
        .iter()
        .skip_while(|l| **l != "```sh")
        .skip(1)
        .take_while(|l| **l != "```")
        .map(|l| l.split('#').next().unwrap().trim().to_string())
        .filter(|l| !l.is_empty())
        .collect()
}

/// The set-up section gives exactly the two commands a newcomer needs, with
/// the toolchain Cargo.toml asks for, and CI runs what the section says it
/// runs, the README's test command included.
#[test]
fn readme_gives_the_two_setup_commands_and_ci_runs_what_it_says() {
    let readme = std::fs::read_to_string("README.md").unwrap();
    let setup = section(&readme, "## Set-up");
    assert_eq!(commands(&setup), ["cargo run --release", "cargo test"]);

    let manifest: toml::Table = std::fs::read_to_string("Cargo.toml")
        .unwrap()
        .parse()
        .unwrap();
    let rust = manifest["package"]["rust-version"].as_str().unwrap();
    let prose = setup.join(" ");
    assert!(
        prose.contains(&format!("Rust toolchain ({rust} or later)")),
        "the set-up section does not name Rust {rust}"
    );

    // What .ci/run runs: its lines that call cargo, in order.
    let ci = std::fs::read_to_string(".ci/run").unwrap();
    let run: Vec<&str> = ci
        .lines()
        .map(str::trim)
        .filter(|l| l.starts_with("cargo "))
        .collect();
    assert_eq!(
        run,
        [
            "cargo fmt --all -- --check",
            "cargo clippy --all-targets -- -D warnings",
            "cargo test",
        ],
        ".ci/run changed; say so in the README's set-up section"
    );
    for said in [
        "`.ci/run` runs `cargo fmt --check`",
        "`cargo clippy --all-targets -- -D warnings` and `cargo test`",
    ] {
        assert!(prose.contains(said), "the set-up section lacks {said:?}");
    }
}
