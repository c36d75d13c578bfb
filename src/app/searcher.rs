//! The search of events and quotes off the input thread: the explorer hands
//! each query to a worker and keeps drawing and echoing keys; the worker skips
//! queries that a newer one has replaced, and the app keeps only the newest
//! answer. A panic in the worker ends only the worker, and is told to the app
//! as an answer.

use crate::data::Dataset;
use crate::query::{EventHit, Finder, Hit, SearchIndex, SearchSession};
use std::sync::Arc;
use std::sync::mpsc::{Receiver, Sender, TryRecvError, channel};

/// How the worker gets the index of a dataset: builds it, or reads it back.
/// Given the dataset shared, so that it can hand both to a thread that keeps
/// the index once built.
pub type MakeIndex = Box<dyn FnOnce(&Arc<Dataset>) -> Arc<SearchIndex> + Send>;

/// Where the worker gets its indexes.
pub enum IndexSource {
    Ready(Arc<Dataset>, Arc<Finder>),
    /// Made by the worker before its first search: at a million quotes that
    /// takes seconds the first frame need not wait for. The event index is
    /// built from the dataset beside it.
    Build(Arc<Dataset>, MakeIndex),
}

/// Which items the filter leaves, for the search: `None` is all.
#[derive(Debug, Clone, Default)]
pub struct Allowed {
    pub quotes: Option<Arc<Vec<bool>>>,
    pub events: Option<Arc<Vec<bool>>>,
}

struct Job {
    generation: u64,
    query: String,
    allowed: Allowed,
}

/// What a query found in the filter.
#[derive(Debug, Default)]
pub struct Results {
    pub quotes: Vec<Hit>,
    pub events: Vec<EventHit>,
    /// How many more hits (events and quotes) the filter hides.
    pub hidden: usize,
    /// What is wrong with the query's tokens, and what the search left
    /// undone, in words.
    pub problems: Vec<String>,
}

/// Runs `query` over everything, then splits by the filter: what the filter
/// hides is counted, so the explorer can say so.
pub fn run(ds: &Dataset, finder: &Finder, query: &str, allowed: &Allowed) -> Results {
    run_in(ds, finder, &mut finder.quotes.session(), query, allowed)
}

/// [`run`] in the worker's `session` of the finder's quote index.
fn run_in(
    ds: &Dataset,
    finder: &Finder,
    session: &mut SearchSession<'_>,
    query: &str,
    allowed: &Allowed,
) -> Results {
    let found = finder.find_in(session, ds, query, crate::query::find::PHRASE_CHECKS);
    let (quotes, hidden_quotes) = super::filter_notice::split_by_filter(
        found.quotes,
        allowed.quotes.as_deref().map(Vec::as_slice),
    );
    let (events, hidden_events) = super::filter_notice::split_events(
        found.events,
        allowed.events.as_deref().map(Vec::as_slice),
    );
    Results {
        quotes,
        events,
        hidden: hidden_quotes + hidden_events,
        problems: found
            .problems
            .iter()
            .map(ToString::to_string)
            .chain(found.notes)
            .collect(),
    }
}

/// What the worker sends back.
#[derive(Debug)]
pub enum Answer {
    /// What the query of this generation found.
    Hits(u64, Results),
    /// The worker stopped because of a bug (what the panic said); no more
    /// answers will come.
    Failed(String),
}

/// A search worker thread and the way to it and back.
pub struct Searcher {
    jobs: Sender<Job>,
    answers: Receiver<Answer>,
}

impl std::fmt::Debug for Searcher {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Searcher")
    }
}

impl Searcher {
    /// Starts the worker; it ends when the `Searcher` is dropped.
    pub fn spawn(source: IndexSource) -> Searcher {
        Searcher::spawn_after(source, None)
    }

    /// Starts the worker, which waits for a word on `go`, if given, before
    /// it makes its indexes, and ends without making them if `go` is dropped
    /// unsent (an app gone before its first frame).
    pub fn spawn_after(source: IndexSource, go: Option<Receiver<()>>) -> Searcher {
        let (jobs, inbox) = channel::<Job>();
        let (outbox, answers) = channel();
        std::thread::spawn(move || {
            if go.is_some_and(|go| go.recv().is_err()) {
                return;
            }
            let failed = outbox.clone();
            // The worker holds no state the app shares (the index is only
            // read, the channels stay whole), so nothing is left half-changed
            // by a panic; the app is told and searches no more.
            let work = std::panic::AssertUnwindSafe(move || serve(source, &inbox, &outbox));
            if let Err(payload) = std::panic::catch_unwind(work) {
                let _ = failed.send(Answer::Failed(panic_text(payload.as_ref())));
            }
        });
        Searcher { jobs, answers }
    }

    /// Asks for the hits of `query`; `generation` tells the answer apart from
    /// those of older queries.
    pub fn ask(&self, generation: u64, query: &str, allowed: Allowed) {
        // A worker that is gone (it panicked) leaves the old hits shown.
        let _ = self.jobs.send(Job {
            generation,
            query: query.to_string(),
            allowed,
        });
    }

    /// The newest answer that arrived since the last call, if any; a failure
    /// comes before any hits, and also when the worker is gone unheard of.
    pub fn latest(&self) -> Option<Answer> {
        let mut last = None;
        loop {
            match self.answers.try_recv() {
                Ok(failed @ Answer::Failed(_)) => return Some(failed),
                Ok(hits) => last = Some(hits),
                Err(TryRecvError::Empty) => return last,
                Err(TryRecvError::Disconnected) => {
                    return Some(Answer::Failed("the search worker ended".into()));
                }
            }
        }
    }
}

/// The worker's loop: makes or takes the index, then answers queries until
/// the app is gone.
fn serve(source: IndexSource, inbox: &Receiver<Job>, outbox: &Sender<Answer>) {
    let (ds, finder) = match source {
        IndexSource::Ready(ds, finder) => (ds, finder),
        IndexSource::Build(ds, make) => {
            let quotes = make(&ds);
            let finder = Arc::new(Finder::new(&ds, quotes));
            (ds, finder)
        }
    };
    // One session for all the queries: a query that only grew reuses the
    // work of its earlier words, and letters alone, prepared while no key
    // comes, are read rather than searched.
    let mut session = finder.quotes.session();
    loop {
        let mut job = match inbox.try_recv() {
            Ok(job) => job,
            Err(TryRecvError::Disconnected) => break,
            Err(TryRecvError::Empty) if session.prepare() => continue,
            Err(TryRecvError::Empty) => match inbox.recv() {
                Ok(job) => job,
                Err(_) => break,
            },
        };
        crate::crash_test::crash_if_asked(crate::crash_test::Place::Worker);
        // Typing fast queues queries: only the newest is worth running.
        while let Ok(newer) = inbox.try_recv() {
            job = newer;
        }
        let results = run_in(&ds, &finder, &mut session, &job.query, &job.allowed);
        if outbox.send(Answer::Hits(job.generation, results)).is_err() {
            break;
        }
    }
}

/// What a panic said, when it said it with a string.
pub fn panic_text(payload: &(dyn std::any::Any + Send)) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "unknown error".into())
}

#[cfg(test)]
mod tests {
    use crate::app::{Action, App};
    use std::time::{Duration, Instant};

    /// Polls as the event loop does until nothing is pending, or fails.
    fn settle(app: &mut App) {
        let start = Instant::now();
        while app.search.pending {
            assert!(
                start.elapsed() < Duration::from_secs(20),
                "still pending: the event loop would poll every 5 ms forever"
            );
            app.update(Action::Poll);
            std::thread::sleep(Duration::from_millis(5));
        }
    }

    #[test]
    fn a_worker_that_panics_leaves_nothing_pending_and_says_so() {
        let ds = crate::data::load_builtin().unwrap();
        let mut app = App::new_in_background_with(ds, (100, 30), |_| {
            panic!("index test panic");
        });
        app.update(Action::OpenSearch);
        app.update(Action::Input('e'));
        settle(&mut app);
        let message = app.message.clone().unwrap_or_default();
        assert!(message.contains("index test panic"), "{message}");
        assert!(message.contains("the search stopped"), "{message}");
        // Searching on asks nothing of the gone worker, and waits for nothing.
        app.update(Action::Input('u'));
        assert!(!app.search.pending);
        assert_eq!(app.search.input.text(), "eu");
    }

    #[test]
    fn a_working_worker_answers_the_newest_query() {
        let ds = crate::data::load_builtin().unwrap();
        let mut app = App::new_in_background(ds, (100, 30));
        app.update(Action::OpenSearch);
        app.update(Action::Paste("choses".into()));
        settle(&mut app);
        assert_eq!(app.search.hits.len(), 1);
        assert_eq!(app.message, None);
    }
}
