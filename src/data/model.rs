//! The checked, in-memory dataset: references are indices, dates are typed, events
//! are in date order. Built only by [`super::validate`], so its invariants hold.

use super::date::FuzzyDate;
use super::schema::Key;
use super::shared_str::SharedStr;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

pub type SourceIx = usize;
pub type ActorIx = usize;
pub type EventIx = usize;
pub type QuoteIx = usize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum ActorKind {
    Person,
    Country,
    Organization,
}

impl ActorKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ActorKind::Person => "person",
            ActorKind::Country => "country",
            ActorKind::Organization => "organization",
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Source {
    pub id: String,
    pub title: String,
    pub outlet: String,
    pub relays: Vec<ActorIx>,
    pub language: String,
    pub published: FuzzyDate,
    pub published_derivation: Option<String>,
    pub file: Option<String>,
    pub original_name: Option<String>,
    pub url: Option<String>,
    /// The article text, when the dataset gives it (inline or by file).
    pub text: Option<String>,
    /// Where its article file was looked for, when it is not there: the
    /// dataset opens without its text, and its spans are not checked.
    /// Not in the cached copy, which is never made nor used for a dataset
    /// with a missing file.
    #[serde(skip)]
    pub missing: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Actor {
    pub id: String,
    pub name: String,
    pub kind: ActorKind,
    pub code: Option<String>,
    /// The country actor this actor belongs to; a country belongs to itself.
    pub country: Option<ActorIx>,
    pub role: Option<String>,
    pub aliases: Vec<String>,
    pub affiliations: Vec<ActorIx>,
    pub anonymous: bool,
    pub description: Option<String>,
}

/// A passage of a source: `start..end` in chars of its text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Span {
    pub source: SourceIx,
    pub start: usize,
    pub end: usize,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Event {
    pub id: Key,
    pub date: FuzzyDate,
    pub date_derivation: Option<String>,
    /// Title and summary are read where they lie in the cached copy, when
    /// the event was read from one.
    pub title: SharedStr,
    pub summary: SharedStr,
    pub location: Option<String>,
    pub actors: Vec<ActorIx>,
    pub sources: Vec<Span>,
    /// The event's quotes, in date order.
    pub quotes: Vec<QuoteIx>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Quote {
    pub id: Key,
    /// Read where it lies in the cached copy, when it was read from one.
    pub text: SharedStr,
    pub speaker: ActorIx,
    pub co_speakers: Vec<ActorIx>,
    pub mentions: Vec<ActorIx>,
    pub date: FuzzyDate,
    pub date_derivation: Option<String>,
    pub event: EventIx,
    pub source: Span,
    pub note: Option<String>,
}

impl Quote {
    /// Everyone the quote involves: speaker, co-speakers, and who it mentions.
    pub fn actors(&self) -> impl Iterator<Item = ActorIx> + '_ {
        std::iter::once(self.speaker)
            .chain(self.co_speakers.iter().copied())
            .chain(self.mentions.iter().copied())
    }
}

/// A label in quotation marks that is a name, not speech.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Term {
    pub text: String,
    pub refers_to: Option<ActorIx>,
    pub occurrences: Vec<Span>,
    pub note: Option<String>,
}

#[derive(Debug, Clone)]
pub struct Dataset {
    pub title: String,
    pub description: Option<String>,
    pub sources: Vec<Source>,
    pub actors: Vec<Actor>,
    /// In date order.
    pub events: Vec<Event>,
    /// In date order, then by position in their source.
    pub quotes: Vec<Quote>,
    pub terms: Vec<Term>,
    pub(crate) actor_by_id: HashMap<String, ActorIx>,
    /// Per actor, what selecting it matches directly: the events and quotes
    /// that involve it or, for a country, its people and organisations. In
    /// index order. Lets a filter cost what it finds, not the whole dataset.
    pub involving: Vec<Involving>,
}

/// The events and quotes an actor matches (see [`Dataset::involving`]).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Involving {
    pub events: Vec<EventIx>,
    pub quotes: Vec<QuoteIx>,
}

impl Dataset {
    pub fn actor_by_id(&self, id: &str) -> Option<ActorIx> {
        self.actor_by_id.get(id).copied()
    }

    /// The text a span covers, when its source has text.
    pub fn span_text(&self, span: &Span) -> Option<String> {
        let text = self.sources.get(span.source)?.text.as_ref()?;
        Some(
            text.chars()
                .skip(span.start)
                .take(span.end.saturating_sub(span.start))
                .collect(),
        )
    }

    /// The paragraph of the source that holds `span` (lines split by blank lines
    /// or newlines), with the span's position inside it, in chars.
    pub fn paragraph_around(&self, span: &Span) -> Option<(String, usize, usize)> {
        let text = self.sources.get(span.source)?.text.as_ref()?;
        let chars: Vec<char> = text.chars().collect();
        if span.end > chars.len() || span.start > span.end {
            return None;
        }
        let start = chars[..span.start]
            .iter()
            .rposition(|c| *c == '\n')
            .map_or(0, |i| i + 1);
        let end = chars[span.end..]
            .iter()
            .position(|c| *c == '\n')
            .map_or(chars.len(), |i| span.end + i);
        let paragraph: String = chars[start..end].iter().collect();
        Some((paragraph, span.start - start, span.end - start))
    }
}
