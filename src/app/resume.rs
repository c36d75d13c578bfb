//! Where the user left a dataset: what the app keeps of it for next time,
//! by id, and an app that picks up from it (what no longer exists is
//! skipped). The bookmarks' list in date order lives here too.

use super::input::Input;
use super::{App, Item};
use crate::data::Dataset;
use crate::store::state::{Bookmark, DatasetState};

impl App {
    /// An app that picks up where the user left this dataset: filter, search
    /// and bookmarks (what no longer exists is skipped), with `notices` to show.
    pub fn resume(ds: Dataset, size: (u16, u16), kept: &DatasetState, notices: Vec<String>) -> App {
        App::new(ds, size).resumed(kept, notices)
    }

    /// This app, picking up where the user left its dataset (see [`App::resume`]).
    pub fn resumed(self, kept: &DatasetState, notices: Vec<String>) -> App {
        let mut app = self;
        let (filter, search) = (app.filter.clone(), app.search.input.text().to_string());
        app.filter.actors = kept
            .actors
            .iter()
            .filter_map(|id| app.ds.actor_by_id(id))
            .collect();
        app.filter.all_actors = kept.all_actors;
        // A day that does not read (a hand-edited file) is no end.
        let day = |d: &Option<String>| d.as_deref().and_then(|d| d.parse().ok());
        app.filter.from = day(&kept.from);
        app.filter.to = day(&kept.to);
        app.search.input = Input::with_text(&kept.search);
        app.bookmarks = kept
            .bookmarks
            .iter()
            .filter_map(|b| match b {
                Bookmark::Event(id) => app
                    .ds
                    .events
                    .iter()
                    .position(|e| e.id == id)
                    .map(Item::Event),
                Bookmark::Quote(id) => app
                    .ds
                    .quotes
                    .iter()
                    .position(|q| q.id == id)
                    .map(Item::Quote),
            })
            .collect();
        // The timeline was made at the start: made again only if the filter
        // it was made for changed (a million quotes' rows take a while).
        if app.filter != filter {
            app.refilter();
        } else if app.search.input.text() != search {
            app.rerun_search();
        }
        let mut notices = notices;
        notices.extend(app.restored_filter_notice());
        if !notices.is_empty() {
            app.message = Some(notices.join(" · "));
        }
        app
    }

    /// What is worth keeping for next time, by id.
    pub fn remembered(&self) -> DatasetState {
        DatasetState {
            actors: self
                .filter
                .actors
                .iter()
                .map(|&a| self.ds.actors[a].id.clone())
                .collect(),
            all_actors: self.filter.all_actors,
            from: self.filter.from.map(|d| d.to_string()),
            to: self.filter.to.map(|d| d.to_string()),
            search: self.search.input.text().to_string(),
            bookmarks: self
                .bookmarks
                .iter()
                .map(|b| match *b {
                    Item::Event(e) => Bookmark::Event(self.ds.events[e].id.to_string()),
                    Item::Quote(q) => Bookmark::Quote(self.ds.quotes[q].id.to_string()),
                })
                .collect(),
        }
    }

    /// The bookmarks in date order: events before their quotes.
    pub fn bookmark_list(&self) -> Vec<Item> {
        let mut list: Vec<Item> = self.bookmarks.iter().copied().collect();
        let key = |i: &Item| match *i {
            Item::Event(e) => (self.ds.events[e].date, e, 0, 0),
            Item::Quote(q) => {
                let e = self.ds.quotes[q].event;
                (self.ds.events[e].date, e, 1, q)
            }
        };
        list.sort_by_key(key);
        list
    }
}
