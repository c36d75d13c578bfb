//! A Markdown chronology: months as headings, events with their dates at the
//! precision known, quotes as block quotes, sources as numbered citations.

use super::View;
use crate::data::{SourceIx, date::month_name};
use std::collections::BTreeMap;

/// Backslashes the characters Markdown would read as markup, so a quote shows
/// as written.
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '!'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
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
            out += &format!(
                "\n> « {} »\n>\n> — {}, {} {c}\n",
                escape(&quote.text),
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
                    .map(|u| format!(", <{u}>"))
                    .unwrap_or_default()
            );
        }
    }
    out
}
