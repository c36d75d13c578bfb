//! Your datasets: `newsline new` starts one (empty, or a copy of the built-in
//! story), `import --into` finds the one it names or starts it, and
//! `newsline datasets` lists them. Every file goes through the atomic writer,
//! and a file that exists is never replaced.

use super::out::{errln, outln};
use super::{Failure, human_size, out, table};
use crate::data::load::{builtin_files, parse};
use crate::data::schema::{DatasetFile, SCHEMA};
use crate::store::{atomic, paths};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// `newsline new NAME|FILE [--title TITLE] [--from-builtin]`.
pub fn run(target: &str, title: Option<&str>, from_builtin: bool) -> Result<u8, Failure> {
    let path = paths::new_dataset(target).map_err(Failure::usage)?;
    refuse_existing(&path)?;
    let title = title.map(|t| crate::text::clean(t, false));
    let what = if from_builtin {
        let articles = copy_builtin(&path, title.as_deref())?;
        format!(
            "a copy of the built-in story, its {articles} articles in {}/",
            articles_folder(&path)
        )
    } else {
        create_empty(&path, title.as_deref().unwrap_or(&default_title(&path)))?;
        "empty".to_string()
    };
    outln!("created dataset {target} at {} ({what})", path.display())?;
    // The name to give back: a bare name as it was given, a path as a path.
    let data = if path.ends_with(format!("{target}.json")) && !target.contains('/') {
        target.to_string()
    } else {
        path.display().to_string()
    };
    outln!("  open it:        newsline --data {data}")?;
    outln!("  add an article: newsline import ARTICLE --published DATE --into {data}")?;
    Ok(0)
}

/// The dataset `import --into` names, found as `--data` finds one; when there
/// is none, an empty one is started where `newsline new` would put it, and
/// said so on standard error.
pub fn into_dataset(into: &Path) -> Result<PathBuf, Failure> {
    let name = into.to_string_lossy();
    if let Ok(found) = paths::resolve(&name) {
        return Ok(found);
    }
    let path = paths::new_dataset(&name).map_err(Failure::usage)?;
    match create_empty(&path, &default_title(&path)) {
        Ok(()) => errln!("newsline: created dataset {name} at {}", path.display()),
        // Another import started it meanwhile: that one is used.
        Err(_) if std::fs::symlink_metadata(&path).is_ok() => {}
        Err(e) => return Err(e),
    }
    Ok(path)
}

/// Where `new --from-builtin` puts the articles of the dataset at `path`,
/// beside it: `NAME-articles`.
fn articles_folder(path: &Path) -> String {
    let stem = path.file_stem().unwrap_or_default().to_string_lossy();
    format!("{stem}-articles")
}

/// A title for a dataset that was given none: its file's name, without `.json`.
fn default_title(path: &Path) -> String {
    let stem = path.file_stem().unwrap_or_default().to_string_lossy();
    crate::text::clean(&stem, false)
}

fn failure(message: String) -> Failure {
    Failure {
        message,
        code: 1,
        closed_pipe: false,
    }
}

fn already_there(path: &Path) -> Failure {
    failure(format!(
        "{} already exists; `newsline new` never replaces a file: choose another name, or remove it first",
        path.display()
    ))
}

/// Checked first, so that nothing is written beside a dataset that exists;
/// the final rename refuses it too, should one appear meanwhile.
fn refuse_existing(path: &Path) -> Result<(), Failure> {
    match std::fs::symlink_metadata(path) {
        Ok(_) => Err(already_there(path)),
        Err(_) => Ok(()),
    }
}

/// Writes `bytes` at `path`, which must not exist yet.
fn write_new(path: &Path, owner: &Path, bytes: &[u8]) -> Result<(), Failure> {
    let written = atomic::stage_beside(path, owner).and_then(|mut staged| {
        staged.write_all(bytes)?;
        staged.commit_new()
    });
    written.map_err(|e| match e.kind() {
        io::ErrorKind::AlreadyExists => already_there(path),
        _ => failure(format!("cannot write {}: {e}", path.display())),
    })
}

/// Dataset records as newsline writes them: pretty, with a final newline.
fn to_json(file: &DatasetFile) -> Result<String, Failure> {
    Ok(serde_json::to_string_pretty(file)? + "\n")
}

/// Writes an empty, valid dataset at `path`.
fn create_empty(path: &Path, title: &str) -> Result<(), Failure> {
    let file: DatasetFile = DatasetFile {
        schema: SCHEMA.to_string(),
        title: title.to_string(),
        description: None,
        sources: Vec::new(),
        actors: Vec::new(),
        terms: Vec::new(),
        events: Vec::new(),
        quotes: Vec::new(),
    };
    let json = to_json(&file)?;
    // Checked as any dataset is, before it is written.
    parse(path, &json, |name| Err(format!("no file `{name}`")))?;
    write_new(path, path, json.as_bytes())
}

/// Copies the built-in story to `path`, its articles in a folder beside it
/// (`NAME-articles/`), inside the dataset's folder as a load requires.
/// Returns how many articles were copied.
fn copy_builtin(path: &Path, title: Option<&str>) -> Result<usize, Failure> {
    let (json, articles) = builtin_files();
    let mut file: DatasetFile = serde_json::from_str(json)?;
    if let Some(title) = title {
        file.title = title.to_string();
    }
    let folder = articles_folder(path);
    // (name in the new dataset, text)
    let mut copies: Vec<(String, &str)> = Vec::new();
    for source in &mut file.sources {
        let Some(name) = &source.file else { continue };
        let text = articles
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, text)| *text)
            .ok_or_else(|| failure(format!("the built-in article `{name}` is missing")))?;
        let base = Path::new(name)
            .file_name()
            .unwrap_or_default()
            .to_string_lossy();
        let new_name = format!("{folder}/{base}");
        copies.push((new_name.clone(), text));
        source.file = Some(new_name);
    }
    let out = to_json(&file)?;
    parse(path, &out, |name| {
        copies
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, t)| t.to_string())
            .ok_or_else(|| format!("no file `{name}`"))
    })?;
    let dir = atomic::folder(path);
    let mut written = Vec::new();
    let result = (|| {
        // The articles first, so that the dataset never names a missing file.
        for (name, text) in &copies {
            let at = dir.join(name);
            if std::fs::read_to_string(&at).is_ok_and(|t| t == *text) {
                continue;
            }
            write_new(&at, path, text.as_bytes())?;
            written.push(at);
        }
        write_new(path, path, out.as_bytes())
    })();
    if result.is_err() {
        for at in &written {
            let _ = std::fs::remove_file(at);
        }
    }
    result.map(|()| copies.len())
}

/// `newsline datasets`: the datasets folder and what it holds.
pub fn datasets() -> Result<u8, Failure> {
    let Some(dir) = paths::datasets_dir() else {
        return Err(Failure::usage(
            "there is no home folder, so no datasets folder; use --data FILE",
        ));
    };
    outln!("Datasets folder: {}", dir.display())?;
    let mut found: Vec<(String, u64)> = match std::fs::read_dir(&dir) {
        Ok(entries) => entries
            .filter_map(Result::ok)
            .filter(|e| e.path().extension().is_some_and(|x| x == "json"))
            .filter_map(|e| {
                let size = e.metadata().ok()?.len();
                Some((e.file_name().to_string_lossy().to_string(), size))
            })
            .collect(),
        Err(_) => Vec::new(),
    };
    found.sort();
    if found.is_empty() {
        outln!(
            "No datasets there yet. Start one with `newsline new NAME` (or copy a dataset \
             file into that folder), then open it with `newsline --data NAME`."
        )?;
        return Ok(0);
    }
    let rows: Vec<Vec<String>> = found
        .iter()
        .map(|(name, size)| {
            let stem = name.trim_end_matches(".json").to_string();
            vec![stem, human_size(*size)]
        })
        .collect();
    let mut out = out::stdout();
    table::write(&mut out, &["NAME", "SIZE"], &rows, table::output_width())?;
    out.flush()?;
    Ok(0)
}
