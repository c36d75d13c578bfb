//! The cache folder as a whole: the copies it holds, their size, and room
//! made in it by removing the copies used longest ago.
//!
//! A copy is two files, the dataset's (`NAME.bin`) and its search index's
//! (`NAME.index.bin`), kept or removed together. Only files of those shapes,
//! and the temporary files their writers leave when killed, are ever removed:
//! anything else in the folder is not newsline's to touch.

use crate::store::atomic::TEMP_SUFFIX;
use std::io;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

/// The total size the copies may take when nothing else is said: a million
/// quotes make a copy and an index of about 400 MB together, so a few large
/// datasets fit, and an abandoned one goes once others need the room.
pub const MAX_BYTES: u64 = 2 << 30;

/// One dataset's copy and index, or one unfinished file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// The copy's file name (`NAME.bin`), or the unfinished file's.
    pub name: String,
    pub files: Vec<PathBuf>,
    pub bytes: u64,
    /// When it was last written or read: reading a copy marks it used.
    pub used: SystemTime,
    /// A temporary file of a writer at work or killed: listed and cleared,
    /// never evicted, since its writer may still be at work.
    pub unfinished: bool,
}

/// What the folder holds, oldest use first; nothing if there is no folder.
pub fn entries(dir: &Path) -> io::Result<Vec<Entry>> {
    let read = match std::fs::read_dir(dir) {
        Ok(read) => read,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(e),
    };
    let mut found: Vec<Entry> = Vec::new();
    for e in read {
        let e = e?;
        let meta = e.metadata()?;
        if !meta.is_file() {
            continue;
        }
        let file = e.file_name().to_string_lossy().into_owned();
        let unfinished = file.ends_with(TEMP_SUFFIX);
        let name = if unfinished {
            file.clone()
        } else if let Some(stem) = file.strip_suffix(".index.bin") {
            format!("{stem}.bin")
        } else if file.ends_with(".bin") {
            file.clone()
        } else {
            continue;
        };
        let used = meta.modified().unwrap_or(SystemTime::UNIX_EPOCH);
        match found.iter_mut().find(|f| f.name == name && !unfinished) {
            Some(f) => {
                f.files.push(e.path());
                f.bytes += meta.len();
                f.used = f.used.max(used);
            }
            None => found.push(Entry {
                name,
                files: vec![e.path()],
                bytes: meta.len(),
                used,
                unfinished,
            }),
        }
    }
    found.sort_by(|a, b| a.used.cmp(&b.used).then_with(|| a.name.cmp(&b.name)));
    Ok(found)
}

/// Removes the copies used longest ago until the folder holds `max_bytes` or
/// less, never one holding a file in `keep` (the copy just written, which its
/// process goes on using). Returns what was removed.
pub fn make_room(dir: &Path, max_bytes: u64, keep: &[&Path]) -> io::Result<Vec<Entry>> {
    let all = entries(dir)?;
    let mut total: u64 = all.iter().map(|e| e.bytes).sum();
    let mut removed = Vec::new();
    for e in all {
        if total <= max_bytes {
            break;
        }
        let kept = e.files.iter().any(|f| keep.iter().any(|k| k == f));
        if e.unfinished || kept {
            continue;
        }
        remove(&e)?;
        total -= e.bytes;
        removed.push(e);
    }
    Ok(removed)
}

/// Removes everything newsline keeps in the folder. Returns what was removed.
pub fn clear(dir: &Path) -> io::Result<Vec<Entry>> {
    let all = entries(dir)?;
    for e in &all {
        remove(e)?;
    }
    Ok(all)
}

/// Another process may have removed it first: that is no error.
fn remove(e: &Entry) -> io::Result<()> {
    for f in &e.files {
        match std::fs::remove_file(f) {
            Err(e) if e.kind() != io::ErrorKind::NotFound => return Err(e),
            _ => {}
        }
    }
    Ok(())
}

/// Marks `file` as just used, so that eviction, which goes by modification
/// time, removes the copies used longest ago rather than those made longest
/// ago (access times are often not kept: `noatime`, `relatime`).
pub(super) fn mark_used(file: &Path) {
    // Only the order of eviction is lost if it cannot be marked.
    let _ = std::fs::File::options()
        .write(true)
        .open(file)
        .and_then(|f| f.set_modified(SystemTime::now()));
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    /// A file of `bytes` bytes last used `age` seconds ago.
    fn file(dir: &Path, name: &str, bytes: usize, age: u64) -> PathBuf {
        let path = dir.join(name);
        std::fs::write(&path, vec![0; bytes]).unwrap();
        let when = SystemTime::now() - Duration::from_secs(age);
        let f = std::fs::File::options().write(true).open(&path).unwrap();
        f.set_modified(when).unwrap();
        path
    }

    fn names(entries: &[Entry]) -> Vec<&str> {
        entries.iter().map(|e| e.name.as_str()).collect()
    }

    #[test]
    fn the_copies_used_longest_ago_go_first_and_the_one_in_use_never() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        file(d, "old-1.bin", 400, 300);
        file(d, "old-1.index.bin", 100, 250);
        let kept = file(d, "oldest-2.bin", 300, 400);
        file(d, "mid-3.bin", 300, 200);
        file(d, "new-4.bin", 300, 100);
        file(d, "notes.txt", 5000, 1000);
        file(d, &format!("x.bin.abc{TEMP_SUFFIX}"), 100, 1000);
        // 1500 in all, 100 of it unfinished: 600 to remove, the oldest being kept.
        let removed = make_room(d, 900, &[&kept]).unwrap();
        assert_eq!(names(&removed), ["old-1.bin", "mid-3.bin"]);
        let left = entries(d).unwrap();
        assert_eq!(
            names(&left),
            [
                &format!("x.bin.abc{TEMP_SUFFIX}") as &str,
                "oldest-2.bin",
                "new-4.bin"
            ]
        );
        assert!(d.join("notes.txt").exists(), "not newsline's");
        // Under the cap, nothing goes.
        assert!(make_room(d, 900, &[]).unwrap().is_empty());
    }

    #[test]
    fn a_copy_just_used_outlives_one_made_later() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        let used = file(d, "a.bin", 100, 500);
        file(d, "b.bin", 100, 100);
        mark_used(&used);
        let removed = make_room(d, 150, &[]).unwrap();
        assert_eq!(names(&removed), ["b.bin"]);
    }

    #[test]
    fn clearing_removes_copies_indexes_and_unfinished_files_only() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        file(d, "a.bin", 10, 5);
        file(d, "a.index.bin", 20, 5);
        file(d, &format!("a.bin.q1{TEMP_SUFFIX}"), 30, 5);
        file(d, "keep.json", 40, 5);
        let removed = clear(d).unwrap();
        assert_eq!(removed.iter().map(|e| e.bytes).sum::<u64>(), 60);
        assert!(entries(d).unwrap().is_empty());
        assert!(d.join("keep.json").exists());
        assert!(clear(&d.join("none")).unwrap().is_empty(), "no folder");
    }
}
