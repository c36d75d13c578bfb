//! The strip under the header: how the filtered events spread over the months,
//! and where the selection is.

use super::Theme;
use crate::app::App;
use crate::app::rows::{event_of, period_of};
use crate::data::date::month_name;
use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

const BARS: [char; 9] = [' ', '▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];

fn month_index(first: (i32, u32), ym: (i32, u32)) -> isize {
    ((ym.0 - first.0) * 12 + ym.1 as i32 - first.1 as i32) as isize
}

pub fn draw(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    let Some(((first, n), per_month)) = app.months().as_ref().map(|m| (m.span, &m.counts)) else {
        return;
    };
    if area.height < 2 || area.width < 4 {
        return;
    }
    let width = usize::from(area.width) - 2;
    // Months per column when they do not fit, columns per month when they do.
    let per_col = n.div_ceil(width);
    let cols = n.div_ceil(per_col);
    let cell = (width / cols).max(1);
    // Counted once per filter change; here only grouped into columns.
    let mut counts = vec![0usize; cols];
    for (m, &count) in per_month.iter().enumerate() {
        if let Some(c) = counts.get_mut(m / per_col) {
            *c += count;
        }
    }
    let max = counts.iter().copied().max().unwrap_or(0).max(1);
    let selected_col = app
        .selected_row()
        .and_then(|r| event_of(app.ds(), r))
        .filter(|&e| period_of(app.ds(), e).1.is_some())
        .map(|e| month_index(first, app.ds().events[e].date.year_month()) as usize / per_col);

    let buf: &mut Buffer = frame.buffer_mut();
    let (x0, y) = (area.x + 1, area.y);
    for (c, &count) in counts.iter().enumerate() {
        let level = if count == 0 {
            0
        } else {
            1 + (count * 7).div_ceil(max).min(7)
        };
        let glyph = if count == 0 { '·' } else { BARS[level.min(8)] };
        let style = if Some(c) == selected_col {
            theme.bar_selected
        } else if count == 0 {
            theme.dim
        } else {
            theme.bar
        };
        for k in 0..cell {
            let x = x0 + (c * cell + k) as u16;
            if x < area.right() {
                buf[(x, y)].set_char(glyph).set_style(style);
            }
        }
    }
    // The axis: the selected month under a marker, and the first and last
    // months at the ends where they do not collide with it.
    let label = |ym: (i32, u32)| format!("{} {}", month_name(ym.1), ym.0);
    let total = first.1 as i32 - 1 + n as i32 - 1;
    let last_ym = (first.0 + total / 12, (total % 12) as u32 + 1);
    let end = x0 + (cols * cell) as u16;
    let mut taken: Option<(u16, u16)> = None;
    if let Some(c) = selected_col {
        let x = x0 + (c * cell + cell / 2) as u16;
        let ym = app
            .selected_row()
            .and_then(|r| event_of(app.ds(), r))
            .map(|e| app.ds().events[e].date.year_month());
        let text = match ym {
            Some(ym) if per_col == 1 => format!("▲ {}", label(ym)),
            _ => "▲".to_string(),
        };
        let w = text.chars().count() as u16;
        // Keep the label on screen: it sits left of the marker near the right end.
        let (lx, text) = if x + w > end {
            let t = format!("{} ▲", text.trim_start_matches("▲ "));
            (x.saturating_sub(w - 1).max(x0), t)
        } else {
            (x, text)
        };
        buf.set_string(lx, y + 1, &text, theme.bar_selected);
        taken = Some((lx, lx + w));
    }
    let free = |a: u16, b: u16| taken.is_none_or(|(l, r)| b + 1 < l || a > r + 1);
    let left = label(first);
    let lw = left.chars().count() as u16;
    if free(x0, x0 + lw) {
        buf.set_string(x0, y + 1, &left, theme.dim);
    }
    let right = label(last_ym);
    let rw = right.chars().count() as u16;
    let rx = end.saturating_sub(rw);
    if rx > x0 + lw + 1 && free(rx, end) {
        buf.set_string(rx, y + 1, &right, theme.dim);
    }
}
