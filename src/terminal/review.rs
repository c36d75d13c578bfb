//! The review's effects, done for the event loop: list a folder to complete
//! a file name, read and import an article, commit a review and load the
//! dataset again. Each answers with [`Action::WorkDone`].

use crate::app::path_prompt::{expand_home, split};
use crate::app::review::{Answer, CommitDone, Imported, Work};
use crate::app::{Action, App, Effect};
use crate::data::load::load_path_with;
use crate::import::review::commit::{LoadedFile, commit, read_article};
use crate::import::{Options, import};
use chrono::NaiveDate;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// The most names of one folder read for completion: enough for any folder
/// a person picks an article from, and a bound on a huge one.
const MAX_ENTRIES: usize = 10_000;

/// Does the review's work `effect` asks for; `None` for another effect.
pub(super) fn perform(app: &App, effect: &Effect) -> Option<Action> {
    let work = match effect {
        Effect::ListFolder { typed } => Work::Listed {
            typed: typed.clone(),
            entries: list(typed),
        },
        Effect::Import { path, published } => {
            Work::Imported(read_and_import(app, path, *published))
        }
        Effect::CommitReview => Work::Committed(commit_review(app)),
        Effect::Copy { .. } | Effect::Export { .. } | Effect::Edit(_) => return None,
    };
    Some(Action::WorkDone(Answer(Arc::new(work))))
}

fn home() -> Option<PathBuf> {
    directories::BaseDirs::new().map(|b| b.home_dir().to_path_buf())
}

/// The names in the folder of the file name `typed`, and which are folders.
fn list(typed: &str) -> Result<Vec<(String, bool)>, String> {
    let (folder, _) = split(typed);
    let dir = if folder.is_empty() {
        PathBuf::from(".")
    } else {
        expand_home(folder, home().as_deref())
    };
    let entries =
        std::fs::read_dir(&dir).map_err(|e| format!("cannot list {}: {e}", dir.display()))?;
    Ok(entries
        .filter_map(Result::ok)
        .take(MAX_ENTRIES)
        .map(|e| {
            // Followed through links, as a shell completes them.
            let folder = e.path().is_dir();
            (e.file_name().to_string_lossy().into_owned(), folder)
        })
        .collect())
}

fn read_and_import(app: &App, path: &Path, published: NaiveDate) -> Result<Imported, String> {
    let origin = app
        .workbench
        .origin
        .as_ref()
        .ok_or("no dataset file to import into")?;
    let text = read_article(path)?;
    let opts = Options {
        published,
        lang: None,
        outlet: None,
        title: None,
    };
    let proposal = import(&text, &opts, Some(app.ds()));
    Ok(Imported {
        article: path.to_path_buf(),
        text,
        proposal,
        since: origin.loaded.fingerprint(&origin.path),
    })
}

fn commit_review(app: &App) -> Result<CommitDone, String> {
    let origin = app
        .workbench
        .origin
        .as_ref()
        .ok_or("no dataset file to write into")?;
    let r = app.review().ok_or("no review is open")?;
    let done = commit(
        &origin.path,
        origin.options,
        r.since,
        &r.article,
        &r.text,
        &r.review,
    )?;
    let mut message = done.report.message().replace('\n', " · ");
    if done.changed_meanwhile {
        message = format!(
            "the dataset had changed since the review began; added to it as it is now: {message}"
        );
    }
    let loaded = LoadedFile::hashed(&origin.path);
    let dataset = load_path_with(&origin.path, origin.options).map_err(|e| e.to_string());
    Ok(CommitDone {
        message,
        source: done.report.source.clone(),
        dataset,
        loaded,
    })
}
