//! `newsline cache`: the cached copies of large datasets, listed with their
//! size and last use, or removed with `--clear`.

use super::dataset::cache_max_bytes;
use super::out::{self, outln};
use super::{Failure, human_size, table};
use crate::cache::folder::{self, Entry};
use crate::store::paths;
use crate::text::visible;
use std::io::Write;
use std::path::Path;

pub(super) fn run(clear: bool) -> Result<u8, Failure> {
    let Some(dir) = paths::cache_dir() else {
        return Err(Failure::usage(
            "there is no home folder, so no cache folder and no cached copies",
        ));
    };
    if clear { remove_all(&dir) } else { list(&dir) }
}

/// An error about the folder says which folder.
fn in_folder(dir: &Path) -> impl Fn(std::io::Error) -> Failure + '_ {
    move |e| Failure {
        message: format!("cache folder {}: {e}", visible(&dir.display().to_string())),
        code: 1,
        closed_pipe: false,
    }
}

fn list(dir: &Path) -> Result<u8, Failure> {
    let found = folder::entries(dir).map_err(in_folder(dir))?;
    outln!("Cache folder: {}", visible(&dir.display().to_string()))?;
    if found.is_empty() {
        outln!("No cached copies.")?;
        return Ok(0);
    }
    let rows: Vec<Vec<String>> = found
        .iter()
        .rev()
        .map(|e| {
            let used = chrono::DateTime::<chrono::Local>::from(e.used);
            let mut name = visible(&e.name).into_owned();
            if e.unfinished {
                name.push_str(" (unfinished)");
            }
            vec![
                name,
                human_size(e.bytes),
                used.format("%Y-%m-%d %H:%M").to_string(),
            ]
        })
        .collect();
    let mut stdout = out::stdout();
    table::write(
        &mut stdout,
        &["COPY", "SIZE", "LAST USED"],
        &rows,
        table::output_width(),
    )?;
    stdout.flush()?;
    outln!(
        "{} in {} (at most {}; the copies used longest ago go first)",
        human_size(total(&found)),
        count(found.len()),
        human_size(cache_max_bytes())
    )?;
    Ok(0)
}

fn remove_all(dir: &Path) -> Result<u8, Failure> {
    let removed = folder::clear(dir).map_err(in_folder(dir))?;
    if removed.is_empty() {
        outln!(
            "No cached copies in {}.",
            visible(&dir.display().to_string())
        )?;
        return Ok(0);
    }
    for e in &removed {
        outln!("removed {} ({})", visible(&e.name), human_size(e.bytes))?;
    }
    outln!(
        "Removed {}, {} in all.",
        count(removed.len()),
        human_size(total(&removed))
    )?;
    Ok(0)
}

fn total(entries: &[Entry]) -> u64 {
    entries.iter().map(|e| e.bytes).sum()
}

fn count(n: usize) -> String {
    if n == 1 {
        "1 copy".to_string()
    } else {
        format!("{n} copies")
    }
}
