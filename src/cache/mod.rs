//! A binary copy of a checked dataset in the cache folder, so that a large
//! dataset opens several times faster the next time: no JSON to parse and
//! nothing to check again. A copy is used only while the dataset file and its
//! source files are as they were (same size and modification time), and only
//! if every section's checksum and every reference in it hold; otherwise the
//! dataset is read from its JSON as if there were no copy.

pub mod folder;
pub mod index;
mod sections;

use crate::data::assemble::{actor_index, involving};
use crate::data::load::{LoadOptions, SourceFiles};
use crate::data::*;
use crate::query::SearchIndex;
use crate::query::search::Posting;
use sections::{Sections, section};
use serde::{Deserialize, Serialize};
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};

const MAGIC: &[u8; 16] = b"newsline-cache\n\0";
/// Bumped whenever the model's shape changes: a copy in another format is
/// ignored (and replaced), never misread. 3: the index's words are sorted
/// (the search builds its vocabulary automaton from them).
const FORMAT: u32 = 3;
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
/// Postings per piece of a posting list in the index: a common word's list
/// is a large share of the index, and is written in pieces, a few per section,
/// so that writing it never holds a large part of the index twice.
#[cfg(not(test))]
const PIECE: usize = 1 << 16;
/// Small, so that the tests' lists come in many pieces.
#[cfg(test)]
const PIECE: usize = 1 << 10;
/// Pieces of posting lists per section.
const PIECES_PER_SECTION: usize = 16;

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
        let ds = read(self)?;
        folder::mark_used(&self.file);
        Some(ds)
    }

    /// The search index kept beside the copy, if it is sound and current and
    /// fits a dataset of `quotes` quotes. Building it is most of what a search
    /// from the command line costs on a large dataset.
    pub fn read_index(&self, quotes: usize) -> Option<SearchIndex> {
        let mut sections = open_current(&self.index_file(), self)?;
        let (vocabulary, pieces, quote_words): (u64, u64, Vec<u32>) = sections.next()?;
        let vocabulary = usize::try_from(vocabulary).ok()?;
        let per_word: Vec<u32> = sections.records(vocabulary, CHUNK)?;
        let pieces: Vec<Vec<Posting>> =
            sections.records(usize::try_from(pieces).ok()?, PIECES_PER_SECTION)?;
        // Each word's pieces, joined back into its list.
        let mut pieces = pieces.into_iter();
        let mut lists = Vec::with_capacity(vocabulary);
        for n in per_word {
            if n == 0 {
                return None;
            }
            let mut list = pieces.next()?;
            for _ in 1..n {
                list.extend(pieces.next()?);
            }
            lists.push(list);
        }
        if pieces.next().is_some() {
            return None;
        }
        let words = sections.records(vocabulary, CHUNK)?;
        let ix = SearchIndex::from_parts(words, lists, quote_words)?;
        let ix = ix.fits(quotes).then_some(ix)?;
        folder::mark_used(&self.index_file());
        Some(ix)
    }

    /// Writes the search index beside the copy, as [`CachedCopy::write`] does.
    pub fn write_index(&self, ds: &Dataset, ix: &SearchIndex) -> io::Result<()> {
        let (words, lists, quote_words) = ix.parts();
        // An empty list is one empty piece, so that every word has one.
        let per_word: Vec<u32> = lists
            .iter()
            .map(|l| l.len().div_ceil(PIECE).max(1) as u32)
            .collect();
        let pieces: Vec<&[Posting]> = lists
            .iter()
            .flat_map(|l| {
                let cut: Vec<&[Posting]> = l.chunks(PIECE).collect();
                if cut.is_empty() { vec![&l[..]] } else { cut }
            })
            .collect();
        self.write_file(&self.index_file(), ds, |out, buf| {
            section(
                out,
                buf,
                &(words.len() as u64, pieces.len() as u64, quote_words),
            )?;
            for chunk in per_word.chunks(CHUNK) {
                section(out, buf, chunk)?;
            }
            for chunk in pieces.chunks(PIECES_PER_SECTION) {
                section(out, buf, chunk)?;
            }
            for chunk in words.chunks(CHUNK) {
                section(out, buf, chunk)?;
            }
            Ok(())
        })
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
        self.write_file(&self.file, ds, |out, buf| {
            let head = (
                &ds.title,
                &ds.description,
                &ds.sources,
                &ds.actors,
                &ds.terms,
                ds.events.len() as u64,
                ds.quotes.len() as u64,
            );
            section(out, buf, &head)?;
            for chunk in ds.events.chunks(CHUNK) {
                section(out, buf, chunk)?;
            }
            for chunk in ds.quotes.chunks(CHUNK) {
                section(out, buf, chunk)?;
            }
            Ok(())
        })
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

type Head = (
    String,
    Option<String>,
    Vec<Source>,
    Vec<Actor>,
    Vec<Term>,
    u64,
    u64,
);

/// The sections of `file` after its header, if the header says it was made
/// from the files `plan` names as they are now.
fn open_current(file: &Path, plan: &CachedCopy) -> Option<Sections<io::BufReader<std::fs::File>>> {
    let file = std::fs::File::open(file).ok()?;
    let mut input = io::BufReader::with_capacity(1 << 20, file);
    let mut magic = [0; 16];
    let mut format = [0; 4];
    input.read_exact(&mut magic).ok()?;
    input.read_exact(&mut format).ok()?;
    if &magic != MAGIC || u32::from_le_bytes(format) != FORMAT {
        return None;
    }
    let mut sections = Sections::new(input);
    let header: Header = sections.next()?;
    let current = header.version == env!("CARGO_PKG_VERSION")
        && header.dataset == plan.dataset
        && header.sources.iter().all(|(name, stamp)| {
            // Found again as a load finds it: a copy made when files
            // outside the folder were allowed is not used when they are not.
            let real = plan.sources.resolve(name).ok();
            real.and_then(|r| Stamp::of(&r)).as_ref() == Some(stamp)
        });
    current.then_some(sections)
}

/// The dataset from its copy, or `None` if there is no sound, current copy.
fn read(plan: &CachedCopy) -> Option<Dataset> {
    let mut sections = open_current(&plan.file, plan)?;
    let (title, description, sources, actors, terms, n_events, n_quotes): Head = sections.next()?;
    let (n_events, n_quotes) = (
        usize::try_from(n_events).ok()?,
        usize::try_from(n_quotes).ok()?,
    );
    let events: Vec<Event> = sections.records(n_events, CHUNK)?;
    let quotes: Vec<Quote> = sections.records(n_quotes, CHUNK)?;
    let ds = Dataset {
        title,
        description,
        actor_by_id: actor_index(&actors),
        involving: Vec::new(),
        sources,
        actors,
        events,
        quotes,
        terms,
    };
    if !references_hold(&ds) {
        return None;
    }
    let involving = involving(&ds.actors, &ds.events, &ds.quotes);
    Some(Dataset { involving, ..ds })
}

/// Every index in the dataset points at a record: what the rest of newsline
/// relies on, checked again here because the copy is a file like any other.
fn references_hold(ds: &Dataset) -> bool {
    let (n_s, n_a, n_e, n_q) = (
        ds.sources.len(),
        ds.actors.len(),
        ds.events.len(),
        ds.quotes.len(),
    );
    let actor = |a: &ActorIx| *a < n_a;
    let span = |s: &Span| s.source < n_s && s.start <= s.end;
    ds.sources.iter().all(|s| s.relays.iter().all(actor))
        && ds
            .actors
            .iter()
            .all(|a| a.country.is_none_or(|c| c < n_a) && a.affiliations.iter().all(actor))
        && ds.events.iter().all(|e| {
            e.actors.iter().all(actor)
                && e.sources.iter().all(span)
                && e.quotes.iter().all(|&q| q < n_q)
        })
        && ds
            .quotes
            .iter()
            .all(|q| q.actors().all(|a| a < n_a) && q.event < n_e && span(&q.source))
        && ds
            .terms
            .iter()
            .all(|t| t.refers_to.is_none_or(|a| a < n_a) && t.occurrences.iter().all(span))
}

#[cfg(test)]
mod tests;
