//! [`App::update`]: how each action changes the state, mode by mode.

use super::detail::{Item, document};
use super::edit::Field;
use super::input::{Edit, Input, MAX_CHARS};
use super::{Action, App, DetailView, ListState, Mode, rows::Row};
use crate::data::date::parse_human;

/// Moves a list selection by `delta` within `len` items.
pub(super) fn step(list: &mut ListState, len: usize, delta: isize, height: usize) {
    if len == 0 {
        *list = ListState::default();
        return;
    }
    let max = len as isize - 1;
    list.selected = (list.selected as isize + delta).clamp(0, max) as usize;
    list.follow(height);
}

/// Applies `action` to a prompt, if it is an edit, and says in `message`
/// when what was typed or pasted did not all fit. Returns whether the text changed.
pub(super) fn edit_prompt(
    input: &mut Input,
    action: &Action,
    message: &mut Option<String>,
) -> bool {
    let Some(Edit { changed, cut }) = input.apply(action) else {
        return false;
    };
    if cut {
        *message = Some(format!(
            "the prompt holds {MAX_CHARS} characters; the rest was left out"
        ));
    }
    changed
}

/// The moves every list of `len` items shown `height` lines at a time has.
/// Returns whether `action` was one of them.
pub(super) fn navigate(list: &mut ListState, action: &Action, len: usize, height: usize) -> bool {
    let page = height.saturating_sub(1).max(1) as isize;
    let delta = match action {
        Action::Down => 1,
        Action::Up => -1,
        Action::Scroll(d) => *d as isize,
        Action::PageDown => page,
        Action::PageUp => -page,
        Action::Top => -(len as isize),
        Action::Bottom => len as isize,
        _ => return false,
    };
    step(list, len, delta, height);
    true
}

impl App {
    /// Applies one action. The only function that changes the app's state.
    pub fn update(&mut self, action: Action) {
        if !matches!(
            action,
            Action::Resize(..) | Action::Scroll(_) | Action::Poll
        ) {
            self.message = None;
        }
        match action {
            // Quitting in a review with decisions asks first.
            Action::Quit if self.review_unsaved() && self.mode() != Mode::ReviewConfirm => {
                self.ask(super::review::Question::Discard { quit: true })
            }
            Action::Quit => self.should_quit = true,
            // The terminal layer suspends the process; nothing changes here.
            Action::Suspend => {}
            Action::Resize(w, h) => self.resize(w, h),
            Action::ToggleHelp => self.toggle_help(),
            Action::EffectDone(result) => self.effect_done(result),
            Action::WorkDone(answer) => self.work_done(answer),
            Action::Poll => {
                self.take_answer();
                self.take_files();
            }
            Action::Copy => self.copy_selected(),
            Action::OpenExport => self.open_export(),
            Action::Click(x, y) if self.mode != Mode::Timeline => {
                self.click(x, y);
            }
            Action::DoubleClick(x, y) => self.double_click(x, y),
            _ => match self.mode {
                Mode::Timeline => self.on_timeline(action),
                Mode::Detail => self.on_detail(action),
                Mode::Search => self.on_search(action),
                Mode::Actors => self.on_actors(action),
                Mode::GoTo => self.on_goto(action),
                Mode::DateRange => self.on_date_range(action),
                Mode::Lanes => self.on_lanes(action),
                Mode::Export => self.on_export(action),
                Mode::Help => self.on_help(action),
                Mode::Bookmarks => self.on_bookmarks(action),
                Mode::EditText => self.on_edit_text(action),
                Mode::EditPick => self.on_edit_pick(action),
                Mode::Confirm => self.on_confirm(action),
                Mode::Import => self.on_import(action),
                Mode::Review => self.on_review(action),
                Mode::ReviewSpeaker => self.on_review_speaker(action),
                Mode::ReviewActor => self.on_review_actor(action),
                Mode::ReviewDate => self.on_review_date(action),
                Mode::ReviewConfirm => self.on_review_confirm(action),
            },
        }
    }

    fn resize(&mut self, w: u16, h: u16) {
        self.size = (w, h);
        self.follow();
        let height = self.search_height();
        self.search.list.follow(height);
        let height = self.picker_height();
        self.picker.list.follow(height);
        let height = self.lanes_height();
        if let Some(v) = &mut self.lanes {
            v.list.follow(height);
        }
        self.follow_review();
        if let Some(d) = &self.detail {
            let (item, scroll) = (d.item, d.scroll);
            self.show_detail(item);
            self.scroll_detail(scroll as isize);
        }
    }

    fn toggle_help(&mut self) {
        if self.mode == Mode::Help {
            self.back();
        } else {
            self.help_scroll = 0;
            self.open(Mode::Help);
        }
    }

    fn on_help(&mut self, action: Action) {
        let delta = match action {
            Action::Down | Action::Scroll(1..) => 1,
            Action::Up | Action::Scroll(..=-1) => -1,
            Action::PageDown => 10,
            Action::PageUp => -10,
            Action::Top => -10_000,
            Action::Bottom => 10_000,
            Action::Back => return self.toggle_help(),
            _ => 0,
        };
        let max = super::keymap::help_lines(self.under())
            .len()
            .saturating_sub(self.help_height());
        self.help_scroll = (self.help_scroll as isize + delta).clamp(0, max as isize) as usize;
    }

    // ----- timeline -----

    fn move_selection(&mut self, delta: isize) {
        let n = self.rows.len();
        if n == 0 {
            return;
        }
        let target = (self.list.selected as isize + delta).clamp(0, n as isize - 1) as usize;
        self.list.selected = target;
        self.snap_to_selectable(delta >= 0);
    }

    /// Selects the first row of the month before or after the selected one.
    fn jump_month(&mut self, forward: bool) {
        let here = self.list.selected;
        let headers: Vec<usize> = (0..self.rows.len())
            .filter(|&i| matches!(self.rows[i], Row::Period(..)))
            .collect();
        let current = headers.iter().rposition(|&h| h <= here);
        let target = match (forward, current) {
            (true, Some(c)) => headers.get(c + 1),
            (true, None) => headers.first(),
            (false, Some(c)) if c > 0 => headers.get(c - 1),
            _ => headers.first(),
        };
        match target {
            Some(&h) => {
                self.list.selected = h;
                self.snap_to_selectable(true);
            }
            None => self.message = Some("no later month".into()),
        }
    }

    fn on_timeline(&mut self, action: Action) {
        let page = self.body_height().saturating_sub(1).max(1) as isize;
        match action {
            Action::Down => self.move_selection(1),
            Action::Up => self.move_selection(-1),
            Action::Scroll(n) => self.move_selection(n as isize),
            Action::PageDown => self.move_selection(page),
            Action::PageUp => self.move_selection(-page),
            Action::Top => {
                self.list.selected = 0;
                self.snap_to_selectable(true);
            }
            Action::Bottom => {
                self.list.selected = self.rows.len().saturating_sub(1);
                self.snap_to_selectable(false);
            }
            Action::NextMonth => self.jump_month(true),
            Action::PrevMonth => self.jump_month(false),
            Action::Confirm => match self.selected_row() {
                Some(Row::Event(e)) => self.open_detail(Item::Event(e)),
                Some(Row::Quote(q)) => self.open_detail(Item::Quote(q)),
                _ => {}
            },
            Action::Click(x, y) => {
                self.click(x, y);
            }
            Action::OpenSearch => self.open_search(),
            Action::OpenActors => self.open_actors(),
            Action::OpenGoTo => {
                self.goto = Default::default();
                self.open(Mode::GoTo);
            }
            Action::OpenDateRange => self.open_date_range(),
            Action::OpenLanes => self.open_lanes(),
            Action::ClearFilters => self.clear_filters(),
            Action::ToggleBookmark => {
                let item = match self.selected_row() {
                    Some(Row::Event(e)) => Some(Item::Event(e)),
                    Some(Row::Quote(q)) => Some(Item::Quote(q)),
                    _ => None,
                };
                if let Some(item) = item {
                    self.toggle_bookmark(item);
                }
            }
            Action::OpenBookmarks => self.open_bookmarks(),
            Action::Undo => self.undo(),
            Action::OpenImport => self.open_import(),
            _ => {}
        }
    }

    pub(super) fn clear_filters(&mut self) {
        if self.filter.is_empty() {
            self.message = Some("no filter to clear".into());
            return;
        }
        self.filter = Default::default();
        self.refilter();
        self.message = Some("filters cleared".into());
    }

    // ----- detail -----

    /// Opens `item` in a detail view over the current view.
    pub(super) fn open_detail(&mut self, item: Item) {
        self.open(Mode::Detail);
        self.show_detail(item);
    }

    /// Shows `item` from its top in the detail view, in place of what it showed.
    pub(super) fn show_detail(&mut self, item: Item) {
        let (width, _) = self.detail_area();
        self.detail = Some(DetailView {
            item,
            lines: document(&self.ds, item, width),
            scroll: 0,
        });
    }

    pub(super) fn scroll_detail(&mut self, delta: isize) {
        let (_, height) = self.detail_area();
        if let Some(d) = &mut self.detail {
            let max = d.lines.len().saturating_sub(height);
            d.scroll = (d.scroll as isize + delta).clamp(0, max as isize) as usize;
        }
    }

    /// Shows the next or previous timeline item (event or quote) in the detail
    /// view, and selects it on the timeline too.
    pub(super) fn step_item(&mut self, forward: bool) {
        if self.detail.is_none() {
            return;
        }
        let from = self.under();
        if from == Mode::Bookmarks {
            let list = self.bookmark_list();
            let height = self.search_height();
            step(
                &mut self.marks,
                list.len(),
                if forward { 1 } else { -1 },
                height,
            );
            if let Some(&item) = list.get(self.marks.selected) {
                self.show_detail(item);
            }
            return;
        }
        if from == Mode::Lanes {
            return self.step_in_lane(forward);
        }
        if from == Mode::Search {
            let height = self.search_height();
            let n = self.search.len();
            step(
                &mut self.search.list,
                n,
                if forward { 1 } else { -1 },
                height,
            );
            if let Some(item) = self.search.selected() {
                self.show_detail(item);
            }
            return;
        }
        self.move_selection(if forward { 1 } else { -1 });
        match self.selected_row() {
            Some(Row::Event(e)) => self.show_detail(Item::Event(e)),
            Some(Row::Quote(q)) => self.show_detail(Item::Quote(q)),
            _ => {}
        }
    }

    fn on_detail(&mut self, action: Action) {
        let (_, height) = self.detail_area();
        let page = height.saturating_sub(1).max(1) as isize;
        match action {
            Action::Down => self.scroll_detail(1),
            Action::Up => self.scroll_detail(-1),
            Action::Scroll(n) => self.scroll_detail(n as isize),
            Action::PageDown => self.scroll_detail(page),
            Action::PageUp => self.scroll_detail(-page),
            Action::Top => self.scroll_detail(isize::MIN / 2),
            Action::Bottom => self.scroll_detail(isize::MAX / 2),
            Action::NextItem => self.step_item_told(true),
            Action::PrevItem => self.step_item_told(false),
            Action::JumpToContext => self.jump_to_context(),
            Action::Back => self.back(),
            Action::OpenSearch => self.open_search(),
            Action::OpenActors => self.open_actors(),
            Action::ClearFilters => self.clear_filters(),
            Action::ToggleBookmark => {
                if let Some(item) = self.detail.as_ref().map(|d| d.item) {
                    self.toggle_bookmark(item);
                }
            }
            Action::OpenBookmarks => self.open_bookmarks(),
            Action::EditSpeaker => self.start_edit(Field::Speaker),
            Action::EditDate => self.start_edit(Field::Date),
            Action::EditEvent => self.start_edit(Field::Event),
            Action::EditTitle => self.start_edit(Field::Title),
            Action::EditActors => self.start_edit(Field::Actors),
            Action::DeleteItem => self.start_edit(Field::Delete),
            Action::Undo => self.undo(),
            _ => {}
        }
    }

    // ----- actors -----

    fn open_actors(&mut self) {
        self.open(Mode::Actors);
        self.start_picker();
    }

    fn on_actors(&mut self, action: Action) {
        let height = self.picker_height();
        if navigate(
            &mut self.picker.list,
            &action,
            self.picker.shown.len(),
            height,
        ) {
            return;
        }
        match action {
            Action::ToggleActor => {
                if let Some(&a) = self.picker.shown.get(self.picker.list.selected) {
                    if !self.filter.actors.remove(&a) {
                        self.filter.actors.insert(a);
                    }
                    self.picker.toggled = true;
                    self.refilter();
                    self.actors_toggled();
                }
            }
            Action::ClearFilters => {
                self.filter.actors.clear();
                self.picker.toggled = true;
                self.refilter();
                self.actors_toggled();
            }
            Action::CombineActors => self.combine_actors(),
            Action::SortByShared => self.sort_by_shared(),
            Action::Confirm => self.confirm_actors(),
            Action::Back => self.back(),
            edit => {
                if edit_prompt(&mut self.picker.input, &edit, &mut self.message) {
                    self.narrow_actors();
                }
            }
        }
    }

    // ----- go to date -----

    fn on_goto(&mut self, action: Action) {
        match action {
            Action::Back => self.back(),
            Action::Confirm => match parse_human(self.goto.input.text()) {
                Err(e) => self.goto.error = Some(e.to_string()),
                Ok(date) => {
                    self.back();
                    self.go_to(date);
                }
            },
            edit => {
                edit_prompt(&mut self.goto.input, &edit, &mut self.message);
            }
        }
    }

    /// Selects the first event that starts on or after `date` begins.
    fn go_to(&mut self, date: crate::data::FuzzyDate) {
        let first = date.first_day();
        let found = self.rows.iter().position(|r| match r {
            Row::Event(e) => self.ds.events[*e].date.first_day() >= first,
            _ => false,
        });
        match found {
            Some(i) => {
                self.list.selected = i;
                self.follow();
                let shown =
                    self.ds.events[super::rows::event_of(&self.ds, self.rows[i]).unwrap_or(0)].date;
                self.message = Some(format!("went to {shown}"));
            }
            None => {
                self.message = Some(format!(
                    "nothing on or after {date}; showing the last event"
                ));
                self.list.selected = self.rows.len().saturating_sub(1);
                self.snap_to_selectable(false);
            }
        }
    }
}
