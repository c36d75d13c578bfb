//! The detail view: the document the app built for the item, scrolled, in a
//! box whose title says what it is and how far down you are.

use super::Theme;
use crate::app::layout::Screen;
use crate::app::{App, Item};
use ratatui::Frame;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

pub fn draw(frame: &mut Frame, screen: &Screen, app: &App, theme: &Theme) {
    let Some(d) = app.detail() else {
        return;
    };
    let kind = match d.item {
        Item::Quote(_) => "Quote",
        Item::Event(_) => "Event",
    };
    let (area, text_area) = (screen.body, screen.detail_text);
    let height = usize::from(text_area.height);
    let total = d.lines.len();
    let shown_end = (d.scroll + height).min(total);
    let position = if total <= height {
        "all".to_string()
    } else {
        format!("{}–{} of {} lines", d.scroll + 1, shown_end, total)
    };
    let block = Block::bordered()
        .border_style(theme.border)
        .title(Span::styled(format!(" {kind} "), theme.title))
        .title_bottom(Line::styled(format!(" {position} "), theme.dim).right_aligned());
    frame.render_widget(block, area);
    let lines: Vec<Line> = d
        .lines
        .iter()
        .skip(d.scroll)
        .take(height)
        .map(|l| {
            Line::from(
                l.iter()
                    .map(|s| Span::styled(s.text.clone(), theme.role(s.role)))
                    .collect::<Vec<_>>(),
            )
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), text_area);
}
