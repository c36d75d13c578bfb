//! A Markdown chronology: months as headings, events with their dates at the
//! precision known, quotes as block quotes, sources as numbered citations.

use super::{View, web_url};
use crate::data::{SourceIx, date::month_name};
use crate::text::{clean, marks};
use std::collections::BTreeMap;

/// A field as CommonMark text that shows as written wherever it is put: on a
/// line of its own, in a heading, in a block quote or in emphasis.
///
/// - controls go, and newlines become spaces ([`clean`]), so a field cannot
///   start a block of its own;
/// - every ASCII punctuation char that can open or close markup is
///   backslashed: emphasis, code, links and images (`[`, `]`, `!`), raw HTML
///   and autolinks (`<`, `>`), entities (`&`), headings, tables and GitHub's
///   strikethrough;
/// - a field's start is made safe as a line's start: spaces trimmed (four make
///   code), and a leading `-`, `+`, `=` or the `.`/`)` after leading digits
///   backslashed (lists, thematic breaks, setext underlines);
/// - spaces at the end are trimmed (two make a line break).
///
/// Hand-written: pulldown-cmark's escaping is for the HTML it writes, not for
/// CommonMark source, and the rules here are few and tested.
fn escape(s: &str) -> String {
    let s = clean(s, false);
    let s = s.trim();
    let mut out = String::with_capacity(s.len() + 8);
    let digits = s.chars().take_while(char::is_ascii_digit).count();
    for (i, c) in s.chars().enumerate() {
        let markup = matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '!' | '&' | '~'
        );
        let line_start = (i == 0 && matches!(c, '-' | '+' | '='))
            || (i == digits && digits > 0 && matches!(c, '.' | ')'));
        if markup || line_start {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// A source's address: a link if it is a web one, else plain escaped text, so
/// that `javascript:` or `data:` never becomes something to click.
fn address(url: &str) -> String {
    let Some(url) = web_url(url) else {
        return escape(url);
    };
    let url = clean(url, false);
    // In `<…>` a destination may hold anything but `<`, `>` and line ends;
    // spaces and backslashes are percent-encoded too, so that no renderer
    // reads them as the end of the link or as escapes.
    let mut dest = String::with_capacity(url.len());
    for c in url.trim().chars() {
        match c {
            '<' => dest.push_str("%3C"),
            '>' => dest.push_str("%3E"),
            ' ' => dest.push_str("%20"),
            '\\' => dest.push_str("%5C"),
            c => dest.push(c),
        }
    }
    format!("[{}](<{dest}>)", escape(&url))
}

fn cite(numbers: &mut BTreeMap<SourceIx, usize>, s: SourceIx) -> String {
    let next = numbers.len() + 1;
    format!("[^{}]", *numbers.entry(s).or_insert(next))
}

pub fn render(view: &View) -> String {
    let ds = view.ds;
    let mut out = format!("# {}\n\n", escape(&ds.title));
    out += &format!(
        "_{} events, {} quotes · {} · exported from newsline_\n",
        view.timeline.len(),
        view.quote_count(),
        escape(&view.described)
    );
    let mut numbers: BTreeMap<SourceIx, usize> = BTreeMap::new();
    let mut month = None;
    for t in view.timeline {
        let e = &ds.events[t.event];
        let ym = e.date.year_month();
        let heading = match e.date.precision() {
            crate::data::Precision::Year => format!("{}", ym.0),
            _ => format!("{} {}", month_name(ym.1), ym.0),
        };
        if month.as_ref() != Some(&heading) {
            out += &format!("\n## {heading}\n");
            month = Some(heading);
        }
        let mut cites: Vec<String> = e
            .sources
            .iter()
            .map(|s| cite(&mut numbers, s.source))
            .collect();
        cites.dedup();
        out += &format!(
            "\n### {} — {} {}\n\n",
            e.date,
            escape(&e.title),
            cites.join("")
        );
        if !e.summary.is_empty() {
            out += &format!("{}\n", escape(&e.summary));
        }
        for &q in &t.quotes {
            let quote = &ds.quotes[q];
            let c = cite(&mut numbers, quote.source.source);
            let marked = marks::quote(&quote.text, &ds.sources[quote.source.source].language);
            out += &format!(
                "\n> {}{}{}\n>\n> — {}, {} {c}\n",
                marked.open,
                escape(marked.text),
                marked.close,
                escape(&ds.actors[quote.speaker].name),
                quote.date
            );
        }
    }
    if !numbers.is_empty() {
        out += "\n## Sources\n\n";
        let mut by_number: Vec<(usize, SourceIx)> = numbers.iter().map(|(&s, &n)| (n, s)).collect();
        by_number.sort_unstable();
        for (n, s) in by_number {
            let src = &ds.sources[s];
            out += &format!(
                "[^{n}]: {}, « {} », {}{}.\n",
                escape(&src.outlet),
                escape(&src.title),
                src.published,
                src.url
                    .as_deref()
                    .map(|u| format!(", {}", address(u)))
                    .unwrap_or_default()
            );
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{address, escape};

    #[test]
    fn markup_is_backslashed_and_a_line_start_is_made_safe() {
        assert_eq!(escape("![x](http://e/)"), "\\!\\[x\\](http://e/)");
        assert_eq!(escape("<img src=x>"), "\\<img src=x\\>");
        assert_eq!(escape("&lt;"), "\\&lt;");
        assert_eq!(escape("  - item"), "\\- item");
        assert_eq!(escape("2024. A year"), "2024\\. A year");
        assert_eq!(escape("1) one"), "1\\) one");
        assert_eq!(escape("a\nb\r\n# c"), "a b  \\# c");
        assert_eq!(escape("Europe's hour: 3.5"), "Europe's hour: 3.5");
    }

    #[test]
    fn only_a_web_address_becomes_a_link() {
        assert_eq!(
            address("https://x/a_b c<d>"),
            "[https://x/a\\_b c\\<d\\>](<https://x/a_b%20c%3Cd%3E>)"
        );
        assert_eq!(address("javascript:alert(1)"), "javascript:alert(1)");
        assert_eq!(address("<script>"), "\\<script\\>");
    }
}
