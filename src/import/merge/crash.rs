//! What an import into a dataset leaves if it is stopped midway (killed,
//! power cut), and how the next import into that dataset cleans it up.
//!
//! The article and the dataset are written to temporary files first, made
//! durable, and only then renamed into place, the article first. Stopped
//! before the renames, the import leaves the old dataset and temporary files;
//! after them, the new dataset and its article. Stopped between the two
//! renames (a few system calls), it leaves the old dataset and an article no
//! source names. A note, `.NAME.newsline-pending`, written before the renames
//! and removed after them, names that article and its inode, so the next
//! import, under the dataset's lock, removes it if the dataset does not name
//! it, along with any temporary files. A note is acted on only if it has the
//! dataset's owner, and the article only if it is still the file written
//! (same inode): a note planted by someone else, or a file that merely has
//! the name, is never removed.

use crate::data::schema::DatasetFile;
use crate::store::atomic;
use std::io::{self, Write};
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};

/// The note of an import between its two renames.
pub(super) struct Pending {
    note: PathBuf,
}

fn note_path(real: &Path) -> PathBuf {
    let mut name = std::ffi::OsString::from(".");
    name.push(real.file_name().unwrap_or("dataset".as_ref()));
    name.push(".newsline-pending");
    atomic::folder(real).join(name)
}

impl Pending {
    /// Writes the note for the article to be committed from `copy` at
    /// `article` beside the dataset whose real file is `real`.
    pub(super) fn note(real: &Path, article: &Path, copy: &atomic::Staged) -> io::Result<Pending> {
        let name = article
            .file_name()
            .map(|n| n.to_string_lossy().to_string())
            .unwrap_or_default();
        let (dev, ino) = copy.identity()?;
        let note = note_path(real);
        let mut staged = atomic::stage_beside(&note, real)?;
        write!(staged, "{name}\n{dev} {ino}\n")?;
        staged.commit()?;
        Ok(Pending { note })
    }

    /// Both renames are done (or the article was removed again).
    pub(super) fn done(self) {
        let _ = std::fs::remove_file(&self.note);
    }
}

/// Removes what a stopped import into the dataset at `real` left: its
/// temporary files, and the article its note names if `file`, the dataset
/// as read under the lock, does not name it.
pub(super) fn recover(real: &Path, file: &DatasetFile) {
    let _ = atomic::remove_temporaries(real);
    let note = note_path(real);
    // A note someone else put there is not ours to act on.
    let owner = |p: &Path| std::fs::symlink_metadata(p).map(|m| m.uid()).ok();
    if owner(&note).is_none() || owner(&note) != owner(real) {
        let _ = std::fs::remove_file(&note);
        return;
    }
    let Ok(text) = std::fs::read_to_string(&note) else {
        return;
    };
    let mut lines = text.lines();
    if let (Some(name), Some(id)) = (lines.next(), lines.next()) {
        let named = file.sources.iter().any(|s| s.file.as_deref() == Some(name));
        // Only a plain name in the dataset's folder, never a path.
        let plain = !name.is_empty() && Path::new(name).file_name() == Some(name.as_ref());
        let article = atomic::folder(real).join(name);
        let ours = std::fs::symlink_metadata(&article)
            .is_ok_and(|m| m.is_file() && format!("{} {}", m.dev(), m.ino()) == id);
        if !named && plain && ours {
            let _ = std::fs::remove_file(&article);
        }
    }
    let _ = std::fs::remove_file(&note);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dataset(sources: &str) -> DatasetFile {
        serde_json::from_str(&format!(
            r#"{{"schema":"newsline/1","title":"t","sources":{sources},"actors":[],"events":[],"quotes":[]}}"#
        ))
        .unwrap()
    }

    /// The state a kill between the two renames leaves: the article under
    /// its name, the note, the old dataset.
    fn stopped_between(dir: &Path) -> (PathBuf, PathBuf) {
        let real = dir.join("story.json");
        std::fs::write(&real, "{}").unwrap();
        let article = dir.join("outlet-2025-01-01.txt");
        let mut copy = atomic::stage_beside(&article, &real).unwrap();
        copy.write_all(b"text").unwrap();
        let pending = Pending::note(&real, &article, &copy).unwrap();
        copy.commit_new().unwrap();
        std::mem::forget(pending);
        (real, article)
    }

    #[test]
    fn an_article_left_by_a_stopped_import_is_removed_by_the_next() {
        let dir = tempfile::tempdir().unwrap();
        let (real, article) = stopped_between(dir.path());
        assert!(article.is_file());
        recover(&real, &dataset("[]"));
        assert!(!article.exists(), "the orphan article is left");
        assert!(!note_path(&real).exists());
    }

    #[test]
    fn an_article_the_dataset_names_is_kept() {
        let dir = tempfile::tempdir().unwrap();
        let (real, article) = stopped_between(dir.path());
        let named = dataset(
            r#"[{"id":"s","title":"t","outlet":"o","language":"en","published":"2025-01-01","file":"outlet-2025-01-01.txt"}]"#,
        );
        recover(&real, &named);
        assert!(article.is_file());
        assert!(!note_path(&real).exists());
    }

    #[test]
    fn a_planted_note_removes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let real = dir.path().join("story.json");
        std::fs::write(&real, "{}").unwrap();
        let precious = dir.path().join("notes.txt");
        std::fs::write(&precious, "mine").unwrap();
        let meta = std::fs::metadata(&precious).unwrap();
        for text in [
            "notes.txt\n0 0\n".to_string(),
            format!("../{}/notes.txt\n{} {}\n", "x", meta.dev(), meta.ino()),
            format!("{}\n{} {}\n", precious.display(), meta.dev(), meta.ino()),
        ] {
            std::fs::write(note_path(&real), text).unwrap();
            recover(&real, &dataset("[]"));
            assert!(precious.is_file());
        }
    }
}
