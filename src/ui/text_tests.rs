//! Tests of fitting text into columns, and of drawing list lines.
use super::*;

fn text(spans: &[Span]) -> String {
    spans.iter().map(|s| s.content.as_ref()).collect()
}

#[test]
fn lines_draw_as_a_paragraph_of_them_would() {
    use ratatui::style::{Color, Modifier};
    use ratatui::widgets::{Paragraph, Widget};
    let theme = Theme::colored();
    let area = Rect::new(2, 1, 24, 4);
    let spans = |t: &str| {
        vec![
            Span::styled("> ", Style::new().fg(Color::Yellow)),
            Span::styled(t.to_string(), Style::new().add_modifier(Modifier::BOLD)),
            Span::raw(" — Zelensky"),
        ]
    };
    let lines = vec![
        list_line(spans("« Nous sommes prêts »"), 24, true, &theme),
        list_line(spans("日本語のテキストがとても長い"), 24, false, &theme),
        list_line(spans("e\u{301}te\u{301}"), 24, false, &theme),
        list_line(spans("one"), 24, false, &theme),
        list_line(spans("a fifth line, past the area"), 24, false, &theme),
    ];
    let mut by_paragraph = Buffer::empty(Rect::new(0, 0, 30, 6));
    Paragraph::new(lines.clone()).render(area, &mut by_paragraph);
    let mut by_lines = Buffer::empty(Rect::new(0, 0, 30, 6));
    draw_lines(&mut by_lines, area, &lines);
    assert_eq!(by_lines, by_paragraph);
}

proptest::proptest! {
    /// Every shortcut char and its neighbours that do combine, join,
    /// take two columns or none, or are controls, in spans of random
    /// styles and a width that cuts some of them.
    #[test]
    fn draws_as_set_line_does(
        texts in proptest::collection::vec(
            "[a-z ,.'éÀœƒ«»’“”—…\u{a0}\u{ad}\u{200b}\u{200d}\u{2028}\u{301}\u{308}日\t❝◆]{0,12}",
            0..5,
        ),
        width in 0u16..30,
        x in 0u16..4,
    ) {
        use ratatui::style::{Color, Modifier};
        let styles = [
            Style::new(),
            Style::new().fg(Color::Yellow),
            Style::new().add_modifier(Modifier::BOLD),
        ];
        let line = Line::from(
            texts
                .iter()
                .enumerate()
                .map(|(i, t)| Span::styled(t.clone(), styles[i % 3]))
                .collect::<Vec<_>>(),
        )
        .style(Style::new().bg(Color::Blue));
        let area = Rect::new(0, 0, 24, 1);
        let mut by_ratatui = Buffer::empty(area);
        by_ratatui.set_line(x, 0, &line, width);
        let mut by_us = Buffer::empty(area);
        draw_line(&mut by_us, x, 0, &line, width);
        proptest::prop_assert_eq!(by_us, by_ratatui);
    }
}

#[test]
fn the_shortcut_chars_are_one_column_graphemes() {
    use unicode_segmentation::UnicodeSegmentation;
    for c in (0..=0x3000u32)
        .filter_map(char::from_u32)
        .filter(|&c| one_cell(c))
    {
        for s in [format!("{c}{c}"), format!("a{c}"), format!("{c}a")] {
            assert_eq!(s.graphemes(true).count(), 2, "{c:?} joins in {s:?}");
        }
        assert_eq!(c.width(), Some(1), "{c:?}");
        assert!(!c.is_control(), "{c:?}");
    }
}

/// What [`truncate`] was, by graphemes: the reference it must agree with.
fn truncate_by_graphemes(s: &str, width: usize) -> String {
    use unicode_truncate::UnicodeTruncateStr;
    if s.width() <= width {
        return s.to_string();
    }
    if width == 0 {
        return String::new();
    }
    let (kept, _) = s.unicode_truncate(width - 1);
    format!("{kept}…")
}

proptest::proptest! {
    #[test]
    fn truncates_as_by_graphemes(
        s in "[a-zé日本語\u{301}\u{308} «»—’]{0,40}",
        width in 0usize..30,
    ) {
        proptest::prop_assert_eq!(truncate(&s, width), truncate_by_graphemes(&s, width));
    }
}

#[test]
fn truncates_by_columns() {
    assert_eq!(truncate("Sécurité", 8), "Sécurité");
    assert_eq!(truncate("Sécurité", 5), "Sécu…");
    assert_eq!(truncate("日本語", 4), "日…");
    assert_eq!(truncate("abc", 0), "");
    // A combining accent stays on its letter, which is kept or cut whole.
    assert_eq!(truncate("cafe\u{301}st", 5), "cafe\u{301}…");
    assert_eq!(truncate("ab日本", 4), "ab…");
}

#[test]
fn fit_keeps_styles_and_width() {
    let spans = vec![
        Span::raw("hello "),
        Span::styled("world", Style::new().bold()),
    ];
    let out = fit(spans, 9);
    assert_eq!(text(&out), "hello wo…");
    assert!(out.iter().map(|s| s.content.width()).sum::<usize>() <= 9);
}

#[test]
fn a_name_is_cut_at_its_end_and_a_text_that_fits_is_shown_whole() {
    let bold = Style::new().bold();
    // "masala" matched: the name fits exactly, so nothing moves.
    let marks: Vec<usize> = (6..12).collect();
    let out = marked("Carlo Masala", &marks, 12, Style::new(), bold);
    assert_eq!(text(&out), "Carlo Masala");
    // Too narrow: a name keeps its start, with the match highlighted
    // where it still shows.
    let out = marked_head("Carlo Masala", &marks, 10, Style::new(), bold);
    assert_eq!(text(&out), "Carlo Mas…");
    assert!(out.iter().any(|s| s.content == "Mas" && s.style == bold));
}

#[test]
fn marked_text_shows_the_first_match() {
    let t = "a very long sentence before the word sécurité appears";
    let marks: Vec<usize> = (37..45).collect();
    let out = marked(t, &marks, 20, Style::new(), Style::new().bold());
    let shown = text(&out);
    assert!(shown.starts_with('…'), "{shown}");
    assert!(shown.contains("sécurité"), "{shown}");
}
