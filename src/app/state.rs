//! The parts of the app's state: the views (modes) and what each keeps, a
//! scrolled list, the prompts. Plain data with no knowledge of the terminal.

use super::Item;
use super::document::Line;
use super::input::Input;
use crate::data::ActorIx;
use crate::query::Hit;

/// What has the keyboard.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Mode {
    /// Browsing the timeline.
    #[default]
    Timeline,
    /// Reading one event or quote.
    Detail,
    /// Typing a quote search.
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
            Mode::Search => "Search quotes",
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

/// The quote search: what is typed and the ranked hits.
#[derive(Debug, Default)]
pub struct SearchState {
    pub input: Input,
    pub hits: Vec<Hit>,
    /// Hits of the query that the filter hides.
    pub hidden: usize,
    pub list: ListState,
    /// Counts the queries asked, so that a late answer to an old one is ignored.
    pub generation: u64,
    /// A query is with the worker; the hits shown are the previous query's.
    pub pending: bool,
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
