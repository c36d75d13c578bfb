//! Plain-text tables for the terminal or a pipe: aligned columns, the last one
//! cut to the terminal's width when there is one. No escape codes, ever.

use crate::text::scrubbed;
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
pub fn write<W: Write>(
    out: &mut W,
    header: &[&str],
    rows: &[Vec<String>],
    width: Option<usize>,
) -> io::Result<()> {
    let n = header.len();
    // Measured as cleaned, so the columns line up with what is shown (the
    // writer drops the same chars after the padding); cleaning clean text
    // borrows it, so neither pass copies a cell in the common case.
    let mut widths: Vec<usize> = header.iter().map(|h| h.width()).collect();
    for r in rows {
        for (i, cell) in r.iter().enumerate().take(n.saturating_sub(1)) {
            widths[i] = widths[i].max(scrubbed(cell).width());
        }
    }
    let mut line = String::new();
    let mut write_row = |out: &mut W, cells: &mut dyn Iterator<Item = &str>| -> io::Result<()> {
        line.clear();
        for (i, cell) in cells.enumerate() {
            let cell = scrubbed(cell);
            line.push_str(&cell);
            if i + 1 < n {
                line.extend(std::iter::repeat_n(' ', widths[i] - cell.width() + 2));
            }
        }
        let shown = line.trim_end();
        match width {
            Some(w) => writeln!(out, "{}", truncate(shown, w)),
            None => writeln!(out, "{shown}"),
        }
    };
    write_row(out, &mut header.iter().copied())?;
    for r in rows {
        write_row(out, &mut r.iter().map(String::as_str))?;
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
