//! The bookmarks view: every bookmarked event and quote in date order.

use super::Theme;
use super::text::{list_line, marker, truncate};
use crate::app::layout::Screen;
use crate::app::{App, Item};
use crate::text::marks::quoted;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

pub fn draw(frame: &mut Frame, screen: &Screen, app: &App, theme: &Theme) {
    // The title's line, then a rule, then the list.
    let (area, body) = (screen.body, screen.list);
    if body.height == 0 {
        return;
    }
    let width = usize::from(area.width);
    let list = app.bookmark_list();
    let title = format!(" ★ Bookmarks · {} ", list.len());
    frame.render_widget(Line::styled(truncate(&title, width), theme.title), area);
    let rule = "─".repeat(width);
    frame.render_widget(
        Line::styled(rule, theme.border),
        Rect::new(area.x, area.y + 1, area.width, 1),
    );
    if list.is_empty() {
        let msg = "No bookmarks yet. On the timeline or in a detail view, b bookmarks the selected event or quote.";
        frame.render_widget(Paragraph::new(truncate(msg, width)).style(theme.dim), body);
        return;
    }
    let lines: Vec<Line> = list
        .iter()
        .enumerate()
        .skip(app.marks().offset)
        .take(usize::from(body.height))
        .map(|(i, item)| {
            let selected = i == app.marks().selected;
            let mark = marker(selected, false);
            let mut spans = vec![Span::styled(mark, theme.key)];
            match *item {
                Item::Event(e) => {
                    let ev = &app.ds().events[e];
                    spans.push(Span::styled(
                        format!("{:<11}  ", ev.date.to_string()),
                        theme.date,
                    ));
                    spans.push(Span::styled(ev.title.to_string(), theme.event));
                }
                Item::Quote(q) => {
                    let quote = &app.ds().quotes[q];
                    let speaker = format!(" — {}", app.ds().actors[quote.speaker].name);
                    let room = width.saturating_sub(15 + speaker.width().min(width / 3));
                    spans.push(Span::styled(
                        format!("{:<11}  ", quote.date.to_string()),
                        theme.date,
                    ));
                    spans.push(Span::styled(
                        truncate(
                            &quoted(&quote.text, &app.ds().sources[quote.source.source].language),
                            room,
                        ),
                        theme.quote,
                    ));
                    spans.push(Span::styled(speaker, theme.speaker));
                }
            }
            list_line(spans, width, selected, theme)
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), body);
}
