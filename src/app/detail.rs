//! The detail views as documents: a quote with its speaker, date, source and the
//! paragraph it came from; an event with its summary, participants, sources and
//! quotes. Pure: built from the dataset for a width.

use super::document::{Line, Role, Segment, seg, wrap};
use crate::data::{ActorIx, ActorKind, Dataset, EventIx, QuoteIx, Span};
use crate::text::marks::quoted;

/// What the detail view shows, and what can be bookmarked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Item {
    Event(EventIx),
    Quote(QuoteIx),
}

struct Doc {
    lines: Vec<Line>,
    width: usize,
}

impl Doc {
    fn para(&mut self, segments: &[Segment], indent: usize) {
        self.lines.extend(wrap(segments, self.width, indent));
    }

    fn field(&mut self, label: &str, value: &str) {
        if value.is_empty() {
            return;
        }
        let label = format!("{label:<11}");
        let indent = label.chars().count();
        self.para(&[seg(label, Role::Label), seg(value, Role::Plain)], indent);
    }

    fn heading(&mut self, text: &str) {
        self.blank();
        self.para(&[seg(text, Role::Heading)], 0);
    }

    fn blank(&mut self) {
        if self.lines.last().is_some_and(|l| !l.is_empty()) {
            self.lines.push(Vec::new());
        }
    }
}

/// "Boris Pistorius (German Federal Minister of Defence (SPD), Germany)".
pub fn describe_actor(ds: &Dataset, a: ActorIx) -> String {
    let actor = &ds.actors[a];
    let mut parts: Vec<&str> = Vec::new();
    if let Some(role) = &actor.role {
        parts.push(role);
    }
    if actor.kind != ActorKind::Country
        && let Some(c) = actor.country
    {
        parts.push(&ds.actors[c].name);
    }
    if parts.is_empty() {
        actor.name.clone()
    } else {
        format!("{} ({})", actor.name, parts.join(", "))
    }
}

fn names(ds: &Dataset, actors: impl Iterator<Item = ActorIx>) -> String {
    actors
        .map(|a| ds.actors[a].name.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

/// The source's description: outlet, title, date, language.
fn source_fields(doc: &mut Doc, ds: &Dataset, span: &Span) {
    let s = &ds.sources[span.source];
    doc.field("Outlet", &s.outlet);
    doc.field("Article", &s.title);
    let published = match &s.published_derivation {
        Some(how) => format!("{} — {how}", s.published),
        None => s.published.to_string(),
    };
    doc.field("Published", &published);
    doc.field("Language", &s.language);
    if !s.relays.is_empty() {
        doc.field("Relays", &names(ds, s.relays.iter().copied()));
    }
    let file = match (&s.file, &s.original_name) {
        (Some(f), Some(o)) => format!("{f} (collected as {o})"),
        (Some(f), None) => f.clone(),
        _ => String::new(),
    };
    doc.field("File", &file);
    if let Some(url) = &s.url {
        doc.field("URL", url);
    }
    doc.field("Span", &format!("chars {}–{}", span.start, span.end));
}

/// The paragraph of the source around `span`, with the span highlighted.
fn context(doc: &mut Doc, ds: &Dataset, span: &Span) {
    match ds.paragraph_around(span) {
        Some((paragraph, start, end)) => {
            let chars: Vec<char> = paragraph.chars().collect();
            let part = |a: usize, b: usize| chars[a..b].iter().collect::<String>();
            doc.para(
                &[
                    seg(part(0, start), Role::Dim),
                    seg(part(start, end), Role::Highlight),
                    seg(part(end, chars.len()), Role::Dim),
                ],
                0,
            );
        }
        None => {
            let missing = ds.sources.get(span.source).and_then(|s| s.missing.as_ref());
            let why = missing.map_or("(the source text is not in the dataset)".into(), |p| {
                format!("article file not found: {p}")
            });
            doc.para(&[seg(why, Role::Dim)], 0);
        }
    }
}

fn quote_doc(doc: &mut Doc, ds: &Dataset, qi: QuoteIx) {
    let q = &ds.quotes[qi];
    doc.para(
        &[seg(
            quoted(&q.text, &ds.sources[q.source.source].language),
            Role::Quote,
        )],
        2,
    );
    doc.blank();
    doc.field("Speaker", &describe_actor(ds, q.speaker));
    if !q.co_speakers.is_empty() {
        doc.field("With", &names(ds, q.co_speakers.iter().copied()));
    }
    if let Some(d) = &ds.actors[q.speaker].description {
        doc.field("", d);
    }
    let precision = q.date.precision().as_str();
    doc.field("Date", &format!("{} ({precision} precision)", q.date));
    if let Some(how) = &q.date_derivation {
        doc.field("", how);
    }
    let e = &ds.events[q.event];
    doc.field("Event", &format!("{} — {}", e.date, e.title));
    if !q.mentions.is_empty() {
        doc.field("Mentions", &names(ds, q.mentions.iter().copied()));
    }
    if let Some(note) = &q.note {
        doc.field("Note", note);
    }
    doc.heading("Source");
    source_fields(doc, ds, &q.source);
    doc.heading("In context");
    context(doc, ds, &q.source);
}

fn event_doc(doc: &mut Doc, ds: &Dataset, ei: EventIx) {
    let e = &ds.events[ei];
    doc.para(&[seg(e.title.as_str(), Role::Heading)], 0);
    doc.blank();
    let precision = e.date.precision().as_str();
    doc.field("Date", &format!("{} ({precision} precision)", e.date));
    if let Some(how) = &e.date_derivation {
        doc.field("", how);
    }
    if let Some(place) = &e.location {
        doc.field("Place", place);
    }
    doc.blank();
    doc.para(&[seg(e.summary.as_str(), Role::Plain)], 0);
    for (kind, label) in [
        (ActorKind::Person, "People"),
        (ActorKind::Country, "Countries"),
        (ActorKind::Organization, "Groups"),
    ] {
        let of_kind: Vec<String> = e
            .actors
            .iter()
            .filter(|&&a| ds.actors[a].kind == kind)
            .map(|&a| match kind {
                ActorKind::Person => describe_actor(ds, a),
                _ => ds.actors[a].name.clone(),
            })
            .collect();
        if !of_kind.is_empty() {
            doc.blank();
            doc.field(label, &of_kind.join("; "));
        }
    }
    if !e.quotes.is_empty() {
        doc.heading(&format!("Quotes ({})", e.quotes.len()));
        for &qi in &e.quotes {
            let q = &ds.quotes[qi];
            doc.para(
                &[
                    seg(
                        quoted(&q.text, &ds.sources[q.source.source].language),
                        Role::Quote,
                    ),
                    seg(format!(" — {}", ds.actors[q.speaker].name), Role::Dim),
                ],
                2,
            );
        }
    }
    for (i, span) in e.sources.iter().enumerate() {
        doc.heading(&format!("Source {} of {}", i + 1, e.sources.len()));
        source_fields(doc, ds, span);
        doc.blank();
        context(doc, ds, span);
    }
}

/// The detail view of `item`, wrapped to `width` columns.
pub fn document(ds: &Dataset, item: Item, width: u16) -> Vec<Line> {
    let mut doc = Doc {
        lines: Vec::new(),
        width: usize::from(width.max(1)),
    };
    match item {
        Item::Quote(q) => quote_doc(&mut doc, ds, q),
        Item::Event(e) => event_doc(&mut doc, ds, e),
    }
    doc.lines
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::document::plain;
    use crate::data::load_builtin;

    fn text(lines: &[Line]) -> String {
        lines.iter().map(plain).collect::<Vec<_>>().join("\n")
    }

    #[test]
    fn a_quote_shows_speaker_date_source_and_context() {
        let ds = load_builtin().unwrap();
        let q = ds
            .quotes
            .iter()
            .position(|q| q.id == "heusgen-europes-hour")
            .unwrap();
        let doc = document(&ds, Item::Quote(q), 80);
        let t = text(&doc);
        assert!(t.contains("Christoph Heusgen (Chair of the Munich Security Conference, Germany)"));
        assert!(t.contains("26 Nov 2024 (day precision)"));
        assert!(t.contains("RedaktionsNetzwerk Deutschland"));
        // The context paragraph holds the quote, highlighted.
        let lit: String = doc
            .iter()
            .flatten()
            .filter(|s| s.role == Role::Highlight)
            .map(|s| s.text.as_str())
            .collect();
        assert_eq!(lit, ds.quotes[q].text);
        assert!(t.contains("Le président de la Conférence de Munich"));
    }

    #[test]
    fn every_item_fits_any_width() {
        let ds = load_builtin().unwrap();
        for width in [1u16, 20, 80] {
            for e in 0..ds.events.len() {
                for l in document(&ds, Item::Event(e), width) {
                    let w = unicode_width::UnicodeWidthStr::width(plain(&l).as_str());
                    assert!(w <= usize::from(width), "{width}: {l:?}");
                }
            }
        }
    }
}
