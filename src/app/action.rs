//! Everything that can change the app's state. Keys map to these through the
//! keymap; the event loop turns mouse and resize events into them.

/// A change the user asks for. Applied by [`super::App::update`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// Leave newsline.
    Quit,
    /// Stop newsline and return to the shell; `fg` brings it back.
    Suspend,
    /// Move the selection (or scroll) one line down.
    Down,
    /// Move the selection (or scroll) one line up.
    Up,
    /// Move down by a screenful.
    PageDown,
    /// Move up by a screenful.
    PageUp,
    /// Go to the first line.
    Top,
    /// Go to the last line.
    Bottom,
    /// Jump to the previous month on the timeline.
    PrevMonth,
    /// Jump to the next month on the timeline.
    NextMonth,
    /// Open the selected item, or confirm the prompt.
    Confirm,
    /// Close the view or prompt and return to where you were.
    Back,
    /// Show the next item of the timeline in the detail view.
    NextItem,
    /// Show the previous item of the timeline in the detail view.
    PrevItem,
    /// In the detail view, scroll to the quote in its source paragraph (or
    /// back to the top).
    JumpToContext,
    /// Open the quote search.
    OpenSearch,
    /// Open the actor filter.
    OpenActors,
    /// Open the go-to-date prompt.
    OpenGoTo,
    /// Open the prompt of the filter's date range (from..to).
    OpenDateRange,
    /// Open the lane view: one lane per country or person along a time axis.
    OpenLanes,
    /// In the lane view, switch between lanes of countries and of people.
    SwitchLanes,
    /// In the lane view, select the previous event of the lane.
    Earlier,
    /// In the lane view, select the next event of the lane.
    Later,
    /// Remove every filter.
    ClearFilters,
    /// Select or unselect the highlighted actor in the actor filter.
    ToggleActor,
    /// Switch how several selected actors combine: all of them (AND) or any (OR).
    CombineActors,
    /// In the actor filter with one actor selected, sort by the events each
    /// shares with it, or back to the usual order.
    SortByShared,
    /// In the search, show events and quotes, then events only, then quotes only.
    SearchKinds,
    /// Bookmark the selected event or quote, or remove its bookmark.
    ToggleBookmark,
    /// Open the list of bookmarks.
    OpenBookmarks,
    /// Show or hide the list of keys.
    ToggleHelp,
    /// Copy the selected quote, with its citation, to the clipboard.
    Copy,
    /// Open the export prompt.
    OpenExport,
    /// In the export prompt, switch to the next file format.
    NextFormat,
    /// Change the speaker of the quote in the detail view or in a review.
    EditSpeaker,
    /// Change the date of the quote or event in the detail view, or of the
    /// quote in a review.
    EditDate,
    /// Move the quote to another event: pick it.
    EditEvent,
    /// Change the event's title.
    EditTitle,
    /// Change the event's actors: tick them.
    EditActors,
    /// Delete the quote, once confirmed.
    DeleteItem,
    /// Undo the last correction of this session.
    Undo,
    /// The terminal layer carried out [`super::App::effect`]; how it went.
    EffectDone(Result<(), std::io::ErrorKind>),
    /// See whether the search worker has answered.
    Poll,
    /// Type a character into the prompt.
    Input(char),
    /// Text pasted into the terminal (bracketed paste), inserted at the
    /// prompt's cursor as one edit; ignored where there is no prompt.
    Paste(String),
    /// Delete the character before the cursor.
    Backspace,
    /// Delete the word before the cursor.
    DeleteWord,
    /// Empty the prompt.
    ClearInput,
    /// Move the prompt's cursor left.
    CursorLeft,
    /// Move the prompt's cursor right.
    CursorRight,
    /// Import an article: ask for its file and publication date, then review it.
    OpenImport,
    /// In a file prompt, complete the name typed; in the new-actor form, next kind.
    Complete,
    /// In a review, accept the selected proposal.
    Accept,
    /// In a review, reject the selected proposal.
    Reject,
    /// In a review, set the selected proposal back to pending.
    Unmark,
    /// In a review, accept every pending proposal at least as sure as the selected one.
    AcceptAbove,
    /// In a review, write what was accepted into the dataset.
    Commit,
    /// The terminal layer did the review's work it was asked for (read a
    /// folder, import an article, commit a review); what came of it.
    WorkDone(super::review::Answer),
    /// Mouse wheel: scroll by this many lines (negative is up).
    Scroll(i16),
    /// Mouse click at a screen cell (column, row).
    Click(u16, u16),
    /// A second click on the same cell soon after the first: opens the line.
    DoubleClick(u16, u16),
    /// The terminal now has this size (columns, rows).
    Resize(u16, u16),
}
