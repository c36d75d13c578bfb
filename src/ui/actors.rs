//! The actor filter popup: a prompt that narrows the list, and each actor with
//! its kind and how many events and quotes selecting it shows, or, with one
//! actor selected, how many events each shares with it.

use super::Theme;
use super::text::{fit, list_line, marker, truncate};
use crate::app::App;
use crate::app::layout::Screen;
use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};
use unicode_width::UnicodeWidthStr;

pub fn draw(frame: &mut Frame, screen: &Screen, app: &App, theme: &Theme) {
    let area = screen.picker;
    frame.render_widget(Clear, area);
    let selected_n = app.filter().actors.len();
    // With several actors, how they combine, and the key that switches it.
    let combine = match (selected_n > 1, app.filter().all_actors) {
        (false, _) => String::new(),
        (true, all) => {
            let key = crate::app::keymap::first_key(
                crate::app::Mode::Actors,
                &crate::app::Action::CombineActors,
            )
            .unwrap_or_default();
            if all {
                format!("· all: AND ({key}: OR) ")
            } else {
                format!("· any: OR ({key}: AND) ")
            }
        }
    };
    let title = format!(" Filter by actor or country · {selected_n} selected {combine}");
    let shared = app.picker().shared.as_ref();
    let block = Block::bordered()
        .border_style(theme.border)
        .title(Span::styled(title, theme.title));
    frame.render_widget(block, area);
    // The prompt's line, then a rule, then the list.
    let (inner, list) = (screen.picker_prompt, screen.picker_list);
    if list.height == 0 || inner.width < 4 {
        return;
    }
    let width = usize::from(inner.width);
    let p = &app.picker();
    let prompt = " > ";
    let typed = p.input.text();
    frame.render_widget(
        Line::from(fit(
            vec![
                Span::styled(prompt, theme.key),
                Span::raw(typed.to_string()),
            ],
            width,
        )),
        inner,
    );
    // With one actor selected, the counts are the events shared with it:
    // said at the right of the prompt's line, where typing leaves room.
    if let Some((a, _)) = shared {
        let key = crate::app::keymap::first_key(
            crate::app::Mode::Actors,
            &crate::app::Action::SortByShared,
        )
        .unwrap_or_default();
        let how = if p.by_shared {
            format!(", sorted ({key}: as before) ")
        } else {
            format!(" ({key} sorts) ")
        };
        let room = width.saturating_sub(prompt.width() + typed.width() + 2);
        let lead = "counts: shared with ";
        let name_room = room.saturating_sub(lead.width() + how.width());
        if name_room >= 6 {
            let note = format!(
                "{lead}{}{how}",
                truncate(&app.ds().actors[*a].name, name_room)
            );
            let w = note.width() as u16;
            frame.render_widget(
                Line::styled(note, theme.dim),
                Rect::new(inner.right().saturating_sub(w), inner.y, w, 1),
            );
        }
    }
    let before: String = typed.chars().take(p.input.cursor()).collect();
    let x = inner.x + (prompt.width() + before.width()).min(width.saturating_sub(1)) as u16;
    frame.set_cursor_position(Position::new(x, inner.y));
    frame.render_widget(
        Line::styled("─".repeat(width), theme.border),
        Rect::new(inner.x, inner.y + 1, inner.width, 1),
    );
    if p.shown.is_empty() {
        frame.render_widget(Paragraph::new(" No actor matches.").style(theme.dim), list);
        return;
    }
    let lines: Vec<Line> = p
        .shown
        .iter()
        .enumerate()
        .skip(p.list.offset)
        .take(usize::from(list.height))
        .map(|(i, &a)| {
            let actor = &app.ds().actors[a];
            let selected = i == p.list.selected;
            let on = app.filter().actors.contains(&a);
            let (events, quotes) = app.actor_counts()[a];
            let counts = match shared {
                Some((with, n)) if *with != a => {
                    format!("{:>3} shared   ", n.get(a).copied().unwrap_or(0))
                }
                _ => format!("{events:>3} ev {quotes:>3} q "),
            };
            let kind = format!("{:<13}", actor.kind.as_str());
            let room = width.saturating_sub(2 + 4 + kind.width() + counts.width());
            let name = truncate(&actor.name, room);
            let pad = room.saturating_sub(name.width());
            let spans = vec![
                Span::styled(marker(selected, false), theme.key),
                Span::styled(
                    if on { "[x] " } else { "[ ] " },
                    if on { theme.filter } else { theme.dim },
                ),
                Span::styled(name, if on { theme.filter } else { theme.event }),
                Span::raw(" ".repeat(pad)),
                Span::styled(kind, theme.badge),
                Span::styled(counts, theme.dim),
            ];
            list_line(spans, width, selected, theme)
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), list);
}
