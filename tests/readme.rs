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

#[test]
fn readme_gives_the_two_setup_commands() {
    let readme = std::fs::read_to_string("README.md").unwrap();
    assert!(readme.contains("cargo run --release"));
    assert!(readme.contains("cargo test"));
    let ci = std::fs::read_to_string(".ci/run").unwrap();
    assert!(ci.contains("cargo test"));
}
