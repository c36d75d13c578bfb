//! App state and the only place it changes: [`App::update`]. Knows the layout's
//! geometry (to page and keep the selection visible) but draws nothing.

mod accessors;
pub mod action;
mod actor_counts;
mod bookmarks;
mod date_range;
pub mod detail;
mod detail_nav;
pub mod document;
pub mod edit;
pub mod effects;
pub mod export_prompt;
mod filter_notice;
mod geometry;
pub mod input;
pub mod keymap;
pub mod lanes;
pub mod layout;
pub mod mouse;
pub mod path_prompt;
mod picker;
pub mod reload;
mod resume;
pub mod review;
mod review_answer;
mod review_edit;
pub mod rows;
mod search_mode;
pub mod searcher;
mod state;
#[cfg(test)]
mod testing;
mod update;
pub mod views;

pub use action::Action;
pub use detail::Item;
pub use state::{
    ActorPicker, DetailView, ExportPrompt, GoToPrompt, Kinds, ListState, Mode, SearchState,
};

use crate::data::Dataset;
use crate::query::{Filter, Finder, SearchIndex, TimelineEvent, timeline};
use rows::Row;
use std::collections::BTreeSet;
use std::sync::Arc;

/// Something only the terminal layer can do, asked for by [`App::update`] and
/// answered with [`Action::EffectDone`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Put text on the clipboard through the terminal (OSC 52).
    Copy { text: String },
    /// Write the filtered timeline to a new file.
    Export {
        path: std::path::PathBuf,
        format: crate::export::Format,
    },
    /// Write a correction to the dataset file (by its worker).
    Edit(reload::EditRequest),
    /// List the folder of the file name typed so far, to complete it.
    ListFolder { typed: String },
    /// Read an article and run the importer on it, to review its proposals.
    Import {
        path: std::path::PathBuf,
        published: chrono::NaiveDate,
    },
    /// Write what the review keeps into the dataset, then load it again.
    CommitReview,
}

/// How the filtered events spread over the months, for the strip.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MonthCounts {
    /// The first month of the dataset and how many months it spans, so the
    /// strip does not move when a filter changes.
    pub span: ((i32, u32), usize),
    /// Events per month under the current filter; events known only to the
    /// year belong to no month.
    pub counts: Vec<usize>,
}

pub struct App {
    ds: Arc<Dataset>,
    /// Which quotes and events the current filter leaves, for the search.
    allowed: searcher::Allowed,
    months: Option<MonthCounts>,
    /// The search indexes, when searches run on this thread.
    finder: Option<Arc<Finder>>,
    /// The search worker, when the explorer runs searches off the input thread.
    searcher: Option<searcher::Searcher>,
    /// Lets the worker make its indexes, and the actors be counted, once the
    /// terminal layer first polls: after the first frame (see
    /// [`App::after_first_frame`]).
    after_first_frame: Option<std::sync::mpsc::Sender<()>>,
    /// Per actor: events and quotes that selecting it alone shows.
    actor_counts: actor_counts::ActorCounts,
    filter: Filter,
    timeline: Vec<TimelineEvent>,
    /// The quotes on the timeline, counted when it is made: every frame
    /// shows the number, and counting a million would not fit in a frame.
    timeline_quotes: usize,
    rows: Vec<Row>,
    list: ListState,
    /// The current view; see [`App::mode`].
    mode: Mode,
    /// The detail view, when it is the current view or under an overlay.
    detail: Option<DetailView>,
    search: SearchState,
    picker: ActorPicker,
    goto: GoToPrompt,
    /// The prompt of the filter's date range.
    range: GoToPrompt,
    export: ExportPrompt,
    /// The lane view, while it is open.
    lanes: Option<lanes::LaneView>,
    /// Lanes of countries or of people: the last chosen, for the next opening.
    lane_kind: crate::query::lanes::LaneKind,
    /// Corrections to the dataset: its file's worker, prompts, undo.
    edits: edit::Editing,
    /// What the terminal layer is asked to do after this update.
    effect: Option<Effect>,
    /// Bookmarked events and quotes.
    bookmarks: BTreeSet<Item>,
    /// The bookmarks list's selection; the list is [`App::bookmark_list`].
    marks: ListState,
    help_scroll: usize,
    /// Where Back goes from the current view.
    views: views::ViewStack,
    /// The dataset's file, the import prompt and the review under way.
    pub workbench: review::Workbench,
    /// Columns and rows of the terminal.
    size: (u16, u16),
    /// A one-time message for the status line.
    message: Option<String>,
    should_quit: bool,
}

impl App {
    /// An app that builds its search index and searches on this thread.
    pub fn new(ds: Dataset, size: (u16, u16)) -> App {
        App::build(ds, size, None)
    }

    /// The explorer's app: the search index is built, and searches run, on a
    /// worker thread, so the first frame does not wait for the index.
    pub fn new_in_background(ds: Dataset, size: (u16, u16)) -> App {
        App::new_in_background_with(ds, size, |ds| Arc::new(SearchIndex::build(ds)))
    }

    /// [`App::new_in_background`] with the index from `index`, on the worker:
    /// the explorer's reads a cached one when it can.
    pub fn new_in_background_with(
        ds: Dataset,
        size: (u16, u16),
        index: impl FnOnce(&Arc<Dataset>) -> Arc<SearchIndex> + Send + 'static,
    ) -> App {
        App::build(ds, size, Some(Box::new(index)))
    }

    fn build(ds: Dataset, size: (u16, u16), background: Option<searcher::MakeIndex>) -> App {
        let ds = Arc::new(ds);
        let (finder, searcher, go) = match background {
            Some(make) => {
                // The worker's indexes wait for the first frame: on two
                // cores, reading them beside the start would slow it.
                let (go, wait) = std::sync::mpsc::channel::<()>();
                let source = searcher::IndexSource::Build(Arc::clone(&ds), make);
                let worker = searcher::Searcher::spawn_after(source, Some(wait));
                (None, Some(worker), Some(go))
            }
            None => {
                let quotes = Arc::new(SearchIndex::build(&ds));
                (Some(Arc::new(Finder::new(&ds, quotes))), None, None)
            }
        };
        let actor_counts = actor_counts::ActorCounts::of(&ds);
        let months = ds.events.first().map(|first| {
            let first = first.date.year_month();
            let last = ds
                .events
                .iter()
                .map(|e| e.date.year_month())
                .max()
                .unwrap_or(first);
            let count = (last.0 - first.0) * 12 + last.1 as i32 - first.1 as i32 + 1;
            MonthCounts {
                span: (first, count.max(1) as usize),
                counts: Vec::new(),
            }
        });
        let mut app = App {
            allowed: searcher::Allowed::default(),
            ds,
            months,
            finder,
            searcher,
            after_first_frame: go,
            actor_counts,
            filter: Filter::default(),
            timeline: Vec::new(),
            timeline_quotes: 0,
            rows: Vec::new(),
            list: ListState::default(),
            mode: Mode::Timeline,
            detail: None,
            search: SearchState::default(),
            picker: ActorPicker::default(),
            goto: GoToPrompt::default(),
            range: GoToPrompt::default(),
            export: ExportPrompt::default(),
            lanes: None,
            lane_kind: Default::default(),
            edits: edit::Editing::default(),
            effect: None,
            bookmarks: BTreeSet::new(),
            marks: ListState::default(),
            help_scroll: 0,
            views: views::ViewStack::default(),
            workbench: review::Workbench::default(),
            size,
            message: None,
            should_quit: false,
        };
        app.refilter();
        app.narrow_actors();
        app
    }

    /// Rebuilds the timeline after the filter changed, keeping the selected
    /// item selected when it is still there.
    fn refilter(&mut self) {
        let before = self.selected_row();
        self.timeline = if self.filter.is_empty() {
            rows::unfiltered(&self.ds)
        } else {
            timeline(&self.ds, &self.filter)
        };
        self.timeline_quotes = self.timeline.iter().map(|t| t.quotes.len()).sum();
        self.rows = rows::build(&self.ds, &self.timeline);
        // The quotes and events the search may show are the ones on the timeline.
        self.allowed = if self.filter.is_empty() {
            searcher::Allowed::default()
        } else {
            let mut quotes = vec![false; self.ds.quotes.len()];
            let mut events = vec![false; self.ds.events.len()];
            for t in &self.timeline {
                events[t.event] = true;
                for q in &t.quotes {
                    quotes[*q] = true;
                }
            }
            searcher::Allowed {
                quotes: Some(Arc::new(quotes)),
                events: Some(Arc::new(events)),
            }
        };
        if let Some(m) = &mut self.months {
            let (first, n) = m.span;
            m.counts = vec![0; n];
            for t in &self.timeline {
                let date = self.ds.events[t.event].date;
                if date.precision() == crate::data::Precision::Year {
                    continue;
                }
                let (y, mo) = date.year_month();
                let i = (y - first.0) * 12 + mo as i32 - first.1 as i32;
                if let Some(c) = m.counts.get_mut(i as usize) {
                    *c += 1;
                }
            }
        }
        let again = before.and_then(|r| self.rows.iter().position(|x| *x == r));
        self.list.selected = again.unwrap_or(0);
        self.list.offset = 0;
        self.snap_to_selectable(true);
        self.rerun_search();
        self.rebuild_lanes();
    }

    fn rerun_search(&mut self) {
        self.search.generation += 1;
        match &self.searcher {
            Some(worker) => {
                let allowed = self.allowed.clone();
                worker.ask(self.search.generation, self.search.input.text(), allowed);
                self.search.pending = true;
            }
            None => {
                let results = self.finder.as_ref().map_or_else(Default::default, |f| {
                    searcher::run(&self.ds, f, self.search.input.text(), &self.allowed)
                });
                self.take_results(results);
            }
        }
    }

    /// Runs searches on a worker thread from now on.
    pub fn search_in_background(&mut self) {
        if let Some(finder) = &self.finder {
            let source = searcher::IndexSource::Ready(Arc::clone(&self.ds), Arc::clone(finder));
            self.searcher = Some(searcher::Searcher::spawn(source));
        }
    }

    /// Takes the worker's answer to the current query, if it came. A worker
    /// that failed is let go: nothing is pending any more, the hits shown stay,
    /// and the status line says why the search no longer follows the query.
    fn take_answer(&mut self) {
        self.after_first_frame();
        let Some(worker) = &self.searcher else {
            self.search.pending = false;
            return;
        };
        match worker.latest() {
            Some(searcher::Answer::Hits(generation, results))
                if generation == self.search.generation =>
            {
                self.take_results(results);
                self.search.pending = false;
            }
            Some(searcher::Answer::Failed(why)) => {
                self.searcher = None;
                self.search.pending = false;
                self.message = Some(format!(
                    "the search stopped because of a bug ({}); the rest of newsline works. \
                     Please report it as an issue of the newsline project",
                    crate::text::clean(&why, false)
                ));
            }
            _ => {}
        }
    }

    /// What the first frame does not wait for, started once it is drawn: the
    /// terminal layer polls right after it, the first search being pending.
    fn after_first_frame(&mut self) {
        if let Some(go) = self.after_first_frame.take() {
            let _ = go.send(());
            self.actor_counts.begin();
        }
    }

    /// Shows what a query found, from its first line.
    fn take_results(&mut self, results: searcher::Results) {
        self.search.hits = results.quotes;
        self.search.events = results.events;
        self.search.hidden = results.hidden;
        self.search.problems = results.problems;
        self.search.list = ListState::default();
    }

    fn narrow_actors(&mut self) {
        self.picker.shown = crate::query::actors::narrow(&self.ds, self.picker.input.text(), None);
        self.sort_shown();
        self.picker.list = ListState::default();
    }

    /// Moves the selection off a period header, downwards or upwards.
    fn snap_to_selectable(&mut self, down: bool) {
        let n = self.rows.len();
        if n == 0 {
            self.list = ListState::default();
            return;
        }
        let mut i = self.list.selected.min(n - 1);
        let step = |i: usize| if down { i + 1 } else { i.wrapping_sub(1) };
        while i < n && !self.rows[i].selectable() {
            i = step(i);
        }
        if i >= n {
            // Nothing selectable that way: look the other way.
            i = self.list.selected.min(n - 1);
            while i < n && !self.rows[i].selectable() {
                i = if down { i.wrapping_sub(1) } else { i + 1 };
            }
        }
        self.list.selected = i.min(n - 1);
        self.follow();
    }

    fn follow(&mut self) {
        let h = self.body_height();
        self.list.follow(h);
    }
}
