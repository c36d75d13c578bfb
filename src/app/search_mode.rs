//! The search mode's keys: opening it, moving in its results, editing its
//! line, and Tab completing a token.

use super::input::Input;
use super::update::{edit_prompt, navigate};
use super::{Action, App, ListState, Mode};

impl App {
    pub(super) fn open_search(&mut self) {
        self.open(Mode::Search);
        // The last query comes back selected: typing starts a new one, as in
        // a browser's search box; an arrow key keeps it to edit.
        self.search.input.select_all();
    }

    pub(super) fn on_search(&mut self, action: Action) {
        let height = self.search_height();
        // Top and Bottom are not bound in a prompt; g and G are typed.
        let n = self.search.len();
        if navigate(&mut self.search.list, &action, n, height) {
            return;
        }
        match action {
            Action::Confirm => match self.search.selected() {
                Some(item) => self.open_detail(item),
                None => self.message = Some("nothing matches".into()),
            },
            Action::Complete => self.complete_search(),
            Action::SearchKinds => {
                self.search.kinds = self.search.kinds.next();
                self.search.list = ListState::default();
            }
            Action::Back => self.back(),
            Action::ClearFilters => self.clear_filters(),
            edit => {
                if edit_prompt(&mut self.search.input, &edit, &mut self.message) {
                    self.search.cycle = None;
                    self.rerun_search();
                }
            }
        }
    }

    /// Tab: completes the token under the cursor from the dataset, or puts
    /// in the next candidate; the status line lists them.
    fn complete_search(&mut self) {
        let input = &self.search.input;
        let cursor = input.before_cursor().len();
        let tab =
            crate::query::complete::tab(&self.ds, input.text(), cursor, self.search.cycle.as_ref());
        let changed = tab.line != input.text();
        self.search.input = Input::with_text_at(&tab.line, tab.cursor);
        self.search.cycle = tab.cycle;
        if !tab.note.is_empty() {
            self.message = Some(tab.note);
        }
        if changed {
            self.rerun_search();
        }
    }
}
