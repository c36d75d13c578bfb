//! Plain-text tables for the terminal or a pipe: aligned columns, the last one
//! cut to the terminal's width when there is one. No escape codes, ever.

use crate::ui::text::truncate;
use std::io::{self, IsTerminal, Write};
use unicode_width::UnicodeWidthStr;

/// The width to fit tables to: the terminal's, or none when piped.
pub fn output_width() -> Option<usize> {
    if !io::stdout().is_terminal() {
        return None;
    }
    crossterm::terminal::size()
        .ok()
        .map(|(w, _)| usize::from(w))
        .filter(|w| *w > 0)
}

/// Writes `rows` under `header`, every column but the last padded to its widest cell.
pub fn write(
    out: &mut impl Write,
    header: &[&str],
    rows: &[Vec<String>],
    width: Option<usize>,
) -> io::Result<()> {
    let n = header.len();
    let mut widths: Vec<usize> = header.iter().map(|h| h.width()).collect();
    for r in rows {
        for (i, cell) in r.iter().enumerate().take(n.saturating_sub(1)) {
            widths[i] = widths[i].max(cell.width());
        }
    }
    let line = |cells: Vec<&str>| -> String {
        let mut s = String::new();
        for (i, cell) in cells.iter().enumerate() {
            if i + 1 < n {
                s.push_str(cell);
                s.push_str(&" ".repeat(widths[i] - cell.width() + 2));
            } else {
                s.push_str(cell);
            }
        }
        let s = s.trim_end().to_string();
        match width {
            Some(w) => truncate(&s, w),
            None => s,
        }
    };
    writeln!(out, "{}", line(header.to_vec()))?;
    for r in rows {
        writeln!(out, "{}", line(r.iter().map(String::as_str).collect()))?;
    }
    Ok(())
}
