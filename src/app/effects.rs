//! Copying and exporting: the app decides what to copy or write and says so
//! in [`App::effect`]; the terminal layer does it and reports back with
//! [`Action::EffectDone`], so the app itself never touches the outside world.

use super::rows::Row;
use super::{App, Effect, Item, Mode};
use crate::export::{View, citation};
use std::io::ErrorKind;

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
            Mode::Search => self.search.selected(),
            Mode::Bookmarks => self.bookmark_list().get(self.marks.selected).copied(),
            Mode::Lanes => self.lanes().and_then(|v| v.event()).map(Item::Event),
            Mode::Actors | Mode::Help | Mode::DateRange => None,
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
            (Effect::Export { path, format }, Err(ErrorKind::AlreadyExists)) => {
                // Nothing is overwritten: the offered name moves on, or the
                // prompt comes back to pick another.
                self.export_exists(&path, format);
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
