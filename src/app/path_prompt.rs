//! The import prompt: an article's file, with completion on Tab and `~` for
//! the home folder, then its publication date. Completing needs the folder's
//! names, which the terminal layer lists (an effect); what to make of them is
//! decided here.
//!
//! Hand-written, in some sixty lines: the line editors that complete file
//! names (rustyline's `FilenameCompleter`, reedline) come with an editor of
//! their own that would replace this explorer's one-line prompt, and
//! `shellexpand` would only spare the two lines that read `~`.

use super::input::Input;
use super::update::edit_prompt;
use super::{Action, App, Effect, Mode};
use crate::data::Precision;
use crate::data::date::parse_human;
use std::path::{MAIN_SEPARATOR, Path, PathBuf};

/// How many of a folder's matching names the prompt shows.
pub const SHOWN: usize = 8;

/// The file and date typed, and what completion found.
#[derive(Debug, Default)]
pub struct ImportPrompt {
    pub path: Input,
    pub date: Input,
    /// The date has the cursor; the file name is done.
    pub on_date: bool,
    pub error: Option<String>,
    /// Names that complete what is typed, when there is more than one.
    pub matches: Vec<String>,
}

/// `typed` with a leading `~` read as the home folder `home`.
pub fn expand_home(typed: &str, home: Option<&Path>) -> PathBuf {
    match (typed.strip_prefix('~'), home) {
        (Some(""), Some(h)) => h.to_path_buf(),
        (Some(rest), Some(h)) if rest.starts_with(MAIN_SEPARATOR) => {
            h.join(rest.trim_start_matches(MAIN_SEPARATOR))
        }
        _ => PathBuf::from(typed),
    }
}

/// The folder to list for `typed` (as typed, before `~` is read) and the
/// start of the name to complete in it.
pub fn split(typed: &str) -> (&str, &str) {
    match typed.rfind(MAIN_SEPARATOR) {
        Some(i) => (&typed[..=i], &typed[i + 1..]),
        None if typed == "~" => ("~/", ""),
        None => ("", typed),
    }
}

/// What Tab makes of `typed` given the names in its folder (name, is a
/// folder): the longest start the matching names share, a separator after a
/// single folder; and the matches, when more than one.
pub fn complete(typed: &str, entries: &[(String, bool)]) -> (String, Vec<String>) {
    let (folder, start) = split(typed);
    // Hidden files only when asked for, as shells do.
    let mut found: Vec<&(String, bool)> = entries
        .iter()
        .filter(|(n, _)| n.starts_with(start) && (start.starts_with('.') || !n.starts_with('.')))
        .collect();
    found.sort();
    let Some(((first, _), rest)) = found.split_first() else {
        return (typed.to_string(), Vec::new());
    };
    if rest.is_empty() {
        let dir = found[0].1;
        let sep = if dir {
            MAIN_SEPARATOR.to_string()
        } else {
            String::new()
        };
        return (format!("{folder}{first}{sep}"), Vec::new());
    }
    let mut common = first.clone();
    for (n, _) in rest {
        while !n.starts_with(common.as_str()) {
            common.pop();
        }
    }
    let shown = found
        .iter()
        .map(|(n, d)| {
            if *d {
                format!("{n}{MAIN_SEPARATOR}")
            } else {
                n.clone()
            }
        })
        .collect();
    (format!("{folder}{common}"), shown)
}

impl App {
    pub(super) fn open_import(&mut self) {
        if self.workbench.origin.is_none() {
            self.message = Some(
                "the built-in story is not changed by imports: start a dataset of your own and open it with --data NAME".into(),
            );
            return;
        }
        if self.review().is_some() {
            return self.open(Mode::Review);
        }
        let kept = std::mem::take(&mut self.workbench.prompt.path);
        self.workbench.prompt = ImportPrompt {
            path: kept,
            ..Default::default()
        };
        self.open(Mode::Import);
    }

    pub(super) fn on_import(&mut self, action: Action) {
        let p = &mut self.workbench.prompt;
        match action {
            Action::Back if p.on_date => p.on_date = false,
            Action::Back => self.back(),
            Action::Complete if !p.on_date => {
                self.effect = Some(Effect::ListFolder {
                    typed: p.path.text().to_string(),
                });
            }
            Action::Confirm if !p.on_date => {
                if p.path.text().trim().is_empty() {
                    p.error = Some("type the article's file name (Tab completes)".into());
                } else {
                    p.on_date = true;
                    p.error = None;
                    p.matches.clear();
                }
            }
            Action::Confirm => match parse_human(p.date.text()) {
                Ok(d) if d.precision() == Precision::Day => {
                    let home = directories::BaseDirs::new().map(|b| b.home_dir().to_path_buf());
                    let path = expand_home(p.path.text().trim(), home.as_deref());
                    self.message = Some(format!("importing {}…", path.display()));
                    self.effect = Some(Effect::Import {
                        path,
                        published: d.first_day(),
                    });
                }
                Ok(_) => {
                    p.error = Some(
                        "give the day it came out (2025-08-10): relative dates count from it"
                            .into(),
                    )
                }
                Err(e) => p.error = Some(e.to_string()),
            },
            edit => {
                let input = if p.on_date { &mut p.date } else { &mut p.path };
                if edit_prompt(input, &edit, &mut self.message) {
                    p.error = None;
                    p.matches.clear();
                }
            }
        }
    }

    /// Tab's answer: the names in the folder typed.
    pub(super) fn complete_path(
        &mut self,
        typed: &str,
        entries: &Result<Vec<(String, bool)>, String>,
    ) {
        let importing = self.mode() == Mode::Import;
        let p = &mut self.workbench.prompt;
        // Typed on since Tab: the answer is for another name.
        if p.path.text() != typed || !importing {
            return;
        }
        match entries {
            Err(why) => p.error = Some(why.clone()),
            Ok(entries) => {
                let (text, matches) = complete(typed, entries);
                if text == typed && matches.is_empty() {
                    p.error = Some("no file name starts so".into());
                }
                p.path = Input::with_text(&text);
                p.matches = matches;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entries(names: &[(&str, bool)]) -> Vec<(String, bool)> {
        names.iter().map(|(n, d)| (n.to_string(), *d)).collect()
    }

    #[test]
    fn tab_completes_the_common_start_and_a_single_folder_with_its_separator() {
        let e = entries(&[
            ("en-floods.txt", false),
            ("en-floods.gold.json", false),
            ("fr-otan.txt", false),
            ("held-out", true),
            (".hidden", false),
        ]);
        let (text, shown) = complete("articles/en", &e);
        assert_eq!(text, "articles/en-floods.");
        assert_eq!(shown, ["en-floods.gold.json", "en-floods.txt"]);
        assert_eq!(
            complete("articles/fr", &e),
            ("articles/fr-otan.txt".into(), vec![])
        );
        assert_eq!(complete("h", &e), ("held-out/".into(), vec![]));
        assert_eq!(complete("~/x", &e), ("~/x".into(), vec![]));
        // Hidden names only when a dot is typed.
        assert_eq!(complete("", &e).1.len(), 4);
        assert_eq!(complete(".", &e), (".hidden".into(), vec![]));
    }

    #[test]
    fn a_tilde_is_the_home_folder() {
        let home = Path::new("/home/ann");
        assert_eq!(
            expand_home("~/news/a.txt", Some(home)),
            home.join("news/a.txt")
        );
        assert_eq!(expand_home("~", Some(home)), home);
        assert_eq!(expand_home("a~b", Some(home)), PathBuf::from("a~b"));
        // `~user` is not read: there is no portable way to find their folder.
        assert_eq!(expand_home("~bob/a", Some(home)), PathBuf::from("~bob/a"));
        assert_eq!(split("~"), ("~/", ""));
        assert_eq!(split("~/ne"), ("~/", "ne"));
    }
}
