//! Checks a [`DatasetFile`] and builds the [`Dataset`]: every problem is collected
//! with the record that holds it, so a user can fix them all in one pass.

use super::assemble::{Unordered, assemble};
use super::checker::{At, Checker, Ids, Refs, Where, all_repeats, first_of, shorten, with_repeats};
use super::error::Problem;
use super::model::*;
use super::schema::*;
use crate::text::clean;
use rustc_hash::FxHashMap;
use serde_json::value::RawValue;
use std::sync::Arc;

/// The longest text field kept whole; longer ones are cut with a visible marker so
/// that one huge field cannot make every frame slow.
pub const MAX_FIELD_CHARS: usize = 20_000;

/// Cleans a text field for display and cuts it at [`MAX_FIELD_CHARS`].
fn field(s: &str) -> String {
    let cleaned = clean(s, false);
    // A string has at least as many bytes as chars: most need no counting.
    if cleaned.len() <= MAX_FIELD_CHARS {
        return cleaned;
    }
    let count = cleaned.chars().count();
    if count <= MAX_FIELD_CHARS {
        return cleaned;
    }
    let kept: String = cleaned.chars().take(MAX_FIELD_CHARS).collect();
    format!("{kept} [… cut: {} more chars]", count - MAX_FIELD_CHARS)
}

/// [`field`] for a string that is ours to keep: most need no change, and are
/// returned as they are, without a copy.
fn field_owned(s: String) -> String {
    if s.len() <= MAX_FIELD_CHARS && crate::text::is_clean(&s) {
        s
    } else {
        field(&s)
    }
}

fn opt(s: &Option<String>) -> Option<String> {
    s.as_deref().map(field)
}

/// Article text keeps its length in chars, so spans still point at the right
/// place: unsafe chars become U+FFFD, tabs and carriage returns spaces.
fn clean_article(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '\n' => '\n',
            '\t' | '\r' => ' ',
            c if crate::text::is_unsafe_char(c) => '\u{fffd}',
            c => c,
        })
        .collect()
}

/// Why a dataset was not built.
pub enum Invalid {
    /// Problems of meaning, each with its record and line.
    Problems(Vec<Problem>),
    /// A quote's record is not one (a field missing or of the wrong type): the
    /// caller reads the file again whole to say where, as for any syntax error.
    Unreadable,
}

/// Checks `file`, whose quotes are still the JSON text of each, and builds
/// the dataset. `json` is the file's text, for the lines of records with
/// problems; `done` is given each run of quotes once they are in the model.
///
/// `texts[i]` is the text of source `i` if it has one (inline or read from its
/// file), or the reason it could not be read.
pub fn validate(
    file: DatasetRaw<'_>,
    json: &[u8],
    texts: Vec<Result<Option<String>, String>>,
    done: &(dyn Fn(&[&RawValue]) + Sync),
) -> Result<Dataset, Invalid> {
    let DatasetFile {
        schema,
        title,
        description,
        sources,
        actors,
        terms,
        events: mut event_records,
        quotes: quote_records,
    } = file;
    let mut problems = Vec::new();
    if schema != SCHEMA {
        problems.push((
            At::top(),
            format!("schema is `{schema}`; this version reads `{SCHEMA}`"),
        ));
    }
    let source_chars = shared_chars(&texts);
    let refs = Refs {
        actor_ix: first_of(actors.iter().map(|a| a.id.as_str())),
        source_ix: first_of(sources.iter().map(|s| s.id.as_str())),
        source_chars,
        repeats: all_repeats(&sources, &actors, &event_records),
    };
    let mut c = Checker::new(&refs);
    let sources = check_sources(&mut c, &sources, texts);
    let actors = check_actors(&mut c, &actors);
    // Events and quotes, the bulk of a large dataset, are checked and moved
    // into the model in one pass: their text is never held twice.
    let events = take_events(&mut c, &mut event_records);
    let event_ix = first_of(events.iter().map(|e| e.id.as_str()));
    // What is left of the events' records: no text, but room for each.
    drop(event_records);
    let (quotes, quote_problems) =
        take_quotes(&refs, &event_ix, &quote_records, done).ok_or(Invalid::Unreadable)?;
    drop(quote_records);
    let ids: Vec<&str> = quotes.iter().map(|q| q.id.as_str()).collect();
    let quote_problems = with_repeats(&ids, quote_problems);
    drop(ids);
    let mut c_terms = Checker::new(&refs);
    let terms = check_terms(&mut c_terms, &terms);
    problems.extend(c.problems);
    problems.extend(quote_problems);
    problems.extend(c_terms.problems);

    if !problems.is_empty() {
        // Only now are the lines of the records found.
        let places: Vec<_> = problems.iter().map(|(at, _)| at.place()).collect();
        let lines = super::lines::of_records(json, &places);
        return Err(Invalid::Problems(
            problems
                .into_iter()
                .zip(lines)
                .map(|((at, m), line)| at.problem(m, line))
                .collect(),
        ));
    }
    drop(event_ix);
    Ok(assemble(Unordered {
        title: field_owned(title),
        description: description.map(field_owned),
        sources,
        actors,
        events,
        quotes,
        terms,
    }))
}

/// Each text as chars, made once for all the sources with the same text (a
/// char takes four bytes: fifty sources naming one 5 MB article would
/// otherwise hold a gigabyte of them).
fn shared_chars(texts: &[Result<Option<String>, String>]) -> Vec<Option<Arc<[char]>>> {
    let mut made: FxHashMap<&str, Arc<[char]>> = FxHashMap::default();
    texts
        .iter()
        .map(|t| match t {
            Ok(Some(text)) => Some(Arc::clone(
                made.entry(text.as_str())
                    .or_insert_with(|| text.chars().collect()),
            )),
            _ => None,
        })
        .collect()
}

fn check_sources(
    c: &mut Checker,
    records: &[SourceRecord],
    texts: Vec<Result<Option<String>, String>>,
) -> Vec<Source> {
    let mut sources = Vec::with_capacity(records.len());
    for ((i, s), text) in records.iter().enumerate().zip(texts) {
        let w = c.record("source", "sources", i, &s.id);
        let published = c.date(&w, "published", &s.published);
        let relays = c.actors(&w, "relays", &s.relays);
        let text = match text {
            Ok(t) => t,
            Err(why) => {
                c.problem(&w, why);
                None
            }
        };
        sources.push(Source {
            id: s.id.to_string(),
            title: field(&s.title),
            outlet: field(&s.outlet),
            relays,
            language: field(&s.language),
            published,
            published_derivation: opt(&s.published_derivation),
            file: opt(&s.file),
            original_name: opt(&s.original_name),
            url: opt(&s.url),
            text: text.as_deref().map(clean_article),
            missing: None,
        });
    }
    sources
}

fn check_actors(c: &mut Checker, records: &[ActorRecord]) -> Vec<Actor> {
    let mut actors = Vec::with_capacity(records.len());
    for (i, a) in records.iter().enumerate() {
        let w = c.record("actor", "actors", i, &a.id);
        if a.name.trim().is_empty() {
            c.problem(&w, "empty name".into());
        }
        let kind = match a.kind {
            ActorKindRecord::Person => ActorKind::Person,
            ActorKindRecord::Country => ActorKind::Country,
            ActorKindRecord::Organization => ActorKind::Organization,
        };
        let country = match (&a.country, kind) {
            (_, ActorKind::Country) => Some(i),
            (Some(id), _) => {
                let found = c.actor(&w, "country", id);
                if let Some(ix) = found
                    && records[ix].kind != ActorKindRecord::Country
                {
                    c.problem(&w, format!("country: `{id}` is not a country"));
                }
                found
            }
            (None, _) => None,
        };
        let affiliations = c.actors(&w, "affiliations", &a.affiliations);
        actors.push(Actor {
            id: a.id.to_string(),
            name: field(&a.name),
            kind,
            code: a.code.as_deref().map(|s| field(s).to_uppercase()),
            country,
            role: opt(&a.role),
            aliases: a.aliases.iter().map(|s| field(s)).collect(),
            affiliations,
            anonymous: a.anonymous,
            description: opt(&a.description),
        });
    }
    actors
}

/// Checks the events and moves their text into the model, leaving the
/// records empty.
fn take_events(c: &mut Checker, records: &mut [EventRecord]) -> Vec<Event> {
    let mut events = Vec::with_capacity(records.len());
    for (i, e) in records.iter_mut().enumerate() {
        let w = c.record("event", "events", i, &e.id);
        let date = c.date(&w, "date", &e.date);
        let actors = c.actors(&w, "actors", &e.actors);
        let sources = e
            .sources
            .iter()
            .map(|s| c.span(&w, "sources", s, None))
            .collect();
        events.push(Event {
            id: std::mem::take(&mut e.id),
            date,
            date_derivation: e.date_derivation.take().map(field_owned),
            title: field_owned(std::mem::take(&mut e.title)).into(),
            summary: field_owned(std::mem::take(&mut e.summary)).into(),
            location: e.location.take().map(field_owned),
            actors,
            sources,
            quotes: Vec::new(),
        });
    }
    events
}

/// Reads and checks the quotes and moves them into the model, a piece at a
/// time, each given to `done` once moved: a large list in two halves, one on
/// each core. `None` if a record does not read as a quote.
fn take_quotes(
    refs: &Refs,
    event_ix: &Ids,
    records: &[&RawValue],
    done: &(dyn Fn(&[&RawValue]) + Sync),
) -> Option<(Vec<Quote>, Problems)> {
    let mut quotes = Vec::with_capacity(records.len());
    let half = if records.len() > PIECE {
        records.len() / 2
    } else {
        records.len()
    };
    let (first, second) = records.split_at(half);
    // Each piece's quotes go into a list of their own or the first half's.
    let take = |records: &[&RawValue], offset: usize, each: &mut dyn FnMut(Vec<Quote>)| {
        let mut c = Checker::new(refs);
        for (k, piece) in records.chunks(PIECE).enumerate() {
            let mut part = Vec::with_capacity(piece.len());
            for (i, record) in piece.iter().enumerate() {
                let q = serde_json::from_str(record.get()).ok()?;
                take_one(&mut c, event_ix, q, offset + k * PIECE + i, &mut part);
            }
            done(piece);
            each(part);
        }
        Some(c.problems)
    };
    let (problems, rest) = std::thread::scope(|s| {
        let rest = s.spawn(|| {
            // Kept in pieces, each appended to the first half's list then
            // freed: the second half is never held twice.
            let mut parts = Vec::with_capacity(second.len().div_ceil(PIECE));
            let problems = take(second, half, &mut |part| parts.push(part))?;
            Some((parts, problems))
        });
        let problems = take(first, 0, &mut |part| quotes.extend(part));
        // A panic on the other thread is passed on as it is.
        let rest = rest.join().unwrap_or_else(|e| std::panic::resume_unwind(e));
        (problems, rest)
    });
    let (mut problems, (parts, rest_problems)) = (problems?, rest?);
    for part in parts {
        quotes.extend(part);
    }
    problems.extend(rest_problems);
    Some((quotes, problems))
}

/// Problems found while checking, each with where it is.
type Problems = Vec<(At, String)>;

/// How many quotes are read and moved at a time; a list no longer than this
/// is done on one core.
const PIECE: usize = 4096;

/// [`take_quotes`] for one record, quote `index` of the list.
fn take_one(c: &mut Checker, event_ix: &Ids, q: QuoteRecord, index: usize, into: &mut Vec<Quote>) {
    let w = c.record("quote", "quotes", index, &q.id);
    let speaker = c.actor(&w, "speaker", &q.speaker).unwrap_or(0);
    let co_speakers = c.actors(&w, "co_speakers", &q.co_speakers);
    let mentions = c.actors(&w, "mentions", &q.mentions);
    let date = c.date(&w, "date", &q.date);
    let event = event_ix.get(q.event.as_str()).copied().unwrap_or_else(|| {
        c.problem(&w, format!("event: unknown event `{}`", q.event));
        0
    });
    if q.text.trim().is_empty() {
        c.problem(&w, "empty text".into());
    }
    let source = c.span(&w, "source", &q.source, Some(&q.text));
    into.push(Quote {
        id: q.id,
        text: field_owned(q.text).into(),
        speaker,
        co_speakers,
        mentions,
        date,
        date_derivation: q.date_derivation.map(field_owned),
        event,
        source,
        note: q.note.map(field_owned),
    });
}

fn check_terms(c: &mut Checker, records: &[TermRecord]) -> Vec<Term> {
    let mut terms = Vec::with_capacity(records.len());
    for (i, t) in records.iter().enumerate() {
        let w = Where {
            kind: "term",
            list: "terms",
            index: i,
            id: &t.text,
            has_id: false,
        };
        let refers_to = t
            .refers_to
            .as_deref()
            .and_then(|id| c.actor(&w, "refers_to", id));
        // A term's occurrences may differ in case from the term ("Coalition …").
        let occurrences = t
            .occurrences
            .iter()
            .map(|o| {
                let span = c.span(&w, "occurrences", o, None);
                if let Some(Some(chars)) = c.refs.source_chars.get(span.source)
                    && span.start <= span.end
                    && span.end <= chars.len()
                {
                    let actual: String = chars[span.start..span.end].iter().collect();
                    if crate::text::fold_key(&actual) != crate::text::fold_key(&t.text) {
                        let message = format!(
                            "occurrences: span [{}, {}] reads «{}», not the term",
                            span.start,
                            span.end,
                            shorten(&actual)
                        );
                        c.problem(&w, message);
                    }
                }
                span
            })
            .collect();
        terms.push(Term {
            text: field(&t.text),
            refers_to,
            occurrences,
            note: opt(&t.note),
        });
    }
    terms
}

#[cfg(test)]
#[path = "validate_tests.rs"]
mod tests;
