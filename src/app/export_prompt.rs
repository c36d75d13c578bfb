//! The export prompt: the name offered (selected, so typing replaces it),
//! switching formats, and turning what was typed into the file to write: `~`
//! is the home folder, a relative name is under the current folder, and the
//! offered name moves on to a free one when a file has it already.

use super::{Action, App, Effect, Mode};
use crate::export::Format;
use std::path::{Path, PathBuf};

/// The name the export prompt offers first, without its extension.
pub const DEFAULT_STEM: &str = "newsline-export";
/// The name the export prompt offers first.
pub const DEFAULT_EXPORT: &str = "newsline-export.md";

const EXTENSIONS: [&str; 3] = ["md", "csv", "json"];

/// How many numbered names (`newsline-export-2.md` …) are tried when the
/// offered one exists, before the prompt asks for another name.
const MAX_TRIES: u32 = 99;

/// The file `typed` names: `~` and `~/…` are under `home`, a relative name
/// under `cwd`. Where a name cannot be made absolute, the reason.
pub fn resolve(typed: &str, home: Option<&Path>, cwd: Option<&Path>) -> Result<PathBuf, String> {
    let typed = typed.trim();
    let path = if typed == "~" || typed.starts_with("~/") {
        let home =
            home.ok_or("the home folder is not known (HOME is not set); type a full path")?;
        home.join(typed.trim_start_matches('~').trim_start_matches('/'))
    } else if typed.starts_with('~') {
        // `~user` would need the user database; a file literally named `~x`
        // is almost never what was meant.
        return Err("only ~/ is understood for the home folder; type a full path".into());
    } else {
        PathBuf::from(typed)
    };
    if path.is_absolute() {
        return Ok(path);
    }
    let cwd = cwd.ok_or("the current folder is not known; type a full path")?;
    Ok(cwd.join(path))
}

/// The offered name with the next number: `newsline-export.md` becomes
/// `newsline-export-2.md`, and `-2` becomes `-3`. `None` past [`MAX_TRIES`].
pub fn next_free(path: &Path) -> Option<PathBuf> {
    let stem = path.file_stem()?.to_str()?;
    let ext = path.extension()?.to_str()?;
    let (base, n) = match stem.rsplit_once('-') {
        Some((base, n)) if base == DEFAULT_STEM => (base, n.parse::<u32>().ok()?),
        _ if stem == DEFAULT_STEM => (stem, 1),
        _ => return None,
    };
    (n < MAX_TRIES + 1).then(|| path.with_file_name(format!("{base}-{}.{ext}", n + 1)))
}

/// Whether `typed` is the name offered, in any of the formats.
fn is_offered(typed: &str) -> bool {
    EXTENSIONS
        .iter()
        .any(|ext| typed == format!("{DEFAULT_STEM}.{ext}"))
}

impl App {
    pub(super) fn open_export(&mut self) {
        self.export = Default::default();
        self.export.input = super::input::Input::with_text(DEFAULT_EXPORT);
        // Typing replaces the offered name; an arrow key keeps it to edit.
        self.export.input.select_all();
        self.open(Mode::Export);
    }

    pub(super) fn on_export(&mut self, action: Action) {
        match action {
            Action::Back => self.back(),
            Action::NextFormat => {
                let text = self.export.input.text().to_string();
                let selected = self.export.input.is_selected();
                let (stem, ext) = match text.rsplit_once('.') {
                    Some((stem, ext)) if EXTENSIONS.contains(&ext) => (stem.to_string(), ext),
                    _ => (text.clone(), "json"),
                };
                let i = EXTENSIONS.iter().position(|e| *e == ext).unwrap_or(0);
                let next = format!("{stem}.{}", EXTENSIONS[(i + 1) % EXTENSIONS.len()]);
                self.export.input = super::input::Input::with_text(&next);
                if selected {
                    self.export.input.select_all();
                }
                self.export.error = None;
            }
            Action::Confirm => self.confirm_export(),
            edit => {
                if super::update::edit_prompt(&mut self.export.input, &edit, &mut self.message) {
                    self.export.error = None;
                }
            }
        }
    }

    fn confirm_export(&mut self) {
        let name = self.export.input.text().trim().to_string();
        if name.is_empty() {
            self.export.error = Some("type a file name".into());
            return;
        }
        let Some(format) = Format::from_path(Path::new(&name)) else {
            self.export.error =
                Some("end the name with .md (Markdown), .csv or .json (TimelineJS)".into());
            return;
        };
        // Where home and the current folder are is read here, not kept:
        // both are the process's own, and no file is touched.
        let home = std::env::var_os("HOME")
            .filter(|h| !h.is_empty())
            .map(PathBuf::from);
        let cwd = std::env::current_dir().ok();
        match resolve(&name, home.as_deref(), cwd.as_deref()) {
            Err(why) => self.export.error = Some(why),
            Ok(path) => {
                self.export.unique = is_offered(&name);
                self.effect = Some(Effect::Export { path, format });
                self.back();
            }
        }
    }

    /// The file of a refused export exists. The offered name moves on to the
    /// next free number on its own; a name the user typed is never changed,
    /// and the prompt comes back to choose another. Returns whether a new
    /// export was asked for.
    pub(super) fn export_exists(&mut self, path: &Path, format: Format) -> bool {
        if self.export.unique
            && let Some(next) = next_free(path)
        {
            self.effect = Some(Effect::Export { path: next, format });
            return true;
        }
        self.export.error = Some(format!("{} exists; choose another name", path.display()));
        self.open(Mode::Export);
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tilde_is_the_home_folder_and_a_relative_name_the_current_one() {
        let home = Path::new("/home/ana");
        let cwd = Path::new("/tmp/work");
        let r = |t: &str| resolve(t, Some(home), Some(cwd));
        assert_eq!(r("~/germany.md"), Ok(PathBuf::from("/home/ana/germany.md")));
        assert_eq!(r("~/notes/g.md"), Ok(PathBuf::from("/home/ana/notes/g.md")));
        assert_eq!(
            r("  germany.md "),
            Ok(PathBuf::from("/tmp/work/germany.md"))
        );
        assert_eq!(r("/srv/g.md"), Ok(PathBuf::from("/srv/g.md")));
        // Never a folder named `~` in the current folder.
        assert_eq!(r("./~/g.md"), Ok(PathBuf::from("/tmp/work/./~/g.md")));
        assert!(r("~bob/g.md").unwrap_err().contains("only ~/"));
        assert!(
            resolve("~/g.md", None, Some(cwd))
                .unwrap_err()
                .contains("HOME")
        );
        assert!(
            resolve("g.md", Some(home), None)
                .unwrap_err()
                .contains("current folder")
        );
    }

    #[test]
    fn the_offered_name_moves_on_to_the_next_number() {
        let p = |s: &str| PathBuf::from(s);
        assert_eq!(
            next_free(&p("/w/newsline-export.md")),
            Some(p("/w/newsline-export-2.md"))
        );
        assert_eq!(
            next_free(&p("/w/newsline-export-2.csv")),
            Some(p("/w/newsline-export-3.csv"))
        );
        assert_eq!(
            next_free(&p("/w/newsline-export-99.md")),
            Some(p("/w/newsline-export-100.md"))
        );
        assert_eq!(next_free(&p("/w/newsline-export-100.md")), None);
        // A name the user chose is theirs: never renumbered.
        assert_eq!(next_free(&p("/w/germany.md")), None);
        assert_eq!(next_free(&p("/w/germany-2.md")), None);
    }
}
