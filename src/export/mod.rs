//! Exports of the filtered timeline, for where readers are: TimelineJS (a web
//! timeline), Markdown (a chronology with citations), CSV (a spreadsheet, one
//! row per event and per quote) and newsline's own JSON (a dataset). Pure: each returns the
//! bytes; the caller writes them.
//!
//! A dataset may come from someone else, so every field is escaped for the
//! format it lands in: HTML for TimelineJS, CommonMark for Markdown, the
//! spreadsheet formula guard for CSV. Only `http`/`https` URLs become links.

pub mod csv;
pub mod dataset;
pub mod json;
pub mod markdown;
pub mod timelinejs;

use crate::data::{Dataset, QuoteIx};
use crate::query::TimelineEvent;
use std::path::Path;

/// The formats newsline writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    TimelineJs,
    Markdown,
    Csv,
    Json,
}

impl Format {
    /// The format a file name asks for: `.md`, `.csv`, or `.json` (TimelineJS,
    /// the format meant for publishing; `newsline export --format json` gives
    /// newsline's own).
    pub fn from_path(path: &Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "md" | "markdown" => Some(Format::Markdown),
            "csv" => Some(Format::Csv),
            "json" => Some(Format::TimelineJs),
            _ => None,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Format::TimelineJs => "TimelineJS",
            Format::Markdown => "Markdown",
            Format::Csv => "CSV",
            Format::Json => "JSON",
        }
    }
}

/// What is exported: the events of the filtered timeline and the quotes shown
/// beneath them, with a line saying which filter made it.
pub struct View<'a> {
    pub ds: &'a Dataset,
    pub timeline: &'a [TimelineEvent],
    /// "all events", "filter: France · from 2025-01", ...
    pub described: String,
}

impl View<'_> {
    pub fn quote_count(&self) -> usize {
        self.timeline.iter().map(|t| t.quotes.len()).sum()
    }
}

/// Writes `view` in `format`.
pub fn render(view: &View, format: Format) -> Vec<u8> {
    match format {
        Format::TimelineJs => scrubbed(timelinejs::render(view).into_bytes()),
        Format::Markdown => scrubbed(markdown::render(view).into_bytes()),
        Format::Csv => scrubbed(csv::render(view)),
        // A dataset that `--data` opens; escapes what the others drop (see
        // `json::to_writer_pretty`).
        Format::Json => dataset::render(view).into_bytes(),
    }
}

/// `url` if it is a web address (`http://` or `https://`, in any case), the
/// only kind an export turns into a link: `javascript:`, `data:`, `file:` and
/// the rest stay text. Checked on the string as given, before any trimming, so
/// that leading spaces or controls cannot hide another scheme from this check
/// while a browser strips them and runs it.
pub fn web_url(url: &str) -> Option<&str> {
    let scheme_end = url.find("://")?;
    let scheme = &url[..scheme_end];
    (scheme.eq_ignore_ascii_case("http") || scheme.eq_ignore_ascii_case("https")).then_some(url)
}

/// What is published holds nothing a terminal would act on, whatever its
/// fields hold (ids are kept as they are on load): the last pass of the one
/// sanitiser, [`crate::text::scrubbed`].
fn scrubbed(bytes: Vec<u8>) -> Vec<u8> {
    match String::from_utf8(bytes) {
        Ok(text) => match crate::text::scrubbed(&text) {
            std::borrow::Cow::Borrowed(_) => text.into_bytes(),
            std::borrow::Cow::Owned(clean) => clean.into_bytes(),
        },
        Err(e) => e.into_bytes(),
    }
}

/// A quote as one cites it: « … » (in its language's marks) — speaker, outlet, date.
pub fn citation(ds: &Dataset, q: QuoteIx) -> String {
    let quote = &ds.quotes[q];
    let source = &ds.sources[quote.source.source];
    format!(
        "{} — {}, {}, {}",
        crate::text::marks::quote(&quote.text, &source.language),
        ds.actors[quote.speaker].name,
        source.outlet,
        quote.date
    )
}

#[cfg(test)]
mod tests {
    use super::web_url;

    #[test]
    fn only_http_and_https_are_web_urls() {
        assert!(web_url("https://example.org/a?b=c").is_some());
        assert!(web_url("HTTP://example.org").is_some());
        for other in [
            "javascript:alert(1)",
            "JavaScript://%0aalert(1)",
            " https://x",
            "\u{1}https://x",
            "data:text/html,<script>",
            "file:///etc/passwd",
            "//evil.example/x",
            "ftp://x",
            "",
        ] {
            assert_eq!(web_url(other), None, "{other:?}");
        }
    }
}
