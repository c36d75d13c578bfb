//! The dataset file as it is on disk (JSON): ids are strings, dates are text.
//!
//! [`super::validate`] turns it into the checked [`super::Dataset`]. The format is
//! documented in the README ("Dataset format"); change both together.

use compact_str::CompactString;
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

/// Ids, references and dates: short strings, kept inline (up to 24 bytes)
/// rather than one allocation each, since a large dataset has millions.
pub type Key = CompactString;

/// The schema name a dataset declares, so a future format can be told apart.
pub const SCHEMA: &str = "newsline/1";

/// The dataset file. Its quotes are records, or their JSON text when the file
/// is loaded ([`DatasetRaw`]).
#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
#[serde(bound(serialize = "Q: Serialize", deserialize = "Q: Deserialize<'de>"))]
pub struct DatasetFile<Q = QuoteRecord> {
    pub schema: String,
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<SourceRecord>,
    pub actors: Vec<ActorRecord>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub terms: Vec<TermRecord>,
    pub events: Vec<EventRecord>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub quotes: Vec<Q>,
}

/// The dataset file as it is read to be checked: each quote still its JSON
/// text, so that the quotes can be read and checked on both cores at once.
pub type DatasetRaw<'a> = DatasetFile<&'a RawValue>;

#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct SourceRecord {
    pub id: Key,
    pub title: String,
    pub outlet: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub relays: Vec<Key>,
    pub language: Key,
    pub published: Key,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published_derivation: Option<String>,
    /// Path of the article text, relative to the dataset file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file: Option<String>,
    /// The article text itself, for small datasets that carry it inline.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// The name the file had where it was collected.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub original_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

#[derive(Debug, Deserialize, Serialize, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum ActorKindRecord {
    Person,
    Country,
    #[serde(alias = "organisation")]
    Organization,
}

impl From<super::ActorKind> for ActorKindRecord {
    fn from(kind: super::ActorKind) -> Self {
        match kind {
            super::ActorKind::Person => ActorKindRecord::Person,
            super::ActorKind::Country => ActorKindRecord::Country,
            super::ActorKind::Organization => ActorKindRecord::Organization,
        }
    }
}

#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ActorRecord {
    pub id: Key,
    pub name: String,
    pub kind: ActorKindRecord,
    /// ISO 3166 alpha-2 code, for countries.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<Key>,
    /// The id of the country actor this person or organisation belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<Key>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub affiliations: Vec<Key>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub anonymous: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct SpanRecord {
    pub source: Key,
    /// `[start, end)` in characters (Unicode scalar values) of the source text.
    pub span: [usize; 2],
    /// The text the span covers, when given: it must match.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub excerpt: Option<String>,
}

#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct EventRecord {
    pub id: Key,
    pub date: Key,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_derivation: Option<String>,
    pub title: String,
    #[serde(default)]
    pub summary: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub actors: Vec<Key>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<SpanRecord>,
    /// When the record was last corrected by hand in the explorer (RFC 3339,
    /// UTC); absent on records never corrected.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub edited: Option<String>,
}

#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct QuoteRecord {
    pub id: Key,
    pub text: String,
    pub speaker: Key,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub co_speakers: Vec<Key>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub mentions: Vec<Key>,
    pub date: Key,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_derivation: Option<String>,
    pub event: Key,
    pub source: SpanRecord,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// When the record was last corrected by hand in the explorer (RFC 3339,
    /// UTC); absent on records never corrected.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub edited: Option<String>,
}

#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct TermRecord {
    pub text: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refers_to: Option<Key>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub occurrences: Vec<SpanRecord>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}
