//! Where Back (Esc) goes: the views under the current one, nearest last, as
//! in gitui's popup stack. One stack instead of a "return to" field per view,
//! so every view returns to where it was opened from; `App::open` and
//! `App::back` are the only ways a view is entered over another or left.

use super::{App, Item, Mode};

/// A view under the current one. A detail view keeps its item and scroll, so
/// that coming back to it shows the same lines.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Under {
    pub mode: Mode,
    /// The item and scroll of a detail view.
    pub detail: Option<(Item, usize)>,
}

/// The views under the current one. The timeline is at the bottom and is
/// never on the stack: it is where an empty stack goes back to.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ViewStack {
    under: Vec<Under>,
}

impl ViewStack {
    /// The view directly under the current one.
    pub fn below(&self) -> Mode {
        self.under.last().map_or(Mode::Timeline, |u| u.mode)
    }

    /// How many views are under the current one.
    pub fn depth(&self) -> usize {
        self.under.len()
    }

    /// The views under the current one, nearest last.
    pub(super) fn views(&self) -> &[Under] {
        &self.under
    }

    /// Puts `under` back on the stack as it was (when the dataset is replaced).
    pub(super) fn restore(&mut self, under: Under) {
        self.under.push(under);
    }

    /// Puts `current` under `opening`. A view other than the detail view that
    /// is already open underneath is gone back to instead of opened twice:
    /// the stack stays as short as the views are few, however long one
    /// wanders between search, bookmarks and details.
    pub(super) fn push(&mut self, current: Under, opening: Mode) {
        if opening != Mode::Detail
            && let Some(i) = self.under.iter().position(|u| u.mode == opening)
        {
            self.under.truncate(i);
            return;
        }
        if current.mode != Mode::Timeline {
            self.under.push(current);
        }
    }

    /// The view to go back to; the timeline when there is none.
    pub(super) fn pop(&mut self) -> Under {
        self.under.pop().unwrap_or(Under {
            mode: Mode::Timeline,
            detail: None,
        })
    }
}

impl App {
    /// The view under the current one: what Back returns to, and what an
    /// overlay (help, export, the actor filter) is drawn over.
    pub fn under(&self) -> Mode {
        self.views.below()
    }

    /// How many views Back goes through before the timeline.
    pub fn depth(&self) -> usize {
        self.views.depth()
    }

    /// Opens `mode` over the current view, which Back then returns to. The
    /// detail view stays in [`App::detail`] for an overlay to be drawn over.
    pub(super) fn open(&mut self, mode: Mode) {
        let detail = match (&self.detail, self.mode) {
            (Some(d), Mode::Detail) => Some((d.item, d.scroll)),
            _ => None,
        };
        let current = Under {
            mode: self.mode,
            detail,
        };
        self.views.push(current, mode);
        self.mode = mode;
    }

    /// Returns to the view the current one was opened from; a detail view
    /// comes back with its item and scroll, rewrapped to the current width.
    pub(super) fn back(&mut self) {
        let under = self.views.pop();
        self.mode = under.mode;
        match under.detail {
            Some((item, scroll)) => {
                self.show_detail(item);
                self.scroll_detail(scroll as isize);
            }
            None if under.mode != Mode::Detail => self.detail = None,
            None => {}
        }
    }
}
