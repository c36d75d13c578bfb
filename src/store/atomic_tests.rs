//! Tests of the atomic writer: whole files only, permissions kept, links
//! written through, special files and read-only files refused, planted names
//! never followed, backups never replaced.

use super::*;
use std::os::unix::fs::{PermissionsExt, symlink};

fn mode(path: &Path) -> u32 {
    fs::metadata(path).unwrap().permissions().mode() & 0o777
}

fn names(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().to_string())
        .collect();
    v.sort();
    v
}

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
    assert_eq!(
        names(path.parent().unwrap()),
        ["state.json"],
        "temporary files left behind"
    );
}

#[test]
fn permissions_are_kept_and_new_files_get_the_usual_default() {
    let dir = tempfile::tempdir().unwrap();
    let private = dir.path().join("private.json");
    fs::write(&private, "old").unwrap();
    fs::set_permissions(&private, Permissions::from_mode(0o600)).unwrap();
    write(&private, b"new").unwrap();
    assert_eq!(fs::read_to_string(&private).unwrap(), "new");
    assert_eq!(mode(&private), 0o600);

    let shared = dir.path().join("shared.json");
    fs::write(&shared, "old").unwrap();
    fs::set_permissions(&shared, Permissions::from_mode(0o664)).unwrap();
    write(&shared, b"new").unwrap();
    assert_eq!(mode(&shared), 0o664);

    // A new file: what the umask allows of 0666, as `File::create` gives.
    let reference = dir.path().join("reference");
    File::create(&reference).unwrap();
    let fresh = dir.path().join("fresh.json");
    write(&fresh, b"x").unwrap();
    assert_eq!(mode(&fresh), mode(&reference));
}

#[test]
fn a_read_only_file_is_refused_and_left_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("locked.json");
    fs::write(&path, "old").unwrap();
    fs::set_permissions(&path, Permissions::from_mode(0o444)).unwrap();
    let e = write(&path, b"new").unwrap_err();
    assert!(e.to_string().contains("read-only"), "{e}");
    assert_eq!(fs::read_to_string(&path).unwrap(), "old");
    assert_eq!(mode(&path), 0o444);
    assert_eq!(names(dir.path()), ["locked.json"]);
}

#[test]
fn a_link_is_written_through_and_stays_a_link() {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir(dir.path().join("real")).unwrap();
    let real = dir.path().join("real/data.json");
    fs::write(&real, "old").unwrap();
    fs::set_permissions(&real, Permissions::from_mode(0o640)).unwrap();
    let link = dir.path().join("link.json");
    symlink("real/data.json", &link).unwrap();
    write(&link, b"new").unwrap();
    assert!(
        fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert_eq!(fs::read_to_string(&real).unwrap(), "new");
    assert_eq!(mode(&real), 0o640);
    // The temporary file was made beside the real file, and is gone.
    assert_eq!(names(dir.path()), ["link.json", "real"]);
    assert_eq!(names(&dir.path().join("real")), ["data.json"]);
}

/// A null device: made in `dir` as root (mknod), else the system's; `None`
/// as root where devices cannot be made.
fn null_device(dir: &Path) -> Option<PathBuf> {
    // SAFETY: geteuid has no preconditions.
    if unsafe { libc::geteuid() } != 0 {
        return Some(PathBuf::from("/dev/null"));
    }
    let node = dir.join("null");
    let c = std::ffi::CString::new(node.to_str().unwrap()).unwrap();
    // SAFETY: a valid NUL-terminated path; (1, 3) is the null device.
    let made = unsafe { libc::mknod(c.as_ptr(), libc::S_IFCHR | 0o666, libc::makedev(1, 3)) };
    (made == 0).then_some(node)
}

#[test]
fn special_files_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("fifo");
    let c = std::ffi::CString::new(fifo.to_str().unwrap()).unwrap();
    // SAFETY: a valid NUL-terminated path; mkfifo only creates a file.
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o644) }, 0);
    let e = write(&fifo, b"x").unwrap_err();
    assert!(e.to_string().contains("FIFO"), "{e}");
    assert!(fs::symlink_metadata(&fifo).unwrap().file_type().is_fifo());

    let e = write(dir.path(), b"x").unwrap_err();
    assert!(e.to_string().contains("folder"), "{e}");

    // As root a device of the test's own, so that a writer that replaced it
    // would not replace the system's /dev/null.
    let Some(device) = null_device(dir.path()) else {
        eprintln!("cannot make a device here; the rest is skipped");
        return;
    };
    let e = write(&device, b"x").unwrap_err();
    assert!(e.to_string().contains("device"), "{e}");
    assert!(fs::metadata(&device).unwrap().file_type().is_char_device());

    // Through a link too.
    let link = dir.path().join("to-null");
    symlink(&device, &link).unwrap();
    assert!(write(&link, b"x").is_err());
    assert!(fs::metadata(&device).unwrap().file_type().is_char_device());
    assert!(!names(dir.path()).iter().any(|n| n.ends_with(TEMP_SUFFIX)));
}

#[test]
fn a_link_planted_at_a_predictable_name_is_not_followed() {
    let dir = tempfile::tempdir().unwrap();
    let victim = dir.path().join("victim");
    fs::write(&victim, "precious").unwrap();
    let path = dir.path().join("out.json");
    // The names earlier versions used, for this process and a few others.
    let pid = std::process::id();
    for p in [pid, pid + 1, pid.saturating_sub(1), 1] {
        symlink(&victim, dir.path().join(format!(".out.json.tmp-{p}"))).unwrap();
    }
    symlink(&victim, dir.path().join("out.partial")).unwrap();
    for _ in 0..20 {
        write(&path, b"exported").unwrap();
    }
    assert_eq!(fs::read_to_string(&victim).unwrap(), "precious");
    assert_eq!(fs::read_to_string(&path).unwrap(), "exported");
    assert!(fs::symlink_metadata(&path).unwrap().file_type().is_file());
}

#[test]
fn a_failed_write_leaves_the_old_file_and_no_temporary() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("data.json");
    fs::write(&path, "old").unwrap();
    let e = write_with(&path, |w| {
        w.write_all(b"half")?;
        Err(io::Error::other("cut"))
    })
    .unwrap_err();
    assert_eq!(e.to_string(), "cut");
    assert_eq!(fs::read_to_string(&path).unwrap(), "old");
    assert_eq!(names(dir.path()), ["data.json"]);
}

#[test]
fn a_writer_whose_temporary_was_removed_cannot_finish() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("copy.bin");
    write(&path, b"whole").unwrap();
    let mut staged = stage(&path).unwrap();
    staged.write_all(b"half").unwrap();
    let other = dir.path().join("other.bin");
    let mut elsewhere = stage(&other).unwrap();
    elsewhere.write_all(b"kept").unwrap();
    assert_eq!(remove_temporaries(&path).unwrap(), 1);
    assert!(staged.commit().is_err());
    assert_eq!(fs::read_to_string(&path).unwrap(), "whole");
    // Another file's writer is left alone.
    elsewhere.commit().unwrap();
    assert_eq!(names(dir.path()), ["copy.bin", "other.bin"]);
}

#[test]
fn commit_new_never_replaces_a_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("article.txt");
    let mut staged = stage(&path).unwrap();
    staged.write_all(b"ours").unwrap();
    fs::write(&path, "theirs").unwrap();
    assert!(staged.commit_new().is_err());
    assert_eq!(fs::read_to_string(&path).unwrap(), "theirs");
    assert_eq!(names(dir.path()), ["article.txt"]);
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

#[test]
fn two_broken_files_in_one_second_get_two_backups() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("config.toml");
    let mut backups = Vec::new();
    for i in 0..3 {
        fs::write(&path, format!("broken {i}")).unwrap();
        backups.push(keep_broken(&path).unwrap());
    }
    let kept: Vec<String> = backups
        .iter()
        .map(|b| fs::read_to_string(b).unwrap())
        .collect();
    assert_eq!(kept, ["broken 0", "broken 1", "broken 2"]);
    assert_eq!(names(dir.path()).len(), 3);
}

/// The probe that asks whether a file may be written must not wait when the
/// file became a FIFO after it was looked at: opened for writing, a FIFO with
/// no reader would hold the open until someone reads it.
#[test]
fn the_write_probe_does_not_wait_on_a_fifo() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("fifo");
    let c = std::ffi::CString::new(fifo.to_str().unwrap()).unwrap();
    // SAFETY: a valid NUL-terminated path; mkfifo only creates a file.
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o644) }, 0);
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || tx.send(open_to_probe(&fifo).is_err()));
    let refused = rx
        .recv_timeout(std::time::Duration::from_secs(10))
        .expect("opening the FIFO waited for a reader");
    assert!(refused, "a FIFO with no reader was opened for writing");
}
