//! Which dataset a command works on, and loading it: from its JSON, or from
//! its cached copy, with the search index kept beside that copy.

use super::Failure;
use crate::cache::load_path_cached;
use crate::cache::{CachedCopy, Loaded};
use crate::data::Dataset;
use crate::data::load::{LoadOptions, load_builtin, load_path_with, resolve};
use crate::query::SearchIndex;
use crate::store::{paths, settings, settings::Settings};
use std::path::Path;
use std::sync::Arc;

/// Which dataset to use: `--data`, else the settings' `data`, else the built-in
/// one. Also the key its state is kept under.
pub(super) fn choose(
    data: Option<&str>,
    settings: &Settings,
) -> Result<Option<std::path::PathBuf>, Failure> {
    match data.or(settings.data.as_deref()) {
        Some(name) => Ok(Some(resolve(name)?)),
        None => Ok(None),
    }
}

/// The dataset the user chose (`--data`), whether its cached copy may be
/// used (`--no-cache`), and whether its source files may be outside its
/// folder (`--allow-outside-files`).
#[derive(Debug, Clone, Copy)]
pub(crate) struct DataChoice<'a> {
    pub name: Option<&'a str>,
    pub cache: bool,
    pub allow_outside_files: bool,
}

impl DataChoice<'_> {
    /// How source files are read: as the flag or the settings allow.
    pub(crate) fn options(&self, settings: &Settings) -> LoadOptions {
        LoadOptions {
            allow_outside_files: self.allow_outside_files || settings.allow_outside_files,
        }
    }
}

/// The chosen dataset, and its cached copy if it has one (see [`load_path_cached`]).
pub(crate) fn load(data: DataChoice) -> Result<(Dataset, Option<CachedCopy>), Failure> {
    let (settings, notices) = settings::load(paths::settings_file().as_deref());
    for n in notices {
        super::out::errln!("newsline: {n}");
    }
    Ok(match choose(data.name, &settings)? {
        Some(path) => {
            let loaded = load_file(&path, data.cache, data.options(&settings))?;
            // A command ends soon after: the copy is written now, or never.
            // It only saves time, so a copy that cannot be written is no error.
            if let Some(copy) = &loaded.copy
                && !loaded.from_copy
            {
                let _ = copy.write(&loaded.dataset);
            }
            (loaded.dataset, loaded.copy)
        }
        None => (load_builtin()?, None),
    })
}

/// The dataset at `path`: from its cached copy when `cache` allows it and
/// there is a sound one, else from its JSON, after which freed memory goes
/// back to the system at once (see [`crate::alloc`]). Source files are read
/// as `options` allow, from the JSON or for the copy.
pub(super) fn load_file(path: &Path, cache: bool, options: LoadOptions) -> Result<Loaded, Failure> {
    if !cache {
        crate::alloc::return_freed_memory_at_once();
        return Ok(Loaded {
            dataset: load_path_with(path, options)?,
            copy: None,
            from_copy: false,
        });
    }
    let mut loaded = load_path_cached(path, options, cache_min_bytes())?;
    loaded.copy = loaded.copy.map(|c| c.with_max_bytes(cache_max_bytes()));
    if !loaded.from_copy {
        crate::alloc::return_freed_memory_at_once();
    }
    Ok(loaded)
}

/// The size from which a dataset gets a cached copy: [`MIN_BYTES`], or what
/// the environment variable `NEWSLINE_CACHE_MIN_BYTES` says. That variable is
/// for tests, which thus check the copy with a small file in a fraction of
/// the time; it is read here only, not by the data layer.
///
/// [`MIN_BYTES`]: crate::cache::MIN_BYTES
fn cache_min_bytes() -> u64 {
    std::env::var("NEWSLINE_CACHE_MIN_BYTES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(crate::cache::MIN_BYTES)
}

/// The size the cache folder may reach: [`MAX_BYTES`] (2 GiB), or what the
/// environment variable `NEWSLINE_CACHE_MAX_BYTES` says.
///
/// [`MAX_BYTES`]: crate::cache::folder::MAX_BYTES
pub(super) fn cache_max_bytes() -> u64 {
    std::env::var("NEWSLINE_CACHE_MAX_BYTES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(crate::cache::folder::MAX_BYTES)
}

/// Loads the dataset and runs a command on it, then leaves the dataset to the
/// end of the process: freeing a million records one by one would add about a
/// second to every command, and the system takes the memory back at once.
pub(super) fn with_dataset(
    data: DataChoice,
    f: impl FnOnce(&Dataset, Option<&CachedCopy>) -> Result<u8, Failure>,
) -> Result<u8, Failure> {
    let (ds, copy) = load(data)?;
    let ds = std::mem::ManuallyDrop::new(ds);
    f(&ds, copy.as_ref())
}

/// The search index: from the cached copy when it has a sound one, else
/// built, and then kept there for the next search.
pub(super) fn index(ds: &Dataset, copy: Option<&CachedCopy>) -> SearchIndex {
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
pub(super) fn index_kept_aside(
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
