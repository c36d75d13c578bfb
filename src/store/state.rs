//! The state file: per dataset, the last actor filter and search, and the
//! bookmarks. Read once at start; written atomically when it changes.

use super::atomic;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::PathBuf;

/// The most chars of a saved search that are read back, as many as the
/// search prompt holds: a longer one (a paste saved by an older version, or a
/// hand-edited file) is cut rather than slowing every start.
pub const MAX_SEARCH_CHARS: usize = 1_000;

/// What is kept for one dataset. Ids, not positions, so that an edited
/// dataset keeps what still exists.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DatasetState {
    #[serde(default)]
    pub actors: Vec<String>,
    /// Several actors match all of them (AND); left out of the file when
    /// false, so files without it read as before.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub all_actors: bool,
    #[serde(default)]
    pub search: String,
    #[serde(default)]
    pub bookmarks: Vec<Bookmark>,
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Bookmark {
    Event(String),
    Quote(String),
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct StateFile {
    version: u32,
    #[serde(default)]
    datasets: BTreeMap<String, DatasetState>,
}

/// The state file of this run, for one dataset.
#[derive(Debug)]
pub struct Store {
    path: Option<PathBuf>,
    file: StateFile,
    key: String,
}

impl Store {
    /// Opens the state at `path` for the dataset called `key`. A missing file
    /// is a fresh start; an unreadable one is kept aside and said so. The
    /// notices are for the user, once.
    pub fn open(path: Option<PathBuf>, key: &str) -> (Store, Vec<String>) {
        let mut notices = Vec::new();
        let mut file = StateFile {
            version: 1,
            ..StateFile::default()
        };
        match &path {
            None => {
                notices.push("no home folder: filters and bookmarks will not be saved".to_string())
            }
            Some(p) if p.exists() => {
                let parsed = std::fs::read_to_string(p)
                    .map_err(|e| e.to_string())
                    .and_then(|t| serde_json::from_str::<StateFile>(&t).map_err(|e| e.to_string()));
                match parsed {
                    Ok(f) => {
                        file = f;
                        for kept in file.datasets.values_mut() {
                            cut_search(&mut kept.search);
                        }
                    }
                    Err(why) => notices.push(match (atomic::keep_broken(p), crate::text::visible(&why)) {
                        (Ok(backup), why) => format!(
                            "the state file could not be read ({why}); kept it as {} and started afresh",
                            backup.display()
                        ),
                        (Err(e), why) => format!("the state file {} could not be read ({why}) nor moved aside ({e}); starting afresh", p.display()),
                    }),
                }
            }
            Some(_) => {}
        }
        (
            Store {
                path,
                file,
                key: key.to_string(),
            },
            notices,
        )
    }

    /// What was kept for this dataset.
    pub fn get(&self) -> DatasetState {
        self.file
            .datasets
            .get(&self.key)
            .cloned()
            .unwrap_or_default()
    }

    /// Keeps `state` for this dataset, writing the file only when it changed.
    pub fn save(&mut self, state: DatasetState) -> std::io::Result<()> {
        let Some(path) = &self.path else {
            return Ok(());
        };
        if self.file.datasets.get(&self.key) == Some(&state) {
            return Ok(());
        }
        self.file.datasets.insert(self.key.clone(), state);
        let bytes = serde_json::to_vec_pretty(&self.file).map_err(std::io::Error::other)?;
        atomic::write(path, &bytes)
    }
}

/// Cuts `search` to [`MAX_SEARCH_CHARS`] chars.
fn cut_search(search: &mut String) {
    if let Some((end, _)) = search.char_indices().nth(MAX_SEARCH_CHARS) {
        search.truncate(end);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> DatasetState {
        DatasetState {
            actors: vec!["germany".into()],
            search: "europe".into(),
            bookmarks: vec![Bookmark::Quote("q1".into()), Bookmark::Event("e1".into())],
            ..Default::default()
        }
    }

    #[test]
    fn saves_and_reads_back_per_dataset() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("state.json");
        let (mut a, notices) = Store::open(Some(path.clone()), "builtin");
        assert!(notices.is_empty());
        a.save(sample()).unwrap();
        let (b, _) = Store::open(Some(path.clone()), "builtin");
        assert_eq!(b.get(), sample());
        let (other, _) = Store::open(Some(path), "/some/other.json");
        assert_eq!(other.get(), DatasetState::default());
    }

    #[test]
    fn a_corrupt_state_file_is_kept_aside_with_one_notice() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("state.json");
        std::fs::write(&path, "{\"version\": 1, \"datasets\": {").unwrap();
        let (store, notices) = Store::open(Some(path.clone()), "builtin");
        assert_eq!(store.get(), DatasetState::default());
        assert_eq!(notices.len(), 1);
        assert!(notices[0].contains("kept it as"), "{}", notices[0]);
        let kept: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert!(kept[0].to_string_lossy().starts_with("state.json.broken-"));
    }

    #[test]
    fn a_huge_saved_search_is_cut_when_read() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("state.json");
        let huge = "ü".repeat(100_000);
        let state = serde_json::json!({
            "version": 1,
            "datasets": {"builtin": {"search": huge}},
        });
        std::fs::write(&path, state.to_string()).unwrap();
        let (store, notices) = Store::open(Some(path), "builtin");
        assert!(notices.is_empty());
        assert_eq!(store.get().search, "ü".repeat(MAX_SEARCH_CHARS));
    }

    #[test]
    fn without_a_home_nothing_is_written() {
        let (mut store, notices) = Store::open(None, "builtin");
        assert!(notices[0].contains("will not be saved"));
        store.save(sample()).unwrap();
    }
}
