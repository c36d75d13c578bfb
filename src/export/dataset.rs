//! `export --format json`: the filtered view as a dataset of its own
//! (`newsline/1`), which `--data` opens. It holds the events of the view, the
//! quotes shown beneath them, the sources they cite with each article's text
//! inline (one file, which opens anywhere, with its spans checked), the actors
//! they name and those these belong to, and the labels found in those sources.
//! Pure: returns the text.

use super::View;
use crate::data::schema::*;
use crate::data::{Dataset, Span};

/// The view as dataset JSON, unsafe chars escaped as every JSON newsline
/// writes them (see [`super::json::to_writer_pretty`]).
pub fn render(view: &View) -> String {
    let file = records(view);
    let mut out = Vec::new();
    // Writing to memory fails only if serialising does, which records do not.
    let _ = super::json::to_writer_pretty(&mut out, &file);
    out.push(b'\n');
    String::from_utf8(out).unwrap_or_default()
}

/// The records of the view, each keeping its id.
fn records(view: &View) -> DatasetFile {
    let ds = view.ds;
    let events: Vec<usize> = view.timeline.iter().map(|t| t.event).collect();
    let quotes: Vec<usize> = view
        .timeline
        .iter()
        .flat_map(|t| t.quotes.iter().copied())
        .collect();
    // Which sources and actors are named by what is kept.
    let mut source_kept = vec![false; ds.sources.len()];
    let mut actor_kept = vec![false; ds.actors.len()];
    for &e in &events {
        let ev = &ds.events[e];
        ev.sources.iter().for_each(|s| source_kept[s.source] = true);
        ev.actors.iter().for_each(|&a| actor_kept[a] = true);
    }
    for &q in &quotes {
        let quote = &ds.quotes[q];
        source_kept[quote.source.source] = true;
        quote.actors().for_each(|a| actor_kept[a] = true);
    }
    let terms: Vec<usize> = (0..ds.terms.len())
        .filter(|&t| {
            let term = &ds.terms[t];
            !term.occurrences.is_empty() && term.occurrences.iter().all(|s| source_kept[s.source])
        })
        .collect();
    for (s, source) in ds.sources.iter().enumerate() {
        if source_kept[s] {
            source.relays.iter().for_each(|&a| actor_kept[a] = true);
        }
    }
    terms
        .iter()
        .filter_map(|&t| ds.terms[t].refers_to)
        .for_each(|a| actor_kept[a] = true);
    // And the actors those belong to, and theirs in turn.
    let mut todo: Vec<usize> = (0..ds.actors.len()).filter(|&a| actor_kept[a]).collect();
    while let Some(a) = todo.pop() {
        let actor = &ds.actors[a];
        for &b in actor.country.iter().chain(&actor.affiliations) {
            if !actor_kept[b] {
                actor_kept[b] = true;
                todo.push(b);
            }
        }
    }
    DatasetFile {
        schema: SCHEMA.to_string(),
        title: ds.title.clone(),
        description: Some(match &ds.description {
            Some(d) => format!("{d} (exported by newsline: {})", view.described),
            None => format!("Exported by newsline: {}", view.described),
        }),
        sources: (0..ds.sources.len())
            .filter(|&s| source_kept[s])
            .map(|s| source(ds, s))
            .collect(),
        actors: (0..ds.actors.len())
            .filter(|&a| actor_kept[a])
            .map(|a| actor(ds, a))
            .collect(),
        terms: terms.iter().map(|&t| term(ds, t)).collect(),
        events: events.iter().map(|&e| event(ds, e)).collect(),
        quotes: quotes.iter().map(|&q| quote(ds, q)).collect(),
    }
}

fn key(s: &str) -> Key {
    Key::from(s)
}

fn actor_key(ds: &Dataset, a: usize) -> Key {
    key(&ds.actors[a].id)
}

fn span(ds: &Dataset, s: &Span) -> SpanRecord {
    SpanRecord {
        source: key(&ds.sources[s.source].id),
        span: [s.start, s.end],
        excerpt: None,
    }
}

fn source(ds: &Dataset, s: usize) -> SourceRecord {
    let source = &ds.sources[s];
    SourceRecord {
        id: key(&source.id),
        title: source.title.clone(),
        outlet: source.outlet.clone(),
        relays: source.relays.iter().map(|&a| actor_key(ds, a)).collect(),
        language: key(&source.language),
        published: key(&source.published.iso()),
        published_derivation: source.published_derivation.clone(),
        // Inline: the export is one file, and its spans can still be checked.
        file: None,
        text: source.text.clone(),
        original_name: source.original_name.clone().or_else(|| source.file.clone()),
        url: source.url.clone(),
    }
}

fn actor(ds: &Dataset, a: usize) -> ActorRecord {
    let actor = &ds.actors[a];
    let kind = ActorKindRecord::from(actor.kind);
    ActorRecord {
        id: key(&actor.id),
        name: actor.name.clone(),
        kind,
        code: actor.code.as_deref().map(key),
        // A country belongs to itself in the model; the file says nothing.
        country: actor
            .country
            .filter(|_| kind != ActorKindRecord::Country)
            .map(|c| actor_key(ds, c)),
        role: actor.role.clone(),
        aliases: actor.aliases.clone(),
        affiliations: actor
            .affiliations
            .iter()
            .map(|&b| actor_key(ds, b))
            .collect(),
        anonymous: actor.anonymous,
        description: actor.description.clone(),
    }
}

fn term(ds: &Dataset, t: usize) -> TermRecord {
    let term = &ds.terms[t];
    TermRecord {
        text: term.text.clone(),
        refers_to: term.refers_to.map(|a| actor_key(ds, a)),
        occurrences: term.occurrences.iter().map(|s| span(ds, s)).collect(),
        note: term.note.clone(),
    }
}

fn event(ds: &Dataset, e: usize) -> EventRecord {
    let ev = &ds.events[e];
    EventRecord {
        id: ev.id.clone(),
        date: key(&ev.date.iso()),
        date_derivation: ev.date_derivation.clone(),
        title: ev.title.to_string(),
        summary: ev.summary.to_string(),
        location: ev.location.clone(),
        actors: ev.actors.iter().map(|&a| actor_key(ds, a)).collect(),
        sources: ev.sources.iter().map(|s| span(ds, s)).collect(),
        // The loaded model does not keep when a record was corrected; an
        // export is a new dataset, whose records start unedited.
        edited: None,
    }
}

fn quote(ds: &Dataset, q: usize) -> QuoteRecord {
    let quote = &ds.quotes[q];
    QuoteRecord {
        id: quote.id.clone(),
        text: quote.text.to_string(),
        speaker: actor_key(ds, quote.speaker),
        co_speakers: quote
            .co_speakers
            .iter()
            .map(|&a| actor_key(ds, a))
            .collect(),
        mentions: quote.mentions.iter().map(|&a| actor_key(ds, a)).collect(),
        date: key(&quote.date.iso()),
        date_derivation: quote.date_derivation.clone(),
        event: key(&ds.events[quote.event].id),
        source: span(ds, &quote.source),
        note: quote.note.clone(),
        edited: None,
    }
}
