//! The files a review reads and writes: the article it reviews, and the
//! commit, which merges what the decisions keep into the dataset under the
//! dataset's lock, after checking that a dataset changed since the review
//! began still has what the review refers to. The review itself stays pure.

use super::Review;
use crate::data::load::{Kind, LoadOptions, read_records, read_text};
use crate::import::MAX_ARTICLE_BYTES;
use crate::import::merge::{MergeError, MergeReport, merge_into};
use crate::store::lock::lock_dataset;
use std::io::ErrorKind;
use std::path::Path;

/// The article at `path`, cleaned as the importer and the merge expect it
/// (spans count the cleaned text, and that text is what is copied).
pub fn read_article(path: &Path) -> Result<String, String> {
    let text = read_text(path, Kind::Article, MAX_ARTICLE_BYTES).map_err(|e| e.to_string())?;
    let text = crate::text::clean(&text, true);
    if text.trim().is_empty() {
        return Err(format!("{}: the article is empty", path.display()));
    }
    Ok(text)
}

/// What the dataset file holds, as a hash of its bytes, to tell whether it
/// changed while a review was open. `None` when it cannot be read.
pub fn fingerprint(dataset: &Path) -> Option<u64> {
    std::fs::read(dataset)
        .ok()
        .map(|bytes| xxhash_rust::xxh3::xxh3_64(&bytes))
}

/// A commit that went through.
#[derive(Debug)]
pub struct Committed {
    pub report: MergeReport,
    /// The dataset had changed since the review began; the records were
    /// merged into it as it is now, and nothing of the other change was lost.
    pub changed_meanwhile: bool,
}

/// Merges what `review` keeps into `dataset`, under its lock. `since` is the
/// dataset's [`fingerprint`] when the review began: when the file is no
/// longer the same, the review is checked against it again (the actors it
/// names must still be there), and the merge, which reads the file under the
/// lock, adds to the current content instead of writing over it. The
/// dataset is unchanged on any error.
pub fn commit(
    dataset: &Path,
    options: LoadOptions,
    since: Option<u64>,
    article: &Path,
    text: &str,
    review: &Review,
) -> Result<Committed, String> {
    let lock = lock_dataset(dataset, || {})
        .map_err(|e| write_failure(dataset, &e.to_string(), e.kind()))?;
    let changed_meanwhile = fingerprint(dataset) != since;
    if changed_meanwhile {
        let file = read_records(dataset).map_err(|e| {
            format!("the dataset changed since the review began and cannot be read now: {e}")
        })?;
        for id in review.existing_actors() {
            if !file.actors.iter().any(|a| a.id.as_str() == id) {
                return Err(format!(
                    "the dataset changed since the review began: actor `{id}` is no longer in it; choose that speaker again (s)"
                ));
            }
        }
    }
    let report = merge_into(
        dataset,
        &lock,
        article,
        text,
        &review.to_proposal(),
        options,
    )
    .map_err(|e| match e {
        MergeError::Write { path, source } => {
            write_failure(&path, &source.to_string(), source.kind())
        }
        other => other.to_string(),
    })?;
    Ok(Committed {
        report,
        changed_meanwhile,
    })
}

/// A failed write in words a user acts on. A read-only file's error says so
/// already, with what to do (see [`crate::store::atomic`]).
fn write_failure(path: &Path, error: &str, kind: ErrorKind) -> String {
    let why = match kind {
        ErrorKind::StorageFull | ErrorKind::QuotaExceeded => format!("the disk is full ({error})"),
        ErrorKind::ReadOnlyFilesystem => format!("the file system is read-only ({error})"),
        _ => error.to_string(),
    };
    format!("cannot write {}: {why}", path.display())
}

#[cfg(test)]
#[path = "commit_tests.rs"]
mod tests;
