//! The timeline pane: period headers, events with their date and actor badges,
//! and each event's quotes beneath it. Only the visible lines are built.

use super::Theme;
use super::text::{draw_lines, list_line, marker, truncate};
use crate::app::rows::Row;
use crate::app::{App, Item};
use crate::data::{ActorKind, Dataset, EventIx, QuoteIx};
use crate::text::marks::quoted;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

const DATE_WIDTH: usize = 11;
const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Short labels for an event's actors: country codes first, then people's
/// last names, then organisations.
fn badges(ds: &Dataset, e: EventIx) -> Vec<String> {
    let mut actors = ds.events[e].actors.clone();
    actors.sort_by_key(|&a| ds.actors[a].kind != ActorKind::Country);
    actors
        .iter()
        .map(|&a| {
            let actor = &ds.actors[a];
            match (actor.kind, &actor.code) {
                (ActorKind::Country, Some(code)) => code.clone(),
                (ActorKind::Person, _) if !actor.anonymous => actor
                    .name
                    .rsplit(' ')
                    .next()
                    .unwrap_or(&actor.name)
                    .to_string(),
                _ => actor
                    .aliases
                    .iter()
                    .find(|s| s.chars().count() <= 4)
                    .unwrap_or(&actor.name)
                    .clone(),
            }
        })
        .collect()
}

fn event_line(ds: &Dataset, e: EventIx, width: usize, theme: &Theme) -> Vec<Span<'static>> {
    let ev = &ds.events[e];
    let date = format!("{:<DATE_WIDTH$}  ", ev.date.to_string());
    let room = width.saturating_sub(DATE_WIDTH + 2);
    // Badges take what the title leaves, up to a third of the line.
    let title_width = ev
        .title
        .width()
        .min(room.saturating_sub(room / 3).max(room.min(24)));
    let mut badge_text = String::new();
    for b in badges(ds, e) {
        let next = if badge_text.is_empty() {
            b
        } else {
            format!("{badge_text} {b}")
        };
        if next.width() + 2 > room.saturating_sub(title_width) {
            break;
        }
        badge_text = next;
    }
    let title = truncate(
        &ev.title,
        room.saturating_sub(badge_text.width() + 2)
            .max(title_width.min(room)),
    );
    let pad = room.saturating_sub(title.width() + badge_text.width());
    vec![
        Span::styled(date, theme.date),
        Span::styled(title, theme.event),
        Span::raw(" ".repeat(pad)),
        Span::styled(badge_text, theme.badge),
    ]
}

fn quote_line(ds: &Dataset, q: QuoteIx, width: usize, theme: &Theme) -> Vec<Span<'static>> {
    let quote = &ds.quotes[q];
    let speaker = format!(" — {}", ds.actors[quote.speaker].name);
    let indent = " ".repeat(DATE_WIDTH + 2);
    let room = width.saturating_sub(indent.len() + speaker.width().min(width / 3));
    vec![
        Span::raw(indent),
        Span::styled(
            truncate(
                &quoted(&quote.text, &ds.sources[quote.source.source].language),
                room,
            ),
            theme.quote,
        ),
        Span::styled(speaker, theme.speaker),
    ]
}

fn period_line(year: i32, month: Option<u32>, width: usize, theme: &Theme) -> Vec<Span<'static>> {
    let name = match month {
        Some(m) => format!("{} {year}", MONTHS[(m as usize).clamp(1, 12) - 1]),
        None => format!("{year} (day and month not known)"),
    };
    let rule = "─".repeat(width.saturating_sub(name.width() + 4));
    vec![Span::styled(format!("── {name} {rule}"), theme.period)]
}

pub fn draw(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    let width = usize::from(area.width);
    let height = usize::from(area.height);
    if app.rows().is_empty() {
        // A new dataset is empty, not filtered: say how to fill it.
        let msg = if app.ds().events.is_empty() {
            "This dataset is empty. Press i to import an article into it."
        } else {
            "Nothing matches the filters. Press c to clear them, or f to change them."
        };
        frame.render_widget(Paragraph::new(truncate(msg, width)).style(theme.dim), area);
        return;
    }
    let inner = width.saturating_sub(2);
    let lines: Vec<Line> = app
        .rows()
        .iter()
        .enumerate()
        .skip(app.list().offset)
        .take(height)
        .map(|(i, row)| {
            let selected = i == app.list().selected;
            let marked = match *row {
                Row::Event(e) => app.bookmarks().contains(&Item::Event(e)),
                Row::Quote(q) => app.bookmarks().contains(&Item::Quote(q)),
                Row::Period(..) => false,
            };
            let mut spans = vec![Span::styled(marker(selected, marked), theme.key)];
            spans.extend(match *row {
                Row::Period(y, m) => period_line(y, m, inner, theme),
                Row::Event(e) => event_line(app.ds(), e, inner, theme),
                Row::Quote(q) => quote_line(app.ds(), q, inner, theme),
            });
            list_line(spans, width, selected, theme)
        })
        .collect();
    draw_lines(frame.buffer_mut(), area, &lines);
}
