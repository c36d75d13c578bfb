//! The corrections' overlays: the picker of a new speaker, event or actors (a
//! popup over the detail view, like the actor filter), and the one-line
//! prompts of a new date or title and of a deletion, on the status line.

use super::Theme;
use super::text::{fit, list_line, marker, truncate};
use crate::app::edit::Field;
use crate::app::input::Input;
use crate::app::layout::Screen;
use crate::app::{App, Item, Mode};
use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};
use unicode_width::UnicodeWidthStr;

/// A prompt's line: the label, what is typed with the cursor, and `after`.
fn prompt_line(
    frame: &mut Frame,
    area: Rect,
    theme: &Theme,
    label: &str,
    input: &Input,
    after: Span<'static>,
) {
    let width = usize::from(area.width);
    let spans = vec![
        Span::styled(label.to_string(), theme.key),
        Span::raw(input.text().to_string()),
        after,
    ];
    frame.render_widget(Clear, area);
    frame.render_widget(Line::from(fit(spans, width)), area);
    let x = area.x
        + (label.width() + input.before_cursor().width()).min(width.saturating_sub(1)) as u16;
    frame.set_cursor_position(Position::new(x, area.y));
}

/// The status line of the date and title prompts and of the deletion's question.
pub fn draw_line(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    let e = &app.edits();
    match app.mode() {
        Mode::EditText => {
            let (label, hint) = match e.field {
                Some(Field::Title) => (" New title: ", "  Enter save · Esc back"),
                _ => (
                    " New date: ",
                    "  e.g. 2025-08-09, aug 2025, 9 août 2025 · Enter save · Esc back",
                ),
            };
            let after = match &e.error {
                Some(err) => Span::styled(format!("  {err}"), theme.error),
                None => Span::styled(hint, theme.dim),
            };
            prompt_line(frame, area, theme, label, &e.prompt, after);
        }
        Mode::Confirm => {
            let text = match app.detail().map(|d| d.item) {
                Some(Item::Quote(q)) => truncate(&app.ds().quotes[q].text, 40),
                _ => String::new(),
            };
            let spans = vec![
                Span::styled(format!(" Delete the quote « {text} »? "), theme.error),
                Span::styled(" y", theme.key),
                Span::styled(" delete ", theme.dim),
                Span::styled(" n", theme.key),
                Span::styled(" keep ", theme.dim),
            ];
            frame.render_widget(Clear, area);
            frame.render_widget(Line::from(fit(spans, usize::from(area.width))), area);
        }
        _ => {}
    }
}

/// The picker: a prompt that narrows the list, the list, and what Enter does.
pub fn draw_pick(frame: &mut Frame, screen: &Screen, app: &App, theme: &Theme) {
    let e = &app.edits();
    let p = &e.pick;
    let area = screen.picker;
    frame.render_widget(Clear, area);
    let title = match e.field {
        Some(Field::Speaker) => " New speaker · Enter picks it ".to_string(),
        Some(Field::Event) => " Move the quote to the event · Enter picks it ".to_string(),
        _ => format!(
            " Actors of the event · {} ticked · Tab ticks · Enter saves ",
            p.ticked.len()
        ),
    };
    frame.render_widget(
        Block::bordered()
            .border_style(theme.border)
            .title(Span::styled(title, theme.title)),
        area,
    );
    let (inner, list) = (screen.picker_prompt, screen.picker_list);
    if list.height == 0 || inner.width < 4 {
        return;
    }
    let width = usize::from(inner.width);
    frame.render_widget(
        Line::from(fit(
            vec![
                Span::styled(" > ", theme.key),
                Span::raw(p.input.text().to_string()),
            ],
            width,
        )),
        inner,
    );
    let x = inner.x + (3 + p.input.before_cursor().width()).min(width.saturating_sub(1)) as u16;
    frame.set_cursor_position(Position::new(x, inner.y));
    frame.render_widget(
        Line::styled("─".repeat(width), theme.border),
        Rect::new(inner.x, inner.y + 1, inner.width, 1),
    );
    if p.shown.is_empty() {
        frame.render_widget(Paragraph::new(" Nothing matches.").style(theme.dim), list);
        return;
    }
    let events = e.field == Some(Field::Event);
    let lines: Vec<Line> = p
        .shown
        .iter()
        .enumerate()
        .skip(p.list.offset)
        .take(usize::from(list.height))
        .map(|(i, &ix)| {
            let selected = i == p.list.selected;
            let (tick, name, badge) = if events {
                let ev = &app.ds().events[ix];
                (
                    String::new(),
                    ev.title.to_string(),
                    format!(" {} ", ev.date),
                )
            } else {
                let a = &app.ds().actors[ix];
                let tick = match e.field {
                    Some(Field::Actors) if p.ticked.contains(&a.id) => "[x] ",
                    Some(Field::Actors) => "[ ] ",
                    _ => "",
                };
                (
                    tick.to_string(),
                    a.name.clone(),
                    format!(" {} ", a.kind.as_str()),
                )
            };
            let room = width.saturating_sub(2 + tick.width() + badge.width());
            let name = truncate(&name, room);
            let pad = room.saturating_sub(name.width());
            let spans = vec![
                Span::styled(marker(selected, false), theme.key),
                Span::styled(tick, theme.filter),
                Span::styled(name, theme.event),
                Span::raw(" ".repeat(pad)),
                Span::styled(badge, theme.badge),
            ];
            list_line(spans, width, selected, theme)
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), list);
}
