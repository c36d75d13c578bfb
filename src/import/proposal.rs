//! What an import proposes, as the command line prints it and `--json`
//! writes it: quotes with their speakers, dates, actors, events, labels,
//! each with its span and the rule that found it.

use crate::data::ActorKind;
use serde::Serialize;

#[derive(Debug, Clone, Serialize)]
pub struct SourceInfo {
    pub title: String,
    pub outlet: Option<String>,
    pub published: String,
    pub language: &'static str,
    /// The article's length in characters (spans count characters).
    pub chars: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct ProposedSpeaker {
    pub name: String,
    /// Index into [`Proposal::actors`].
    pub actor: usize,
    /// The id of the same actor in the dataset imported into, when it has one.
    pub existing: Option<String>,
    pub anonymous: bool,
    /// How the speaker was found.
    pub cue: &'static str,
    pub confidence: f32,
}

#[derive(Debug, Clone, Serialize)]
pub struct ProposedQuote {
    pub text: String,
    /// `[start, end)` in characters of the article.
    pub span: [usize; 2],
    pub speaker: Option<ProposedSpeaker>,
    pub date: String,
    pub precision: &'static str,
    pub date_rule: String,
    /// Index into [`Proposal::events`].
    pub event: usize,
    pub confidence: f32,
}

#[derive(Debug, Clone, Serialize)]
pub struct ProposedDate {
    /// As written.
    pub text: String,
    pub span: [usize; 2],
    /// Resolved: `2025-08-09`, `2025-03` or `2025`.
    pub date: String,
    pub precision: &'static str,
    pub rule: &'static str,
    pub confidence: f32,
}

#[derive(Debug, Clone, Serialize)]
pub struct ProposedActor {
    pub name: String,
    pub kind: &'static str,
    pub existing: Option<String>,
    pub code: Option<String>,
    pub anonymous: bool,
    pub mentions: Vec<[usize; 2]>,
    pub confidence: f32,
    /// How it was found, in words.
    pub rule: &'static str,
    /// The id of the country actor it belongs to, when a reviewer said so.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// Its role, when a reviewer gave one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
}

impl ProposedActor {
    /// Its kind as a dataset has it (the importer writes only "person",
    /// "country" and "organization").
    pub fn actor_kind(&self) -> ActorKind {
        match self.kind {
            "person" => ActorKind::Person,
            "country" => ActorKind::Country,
            _ => ActorKind::Organization,
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct ProposedEvent {
    /// "dated sentence", or "publication" for the article's own event, which
    /// holds the quotes no dated sentence governs.
    pub kind: &'static str,
    pub date: String,
    pub precision: &'static str,
    pub title: String,
    /// Indices into [`Proposal::actors`].
    pub actors: Vec<usize>,
    pub span: [usize; 2],
    pub confidence: f32,
    /// Why it is an event, in words.
    pub rule: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct ProposedLabel {
    pub text: String,
    pub span: [usize; 2],
}

/// Everything proposed for one article.
#[derive(Debug, Clone, Serialize)]
pub struct Proposal {
    pub source: SourceInfo,
    pub quotes: Vec<ProposedQuote>,
    pub dates: Vec<ProposedDate>,
    pub actors: Vec<ProposedActor>,
    pub events: Vec<ProposedEvent>,
    /// Words in quotation marks that are names or labels, not speech.
    pub labels: Vec<ProposedLabel>,
    /// A person reviewed it (see [`review`]): the merge says so on each quote.
    #[serde(skip)]
    pub reviewed: bool,
}
