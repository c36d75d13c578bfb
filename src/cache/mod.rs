//! A binary copy of a checked dataset in the cache folder, so that a large
//! dataset opens several times faster the next time: no JSON to parse and
//! nothing to check again. A copy is used only while the dataset file and its
//! source files are as they were (same size and modification time), and only
//! if every section's checksum and every reference in it hold; otherwise the
//! dataset is read from its JSON as if there were no copy.

mod copy;
mod flat;
pub mod folder;
pub mod index;
mod records;
mod sections;

use crate::data::load::{LoadOptions, SourceFiles};
use crate::data::mapped::FileBytes;
use crate::data::*;
use crate::query::SearchIndex;
use sections::{Sections, section};
use serde::{Deserialize, Serialize};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

const MAGIC: &[u8; 16] = b"newsline-cache\n\0";
/// Bumped whenever the model's shape changes: a copy in another format is
/// ignored (and replaced), never misread. 3: the index's words are sorted
/// (the search builds its vocabulary automaton from them). 4: the quotes and
/// the index in the flat layout of `flat.rs`, the file mapped rather than read.
const FORMAT: u32 = 4;
/// Datasets smaller than this load from JSON in a fraction of a second
/// (10,000 quotes, 4 MB, in about 70 ms): they get no copy. The command line
/// lowers it when `NEWSLINE_CACHE_MIN_BYTES` says so, which lets tests check
/// the copy with small files.
pub const MIN_BYTES: u64 = 16 << 20;
/// Records per section: sections are checked and decoded one at a time, so
/// the copy is never in memory whole beside the dataset made from it.
#[cfg(not(test))]
const CHUNK: usize = 1 << 15;
/// Small, so that the tests' copies come in many sections without the tens
/// of thousands of records (and the minutes in a debug build) that the real
/// size would need.
#[cfg(test)]
const CHUNK: usize = 1 << 8;
/// Postings per section of the index, all lists end to end: 16 MB each, so
/// that writing never holds a large part of the index twice, and reading
/// checks them on both cores.
#[cfg(not(test))]
const PIECE: usize = 1 << 22;
/// Small, so that the tests' lists come in many sections.
#[cfg(test)]
const PIECE: usize = 1 << 10;
/// Copies and indexes larger than this are not read (a sound one at the
/// largest dataset, 1 GiB of JSON, is well under).
const MAX_COPY_BYTES: u64 = 8 << 30;

/// What a file was when the copy was made.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
struct Stamp {
    len: u64,
    modified_ns: u128,
}

impl Stamp {
    fn of(path: &Path) -> Option<Stamp> {
        let meta = std::fs::metadata(path).ok()?;
        let modified = meta.modified().ok()?;
        let since = modified.duration_since(std::time::UNIX_EPOCH).ok()?;
        Some(Stamp {
            len: meta.len(),
            modified_ns: since.as_nanos(),
        })
    }
}

/// The files a copy was made from, checked before it is used.
#[derive(Debug, PartialEq, Eq, Serialize, Deserialize)]
struct Header {
    version: String,
    dataset: Stamp,
    /// Each source file named by the dataset (relative to it), as it was.
    sources: Vec<(String, Stamp)>,
}

/// The cached copy of one dataset (and of its search index): to read, or to
/// write once the dataset has been read from its JSON. See [`load_path_cached`].
#[derive(Debug)]
pub struct CachedCopy {
    file: PathBuf,
    /// Where the source files are, and which may be read: a copy whose
    /// sources may not be is not used.
    sources: SourceFiles,
    /// Taken before the JSON was read, so that a file changed while it was
    /// being read makes the copy stale rather than wrong.
    dataset: Stamp,
    /// The size the cache folder may reach once this copy is written: older
    /// copies are removed to keep it so ([`folder::make_room`]).
    max_bytes: u64,
    /// An index built by a command, written once its answer is out.
    later: std::sync::Mutex<Option<std::sync::Arc<SearchIndex>>>,
    /// What to tell the user: a copy or index found damaged, and passed over.
    notices: std::sync::Mutex<Vec<String>>,
}

/// Why a copy or an index was not used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Unused {
    /// There is none, or it is out of date or of another version's format:
    /// nothing to tell, it is made again.
    Absent,
    /// It is current, but a checksum, a length or a reference in it does
    /// not hold: passed over with a notice, and made again.
    Damaged,
}

/// Where the copy of the dataset at `path` lives: one file per dataset path.
fn cache_file(path: &Path) -> Option<PathBuf> {
    let full = std::fs::canonicalize(path).ok()?;
    let dir = crate::store::paths::cache_dir()?;
    Some(dir.join(file_name(&full)))
}

/// The copy's file name for the dataset at the canonical path `full`: its
/// stem, for a reader of the folder, and a hash of the whole path. The hash
/// must give the same name in every version of newsline and on every run:
/// with one that may change (`std`'s or `FxHasher`, which promise nothing
/// across versions) an upgrade would look for the copy under a new name and
/// leave the old one, hundreds of MB for a large dataset, behind for good.
/// XXH3 is fixed by its specification, and its seed here by this constant.
fn file_name(full: &Path) -> String {
    const SEED: u64 = 0;
    let hash = xxhash_rust::xxh3::xxh3_64_with_seed(full.as_os_str().as_encoded_bytes(), SEED);
    let stem = full.file_stem().unwrap_or_default().to_string_lossy();
    let stem: String = stem
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '-' })
        .take(40)
        .collect();
    format!("{stem}-{hash:016x}.bin")
}

/// A dataset loaded by [`load_path_cached`], and its cached copy when it is
/// large enough to have one.
pub struct Loaded {
    pub dataset: Dataset,
    pub copy: Option<CachedCopy>,
    /// Whether the dataset came from the copy; if not, the copy is still to
    /// be written, which is left to the caller (the explorer does it on
    /// another thread once the dataset is shown).
    pub from_copy: bool,
}

/// Loads the dataset at `path` from its copy when there is a sound one, else
/// from its JSON ([`crate::data::load::load_path_with`]); source files are read as
/// `options` allow, in both cases. Only a dataset of `min_bytes` or more
/// ([`MIN_BYTES`] unless a test wants less) has a copy.
pub fn load_path_cached(
    path: &Path,
    options: LoadOptions,
    min_bytes: u64,
) -> Result<Loaded, crate::data::LoadError> {
    let copy = Stamp::of(path)
        .filter(|s| s.len >= min_bytes)
        .and_then(|_| CachedCopy::at(path, cache_file(path)?))
        .map(|c| c.with_options(options));
    if let Some(ds) = copy.as_ref().and_then(CachedCopy::read) {
        return Ok(Loaded {
            dataset: ds,
            copy,
            from_copy: true,
        });
    }
    Ok(Loaded {
        dataset: crate::data::load::load_path_with(path, options)?,
        copy,
        from_copy: false,
    })
}

impl CachedCopy {
    /// The copy of the dataset at `path` kept in `file`, whatever its size
    /// (the benchmark keeps its copies apart from the user's).
    /// Its source files are those the default options allow.
    pub fn at(path: &Path, file: PathBuf) -> Option<CachedCopy> {
        Some(CachedCopy {
            file,
            sources: SourceFiles::beside(path, LoadOptions::default()).ok()?,
            dataset: Stamp::of(path)?,
            max_bytes: folder::MAX_BYTES,
            later: std::sync::Mutex::default(),
            notices: std::sync::Mutex::default(),
        })
    }

    /// The same copy, in a folder that may hold `max_bytes` at most
    /// ([`folder::MAX_BYTES`] unless said otherwise).
    pub fn with_max_bytes(self, max_bytes: u64) -> CachedCopy {
        CachedCopy { max_bytes, ..self }
    }

    /// The same copy, for source files read as `options` allow.
    pub fn with_options(self, options: LoadOptions) -> CachedCopy {
        CachedCopy {
            sources: self.sources.with_options(options),
            ..self
        }
    }

    /// The dataset from the copy, or `None` if there is no sound, current one.
    pub fn read(&self) -> Option<Dataset> {
        let ds = self.told(
            copy::read(self),
            &self.file,
            "dataset was read from its JSON",
        )?;
        folder::mark_used(&self.file);
        Some(ds)
    }

    /// The value, or `None` with a notice kept if `file` was found damaged.
    fn told<T>(&self, read: Result<T, Unused>, file: &Path, instead: &str) -> Option<T> {
        match read {
            Ok(value) => Some(value),
            Err(Unused::Absent) => None,
            Err(Unused::Damaged) => {
                let file = crate::text::clean(&file.display().to_string(), false);
                let notice = format!(
                    "the cached copy {file} is damaged and was passed over: the {instead}, and it will be made again"
                );
                if let Ok(mut notices) = self.notices.lock() {
                    notices.push(notice);
                }
                None
            }
        }
    }

    /// What is to be told about this copy (a damaged copy or index passed
    /// over), each notice once.
    pub fn take_notices(&self) -> Vec<String> {
        self.notices
            .lock()
            .map(|mut n| std::mem::take(&mut *n))
            .unwrap_or_default()
    }

    /// The search index kept beside the copy, if it is sound and current and
    /// fits a dataset of `quotes` quotes. Building it is most of what a search
    /// from the command line costs on a large dataset.
    pub fn read_index(&self, quotes: usize) -> Option<SearchIndex> {
        let file = self.index_file();
        let ix = self.told(
            index::read(self, quotes),
            &file,
            "search index was built again",
        )?;
        folder::mark_used(&file);
        Some(ix)
    }

    /// Writes the search index beside the copy, as [`CachedCopy::write`] does.
    pub fn write_index(&self, ds: &Dataset, ix: &SearchIndex) -> io::Result<()> {
        if ds.quotes.len() >= 1 << 31 {
            return Err(io::Error::other("too many quotes for an index"));
        }
        self.write_file(&self.index_file(), ds, |out, buf| {
            index::write(ix, out, buf)
        })
    }

    /// Keeps a built index to be written by [`CachedCopy::write_later`].
    pub(crate) fn keep_for_later(&self, ix: std::sync::Arc<SearchIndex>) {
        if let Ok(mut later) = self.later.lock() {
            *later = Some(ix);
        }
    }

    /// What a command leaves until its answer is out: the index it built, if
    /// any, then the copy when `copy_too` says the dataset came from its JSON.
    /// Only time is lost if they cannot be written, so errors are not told.
    pub fn write_later(&self, ds: &Dataset, copy_too: bool) {
        let ix = self.later.lock().ok().and_then(|mut l| l.take());
        if let Some(ix) = ix {
            let _ = self.write_index(ds, &ix);
        }
        if copy_too {
            let _ = self.write(ds);
        }
    }

    /// Removes the temporary files of a copy or index not yet whole; whole
    /// ones are left. A writer still at work then cannot finish: its rename
    /// fails.
    pub fn remove_unfinished(&self) {
        for file in [&self.file, &self.index_file()] {
            let _ = crate::store::atomic::remove_temporaries(file);
        }
    }

    fn index_file(&self) -> PathBuf {
        self.file.with_extension("index.bin")
    }

    /// Writes the copy: to a temporary file first, renamed over the old copy
    /// only when whole, so a reader never sees half of one.
    pub fn write(&self, ds: &Dataset) -> io::Result<()> {
        self.write_file(&self.file, ds, |out, buf| copy::write(ds, out, buf))
    }

    /// Writes `file`: its header, then the sections `body` writes.
    fn write_file(
        &self,
        file: &Path,
        ds: &Dataset,
        body: impl FnOnce(&mut io::BufWriter<&mut dyn Write>, &mut Vec<u8>) -> io::Result<()>,
    ) -> io::Result<()> {
        let mut sources = Vec::new();
        for s in &ds.sources {
            if let Some(name) = &s.file {
                let stamp = self
                    .sources
                    .resolve(name)
                    .ok()
                    .and_then(|real| Stamp::of(&real))
                    .ok_or_else(|| io::Error::other(format!("source file `{name}` is gone")))?;
                sources.push((name.clone(), stamp));
            }
        }
        let header = Header {
            version: env!("CARGO_PKG_VERSION").to_string(),
            dataset: self.dataset.clone(),
            sources,
        };
        crate::store::atomic::write_with(file, |out| {
            let mut out = io::BufWriter::new(out);
            out.write_all(MAGIC)?;
            out.write_all(&FORMAT.to_le_bytes())?;
            let mut buf = Vec::new();
            section(&mut out, &mut buf, &header)?;
            body(&mut out, &mut buf)?;
            out.flush()
        })?;
        // Room is made after the copy is whole, when its size is known; the
        // copy itself, which this process is using, is never what goes.
        if let Some(dir) = file.parent() {
            folder::make_room(dir, self.max_bytes, &[&self.file, &self.index_file()])?;
        }
        Ok(())
    }
}

/// The bytes of `file`, mapped, and where its sections after the header
/// start, if the header says it was made from the files `plan` names as
/// they are now, in this version's format.
fn open_current(file: &Path, plan: &CachedCopy) -> Result<(FileBytes, usize), Unused> {
    let file = std::fs::File::open(file).map_err(|_| Unused::Absent)?;
    let len = file.metadata().map_err(|_| Unused::Absent)?.len();
    if len > MAX_COPY_BYTES {
        return Err(Unused::Damaged);
    }
    // Mapped, each part given back once read: the copy is never in memory
    // whole beside the dataset made from it (316 MB at a million quotes of
    // real text). newsline never changes a copy in place (it writes a new
    // file and renames it, and removes by unlinking, which leaves a mapping
    // as it was), so the bytes stay those that were checked while they are
    // read; see `FileBytes::of` for what another program could do.
    let map = FileBytes::of_lazily(file, MAX_COPY_BYTES).map_err(|_| Unused::Absent)?;
    let bytes = map.bytes();
    let (magic, rest) = bytes.split_first_chunk::<16>().ok_or(Unused::Damaged)?;
    let (format, rest) = rest.split_first_chunk::<4>().ok_or(Unused::Damaged)?;
    if magic != MAGIC {
        return Err(Unused::Damaged);
    }
    if u32::from_le_bytes(*format) != FORMAT {
        return Err(Unused::Absent);
    }
    let mut sections = Sections::new(rest);
    let header: Header = sections.next().ok_or(Unused::Damaged)?;
    let current = header.version == env!("CARGO_PKG_VERSION")
        && header.dataset == plan.dataset
        && header.sources.iter().all(|(name, stamp)| {
            // Found again as a load finds it: a copy made when files
            // outside the folder were allowed is not used when they are not.
            let real = plan.sources.resolve(name).ok();
            real.and_then(|r| Stamp::of(&r)).as_ref() == Some(stamp)
        });
    let start = bytes.len() - sections.rest_len();
    if current {
        Ok((map, start))
    } else {
        Err(Unused::Absent)
    }
}

#[cfg(test)]
mod tests;
