//! Mouse clicks in every list: a click selects the line under it in the
//! timeline, the search results, the actor picker and the bookmarks, or the
//! mark under it in the lane view; a second click on the same line soon
//! after opens it, as Enter does.

use super::layout::Screen;
use super::{Action, App, ListState, Mode};
use ratatui::layout::{Position, Rect};
use std::time::{Duration, Instant};

/// Two clicks on one cell within this time are a double click.
pub const DOUBLE_CLICK: Duration = Duration::from_millis(400);

/// Tells single clicks from double ones, from the clicks' cells and times
/// (given by the caller, so this stays a plain function of its inputs).
#[derive(Debug, Default)]
pub struct Clicks {
    last: Option<((u16, u16), Instant)>,
}

impl Clicks {
    /// The action of a left click at (`x`, `y`) at `now`.
    pub fn action(&mut self, x: u16, y: u16, now: Instant) -> Action {
        let double = self
            .last
            .is_some_and(|(at, then)| at == (x, y) && now.duration_since(then) <= DOUBLE_CLICK);
        // A third click starts over rather than opening twice.
        self.last = (!double).then_some(((x, y), now));
        if double {
            Action::DoubleClick(x, y)
        } else {
            Action::Click(x, y)
        }
    }
}

/// The line of a list shown in `area` from `list.offset` under row `y`.
fn line_at(area: Rect, list: &ListState, x: u16, y: u16) -> Option<usize> {
    area.contains(Position::new(x, y))
        .then(|| list.offset + usize::from(y - area.y))
}

impl App {
    /// Selects the line under the click in the current view's list. Returns
    /// whether a line was selected (a double click then opens it).
    pub(super) fn click(&mut self, x: u16, y: u16) -> bool {
        let Some(screen) = Screen::new(Rect::new(0, 0, self.size.0, self.size.1)) else {
            return false;
        };
        match self.mode() {
            Mode::Timeline => {
                let Some(row) = line_at(screen.body, &self.list, x, y) else {
                    return false;
                };
                if !self.rows.get(row).is_some_and(|r| r.selectable()) {
                    return false;
                }
                self.list.selected = row;
                self.follow();
                true
            }
            Mode::Search => {
                let n = self.search.len();
                let line = line_at(screen.list, &self.search.list, x, y);
                pick(&mut self.search.list, line, n)
            }
            Mode::Actors => {
                let n = self.picker.shown.len();
                let line = line_at(screen.picker_list, &self.picker.list, x, y);
                pick(&mut self.picker.list, line, n)
            }
            Mode::Bookmarks => {
                let n = self.bookmarks.len();
                let line = line_at(screen.list, &self.marks, x, y);
                pick(&mut self.marks, line, n)
            }
            Mode::Lanes => self.click_lanes(x, y),
            _ => false,
        }
    }

    /// A double click: selects as a click does, then opens what it selected.
    pub(super) fn double_click(&mut self, x: u16, y: u16) {
        if self.click(x, y) {
            self.update(Action::Confirm);
        }
    }
}

/// Selects `line` of a list of `len` lines, if there is such a line.
fn pick(list: &mut ListState, line: Option<usize>, len: usize) -> bool {
    match line {
        Some(i) if i < len => {
            list.selected = i;
            true
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::app::testing::app;

    /// The screen row of line `i` of the list in `area`.
    fn row(area: Rect, i: u16) -> u16 {
        area.y + i
    }

    #[test]
    fn a_click_selects_in_every_list_and_a_double_click_opens() {
        let screen = Screen::new(Rect::new(0, 0, 100, 30)).expect("big enough");
        let mut a = app();
        // Search results.
        a.update(Action::OpenSearch);
        for c in "masala".chars() {
            a.update(Action::Input(c));
        }
        a.update(Action::Click(10, row(screen.list, 2)));
        assert_eq!(a.search.list.selected, 2);
        // Below the last hit: nothing changes.
        a.update(Action::Click(10, row(screen.list, 20)));
        assert_eq!(a.search.list.selected, 2);
        let third = a.search.target(2).unwrap();
        a.update(Action::DoubleClick(10, row(screen.list, 2)));
        assert_eq!(a.mode(), Mode::Detail);
        assert_eq!(a.detail().map(|d| d.item), Some(third));
        a.update(Action::Back);
        a.update(Action::Back);
        // The actor picker: a double click filters by the actor clicked.
        a.update(Action::OpenActors);
        let x = screen.picker_list.x + 3;
        a.update(Action::Click(x, row(screen.picker_list, 1)));
        assert_eq!(a.picker.list.selected, 1);
        let second = a.picker.shown[1];
        a.update(Action::DoubleClick(x, row(screen.picker_list, 1)));
        assert_eq!(a.mode(), Mode::Timeline);
        assert_eq!(
            a.filter.actors.iter().copied().collect::<Vec<_>>(),
            [second]
        );
        // The bookmarks.
        a.update(Action::ClearFilters);
        a.update(Action::Down);
        a.update(Action::ToggleBookmark);
        a.update(Action::Down);
        a.update(Action::ToggleBookmark);
        a.update(Action::OpenBookmarks);
        a.update(Action::Click(10, row(screen.list, 1)));
        assert_eq!(a.marks().selected, 1);
        a.update(Action::DoubleClick(10, row(screen.list, 1)));
        assert_eq!(a.mode(), Mode::Detail);
    }

    #[test]
    fn two_clicks_on_one_cell_soon_after_are_a_double_click() {
        let t = Instant::now();
        let mut c = Clicks::default();
        assert_eq!(c.action(3, 4, t), Action::Click(3, 4));
        assert_eq!(
            c.action(3, 4, t + Duration::from_millis(200)),
            Action::DoubleClick(3, 4)
        );
        // A third starts over.
        assert_eq!(
            c.action(3, 4, t + Duration::from_millis(300)),
            Action::Click(3, 4)
        );
        // Too late, or elsewhere: single clicks.
        assert_eq!(
            c.action(3, 4, t + Duration::from_secs(2)),
            Action::Click(3, 4)
        );
        assert_eq!(
            c.action(5, 4, t + Duration::from_millis(2100)),
            Action::Click(5, 4)
        );
    }
}
