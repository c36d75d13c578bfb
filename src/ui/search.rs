//! The quote search: the prompt, then the ranked quotes with matched chars
//! highlighted. Highlights are computed for the visible lines only.

use super::Theme;
use super::text::{fit, list_line, marked, marker};
use crate::app::App;
use crate::app::layout::Screen;
use crate::query::search::highlights;
use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

pub fn draw(frame: &mut Frame, screen: &Screen, app: &App, theme: &Theme) {
    // The prompt's line, then a rule, then the list.
    let (area, list) = (screen.body, screen.list);
    if list.height == 0 {
        return;
    }
    let width = usize::from(area.width);
    let s = &app.search();
    let query = s.input.text();
    // While the worker searches, the hits shown are the last query's.
    let count = format!(
        " {}{}/{} ",
        if s.pending { "… " } else { "" },
        s.hits.len(),
        if app.filter().is_empty() {
            app.ds().quotes.len()
        } else {
            app.counts().1
        }
    );
    let prompt = " / ";
    let query_style = if s.input.is_selected() {
        theme.selected
    } else {
        ratatui::style::Style::default()
    };
    let mut spans = vec![
        Span::styled(prompt, theme.key),
        Span::styled(query.to_string(), query_style),
    ];
    let used = prompt.width() + query.width();
    spans.push(Span::raw(
        " ".repeat(width.saturating_sub(used + count.width())),
    ));
    spans.push(Span::styled(count, theme.dim));
    frame.render_widget(Line::from(fit(spans, width)), area);
    let before: String = query.chars().take(s.input.cursor()).collect();
    let x = area.x + (prompt.width() + before.width()).min(width.saturating_sub(1)) as u16;
    frame.set_cursor_position(Position::new(x, area.y));

    let scope = if app.filter().is_empty() {
        "all quotes".to_string()
    } else {
        "quotes in the filter".to_string()
    };
    let rule = format!(
        "── {scope} {}",
        "─".repeat(width.saturating_sub(scope.width() + 4))
    );
    frame.render_widget(
        Line::styled(rule, theme.border),
        Rect::new(area.x, area.y + 1, area.width, 1),
    );

    if s.hits.is_empty() {
        let msg = if query.is_empty() {
            "No quotes."
        } else {
            "No quote matches. Esc goes back; Ctrl-L clears."
        };
        frame.render_widget(Paragraph::new(msg).style(theme.dim), list);
        return;
    }
    let lines: Vec<Line> = s
        .hits
        .iter()
        .enumerate()
        .skip(s.list.offset)
        .take(usize::from(list.height))
        .map(|(i, hit)| {
            let q = &app.ds().quotes[hit.quote];
            let selected = i == s.list.selected;
            // The quote is what is searched: the speaker gets a quarter at most.
            let full_name = &app.ds().actors[q.speaker].name;
            let speaker_width = full_name.width().min((width / 4).max(12));
            let tail_width = 3 + speaker_width + 3 + q.date.to_string().width();
            let room = width.saturating_sub(2 + tail_width);
            let mut spans = vec![Span::styled(marker(selected, false), theme.key)];
            spans.extend(marked(
                &q.text,
                &highlights(query, &q.text),
                room,
                theme.quote,
                theme.matched,
            ));
            spans.push(Span::styled(" — ", theme.dim));
            spans.extend(marked(
                full_name,
                &highlights(query, full_name),
                speaker_width,
                theme.speaker,
                theme.matched,
            ));
            spans.push(Span::styled(format!(" · {}", q.date), theme.date));
            list_line(spans, width, selected, theme)
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), list);
}
