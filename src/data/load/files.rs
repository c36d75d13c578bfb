//! Opening the files a dataset is made of. Only regular files are read, and
//! never by a call that could wait (a FIFO, a terminal); sizes are checked
//! while reading, not only from what the file says of itself; and a source
//! file is read only from inside the dataset's own folder, unless the user
//! allows files elsewhere.

use crate::data::error::LoadError;
use std::fs::{File, Metadata};
use std::io::{self, Read};
use std::path::{Path, PathBuf};

/// What a file is read as, for what a limit is told to be for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Dataset,
    Article,
}

impl Kind {
    fn name(self) -> &'static str {
        match self {
            Kind::Dataset => "a dataset",
            Kind::Article => "an article",
        }
    }
}

/// How a dataset's files may be read: the user's choice (`--allow-outside-files`,
/// or `allow_outside_files = true` in config.toml).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct LoadOptions {
    /// Read source files wherever they are, not only inside the dataset's folder.
    pub allow_outside_files: bool,
    /// Refuse a dataset whose article file is not there (`newsline check`).
    /// Otherwise it opens without that article's text (see
    /// [`crate::data::Source::missing`]): a copied dataset or a moved article
    /// must not keep the user from the rest.
    pub missing_articles_are_problems: bool,
}

/// How a refusal of a file outside the folder says to allow it.
pub const ALLOW_HINT: &str = "to read it anyway, give --allow-outside-files or set allow_outside_files = true in config.toml";

/// Opens the regular file at `path` to read, refusing anything else (a folder,
/// a FIFO, a device, a socket) without waiting on it, and a file that says it
/// is over `limit` bytes.
pub fn open_regular(path: &Path, kind: Kind, limit: u64) -> Result<File, LoadError> {
    let io_error = |source| LoadError::Io {
        path: path.to_path_buf(),
        source,
    };
    let refuse = |why: &str| io_error(io::Error::other(why.to_string()));
    // Looked at before it is opened: opening a FIFO waits for a writer, and
    // opening a device may do something.
    let meta = std::fs::metadata(path).map_err(io_error)?;
    if let Some(why) = not_regular(&meta) {
        return Err(refuse(why));
    }
    // Opened without waiting, and looked at again once open, in case it was
    // replaced by something else in between.
    let file = open_without_waiting(path).map_err(io_error)?;
    let meta = file.metadata().map_err(io_error)?;
    if let Some(why) = not_regular(&meta) {
        return Err(refuse(why));
    }
    if meta.len() > limit {
        return Err(too_large(path, kind, meta.len(), limit));
    }
    Ok(file)
}

/// Reads `file`, opened from `path`, refusing it as soon as it gives more than
/// `limit` bytes, whatever size it said it had (files in /proc say 0).
pub fn read_at_most(file: File, path: &Path, kind: Kind, limit: u64) -> Result<Vec<u8>, LoadError> {
    let mut bytes = Vec::new();
    file.take(limit.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(|source| LoadError::Io {
            path: path.to_path_buf(),
            source,
        })?;
    if bytes.len() as u64 > limit {
        return Err(too_large(path, kind, bytes.len() as u64, limit));
    }
    Ok(bytes)
}

fn too_large(path: &Path, kind: Kind, size: u64, limit: u64) -> LoadError {
    LoadError::TooLarge {
        path: path.to_path_buf(),
        what: kind.name(),
        size,
        limit,
    }
}

fn open_without_waiting(path: &Path) -> io::Result<File> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    // Reading a regular file never waits anyway: the flag only matters if
    // the file was swapped for a FIFO after it was looked at.
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::custom_flags(
        &mut options,
        rustix::fs::OFlags::NONBLOCK.bits().cast_signed(),
    );
    options.open(path)
}

/// Why a file is not read, when it is not a regular file.
fn not_regular(meta: &Metadata) -> Option<&'static str> {
    let t = meta.file_type();
    if t.is_file() {
        return None;
    }
    if t.is_dir() {
        return Some("it is a folder, not a file");
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if t.is_fifo() {
            return Some(
                "it is a named pipe (FIFO), not a regular file; only regular files are read",
            );
        }
        if t.is_char_device() || t.is_block_device() {
            return Some("it is a device, not a regular file; only regular files are read");
        }
        if t.is_socket() {
            return Some("it is a socket, not a regular file; only regular files are read");
        }
    }
    Some("it is not a regular file; only regular files are read")
}

/// Where a dataset's source files are found, and which may be read: by
/// default only files inside the folder of the dataset's real file (links
/// followed, both the dataset's and the sources').
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceFiles {
    folder: PathBuf,
    options: LoadOptions,
}

impl SourceFiles {
    /// The source files of the dataset at `dataset`: beside its real file when
    /// `dataset` is a link to it.
    pub fn beside(dataset: &Path, options: LoadOptions) -> io::Result<SourceFiles> {
        let real = std::fs::canonicalize(dataset)?;
        let folder = real
            .parent()
            .map_or_else(|| real.clone(), Path::to_path_buf);
        Ok(SourceFiles { folder, options })
    }

    /// The same folder, with files read as `options` allow.
    pub fn with_options(self, options: LoadOptions) -> SourceFiles {
        SourceFiles { options, ..self }
    }

    /// The real folder source files are looked for in.
    pub fn folder(&self) -> &Path {
        &self.folder
    }

    /// The real path of the file a source names, or why it may not be read:
    /// it is not there, or it is outside the folder and that is not allowed.
    pub fn resolve(&self, name: &str) -> Result<PathBuf, String> {
        let named = self.folder.join(name);
        let real = std::fs::canonicalize(&named)
            .map_err(|e| format!("source file: cannot read {}: {e}", named.display()))?;
        if !self.options.allow_outside_files && !real.starts_with(&self.folder) {
            return Err(format!(
                "source file `{}` is outside the dataset's folder ({}), so it is not read; {ALLOW_HINT}",
                crate::text::clean(name, false),
                self.folder.display()
            ));
        }
        Ok(real)
    }

    /// Where the file a source names was looked for, if nothing at all is
    /// there (not a link, even a broken one; not a folder) and the options
    /// let that pass. A name that leads outside the folder is never missing
    /// when such files are not allowed: it stays refused.
    pub fn missing(&self, name: &str) -> Option<PathBuf> {
        if self.options.missing_articles_are_problems {
            return None;
        }
        let named = self.folder.join(name);
        match std::fs::symlink_metadata(&named) {
            Err(e) if e.kind() == io::ErrorKind::NotFound => {}
            _ => return None,
        }
        // The nearest folder above it that is there must be inside.
        let there = named.ancestors().skip(1).find(|a| a.exists())?;
        let real = std::fs::canonicalize(there).ok()?;
        let inside = real.starts_with(&self.folder)
            && Path::new(name).components().all(|c| {
                matches!(
                    c,
                    std::path::Component::Normal(_) | std::path::Component::CurDir
                )
            });
        (inside || self.options.allow_outside_files).then_some(named)
    }

    /// Reads the source file at `real`, a path [`SourceFiles::resolve`] gave.
    pub fn read(&self, real: &Path, limit: u64) -> Result<String, String> {
        super::read_text(real, Kind::Article, limit).map_err(|e| format!("source file: {e}"))
    }

    /// The text of the file a source names, found and read as a load does.
    pub fn text(&self, name: &str) -> Result<String, String> {
        self.read(&self.resolve(name)?, super::MAX_SOURCE_BYTES)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A FIFO swapped in after the file was looked at is opened at once, not
    /// waited on until some writer comes.
    #[test]
    #[cfg(unix)]
    fn opening_a_fifo_does_not_wait_for_a_writer() {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("fifo");
        let c = std::ffi::CString::new(fifo.to_str().unwrap()).unwrap();
        // SAFETY: a valid NUL-terminated path; mkfifo only creates a file.
        assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o644) }, 0);
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || tx.send(open_without_waiting(&fifo).is_ok()));
        let opened = rx
            .recv_timeout(std::time::Duration::from_secs(10))
            .expect("opening the FIFO waited for a writer");
        assert!(opened);
    }

    /// A file that says it is empty but never ends is refused once it has
    /// given one byte over the limit, not read to its end.
    #[test]
    #[cfg(target_os = "linux")]
    fn the_limit_is_checked_while_reading_not_from_the_size_a_file_gives() {
        let path = Path::new("/dev/zero");
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let file = File::open(path).unwrap();
            let _ = tx.send(read_at_most(file, path, Kind::Article, 1 << 20));
        });
        let read = rx
            .recv_timeout(std::time::Duration::from_secs(10))
            .expect("read without end");
        let Err(LoadError::TooLarge { size, limit, .. }) = read else {
            panic!("{read:?}");
        };
        assert_eq!((size, limit), ((1 << 20) + 1, 1 << 20));
        // /proc says its files are empty: what they hold is read, and counted.
        let environ = Path::new("/proc/self/environ");
        assert_eq!(std::fs::metadata(environ).unwrap().len(), 0);
        let read = read_at_most(File::open(environ).unwrap(), environ, Kind::Article, 1);
        assert!(matches!(read, Err(LoadError::TooLarge { .. })), "{read:?}");
    }
}
