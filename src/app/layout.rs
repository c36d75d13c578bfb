//! Screen geometry: one function, [`Screen::new`], computes every area from
//! the terminal's size with ratatui's `Layout`, and both drawing and the state
//! that must know how many lines fit (paging, keeping the selection visible,
//! mouse clicks) read it, so that they cannot disagree.

use ratatui::layout::{Constraint, Layout, Margin, Rect};
use ratatui::widgets::Block;

/// Below this size the explorer says so instead of drawing a broken layout.
pub const MIN_WIDTH: u16 = 40;
pub const MIN_HEIGHT: u16 = 10;

/// The parts of the main screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Screen {
    pub header: Rect,
    pub strip: Rect,
    /// What the current view fills: the timeline, the search, the bookmarks
    /// or the detail view's box.
    pub body: Rect,
    pub status: Rect,
    /// The detail view's text: inside the box, a column of margin each side.
    pub detail_text: Rect,
    /// The search's and bookmarks' list, below their prompt or title and rule.
    pub list: Rect,
    /// The actor filter popup, its prompt line and its list.
    pub picker: Rect,
    pub picker_prompt: Rect,
    pub picker_list: Rect,
    /// The help overlay and its text inside the border.
    pub help: Rect,
    pub help_text: Rect,
    /// The lane view's parts, inside the body.
    pub lanes: LaneAreas,
}

/// The lane view: a title line; the lanes, each a line of its name and its
/// track; under the tracks the time axis and its labels; then a line for
/// the selected event.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LaneAreas {
    pub title: Rect,
    /// The lanes' names, one per line, beside their tracks.
    pub names: Rect,
    /// The tracks: one column per stretch of time, one line per lane.
    pub tracks: Rect,
    /// The axis' rule with its ticks, and its labels, under the tracks.
    pub axis: Rect,
    pub labels: Rect,
    pub info: Rect,
}

impl LaneAreas {
    /// The widest a lane's name is shown, and the narrowest.
    const NAMES: (u16, u16) = (8, 22);

    fn new(body: Rect) -> LaneAreas {
        let [title, list, axis_line, labels_line, info] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Fill(1),
            Constraint::Length(1),
            Constraint::Length(1),
            Constraint::Length(1),
        ])
        .areas(body);
        let names_width = (body.width / 5).clamp(Self::NAMES.0, Self::NAMES.1);
        let columns = Layout::horizontal([
            Constraint::Length(names_width),
            Constraint::Length(1),
            Constraint::Fill(1),
        ]);
        let [names, _, tracks] = columns.areas(list);
        let [_, _, axis] = columns.areas(axis_line);
        let [_, _, labels] = columns.areas(labels_line);
        LaneAreas {
            title,
            names,
            tracks,
            axis,
            labels,
            info,
        }
    }
}

impl Screen {
    /// The layout for a terminal of `area`, or `None` when it is too small.
    pub fn new(area: Rect) -> Option<Screen> {
        if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
            return None;
        }
        let [header, strip, body, status] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Length(2),
            Constraint::Fill(1),
            Constraint::Length(1),
        ])
        .areas(area);
        let detail_text = Block::bordered().inner(body).inner(Margin::new(1, 0));
        let [_, list] = under_two_lines(body);
        let picker = popup(body);
        let picker_inner = Block::bordered().inner(picker);
        let [picker_prompt, picker_list] = under_two_lines(picker_inner);
        let help = help(area);
        Some(Screen {
            header,
            strip,
            body,
            status,
            detail_text,
            list,
            picker,
            picker_prompt,
            picker_list,
            help,
            help_text: Block::bordered().inner(help),
            lanes: LaneAreas::new(body),
        })
    }
}

/// A view's first line (a prompt or a title), and what is below it and the
/// rule under that line.
fn under_two_lines(area: Rect) -> [Rect; 2] {
    let [top, _rule, rest] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Fill(1),
    ])
    .areas(area);
    [top, rest]
}

/// A box centred in `area`, at most `width` × `height`.
pub fn centered(area: Rect, width: u16, height: u16) -> Rect {
    area.centered(
        Constraint::Length(width.min(area.width)),
        Constraint::Length(height.min(area.height)),
    )
}

/// The actor filter and search popups: most of the body.
fn popup(area: Rect) -> Rect {
    centered(
        area,
        area.width.saturating_sub(8).max(30),
        area.height.saturating_sub(4),
    )
}

/// The help overlay: nearly the whole height, and on a wide terminal the
/// width too (up to 120 columns), so that no key's text is cut; 76 at least
/// when the terminal has them.
fn help(area: Rect) -> Rect {
    let width = area.width.saturating_sub(4).clamp(76, 120);
    centered(area, width, area.height.saturating_sub(2))
}
