//! An advisory lock that newsline writers of one dataset take in turn, so
//! that a read-modify-write (`import --into`) never works from a copy another
//! writer is about to replace.
//!
//! The lock is held on a file beside the dataset, `.NAME.lock`, never on the
//! dataset itself: the dataset is replaced by a rename, so a writer waiting on
//! the old file would get its lock on a file no longer there, while the next
//! writer locked the new one unhindered; the lock file is never replaced, so
//! everyone waits on the same one. It stays after use (removing it would
//! bring back that race) and holds nothing. It sits beside the real file when
//! the dataset is reached through a symbolic link, so that every path to one
//! dataset shares one lock.

use rustix::fs::OFlags;
use std::fs::{File, OpenOptions};
use std::io;
use std::os::unix::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};

/// Held while it lives; released when dropped (or when the process ends,
/// however it ends).
#[derive(Debug)]
pub struct DatasetLock {
    _file: File,
    path: PathBuf,
}

impl DatasetLock {
    /// The lock file.
    pub fn path(&self) -> &Path {
        &self.path
    }
}

/// Takes the lock of the dataset at `dataset`, waiting for another writer
/// to finish if there is one; `waiting` is called once, before waiting.
pub fn lock_dataset(dataset: &Path, waiting: impl FnOnce()) -> io::Result<DatasetLock> {
    let real = std::fs::canonicalize(dataset).unwrap_or_else(|_| dataset.to_path_buf());
    let mut name = std::ffi::OsString::from(".");
    name.push(real.file_name().unwrap_or("dataset".as_ref()));
    name.push(".lock");
    let path = super::atomic::folder(&real).join(name);
    let file = OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        // A link or FIFO planted at the lock's name is neither followed nor
        // waited on.
        .custom_flags((OFlags::NOFOLLOW | OFlags::NONBLOCK).bits().cast_signed())
        .open(&path)
        .map_err(|e| io::Error::new(e.kind(), format!("cannot open its lock file: {e}")))?;
    if !file.metadata()?.is_file() {
        return Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            format!("its lock file {} is not a regular file", path.display()),
        ));
    }
    match file.try_lock() {
        Ok(()) => {}
        Err(std::fs::TryLockError::WouldBlock) => {
            waiting();
            file.lock()?;
        }
        Err(std::fs::TryLockError::Error(e)) => return Err(e),
    }
    Ok(DatasetLock { _file: file, path })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicBool, Ordering};
    use std::sync::{Arc, mpsc};
    use std::time::Duration;

    #[test]
    fn a_second_writer_waits_until_the_first_is_done() {
        let dir = tempfile::tempdir().unwrap();
        let ds = dir.path().join("story.json");
        std::fs::write(&ds, "{}").unwrap();
        let first = lock_dataset(&ds, || panic!("nobody holds it")).unwrap();
        let done = Arc::new(AtomicBool::new(false));
        let (said, waiting) = mpsc::channel();
        let (ds2, done2) = (ds.clone(), Arc::clone(&done));
        let second = std::thread::spawn(move || {
            let _lock = lock_dataset(&ds2, || said.send(()).unwrap()).unwrap();
            done2.load(Ordering::SeqCst)
        });
        // The second writer says it waits; the first then finishes.
        waiting
            .recv_timeout(Duration::from_secs(10))
            .expect("the second writer did not wait");
        done.store(true, Ordering::SeqCst);
        drop(first);
        assert!(
            second.join().unwrap(),
            "the second got in before the first was done"
        );
        // The dataset was not touched; the lock file is beside it.
        assert_eq!(std::fs::read_to_string(&ds).unwrap(), "{}");
        assert!(dir.path().join(".story.json.lock").is_file());
    }

    #[test]
    fn a_link_planted_at_the_lock_name_is_not_followed() {
        let dir = tempfile::tempdir().unwrap();
        let ds = dir.path().join("story.json");
        std::fs::write(&ds, "{}").unwrap();
        let elsewhere = dir.path().join("elsewhere");
        std::os::unix::fs::symlink(&elsewhere, dir.path().join(".story.json.lock")).unwrap();
        assert!(lock_dataset(&ds, || {}).is_err());
        assert!(!elsewhere.exists());
    }
}
