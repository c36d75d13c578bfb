//! Reading a dataset: from a file, from the user's datasets folder, or the one
//! built into the binary. Reads files; knows nothing of terminals.

use super::error::LoadError;
use super::mapped::FileBytes;
use super::model::Dataset;
use super::schema::{DatasetFile, DatasetRaw};
use super::validate::{Invalid, validate};
use serde_json::value::RawValue;
use std::path::{Path, PathBuf};

/// Datasets larger than this are refused before they are read.
pub const MAX_DATASET_BYTES: u64 = 1 << 30;
/// Source articles larger than this are refused before they are read.
pub const MAX_SOURCE_BYTES: u64 = 64 << 20;

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

/// Reads and checks the dataset at `path`; source files are found relative to it.
/// The file is mapped rather than read (see `mapped.rs`), and its quotes are read
/// and checked on both cores ([`validate`]).
pub fn load_path(path: &Path) -> Result<Dataset, LoadError> {
    let base = path.parent().unwrap_or(Path::new(".")).to_path_buf();
    let bytes =
        FileBytes::of(open_checked(path, MAX_DATASET_BYTES)?).map_err(|source| LoadError::Io {
            path: path.to_path_buf(),
            source,
        })?;
    // Checked as UTF-8 at once, with SIMD: 40 to 50 ms for 431 MB, against
    // 170 to 250 ms for the standard library's check, on a single core.
    let file = simdutf8::basic::from_utf8(bytes.bytes())
        .ok()
        .and_then(|json| serde_json::from_str::<DatasetRaw>(json).ok());
    let Some(file) = file else {
        // Read again as text, so that the problem is told as `parse_json`
        // tells it: a BOM, bad UTF-8 or a syntax error, with where.
        return Err(syntax_error(path, &read_text(path, MAX_DATASET_BYTES)?));
    };
    let done = |records: &[&RawValue]| bytes.release(records);
    check(path, file, bytes.bytes(), &done, |name| {
        let full = base.join(name);
        read_text(&full, MAX_SOURCE_BYTES).map_err(|e| format!("source file: {e}"))
    })
}

/// Reads the dataset file at `path` as records, without checking their meaning:
/// for tools that rewrite a dataset ([`crate::import::merge`]).
pub fn read_records(path: &Path) -> Result<DatasetFile, LoadError> {
    let json = read_text(path, MAX_DATASET_BYTES)?;
    parse_json(path, &json)
}

/// Checks dataset JSON as if it were the file at `path` (source files are
/// found relative to it), before it is written there.
pub fn check_json(path: &Path, json: &str) -> Result<Dataset, LoadError> {
    let base = path.parent().unwrap_or(Path::new(".")).to_path_buf();
    parse(path, json, |name| {
        read_text(&base.join(name), MAX_SOURCE_BYTES).map_err(|e| format!("source file: {e}"))
    })
}

/// Reads a UTF-8 text file, refusing one over `limit` bytes without reading it.
pub fn read_text(path: &Path, limit: u64) -> Result<String, LoadError> {
    let mut file = open_checked(path, limit)?;
    let mut bytes = Vec::new();
    std::io::Read::read_to_end(&mut file, &mut bytes).map_err(|source| LoadError::Io {
        path: path.to_path_buf(),
        source,
    })?;
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

/// Opens a file to read, refusing a folder or one over `limit` bytes.
fn open_checked(path: &Path, limit: u64) -> Result<std::fs::File, LoadError> {
    let io = |source| LoadError::Io {
        path: path.to_path_buf(),
        source,
    };
    let file = std::fs::File::open(path).map_err(io)?;
    let meta = file.metadata().map_err(io)?;
    if meta.is_dir() {
        return Err(io(std::io::Error::other("it is a folder, not a file")));
    }
    if meta.len() > limit {
        return Err(LoadError::TooLarge {
            path: path.to_path_buf(),
            size: meta.len(),
            limit,
        });
    }
    Ok(file)
}

/// Parses and checks dataset JSON; `read_source` gives a source file's text.
pub fn parse(
    path: &Path,
    json: &str,
    read_source: impl Fn(&str) -> Result<String, String>,
) -> Result<Dataset, LoadError> {
    let file: DatasetRaw = parse_json(path, json)?;
    check(path, file, json.as_bytes(), &|_| {}, read_source)
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
    read_source: impl Fn(&str) -> Result<String, String>,
) -> Result<Dataset, LoadError> {
    let texts = file
        .sources
        .iter()
        .map(|s| match (&s.text, &s.file) {
            (Some(text), _) => Ok(Some(text.clone())),
            (None, Some(f)) => read_source(f).map(Some),
            (None, None) => Ok(None),
        })
        .collect();
    validate(file, json, texts, done).map_err(|why| match why {
        Invalid::Problems(problems) => LoadError::Invalid {
            path: path.to_path_buf(),
            problems,
        },
        Invalid::Unreadable => syntax_error(path, &String::from_utf8_lossy(json)),
    })
}
/// The folder where users keep their datasets, when there is one.
pub fn datasets_dir() -> Option<PathBuf> {
    crate::store::paths::datasets_dir()
}

/// Resolves `--data`: a path to a file, or the name of a dataset in
/// [`datasets_dir`] (with or without `.json`).
pub fn resolve(name: &str) -> Result<PathBuf, LoadError> {
    let direct = PathBuf::from(name);
    if direct.exists() {
        return Ok(direct);
    }
    let dir = datasets_dir();
    if let Some(dir) = &dir {
        for candidate in [dir.join(name), dir.join(format!("{name}.json"))] {
            if candidate.is_file() {
                return Ok(candidate);
            }
        }
    }
    Err(LoadError::NotFound {
        name: name.to_string(),
        dir: dir.map_or("(no data folder on this platform)".into(), |d| {
            d.display().to_string()
        }),
    })
}
