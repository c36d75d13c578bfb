//! The bottom line: the main keys of the current mode (from the keymap), a
//! message after an action, or the go-to-date prompt.

use super::Theme;
use super::text::fit;
use crate::app::input::Input;
use crate::app::keymap::hints;
use crate::app::{App, Mode};
use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

/// A one-line prompt: label, what is typed, then the error or a hint.
fn prompt(
    frame: &mut Frame,
    area: Rect,
    theme: &Theme,
    label: &str,
    input: &Input,
    error: Option<&String>,
    hint: &str,
) {
    let width = usize::from(area.width);
    let typed = input.text();
    let mut spans = vec![
        Span::styled(label.to_string(), theme.key),
        // A selected text (the offered name) is shown as such: typing replaces it.
        if input.is_selected() {
            Span::styled(typed.to_string(), theme.selected)
        } else {
            Span::raw(typed.to_string())
        },
    ];
    match error {
        Some(e) => spans.push(Span::styled(format!("  {e}"), theme.error)),
        None => spans.push(Span::styled(format!("  {hint}"), theme.dim)),
    }
    frame.render_widget(Line::from(fit(spans, width)), area);
    let before: String = typed.chars().take(input.cursor()).collect();
    let x = area.x + (label.width() + before.width()).min(width.saturating_sub(1)) as u16;
    frame.set_cursor_position(Position::new(x, area.y));
}

pub fn draw(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    let width = usize::from(area.width);
    match app.mode() {
        Mode::GoTo => {
            let hint = "e.g. 2025-03, 2025-08-15, aug 2025 · Enter go · Esc back";
            return prompt(
                frame,
                area,
                theme,
                " Go to date: ",
                &app.goto().input,
                app.goto().error.as_ref(),
                hint,
            );
        }
        Mode::DateRange => {
            let hint = "from..to: 2025-03..2025-08-15, aug 2025.., ..2025-06 · empty: none · Enter set · Esc back";
            return prompt(
                frame,
                area,
                theme,
                " Dates: ",
                &app.range_prompt().input,
                app.range_prompt().error.as_ref(),
                hint,
            );
        }
        Mode::Export => {
            let hint =
                ".md Markdown · .csv CSV · .json TimelineJS · Tab format · Enter write · Esc back";
            return prompt(
                frame,
                area,
                theme,
                " Export to: ",
                &app.export().input,
                app.export().error.as_ref(),
                hint,
            );
        }
        _ => {}
    }
    let mut spans = Vec::new();
    if let Some(msg) = app
        .message()
        .filter(|_| !super::notice::is_long(app, area.width))
    {
        spans.push(Span::styled(format!(" {msg} "), theme.filter));
        spans.push(Span::styled("│", theme.dim));
    } else if let Some(problem) = search_problem(app) {
        // A bad token is said in the error colour, while the rest of the
        // query runs; cut to leave room for the help hint.
        let room = width.saturating_sub(4);
        spans.push(Span::styled(
            super::text::truncate(&format!(" {problem} "), room),
            theme.error,
        ));
        spans.push(Span::styled("│", theme.dim));
    }
    // Whole hints only, and the help hint always, at the end: whatever else
    // does not fit is left out rather than cut mid-word.
    let used: usize = spans.iter().map(|s| s.content.width()).sum();
    let all = hints(app.mode());
    let (help, others): (Vec<_>, Vec<_>) = all.into_iter().partition(|(_, w)| *w == "help");
    let hint_width = |(k, w): &(String, &str)| k.width() + w.width() + 3;
    let mut room = width.saturating_sub(used + help.iter().map(hint_width).sum::<usize>());
    let mut shown = Vec::new();
    for h in others {
        if hint_width(&h) > room {
            continue;
        }
        room -= hint_width(&h);
        shown.push(h);
    }
    shown.extend(help);
    for (key, word) in shown {
        spans.push(Span::styled(format!(" {key}"), theme.key));
        spans.push(Span::styled(format!(" {word} "), theme.dim));
    }
    frame.render_widget(Line::from(fit(spans, width)), area);
}

/// What is wrong with the search line's tokens, while searching.
fn search_problem(app: &App) -> Option<String> {
    if app.mode() != Mode::Search {
        return None;
    }
    let problems = &app.search().problems;
    let first = problems.first()?;
    Some(match problems.len() {
        1 => first.clone(),
        n => format!("{first} (and {} more)", n - 1),
    })
}
