//! The top line: the dataset, the active filters and what they leave.

use super::Theme;
use super::text::fit;
use crate::app::App;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

/// The active filters in words: "Germany, Carlo Masala".
pub fn filter_words(app: &App) -> Option<String> {
    let f = &app.filter;
    let mut parts: Vec<String> = f
        .actors
        .iter()
        .map(|&a| app.ds.actors[a].name.clone())
        .collect();
    match (f.from, f.to) {
        (Some(a), Some(b)) => parts.push(format!("{a} to {b}")),
        (Some(a), None) => parts.push(format!("from {a}")),
        (None, Some(b)) => parts.push(format!("to {b}")),
        _ => {}
    }
    if !f.text.is_empty() {
        parts.push(format!("text “{}”", f.text));
    }
    (!parts.is_empty()).then(|| parts.join(", "))
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
    spans.push(Span::styled(format!("│ {}", app.ds.title), theme.dim));
    let line = Line::from(fit(spans, usize::from(area.width)));
    frame.render_widget(line, area);
}
