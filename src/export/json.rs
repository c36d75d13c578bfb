//! The JSON shapes of `--json`, documented in the README and kept stable: fields may be added, never
//! renamed or removed; and the writer every JSON newsline prints goes through, which escapes what must
//! not reach a terminal. (`export --format json` writes a dataset: see `super::dataset`.)

use crate::data::{ActorIx, Dataset, EventIx, QuoteIx, Span};
use crate::text::{Piece, Scrubber};
use serde::Serialize;
use serde_json::ser::{CharEscape, CompactFormatter, Formatter, PrettyFormatter};
use std::io;

// The listings' shapes borrow from the dataset: a `--json` listing of a
// million quotes copied every text and name once more (a tenth of its time).
#[derive(Serialize)]
pub struct ActorRef<'a> {
    pub id: &'a str,
    pub name: &'a str,
}

#[derive(Serialize)]
pub struct ActorBadge<'a> {
    pub id: &'a str,
    pub name: &'a str,
    pub kind: &'static str,
}

#[derive(Serialize)]
pub struct SourceRef<'a> {
    pub id: &'a str,
    pub title: &'a str,
    pub outlet: &'a str,
    pub published: String,
    pub language: &'a str,
    /// `[start, end)` in chars of the source text.
    pub span: [usize; 2],
}

#[derive(Serialize)]
pub struct QuoteJson<'a> {
    pub id: &'a str,
    pub text: &'a str,
    pub speaker: ActorRef<'a>,
    pub co_speakers: Vec<ActorRef<'a>>,
    pub date: String,
    pub date_precision: &'static str,
    pub date_derivation: Option<&'a str>,
    pub event: &'a str,
    pub source: SourceRef<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub score: Option<i64>,
}

#[derive(Serialize)]
pub struct EventJson<'a> {
    pub id: &'a str,
    pub date: String,
    pub date_precision: &'static str,
    pub date_derivation: Option<&'a str>,
    pub title: &'a str,
    pub summary: &'a str,
    pub actors: Vec<ActorBadge<'a>>,
    pub location: Option<&'a str>,
    pub sources: Vec<SourceRef<'a>>,
    pub quotes: Vec<&'a str>,
}

#[derive(Serialize)]
pub struct ActorJson<'a> {
    pub id: String,
    pub name: String,
    pub kind: &'static str,
    pub country: Option<ActorRef<'a>>,
    pub code: Option<String>,
    pub role: Option<String>,
    pub aliases: Vec<String>,
    pub anonymous: bool,
    pub events: usize,
    pub quotes: usize,
}

fn actor_ref(ds: &Dataset, a: ActorIx) -> ActorRef<'_> {
    ActorRef {
        id: &ds.actors[a].id,
        name: &ds.actors[a].name,
    }
}

fn source_ref<'a>(ds: &'a Dataset, span: &Span) -> SourceRef<'a> {
    let s = &ds.sources[span.source];
    SourceRef {
        id: &s.id,
        title: &s.title,
        outlet: &s.outlet,
        published: s.published.iso(),
        language: &s.language,
        span: [span.start, span.end],
    }
}

pub fn quote(ds: &Dataset, qi: QuoteIx, score: Option<i64>) -> QuoteJson<'_> {
    let q = &ds.quotes[qi];
    QuoteJson {
        id: q.id.as_str(),
        text: &q.text,
        speaker: actor_ref(ds, q.speaker),
        co_speakers: q.co_speakers.iter().map(|&a| actor_ref(ds, a)).collect(),
        date: q.date.iso(),
        date_precision: q.date.precision().as_str(),
        date_derivation: q.date_derivation.as_deref(),
        event: ds.events[q.event].id.as_str(),
        source: source_ref(ds, &q.source),
        score,
    }
}

pub fn event(ds: &Dataset, ei: EventIx) -> EventJson<'_> {
    let e = &ds.events[ei];
    EventJson {
        id: e.id.as_str(),
        date: e.date.iso(),
        date_precision: e.date.precision().as_str(),
        date_derivation: e.date_derivation.as_deref(),
        title: &e.title,
        summary: &e.summary,
        actors: e
            .actors
            .iter()
            .map(|&a| ActorBadge {
                id: &ds.actors[a].id,
                name: &ds.actors[a].name,
                kind: ds.actors[a].kind.as_str(),
            })
            .collect(),
        location: e.location.as_deref(),
        sources: e.sources.iter().map(|s| source_ref(ds, s)).collect(),
        quotes: e.quotes.iter().map(|&q| ds.quotes[q].id.as_str()).collect(),
    }
}

pub fn actor(ds: &Dataset, a: ActorIx, counts: (usize, usize)) -> ActorJson<'_> {
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

/// `serde_json::to_writer_pretty`, with every char that must not reach a
/// terminal (see [`crate::text::is_unsafe_char`]), and combining marks past
/// [`crate::text::MAX_MARKS`], written as a `\uXXXX` escape: serde_json
/// escapes C0 controls but writes C1 controls, bidi overrides and invisible
/// chars as they are. The JSON still reads back to the same strings.
pub fn to_writer_pretty<W: io::Write, T: Serialize + ?Sized>(
    writer: W,
    value: &T,
) -> serde_json::Result<()> {
    let mut ser = serde_json::Serializer::with_formatter(writer, Safe::new(PrettyFormatter::new()));
    value.serialize(&mut ser)
}

/// [`to_writer_pretty`] on one line: for JSON Lines, one value a line.
pub fn to_writer_compact<W: io::Write, T: Serialize + ?Sized>(
    writer: W,
    value: &T,
) -> serde_json::Result<()> {
    let mut ser = serde_json::Serializer::with_formatter(writer, Safe::new(CompactFormatter));
    value.serialize(&mut ser)
}

/// A formatter that lays out as `F` does and escapes unsafe chars in strings.
pub struct Safe<F> {
    layout: F,
    scrubber: Scrubber,
}

impl<F> Safe<F> {
    pub fn new(layout: F) -> Safe<F> {
        Safe {
            layout,
            scrubber: Scrubber::default(),
        }
    }

    /// Writes `s`, escaping what the scrubber says must not go as it is. In a
    /// raw fragment such chars can only be inside strings, where the escape
    /// is valid.
    fn escaped<W: ?Sized + io::Write>(&mut self, w: &mut W, s: &str) -> io::Result<()> {
        self.scrubber.scrub(s, |piece| match piece {
            Piece::Keep(t) => w.write_all(t.as_bytes()),
            Piece::Unsafe(c) => {
                let mut units = [0u16; 2];
                for unit in c.encode_utf16(&mut units) {
                    write!(w, "\\u{unit:04x}")?;
                }
                Ok(())
            }
        })
    }
}

/// Layout is `F`'s: each method passes on.
macro_rules! layout {
    ($($name:ident($($arg:ident: $ty:ty),*);)*) => {
        $(
            fn $name<W: ?Sized + io::Write>(&mut self, w: &mut W $(, $arg: $ty)*) -> io::Result<()> {
                self.layout.$name(w $(, $arg)*)
            }
        )*
    };
}

impl<F: Formatter> Formatter for Safe<F> {
    layout! {
        begin_array();
        end_array();
        begin_array_value(first: bool);
        end_array_value();
        begin_object();
        end_object();
        begin_object_key(first: bool);
        end_object_key();
        begin_object_value();
        end_object_value();
    }

    fn begin_string<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.scrubber.reset();
        self.layout.begin_string(w)
    }

    fn write_string_fragment<W: ?Sized + io::Write>(
        &mut self,
        w: &mut W,
        fragment: &str,
    ) -> io::Result<()> {
        self.escaped(w, fragment)
    }

    fn write_char_escape<W: ?Sized + io::Write>(
        &mut self,
        w: &mut W,
        escape: CharEscape,
    ) -> io::Result<()> {
        self.scrubber.reset();
        self.layout.write_char_escape(w, escape)
    }

    fn write_raw_fragment<W: ?Sized + io::Write>(
        &mut self,
        w: &mut W,
        fragment: &str,
    ) -> io::Result<()> {
        self.scrubber.reset();
        self.escaped(w, fragment)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unsafe_chars_are_escaped_and_read_back() {
        let hostile = vec![
            "id\u{1b}]52;c;eA==\u{7}".to_string(),
            "\u{9b}31m \u{202e}gnp.exe \u{85}\u{2028}\u{feff}".to_string(),
            "tag\u{e0041} vs\u{fe0f} a".to_string() + &"\u{301}".repeat(30),
            "\u{13430}\u{600}\u{115f}\u{2800}\u{34f}\u{e0100}".to_string(),
        ];
        let mut out = Vec::new();
        to_writer_pretty(&mut out, &hostile).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert!(
            !text
                .chars()
                .any(|c| c != '\n' && crate::text::is_unsafe_char(c)),
            "{text:?}"
        );
        assert_eq!(crate::text::scrubbed(&text), text, "nothing left to drop");
        assert!(
            text.contains(r"\u009b") && text.contains(r"\udb40\udc41"),
            "{text}"
        );
        let back: Vec<String> = serde_json::from_str(&text).unwrap();
        assert_eq!(back, hostile);
    }
}
