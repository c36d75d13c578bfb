//! The review's boxes over the screen: the import prompt (file with its
//! completions, then date), the speaker picker, the new-actor form, the date
//! prompt and the review's questions.

use super::Theme;
use super::text::{fit, list_line, marker, truncate};
use crate::app::App;
use crate::app::input::Input;
use crate::app::layout::{Screen, centered};
use crate::app::path_prompt::SHOWN;
use crate::app::review::{Question, SpeakerChoice};
use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};
use unicode_width::UnicodeWidthStr;

/// A bordered box of `height` lines inside, cleared; the area inside.
fn boxed(frame: &mut Frame, body: Rect, title: &str, height: u16, theme: &Theme) -> Rect {
    let area = centered(body, body.width.saturating_sub(4).min(90), height + 2);
    frame.render_widget(Clear, area);
    let block = Block::bordered()
        .border_style(theme.border)
        .title(Span::styled(format!(" {title} "), theme.title));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    inner
}

/// One prompt line at row `y` of `area`: label, text, and the cursor when `focus`.
fn field(
    frame: &mut Frame,
    area: Rect,
    y: u16,
    label: &str,
    input: &Input,
    focus: bool,
    theme: &Theme,
) {
    if y >= area.height {
        return;
    }
    let row = Rect::new(area.x, area.y + y, area.width, 1);
    let width = usize::from(area.width);
    let style = if focus { theme.key } else { theme.label };
    let spans = vec![
        Span::styled(label.to_string(), style),
        Span::raw(input.text().to_string()),
    ];
    frame.render_widget(Line::from(fit(spans, width)), row);
    if focus {
        let x = (label.width() + input.before_cursor().width()).min(width.saturating_sub(1));
        frame.set_cursor_position(Position::new(row.x + x as u16, row.y));
    }
}

/// A dimmed or error line at row `y`.
fn note(frame: &mut Frame, area: Rect, y: u16, error: Option<&String>, hint: &str, theme: &Theme) {
    if y >= area.height {
        return;
    }
    let row = Rect::new(area.x, area.y + y, area.width, 1);
    let line = match error {
        Some(e) => Line::styled(truncate(e, usize::from(area.width)), theme.error),
        None => Line::styled(truncate(hint, usize::from(area.width)), theme.dim),
    };
    frame.render_widget(line, row);
}

pub fn import(frame: &mut Frame, screen: &Screen, app: &App, theme: &Theme) {
    let p = &app.workbench.prompt;
    let shown = p.matches.len().min(SHOWN) as u16;
    let inner = boxed(frame, screen.body, "Import an article", 4 + shown, theme);
    field(frame, inner, 0, " File: ", &p.path, !p.on_date, theme);
    for (i, m) in p.matches.iter().take(SHOWN).enumerate() {
        let row = Rect::new(inner.x, inner.y + 1 + i as u16, inner.width, 1);
        if row.y < inner.bottom() {
            frame.render_widget(Line::styled(format!("       {m}"), theme.dim), row);
        }
    }
    field(
        frame,
        inner,
        1 + shown,
        " Published: ",
        &p.date,
        p.on_date,
        theme,
    );
    let hint = if p.on_date {
        "the day it came out: 2025-08-10, 10 aug 2025 · Enter imports · Esc back to the file"
    } else if p.matches.len() > SHOWN {
        "more names match: type more, Tab again · Enter next"
    } else {
        "Tab completes, ~ is your home folder · Enter next · Esc cancels"
    };
    note(frame, inner, 3 + shown, p.error.as_ref(), hint, theme);
}

pub fn speaker(frame: &mut Frame, screen: &Screen, app: &App, theme: &Theme) {
    let Some(r) = app.review() else { return };
    let area = screen.picker;
    frame.render_widget(Clear, area);
    let block = Block::bordered()
        .border_style(theme.border)
        .title(Span::styled(
            " Speaker: an actor of the dataset or of the article, or a new one ",
            theme.title,
        ));
    frame.render_widget(block, area);
    let (prompt, list) = (screen.picker_prompt, screen.picker_list);
    field(frame, prompt, 0, " > ", &r.picker.input, true, theme);
    let width = usize::from(prompt.width);
    if list.y > prompt.y + 1 {
        let rule = Rect::new(prompt.x, prompt.y + 1, prompt.width, 1);
        frame.render_widget(Line::styled("─".repeat(width), theme.border), rule);
    }
    let typed = r.picker.input.text().trim();
    let n = r.choices.len();
    let lines: Vec<Line> = (0..=n)
        .skip(r.picker.list.offset)
        .take(usize::from(list.height))
        .map(|i| {
            let selected = i == r.picker.list.selected;
            let spans = match r.choices.get(i) {
                Some(&choice) => {
                    let (name, kind, note) = match choice {
                        SpeakerChoice::Dataset(a) => {
                            let actor = &app.ds().actors[a];
                            (&actor.name, actor.kind.as_str(), actor.id.as_str())
                        }
                        SpeakerChoice::Article(a) => {
                            let actor = &r.review.proposal.actors[a];
                            (&actor.name, actor.kind, "named in the article, new")
                        }
                    };
                    vec![
                        Span::styled(marker(selected, false), theme.key),
                        Span::styled(name.clone(), theme.speaker),
                        Span::styled(format!("  {kind}"), theme.badge),
                        Span::styled(format!("  {note}"), theme.dim),
                    ]
                }
                None => vec![
                    Span::styled(marker(selected, false), theme.key),
                    Span::styled(format!("+ new actor “{typed}”"), theme.key),
                ],
            };
            list_line(spans, usize::from(list.width), selected, theme)
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), list);
}

pub fn actor_form(frame: &mut Frame, screen: &Screen, app: &App, theme: &Theme) {
    let Some(r) = app.review() else { return };
    let f = &r.form;
    let inner = boxed(frame, screen.body, "New actor", 6, theme);
    field(frame, inner, 0, " Name:    ", &f.name, f.field == 0, theme);
    let kinds = ["person", "organization", "country"];
    let chosen = f.kind.map_or("person", |k| k.as_str());
    let mut spans = vec![Span::styled(
        " Kind:    ",
        if f.field == 1 { theme.key } else { theme.label },
    )];
    for k in kinds {
        let style = if k == chosen {
            theme.selected
        } else {
            theme.dim
        };
        spans.push(Span::styled(format!(" {k} "), style));
    }
    if inner.height > 1 {
        let row = Rect::new(inner.x, inner.y + 1, inner.width, 1);
        frame.render_widget(Line::from(fit(spans, usize::from(inner.width))), row);
        if f.field == 1 {
            frame.set_cursor_position(Position::new(row.x + 10, row.y));
        }
    }
    field(
        frame,
        inner,
        2,
        " Country: ",
        &f.country,
        f.field == 2,
        theme,
    );
    field(frame, inner, 3, " Role:    ", &f.role, f.field == 3, theme);
    let hint = match f.field {
        1 => "Tab or p/o/c: the kind · Enter next · Esc back",
        2 => "a country of the dataset, or nothing · Enter next",
        3 => "what they are (minister, spokesperson…), or nothing · Enter creates",
        _ => "Enter next · Esc back",
    };
    note(frame, inner, 5, r.error.as_ref(), hint, theme);
}

pub fn date(frame: &mut Frame, screen: &Screen, app: &App, theme: &Theme) {
    let Some(r) = app.review() else { return };
    let inner = boxed(frame, screen.body, "The quote's date", 3, theme);
    field(frame, inner, 0, " Date: ", &r.date, true, theme);
    let hint = "2025-08-09, aug 2025, 9 août 2025, 2025: kept at that precision · Enter sets";
    note(frame, inner, 2, r.error.as_ref(), hint, theme);
}

pub fn question(frame: &mut Frame, screen: &Screen, app: &App, theme: &Theme) {
    let Some(r) = app.review() else { return };
    let (pending, kept, rejected) = r.review.counts();
    let text = match r.asking {
        Some(Question::Discard { quit }) => format!(
            "Discard this review ({kept} kept, {rejected} rejected){}? Nothing has been written.",
            if quit { " and quit newsline" } else { "" }
        ),
        Some(Question::CommitPending) => format!(
            "Commit the {kept} kept proposals? The {pending} still pending will be left out."
        ),
        None => String::new(),
    };
    let inner = boxed(frame, screen.body, "Review", 3, theme);
    let width = usize::from(inner.width);
    frame.render_widget(Paragraph::new(truncate(&text, width)), inner);
    note(frame, inner, 2, None, "y yes · n or Esc no", theme);
}
