//! The `quotes` listing's JSON records written straight into cleaned
//! buffers, on every core: the fields of `export::json::QuoteJson` in its
//! order and serde_json's layouts, each string escaped once, and the actors,
//! sources and dates records share escaped once per worker. The tests of
//! `super::quote_rows` compare the bytes with serde_json's.

use super::blocks;
use super::quote_rows::Row;
use crate::cli::out::CleanedOut;
use crate::data::Dataset;
use crate::data::date::FuzzyDate;
use crate::text::Cleaned;
use rustc_hash::FxHashMap;
use std::io::{self, Write};

/// The records of `export::json::quote`, as `--json` (one pretty array) or
/// `--json-lines` (one compact record a line) writes them.
pub(super) fn json(
    out: &mut CleanedOut<impl Write>,
    ds: &Dataset,
    rows: &[Row],
    pretty: bool,
) -> io::Result<()> {
    let mut edge = Cleaned::default();
    if pretty {
        edge.lit("[");
        out.write(&edge)?;
    }
    blocks::write(
        out,
        rows,
        || Shared::new(ds, pretty),
        |shared, i, &(qi, score), buf| {
            let mut l = Layout {
                pretty,
                depth: 0,
                first: i == 0,
            };
            if pretty {
                // An element of the array.
                l.depth = 1;
                l.next(buf);
            }
            record(&mut l, buf, shared, qi, score);
            if !pretty {
                buf.lit("\n");
            }
        },
    )?;
    if pretty {
        edge.clear();
        edge.lit(if rows.is_empty() { "]\n" } else { "\n]\n" });
        out.write(&edge)?;
    }
    Ok(())
}

/// serde_json's layouts, pretty (two spaces an indent) and compact.
struct Layout {
    pretty: bool,
    depth: usize,
    /// Whether nothing is in the object or array open at `depth` yet.
    first: bool,
}

impl Layout {
    fn open(&mut self, buf: &mut Cleaned, mark: &'static str) {
        buf.lit(mark);
        self.depth += 1;
        self.first = true;
    }

    fn close(&mut self, buf: &mut Cleaned, mark: &'static str) {
        self.depth -= 1;
        if self.pretty && !self.first {
            buf.lit("\n");
            self.indent(buf);
        }
        buf.lit(mark);
        self.first = false;
    }

    /// Before an array's value or an object's key.
    fn next(&mut self, buf: &mut Cleaned) {
        if self.pretty {
            buf.lit(if self.first { "\n" } else { ",\n" });
            self.indent(buf);
        } else if !self.first {
            buf.lit(",");
        }
        self.first = false;
    }

    fn key(&mut self, buf: &mut Cleaned, key: &'static str) {
        self.next(buf);
        buf.lit("\"");
        buf.lit(key);
        buf.lit(if self.pretty { "\": " } else { "\":" });
    }

    fn indent(&self, buf: &mut Cleaned) {
        buf.spaces(2 * self.depth);
    }
}

/// The JSON many records share, escaped and laid out once by each worker:
/// a speaker's whole object and a source's fields are the same bytes in
/// every record that has them (at the same depth), so a record appends them
/// whole instead of writing their keys, marks and indents again. At a
/// million hits that took a quarter off `--json`'s formatting.
struct Shared<'a> {
    ds: &'a Dataset,
    pretty: bool,
    /// An actor's id and name, escaped.
    actors: Vec<Option<[Cleaned; 2]>>,
    /// An actor's object as a record's `speaker`, laid out.
    speakers: Vec<Option<Cleaned>>,
    /// A source's object as a record's `source`, from its opening mark to
    /// its `language`, laid out.
    sources: Vec<Option<Cleaned>>,
    dates: FxHashMap<FuzzyDate, Cleaned>,
}

fn json_string(s: &str) -> Cleaned {
    let mut c = Cleaned::with_capacity(s.len() + 2);
    c.json(s);
    c
}

/// Where a record's fields are: inside the array's element (depth 1) when
/// pretty, after its first field.
fn in_record(pretty: bool) -> Layout {
    Layout {
        pretty,
        depth: if pretty { 2 } else { 0 },
        first: false,
    }
}

impl<'a> Shared<'a> {
    fn new(ds: &'a Dataset, pretty: bool) -> Shared<'a> {
        Shared {
            ds,
            pretty,
            actors: vec![None; ds.actors.len()],
            speakers: vec![None; ds.actors.len()],
            sources: vec![None; ds.sources.len()],
            dates: FxHashMap::default(),
        }
    }

    fn actor(&mut self, a: usize) -> &[Cleaned; 2] {
        let ds = self.ds;
        self.actors[a].get_or_insert_with(|| {
            let actor = &ds.actors[a];
            [json_string(&actor.id), json_string(&actor.name)]
        })
    }

    /// The `speaker` object of a record: written once as `actor_ref` writes
    /// it, at a record's field depth.
    fn speaker(&mut self, a: usize) -> &Cleaned {
        if self.speakers[a].is_none() {
            let mut buf = Cleaned::default();
            actor_ref(&mut in_record(self.pretty), &mut buf, self, a);
            self.speakers[a] = Some(buf);
        }
        self.speakers[a].get_or_insert_with(Cleaned::default)
    }

    /// The `source` object of a record up to its `span`.
    fn source(&mut self, s: usize) -> &Cleaned {
        let (ds, pretty) = (self.ds, self.pretty);
        self.sources[s].get_or_insert_with(|| {
            let source = &ds.sources[s];
            let mut buf = Cleaned::default();
            let mut l = in_record(pretty);
            l.open(&mut buf, "{");
            for (key, value) in [
                ("id", source.id.as_str()),
                ("title", &source.title),
                ("outlet", &source.outlet),
                ("published", &source.published.iso()),
                ("language", &source.language),
            ] {
                l.key(&mut buf, key);
                buf.json(value);
            }
            buf
        })
    }

    fn date(&mut self, date: FuzzyDate) -> &Cleaned {
        self.dates
            .entry(date)
            .or_insert_with(|| json_string(&date.iso()))
    }
}

/// `{"id": …, "name": …}`, an `ActorRef`.
fn actor_ref(l: &mut Layout, buf: &mut Cleaned, shared: &mut Shared<'_>, a: usize) {
    let [id, name] = shared.actor(a);
    l.open(buf, "{");
    l.key(buf, "id");
    buf.append(id);
    l.key(buf, "name");
    buf.append(name);
    l.close(buf, "}");
}

/// A `QuoteJson`, field by field in its order.
fn record(
    l: &mut Layout,
    buf: &mut Cleaned,
    shared: &mut Shared<'_>,
    qi: usize,
    score: Option<i64>,
) {
    let ds = shared.ds;
    let q = &ds.quotes[qi];
    l.open(buf, "{");
    l.key(buf, "id");
    buf.json(q.id.as_str());
    l.key(buf, "text");
    buf.json(&q.text);
    l.key(buf, "speaker");
    buf.append(shared.speaker(q.speaker));
    l.key(buf, "co_speakers");
    l.open(buf, "[");
    for &a in &q.co_speakers {
        l.next(buf);
        actor_ref(l, buf, shared, a);
    }
    l.close(buf, "]");
    l.key(buf, "date");
    buf.append(shared.date(q.date));
    l.key(buf, "date_precision");
    buf.json(q.date.precision().as_str());
    l.key(buf, "date_derivation");
    match &q.date_derivation {
        Some(d) => buf.json(d),
        None => buf.lit("null"),
    }
    l.key(buf, "event");
    buf.json(ds.events[q.event].id.as_str());
    l.key(buf, "source");
    let span = &q.source;
    buf.append(shared.source(span.source));
    // As `Layout::open` and the five keys after it leave it.
    l.depth += 1;
    l.first = false;
    l.key(buf, "span");
    l.open(buf, "[");
    l.next(buf);
    buf.count(span.start);
    l.next(buf);
    buf.count(span.end);
    l.close(buf, "]");
    l.close(buf, "}");
    if let Some(score) = score {
        l.key(buf, "score");
        buf.number(score);
    }
    l.close(buf, "}");
}
