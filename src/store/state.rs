//! The state file: per dataset, the last actor filter and search, and the
//! bookmarks. Read once at start; written atomically when it changes.
//!
//! Several explorers may run at once, on one dataset or on several, and all
//! keep their state in this one file. So a save does not write this run's
//! memory over the file: under a lock beside it, it reads the file again and
//! applies what this run changed since it last saved: the bookmarks it added
//! and removed (so that one another run removed is not brought back, and one
//! this run removed stays removed), and the filter or search if this run
//! changed it (the last to change one wins). Other datasets are left as the
//! file has them.

use super::{atomic, lock};
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
    /// The first and last day of the date range (`2025-03-01`), each left
    /// out of the file when open, so files without them read as before.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<String>,
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
    /// What this run had for its dataset when it opened or last saved: what
    /// its changes are counted from.
    base: DatasetState,
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
        let base = file.datasets.get(key).cloned().unwrap_or_default();
        (
            Store {
                path,
                file,
                key: key.to_string(),
                base,
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

    /// Keeps what this run changed in `state` for this dataset, merged into
    /// the file as it is now (see the module's comment); writes nothing when
    /// this run changed nothing since it last saved.
    pub fn save(&mut self, state: DatasetState) -> std::io::Result<()> {
        let Some(path) = &self.path else {
            return Ok(());
        };
        if state == self.base {
            return Ok(());
        }
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)?;
        }
        // Held until the file is replaced: no other run reads it meanwhile.
        let _lock = lock::lock_dataset(path, || {})?;
        let mut file = read_now(path)?.unwrap_or_else(|| StateFile {
            version: 1,
            ..StateFile::default()
        });
        let theirs = file.datasets.remove(&self.key).unwrap_or_default();
        let merged = merge(&self.base, &state, theirs);
        file.datasets.insert(self.key.clone(), merged);
        let bytes = serde_json::to_vec_pretty(&file).map_err(std::io::Error::other)?;
        atomic::write(path, &bytes)?;
        self.file = file;
        self.base = state;
        Ok(())
    }
}

/// The state file as it is now, or `None` when there is none or what is
/// there is not a state file (then kept aside first, as at start). A file
/// that is there but cannot be read is an error: writing over it would lose
/// what it holds.
fn read_now(path: &std::path::Path) -> std::io::Result<Option<StateFile>> {
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(e),
    };
    match serde_json::from_str::<StateFile>(&text) {
        Ok(mut file) => {
            for kept in file.datasets.values_mut() {
                cut_search(&mut kept.search);
            }
            Ok(Some(file))
        }
        Err(_) => {
            atomic::keep_broken(path)?;
            Ok(None)
        }
    }
}

/// `theirs` (the file's state for a dataset, as it is now) with what changed
/// from `base` to `ours` in this run: bookmarks added and removed, and the
/// filter and search if this run changed them.
pub fn merge(base: &DatasetState, ours: &DatasetState, theirs: DatasetState) -> DatasetState {
    let removed = |b: &Bookmark| base.bookmarks.contains(b) && !ours.bookmarks.contains(b);
    let mut bookmarks: Vec<Bookmark> = theirs
        .bookmarks
        .into_iter()
        .filter(|b| !removed(b))
        .collect();
    for b in &ours.bookmarks {
        if !base.bookmarks.contains(b) && !bookmarks.contains(b) {
            bookmarks.push(b.clone());
        }
    }
    // The actors, how they combine and the dates are one filter: taken together.
    let filter_changed = ours.actors != base.actors
        || ours.all_actors != base.all_actors
        || ours.from != base.from
        || ours.to != base.to;
    DatasetState {
        actors: match filter_changed {
            true => ours.actors.clone(),
            false => theirs.actors,
        },
        all_actors: match filter_changed {
            true => ours.all_actors,
            false => theirs.all_actors,
        },
        from: match filter_changed {
            true => ours.from.clone(),
            false => theirs.from,
        },
        to: match filter_changed {
            true => ours.to.clone(),
            false => theirs.to,
        },
        search: match ours.search != base.search {
            true => ours.search.clone(),
            false => theirs.search,
        },
        bookmarks,
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

    fn marks(ids: &[&str]) -> Vec<Bookmark> {
        ids.iter()
            .map(|id| Bookmark::Quote(id.to_string()))
            .collect()
    }

    fn with(bookmarks: &[&str], search: &str) -> DatasetState {
        DatasetState {
            actors: Vec::new(),
            search: search.into(),
            bookmarks: marks(bookmarks),
            ..Default::default()
        }
    }

    #[test]
    fn a_merge_keeps_what_each_run_added_and_removed() {
        // This run started from a and b, removed a, added c; meanwhile the
        // file lost b (another run removed it) and gained d.
        let base = with(&["a", "b"], "");
        let ours = with(&["b", "c"], "");
        let theirs = with(&["a", "d"], "");
        let merged = merge(&base, &ours, theirs);
        // a stays removed, b is not brought back, c is added, d is kept.
        assert_eq!(merged.bookmarks, marks(&["d", "c"]));
    }

    #[test]
    fn a_merge_takes_the_filter_and_search_only_if_this_run_changed_them() {
        let base = with(&[], "old");
        let mut theirs = with(&[], "theirs");
        theirs.actors = vec!["france".into()];
        // Unchanged here: the file's stay.
        let kept = merge(&base, &base, theirs.clone());
        assert_eq!(
            (kept.search.as_str(), kept.actors.clone()),
            ("theirs", vec!["france".into()])
        );
        // Changed here: this run's, the last to change them.
        let mut ours = with(&[], "mine");
        ours.actors = vec!["germany".into()];
        let mine = merge(&base, &ours, theirs);
        assert_eq!(
            (mine.search.as_str(), mine.actors),
            ("mine", vec!["germany".into()])
        );
    }

    #[test]
    fn two_stores_on_one_file_keep_each_others_bookmarks_and_datasets() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("state.json");
        let (mut a, _) = Store::open(Some(path.clone()), "story");
        let (mut b, _) = Store::open(Some(path.clone()), "story");
        let (mut other, _) = Store::open(Some(path.clone()), "/other.json");
        a.save(with(&["a1"], "")).unwrap();
        b.save(with(&["b1"], "")).unwrap();
        other.save(with(&["o1"], "elsewhere")).unwrap();
        a.save(with(&["a1", "a2"], "")).unwrap();
        b.save(with(&[], "")).unwrap();
        let (story, _) = Store::open(Some(path.clone()), "story");
        assert_eq!(story.get().bookmarks, marks(&["a1", "a2"]));
        let (other, _) = Store::open(Some(path), "/other.json");
        assert_eq!(other.get(), with(&["o1"], "elsewhere"));
    }

    #[test]
    fn without_a_home_nothing_is_written() {
        let (mut store, notices) = Store::open(None, "builtin");
        assert!(notices[0].contains("will not be saved"));
        store.save(sample()).unwrap();
    }
}
