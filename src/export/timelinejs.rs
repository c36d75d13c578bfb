//! TimelineJS (Knight Lab) JSON: one slide per event, at the precision its
//! date is known to, its quotes as block quotes, its lane the country it
//! concerns. <https://timeline.knightlab.com/docs/json-format.html>

use super::View;
use crate::data::{ActorKind, Dataset, EventIx, Precision};
use chrono::Datelike;
use serde::Serialize;

#[derive(Serialize)]
struct Timeline {
    title: Slide,
    events: Vec<Slide>,
}

#[derive(Serialize)]
struct Slide {
    #[serde(skip_serializing_if = "Option::is_none")]
    start_date: Option<Date>,
    text: Text,
    #[serde(skip_serializing_if = "Option::is_none")]
    group: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    unique_id: Option<String>,
}

/// Only the parts the source supports: a month-precise event has no day.
#[derive(Serialize)]
struct Date {
    year: i32,
    #[serde(skip_serializing_if = "Option::is_none")]
    month: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    day: Option<u32>,
}

#[derive(Serialize)]
struct Text {
    headline: String,
    text: String,
}

/// TimelineJS shows `text` as HTML: the data's own text must not become markup.
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The lane: the first country the event involves, directly or through its
/// actors; else its first actor.
fn group(ds: &Dataset, e: EventIx) -> Option<String> {
    let event = &ds.events[e];
    event
        .actors
        .iter()
        .find_map(|&a| match ds.actors[a].kind {
            ActorKind::Country => Some(a),
            _ => ds.actors[a].country,
        })
        .or(event.actors.first().copied())
        .map(|a| ds.actors[a].name.clone())
}

/// An id TimelineJS can use in a URL fragment: letters, digits, `-` and `_`.
fn html_id(id: &str) -> String {
    id.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '-'
            }
        })
        .collect()
}

pub fn render(view: &View) -> String {
    let ds = view.ds;
    let events = view
        .timeline
        .iter()
        .map(|t| {
            let e = &ds.events[t.event];
            let first = e.date.first_day();
            let precision = e.date.precision();
            let mut html = format!("<p>{}</p>", escape(&e.summary));
            for &q in &t.quotes {
                let quote = &ds.quotes[q];
                let source = &ds.sources[quote.source.source];
                html += &format!(
                    "<blockquote>« {} »<br>— {}, <cite>{}</cite>, {}</blockquote>",
                    escape(&quote.text),
                    escape(&ds.actors[quote.speaker].name),
                    escape(&source.outlet),
                    escape(&quote.date.to_string())
                );
            }
            let mut sources: Vec<String> = e
                .sources
                .iter()
                .map(|s| escape(&ds.sources[s.source].outlet))
                .collect();
            sources.dedup();
            if !sources.is_empty() {
                html += &format!("<p><small>Source: {}</small></p>", sources.join("; "));
            }
            Slide {
                start_date: Some(Date {
                    year: first.year(),
                    month: (precision >= Precision::Month).then_some(first.month()),
                    day: (precision == Precision::Day).then_some(first.day()),
                }),
                text: Text {
                    headline: escape(&e.title),
                    text: html,
                },
                group: group(ds, t.event),
                unique_id: Some(html_id(&e.id)),
            }
        })
        .collect();
    let title = Slide {
        start_date: None,
        text: Text {
            headline: escape(&ds.title),
            text: format!(
                "<p>{}</p><p><small>{} · exported from newsline</small></p>",
                escape(ds.description.as_deref().unwrap_or("")),
                escape(&view.described)
            ),
        },
        group: None,
        unique_id: None,
    };
    serde_json::to_string_pretty(&Timeline { title, events }).unwrap_or_default() + "\n"
}

#[cfg(test)]
mod tests {
    use super::escape;

    #[test]
    fn markup_in_the_data_is_escaped() {
        assert_eq!(
            escape("<script>a&b</script>"),
            "&lt;script&gt;a&amp;b&lt;/script&gt;"
        );
    }
}
