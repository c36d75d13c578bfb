//! Writing a change to the dataset file: under the dataset's lock (so that an
//! import or another explorer never works from a copy this replaces), on the
//! file as it is now (not as it was loaded), checked whole as the dataset it
//! will be, then put in place atomically. Killed at any instant, the file is
//! the old one or the new one.

use super::{Change, EditError, apply};
use crate::data::Dataset;
use crate::data::load::{Kind, LoadOptions, MAX_DATASET_BYTES, check_json, read_text};
use crate::store::{atomic, lock};
use std::io::Write;
use std::path::Path;

/// A change written: the dataset as it now is, and the change that undoes it.
pub struct Committed {
    pub dataset: Dataset,
    pub undo: Change,
}

/// Writes `change` to the dataset at `path`, marking edited records with the
/// time `now` (RFC 3339); source files are read as `options` allow, to check
/// the result.
pub fn commit(
    path: &Path,
    change: &Change,
    now: &str,
    options: LoadOptions,
) -> Result<Committed, EditError> {
    let fail = |source| EditError::Write {
        path: path.to_path_buf(),
        source,
    };
    let _lock = lock::lock_dataset(path, || {}).map_err(fail)?;
    // Leftovers of a writer killed before its rename; under the lock no
    // writer of this dataset is at work, so they are all leftovers.
    let _ = atomic::remove_temporaries(path);
    let text = read_text(path, Kind::Dataset, MAX_DATASET_BYTES)?;
    let applied = apply(&text, change, now)?;
    // Staged first: a file that must not be replaced (read-only) is refused
    // before the work of checking.
    let mut staged = atomic::stage(path).map_err(fail)?;
    let dataset = check_json(path, &applied.text, options).map_err(EditError::Invalid)?;
    staged.write_all(applied.text.as_bytes()).map_err(fail)?;
    staged.commit().map_err(fail)?;
    Ok(Committed {
        dataset,
        undo: applied.undo,
    })
}

/// The time to mark an edit with: now, in UTC, to the second.
pub fn now() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}
