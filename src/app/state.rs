//! The parts of the app's state: the views (modes) and what each keeps, a
//! scrolled list, the prompts. Plain data with no knowledge of the terminal.

use super::Item;
use super::document::Line;
use super::input::Input;
use crate::data::ActorIx;
use crate::query::complete::Cycle;
use crate::query::find::{Target, nth};
use crate::query::{EventHit, Hit};

/// What has the keyboard.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Mode {
    /// Browsing the timeline.
    #[default]
    Timeline,
    /// Reading one event or quote.
    Detail,
    /// Typing a search of events and quotes.
    Search,
    /// Choosing actors to filter by.
    Actors,
    /// Typing a date to jump to.
    GoTo,
    /// Typing the filter's date range (from..to).
    DateRange,
    /// Typing the name of a file to export the view to.
    Export,
    /// Reading the list of keys.
    Help,
    /// The bookmarked events and quotes.
    Bookmarks,
    /// One lane per country or person along a time axis.
    Lanes,
    /// Typing a new date or title for the item in the detail view.
    EditText,
    /// Picking a new speaker, event or actors for the item in the detail view.
    EditPick,
    /// Asked whether to delete the quote in the detail view.
    Confirm,
    /// Typing the file and date of an article to import.
    Import,
    /// Reviewing an import's proposals.
    Review,
    /// Choosing a quote's speaker in a review.
    ReviewSpeaker,
    /// Creating an actor in a review.
    ReviewActor,
    /// Typing a quote's date in a review.
    ReviewDate,
    /// Answering a review's question (discard? commit with pending items?).
    ReviewConfirm,
}

impl Mode {
    pub fn title(self) -> &'static str {
        match self {
            Mode::Timeline => "Timeline",
            Mode::Detail => "Detail",
            Mode::Search => "Search events and quotes",
            Mode::Actors => "Filter by actor",
            Mode::GoTo => "Go to date",
            Mode::DateRange => "Date range",
            Mode::Export => "Export",
            Mode::Help => "Help",
            Mode::Bookmarks => "Bookmarks",
            Mode::Lanes => "Lanes",
            Mode::EditText => "Correct a date or title",
            Mode::EditPick => "Correct a speaker, event or actors",
            Mode::Confirm => "Delete a quote",
            Mode::Import => "Import an article",
            Mode::Review => "Review an import",
            Mode::ReviewSpeaker => "Review: choose a speaker",
            Mode::ReviewActor => "Review: new actor",
            Mode::ReviewDate => "Review: date",
            Mode::ReviewConfirm => "Review: question",
        }
    }
}

/// A scrolled list: which line is selected and which is at the top.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ListState {
    pub selected: usize,
    pub offset: usize,
}

impl ListState {
    /// Scrolls so that the selection is within `height` lines of the top.
    pub(super) fn follow(&mut self, height: usize) {
        let height = height.max(1);
        if self.selected < self.offset {
            self.offset = self.selected;
        } else if self.selected >= self.offset + height {
            self.offset = self.selected + 1 - height;
        }
    }
}

/// The search over events and quotes: what is typed and the ranked hits.
#[derive(Debug, Default)]
pub struct SearchState {
    pub input: Input,
    /// The quotes found, ranked.
    pub hits: Vec<Hit>,
    /// The events found, ranked; shown with the quotes, merged by score
    /// (see [`SearchState::target`]).
    pub events: Vec<EventHit>,
    /// Hits of the query (events and quotes) that the filter hides.
    pub hidden: usize,
    /// What is wrong with the query's tokens, for the status line; the
    /// rest of the query ran without them.
    pub problems: Vec<String>,
    /// Where repeated Tabs are in their completions.
    pub cycle: Option<Cycle>,
    /// Which kinds of hit the list shows.
    pub kinds: Kinds,
    pub list: ListState,
    /// Counts the queries asked, so that a late answer to an old one is ignored.
    pub generation: u64,
    /// A query is with the worker; the hits shown are the previous query's.
    pub pending: bool,
}

/// Which kinds of hit the search list shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Kinds {
    #[default]
    Both,
    Events,
    Quotes,
}

impl Kinds {
    /// The next choice of [`Action::SearchKinds`](super::Action::SearchKinds).
    pub fn next(self) -> Kinds {
        match self {
            Kinds::Both => Kinds::Events,
            Kinds::Events => Kinds::Quotes,
            Kinds::Quotes => Kinds::Both,
        }
    }
}

impl SearchState {
    /// The events and the quotes the list shows.
    fn shown(&self) -> (&[EventHit], &[Hit]) {
        match self.kinds {
            Kinds::Both => (&self.events, &self.hits),
            Kinds::Events => (&self.events, &[]),
            Kinds::Quotes => (&[], &self.hits),
        }
    }

    /// Lines of results: events and quotes, as [`SearchState::kinds`] shows.
    pub fn len(&self) -> usize {
        let (events, quotes) = self.shown();
        events.len() + quotes.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The item on line `i` of the results.
    pub fn target(&self, i: usize) -> Option<Item> {
        let (events, quotes) = self.shown();
        nth(events, quotes, i).map(|t| match t {
            Target::Event(e) => Item::Event(e),
            Target::Quote(q) => Item::Quote(q),
        })
    }

    /// The selected result.
    pub fn selected(&self) -> Option<Item> {
        self.target(self.list.selected)
    }
}

/// The actor filter's list, narrowed by what is typed.
#[derive(Debug, Default)]
pub struct ActorPicker {
    pub input: Input,
    /// An actor was selected or unselected since the picker opened; if not,
    /// Enter applies the highlighted one.
    pub toggled: bool,
    pub shown: Vec<ActorIx>,
    pub list: ListState,
    /// With one actor selected: it, and per actor the events shared with it.
    pub shared: Option<(ActorIx, Vec<usize>)>,
    /// The list is sorted by the shared events (when there are counts).
    pub by_shared: bool,
}

/// The detail view: the item, its document at the current width, the scroll.
#[derive(Debug)]
pub struct DetailView {
    pub item: Item,
    pub lines: Vec<Line>,
    pub scroll: usize,
}

/// A date prompt (go to a date, the filter's date range) and what went
/// wrong with the last try.
#[derive(Debug, Default)]
pub struct GoToPrompt {
    pub input: Input,
    pub error: Option<String>,
}

/// The export prompt: the file name typed and what went wrong with the last try.
#[derive(Debug, Default)]
pub struct ExportPrompt {
    pub input: Input,
    pub error: Option<String>,
    /// The name confirmed was the one offered: when it exists, the next
    /// numbered one is written instead.
    pub unique: bool,
}
