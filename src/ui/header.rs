//! The top line: the dataset, the active filters and what they leave.

use super::Theme;
use super::text::fit;
use crate::app::App;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

/// The active filters in words: "Germany, Carlo Masala".
pub fn filter_words(app: &App) -> Option<String> {
    app.filter().describe(app.ds())
}

pub fn draw(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    let (events, quotes) = app.counts();
    let counts = format!(
        "{events} event{} · {quotes} quote{}",
        if events == 1 { "" } else { "s" },
        if quotes == 1 { "" } else { "s" }
    );
    let mut spans = vec![
        Span::styled(" newsline ", theme.title),
        Span::styled("│ ", theme.dim),
    ];
    match filter_words(app) {
        Some(words) => {
            spans.push(Span::styled(format!("{counts} "), theme.event));
            spans.push(Span::styled("│ filter: ", theme.dim));
            spans.push(Span::styled(format!("{words} "), theme.filter));
        }
        None => {
            spans.push(Span::styled(format!("all {counts} "), theme.event));
        }
    }
    spans.push(Span::styled(format!("│ {}", app.ds().title), theme.dim));
    let line = Line::from(fit(spans, usize::from(area.width)));
    frame.render_widget(line, area);
}
