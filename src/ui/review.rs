//! The review screen: each proposal with its decision, confidence and kind on
//! the left, and on the right the selected one's rule, what it says, and the
//! article's paragraph with its words highlighted.

use super::Theme;
use super::text::{fit, list_line, marker};
use crate::app::App;
use crate::app::review::{ReviewAreas, ReviewScreen, kind_of};
use crate::import::review::{Decision, Item, Target};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Wrap};

/// How much of a long paragraph is shown before the highlighted words.
const BEFORE: usize = 300;

pub fn draw(frame: &mut Frame, body: Rect, app: &App, theme: &Theme) {
    let Some(r) = app.review() else {
        return;
    };
    let areas = ReviewAreas::new(body);
    title(frame, areas.title, r, theme);
    list(frame, areas.list, r, theme);
    selected(frame, areas.text, r, theme);
}

fn title(frame: &mut Frame, area: Rect, r: &ReviewScreen, theme: &Theme) {
    let (pending, kept, rejected) = r.review.counts();
    let name = r.article.file_name().map_or_else(
        || r.article.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    let spans = vec![
        Span::styled(format!(" Review {name} "), theme.title),
        Span::styled(
            format!("· {pending} pending · {kept} kept · {rejected} rejected"),
            theme.dim,
        ),
    ];
    frame.render_widget(Line::from(fit(spans, usize::from(area.width))), area);
}

/// The mark before an item: what was decided, readable without colour.
fn mark(d: Decision, theme: &Theme) -> Span<'static> {
    match d {
        Decision::Pending => Span::styled("· ", theme.dim),
        Decision::Accepted => Span::styled("✓ ", theme.filter),
        Decision::Rejected => Span::styled("✗ ", theme.error),
        Decision::Edited => Span::styled("✎ ", theme.key),
    }
}

/// One line's words for `item`.
fn summary(r: &ReviewScreen, item: &Item, theme: &Theme) -> Vec<Span<'static>> {
    let p = &r.review.proposal;
    let quiet = item.decision == Decision::Rejected;
    let style = |s: Style| if quiet { theme.dim } else { s };
    match item.target {
        Target::Quote(q) => {
            let speaker = r.review.speaker_name(item).unwrap_or_else(|| "?".into());
            let date = r.review.date_text(item).unwrap_or_default();
            vec![
                Span::styled(format!("{date:<10} "), style(theme.date)),
                Span::styled(format!("{speaker}: "), style(theme.speaker)),
                Span::styled(
                    crate::text::marks::quoted(&p.quotes[q].text, p.source.language),
                    style(theme.quote),
                ),
            ]
        }
        Target::Actor(a) => vec![
            Span::styled(p.actors[a].name.clone(), style(theme.speaker)),
            Span::styled(format!(" ({})", p.actors[a].kind), theme.dim),
        ],
        Target::Event(e) => vec![
            Span::styled(format!("{:<10} ", p.events[e].date), style(theme.date)),
            Span::styled(p.events[e].title.clone(), style(theme.event)),
        ],
    }
}

fn list(frame: &mut Frame, area: Rect, r: &ReviewScreen, theme: &Theme) {
    let width = usize::from(area.width);
    let height = usize::from(area.height);
    let n = r.review.items.len();
    let lines: Vec<Line> = (0..r.lines())
        .skip(r.list.offset)
        .take(height)
        .map(|i| {
            let selected = i == r.list.selected;
            let Some(item) = r.review.items.get(i) else {
                let kept = r.review.counts().1;
                let text = format!("── commit: write {kept} kept of {n} (c, or Enter here) ");
                let spans = vec![
                    Span::styled(marker(selected, false), theme.key),
                    Span::styled(text, theme.key),
                ];
                return list_line(spans, width, selected, theme);
            };
            let mut spans = vec![
                Span::styled(marker(selected, false), theme.key),
                mark(item.decision, theme),
                Span::styled(format!("{:>3.0}% ", item.confidence * 100.0), theme.dim),
                Span::styled(format!("{:<6}", kind_of(item.target)), theme.badge),
            ];
            spans.extend(summary(r, item, theme));
            list_line(spans, width, selected, theme)
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), area);
}

/// The `[start, end)` chars of the paragraph around `span`, at most
/// [`BEFORE`] chars before it.
fn paragraph(chars: &[char], span: [usize; 2]) -> (usize, usize) {
    let [s, e] = [span[0].min(chars.len()), span[1].min(chars.len())];
    let blank = |i: usize| chars[i] == '\n' && chars.get(i + 1) == Some(&'\n');
    let mut start = s;
    while start > 0 && !(start >= 2 && blank(start - 2)) && s - start < BEFORE {
        start -= 1;
    }
    let mut end = e;
    while end < chars.len() && !blank(end) {
        end += 1;
    }
    (start, end)
}

fn selected(frame: &mut Frame, area: Rect, r: &ReviewScreen, theme: &Theme) {
    let block = Block::bordered()
        .border_style(theme.border)
        .title(Span::styled(" In the article ", theme.title));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let Some(i) = r.selected() else {
        let (pending, kept, rejected) = r.review.counts();
        let labels = r.review.proposal.labels.len();
        let text = format!(
            "Commit writes the {kept} kept proposals into the dataset, with the speakers and events they need, \
             and the article's {labels} label(s) (words in quotation marks that name something) as terms. \
             {pending} pending are left out, {rejected} rejected. Nothing is written before."
        );
        frame.render_widget(Paragraph::new(text).wrap(Wrap { trim: true }), inner);
        return;
    };
    let item = &r.review.items[i];
    let p = &r.review.proposal;
    let label = |l: &str| Span::styled(format!("{l}: "), theme.label);
    let mut lines = vec![
        Line::from(vec![
            Span::styled(kind_of(item.target), theme.badge),
            Span::styled(
                format!(
                    " · {:.0}% sure · {}",
                    item.confidence * 100.0,
                    item.decision.as_str()
                ),
                theme.dim,
            ),
        ]),
        Line::from(vec![label("rule"), Span::raw(item.rule.clone())]),
    ];
    let span = match item.target {
        Target::Quote(q) => {
            let quote = &p.quotes[q];
            let speaker = r
                .review
                .speaker_name(item)
                .unwrap_or_else(|| "none found (s chooses one)".into());
            let known = match (&item.speaker, &quote.speaker) {
                (Some(_), _) => " (your choice)".to_string(),
                (None, Some(s)) => s
                    .existing
                    .as_ref()
                    .map_or(" (new)".into(), |id| format!(" (= {id})")),
                (None, None) => String::new(),
            };
            let date = r.review.date_text(item).unwrap_or_default();
            lines.push(Line::from(vec![
                label("speaker"),
                Span::styled(speaker + &known, theme.speaker),
            ]));
            lines.push(Line::from(vec![
                label("date"),
                Span::styled(date, theme.date),
            ]));
            lines.push(Line::from(vec![
                label("event"),
                Span::styled(p.events[quote.event].title.clone(), theme.event),
            ]));
            Some(quote.span)
        }
        Target::Actor(a) => {
            let actor = &p.actors[a];
            lines.push(Line::from(vec![label("kind"), Span::raw(actor.kind)]));
            lines.push(Line::from(vec![
                label("named"),
                Span::raw(format!("{} time(s)", actor.mentions.len())),
            ]));
            actor.mentions.first().copied()
        }
        Target::Event(e) => {
            let ev = &p.events[e];
            lines.push(Line::from(vec![
                label("date"),
                Span::styled(ev.date.clone(), theme.date),
            ]));
            Some(ev.span)
        }
    };
    lines.push(Line::from(""));
    if let Some(span) = span {
        let (start, end) = paragraph(&r.chars, span);
        let text = |a: usize, b: usize| -> String {
            r.chars[a.min(b)..b]
                .iter()
                .map(|&c| if c == '\n' { ' ' } else { c })
                .collect()
        };
        let (s, e) = (span[0].min(end), span[1].min(end));
        let mut words = Vec::new();
        if start > 0 && !(start >= 2 && r.chars[start - 1] == '\n') {
            words.push(Span::raw("…"));
        }
        words.push(Span::raw(text(start, s)));
        words.push(Span::styled(text(s, e), theme.matched));
        words.push(Span::raw(text(e, end)));
        lines.push(Line::from(words));
    }
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), inner);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_paragraph_around_a_span_stops_at_blank_lines_and_is_cut_before_it() {
        let chars: Vec<char> = "One.\n\nTwo \"said\" here.\nStill two.\n\nThree."
            .chars()
            .collect();
        let (s, e) = paragraph(&chars, [11, 15]);
        let got: String = chars[s..e].iter().collect();
        assert_eq!(got, "Two \"said\" here.\nStill two.");
        let long: Vec<char> = "x".repeat(1000).chars().collect();
        let (s, e) = paragraph(&long, [900, 910]);
        assert_eq!((s, e), (900 - BEFORE, 1000));
    }
}
