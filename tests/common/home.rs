//! A home folder of a test's own, so the user's settings, datasets, state and
//! cache never leak in and nothing a test does reaches them: one place that
//! says which variables newsline reads its folders from.

use std::path::{Path, PathBuf};
use std::sync::Arc;

/// A folder standing for the user's home: `HOME` is `home/` inside it, and
/// each XDG folder a sibling (`config/`, `data/`, `state/`, `cache/`), so a
/// test finds newsline's files at short, fixed places.
#[derive(Clone)]
pub struct Home {
    root: PathBuf,
    /// Removes a fresh home when the last clone of it goes.
    _owned: Option<Arc<tempfile::TempDir>>,
}

impl Default for Home {
    fn default() -> Home {
        Home::new()
    }
}

impl Home {
    /// A fresh, empty home, removed when the test ends. Its `HOME` exists,
    /// as a user's does (a terminal starts there).
    pub fn new() -> Home {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("home")).unwrap();
        Home {
            root: dir.path().to_path_buf(),
            _owned: Some(Arc::new(dir)),
        }
    }

    /// A home at `root`, which the caller keeps (a folder several runs
    /// share, or a test's own temporary folder, where the test finds only
    /// what newsline wrote).
    pub fn at(root: &Path) -> Home {
        Home {
            root: root.to_path_buf(),
            _owned: None,
        }
    }

    pub fn path(&self) -> &Path {
        &self.root
    }

    pub fn join(&self, path: impl AsRef<Path>) -> PathBuf {
        self.root.join(path)
    }

    /// A folder under the home's own, made if need be.
    pub fn folder(&self, name: &str) -> PathBuf {
        let dir = self.join(name);
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }

    /// The variables newsline finds its folders by, set to this home's.
    pub fn vars(&self) -> [(&'static str, PathBuf); 5] {
        [
            ("HOME", self.join("home")),
            ("XDG_CONFIG_HOME", self.join("config")),
            ("XDG_DATA_HOME", self.join("data")),
            ("XDG_STATE_HOME", self.join("state")),
            ("XDG_CACHE_HOME", self.join("cache")),
        ]
    }

    /// The built binary with this home and colour left to the terminal.
    pub fn command(&self) -> std::process::Command {
        let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_newsline"));
        cmd.envs(self.vars()).env_remove("NO_COLOR");
        cmd
    }

    /// [`Home::command`] as `assert_cmd` runs it.
    pub fn newsline(&self) -> assert_cmd::Command {
        assert_cmd::Command::from_std(self.command())
    }

    /// Where newsline reads its settings.
    pub fn config_file(&self) -> PathBuf {
        self.join("config/newsline/config.toml")
    }

    /// Writes the settings file.
    pub fn settings(&self, toml: &str) {
        let file = self.config_file();
        std::fs::create_dir_all(file.parent().unwrap()).unwrap();
        std::fs::write(file, toml).unwrap();
    }

    /// Where newsline keeps filters, searches and bookmarks between runs.
    pub fn state_file(&self) -> PathBuf {
        self.join("state/newsline/state.json")
    }

    /// Where newsline finds datasets by name.
    pub fn datasets(&self) -> PathBuf {
        self.join("data/newsline/datasets")
    }

    /// Where newsline keeps its copies of large datasets.
    pub fn cache(&self) -> PathBuf {
        self.join("cache/newsline/datasets")
    }
}
