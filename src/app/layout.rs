//! Screen geometry shared by drawing and by the state that must know how many
//! lines fit (paging, keeping the selection visible, mouse clicks).

use ratatui::layout::Rect;

/// Below this size the explorer says so instead of drawing a broken layout.
pub const MIN_WIDTH: u16 = 40;
pub const MIN_HEIGHT: u16 = 10;

/// The parts of the main screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Screen {
    pub header: Rect,
    pub strip: Rect,
    pub body: Rect,
    pub status: Rect,
}

impl Screen {
    /// The layout for a terminal of `area`, or `None` when it is too small.
    pub fn new(area: Rect) -> Option<Screen> {
        if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
            return None;
        }
        let row = |y, height| Rect::new(area.x, area.y + y, area.width, height);
        let strip_height = 2;
        Some(Screen {
            header: row(0, 1),
            strip: row(1, strip_height),
            body: row(1 + strip_height, area.height - 2 - strip_height),
            status: row(area.height - 1, 1),
        })
    }
}

/// A box centred in `area`, at most `width` × `height`.
pub fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let w = width.min(area.width);
    let h = height.min(area.height);
    Rect::new(
        area.x + (area.width - w) / 2,
        area.y + (area.height - h) / 2,
        w,
        h,
    )
}

/// The actor filter and search popups: most of the body.
pub fn popup(area: Rect) -> Rect {
    centered(
        area,
        area.width.saturating_sub(8).max(30),
        area.height.saturating_sub(4),
    )
}

/// The help overlay: up to 76 columns, nearly the whole height.
pub fn help(area: Rect) -> Rect {
    centered(area, 76, area.height.saturating_sub(2))
}
