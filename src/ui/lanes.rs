//! The lane view: a lane per country or person, its events as marks on a
//! shared time axis with month ticks, and the selected event's date and
//! title under the lanes. Where marks go comes from the query layer's axis;
//! the areas from the one layout. Reads `&App`, changes nothing.

use super::Theme;
use super::text::{fit, truncate};
use crate::app::App;
use crate::app::keymap::first_key;
use crate::app::lanes::LaneView;
use crate::app::layout::{LaneAreas, Screen};
use crate::app::{Action, Mode};
use crate::query::lanes::{Axis, Cell};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};
use unicode_width::UnicodeWidthStr;

/// Narrower tracks than this say so instead of drawing marks no one can tell apart.
const MIN_TRACK: u16 = 12;

/// A mark for `count` events in one column: a dot, a digit, then `+`.
fn glyph(count: usize) -> char {
    match count {
        1 => '●',
        2..=9 => char::from_digit(count as u32, 10).unwrap_or('+'),
        _ => '+',
    }
}

pub fn draw(frame: &mut Frame, screen: &Screen, app: &App, theme: &Theme) {
    let areas = screen.lanes;
    let Some(view) = app.lanes() else { return };
    if areas.tracks.width < MIN_TRACK || areas.tracks.height == 0 {
        let msg = "Too small for the lanes: make the terminal wider or taller, or press Esc.";
        frame.render_widget(
            Paragraph::new(msg)
                .style(theme.error)
                .wrap(Wrap { trim: true }),
            screen.body,
        );
        return;
    }
    title(frame, areas.title, app, view, theme);
    let axis = view.axis(usize::from(areas.tracks.width));
    let (Some(axis), false) = (axis, view.lanes.is_empty()) else {
        let msg = format!(
            "No {} in the events shown. Tab shows {}; c clears the filters.",
            view.kind.plural(),
            view.kind.other().plural()
        );
        let area = Rect::new(areas.names.x, areas.names.y, screen.body.width, 1);
        frame.render_widget(
            Line::styled(truncate(&msg, usize::from(area.width)), theme.dim),
            area,
        );
        return;
    };
    let ticks = axis.ticks();
    lanes(frame, &areas, app, view, &axis, &ticks.marks, theme);
    // The axis: a rule with a tick at each month (or each label), and the labels.
    let buf = frame.buffer_mut();
    let (x0, width) = (areas.axis.x, usize::from(areas.axis.width));
    for c in 0..width {
        let ch = if ticks.marks.contains(&c) {
            '┬'
        } else {
            '─'
        };
        buf[(x0 + c as u16, areas.axis.y)]
            .set_char(ch)
            .set_style(theme.dim);
    }
    for (col, text) in &ticks.labels {
        buf.set_string(
            areas.labels.x + *col as u16,
            areas.labels.y,
            text,
            theme.dim,
        );
    }
    info(frame, areas.info, app, view, &axis, theme);
}

/// The kind of lanes, how many, which are shown, and the key for the other kind.
fn title(frame: &mut Frame, area: Rect, app: &App, view: &LaneView, theme: &Theme) {
    let n = view.lanes.len();
    let shown = app.lanes_height();
    let range = if n > shown {
        let first = view.list.offset + 1;
        format!(" · {first}–{} of {n}", (first + shown - 1).min(n))
    } else {
        format!(" · {n}")
    };
    let key = first_key(Mode::Lanes, &Action::SwitchLanes).unwrap_or_default();
    let spans = vec![
        Span::styled(format!(" Lanes of {}", view.kind.plural()), theme.title),
        Span::styled(range, theme.dim),
        Span::styled(
            format!(" · {key}: {}", view.kind.other().plural()),
            theme.dim,
        ),
    ];
    frame.render_widget(Line::from(fit(spans, usize::from(area.width))), area);
}

/// Each shown lane: its name, faint month guides, and a mark per column
/// that holds events; the selected event's mark stands out.
fn lanes(
    frame: &mut Frame,
    areas: &LaneAreas,
    app: &App,
    view: &LaneView,
    axis: &Axis,
    guides: &[usize],
    theme: &Theme,
) {
    let ds = app.ds();
    let names_width = usize::from(areas.names.width);
    let rows = usize::from(areas.tracks.height);
    for (row, (i, lane)) in view
        .lanes
        .iter()
        .enumerate()
        .skip(view.list.offset)
        .take(rows)
        .enumerate()
    {
        let y = areas.tracks.y + row as u16;
        let selected = i == view.list.selected;
        let name = truncate(&ds.actors[lane.actor].name, names_width.saturating_sub(2));
        let pad = names_width.saturating_sub(2 + name.width());
        let name_line = Line::from(vec![
            Span::styled(if selected { "▶ " } else { "  " }, theme.key),
            Span::styled(
                format!("{name}{}", " ".repeat(pad)),
                if selected {
                    theme.selected
                } else {
                    theme.speaker
                },
            ),
        ]);
        frame.render_widget(name_line, Rect::new(areas.names.x, y, areas.names.width, 1));
        let buf = frame.buffer_mut();
        for &c in guides {
            buf[(areas.tracks.x + c as u16, y)]
                .set_char('·')
                .set_style(theme.dim);
        }
        for Cell { col, start, count } in axis.cells(ds, &lane.events) {
            let here = selected && (start..start + count).contains(&view.at);
            let (ch, style) = match here {
                true if count == 1 => ('◆', theme.bar_selected),
                true => (glyph(count), theme.bar_selected),
                false => (glyph(count), theme.bar),
            };
            buf[(areas.tracks.x + col as u16, y)]
                .set_char(ch)
                .set_style(style);
        }
    }
}

/// The selected event: its date and title, which of its column's events it
/// is, and where it is in the lane.
fn info(frame: &mut Frame, area: Rect, app: &App, view: &LaneView, axis: &Axis, theme: &Theme) {
    let ds = app.ds();
    let (Some(lane), Some(e)) = (view.lane(), view.event()) else {
        let line = Line::styled(" No event in this lane under the filter.", theme.dim);
        frame.render_widget(line, area);
        return;
    };
    let ev = &ds.events[e];
    let cell = axis
        .cells(ds, &lane.events)
        .into_iter()
        .find(|c| (c.start..c.start + c.count).contains(&view.at));
    let mut tail = String::new();
    if let Some(c) = cell.filter(|c| c.count > 1) {
        tail.push_str(&format!(" · {} of {} here", view.at - c.start + 1, c.count));
    }
    tail.push_str(&format!(
        " · {} of {} for {}",
        view.at + 1,
        lane.events.len(),
        ds.actors[lane.actor].name
    ));
    let width = usize::from(area.width);
    let date = format!(" {} ", ev.date);
    // The title gives way to the date and the position, down to a few columns.
    let room = width.saturating_sub(date.width() + tail.width()).max(12);
    let spans = vec![
        Span::styled(date, theme.date),
        Span::styled(truncate(&ev.title, room), theme.event),
        Span::styled(tail, theme.dim),
    ];
    frame.render_widget(Line::from(fit(spans, width)), area);
}
