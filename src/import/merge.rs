//! Adds an import's proposals to a dataset file: the article is copied beside
//! the dataset as the new source's text, known actors are reused, and the
//! result is checked before the dataset is replaced atomically. Importing the
//! same article twice adds nothing.

use super::Proposal;

mod crash;
use crate::data::LoadError;
use crate::data::load::{LoadOptions, SourceFiles, parse, read_records, source_files};
use crate::data::schema::{
    ActorKindRecord, ActorRecord, DatasetFile, EventRecord, QuoteRecord, SourceRecord, SpanRecord,
    TermRecord,
};
use crate::store::atomic;
use crate::store::lock::DatasetLock;
use crate::text::fold_key;
use serde::Serialize;
use std::collections::{HashMap, HashSet};
use std::io::Write;
use std::path::{Path, PathBuf};

/// Why a merge did not happen. The dataset is unchanged in every case.
#[derive(Debug, thiserror::Error)]
pub enum MergeError {
    #[error(transparent)]
    Load(#[from] LoadError),
    #[error("cannot write {path}: {source}")]
    Write {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("the merged dataset would not be valid, so nothing was written: {0}")]
    Invalid(LoadError),
}

/// What a merge did.
#[derive(Debug, Serialize)]
pub struct MergeReport {
    pub dataset: PathBuf,
    /// The source the article is, new or already there.
    pub source: String,
    /// Where the article's text was copied.
    pub article: PathBuf,
    /// The article was already in the dataset: nothing was added.
    pub already: bool,
    pub quotes: usize,
    pub events: usize,
    pub actors: usize,
    pub terms: usize,
    /// Quotes left out because no speaker was found for them.
    pub skipped_quotes: usize,
}

impl MergeReport {
    pub fn message(&self) -> String {
        if self.already {
            return format!(
                "{}: this article is already source `{}`; nothing added",
                self.dataset.display(),
                self.source
            );
        }
        let mut m = format!(
            "{}: added source `{}` ({}), {} quote{}, {} event{}, {} new actor{}, {} label{}",
            self.dataset.display(),
            self.source,
            self.article.display(),
            self.quotes,
            plural(self.quotes),
            self.events,
            plural(self.events),
            self.actors,
            plural(self.actors),
            self.terms,
            plural(self.terms),
        );
        if self.skipped_quotes > 0 {
            m += &format!(
                "\n{} quote{} with no speaker found left out; `newsline import` without --into lists them",
                self.skipped_quotes,
                plural(self.skipped_quotes)
            );
        }
        m
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// A lower-case id made of the words of `s`.
pub fn slug(s: &str) -> String {
    let folded = fold_key(s);
    let mut out = String::new();
    for word in folded
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if out.len() + word.len() > 40 {
            break;
        }
        if !out.is_empty() {
            out.push('-');
        }
        out.push_str(word);
    }
    if out.is_empty() { "item".into() } else { out }
}

fn unique(base: String, taken: &mut HashSet<String>) -> String {
    let mut id = base.clone();
    let mut n = 2;
    while taken.contains(&id) {
        id = format!("{base}-{n}");
        n += 1;
    }
    taken.insert(id.clone());
    id
}

/// Merges `p`, made from `text` (the cleaned article read from `article`),
/// into the dataset file at `dataset`, whose lock the caller holds: the
/// dataset is read, merged and written under it, so that two imports into
/// one dataset both land.
pub fn merge_into(
    dataset: &Path,
    _lock: &DatasetLock,
    article: &Path,
    text: &str,
    p: &Proposal,
    options: LoadOptions,
) -> Result<MergeReport, MergeError> {
    let mut file = read_records(dataset)?;
    // Beside the dataset's real file (not a link to it), where its source
    // files are looked for and where the article goes.
    let sources = source_files(dataset, options)?;
    let real = std::fs::canonicalize(dataset).unwrap_or_else(|_| dataset.to_path_buf());
    crash::recover(&real, &file);
    let dir = sources.folder().to_path_buf();
    let report = |source: String, article: PathBuf| MergeReport {
        dataset: dataset.to_path_buf(),
        source,
        article,
        already: true,
        quotes: 0,
        events: 0,
        actors: 0,
        terms: 0,
        skipped_quotes: 0,
    };
    // The same text already there: nothing to do.
    for s in &file.sources {
        let existing = match (&s.text, &s.file) {
            (Some(t), _) => Some(t.clone()),
            (None, Some(f)) => sources.text(f).ok(),
            _ => None,
        };
        if existing.is_some_and(|t| t.trim_end() == text.trim_end()) {
            return Ok(report(
                s.id.to_string(),
                dir.join(s.file.clone().unwrap_or_default()),
            ));
        }
    }

    let mut ids: HashSet<String> = file
        .sources
        .iter()
        .map(|s| s.id.to_string())
        .chain(file.actors.iter().map(|a| a.id.to_string()))
        .chain(file.events.iter().map(|e| e.id.to_string()))
        .chain(file.quotes.iter().map(|q| q.id.to_string()))
        .collect();
    let src = &p.source;
    let base = slug(src.outlet.as_deref().unwrap_or(&src.title));
    let source_id = unique(format!("{base}-{}", src.published), &mut ids);

    // The article beside the dataset, under a name no other file has.
    let mut name = format!("{source_id}.txt");
    let mut n = 2;
    while dir.join(&name).exists() {
        name = format!("{source_id}-{n}.txt");
        n += 1;
    }
    let article_path = dir.join(&name);

    // Actors: the dataset's own where the importer matched them, else new.
    let mut actor_ids: HashMap<usize, String> = HashMap::new();
    let mut new_actors = Vec::new();
    let used: HashSet<usize> = p
        .quotes
        .iter()
        .filter_map(|q| q.speaker.as_ref().map(|s| s.actor))
        .chain(p.events.iter().flat_map(|e| e.actors.iter().copied()))
        .collect();
    let mut used: Vec<usize> = used.into_iter().collect();
    used.sort_unstable();
    for i in used {
        let a = &p.actors[i];
        if let Some(id) = &a.existing {
            actor_ids.insert(i, id.clone());
            continue;
        }
        // The same name added by an earlier import of another article.
        if let Some(known) = file.actors.iter().find(|x| {
            fold_key(&x.name) == fold_key(&a.name)
                || x.aliases.iter().any(|al| fold_key(al) == fold_key(&a.name))
        }) {
            actor_ids.insert(i, known.id.to_string());
            continue;
        }
        let id = unique(slug(&a.name), &mut ids);
        actor_ids.insert(i, id.clone());
        let kind = ActorKindRecord::from(a.actor_kind());
        new_actors.push(ActorRecord {
            id: id.into(),
            name: a.name.clone(),
            kind,
            code: a.code.clone().map(Into::into),
            country: a.country.clone().map(Into::into),
            role: a.role.clone(),
            aliases: Vec::new(),
            affiliations: Vec::new(),
            anonymous: a.anonymous,
            description: a
                .anonymous
                .then(|| format!("Described in `{source_id}` as « {} ».", a.name)),
        });
    }

    let span = |s: [usize; 2], excerpt: Option<String>| SpanRecord {
        source: source_id.clone().into(),
        span: s,
        excerpt,
    };
    let event_ids: Vec<String> = (0..p.events.len())
        .map(|i| format!("{source_id}-e{}", i + 1))
        .collect();
    let chars: Vec<char> = text.chars().collect();
    let mut events: Vec<EventRecord> = p
        .events
        .iter()
        .zip(&event_ids)
        .map(|(e, id)| EventRecord {
            id: id.clone().into(),
            date: e.date.clone().into(),
            date_derivation: Some(if e.kind == "publication" {
                "Imported: the article's publication date.".to_string()
            } else {
                format!(
                    "Imported: a date in this sentence, resolved against publication on {}.",
                    src.published
                )
            }),
            title: e.title.clone(),
            summary: chars[e.span[0]..e.span[1].min(chars.len())]
                .iter()
                .collect(),
            location: None,
            actors: e
                .actors
                .iter()
                .filter_map(|a| actor_ids.get(a).map(|id| id.as_str().into()))
                .collect(),
            sources: vec![span(e.span, None)],
            edited: None,
        })
        .collect();

    let mut quotes = Vec::new();
    let mut skipped = 0;
    for (i, q) in p.quotes.iter().enumerate() {
        let Some(sp) = &q.speaker else {
            skipped += 1;
            continue;
        };
        let Some(speaker) = actor_ids.get(&sp.actor).cloned() else {
            skipped += 1;
            continue;
        };
        quotes.push(QuoteRecord {
            id: format!("{source_id}-q{}", i + 1).into(),
            text: q.text.clone(),
            speaker: speaker.into(),
            co_speakers: Vec::new(),
            mentions: Vec::new(),
            date: q.date.clone().into(),
            date_derivation: Some(format!("Imported: {}.", q.date_rule)),
            event: event_ids[q.event].clone().into(),
            source: span(q.span, Some(q.text.clone())),
            note: Some(if p.reviewed {
                match sp.cue {
                    super::review::CHOSEN => {
                        "Imported and reviewed; speaker chosen by the reviewer.".into()
                    }
                    cue => format!(
                        "Imported and reviewed; speaker found by {cue}, accepted by the reviewer."
                    ),
                }
            } else {
                format!(
                    "Imported; speaker by {} ({:.0}% sure). Review before relying on it.",
                    sp.cue,
                    sp.confidence * 100.0
                )
            }),
            edited: None,
        });
    }
    // Events no quote and no date supports are not kept: the publication
    // event is only there to hold undated quotes.
    let quoted: HashSet<&str> = quotes.iter().map(|q| q.event.as_str()).collect();
    events.retain(|e| {
        event_ids
            .first()
            .is_none_or(|f| f.as_str() != e.id.as_str())
            || quoted.contains(e.id.as_str())
    });

    // Labels join the dataset's terms.
    let mut terms_added = 0;
    for l in &p.labels {
        let occurrence = span(l.span, None);
        match file
            .terms
            .iter_mut()
            .find(|t| fold_key(&t.text) == fold_key(&l.text))
        {
            Some(t) => t.occurrences.push(occurrence),
            None => {
                terms_added += 1;
                file.terms.push(TermRecord {
                    text: l.text.clone(),
                    refers_to: None,
                    occurrences: vec![occurrence],
                    note: Some(
                        "Imported: words in quotation marks that name something, not speech."
                            .into(),
                    ),
                });
            }
        }
    }

    let report = MergeReport {
        already: false,
        quotes: quotes.len(),
        events: events.len(),
        actors: new_actors.len(),
        terms: terms_added,
        skipped_quotes: skipped,
        ..report(source_id.clone(), article_path.clone())
    };
    file.sources.push(SourceRecord {
        id: source_id.into(),
        title: src.title.clone(),
        outlet: src
            .outlet
            .clone()
            .unwrap_or_else(|| "Unknown outlet".into()),
        relays: Vec::new(),
        language: src.language.to_string().into(),
        published: src.published.clone().into(),
        published_derivation: Some("Given with --published when the article was imported.".into()),
        file: Some(name),
        text: None,
        original_name: article.file_name().map(|n| n.to_string_lossy().to_string()),
        url: None,
    });
    file.actors.extend(new_actors);
    file.events.extend(events);
    file.quotes.extend(quotes);

    write(dataset, &article_path, text, &file, &sources)?;
    Ok(report)
}

/// Checks the merged records, then writes the article and the dataset so
/// that, whenever the process is stopped, the folder holds either the old
/// dataset and no new article, or the new dataset and its article (see
/// [`crash`] for the one instant between the two renames). On any failure
/// the article copy is removed again.
fn write(
    dataset: &Path,
    article: &Path,
    text: &str,
    file: &DatasetFile,
    sources: &SourceFiles,
) -> Result<(), MergeError> {
    let fail = |path: &Path, source| MergeError::Write {
        path: path.to_path_buf(),
        source,
    };
    let json = serde_json::to_string_pretty(file)
        .map_err(|e| fail(dataset, std::io::Error::other(e)))?
        + "\n";
    // Staged first: a dataset that must not be replaced (read-only, not a
    // regular file) is refused before anything is written.
    let mut staged = atomic::stage(dataset).map_err(|e| fail(dataset, e))?;
    let real = staged.target().to_path_buf();
    // Checked as the file it will be, with the article's text as it will be
    // beside it: the article is not under its name until the very end.
    let new_name = article.file_name().map(|n| n.to_string_lossy());
    parse(dataset, &json, |name| {
        if new_name.as_deref() == Some(name) {
            return Ok(text.to_string());
        }
        sources.text(name)
    })
    .map_err(MergeError::Invalid)?;
    let mut copy = atomic::stage_beside(article, &real).map_err(|e| fail(article, e))?;
    copy.write_all(text.as_bytes())
        .and_then(|()| copy.sync())
        .map_err(|e| fail(article, e))?;
    staged
        .write_all(json.as_bytes())
        .and_then(|()| staged.sync())
        .map_err(|e| fail(dataset, e))?;
    // Both files are whole and on disk: what is left is two renames, the
    // article first, so that the new dataset never names a missing file.
    let pending = crash::Pending::note(&real, article, &copy).map_err(|e| fail(dataset, e))?;
    let placed = atomic::commit_both(copy, staged);
    if let Err(atomic::Both::Second(_)) = &placed {
        let _ = std::fs::remove_file(article);
    }
    pending.done();
    placed.map_err(|e| match e {
        atomic::Both::First(e) => fail(article, e),
        atomic::Both::Second(e) | atomic::Both::Folder(e) => fail(dataset, e),
    })
}
