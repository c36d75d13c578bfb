//! The bottom line: the main keys of the current mode (from the keymap), a
//! message after an action, or the go-to-date prompt.

use super::Theme;
use super::text::fit;
use crate::app::keymap::hints;
use crate::app::{App, Mode};
use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

pub fn draw(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    let width = usize::from(area.width);
    if app.mode == Mode::GoTo {
        let prompt = " Go to date: ";
        let typed = app.goto.input.text();
        let mut spans = vec![
            Span::styled(prompt, theme.key),
            Span::raw(typed.to_string()),
        ];
        match &app.goto.error {
            Some(e) => spans.push(Span::styled(format!("  {e}"), theme.error)),
            None => spans.push(Span::styled(
                "  e.g. 2025-03, 2025-08-15, aug 2025 · Enter go · Esc back",
                theme.dim,
            )),
        }
        frame.render_widget(Line::from(fit(spans, width)), area);
        let before: String = typed.chars().take(app.goto.input.cursor()).collect();
        let x = area.x + (prompt.width() + before.width()).min(width.saturating_sub(1)) as u16;
        frame.set_cursor_position(Position::new(x, area.y));
        return;
    }
    let mut spans = Vec::new();
    if let Some(msg) = &app.message {
        spans.push(Span::styled(format!(" {msg} "), theme.filter));
        spans.push(Span::styled("│", theme.dim));
    }
    for (key, word) in hints(app.mode) {
        spans.push(Span::styled(format!(" {key}"), theme.key));
        spans.push(Span::styled(format!(" {word} "), theme.dim));
    }
    frame.render_widget(Line::from(fit(spans, width)), area);
}
