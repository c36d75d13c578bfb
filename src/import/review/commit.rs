//! The files a review reads and writes: the article it reviews, and the
//! commit, which merges what the decisions keep into the dataset under the
//! dataset's lock, after checking that a dataset changed since the review
//! began still has what the review refers to. The review itself stays pure.

use super::Review;
use crate::data::load::{Kind, LoadOptions, read_records, read_text};
use crate::import::MAX_ARTICLE_BYTES;
use crate::import::merge::{MergeError, MergeReport, merge_into};
use crate::store::lock::lock_dataset;
use std::io::{ErrorKind, Read};
use std::path::Path;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

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

/// The dataset file as the explorer loaded it, known without reading it
/// whole before the first frame: its stamp is one `stat`, and the hash of its
/// bytes (hundreds of MB to read for a large dataset) is taken when a review
/// begins, and only if the file still has the stamp it was loaded with.
///
/// A stamp can miss a change: a file rewritten in place to the same length
/// within one tick of the file system's clock keeps its times. So a file
/// changed shortly before it was loaded ([`RACY`]) is hashed when it is
/// loaded, as every file was before; any later change to it then gets a
/// later change time, and a different stamp.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct LoadedFile {
    stamp: Option<FileStamp>,
    hash: Option<u64>,
}

/// How long after its last change a file's stamp is not trusted to show the
/// next one: more than a coarse kernel clock's tick, and than the 2 s of
/// FAT's modification times.
pub const RACY: Duration = Duration::from_secs(3);

/// What `stat` says of a file: a change rewrites its change time (which no
/// program can set back), a replacement its inode.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct FileStamp {
    len: u64,
    modified: (i64, i64),
    changed: (i64, i64),
    inode: u64,
    device: u64,
}

impl FileStamp {
    fn of(meta: &std::fs::Metadata) -> FileStamp {
        use std::os::unix::fs::MetadataExt;
        FileStamp {
            len: meta.len(),
            modified: (meta.mtime(), meta.mtime_nsec()),
            changed: (meta.ctime(), meta.ctime_nsec()),
            inode: meta.ino(),
            device: meta.dev(),
        }
    }

    /// Whether the file changed less than `racy` before `now`, or later.
    fn is_racy(&self, now: SystemTime, racy: Duration) -> bool {
        let changed = Duration::new(
            self.changed.0.max(0).unsigned_abs(),
            self.changed.1.clamp(0, 999_999_999) as u32,
        );
        let now = now.duration_since(UNIX_EPOCH).unwrap_or_default();
        changed + racy > now
    }
}

impl LoadedFile {
    /// The file at `dataset` as it is now, about to be loaded: its stamp,
    /// and its hash too if it changed less than [`RACY`] ago.
    pub fn before_loading(dataset: &Path) -> LoadedFile {
        LoadedFile::before_loading_with(dataset, RACY)
    }

    pub(crate) fn before_loading_with(dataset: &Path, racy: Duration) -> LoadedFile {
        let now = SystemTime::now();
        let stamp = std::fs::metadata(dataset).ok().map(|m| FileStamp::of(&m));
        match stamp {
            Some(s) if !s.is_racy(now, racy) => LoadedFile { stamp, hash: None },
            _ => LoadedFile::hashed(dataset),
        }
    }

    /// The file at `dataset` as it is now, hashed (after a commit, which read
    /// it whole anyway).
    pub fn hashed(dataset: &Path) -> LoadedFile {
        let stamp = std::fs::metadata(dataset).ok().map(|m| FileStamp::of(&m));
        LoadedFile {
            stamp,
            hash: stamp.and_then(|s| hash_if(dataset, s)),
        }
    }

    /// A file known by its hash alone (`Default` knows nothing of it: a
    /// review begun on it counts the file as changed).
    pub fn from_hash(hash: u64) -> LoadedFile {
        LoadedFile {
            stamp: None,
            hash: Some(hash),
        }
    }

    /// The [`fingerprint`] of the file as it was loaded, for a review that
    /// begins now: `None` when it has changed since (or cannot be read), which
    /// [`commit`] counts as a change.
    pub fn fingerprint(&self, dataset: &Path) -> Option<u64> {
        self.hash.or_else(|| hash_if(dataset, self.stamp?))
    }
}

/// The hash of the file at `path` if it has stamp `stamp` before and after
/// it is read: then what is read is what had that stamp.
fn hash_if(path: &Path, stamp: FileStamp) -> Option<u64> {
    let mut file = std::fs::File::open(path).ok()?;
    if FileStamp::of(&file.metadata().ok()?) != stamp {
        return None;
    }
    let mut bytes = Vec::with_capacity(usize::try_from(stamp.len).unwrap_or(0));
    file.read_to_end(&mut bytes).ok()?;
    let after = std::fs::metadata(path).ok().map(|m| FileStamp::of(&m));
    (after == Some(stamp)).then(|| xxhash_rust::xxh3::xxh3_64(&bytes))
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
/// dataset's [`fingerprint`] when the review began (`None` if not known):
/// when the file is no
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
    // Not knowing what the file held (it had changed before the review
    // began, or could not be read) counts as a change: the review is
    // checked against the file as it is now.
    let changed_meanwhile = since.is_none() || fingerprint(dataset) != since;
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
