//! Reading a dataset: from a file, from the user's datasets folder, or the one
//! built into the binary. Reads files; knows nothing of terminals.

mod files;

pub use files::{ALLOW_HINT, Kind, LoadOptions, SourceFiles, open_regular};

use super::error::LoadError;
use super::mapped::FileBytes;
use super::model::Dataset;
use super::schema::{DatasetFile, DatasetRaw, SourceRecord};
use super::validate::{Invalid, validate};
use rustc_hash::FxHashMap;
use serde_json::value::RawValue;
use std::path::{Path, PathBuf};

/// Datasets larger than this are refused, checked while they are read.
pub const MAX_DATASET_BYTES: u64 = 1 << 30;
/// Source articles larger than this, in a file or inline, are refused.
pub const MAX_SOURCE_BYTES: u64 = 64 << 20;
/// All of a dataset's articles together, each counted once for every source
/// that has it: past this the rest are not read. Checking holds each article
/// about six times over (its text, its chars for the spans, the cleaned copy),
/// so this bounds a load's memory for articles to about 1.5 GiB.
pub const MAX_TOTAL_SOURCE_BYTES: u64 = 256 << 20;

/// The name the built-in dataset goes by in messages.
pub const BUILTIN_NAME: &str = "built-in dataset (coalition-of-the-willing.json)";

const BUILTIN_JSON: &str = include_str!("../../data/coalition-of-the-willing.json");
const BUILTIN_SOURCES: [(&str, &str); 2] = [
    (
        "../seeds/2024-11-26_masala-ground-troops_fr.txt",
        include_str!("../../seeds/2024-11-26_masala-ground-troops_fr.txt"),
    ),
    (
        "../seeds/2025-08-10_coalition-no-troops_fr.txt",
        include_str!("../../seeds/2025-08-10_coalition-no-troops_fr.txt"),
    ),
];

/// The built-in dataset's JSON and its articles, under the names the JSON
/// gives them: for `newsline new --from-builtin`, which copies them out.
pub fn builtin_files() -> (&'static str, &'static [(&'static str, &'static str)]) {
    (BUILTIN_JSON, &BUILTIN_SOURCES)
}

/// The dataset shipped inside the binary, with its two source articles.
pub fn load_builtin() -> Result<Dataset, LoadError> {
    parse(Path::new(BUILTIN_NAME), BUILTIN_JSON, |file| {
        BUILTIN_SOURCES
            .iter()
            .find(|(name, _)| *name == file)
            .map(|(_, text)| text.to_string())
            .ok_or_else(|| format!("file `{file}` is not built in"))
    })
}

/// [`load_path_with`] with the default options: source files only from
/// inside the dataset's folder.
pub fn load_path(path: &Path) -> Result<Dataset, LoadError> {
    load_path_with(path, LoadOptions::default())
}

/// Reads and checks the dataset at `path`; source files are found relative to
/// its real file, and read as `options` allow ([`SourceFiles`]).
/// The file is mapped rather than read (see `mapped.rs`), and its quotes are read
/// and checked on both cores ([`validate`]).
pub fn load_path_with(path: &Path, options: LoadOptions) -> Result<Dataset, LoadError> {
    let file = open_regular(path, Kind::Dataset, MAX_DATASET_BYTES)?;
    let sources = source_files(path, options)?;
    let bytes = FileBytes::of(file, MAX_DATASET_BYTES).map_err(|source| LoadError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    if bytes.bytes().len() as u64 > MAX_DATASET_BYTES {
        return Err(LoadError::TooLarge {
            path: path.to_path_buf(),
            what: "a dataset",
            size: bytes.bytes().len() as u64,
            limit: MAX_DATASET_BYTES,
        });
    }
    // Checked as UTF-8 at once, with SIMD: 40 to 50 ms for 431 MB, against
    // 170 to 250 ms for the standard library's check, on a single core.
    let file = simdutf8::basic::from_utf8(bytes.bytes())
        .ok()
        .and_then(|json| serde_json::from_str::<DatasetRaw>(json).ok());
    let Some(file) = file else {
        // Read again as text, so that the problem is told as `parse_json`
        // tells it: a BOM, bad UTF-8 or a syntax error, with where.
        return Err(syntax_error(
            path,
            &read_text(path, Kind::Dataset, MAX_DATASET_BYTES)?,
        ));
    };
    let done = |records: &[&RawValue]| bytes.release(records);
    check(path, file, bytes.bytes(), &done, &sources)
}

/// The source files of the dataset at `path`, as `options` allow them.
pub fn source_files(path: &Path, options: LoadOptions) -> Result<SourceFiles, LoadError> {
    SourceFiles::beside(path, options).map_err(|source| LoadError::Io {
        path: path.to_path_buf(),
        source,
    })
}

/// Reads the dataset file at `path` as records, without checking their meaning:
/// for tools that rewrite a dataset (the import's merge).
pub fn read_records(path: &Path) -> Result<DatasetFile, LoadError> {
    let json = read_text(path, Kind::Dataset, MAX_DATASET_BYTES)?;
    parse_json(path, &json)
}

/// Checks dataset JSON as if it were the file at `path` (source files are
/// found relative to it and read as `options` allow), before it is written there.
pub fn check_json(path: &Path, json: &str, options: LoadOptions) -> Result<Dataset, LoadError> {
    let sources = source_files(path, options)?;
    let file: DatasetRaw = parse_json(path, json)?;
    check(path, file, json.as_bytes(), &|_| {}, &sources)
}

/// Reads a UTF-8 text file: only a regular file, and refused as soon as it
/// gives more than `limit` bytes.
pub fn read_text(path: &Path, kind: Kind, limit: u64) -> Result<String, LoadError> {
    let file = open_regular(path, kind, limit)?;
    let bytes = files::read_at_most(file, path, kind, limit)?;
    String::from_utf8(bytes).map_err(|e| {
        let offset = e.utf8_error().valid_up_to();
        let valid = &e.as_bytes()[..offset];
        let line_start = valid.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
        LoadError::NotUtf8 {
            path: path.to_path_buf(),
            line: valid.iter().filter(|&&b| b == b'\n').count() + 1,
            // Columns count chars, as serde_json's do.
            column: String::from_utf8_lossy(&valid[line_start..])
                .chars()
                .count()
                + 1,
            offset,
        }
    })
}

/// Parses and checks dataset JSON; `read_source` gives a source file's text.
pub fn parse(
    path: &Path,
    json: &str,
    read_source: impl Fn(&str) -> Result<String, String>,
) -> Result<Dataset, LoadError> {
    let file: DatasetRaw = parse_json(path, json)?;
    check(path, file, json.as_bytes(), &|_| {}, &Given(read_source))
}

/// The syntax step: JSON into records, with file, line and column on error.
fn parse_json<'a, T: serde::Deserialize<'a>>(path: &Path, json: &'a str) -> Result<T, LoadError> {
    let syntax = |line, column, message: String| LoadError::Syntax {
        path: path.to_path_buf(),
        line,
        column,
        message,
    };
    if json.starts_with('\u{feff}') {
        return Err(syntax(
            1,
            1,
            "the file starts with a byte-order mark (BOM); save it as UTF-8 without BOM".into(),
        ));
    }
    serde_json::from_str(json).map_err(|e| {
        let message = match e.classify() {
            serde_json::error::Category::Eof => {
                format!("the file ends too early (truncated?): {e}")
            }
            _ => e.to_string(),
        };
        // serde_json appends " at line L column C"; the location is already in front.
        let message = match message.rfind(" at line ") {
            Some(i) => message[..i].to_string(),
            None => message,
        };
        syntax(e.line(), e.column(), message)
    })
}

/// What a file that is not a dataset's records is told as: the first syntax
/// or type error of the whole file, with where.
fn syntax_error(path: &Path, json: &str) -> LoadError {
    match parse_json::<DatasetFile>(path, json) {
        Err(e) => e,
        Ok(_) => LoadError::Syntax {
            path: path.to_path_buf(),
            line: 1,
            column: 1,
            message: "the file reads as a dataset only when read whole".into(),
        },
    }
}

/// The meaning step: references, dates, spans. `json` is the file's text,
/// where its quotes are read and the lines of problems found; `done` is given
/// each run of quotes once they are in the model.
fn check(
    path: &Path,
    file: DatasetRaw,
    json: &[u8],
    done: &(dyn Fn(&[&RawValue]) + Sync),
    sources: &dyn ReadSources,
) -> Result<Dataset, LoadError> {
    let (texts, missing) = source_texts(&file.sources, sources);
    let mut ds = validate(file, json, texts, done).map_err(|why| match why {
        Invalid::Problems(problems) => LoadError::Invalid {
            path: path.to_path_buf(),
            problems,
        },
        Invalid::Unreadable => syntax_error(path, &String::from_utf8_lossy(json)),
    })?;
    // Sources keep their order in the model.
    for (source, missing) in ds.sources.iter_mut().zip(missing) {
        source.missing = missing.map(|at| crate::text::clean(&at.display().to_string(), false));
    }
    Ok(ds)
}

/// Where source texts come from: files beside the dataset, or as given.
trait ReadSources {
    /// Where the file a source names is, the same for every name of one file.
    fn locate(&self, name: &str) -> Result<PathBuf, String>;
    /// The text of the file [`ReadSources::locate`] gave.
    fn read(&self, at: &Path) -> Result<String, String>;
    /// Where the file a source names was looked for, when it is not there
    /// and that is to be let pass (see [`LoadOptions`]).
    fn missing(&self, name: &str) -> Option<PathBuf>;
}

impl ReadSources for SourceFiles {
    fn locate(&self, name: &str) -> Result<PathBuf, String> {
        self.resolve(name)
    }
    fn read(&self, at: &Path) -> Result<String, String> {
        SourceFiles::read(self, at, MAX_SOURCE_BYTES)
    }
    fn missing(&self, name: &str) -> Option<PathBuf> {
        SourceFiles::missing(self, name)
    }
}

/// Source texts given by the caller ([`parse`]), by name.
struct Given<F>(F);

impl<F: Fn(&str) -> Result<String, String>> ReadSources for Given<F> {
    fn locate(&self, name: &str) -> Result<PathBuf, String> {
        Ok(PathBuf::from(name))
    }
    fn read(&self, at: &Path) -> Result<String, String> {
        (self.0)(&at.to_string_lossy())
    }
    fn missing(&self, _name: &str) -> Option<PathBuf> {
        None
    }
}

/// A source's text, if it has one, or why it could not be read.
type SourceText = Result<Option<String>, String>;

/// Each source's text, inline or read, or why there is none: an article over
/// [`MAX_SOURCE_BYTES`], or one that takes the total over
/// [`MAX_TOTAL_SOURCE_BYTES`] (after which no more are read). A file named by
/// several sources is read once. Beside them, where each missing file was
/// looked for, for a source that goes without its text.
fn source_texts(
    records: &[SourceRecord],
    sources: &dyn ReadSources,
) -> (Vec<SourceText>, Vec<Option<PathBuf>>) {
    let mut missing: Vec<Option<PathBuf>> = records.iter().map(|_| None).collect();
    let mut total: u64 = 0;
    let mut over = false;
    let mut read_at: FxHashMap<PathBuf, usize> = FxHashMap::default();
    let mut texts: Vec<SourceText> = Vec::with_capacity(records.len());
    for (i, s) in records.iter().enumerate() {
        if over {
            texts.push(Ok(None));
            continue;
        }
        if let (None, Some(name)) = (&s.text, &s.file)
            && let Some(at) = sources.missing(name)
        {
            missing[i] = Some(at);
            texts.push(Ok(None));
            continue;
        }
        let text = match (&s.text, &s.file) {
            (Some(text), _) if text.len() as u64 > MAX_SOURCE_BYTES => Err(format!(
                "its inline text is {} bytes, over the limit of {MAX_SOURCE_BYTES} bytes for an article",
                text.len()
            )),
            (Some(text), _) => Ok(text.clone()),
            (None, Some(name)) => sources.locate(name).and_then(|at| match read_at.get(&at) {
                Some(&i) => match &texts[i] {
                    Ok(Some(text)) => Ok(text.clone()),
                    Ok(None) => Err("its file could not be read".into()),
                    Err(why) => Err(why.clone()),
                },
                None => {
                    read_at.insert(at.clone(), texts.len());
                    sources.read(&at)
                }
            }),
            (None, None) => {
                texts.push(Ok(None));
                continue;
            }
        };
        let text = text.and_then(|t| match t.len() as u64 {
            n if n > MAX_SOURCE_BYTES => Err(format!(
                "its article is {n} bytes, over the limit of {MAX_SOURCE_BYTES} bytes for an article"
            )),
            n if total + n > MAX_TOTAL_SOURCE_BYTES => {
                over = true;
                Err(format!(
                    "with this source the dataset's articles come to more than {MAX_TOTAL_SOURCE_BYTES} bytes, \
                     the limit for one dataset (each source counts its article); the sources after it were not read"
                ))
            }
            n => {
                total += n;
                Ok(t)
            }
        });
        texts.push(text.map(Some));
    }
    if over {
        // The dataset is refused: its spans are not checked against the
        // texts already read, which would cost several times their size.
        for text in &mut texts {
            if let Ok(Some(_)) = text {
                *text = Ok(None);
            }
        }
    }
    (texts, missing)
}
