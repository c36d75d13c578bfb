//! Plain-text tables for the terminal or a pipe: aligned columns, the last one
//! cut to the terminal's width when there is one. No escape codes, ever.

use crate::text::scrubbed;
use crate::ui::text::truncate;
use std::borrow::Cow;
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
    // Cleaned before measuring, so the columns line up with what is shown
    // (the writer would drop the same chars after the padding).
    let rows: Vec<Vec<Cow<str>>> = rows
        .iter()
        .map(|r| r.iter().map(|c| scrubbed(c)).collect())
        .collect();
    let mut widths: Vec<usize> = header.iter().map(|h| h.width()).collect();
    for r in &rows {
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
    for r in &rows {
        writeln!(out, "{}", line(r.iter().map(|c| c.as_ref()).collect()))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_line_up_whatever_the_cells_hold() {
        let rows = vec![
            vec!["a\u{1b}]0;x\u{7}\u{9b}31m\u{202e}".to_string(), "2".into()],
            vec![format!("b{}", "\u{301}".repeat(50)), "3".into()],
        ];
        let mut out = Vec::new();
        write(&mut out, &["NAME", "N"], &rows, None).unwrap();
        let text = String::from_utf8(out).unwrap();
        let marks = "\u{301}".repeat(crate::text::MAX_MARKS);
        assert_eq!(
            text,
            format!("NAME      N\na]0;x31m  2\nb{marks}         3\n")
        );
    }
}
