//! Text laid out for a given width, with semantic roles instead of styles: the
//! detail views are built as documents here and styled by the theme when drawn.

use textwrap::WordSeparator;
use textwrap::core::break_words;
use textwrap::wrap_algorithms::wrap_first_fit;
use unicode_width::UnicodeWidthChar;

/// What a piece of text is; the theme decides how each looks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Plain,
    Heading,
    Label,
    Quote,
    /// The matched or quoted part of a passage.
    Highlight,
    Dim,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment {
    pub text: String,
    pub role: Role,
}

pub type Line = Vec<Segment>;

pub fn seg(text: impl Into<String>, role: Role) -> Segment {
    Segment {
        text: text.into(),
        role,
    }
}

/// Word-wraps a paragraph of segments to `width` columns, keeping roles. Words
/// longer than a line are broken; `indent` spaces start every continuation line.
///
/// textwrap finds the words (split at spaces only, as before: a hyphen or a
/// slash is no place to break a name or an address), breaks those wider than
/// a line and fills the lines; it breaks plain text, so the paragraph goes to
/// it as one string and each piece it hands back gets its roles again from
/// where it lies in that string.
pub fn wrap(paragraph: &[Segment], width: usize, indent: usize) -> Vec<Line> {
    let width = width.max(1);
    let indent = indent.min(width / 2);
    let narrow = width - indent;
    let mut text = String::new();
    // Where each segment's text starts in `text`, and its role.
    let mut runs: Vec<(usize, Role)> = Vec::with_capacity(paragraph.len());
    for s in paragraph {
        runs.push((text.len(), s.role));
        // A char wider than a whole line cannot be shown at all.
        text.extend(s.text.chars().filter(|c| c.width().unwrap_or(0) <= narrow));
    }
    let words = break_words(WordSeparator::AsciiSpace.find_words(&text), narrow);
    let widths = [width as f64, narrow as f64];
    let mut lines: Vec<Line> = Vec::new();
    // The words cover `text` in order, so the next one starts where the last
    // one's spaces end.
    let mut at = 0;
    for words in wrap_first_fit(&words, &widths) {
        let mut line: Line = Vec::new();
        let mut col = 0;
        if !lines.is_empty() && indent > 0 {
            line.push(seg(" ".repeat(indent), Role::Plain));
            col = indent;
        }
        for word in words {
            push_text(&mut line, &text, at, at + word.word.len(), &runs);
            at += word.word.len();
            col += word.width;
            // Spaces after a word are kept while they fit (one column each).
            let spaces = word.whitespace.len().min(width.saturating_sub(col));
            push_text(&mut line, &text, at, at + spaces, &runs);
            at += word.whitespace.len();
            col += spaces;
        }
        lines.push(line);
    }
    if lines.is_empty() {
        lines.push(Vec::new());
    }
    lines
}

/// Adds `text[from..to]` to `line`, each part in the role of the run it lies
/// in, joined to the last segment when the role is the same.
fn push_text(line: &mut Line, text: &str, from: usize, to: usize, runs: &[(usize, Role)]) {
    for (i, &(start, role)) in runs.iter().enumerate() {
        let end = runs.get(i + 1).map_or(text.len(), |r| r.0);
        let (a, b) = (from.max(start), to.min(end));
        if a >= b {
            continue;
        }
        match line.last_mut() {
            Some(last) if last.role == role => last.text.push_str(&text[a..b]),
            _ => line.push(seg(&text[a..b], role)),
        }
    }
}

/// The text of a line, for tests and plain output.
pub fn plain(line: &Line) -> String {
    line.iter().map(|s| s.text.as_str()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(lines: &[Line]) -> Vec<String> {
        lines
            .iter()
            .map(|l| plain(l).trim_end().to_string())
            .collect()
    }

    #[test]
    fn wraps_at_word_boundaries_and_keeps_roles() {
        let p = [
            seg("Pour l’instant, ", Role::Plain),
            seg("c’est l’heure", Role::Highlight),
        ];
        let lines = wrap(&p, 12, 0);
        assert_eq!(texts(&lines), ["Pour", "l’instant,", "c’est", "l’heure"]);
        assert_eq!(lines[2][0].role, Role::Highlight);
    }

    #[test]
    fn breaks_words_longer_than_a_line_and_indents() {
        let lines = wrap(&[seg("ab abcdefghij", Role::Plain)], 5, 2);
        assert_eq!(texts(&lines), ["ab", "  abc", "  def", "  ghi", "  j"]);
        assert!(lines.iter().all(|l| plain(l).chars().count() <= 5));
    }

    #[test]
    fn never_exceeds_the_width_with_wide_chars() {
        let lines = wrap(&[seg("日本語のテキスト とても長い", Role::Plain)], 7, 0);
        for l in &lines {
            let w: usize = plain(l).chars().map(|c| c.width().unwrap_or(0)).sum();
            assert!(w <= 7, "{l:?}");
        }
    }

    /// Random paragraphs of words, spaces, wide and combining chars in three
    /// roles: every line fits, and the non-space chars come out in order, each
    /// in its own role, none lost but those wider than a whole line.
    #[test]
    fn nothing_is_lost_and_every_char_keeps_its_role() {
        let pieces = [
            "a",
            "b",
            " ",
            "  ",
            "日",
            "é",
            "ab",
            "xyz",
            "😀",
            "-",
            "\u{301}",
            "l’heure",
        ];
        let roles = [Role::Plain, Role::Highlight, Role::Label];
        let mut rng = fastrand::Rng::with_seed(13);
        for _ in 0..20_000 {
            let p: Vec<Segment> = (0..rng.usize(0..4))
                .map(|_| {
                    let text: String = (0..rng.usize(0..12))
                        .map(|_| pieces[rng.usize(0..pieces.len())])
                        .collect();
                    seg(text, roles[rng.usize(0..roles.len())])
                })
                .collect();
            let (width, indent) = (rng.usize(0..14), rng.usize(0..6));
            let lines = wrap(&p, width, indent);
            let narrow = width.max(1) - indent.min(width.max(1) / 2);
            let chars = |segments: &mut dyn Iterator<Item = &Segment>| -> Vec<(char, Role)> {
                segments
                    .flat_map(|s| s.text.chars().map(move |c| (c, s.role)))
                    .filter(|&(c, _)| c != ' ' && c.width().unwrap_or(0) <= narrow)
                    .collect()
            };
            assert_eq!(
                chars(&mut lines.iter().flatten()),
                chars(&mut p.iter()),
                "{p:?} at {width}, indent {indent}: {lines:?}"
            );
            for l in &lines {
                let w: usize = plain(l).chars().map(|c| c.width().unwrap_or(0)).sum();
                assert!(w <= width.max(1), "{p:?} at {width}: {l:?}");
            }
        }
    }
}
