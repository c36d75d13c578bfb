//! Checks a [`DatasetFile`] and builds the [`Dataset`]: every problem is collected
//! with the record that holds it, so a user can fix them all in one pass.

use super::assemble::{Unordered, assemble};
use super::date::FuzzyDate;
use super::error::Problem;
use super::model::*;
use super::schema::*;
use crate::text::clean;
use rustc_hash::FxHashMap;
use std::collections::HashMap;

/// The longest text field kept whole; longer ones are cut with a visible marker so
/// that one huge field cannot make every frame slow.
pub const MAX_FIELD_CHARS: usize = 20_000;

/// Finds the line a record starts on, from the position of its `"id": "…"`.
struct Lines {
    by_id: HashMap<String, Vec<usize>>,
}

impl Lines {
    fn scan(json: &str) -> Lines {
        let mut by_id: HashMap<String, Vec<usize>> = HashMap::new();
        let mut line = 1;
        let mut rest = json;
        while let Some(at) = rest.find("\"id\"") {
            line += rest[..at].matches('\n').count();
            rest = &rest[at + 4..];
            let after = rest.trim_start_matches([' ', '\t', '\r', '\n']);
            let Some(after) = after.strip_prefix(':') else {
                continue;
            };
            let after = after.trim_start_matches([' ', '\t', '\r', '\n']);
            if let Some(value) = after.strip_prefix('"')
                && let Some(end) = value.find('"')
            {
                by_id
                    .entry(value[..end].to_string())
                    .or_default()
                    .push(line);
            }
        }
        Lines { by_id }
    }

    fn of(&self, id: &str, occurrence: usize) -> Option<usize> {
        self.by_id.get(id)?.get(occurrence).copied()
    }
}

struct Checker<'a> {
    /// Problems with where they are; turned into [`Problem`]s (with lines,
    /// found only then) at the end.
    problems: Vec<(At<'a>, String)>,
    seen: FxHashMap<(&'static str, &'a str), usize>,
    actor_ix: FxHashMap<&'a str, ActorIx>,
    source_ix: FxHashMap<&'a str, SourceIx>,
    source_chars: Vec<Option<Vec<char>>>,
}

/// Where a record is: its kind, position and id (or a term's text). Cheap to
/// make, because a valid dataset of a million records never needs the words.
#[derive(Clone, Copy)]
struct At<'a> {
    kind: &'static str,
    list: &'static str,
    index: usize,
    id: &'a str,
    /// Which record with this id it is (for duplicates), to find its line.
    occurrence: usize,
    has_id: bool,
}

impl<'a> At<'a> {
    fn top() -> At<'static> {
        At {
            kind: "dataset",
            list: "",
            index: 0,
            id: "",
            occurrence: 0,
            has_id: false,
        }
    }

    fn problem(&self, message: String, lines: &Lines) -> Problem {
        let record = match (self.kind, self.has_id) {
            ("dataset", _) => "dataset".to_string(),
            (kind, true) => format!("{kind} `{}` ({}[{}])", self.id, self.list, self.index),
            (kind, false) => format!(
                "{kind} `{}` ({}[{}])",
                shorten(self.id),
                self.list,
                self.index
            ),
        };
        let line = if self.has_id {
            lines.of(self.id, self.occurrence)
        } else {
            None
        };
        Problem {
            record,
            line,
            message,
        }
    }
}

impl<'a> Checker<'a> {
    fn problem(&mut self, at: &At<'a>, message: String) {
        self.problems.push((*at, message));
    }

    /// Notes the record and complains if its id was seen before in the same list.
    fn record(
        &mut self,
        kind: &'static str,
        list: &'static str,
        index: usize,
        id: &'a str,
    ) -> At<'a> {
        let seen = self.seen.entry((kind, id)).or_insert(0);
        let at = At {
            kind,
            list,
            index,
            id,
            occurrence: *seen,
            has_id: true,
        };
        *seen += 1;
        if id.trim().is_empty() {
            self.problem(&at, "empty id".into());
        } else if at.occurrence > 0 {
            self.problem(&at, format!("duplicate id `{id}`: another {kind} has it"));
        }
        at
    }

    fn date(&mut self, at: &At<'a>, field: &str, text: &str) -> FuzzyDate {
        FuzzyDate::parse_iso(text).unwrap_or_else(|e| {
            self.problem(at, format!("bad {field}: {e}"));
            FuzzyDate::year(1970).unwrap_or_else(|| FuzzyDate::day(chrono::NaiveDate::MIN))
        })
    }

    fn actor(&mut self, at: &At<'a>, field: &str, id: &str) -> Option<ActorIx> {
        let found = self.actor_ix.get(id).copied();
        if found.is_none() {
            self.problem(at, format!("{field}: unknown actor `{id}`"));
        }
        found
    }

    fn actors(&mut self, at: &At<'a>, field: &str, ids: &[Key]) -> Vec<ActorIx> {
        ids.iter()
            .filter_map(|id| self.actor(at, field, id))
            .collect()
    }

    /// Checks a span against its source; `expected` is the text it must cover.
    fn span(&mut self, at: &At<'a>, field: &str, rec: &SpanRecord, expected: Option<&str>) -> Span {
        let [start, end] = rec.span;
        let Some(&source) = self.source_ix.get(rec.source.as_str()) else {
            self.problem(at, format!("{field}: unknown source `{}`", rec.source));
            return Span {
                source: 0,
                start,
                end,
            };
        };
        if start > end {
            self.problem(
                at,
                format!("{field}: span [{start}, {end}] ends before it starts"),
            );
        } else if let Some(chars) = &self.source_chars[source] {
            let mut wrong = Vec::new();
            if end > chars.len() {
                wrong.push(format!(
                    "{field}: span [{start}, {end}] is past the end of source `{}` ({} chars)",
                    rec.source,
                    chars.len()
                ));
            } else {
                let actual = &chars[start..end];
                for want in [expected, rec.excerpt.as_deref()].into_iter().flatten() {
                    // Compared char by char: a million quotes, no copies.
                    if !actual.iter().copied().eq(want.chars()) {
                        let actual: String = actual.iter().collect();
                        wrong.push(format!(
                            "{field}: span [{start}, {end}] of source `{}` reads «{}», not «{}»",
                            rec.source,
                            shorten(&actual),
                            shorten(want)
                        ));
                    }
                }
            }
            for w in wrong {
                self.problem(at, w);
            }
        }
        Span { source, start, end }
    }
}

fn shorten(s: &str) -> String {
    let clean = clean(s, false);
    if clean.chars().count() <= 60 {
        clean
    } else {
        format!("{}…", clean.chars().take(59).collect::<String>())
    }
}

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
    let fits = s.len() <= MAX_FIELD_CHARS;
    let safe = s.bytes().all(|b| (b' '..0x7f).contains(&b))
        || !s
            .chars()
            .any(|c| crate::text::is_unsafe_char(c) || c == '\t' || c == '\n');
    if fits && safe { s } else { field(&s) }
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

/// Checks `file` (whose raw JSON is `json`, for line numbers) and builds the dataset.
///
/// `texts[i]` is the text of source `i` if it has one (inline or read from its
/// file), or the reason it could not be read.
pub fn validate(
    file: DatasetFile,
    json: &dyn Fn() -> String,
    texts: Vec<Result<Option<String>, String>>,
) -> Result<Dataset, Vec<Problem>> {
    // First every check, with the records borrowed; the model's text fields
    // stay empty. Then, when all is well, the strings are moved out of the
    // records instead of copied: a million quotes are not held twice.
    let (sources, actors, events, quotes, terms) = check(&file, json, texts)?;
    Ok(assemble(fill(file, sources, actors, events, quotes, terms)))
}

type Parts = (Vec<Source>, Vec<Actor>, Vec<Event>, Vec<Quote>, Vec<Term>);

fn check(
    file: &DatasetFile,
    json: &dyn Fn() -> String,
    texts: Vec<Result<Option<String>, String>>,
) -> Result<Parts, Vec<Problem>> {
    let mut c = Checker {
        problems: Vec::new(),
        // Sized up front: growing a map of a million ids rehashes it many times.
        seen: FxHashMap::with_capacity_and_hasher(
            file.sources.len() + file.actors.len() + file.events.len() + file.quotes.len(),
            Default::default(),
        ),
        actor_ix: FxHashMap::with_capacity_and_hasher(file.actors.len(), Default::default()),
        source_ix: FxHashMap::with_capacity_and_hasher(file.sources.len(), Default::default()),
        source_chars: Vec::new(),
    };
    let top = At::top();
    if file.schema != SCHEMA {
        c.problem(
            &top,
            format!("schema is `{}`; this version reads `{SCHEMA}`", file.schema),
        );
    }

    for (i, a) in file.actors.iter().enumerate() {
        c.actor_ix.entry(a.id.as_str()).or_insert(i);
    }
    for (i, s) in file.sources.iter().enumerate() {
        c.source_ix.entry(s.id.as_str()).or_insert(i);
    }

    let mut sources = Vec::with_capacity(file.sources.len());
    for ((i, s), text) in file.sources.iter().enumerate().zip(texts) {
        let at = c.record("source", "sources", i, &s.id);
        let published = c.date(&at, "published", &s.published);
        let relays = c.actors(&at, "relays", &s.relays);
        let text = match text {
            Ok(t) => t,
            Err(why) => {
                c.problem(&at, why);
                None
            }
        };
        c.source_chars
            .push(text.as_ref().map(|t| t.chars().collect()));
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
        });
    }

    let mut actors = Vec::with_capacity(file.actors.len());
    for (i, a) in file.actors.iter().enumerate() {
        let at = c.record("actor", "actors", i, &a.id);
        if a.name.trim().is_empty() {
            c.problem(&at, "empty name".into());
        }
        let kind = match a.kind {
            ActorKindRecord::Person => ActorKind::Person,
            ActorKindRecord::Country => ActorKind::Country,
            ActorKindRecord::Organization => ActorKind::Organization,
        };
        let country = match (&a.country, kind) {
            (_, ActorKind::Country) => Some(i),
            (Some(id), _) => {
                let found = c.actor(&at, "country", id);
                if let Some(ix) = found
                    && file.actors[ix].kind != ActorKindRecord::Country
                {
                    c.problem(&at, format!("country: `{id}` is not a country"));
                }
                found
            }
            (None, _) => None,
        };
        let affiliations = c.actors(&at, "affiliations", &a.affiliations);
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

    let mut event_ix: FxHashMap<&str, EventIx> =
        FxHashMap::with_capacity_and_hasher(file.events.len(), Default::default());
    event_ix.extend(
        file.events
            .iter()
            .enumerate()
            .map(|(i, e)| (e.id.as_str(), i)),
    );
    let mut events = Vec::with_capacity(file.events.len());
    for (i, e) in file.events.iter().enumerate() {
        let at = c.record("event", "events", i, &e.id);
        let date = c.date(&at, "date", &e.date);
        let actors = c.actors(&at, "actors", &e.actors);
        let spans = e
            .sources
            .iter()
            .map(|s| c.span(&at, "sources", s, None))
            .collect();
        events.push(Event {
            id: Key::default(),
            date,
            date_derivation: None,
            title: String::new(),
            summary: String::new(),
            location: None,
            actors,
            sources: spans,
            quotes: Vec::new(),
        });
    }

    let mut quotes = Vec::with_capacity(file.quotes.len());
    for (i, q) in file.quotes.iter().enumerate() {
        let at = c.record("quote", "quotes", i, &q.id);
        let speaker = c.actor(&at, "speaker", &q.speaker).unwrap_or(0);
        let co_speakers = c.actors(&at, "co_speakers", &q.co_speakers);
        let mentions = c.actors(&at, "mentions", &q.mentions);
        let date = c.date(&at, "date", &q.date);
        let event = event_ix.get(q.event.as_str()).copied().unwrap_or_else(|| {
            c.problem(&at, format!("event: unknown event `{}`", q.event));
            0
        });
        if q.text.trim().is_empty() {
            c.problem(&at, "empty text".into());
        }
        let source = c.span(&at, "source", &q.source, Some(&q.text));
        quotes.push(Quote {
            id: Key::default(),
            text: String::new(),
            speaker,
            co_speakers,
            mentions,
            date,
            date_derivation: None,
            event,
            source,
            note: None,
        });
    }

    let mut terms = Vec::with_capacity(file.terms.len());
    for (i, t) in file.terms.iter().enumerate() {
        let at = At {
            kind: "term",
            list: "terms",
            index: i,
            id: &t.text,
            occurrence: 0,
            has_id: false,
        };
        let refers_to = t
            .refers_to
            .as_deref()
            .and_then(|id| c.actor(&at, "refers_to", id));
        // A term's occurrences may differ in case from the term ("Coalition …").
        let occurrences = t
            .occurrences
            .iter()
            .map(|o| {
                let span = c.span(&at, "occurrences", o, None);
                if let Some(Some(chars)) = c.source_chars.get(span.source)
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
                        c.problem(&at, message);
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

    if !c.problems.is_empty() {
        // Only now is the file searched for the lines of the records.
        let lines = Lines::scan(&json());
        return Err(c
            .problems
            .iter()
            .map(|(at, m)| at.problem(m.clone(), &lines))
            .collect());
    }
    Ok((sources, actors, events, quotes, terms))
}

/// Moves the text fields of the checked records into the model.
fn fill(
    file: DatasetFile,
    sources: Vec<Source>,
    actors: Vec<Actor>,
    mut events: Vec<Event>,
    mut quotes: Vec<Quote>,
    terms: Vec<Term>,
) -> Unordered {
    for (e, rec) in events.iter_mut().zip(file.events) {
        e.id = rec.id;
        e.date_derivation = rec.date_derivation.map(field_owned);
        e.title = field_owned(rec.title);
        e.summary = field_owned(rec.summary);
        e.location = rec.location.map(field_owned);
    }
    for (q, rec) in quotes.iter_mut().zip(file.quotes) {
        q.id = rec.id;
        q.text = field_owned(rec.text);
        q.date_derivation = rec.date_derivation.map(field_owned);
        q.note = rec.note.map(field_owned);
    }
    Unordered {
        title: field_owned(file.title),
        description: file.description.map(field_owned),
        sources,
        actors,
        events,
        quotes,
        terms,
    }
}
