//! Text laid out for a given width, with semantic roles instead of styles: the
//! detail views are built as documents here and styled by the theme when drawn.

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
pub fn wrap(paragraph: &[Segment], width: usize, indent: usize) -> Vec<Line> {
    let width = width.max(1);
    let indent = indent.min(width / 2);
    let mut lines: Vec<Line> = Vec::new();
    let mut line: Line = Vec::new();
    let mut col = 0;

    // Split into words that keep their trailing spaces, each char with its role.
    let mut words: Vec<Vec<(char, Role)>> = Vec::new();
    let mut word: Vec<(char, Role)> = Vec::new();
    for s in paragraph {
        for c in s.text.chars() {
            word.push((c, s.role));
            if c == ' ' {
                words.push(std::mem::take(&mut word));
            }
        }
    }
    if !word.is_empty() {
        words.push(word);
    }

    let start_line = |line: &mut Line| {
        if indent > 0 {
            line.push(seg(" ".repeat(indent), Role::Plain));
        }
    };
    let push = |line: &mut Line, c: char, role: Role| match line.last_mut() {
        Some(last) if last.role == role => last.text.push(c),
        _ => line.push(seg(c.to_string(), role)),
    };
    for word in words {
        let visible: usize = word
            .iter()
            .filter(|(c, _)| *c != ' ')
            .map(|(c, _)| c.width().unwrap_or(0))
            .sum();
        if col > indent && col + visible > width {
            lines.push(std::mem::take(&mut line));
            start_line(&mut line);
            col = indent;
        }
        for (c, role) in word {
            let w = c.width().unwrap_or(0);
            // A char wider than the whole line cannot be shown at all.
            if (c == ' ' && col + w > width) || w > width - indent {
                continue;
            }
            if col + w > width && col > indent {
                lines.push(std::mem::take(&mut line));
                start_line(&mut line);
                col = indent;
            }
            push(&mut line, c, role);
            col += w;
        }
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
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
}
