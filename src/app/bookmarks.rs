//! Bookmarks: adding and removing one, and the keys of their list.

use super::detail::Item;
use super::update::{navigate, step};
use super::{Action, App, ListState, Mode};

impl App {
    pub(super) fn toggle_bookmark(&mut self, item: Item) {
        if self.bookmarks.remove(&item) {
            self.message = Some("bookmark removed".into());
        } else {
            self.bookmarks.insert(item);
            self.message = Some(format!(
                "bookmarked · {} in all · B lists them",
                self.bookmarks.len()
            ));
        }
    }

    pub(super) fn open_bookmarks(&mut self) {
        self.marks = ListState::default();
        self.open(Mode::Bookmarks);
    }

    pub(super) fn on_bookmarks(&mut self, action: Action) {
        let list = self.bookmark_list();
        let height = self.search_height();
        if navigate(&mut self.marks, &action, list.len(), height) {
            return;
        }
        match action {
            Action::Confirm => {
                if let Some(&item) = list.get(self.marks.selected) {
                    self.open_detail(item);
                }
            }
            Action::ToggleBookmark => {
                if let Some(&item) = list.get(self.marks.selected) {
                    self.toggle_bookmark(item);
                    let n = self.bookmarks.len();
                    step(&mut self.marks, n, 0, height);
                }
            }
            Action::Back => self.back(),
            _ => {}
        }
    }
}
