//! Where newsline's files live, from the `directories` crate, and no place at
//! all when there is no home folder.

use directories::ProjectDirs;
use std::path::PathBuf;

/// The project's folders, or `None` without a home folder. `HOME` is checked
/// first because `directories` would otherwise fall back to the account
/// database, and a user who unset `HOME` asked for nothing to be written.
pub fn project_dirs() -> Option<ProjectDirs> {
    #[cfg(unix)]
    if std::env::var_os("HOME").is_none_or(|h| h.is_empty()) {
        return None;
    }
    ProjectDirs::from("", "", "newsline")
}

/// `state.json`: in the state folder where the platform has one, else beside the data.
pub fn state_file() -> Option<PathBuf> {
    let dirs = project_dirs()?;
    let dir = dirs
        .state_dir()
        .map(PathBuf::from)
        .unwrap_or_else(|| dirs.data_local_dir().to_path_buf());
    Some(dir.join("state.json"))
}

/// `config.toml` in the platform's configuration folder.
pub fn settings_file() -> Option<PathBuf> {
    project_dirs().map(|d| d.config_dir().join("config.toml"))
}

/// The platform's cache folder for newsline: copies that can be made again.
pub fn cache_dir() -> Option<PathBuf> {
    project_dirs().map(|d| d.cache_dir().join("datasets"))
}

/// The folder where users keep their datasets.
pub fn datasets_dir() -> Option<PathBuf> {
    project_dirs().map(|d| d.data_dir().join("datasets"))
}

/// Resolves `--data`: a path to a file, or the name of a dataset in
/// [`datasets_dir`] (with or without `.json`).
pub fn resolve(name: &str) -> Result<PathBuf, crate::data::LoadError> {
    let direct = PathBuf::from(name);
    if direct.exists() {
        return Ok(direct);
    }
    let dir = datasets_dir();
    if let Some(dir) = &dir {
        for candidate in [dir.join(name), dir.join(format!("{name}.json"))] {
            if candidate.is_file() {
                return Ok(candidate);
            }
        }
    }
    Err(crate::data::LoadError::NotFound {
        name: name.to_string(),
        dir: dir.map_or("(no data folder on this platform)".into(), |d| {
            d.display().to_string()
        }),
    })
}

/// Where a new dataset called `name` goes: a bare name (no folder in it, no
/// `.json` at its end) into [`datasets_dir`] as `NAME.json`, so that
/// `--data NAME` finds it; anything else is a file path, taken as it is.
pub fn new_dataset(name: &str) -> Result<PathBuf, String> {
    let path = std::path::Path::new(name);
    if name.trim().is_empty() || matches!(name, "." | "..") || name.ends_with('/') {
        return Err(format!("`{name}` is not a dataset name nor a file name"));
    }
    let bare = path.components().count() == 1
        && path
            .extension()
            .is_none_or(|x| !x.eq_ignore_ascii_case("json"));
    if !bare {
        return Ok(path.to_path_buf());
    }
    let dir = datasets_dir().ok_or_else(|| {
        format!("there is no home folder, so no datasets folder for `{name}`; give a file path (./{name}.json)")
    })?;
    Ok(dir.join(format!("{name}.json")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bare_name_goes_to_the_datasets_folder_and_a_path_stays_a_path() {
        if let Some(dir) = datasets_dir() {
            assert_eq!(new_dataset("mystory").unwrap(), dir.join("mystory.json"));
        }
        for path in [
            "mystory.json",
            "./mystory",
            "some/where/story.json",
            "/tmp/x",
        ] {
            assert_eq!(new_dataset(path).unwrap(), PathBuf::from(path), "{path}");
        }
        for bad in ["", " ", ".", "..", "folder/"] {
            assert!(new_dataset(bad).is_err(), "{bad:?}");
        }
    }
}
