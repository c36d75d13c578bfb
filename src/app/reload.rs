//! The dataset file's worker, and what the app does with its answers. One
//! thread does all the explorer's work on the dataset's files: it writes the
//! user's corrections ([`crate::edit::commit()`]) and it watches the dataset and
//! its articles for changes made elsewhere (an import, an editor, a `git
//! pull`), reloading the dataset in the background when they change. Both in
//! one thread, so that the explorer's own write is never taken for someone
//! else's: the worker notes the files as its write left them before it looks
//! at them again.
//!
//! It watches by looking at the files' size, time and inode twice a second,
//! rather than through the system's notifications (the `notify` crate): the
//! dataset is replaced by a rename (by newsline, git and most editors), which
//! ends a watch on the file, so a watch would be on the folders, with
//! filtering and debouncing on top; a few `stat` calls a second cost nothing
//! measurable and see every change that lasts longer than the interval.

use super::{App, Item, ListState, rows::Row, views::Under};
use crate::data::Dataset;
use crate::data::load::{LoadOptions, load_path_with};
use crate::edit::Change;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, RecvTimeoutError, Sender, channel};
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime};

/// How often the files are looked at.
const WATCH_EVERY: Duration = Duration::from_millis(500);

/// A correction to write, with what the status line says of it.
#[derive(Debug, Clone, PartialEq)]
pub struct EditRequest {
    pub change: Change,
    pub said: String,
    /// It undoes an earlier change of the session.
    pub undoing: bool,
}

// Values read from JSON are never NaN, so equality is total.
impl Eq for EditRequest {}

/// What the worker sends back.
pub enum Answer {
    Edited {
        dataset: Dataset,
        undo: Change,
        request: EditRequest,
    },
    EditFailed {
        why: String,
        request: EditRequest,
    },
    Reloaded(Dataset),
    ReloadFailed(String),
}

/// The worker, and the way to it and back. It ends when this is dropped.
pub struct Files {
    jobs: Sender<EditRequest>,
    answers: Arc<Mutex<Vec<Answer>>>,
    path: PathBuf,
}

impl std::fmt::Debug for Files {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Files({})", self.path.display())
    }
}

/// What a file looked like: size, modification time, inode; `None` if absent.
type Stamp = Option<(u64, Option<SystemTime>, u64)>;

fn stamp(path: &Path) -> Stamp {
    use std::os::unix::fs::MetadataExt;
    std::fs::metadata(path)
        .ok()
        .map(|m| (m.len(), m.modified().ok(), m.ino()))
}

/// The dataset file and the article files its sources name.
fn watched(path: &Path, ds: &Dataset) -> Vec<PathBuf> {
    let real = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
    let folder = crate::store::atomic::folder(&real);
    let mut files = vec![path.to_path_buf()];
    files.extend(
        ds.sources
            .iter()
            .filter_map(|s| s.file.as_ref())
            .map(|f| folder.join(f)),
    );
    files.sort();
    files.dedup();
    files
}

impl Files {
    /// Starts the worker for the dataset at `path`, loaded as `ds`, whose
    /// articles are read as `options` allow.
    pub fn spawn(path: PathBuf, ds: &Dataset, options: LoadOptions) -> Files {
        let (jobs, inbox) = channel::<EditRequest>();
        let answers = Arc::new(Mutex::new(Vec::new()));
        let outbox = Arc::clone(&answers);
        let files = watched(&path, ds);
        // Stamped here, not on the thread: a thread that starts late (the
        // search worker builds its indexes at the same time) would take a
        // change made meanwhile for the files as loaded, and never reload.
        let seen: Vec<Stamp> = files.iter().map(|f| stamp(f)).collect();
        let at = path.clone();
        std::thread::spawn(move || serve(&at, options, files, seen, &inbox, &outbox));
        Files {
            jobs,
            answers,
            path,
        }
    }

    /// The dataset file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Hands a correction to the worker; false if the worker is gone.
    pub fn send(&self, request: EditRequest) -> bool {
        self.jobs.send(request).is_ok()
    }

    /// Whether answers are waiting.
    pub fn has_news(&self) -> bool {
        self.answers.lock().is_ok_and(|a| !a.is_empty())
    }

    /// The answers that arrived, oldest first.
    pub fn take(&self) -> Vec<Answer> {
        self.answers
            .lock()
            .map(|mut a| std::mem::take(&mut *a))
            .unwrap_or_default()
    }
}

fn serve(
    path: &Path,
    options: LoadOptions,
    mut files: Vec<PathBuf>,
    mut seen: Vec<Stamp>,
    inbox: &Receiver<EditRequest>,
    outbox: &Mutex<Vec<Answer>>,
) {
    let send = |answer| {
        if let Ok(mut a) = outbox.lock() {
            a.push(answer);
        }
    };
    loop {
        match inbox.recv_timeout(WATCH_EVERY) {
            Ok(request) => {
                let now = crate::edit::commit::now();
                match crate::edit::commit(path, &request.change, &now, options) {
                    Ok(done) => {
                        files = watched(path, &done.dataset);
                        send(Answer::Edited {
                            dataset: done.dataset,
                            undo: done.undo,
                            request,
                        });
                    }
                    Err(e) => send(Answer::EditFailed {
                        why: crate::text::clean(&e.to_string(), false),
                        request,
                    }),
                }
                // The files as this write left them are the ones shown.
                seen = files.iter().map(|f| stamp(f)).collect();
            }
            Err(RecvTimeoutError::Timeout) => {
                let now: Vec<Stamp> = files.iter().map(|f| stamp(f)).collect();
                if now == seen {
                    continue;
                }
                match load_path_with(path, options) {
                    Ok(ds) => {
                        files = watched(path, &ds);
                        send(Answer::Reloaded(ds));
                    }
                    Err(e) => send(Answer::ReloadFailed(crate::text::clean(
                        &e.to_string(),
                        false,
                    ))),
                }
                seen = files.iter().map(|f| stamp(f)).collect();
            }
            Err(RecvTimeoutError::Disconnected) => break,
        }
    }
}

/// An item by what it is, not where it is, to find it again in a new dataset.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Id {
    Event(String),
    Quote(String),
}

impl App {
    /// Watches the dataset at `path` (loaded as this app's dataset), and lets
    /// the user correct it.
    pub fn with_file(mut self, path: PathBuf, options: LoadOptions) -> App {
        self.edits.files = Some(Files::spawn(path, &self.ds, options));
        self
    }

    /// Whether the dataset's worker has answers for [`super::Action::Poll`].
    pub fn files_have_news(&self) -> bool {
        self.edits.files.as_ref().is_some_and(Files::has_news)
    }

    /// Takes the worker's answers: a written correction or a reload shows the
    /// new dataset; a failure is told, and the data shown stays.
    pub(super) fn take_files(&mut self) {
        let Some(files) = &self.edits.files else {
            return;
        };
        let name = files.path().file_name().map_or_else(
            || "the dataset".to_string(),
            |n| crate::text::clean(&n.to_string_lossy(), false),
        );
        for answer in files.take() {
            match answer {
                Answer::Edited {
                    dataset,
                    undo,
                    request,
                } => {
                    self.replace_dataset(dataset);
                    self.edits.saving = self.edits.saving.saturating_sub(1);
                    self.message = Some(if request.undoing {
                        format!("undone: {}", request.said)
                    } else {
                        self.edits.undo.push((undo, request.said.clone()));
                        format!("{} · u undoes", request.said)
                    });
                }
                Answer::EditFailed { why, request } => {
                    self.edits.saving = self.edits.saving.saturating_sub(1);
                    if request.undoing {
                        self.edits.undo.push((request.change, request.said));
                    }
                    self.message = Some(format!("not saved: {why}"));
                }
                Answer::Reloaded(dataset) => {
                    let (events, quotes) = (dataset.events.len(), dataset.quotes.len());
                    self.replace_dataset(dataset);
                    self.message = Some(format!(
                        "{name} changed on disk: reloaded ({events} events, {quotes} quotes)"
                    ));
                }
                Answer::ReloadFailed(why) => {
                    self.message = Some(format!(
                        "{name} changed on disk and cannot be read; still showing the last good data: {why}"
                    ));
                }
            }
        }
    }

    fn id_of(&self, item: Item) -> Option<Id> {
        Some(match item {
            Item::Event(e) => Id::Event(self.ds.events.get(e)?.id.to_string()),
            Item::Quote(q) => Id::Quote(self.ds.quotes.get(q)?.id.to_string()),
        })
    }

    fn item_of(ds: &Dataset, id: &Id) -> Option<Item> {
        match id {
            Id::Event(id) => ds.events.iter().position(|e| e.id == id).map(Item::Event),
            Id::Quote(id) => ds.quotes.iter().position(|q| q.id == id).map(Item::Quote),
        }
    }

    /// Shows `ds` in place of the dataset shown, keeping what the user had:
    /// the filter, search, bookmarks, views and selections, by id. A view of
    /// an item that is gone is closed.
    pub(super) fn replace_dataset(&mut self, ds: Dataset) {
        let remap = |app: &App, item: Item| app.id_of(item);
        let actors: Vec<String> = self
            .filter
            .actors
            .iter()
            .map(|&a| self.ds.actors[a].id.clone())
            .collect();
        let bookmarks: Vec<Id> = self
            .bookmarks
            .iter()
            .filter_map(|&b| remap(self, b))
            .collect();
        let selected = self.selected_row().and_then(|r| match r {
            Row::Event(e) => remap(self, Item::Event(e)),
            Row::Quote(q) => remap(self, Item::Quote(q)),
            Row::Period(..) => None,
        });
        let detail = self
            .detail
            .as_ref()
            .and_then(|d| Some((remap(self, d.item)?, d.scroll)));
        let under: Vec<(super::Mode, Option<(Id, usize)>)> = self
            .views
            .views()
            .iter()
            .map(|u| {
                (
                    u.mode,
                    u.detail.and_then(|(i, s)| Some((remap(self, i)?, s))),
                )
            })
            .collect();

        let background = self.searcher.is_some().then(|| {
            let make: super::searcher::MakeIndex =
                Box::new(|ds| Arc::new(crate::query::SearchIndex::build(ds)));
            make
        });
        let mut fresh = App::build(ds, self.size, background);
        fresh.filter.actors = actors
            .iter()
            .filter_map(|id| fresh.ds.actor_by_id(id))
            .collect();
        fresh.filter.all_actors = self.filter.all_actors;
        fresh.filter.from = self.filter.from;
        fresh.filter.to = self.filter.to;
        fresh.lane_kind = self.lanes.as_ref().map_or(self.lane_kind, |v| v.kind);
        fresh.search.input = std::mem::take(&mut self.search.input);
        fresh.bookmarks = bookmarks
            .iter()
            .filter_map(|id| App::item_of(&fresh.ds, id))
            .collect();
        fresh.refilter();
        let row = selected
            .and_then(|id| App::item_of(&fresh.ds, &id))
            .and_then(|item| {
                let row = match item {
                    Item::Event(e) => Row::Event(e),
                    Item::Quote(q) => Row::Quote(q),
                };
                fresh.rows.iter().position(|r| *r == row)
            });
        // An item that is gone (a deleted quote) leaves the selection where
        // it was, on what is there now.
        fresh.list = ListState {
            selected: row.unwrap_or(self.list.selected),
            offset: self.list.offset,
        };
        fresh.snap_to_selectable(row.is_some() || self.list.selected < fresh.rows.len());
        // The prompts and the edits' state carry over as they are.
        fresh.picker.input = std::mem::take(&mut self.picker.input);
        fresh.narrow_actors();
        fresh.goto = std::mem::take(&mut self.goto);
        fresh.range = std::mem::take(&mut self.range);
        fresh.export = std::mem::take(&mut self.export);
        fresh.edits = std::mem::take(&mut self.edits);
        fresh.workbench = std::mem::take(&mut self.workbench);
        fresh.help_scroll = self.help_scroll;
        fresh.message = self.message.take();
        // The views: those whose item is gone are left out.
        for (mode, d) in under {
            match d {
                Some((id, scroll)) => {
                    if let Some(item) = App::item_of(&fresh.ds, &id) {
                        fresh.views.restore(Under {
                            mode,
                            detail: Some((item, scroll)),
                        });
                    }
                }
                None => fresh.views.restore(Under { mode, detail: None }),
            }
        }
        fresh.mode = self.mode;
        match detail.and_then(|(id, s)| Some((App::item_of(&fresh.ds, &id)?, s))) {
            Some((item, scroll)) => {
                fresh.show_detail(item);
                fresh.scroll_detail(scroll as isize);
            }
            None if self.mode == super::Mode::Detail => {
                fresh.back();
            }
            None => {}
        }
        // The lanes, when open, of the new data (the selection starts over).
        fresh.rebuild_lanes();
        fresh.edits.refresh_pick(&fresh.ds);
        *self = fresh;
    }
}
