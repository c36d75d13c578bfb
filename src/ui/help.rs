//! The help overlay: every key of every mode, generated from the keymap that
//! dispatches them.

use super::Theme;
use super::text::fit;
use crate::app::keymap::{HelpLine, help_lines};
use crate::app::layout::Screen;
use crate::app::{App, Mode};
use ratatui::Frame;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};

/// The help text, styled, one entry per line.
fn styled(current: Mode, theme: &Theme, width: usize) -> Vec<Line<'static>> {
    help_lines(current)
        .into_iter()
        .map(|l| match l {
            HelpLine::Heading(t) => Line::styled(t, theme.heading),
            HelpLine::Key(keys, help) => Line::from(fit(
                vec![
                    Span::styled(format!("  {keys:<24}"), theme.key),
                    Span::raw(help),
                ],
                width,
            )),
            HelpLine::Blank => Line::raw(""),
            HelpLine::Note(t) => Line::styled(t, theme.dim),
        })
        .collect()
}

pub fn draw(frame: &mut Frame, screen: &Screen, app: &App, theme: &Theme) {
    let (popup, inner) = (screen.help, screen.help_text);
    frame.render_widget(Clear, popup);
    let block = Block::bordered()
        .border_style(theme.border)
        .title(Span::styled(" Keys · Esc or ? closes ", theme.title));
    frame.render_widget(block, popup);
    let lines = styled(app.under(), theme, usize::from(inner.width));
    let max = lines.len().saturating_sub(usize::from(inner.height));
    let scroll = app.help_scroll().min(max);
    frame.render_widget(Paragraph::new(lines).scroll((scroll as u16, 0)), inner);
}
