//! What the rest of the program reads of the app's state: the fields stay
//! private, so that they change only in [`App::update`].

use super::rows::Row;
use super::{
    ActorPicker, App, DetailView, Effect, ExportPrompt, GoToPrompt, Item, ListState, Mode,
    MonthCounts, SearchState, edit,
};
use crate::data::Dataset;
use crate::query::{Filter, SearchIndex};
use std::collections::BTreeSet;

impl App {
    /// What has the keyboard: the current view.
    pub fn mode(&self) -> Mode {
        self.mode
    }

    /// The detail view: the current view's, or the one an overlay covers.
    pub fn detail(&self) -> Option<&DetailView> {
        self.detail.as_ref()
    }

    /// The bookmarks list's selection and scroll.
    pub fn marks(&self) -> ListState {
        self.marks
    }

    /// How far the help overlay is scrolled.
    pub fn help_scroll(&self) -> usize {
        self.help_scroll
    }

    // What drawing, the event loop and tests read; every change goes
    // through `update`.

    pub fn ds(&self) -> &Dataset {
        &self.ds
    }

    pub fn filter(&self) -> &Filter {
        &self.filter
    }

    /// Per actor: events and quotes that selecting it alone shows.
    pub fn actor_counts(&self) -> &[(usize, usize)] {
        self.actor_counts.get()
    }

    pub fn months(&self) -> Option<&MonthCounts> {
        self.months.as_ref()
    }

    /// The timeline's rows and its selection.
    pub fn rows(&self) -> &[Row] {
        &self.rows
    }

    /// A reference, not a copy: `app.list().selected = …` must not compile
    /// and silently change nothing.
    pub fn list(&self) -> &ListState {
        &self.list
    }

    pub fn search(&self) -> &SearchState {
        &self.search
    }

    /// The quote search index, when searches run on this thread.
    pub fn index(&self) -> Option<&SearchIndex> {
        self.finder.as_deref().map(|f| &*f.quotes)
    }

    pub fn picker(&self) -> &ActorPicker {
        &self.picker
    }

    pub fn goto(&self) -> &GoToPrompt {
        &self.goto
    }

    pub fn export(&self) -> &ExportPrompt {
        &self.export
    }

    /// What the terminal layer is asked to do after this update.
    pub fn effect(&self) -> Option<&Effect> {
        self.effect.as_ref()
    }

    pub fn bookmarks(&self) -> &BTreeSet<Item> {
        &self.bookmarks
    }

    /// Columns and rows of the terminal.
    pub fn size(&self) -> (u16, u16) {
        self.size
    }

    /// A one-time message for the status line.
    /// Corrections to the dataset: the prompts, the undo list, the worker.
    pub fn edits(&self) -> &edit::Editing {
        &self.edits
    }

    pub fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }

    pub fn should_quit(&self) -> bool {
        self.should_quit
    }

    /// The selected timeline row, if the timeline has any.
    pub fn selected_row(&self) -> Option<Row> {
        self.rows.get(self.list.selected).copied()
    }

    /// Events and quotes the current filter leaves.
    pub fn counts(&self) -> (usize, usize) {
        (self.timeline.len(), self.timeline_quotes)
    }
}
