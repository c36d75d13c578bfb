//! Helpers shared by the test files.

use std::path::{Path, PathBuf};

/// A copy of the built-in dataset with its seed articles in `dir`, laid out as
/// in the repository (`data/story.json` and `seeds/`), to change freely.
pub fn dataset_copy(dir: &Path) -> PathBuf {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    std::fs::create_dir_all(dir.join("data")).unwrap();
    std::fs::create_dir_all(dir.join("seeds")).unwrap();
    for e in std::fs::read_dir(root.join("seeds")).unwrap() {
        let e = e.unwrap();
        std::fs::copy(e.path(), dir.join("seeds").join(e.file_name())).unwrap();
    }
    let ds = dir.join("data/story.json");
    std::fs::copy(root.join("data/coalition-of-the-willing.json"), &ds).unwrap();
    ds
}
