//! The quote search: the prompt, then the ranked quotes with matched chars
//! highlighted. Highlights are computed for the visible lines only.

use super::Theme;
use super::text::{fit, list_line, marked, marked_head, marker};
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
    // What the filter hides is said on the rule, in the filter's colour.
    let hidden = app.hidden_hits_notice();
    let mut rule = vec![Span::styled(format!("── {scope} "), theme.border)];
    if let Some(h) = &hidden {
        rule.push(Span::styled(format!("· {h} "), theme.filter));
    }
    let used: usize = rule.iter().map(|s| s.content.width()).sum();
    rule.push(Span::styled(
        "─".repeat(width.saturating_sub(used)),
        theme.border,
    ));
    frame.render_widget(
        Line::from(fit(rule, width)),
        Rect::new(area.x, area.y + 1, area.width, 1),
    );

    if s.hits.is_empty() {
        let msg = match (&hidden, query.is_empty()) {
            (_, true) => "No quotes.".to_string(),
            (Some(h), false) => format!("No quote matches in the filter; {h}."),
            (None, false) => "No quote matches. Esc goes back; Ctrl-L clears.".to_string(),
        };
        let msg = Paragraph::new(msg).style(theme.dim);
        frame.render_widget(msg.wrap(ratatui::widgets::Wrap { trim: true }), list);
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
            let full_name = &app.ds().actors[q.speaker].name;
            let date_width = q.date.to_string().width();
            let speaker_width = speaker_room(
                width.saturating_sub(2 + 3 + 3 + date_width),
                q.text.width(),
                full_name.width(),
            );
            let tail_width = 3 + speaker_width + 3 + date_width;
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
            spans.extend(marked_head(
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

/// How many columns a hit's speaker gets out of `room` (the line less its
/// fixed parts): the whole name when quote and name both fit; else the quote
/// comes first, as it is what is searched, and the name keeps what the quote
/// leaves, and at least a quarter of the line (12 columns).
fn speaker_room(room: usize, quote: usize, name: usize) -> usize {
    if quote + name <= room {
        return name;
    }
    let floor = (room / 4).max(12);
    name.min(room.saturating_sub(quote).max(floor)).min(room)
}

#[cfg(test)]
mod tests {
    use super::speaker_room;

    #[test]
    fn a_name_gets_the_room_a_short_quote_leaves() {
        // Both fit: the whole name.
        assert_eq!(speaker_room(80, 30, 25), 25);
        // A long quote: the name keeps a quarter of the line.
        assert_eq!(speaker_room(80, 200, 25), 20);
        // A short quote leaves more than a quarter: the name takes it.
        assert_eq!(speaker_room(80, 50, 40), 30);
        // Never more than the line.
        assert_eq!(speaker_room(10, 50, 40), 10);
    }
}
