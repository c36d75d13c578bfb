//! The listings, `events`, `quotes` and `actors`: a table for people, JSON
//! or JSON Lines for scripts, plain text for other tools, all through the one
//! buffered, cleaned standard output.

use super::args::{KindArg, OutputArgs};
use super::dataset::index;
use super::out::{self, errln};
use super::{Failure, json, table};
use crate::cache::CachedCopy;
use crate::data::{ActorKind, Dataset};
use crate::query::filter::actor_counts;
use crate::query::{Filter, Finder, Found, timeline};
use serde::{Serialize, Serializer};
use std::cell::Cell;

use std::io::Write;

mod blocks;
mod quote_json;
mod quote_rows;

/// The two JSON layouts a listing can have.
#[derive(Clone, Copy)]
enum Json {
    /// One array, pretty-printed (`--json`).
    Array,
    /// One compact object a line (`--json-lines`), for streaming readers.
    Lines,
}

impl Json {
    fn of(output: &OutputArgs) -> Option<Json> {
        match (output.json, output.json_lines) {
            (_, true) => Some(Json::Lines),
            (true, false) => Some(Json::Array),
            (false, false) => None,
        }
    }
}

/// A sequence serialised straight from its iterator, so a listing of a
/// million quotes never holds a million JSON records at once.
struct Seq<I>(Cell<Option<I>>);

impl<I: Iterator<Item = T>, T: Serialize> Serialize for Seq<I> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.0.take().into_iter().flatten())
    }
}

fn print_items<T: Serialize>(format: Json, items: impl Iterator<Item = T>) -> Result<u8, Failure> {
    let mut out = out::json_stdout();
    match format {
        Json::Array => out.pretty(&Seq(Cell::new(Some(items))))?,
        Json::Lines => {
            for item in items {
                out.line(&item)?;
            }
        }
    }
    out.flush()?;
    Ok(0)
}

/// A pretty JSON array of `items` on standard output.
pub(crate) fn print_json<T: Serialize>(items: &[T]) -> Result<u8, Failure> {
    print_items(Json::Array, items.iter())
}

fn print_table(header: &[&str], rows: &[Vec<String>]) -> Result<u8, Failure> {
    let mut out = out::stdout();
    table::write(&mut out, header, rows, table::output_width())?;
    out.flush()?;
    Ok(0)
}

/// What `--search` finds in `ds` within the filter `f`: the same
/// [`Finder`] as the explorer's, so the ranking is the explorer's. A token
/// that cannot be used stops the command: a script is better told than
/// given results it did not ask for.
fn find(
    ds: &Dataset,
    copy: Option<&CachedCopy>,
    f: &Filter,
    search: &str,
    events: bool,
) -> Result<Found, Failure> {
    let finder = if events {
        Finder::new(ds, index(ds, copy))
    } else {
        Finder::for_quotes(index(ds, copy))
    };
    let mut found = finder.find(ds, search);
    if !found.problems.is_empty() {
        let all: Vec<String> = found.problems.iter().map(ToString::to_string).collect();
        return Err(Failure::usage(format!(
            "--search: {} (see `newsline quotes --help` for the tokens)",
            all.join("; ")
        )));
    }
    if !f.is_empty() {
        let m = f.matcher(ds);
        found.quotes.retain(|h| m.quote(&ds.quotes[h.quote]));
        let kept: std::collections::HashSet<usize> =
            timeline(ds, f).iter().map(|t| t.event).collect();
        found.events.retain(|h| kept.contains(&h.event));
    }
    Ok(found)
}

/// An event with its search score, in JSON.
#[derive(Serialize)]
struct ScoredEvent<'a> {
    #[serde(flatten)]
    event: json::EventJson<'a>,
    score: i64,
}

pub(super) fn events(
    ds: &Dataset,
    copy: Option<&CachedCopy>,
    f: &Filter,
    search: Option<&str>,
    output: &OutputArgs,
) -> Result<u8, Failure> {
    let limit = output.limit.unwrap_or(usize::MAX);
    let shown: Vec<(usize, Option<i64>)> = match search {
        Some(q) => find(ds, copy, f, q, true)?
            .events
            .into_iter()
            .map(|h| (h.event, Some(h.score)))
            .take(limit)
            .collect(),
        None => timeline(ds, f)
            .iter()
            .map(|t| (t.event, None))
            .take(limit)
            .collect(),
    };
    if let Some(format) = Json::of(output) {
        if search.is_some() {
            let scored = shown.iter().map(|&(e, score)| ScoredEvent {
                event: json::event(ds, e),
                score: score.unwrap_or(0),
            });
            return print_items(format, scored);
        }
        return print_items(format, shown.iter().map(|&(e, _)| json::event(ds, e)));
    }
    if shown.is_empty() {
        // As `quotes` does: a bare header would look like a broken listing.
        errln!("no event matches");
        return Ok(0);
    }
    let rows: Vec<Vec<String>> = shown
        .iter()
        .map(|&(e, _)| {
            let ev = &ds.events[e];
            vec![
                ev.date.to_string(),
                ev.date.precision().as_str().to_string(),
                ev.quotes.len().to_string(),
                ev.title.to_string(),
            ]
        })
        .collect();
    print_table(&["DATE", "PRECISION", "QUOTES", "EVENT"], &rows)
}

pub(super) fn quotes(
    ds: &Dataset,
    copy: Option<&CachedCopy>,
    f: &Filter,
    search: Option<&str>,
    plain: bool,
    output: &OutputArgs,
) -> Result<u8, Failure> {
    let limit = output.limit.unwrap_or(usize::MAX);
    let hits: Vec<(usize, Option<i64>)> = match search {
        Some(q) => find(ds, copy, f, q, false)?
            .quotes
            .into_iter()
            .map(|h| (h.quote, Some(h.score)))
            .take(limit)
            .collect(),
        None => {
            let allowed = (!f.is_empty()).then(|| f.matcher(ds).quote_mask());
            (0..ds.quotes.len())
                .filter(|&q| allowed.as_ref().is_none_or(|a| a[q]))
                .map(|q| (q, None))
                .take(limit)
                .collect()
        }
    };
    if let Some(format) = Json::of(output) {
        let mut out = out::cleaned_stdout();
        quote_json::json(&mut out, ds, &hits, matches!(format, Json::Array))?;
        out.flush()?;
        return Ok(0);
    }
    if plain {
        let mut out = out::cleaned_stdout();
        quote_rows::plain(&mut out, ds, &hits)?;
        out.flush()?;
        return Ok(0);
    }
    if hits.is_empty() {
        errln!("no quote matches");
        return Ok(0);
    }
    let width = table::output_width();
    if width.is_none() {
        let mut out = out::cleaned_stdout();
        quote_rows::table(&mut out, ds, &hits)?;
        out.flush()?;
        return Ok(0);
    }
    // A terminal: rows cut to its width, a screenful or so to read.
    let rows: Vec<Vec<String>> = hits
        .iter()
        .map(|&(qi, _)| {
            let q = &ds.quotes[qi];
            vec![
                q.date.to_string(),
                ds.actors[q.speaker].name.clone(),
                crate::text::marks::quoted(&q.text, &ds.sources[q.source.source].language),
            ]
        })
        .collect();
    print_table(&["DATE", "SPEAKER", "QUOTE"], &rows)
}

pub(super) fn actors(
    ds: &Dataset,
    kind: Option<KindArg>,
    output: &OutputArgs,
) -> Result<u8, Failure> {
    let kind = kind.map(|k| match k {
        KindArg::Person => ActorKind::Person,
        KindArg::Country => ActorKind::Country,
        KindArg::Organization => ActorKind::Organization,
    });
    let counts = actor_counts(ds);
    let shown: Vec<usize> = crate::query::actors::narrow(ds, "", kind)
        .into_iter()
        .take(output.limit.unwrap_or(usize::MAX))
        .collect();
    if let Some(format) = Json::of(output) {
        return print_items(format, shown.iter().map(|&a| json::actor(ds, a, counts[a])));
    }
    let rows: Vec<Vec<String>> = shown
        .iter()
        .map(|&a| {
            let actor = &ds.actors[a];
            let country = match (actor.kind, actor.country) {
                (ActorKind::Country, _) => actor.code.clone().unwrap_or_default(),
                (_, Some(c)) => ds.actors[c].name.clone(),
                _ => String::new(),
            };
            vec![
                actor.kind.as_str().to_string(),
                actor.name.clone(),
                country,
                counts[a].0.to_string(),
                counts[a].1.to_string(),
                actor.role.clone().unwrap_or_default(),
            ]
        })
        .collect();
    print_table(
        &["KIND", "NAME", "COUNTRY", "EVENTS", "QUOTES", "ROLE"],
        &rows,
    )
}
