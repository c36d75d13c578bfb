//! Fitting text into columns: width-aware truncation that keeps styles.
//!
//! Cutting styled spans with a final `…`, and sliding a window to a search
//! match, are this file's own: textwrap wraps lines and unicode-truncate cuts
//! one string, and neither carries a style per span or a match to keep in view.
//! Cutting one string is this file's own too, by chars rather than graphemes,
//! for speed (see [`truncate`]); unicode-truncate is the reference its tests
//! check it against.

use super::Theme;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// `s` cut to `width` columns, ending in `…` when cut.
///
/// By the width of each char, looking only as far as could show, rather
/// than by graphemes with unicode-truncate: a quote in a list is often twice
/// as long as its row, and measuring the whole of it by graphemes was a fifth
/// of a timeline frame's instructions. A char of no width (a combining mark)
/// stays with the letter before it, which is kept or cut whole, as a grapheme
/// would; `truncate_by_graphemes` in the tests is the reference it is checked
/// against.
pub fn truncate(s: &str, width: usize) -> String {
    // Where the text must end to leave a column for the `…`: the first char
    // with a width that would not fit in `width - 1` columns.
    let mut cut = None;
    let mut used = 0;
    for (i, c) in s.char_indices() {
        let w = c.width().unwrap_or(0);
        if cut.is_none() && w > 0 && used + w >= width {
            cut = Some(i);
        }
        used += w;
        if used > width {
            return match (width, cut) {
                (0, _) => String::new(),
                (_, Some(at)) => format!("{}…", &s[..at]),
                (_, None) => "…".to_string(),
            };
        }
    }
    s.to_string()
}

/// Styled pieces of one line, cut to `width` columns with a final `…`.
pub fn fit(spans: Vec<Span<'static>>, width: usize) -> Vec<Span<'static>> {
    let total: usize = spans.iter().map(|s| s.content.width()).sum();
    if total <= width {
        return spans;
    }
    let mut out = Vec::new();
    let mut left = width.saturating_sub(1);
    let mut last_style = Style::new();
    for s in spans {
        if left == 0 {
            break;
        }
        let w = s.content.width();
        last_style = s.style;
        if w <= left {
            left -= w;
            out.push(s);
        } else {
            let cut = truncate(&s.content, left + 1);
            let cut = cut.trim_end_matches('…').to_string();
            left = 0;
            out.push(Span::styled(cut, s.style));
        }
    }
    if width > 0 {
        out.push(Span::styled("…", last_style));
    }
    out
}

/// A text's chars, highlighted where `marks` says (sorted char indices), cut to
/// `width` columns. When the first mark would be cut off, the window starts a
/// little before it, after a `…`.
pub fn marked(
    text: &str,
    marks: &[usize],
    width: usize,
    base: Style,
    mark: Style,
) -> Vec<Span<'static>> {
    let chars: Vec<char> = text.chars().collect();
    let mut start = 0;
    // A text that fits whole is shown whole, from its start.
    let fits = text.width() <= width;
    if let Some(&first) = marks.first().filter(|_| !fits) {
        // The first run of marked chars must be visible whole.
        let mut end = first;
        while marks.binary_search(&(end + 1)).is_ok() {
            end += 1;
        }
        let upto: usize = chars[..(end + 1).min(chars.len())]
            .iter()
            .map(|c| c.width().unwrap_or(0))
            .sum();
        if upto + 2 > width {
            // Start as early as still leaves the run, and a leading "…", in view.
            start = first;
            let mut used: usize = chars[first..=end.min(chars.len() - 1)]
                .iter()
                .map(|c| c.width().unwrap_or(0))
                .sum::<usize>()
                + 2;
            while start > 0 {
                let w = chars[start - 1].width().unwrap_or(0);
                if used + w > width {
                    break;
                }
                used += w;
                start -= 1;
            }
        }
    }
    from(&chars, start, marks, width, base, mark)
}

/// A name's chars, highlighted where `marks` says, cut at the end to `width`
/// columns: a name is read from its start (`Carlo Mas…`, never `…rlo Masala`).
pub fn marked_head(
    text: &str,
    marks: &[usize],
    width: usize,
    base: Style,
    mark: Style,
) -> Vec<Span<'static>> {
    let chars: Vec<char> = text.chars().collect();
    from(&chars, 0, marks, width, base, mark)
}

/// The spans of `chars` from `start` (after a `…` when not 0), cut to `width`.
fn from(
    chars: &[char],
    start: usize,
    marks: &[usize],
    width: usize,
    base: Style,
    mark: Style,
) -> Vec<Span<'static>> {
    let mut spans: Vec<Span<'static>> = Vec::new();
    if start > 0 {
        spans.push(Span::styled("…", base));
    }
    let mut run = String::new();
    let mut run_marked = false;
    // Chars past the first that overflows `width` are never shown, and `fit`
    // cuts the same with or without them: a long quote stops here.
    let mut used = usize::from(start > 0);
    for (i, c) in chars.iter().enumerate().skip(start) {
        if used > width {
            break;
        }
        used += c.width().unwrap_or(0);
        let m = marks.binary_search(&i).is_ok();
        if m != run_marked && !run.is_empty() {
            spans.push(Span::styled(
                std::mem::take(&mut run),
                if run_marked { mark } else { base },
            ));
        }
        run_marked = m;
        run.push(*c);
    }
    if !run.is_empty() {
        spans.push(Span::styled(run, if run_marked { mark } else { base }));
    }
    fit(spans, width)
}

/// The marker in front of a list line: `▶` for the selection (visible without
/// colour), then a star for a bookmark.
pub fn marker(selected: bool, starred: bool) -> &'static str {
    match (selected, starred) {
        (true, true) => "▶★",
        (false, true) => " ★",
        (true, false) => "▶ ",
        (false, false) => "  ",
    }
}

/// One line of a list, cut to `width` and highlighted when selected.
pub fn list_line(
    spans: Vec<Span<'static>>,
    width: usize,
    selected: bool,
    theme: &Theme,
) -> Line<'static> {
    let line = Line::from(fit(spans, width));
    if selected {
        line.patch_style(theme.selected)
    } else {
        line
    }
}

/// Lines already cut to the width of `area` (by [`fit`] or [`list_line`]),
/// one a row from its top: what a `Paragraph` of them draws, without its
/// reflow, which went over every grapheme of each line once more (half of
/// a timeline frame's instructions under callgrind).
pub fn draw_lines(buf: &mut Buffer, area: Rect, lines: &[Line]) {
    for (line, y) in lines.iter().zip(area.top()..area.bottom()) {
        draw_line(buf, area.x, y, line, area.width);
    }
}

/// What `Buffer::set_line` draws, with one shortcut: a span whose every char
/// is one column wide and a grapheme of its own (Latin letters and common
/// punctuation, nothing that combines or joins) is written a char a cell,
/// without splitting it into graphemes, which was a fifth of a search
/// frame's instructions under callgrind. Any other span goes to
/// `set_stringn` as before; `draws_as_set_line_does` checks the two agree.
fn draw_line(buf: &mut Buffer, mut x: u16, y: u16, line: &Line, max_width: u16) {
    let mut left = max_width;
    for span in line {
        if left == 0 {
            break;
        }
        let style = line.style.patch(span.style);
        let end = if span.content.chars().all(one_cell) {
            let room = buf.area.right().saturating_sub(x).min(left);
            let mut at = x;
            for c in span.content.chars().take(usize::from(room)) {
                buf[(at, y)].set_char(c).set_style(style);
                at += 1;
            }
            at
        } else {
            buf.set_stringn(x, y, span.content.as_ref(), usize::from(left), style)
                .0
        };
        left = left.saturating_sub(end.saturating_sub(x));
        x = end;
    }
}

/// A char that is a grapheme alone and one column wide: printable ASCII,
/// Latin-1 and Latin Extended-A and B (no soft hyphen), and the dashes,
/// quotation marks and ellipsis of general punctuation (no zero-width or
/// joining char, which sit just before them).
fn one_cell(c: char) -> bool {
    matches!(c, ' '..='~' | '\u{a0}'..='\u{ac}' | '\u{ae}'..='\u{24f}' | '\u{2010}'..='\u{2027}')
}

#[cfg(test)]
#[path = "text_tests.rs"]
mod tests;
