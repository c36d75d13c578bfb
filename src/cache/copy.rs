//! The dataset's part of the cache: the copy's sections, written from a
//! checked dataset and read back into one, every reference checked again.

use super::records::{self, Bounds};
use super::sections::{Sections, decode_all, raw_section, section};
use super::{CHUNK, CachedCopy, Unused, open_current};
use crate::data::assemble::actor_index;
use crate::data::mapped::FileBytes;
use crate::data::*;
use std::io::{self, Write};
use std::sync::Arc;

/// Actors per section of their lists of what involves them.
const ACTORS: usize = 256;

type Head = (
    String,
    Option<String>,
    Vec<Source>,
    Vec<Actor>,
    Vec<Term>,
    u64,
    u64,
);

/// The copy's sections after its header: the rest of the dataset in
/// postcard, then events, quotes and actors' lists in the flat layout.
pub(super) fn write(
    ds: &Dataset,
    out: &mut io::BufWriter<&mut dyn Write>,
    buf: &mut Vec<u8>,
) -> io::Result<()> {
    let head = (
        &ds.title,
        &ds.description,
        &ds.sources,
        &ds.actors,
        &ds.terms,
        ds.events.len() as u64,
        ds.quotes.len() as u64,
    );
    section(out, buf, &head)?;
    for chunk in ds.events.chunks(CHUNK) {
        raw_section(out, &records::write_events(chunk)?)?;
    }
    for chunk in ds.quotes.chunks(CHUNK) {
        raw_section(out, &records::write_quotes(chunk)?)?;
    }
    for chunk in ds.involving.chunks(ACTORS) {
        raw_section(out, &records::write_involving(chunk)?)?;
    }
    Ok(())
}

/// The dataset from its copy, if there is a sound, current one.
/// Events and then quotes are checked and decoded on both cores, each
/// section's pages given back once it is. The quotes' texts are read where
/// they lie, so the mapping lives as long as they do; a page of it given
/// back is read again from the file (the page cache) if a text on it is.
pub(super) fn read(plan: &CachedCopy) -> Result<Dataset, Unused> {
    let (map, start) = open_current(&plan.file, plan)?;
    decode(&Arc::new(map), start).ok_or(Unused::Damaged)
}

fn decode(map: &Arc<FileBytes>, start: usize) -> Option<Dataset> {
    let mut sections = Sections::new(map.bytes().get(start..)?);
    let (title, description, sources, actors, terms, n_events, n_quotes): Head = sections.next()?;
    let (n_events, n_quotes) = (
        usize::try_from(n_events).ok()?,
        usize::try_from(n_quotes).ok()?,
    );
    let events = sections.run(n_events.div_ceil(CHUNK))?;
    let quotes = sections.run(n_quotes.div_ceil(CHUNK))?;
    let involving = sections.run(actors.len().div_ceil(ACTORS))?;
    if !sections.at_end() {
        return None;
    }
    let bounds = Bounds {
        actors: actors.len(),
        events: n_events,
        quotes: n_quotes,
        sources: sources.len(),
    };
    let done = |part: &[u8]| map.release_part(part);
    let events = decode_all(
        &events,
        n_events,
        |bytes, out| records::read_events(bytes, bounds, map, out),
        &done,
    )?;
    let quotes: Vec<Quote> = decode_all(
        &quotes,
        n_quotes,
        |bytes, out| records::read_quotes(bytes, bounds, map, out),
        &done,
    )?;
    let involving = decode_all(
        &involving,
        actors.len(),
        |bytes, out| records::read_involving(bytes, bounds, out),
        &done,
    )?;
    let ds = Dataset {
        title,
        description,
        actor_by_id: actor_index(&actors),
        involving,
        sources,
        actors,
        events,
        quotes,
        terms,
    };
    references_hold(&ds).then_some(ds)
}

/// Every index in the dataset points at a record: what the rest of newsline
/// relies on, checked again here because the copy is a file like any other.
/// Events, quotes and actors' lists were checked as they were read (see
/// `records.rs`); what is left is the rest, read with postcard.
fn references_hold(ds: &Dataset) -> bool {
    let (n_s, n_a) = (ds.sources.len(), ds.actors.len());
    let actor = |a: &ActorIx| *a < n_a;
    let span = |s: &Span| s.source < n_s && s.start <= s.end;
    ds.sources.iter().all(|s| s.relays.iter().all(actor))
        && ds
            .actors
            .iter()
            .all(|a| a.country.is_none_or(|c| c < n_a) && a.affiliations.iter().all(actor))
        && ds
            .terms
            .iter()
            .all(|t| t.refers_to.is_none_or(|a| a < n_a) && t.occurrences.iter().all(span))
}
