//! The JSON shapes of `--json` and of `export --format json`, documented in the README and kept stable: fields
//! may be added, never renamed or removed.

use crate::data::{ActorIx, Dataset, EventIx, QuoteIx, Span};
use serde::Serialize;

#[derive(Serialize)]
pub struct ActorRef {
    pub id: String,
    pub name: String,
}

#[derive(Serialize)]
pub struct ActorBadge {
    pub id: String,
    pub name: String,
    pub kind: &'static str,
}

#[derive(Serialize)]
pub struct SourceRef {
    pub id: String,
    pub title: String,
    pub outlet: String,
    pub published: String,
    pub language: String,
    /// `[start, end)` in chars of the source text.
    pub span: [usize; 2],
}

#[derive(Serialize)]
pub struct QuoteJson {
    pub id: String,
    pub text: String,
    pub speaker: ActorRef,
    pub co_speakers: Vec<ActorRef>,
    pub date: String,
    pub date_precision: &'static str,
    pub date_derivation: Option<String>,
    pub event: String,
    pub source: SourceRef,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub score: Option<i64>,
}

#[derive(Serialize)]
pub struct EventJson {
    pub id: String,
    pub date: String,
    pub date_precision: &'static str,
    pub date_derivation: Option<String>,
    pub title: String,
    pub summary: String,
    pub actors: Vec<ActorBadge>,
    pub location: Option<String>,
    pub sources: Vec<SourceRef>,
    pub quotes: Vec<String>,
}

#[derive(Serialize)]
pub struct ActorJson {
    pub id: String,
    pub name: String,
    pub kind: &'static str,
    pub country: Option<ActorRef>,
    pub code: Option<String>,
    pub role: Option<String>,
    pub aliases: Vec<String>,
    pub anonymous: bool,
    pub events: usize,
    pub quotes: usize,
}

fn actor_ref(ds: &Dataset, a: ActorIx) -> ActorRef {
    ActorRef {
        id: ds.actors[a].id.clone(),
        name: ds.actors[a].name.clone(),
    }
}

fn source_ref(ds: &Dataset, span: &Span) -> SourceRef {
    let s = &ds.sources[span.source];
    SourceRef {
        id: s.id.clone(),
        title: s.title.clone(),
        outlet: s.outlet.clone(),
        published: s.published.iso(),
        language: s.language.clone(),
        span: [span.start, span.end],
    }
}

pub fn quote(ds: &Dataset, qi: QuoteIx, score: Option<i64>) -> QuoteJson {
    let q = &ds.quotes[qi];
    QuoteJson {
        id: q.id.to_string(),
        text: q.text.clone(),
        speaker: actor_ref(ds, q.speaker),
        co_speakers: q.co_speakers.iter().map(|&a| actor_ref(ds, a)).collect(),
        date: q.date.iso(),
        date_precision: q.date.precision().as_str(),
        date_derivation: q.date_derivation.clone(),
        event: ds.events[q.event].id.to_string(),
        source: source_ref(ds, &q.source),
        score,
    }
}

pub fn event(ds: &Dataset, ei: EventIx) -> EventJson {
    let e = &ds.events[ei];
    EventJson {
        id: e.id.to_string(),
        date: e.date.iso(),
        date_precision: e.date.precision().as_str(),
        date_derivation: e.date_derivation.clone(),
        title: e.title.clone(),
        summary: e.summary.clone(),
        actors: e
            .actors
            .iter()
            .map(|&a| ActorBadge {
                id: ds.actors[a].id.clone(),
                name: ds.actors[a].name.clone(),
                kind: ds.actors[a].kind.as_str(),
            })
            .collect(),
        location: e.location.clone(),
        sources: e.sources.iter().map(|s| source_ref(ds, s)).collect(),
        quotes: e
            .quotes
            .iter()
            .map(|&q| ds.quotes[q].id.to_string())
            .collect(),
    }
}

pub fn actor(ds: &Dataset, a: ActorIx, counts: (usize, usize)) -> ActorJson {
    let actor = &ds.actors[a];
    ActorJson {
        id: actor.id.clone(),
        name: actor.name.clone(),
        kind: actor.kind.as_str(),
        country: actor.country.map(|c| actor_ref(ds, c)),
        code: actor.code.clone(),
        role: actor.role.clone(),
        aliases: actor.aliases.clone(),
        anonymous: actor.anonymous,
        events: counts.0,
        quotes: counts.1,
    }
}

/// The whole view: newsline's own shapes, as `events --json` and `quotes --json` give them.
#[derive(Serialize)]
struct Export {
    title: String,
    view: String,
    events: Vec<EventJson>,
    quotes: Vec<QuoteJson>,
}

pub fn render(view: &super::View) -> String {
    let ds = view.ds;
    let doc = Export {
        title: ds.title.clone(),
        view: view.described.clone(),
        events: view.timeline.iter().map(|t| event(ds, t.event)).collect(),
        quotes: view
            .timeline
            .iter()
            .flat_map(|t| t.quotes.iter().map(|&q| quote(ds, q, None)))
            .collect(),
    };
    serde_json::to_string_pretty(&doc).unwrap_or_default() + "\n"
}
