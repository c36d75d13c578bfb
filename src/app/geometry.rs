//! How many lines and columns each of the app's views has, read from the one
//! layout ([`super::layout::Screen`]) that drawing uses too. Changes nothing.

use super::{App, layout};

impl App {
    /// Where everything is drawn at the current size; `None` when the
    /// terminal is too small to draw the views. Drawing reads the same areas.
    pub fn screen(&self) -> Option<layout::Screen> {
        layout::Screen::new(ratatui::layout::Rect::new(0, 0, self.size.0, self.size.1))
    }

    /// Lines of the timeline.
    pub fn body_height(&self) -> usize {
        self.screen().map_or(1, |s| usize::from(s.body.height))
    }

    /// Lines the search and bookmarks lists show (below their first line and rule).
    pub fn search_height(&self) -> usize {
        lines_of(self.screen().map(|s| s.list))
    }

    /// Lines the actor list shows inside its popup.
    pub fn picker_height(&self) -> usize {
        lines_of(self.screen().map(|s| s.picker_list))
    }

    /// Lines of the help overlay inside its border.
    pub fn help_height(&self) -> usize {
        lines_of(self.screen().map(|s| s.help_text))
    }

    /// Lanes the lane view shows at once.
    pub fn lanes_height(&self) -> usize {
        lines_of(self.screen().map(|s| s.lanes.tracks))
    }

    /// Columns of the lane view's time axis.
    pub fn lanes_width(&self) -> usize {
        self.screen()
            .map_or(1, |s| usize::from(s.lanes.tracks.width).max(1))
    }

    /// Width and height of the detail text inside its border.
    pub fn detail_area(&self) -> (u16, usize) {
        let text = self.screen().map(|s| s.detail_text);
        (text.map_or(1, |t| t.width.max(1)), lines_of(text))
    }
}

/// The lines `area` shows, at least one: a list too small to draw still pages.
fn lines_of(area: Option<ratatui::layout::Rect>) -> usize {
    area.map_or(1, |a| usize::from(a.height).max(1))
}
