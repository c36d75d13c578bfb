//! Writing a file so that a reader, or a crash at any instant, sees either the
//! old content or the new, never a mix: a temporary file with a random name in
//! the target's folder, a sync, a rename over the target, and a sync of the
//! folder so the rename itself survives a power cut. Every file newsline
//! writes goes through here.
//!
//! What the target is decides what happens to it:
//! - a regular file is replaced, keeping its permission bits (a private
//!   `0600` dataset stays private); a new file gets the usual default
//!   (`0666` less the umask);
//! - a file the user cannot write (`0444`) is refused rather than replaced:
//!   the rename would succeed, since it needs only the folder, but it would
//!   undo a protection the user chose;
//! - a symbolic link is written through: its real file is replaced and the
//!   link stays a link;
//! - a device, FIFO, socket or folder is refused with a message saying so.
//!
//! Temporary names are made by `tempfile` (random, created exclusively), so a
//! link planted at a name newsline might use is never followed. They all end
//! in [`TEMP_SUFFIX`], so that a writer killed before it finished can be
//! cleaned up after ([`remove_temporaries`]).

use std::ffi::OsString;
use std::fs::{self, File, Permissions};
use std::io::{self, BufWriter, Write};
use std::os::unix::fs::{FileTypeExt, OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};

/// Ends the name of every temporary file newsline writes.
pub const TEMP_SUFFIX: &str = ".newsline-tmp";

/// A file being written: not yet visible under its name. Dropped without
/// [`Staged::commit`], it is removed.
pub struct Staged {
    out: BufWriter<tempfile::NamedTempFile>,
    target: PathBuf,
    dir: PathBuf,
}

/// Replaces `path` with `bytes` atomically, creating its folder if needed.
pub fn write(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let mut staged = stage(path)?;
    staged.write_all(bytes)?;
    staged.commit()
}

/// Replaces `path` with what `body` writes, streamed to the temporary file
/// (for files too large to hold in memory twice).
pub fn write_with(
    path: &Path,
    body: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> io::Result<()> {
    let mut staged = stage(path)?;
    body(&mut staged)?;
    staged.commit()
}

/// Starts writing `path`: checks what it is now and opens a temporary file
/// beside it (beside its real file, for a link).
pub fn stage(path: &Path) -> io::Result<Staged> {
    stage_beside(path, path)
}

/// [`stage`], with a temporary name made from `owner`'s name rather than
/// `path`'s, so that [`remove_temporaries`]`(owner)` finds it: for files
/// written on behalf of another one (an article copied beside its dataset).
/// A new `path` takes `owner`'s permission bits, so that an article copied
/// beside a private dataset is as private as the dataset.
pub fn stage_beside(path: &Path, owner: &Path) -> io::Result<Staged> {
    let (target, mode) = resolve(path)?;
    let mode = mode.or_else(|| {
        // An owner that cannot be read leaves the new file as any new file.
        let meta = fs::metadata(owner).ok()?;
        meta.is_file().then(|| meta.permissions().mode() & 0o777)
    });
    let dir = folder(&target);
    fs::create_dir_all(&dir)?;
    let prefix = temp_prefix(owner);
    let tmp = tempfile::Builder::new()
        .prefix(&prefix)
        .suffix(TEMP_SUFFIX)
        .rand_bytes(10)
        // Created with 0666 less the umask, like any new file.
        .permissions(Permissions::from_mode(0o666))
        .tempfile_in(&dir)?;
    if let Some(mode) = mode {
        // fchmod is not limited by the umask: the old file's bits exactly.
        tmp.as_file()
            .set_permissions(Permissions::from_mode(mode))?;
    }
    Ok(Staged {
        out: BufWriter::new(tmp),
        target,
        dir,
    })
}

impl Write for Staged {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.out.write(buf)
    }
    fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}

impl Staged {
    /// Where the file will be, once committed (the real file, for a link).
    pub fn target(&self) -> &Path {
        &self.target
    }

    /// The temporary file's identity (device, inode), which the committed
    /// file keeps: lets a later run tell that a file is the one written here.
    pub fn identity(&self) -> io::Result<(u64, u64)> {
        use std::os::unix::fs::MetadataExt;
        let meta = self.out.get_ref().as_file().metadata()?;
        Ok((meta.dev(), meta.ino()))
    }

    /// Puts the file in place, replacing what was there.
    pub fn commit(self) -> io::Result<()> {
        self.finish(true)
    }

    /// Puts the file in place only if nothing has that name yet.
    pub fn commit_new(self) -> io::Result<()> {
        self.finish(false)
    }

    /// Makes what was written durable without putting it in place yet, so
    /// that a later [`Staged::commit`] is a rename and little more: for
    /// files that must appear as close together as possible.
    pub fn sync(&mut self) -> io::Result<()> {
        self.out.flush()?;
        self.out.get_ref().as_file().sync_all()
    }

    fn finish(self, replace: bool) -> io::Result<()> {
        let dir = self.dir.clone();
        self.ready()?.place(replace)?;
        File::open(dir)?.sync_all()
    }

    /// Flushed and durable, ready to be renamed.
    fn ready(self) -> io::Result<Ready> {
        let tmp = self
            .out
            .into_inner()
            .map_err(io::IntoInnerError::into_error)?;
        tmp.as_file().sync_all()?;
        Ok(Ready {
            tmp,
            target: self.target,
        })
    }
}

struct Ready {
    tmp: tempfile::NamedTempFile,
    target: PathBuf,
}

impl Ready {
    fn place(self, replace: bool) -> io::Result<()> {
        let placed = if replace {
            self.tmp.persist(&self.target)
        } else {
            self.tmp.persist_noclobber(&self.target)
        };
        // On failure the temporary file is dropped with the error: removed.
        placed.map(drop).map_err(|e| e.error)
    }
}

/// What [`commit_both`] could not do.
#[derive(Debug)]
pub enum Both {
    /// Put the first file in place: neither is.
    First(io::Error),
    /// Put the second file in place: only the first is.
    Second(io::Error),
    /// Sync the folder once both were in place.
    Folder(io::Error),
}

/// Puts `new` in place (only if nothing has its name yet), then `replacing`,
/// back to back: both are made durable before either is renamed, and their
/// folders synced after both, so that the two renames are as close together
/// as the system allows. For two files that must appear together.
pub fn commit_both(new: Staged, replacing: Staged) -> Result<(), Both> {
    let dirs = [new.dir.clone(), replacing.dir.clone()];
    let new = new.ready().map_err(Both::First)?;
    let replacing = replacing.ready().map_err(Both::Second)?;
    new.place(false).map_err(Both::First)?;
    replacing.place(true).map_err(Both::Second)?;
    let sync = |d: &Path| File::open(d).and_then(|f| f.sync_all());
    sync(&dirs[0]).map_err(Both::Folder)?;
    if dirs[1] != dirs[0] {
        sync(&dirs[1]).map_err(Both::Folder)?;
    }
    Ok(())
}

/// Removes the temporary files left in `path`'s folder by writers of `path`
/// (and of files staged beside it) that never finished: killed, or still at
/// work, which then cannot finish, since their rename fails. Returns how many.
pub fn remove_temporaries(path: &Path) -> io::Result<usize> {
    let prefix = temp_prefix(path);
    let mut removed = 0;
    let entries = match fs::read_dir(folder(path)) {
        Ok(e) => e,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(0),
        Err(e) => return Err(e),
    };
    for entry in entries {
        let entry = entry?;
        let name = entry.file_name();
        let name = name.to_string_lossy();
        let ours = name.len() > prefix.len() + TEMP_SUFFIX.len()
            && name.starts_with(&*prefix.to_string_lossy())
            && name.ends_with(TEMP_SUFFIX);
        // remove_file unlinks a link itself, never what it points to.
        if ours && fs::remove_file(entry.path()).is_ok() {
            removed += 1;
        }
    }
    Ok(removed)
}

/// `.name.`: how the temporary files written for `path` begin.
fn temp_prefix(path: &Path) -> OsString {
    let mut prefix = OsString::from(".");
    prefix.push(path.file_name().unwrap_or("file".as_ref()));
    prefix.push(".");
    prefix
}

/// The folder of `path`; a bare file name has an empty parent: the current one.
pub fn folder(path: &Path) -> PathBuf {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// The file to replace for `path` (its real file, for a link) and its
/// permission bits, if it exists; an error if it must not be replaced.
fn resolve(path: &Path) -> io::Result<(PathBuf, Option<u32>)> {
    let meta = match fs::symlink_metadata(path) {
        Ok(m) => m,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok((path.to_path_buf(), None)),
        Err(e) => return Err(e),
    };
    let target = if meta.file_type().is_symlink() {
        fs::canonicalize(path).map_err(|e| {
            io::Error::new(
                e.kind(),
                format!("it is a symbolic link whose file cannot be reached ({e})"),
            )
        })?
    } else {
        path.to_path_buf()
    };
    let meta = fs::metadata(&target)?;
    let kind = meta.file_type();
    let what = if kind.is_dir() {
        Some("a folder")
    } else if kind.is_fifo() {
        Some("a FIFO (named pipe)")
    } else if kind.is_char_device() || kind.is_block_device() {
        Some("a device")
    } else if kind.is_socket() {
        Some("a socket")
    } else if !kind.is_file() {
        Some("not a regular file")
    } else {
        None
    };
    if let Some(what) = what {
        return Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            format!("it is {what}; newsline writes only regular files"),
        ));
    }
    // Whether the user may write it, asked of the system (which knows about
    // owners, groups and root) by opening it for writing without changing
    // it. Non-blocking: if it became a FIFO since, the open must not wait.
    // A file with no write bit at all is refused even for root, whom the
    // system lets write anything.
    let probe = if meta.permissions().readonly() {
        Err(io::ErrorKind::PermissionDenied.into())
    } else {
        open_to_probe(&target).map(drop)
    };
    if let Err(e) = probe {
        if e.kind() == io::ErrorKind::PermissionDenied {
            return Err(io::Error::new(
                e.kind(),
                format!(
                    "it is read-only (mode {:04o}); newsline does not replace a file \
                     protected from writing: make it writable first (chmod u+w)",
                    meta.permissions().mode() & 0o7777
                ),
            ));
        }
        return Err(e);
    }
    Ok((target, Some(meta.permissions().mode() & 0o777)))
}

/// Opens `target` for writing without waiting: a FIFO with no reader is an
/// error at once, not an open that hangs until someone reads it.
fn open_to_probe(target: &Path) -> io::Result<File> {
    fs::OpenOptions::new()
        .write(true)
        .custom_flags(rustix::fs::OFlags::NONBLOCK.bits().cast_signed())
        .open(target)
}

/// Moves a file that could not be read aside, so that nothing the user had is
/// lost, and returns where it went: `name.broken-YYYYMMDD-HHMMSS`, with `-2`,
/// `-3`… added when a backup of that second already exists (never replaced).
pub fn keep_broken(path: &Path) -> io::Result<PathBuf> {
    let stamp = chrono::Local::now().format("%Y%m%d-%H%M%S");
    let mut base = path.file_name().unwrap_or("file".as_ref()).to_os_string();
    base.push(format!(".broken-{stamp}"));
    for n in 1..=1000 {
        let mut name = base.clone();
        if n > 1 {
            name.push(format!("-{n}"));
        }
        let backup = path.with_file_name(name);
        // std has no rename that refuses to replace; a hard link does refuse,
        // and the original name is then removed.
        match fs::hard_link(path, &backup) {
            Ok(()) => {
                fs::remove_file(path)?;
                return Ok(backup);
            }
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
            // A file system without hard links: check, then rename.
            Err(_) if fs::symlink_metadata(&backup).is_err() => {
                fs::rename(path, &backup)?;
                return Ok(backup);
            }
            Err(_) => continue,
        }
    }
    Err(io::Error::new(
        io::ErrorKind::AlreadyExists,
        "a thousand backups of it already exist for this second",
    ))
}

#[cfg(test)]
#[path = "atomic_tests.rs"]
mod tests;
