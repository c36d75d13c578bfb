//! Helpers shared by the test files. Each test binary uses a part of them.
#![allow(dead_code)]

#[cfg(unix)]
pub mod cpu;
pub mod home;
#[cfg(unix)]
pub mod pty;
pub mod screen;

use std::path::{Path, PathBuf};

/// A copy of the built-in dataset with its seed articles in `dir`, to change
/// freely: `data/story.json` with its articles in `data/seeds/` (inside the
/// dataset's folder, where a dataset's source files must be by default).
pub fn dataset_copy(dir: &Path) -> PathBuf {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    std::fs::create_dir_all(dir.join("data/seeds")).unwrap();
    for e in std::fs::read_dir(root.join("seeds")).unwrap() {
        let e = e.unwrap();
        std::fs::copy(e.path(), dir.join("data/seeds").join(e.file_name())).unwrap();
    }
    let ds = dir.join("data/story.json");
    let json = std::fs::read_to_string(root.join("data/coalition-of-the-willing.json")).unwrap();
    std::fs::write(&ds, json.replace("\"../seeds/", "\"seeds/")).unwrap();
    ds
}
