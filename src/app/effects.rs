//! Copying and exporting: the app decides what to copy or write and says so
//! in [`App::effect`]; the terminal layer does it and reports back with
//! [`Action::EffectDone`], so the app itself never touches the outside world.

use super::rows::Row;
use super::{Action, App, Effect, Item, Mode};
use crate::export::{Format, View, citation};
use std::io::ErrorKind;
use std::path::PathBuf;

/// The name the export prompt offers first.
pub const DEFAULT_EXPORT: &str = "newsline-export.md";

const EXTENSIONS: [&str; 3] = ["md", "csv", "json"];

impl App {
    /// The event or quote the current view has selected.
    pub fn selected_item(&self) -> Option<Item> {
        match self.mode {
            Mode::Timeline | Mode::GoTo | Mode::Export => match self.selected_row()? {
                Row::Event(e) => Some(Item::Event(e)),
                Row::Quote(q) => Some(Item::Quote(q)),
                Row::Period(..) => None,
            },
            Mode::Detail | Mode::EditText | Mode::EditPick | Mode::Confirm => {
                self.detail.as_ref().map(|d| d.item)
            }
            Mode::Search => self
                .search
                .hits
                .get(self.search.list.selected)
                .map(|h| Item::Quote(h.quote)),
            Mode::Bookmarks => self.bookmark_list().get(self.marks.selected).copied(),
            Mode::Actors | Mode::Help => None,
            Mode::Import
            | Mode::Review
            | Mode::ReviewSpeaker
            | Mode::ReviewActor
            | Mode::ReviewDate
            | Mode::ReviewConfirm => None,
        }
    }

    /// What the export writes: the filtered timeline.
    pub fn export_view(&self) -> View<'_> {
        View {
            ds: &self.ds,
            timeline: &self.timeline,
            described: self
                .filter
                .describe(&self.ds)
                .map_or("all events".into(), |w| format!("filter: {w}")),
        }
    }

    pub(super) fn copy_selected(&mut self) {
        let text = match self.selected_item() {
            Some(Item::Quote(q)) => citation(&self.ds, q),
            Some(Item::Event(e)) => {
                let ev = &self.ds.events[e];
                let outlets: Vec<&str> = ev
                    .sources
                    .iter()
                    .map(|s| self.ds.sources[s.source].outlet.as_str())
                    .collect();
                format!("{} — {} ({})", ev.date, ev.title, outlets.join("; "))
            }
            None => {
                self.message = Some("nothing selected to copy".into());
                return;
            }
        };
        self.effect = Some(Effect::Copy { text });
    }

    pub(super) fn open_export(&mut self) {
        self.export = Default::default();
        self.export.input = super::input::Input::with_text(DEFAULT_EXPORT);
        self.open(Mode::Export);
    }

    pub(super) fn on_export(&mut self, action: Action) {
        match action {
            Action::Back => self.back(),
            Action::NextFormat => {
                let text = self.export.input.text().to_string();
                let (stem, ext) = match text.rsplit_once('.') {
                    Some((stem, ext)) if EXTENSIONS.contains(&ext) => (stem.to_string(), ext),
                    _ => (text.clone(), "json"),
                };
                let i = EXTENSIONS.iter().position(|e| *e == ext).unwrap_or(0);
                let next = format!("{stem}.{}", EXTENSIONS[(i + 1) % EXTENSIONS.len()]);
                self.export.input = super::input::Input::with_text(&next);
                self.export.error = None;
            }
            Action::Confirm => {
                let name = self.export.input.text().trim();
                let path = PathBuf::from(name);
                match Format::from_path(&path) {
                    _ if name.is_empty() => self.export.error = Some("type a file name".into()),
                    None => {
                        self.export.error = Some(
                            "end the name with .md (Markdown), .csv or .json (TimelineJS)".into(),
                        )
                    }
                    Some(format) => {
                        self.effect = Some(Effect::Export { path, format });
                        self.back();
                    }
                }
            }
            edit => {
                if super::update::edit_prompt(&mut self.export.input, &edit, &mut self.message) {
                    self.export.error = None;
                }
            }
        }
    }

    pub(super) fn effect_done(&mut self, result: Result<(), ErrorKind>) {
        let Some(effect) = self.effect.take() else {
            return;
        };
        // The review's effects answer with [`Action::WorkDone`].
        if matches!(
            effect,
            Effect::ListFolder { .. } | Effect::Import { .. } | Effect::CommitReview
        ) {
            return;
        }
        self.message = Some(match (effect, result) {
            (Effect::Copy { text }, Ok(())) => {
                format!("copied (sent to the terminal's clipboard): {text}")
            }
            (Effect::Copy { .. }, Err(e)) => format!("could not copy: {e}"),
            (Effect::Export { path, format }, Ok(())) => {
                let (events, quotes) = self.counts();
                let s = |n: usize| if n == 1 { "" } else { "s" };
                format!(
                    "exported {events} event{} and {quotes} quote{} as {} to {}",
                    s(events),
                    s(quotes),
                    format.name(),
                    path.display()
                )
            }
            (Effect::Export { path, .. }, Err(ErrorKind::AlreadyExists)) => {
                // Nothing is overwritten: back to the prompt to pick another name.
                self.export.error = Some(format!("{} exists; choose another name", path.display()));
                self.open(Mode::Export);
                return;
            }
            (Effect::Export { path, .. }, Err(e)) => {
                format!("could not write {}: {e}", path.display())
            }
            (Effect::Edit(request), Ok(())) => {
                self.edits.saving += 1;
                format!("saving: {}…", request.said)
            }
            (Effect::Edit(_), Err(e)) => format!("not saved: {e}"),
            (Effect::ListFolder { .. } | Effect::Import { .. } | Effect::CommitReview, _) => return,
        });
    }
}
