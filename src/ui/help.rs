//! The help overlay: every key of every mode, generated from the keymap that
//! dispatches them.

use super::Theme;
use super::text::fit;
use crate::app::keymap::{bindings, keys_label};
use crate::app::layout::centered;
use crate::app::{App, Mode};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};

/// The modes in the order the help lists them, the current one first.
fn sections(current: Mode) -> Vec<Mode> {
    let mut modes = vec![
        Mode::Timeline,
        Mode::Detail,
        Mode::Search,
        Mode::Actors,
        Mode::GoTo,
        Mode::Help,
    ];
    if let Some(i) = modes.iter().position(|m| *m == current) {
        let m = modes.remove(i);
        modes.insert(0, m);
    }
    modes
}

/// The help text, one entry per line.
pub fn help_lines(current: Mode, theme: &Theme, width: usize) -> Vec<Line<'static>> {
    let mut lines = Vec::new();
    for mode in sections(current) {
        lines.push(Line::styled(mode.title().to_string(), theme.heading));
        for b in bindings(mode) {
            let keys = format!("  {:<24}", keys_label(b));
            lines.push(Line::from(fit(
                vec![Span::styled(keys, theme.key), Span::raw(b.help)],
                width,
            )));
        }
        if matches!(mode, Mode::Search | Mode::Actors | Mode::GoTo) {
            lines.push(Line::from(fit(
                vec![
                    Span::styled(format!("  {:<24}", "other keys"), theme.key),
                    Span::raw("type into the prompt"),
                ],
                width,
            )));
        }
        lines.push(Line::raw(""));
    }
    lines.push(Line::styled(
        "Mouse: the wheel scrolls; a click selects a line.",
        theme.dim,
    ));
    lines
}

pub fn draw(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    let popup = centered(area, 76, area.height.saturating_sub(2));
    frame.render_widget(Clear, popup);
    let block = Block::bordered()
        .border_style(theme.border)
        .title(Span::styled(" Keys · Esc or ? closes ", theme.title));
    let inner = block.inner(popup);
    frame.render_widget(block, popup);
    let lines = help_lines(app.help_from, theme, usize::from(inner.width));
    let max = lines.len().saturating_sub(usize::from(inner.height));
    let scroll = app.help_scroll.min(max);
    frame.render_widget(Paragraph::new(lines).scroll((scroll as u16, 0)), inner);
}
