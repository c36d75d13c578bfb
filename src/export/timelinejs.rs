//! TimelineJS (Knight Lab) JSON: one slide per event, at the precision its
//! date is known to, its quotes as block quotes, its lane the country it
//! concerns. <https://timeline.knightlab.com/docs/json-format.html>
//!
//! How TimelineJS 3 shows each field (its sanitiser and `stripMarkup` since
//! 3.7; read in 3.9), and so how it is written here:
//!
//! | field | what TimelineJS does | written as |
//! | --- | --- | --- |
//! | `text.headline`, `text.text` (title slide and events) | DOMPurify, then `innerHTML` (slide, marker, nav) | the data HTML-escaped once, inside the exporter's own tags |
//! | `text.text`, `media.caption`, `media.credit` | also "autolinked" unless the slide says `autolink: false`: a `www.` run up to the next space is copied into `href='…'`, quotes included, and DOMPurify has already turned `&#39;` back into `'` | `autolink: false` on every slide; links are the exporter's own `<a>` |
//! | `group` | `stripMarkup` (a DOMParser's `textContent`, which decodes one level of entities), then `innerHTML` with no sanitiser (the lane label) | the data HTML-escaped twice, so after the decode it is still escaped text |
//! | `unique_id` | a URL fragment and an element id | letters, digits, `-` and `_` only |
//! | `media`, `background`, `eras` (URLs loaded as images or frames), `display_date` (treated as `group`) | | not written |
//!
//! Before 3.7 every field went to `innerHTML` as it was: escaped text is
//! still text there, and a lane label shows its second escape (`&amp;`)
//! rather than run.
//!
//! A source's address becomes a link only if it is `http(s)`, with the
//! attribute escaped; any other address is left out.
//! Every string also goes through [`crate::text::clean`] first, so no control
//! or bidi character reaches the page.

use super::{View, web_url};
use crate::data::{ActorKind, Dataset, EventIx, Precision};
use crate::text::clean;
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
    /// Always false: TimelineJS's autolinking can turn escaped text back into
    /// an attribute (see the module's table).
    autolink: bool,
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

/// TimelineJS shows `text` as HTML: the data's own text must not become
/// markup, in an element or in a quoted attribute.
fn escape(s: &str) -> String {
    let s = clean(s, false);
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

/// A lane label: TimelineJS decodes it once as HTML (`stripMarkup`) and then
/// sets it as HTML, so it is escaped twice to stay text.
fn label(s: &str) -> String {
    escape(&escape(s))
}

/// The outlet's name, linked to the source if its address is a web one.
fn source_html(outlet: &str, url: Option<&str>) -> String {
    match url.and_then(web_url) {
        Some(url) => format!("<a href=\"{}\">{}</a>", escape(url), escape(outlet)),
        None => escape(outlet),
    }
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
        .map(|a| label(&ds.actors[a].name))
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
                let marked = crate::text::marks::quote(&quote.text, &source.language);
                html += &format!(
                    "<blockquote>{}{}{}<br>— {}, <cite>{}</cite>, {}</blockquote>",
                    marked.open,
                    escape(marked.text),
                    marked.close,
                    escape(&ds.actors[quote.speaker].name),
                    escape(&source.outlet),
                    escape(&quote.date.to_string())
                );
            }
            let mut sources: Vec<String> = e
                .sources
                .iter()
                .map(|s| {
                    let source = &ds.sources[s.source];
                    source_html(&source.outlet, source.url.as_deref())
                })
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
                autolink: false,
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
        autolink: false,
    };
    serde_json::to_string_pretty(&Timeline { title, events }).unwrap_or_default() + "\n"
}

#[cfg(test)]
mod tests {
    use super::{escape, label, source_html};

    #[test]
    fn markup_in_the_data_is_escaped() {
        assert_eq!(
            escape("<script>a&b</script>"),
            "&lt;script&gt;a&amp;b&lt;/script&gt;"
        );
        assert_eq!(escape("a\u{1b}]0;x\u{7}'\""), "a]0;x&#39;&quot;");
    }

    #[test]
    fn a_lane_label_survives_one_decode_as_text() {
        assert_eq!(
            label("&lt;img onerror=x&gt; & <b>"),
            "&amp;amp;lt;img onerror=x&amp;amp;gt; &amp;amp; &amp;lt;b&amp;gt;"
        );
    }

    #[test]
    fn only_a_web_address_becomes_a_link() {
        assert_eq!(
            source_html("Le <Monde>", Some("https://x/?a=1&b=\"2\"")),
            "<a href=\"https://x/?a=1&amp;b=&quot;2&quot;\">Le &lt;Monde&gt;</a>"
        );
        assert_eq!(source_html("O", Some("javascript:alert(1)")), "O");
        assert_eq!(source_html("O", None), "O");
    }
}
