//! Errors from loading and checking a dataset, each saying what and where.

use std::fmt;
use std::path::PathBuf;

/// One problem found while checking a dataset: where it is and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The record, e.g. "quote `masala-fallback` (`quotes[0]`)".
    pub record: String,
    /// The line of the dataset file the record starts on, when it can be found.
    pub line: Option<usize>,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "line {line}: {}: {}", self.record, self.message),
            None => write!(f, "{}: {}", self.record, self.message),
        }
    }
}

/// Why a dataset could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("cannot read {path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error(
        "{path} is too large for {what}: {size} bytes or more, over the limit of {limit} bytes"
    )]
    TooLarge {
        path: PathBuf,
        /// "a dataset" or "an article".
        what: &'static str,
        size: u64,
        limit: u64,
    },
    #[error(
        "{path}:{line}:{column}: not UTF-8 text (invalid byte at offset {offset}); save the file as UTF-8"
    )]
    NotUtf8 {
        path: PathBuf,
        line: usize,
        column: usize,
        offset: usize,
    },
    #[error("{path}:{line}:{column}: {message}")]
    Syntax {
        path: PathBuf,
        line: usize,
        column: usize,
        message: String,
    },
    #[error("{path}: {} problem{}:\n{}", problems.len(), if problems.len() == 1 { "" } else { "s" }, list(problems))]
    Invalid {
        path: PathBuf,
        problems: Vec<Problem>,
    },
    #[error("no dataset named `{name}`: not a file, and not in {dir}")]
    NotFound { name: String, dir: String },
}

fn list(problems: &[Problem]) -> String {
    problems
        .iter()
        .map(|p| format!("  - {p}"))
        .collect::<Vec<_>>()
        .join("\n")
}
