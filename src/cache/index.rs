//! The search index kept beside a dataset's cached copy: read back when it
//! is sound, else built and then written there, for the next search.

use super::CachedCopy;
use crate::data::Dataset;
use crate::query::SearchIndex;
use std::sync::Arc;

/// The search index: from the cached copy when it has a sound one, else
/// built, and then kept there for the next search.
pub fn index(ds: &Dataset, copy: Option<&CachedCopy>) -> SearchIndex {
    let (ix, built) = read_or_build(ds, copy);
    if let Some(copy) = copy.filter(|_| built) {
        // Only time is lost if it cannot be written.
        let _ = copy.write_index(ds, &ix);
    }
    ix
}

/// The index kept beside `copy` if it is sound, else a new one (and `true`).
fn read_or_build(ds: &Dataset, copy: Option<&CachedCopy>) -> (SearchIndex, bool) {
    match copy.and_then(|c| c.read_index(ds.quotes.len())) {
        Some(ix) => (ix, false),
        None => (SearchIndex::build(ds), true),
    }
}

/// [`index`] for the explorer's search worker. What is to be kept (a built
/// index, and the copy when `write_copy` says the dataset came from its JSON)
/// is written on a thread of its own once the index is there: the index, which
/// the first search waits for, is built with both cores to itself, and that
/// search does not wait for the writing (98 and 303 MB at a million quotes).
pub fn index_kept_aside(
    ds: &Arc<Dataset>,
    copy: &Arc<CachedCopy>,
    write_copy: bool,
) -> Arc<SearchIndex> {
    let (ix, built) = read_or_build(ds, Some(copy));
    let ix = Arc::new(ix);
    if built || write_copy {
        let (copy, ds, kept) = (Arc::clone(copy), Arc::clone(ds), Arc::clone(&ix));
        std::thread::spawn(move || {
            // Only time is lost if they cannot be written.
            if built {
                let _ = copy.write_index(&ds, &kept);
            }
            if write_copy {
                let _ = copy.write(&ds);
            }
        });
    }
    ix
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_explorer_keeps_its_index_and_then_the_copy() {
        let dir = tempfile::tempdir().unwrap();
        let file = crate::data::generate::generate(200, 3000, 40, 4);
        let path = dir.path().join("story.json");
        std::fs::write(&path, serde_json::to_string(&file).unwrap()).unwrap();
        let ds = Arc::new(crate::data::load_path(&path).unwrap());
        let copy = Arc::new(CachedCopy::at(&path, dir.path().join("copy.bin")).unwrap());
        assert!(copy.read_index(ds.quotes.len()).is_none());

        let built = index_kept_aside(&ds, &copy, true);
        // Written on a thread of its own: waited for here, up to 10 s.
        fn within_10s<T>(mut f: impl FnMut() -> Option<T>) -> Option<T> {
            for _ in 0..200 {
                if let Some(t) = f() {
                    return Some(t);
                }
                std::thread::sleep(std::time::Duration::from_millis(50));
            }
            None
        }
        let kept = within_10s(|| copy.read_index(ds.quotes.len())).expect("the index is kept");
        assert!(within_10s(|| copy.read()).is_some(), "and then the copy");
        for q in ["securite", "troupes terrestres", "s"] {
            assert_eq!(kept.search(q, None), built.search(q, None), "{q}");
        }
        // The next time, it is read back rather than built.
        let again = index_kept_aside(&ds, &copy, false);
        assert_eq!(again.search("europe", None), built.search("europe", None));
    }
}
