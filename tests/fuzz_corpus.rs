//! Replays the fuzz targets' saved corpus (`fuzz/corpus/`) on the stable
//! toolchain, through the same functions the fuzz targets call (one file,
//! included here and by each target, so the library carries no fuzz code).
// A test that cannot read its corpus has failed; that is the point of it.
#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "../fuzz/targets.rs"]
mod targets;

fn replay(target: &str, run: fn(&[u8])) -> usize {
    let dir = std::path::Path::new("fuzz/corpus").join(target);
    let mut n = 0;
    for entry in std::fs::read_dir(&dir).expect("the corpus folder exists") {
        let path = entry.expect("a readable corpus entry").path();
        let bytes = std::fs::read(&path).expect("a readable corpus file");
        let outcome = std::panic::catch_unwind(|| run(&bytes));
        assert!(outcome.is_ok(), "{} panicked", path.display());
        n += 1;
    }
    n
}

#[test]
fn the_loader_corpus_replays_without_a_panic() {
    assert!(replay("loader", targets::loader) >= 14);
}

#[test]
fn the_search_corpus_replays_without_a_panic() {
    assert!(replay("search", targets::search) >= 8);
}
