//! Writing a file so that a reader, or a crash at any instant, sees either the
//! old content or the new, never a mix: temporary file, flush, rename, and a
//! sync of the folder so the rename itself survives a power cut.

use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// Replaces `path` with `bytes` atomically, creating its folder if needed.
pub fn write(path: &Path, bytes: &[u8]) -> io::Result<()> {
    // A bare file name has an empty parent: the current folder.
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    std::fs::create_dir_all(dir)?;
    let name = path
        .file_name()
        .map_or("file".into(), |n| n.to_string_lossy().to_string());
    let tmp = dir.join(format!(".{name}.tmp-{}", std::process::id()));
    let result = (|| {
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        std::fs::rename(&tmp, path)?;
        #[cfg(unix)]
        std::fs::File::open(dir)?.sync_all()?;
        Ok(())
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

/// Moves a file that could not be read aside, so that nothing the user had is
/// lost, and returns where it went: `name.broken-YYYYMMDD-HHMMSS`.
pub fn keep_broken(path: &Path) -> io::Result<PathBuf> {
    let stamp = chrono::Local::now().format("%Y%m%d-%H%M%S");
    let name = path
        .file_name()
        .map_or("file".into(), |n| n.to_string_lossy().to_string());
    let backup = path.with_file_name(format!("{name}.broken-{stamp}"));
    std::fs::rename(path, &backup)?;
    Ok(backup)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reader_never_sees_a_half_written_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sub/state.json");
        write(&path, b"[0]").unwrap();
        let reader_path = path.clone();
        let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
        let stop2 = std::sync::Arc::clone(&stop);
        let reader = std::thread::spawn(move || {
            let mut reads = 0;
            while !stop2.load(std::sync::atomic::Ordering::Relaxed) {
                let text = std::fs::read_to_string(&reader_path).unwrap();
                let v: Vec<u32> = serde_json::from_str(&text).unwrap();
                assert!(v.len() == 1 || v.len() == 5000, "partial: {}", v.len());
                reads += 1;
            }
            reads
        });
        let big = serde_json::to_vec(&vec![7u32; 5000]).unwrap();
        for i in 0..200 {
            write(&path, if i % 2 == 0 { &big } else { b"[1]" }).unwrap();
        }
        stop.store(true, std::sync::atomic::Ordering::Relaxed);
        assert!(reader.join().unwrap() > 0);
        let left: Vec<_> = std::fs::read_dir(path.parent().unwrap()).unwrap().collect();
        assert_eq!(left.len(), 1, "temporary files left behind");
    }

    #[test]
    fn a_broken_file_is_kept_aside() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.toml");
        std::fs::write(&path, "not = [toml").unwrap();
        let backup = keep_broken(&path).unwrap();
        assert!(!path.exists());
        assert_eq!(std::fs::read_to_string(backup).unwrap(), "not = [toml");
    }
}
