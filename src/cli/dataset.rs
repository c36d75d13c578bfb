//! Which dataset a command works on, and loading it: from its JSON, or from
//! its cached copy ([`crate::cache`], which also keeps the search index).

use super::Failure;
use crate::cache::load_path_cached;
use crate::cache::{CachedCopy, Loaded};
use crate::data::Dataset;
use crate::data::load::{LoadOptions, load_builtin, load_path_with};
use crate::store::paths::resolve;
use crate::store::{paths, settings, settings::Settings};
use std::path::Path;

/// The search index for a command and for the explorer's worker, read from
/// or kept beside the copy: the cache's to decide.
pub(super) use crate::cache::index::{index, index_kept_aside};

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
            ..LoadOptions::default()
        }
    }
}

/// The chosen dataset, its cached copy if it has one (see [`load_path_cached`]),
/// and whether that copy is still to be written (the dataset came from its
/// JSON): left to the caller, so that a command gives its answer first.
pub(crate) fn load(data: DataChoice) -> Result<(Dataset, Option<CachedCopy>, bool), Failure> {
    let (settings, notices) = settings::load(paths::settings_file().as_deref());
    for n in notices {
        super::out::errln!("newsline: {n}");
    }
    Ok(match choose(data.name, &settings)? {
        Some(path) => {
            let loaded = load_file(&path, data.cache, data.options(&settings))?;
            let damaged = loaded.copy.iter().flat_map(CachedCopy::take_notices);
            for n in damaged.chain(missing_articles(&loaded.dataset)) {
                super::out::errln!("newsline: {n}");
            }
            (loaded.dataset, loaded.copy, !loaded.from_copy)
        }
        None => (load_builtin()?, None, false),
    })
}

/// One line for each article file the dataset names that is not there: it
/// opens without those, and says so.
pub(super) fn missing_articles(ds: &Dataset) -> Vec<String> {
    let missing = ds.sources.iter().filter_map(|s| {
        let at = s.missing.as_ref()?;
        Some(format!(
            "article file not found: {at} (source `{}`); its quotes are shown without their context",
            s.id
        ))
    });
    missing.collect()
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

/// Loads the dataset and runs a command on it. The dataset is not dropped but
/// left to the end of the process, which is near (a command runs once per
/// process): freeing a million quotes one by one was a tenth of the CPU of a
/// whole later open (`quotes --search zzzz` at 1M realistic quotes, 4 runs
/// each under `perf stat`: 1.01 s of CPU with the drop, 0.91 s without),
/// work the system's own teardown of the process makes needless.
pub(super) fn with_dataset(
    data: DataChoice,
    f: impl FnOnce(&Dataset, Option<&CachedCopy>) -> Result<u8, Failure>,
) -> Result<u8, Failure> {
    let (ds, copy, unwritten) = load(data)?;
    let answer = f(&ds, copy.as_ref());
    // The answer is out (each command flushes what it prints): what is to be
    // kept for the next open is written now, the command ending soon after.
    // On a first open at a million quotes that is several seconds the
    // answer no longer waits for.
    if let Some(copy) = &copy {
        // A damaged index passed over, if the command searched.
        for n in copy.take_notices() {
            super::out::errln!("newsline: {n}");
        }
        if answer.is_ok() {
            hand_over_stdout();
        }
        crate::crash_test::crash_if_asked(crate::crash_test::Place::CacheWrite);
        crate::crash_test::pause_if_asked(crate::crash_test::Place::CacheWrite);
        copy.write_later(&ds, unwritten);
    }
    std::mem::forget(ds);
    answer
}

/// Once the answer is out, standard output is pointed at `/dev/null`, which
/// closes this process's end of it: a reader at the other end of a pipe (a
/// script, `| wc -l`) sees the answer end now, not once the copy and index
/// written after it are (seconds at a million quotes). Only that reader's
/// wait is lost if it cannot be done.
fn hand_over_stdout() {
    use std::io::Write;
    if std::io::stdout().flush().is_err() {
        return;
    }
    if let Ok(null) = std::fs::File::options().write(true).open("/dev/null") {
        let _ = rustix::stdio::dup2_stdout(&null);
    }
}
