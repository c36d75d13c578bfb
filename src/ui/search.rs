//! The search: the prompt, then the ranked events and quotes, each marked
//! as which it is, with matched chars highlighted. Highlights are computed
//! for the visible lines only.

use super::Theme;
use super::text::{draw_lines, fit, list_line, marked, marked_head, marker};
use crate::app::keymap::first_key;
use crate::app::layout::Screen;
use crate::app::{Action, App, Item, Kinds, Mode};
use crate::data::{EventIx, QuoteIx};
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
    let (events, quotes) = if app.filter().is_empty() {
        (app.ds().events.len(), app.ds().quotes.len())
    } else {
        app.counts()
    };
    let count = format!(
        " {}{}/{} ",
        if s.pending { "… " } else { "" },
        s.len(),
        events + quotes
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

    // What the filter hides is said on the rule, in the filter's colour.
    let hidden = app.hidden_hits_notice();
    let scope = if app.filter().is_empty() || hidden.is_some() {
        ""
    } else {
        " in the filter"
    };
    // Nothing found: the rule has room for the notice alone.
    let found = if s.events.is_empty() && s.hits.is_empty() {
        String::new()
    } else {
        let shown = match s.kinds {
            Kinds::Both => "",
            Kinds::Events => " · events shown",
            Kinds::Quotes => " · quotes shown",
        };
        format!(
            "{EVENT_MARK} {} · {QUOTE_MARK} {}{scope}{shown} ",
            plural(s.events.len(), "event"),
            plural(s.hits.len(), "quote"),
        )
    };
    let mut rule = vec![Span::styled(format!("── {found}"), theme.border)];
    if let Some(h) = &hidden {
        let dot = if found.is_empty() { "" } else { "· " };
        rule.push(Span::styled(format!("{dot}{h} "), theme.filter));
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

    if s.is_empty() {
        let kinds_key = first_key(Mode::Search, &Action::SearchKinds).unwrap_or_default();
        let msg = match (&hidden, query.is_empty()) {
            _ if !s.events.is_empty() || !s.hits.is_empty() => {
                format!("None of this kind; {kinds_key} shows the others.")
            }
            (_, true) => "Nothing here.".to_string(),
            (Some(h), false) => format!("Nothing matches in the filter; {h}."),
            (None, false) => "No event or quote matches. Esc goes back; Ctrl-L clears.".to_string(),
        };
        let msg = Paragraph::new(msg).style(theme.dim);
        frame.render_widget(msg.wrap(ratatui::widgets::Wrap { trim: true }), list);
        return;
    }
    // Highlights are for the words ranked by, not the tokens.
    let words = crate::query::tokens::parse(query).ranked_text();
    let lines: Vec<Line> = (s.list.offset..s.len())
        .take(usize::from(list.height))
        .filter_map(|i| {
            let selected = i == s.list.selected;
            let spans = match s.target(i)? {
                Item::Event(e) => event_line(app, e, &words, width, selected, theme),
                Item::Quote(q) => quote_line(app, q, &words, width, selected, theme),
            };
            Some(list_line(spans, width, selected, theme))
        })
        .collect();
    draw_lines(frame.buffer_mut(), list, &lines);
}

/// `1 event`, `2 events`.
fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("1 {word}")
    } else {
        format!("{n} {word}s")
    }
}

/// What marks an event among the results, and a quote.
pub const EVENT_MARK: &str = "◆";
pub const QUOTE_MARK: &str = "❝";

/// An event found: its mark, title, then as much of its summary as fits, the
/// words found highlighted in both, then its date.
fn event_line(
    app: &App,
    e: EventIx,
    words: &str,
    width: usize,
    selected: bool,
    theme: &Theme,
) -> Vec<Span<'static>> {
    let ev = &app.ds().events[e];
    let date = format!(" · {}", ev.date);
    let room = width.saturating_sub(2 + 2 + date.width());
    let mut spans = vec![
        Span::styled(marker(selected, false), theme.key),
        Span::styled(format!("{EVENT_MARK} "), theme.event),
    ];
    let title_width = ev.title.width().min(room);
    spans.extend(marked(
        &ev.title,
        &highlights(words, &ev.title),
        title_width,
        theme.event,
        theme.matched,
    ));
    let left = room.saturating_sub(title_width + 3);
    if left >= 8 {
        spans.push(Span::styled(" — ", theme.dim));
        spans.extend(marked(
            &ev.summary,
            &highlights(words, &ev.summary),
            left,
            theme.dim,
            theme.matched,
        ));
    }
    spans.push(Span::styled(date, theme.date));
    spans
}

/// A quote found: its mark, its text and speaker with the words found
/// highlighted, then its date.
fn quote_line(
    app: &App,
    qi: QuoteIx,
    words: &str,
    width: usize,
    selected: bool,
    theme: &Theme,
) -> Vec<Span<'static>> {
    let q = &app.ds().quotes[qi];
    let full_name = &app.ds().actors[q.speaker].name;
    let date_width = q.date.to_string().width();
    let speaker_width = speaker_room(
        width.saturating_sub(2 + 2 + 3 + 3 + date_width),
        q.text.width(),
        full_name.width(),
    );
    let tail_width = 3 + speaker_width + 3 + date_width;
    let room = width.saturating_sub(2 + 2 + tail_width);
    let mut spans = vec![
        Span::styled(marker(selected, false), theme.key),
        Span::styled(format!("{QUOTE_MARK} "), theme.quote),
    ];
    spans.extend(marked(
        &q.text,
        &highlights(words, &q.text),
        room,
        theme.quote,
        theme.matched,
    ));
    spans.push(Span::styled(" — ", theme.dim));
    spans.extend(marked_head(
        full_name,
        &highlights(words, full_name),
        speaker_width,
        theme.speaker,
        theme.matched,
    ));
    spans.push(Span::styled(format!(" · {}", q.date), theme.date));
    spans
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
