//! The optional settings file, `config.toml`:
//!
//! ```toml
//! data = "mystory"          # the dataset to open when --data is not given
//! allow_outside_files = true # read source files outside a dataset's folder
//! mouse = false             # leave the mouse to the terminal (to select text)
//!
//! [theme]                   # colours: a name, "#rrggbb" or an index 0-255
//! accent = "cyan"           # titles, headings, keys
//! date = "yellow"
//! match = "lightred"        # matched characters in search results
//! selection = "237"         # background of the selected line
//! speaker = "green"
//! badge = "magenta"
//! ```

use super::atomic;
use ratatui::style::Color;
use serde::Deserialize;
use std::path::Path;
use std::str::FromStr;

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct SettingsFile {
    data: Option<String>,
    #[serde(default)]
    allow_outside_files: bool,
    mouse: Option<bool>,
    #[serde(default)]
    theme: ThemeFile,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct ThemeFile {
    accent: Option<String>,
    date: Option<String>,
    #[serde(rename = "match")]
    matched: Option<String>,
    selection: Option<String>,
    speaker: Option<String>,
    badge: Option<String>,
}

/// Colours the user chose; `None` keeps the default.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Colors {
    pub accent: Option<Color>,
    pub date: Option<Color>,
    pub matched: Option<Color>,
    pub selection: Option<Color>,
    pub speaker: Option<Color>,
    pub badge: Option<Color>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Settings {
    /// The dataset to open when `--data` is not given.
    pub data: Option<String>,
    /// Read a dataset's source files even outside its folder.
    pub allow_outside_files: bool,
    /// `mouse = false`: the explorer leaves the mouse to the terminal, so
    /// text can be selected with it; clicks and the wheel then do nothing.
    pub no_mouse: bool,
    pub colors: Colors,
}

/// Reads the settings at `path`. No file means defaults; a file that cannot be
/// read is kept aside and the defaults used; a colour that is not one is
/// skipped. Each problem gives one notice.
pub fn load(path: Option<&Path>) -> (Settings, Vec<String>) {
    let mut notices = Vec::new();
    let Some(path) = path.filter(|p| p.exists()) else {
        return (Settings::default(), notices);
    };
    let parsed = std::fs::read_to_string(path)
        .map_err(|e| e.to_string())
        .and_then(|t| toml::from_str::<SettingsFile>(&t).map_err(|e| where_and_what(&t, &e)));
    let file = match parsed {
        Ok(f) => f,
        Err(why) => {
            // The file's own text, quoted in toml's message, is shown as codes
            // where it holds what a terminal would act on.
            let why = crate::text::visible(&why);
            notices.push(match atomic::keep_broken(path) {
                Ok(backup) => format!(
                    "{} could not be read ({why}); kept it as {} and used the defaults",
                    path.display(),
                    backup.display()
                ),
                Err(e) => format!(
                    "{} could not be read ({why}) nor moved aside ({e}); using the defaults",
                    path.display()
                ),
            });
            return (Settings::default(), notices);
        }
    };
    let mut color = |name: &str, value: &Option<String>| -> Option<Color> {
        let v = value.as_deref()?;
        match Color::from_str(v) {
            Ok(c) => Some(c),
            Err(_) => {
                let v = crate::text::visible(v);
                notices.push(format!(
                    "{}: theme.{name} = \"{v}\" is not a colour (a name, \"#rrggbb\" or 0-255); using the default",
                    path.display()
                ));
                None
            }
        }
    };
    let t = &file.theme;
    let colors = Colors {
        accent: color("accent", &t.accent),
        date: color("date", &t.date),
        matched: color("match", &t.matched),
        selection: color("selection", &t.selection),
        speaker: color("speaker", &t.speaker),
        badge: color("badge", &t.badge),
    };
    (
        Settings {
            data: file.data,
            allow_outside_files: file.allow_outside_files,
            no_mouse: file.mouse == Some(false),
            colors,
        },
        notices,
    )
}

/// "line 1, column 7: unclosed table, expected `]`" from toml's error.
fn where_and_what(text: &str, e: &toml::de::Error) -> String {
    let message = e.message().trim();
    match e.span() {
        Some(span) => {
            let before = &text[..span.start.min(text.len())];
            let line = before.matches('\n').count() + 1;
            let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
            format!("line {line}, column {column}: {message}")
        }
        None => message.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_dataset_and_colours() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.toml");
        std::fs::write(&path, "data = \"story\"\n[theme]\naccent = \"#ff8800\"\nselection = \"236\"\ndate = \"blu\"\n").unwrap();
        let (s, notices) = load(Some(&path));
        assert_eq!(s.data.as_deref(), Some("story"));
        assert_eq!(s.colors.accent, Some(Color::Rgb(255, 136, 0)));
        assert_eq!(s.colors.selection, Some(Color::Indexed(236)));
        assert_eq!(s.colors.date, None);
        assert_eq!(notices.len(), 1);
        assert!(
            notices[0].contains("theme.date = \"blu\" is not a colour"),
            "{}",
            notices[0]
        );
        assert!(path.exists(), "a bad colour does not move the file");
    }

    #[test]
    fn mouse_false_leaves_the_mouse_to_the_terminal() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.toml");
        for (text, no_mouse) in [
            ("mouse = false\n", true),
            ("mouse = true\n", false),
            ("", false),
        ] {
            std::fs::write(&path, text).unwrap();
            let (s, notices) = load(Some(&path));
            assert_eq!((s.no_mouse, notices.len()), (no_mouse, 0), "{text:?}");
        }
    }

    #[test]
    fn a_broken_file_gives_defaults_and_is_kept() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.toml");
        std::fs::write(&path, "data = [unclosed\n").unwrap();
        let (s, notices) = load(Some(&path));
        assert_eq!(s, Settings::default());
        assert!(notices[0].contains("kept it as"), "{}", notices[0]);
        assert!(
            notices[0].contains("(line 1, column 17: unclosed array"),
            "{}",
            notices[0]
        );
        assert!(!path.exists());
    }

    #[test]
    fn no_file_is_fine() {
        let (s, notices) = load(Some(Path::new("/nonexistent/config.toml")));
        assert_eq!(s, Settings::default());
        assert!(notices.is_empty());
        assert_eq!(load(None).0, Settings::default());
    }
}
