//! A message too long for the status line (a file kept aside, a setting that
//! was skipped) in a box above it, wrapped, until the next key.

use super::Theme;
use crate::app::App;
use crate::app::document::{Role, seg, wrap};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};
use unicode_width::UnicodeWidthStr;

/// Whether the message needs the box rather than the status line.
pub fn is_long(app: &App, width: u16) -> bool {
    app.message()
        .as_ref()
        .is_some_and(|m| m.width() + 2 > usize::from(width) / 2)
}

pub fn draw(frame: &mut Frame, body: Rect, app: &App, theme: &Theme) {
    let Some(msg) = app.message() else { return };
    let inner_width = body.width.saturating_sub(4).max(1);
    let lines = wrap(&[seg(msg, Role::Plain)], usize::from(inner_width), 0);
    let height = (lines.len() as u16 + 2).min(body.height);
    let area = Rect::new(
        body.x,
        body.bottom().saturating_sub(height),
        body.width,
        height,
    );
    frame.render_widget(Clear, area);
    let block = Block::bordered()
        .border_style(theme.filter)
        .title(Span::styled(" Note ", theme.filter));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let text: Vec<Line> = lines
        .iter()
        .map(|l| Line::raw(crate::app::document::plain(l)))
        .collect();
    frame.render_widget(
        Paragraph::new(text),
        Rect::new(
            inner.x + 1,
            inner.y,
            inner.width.saturating_sub(1),
            inner.height,
        ),
    );
}
