//! The quote search off the input thread: the explorer hands each query to a
//! worker and keeps drawing and echoing keys; the worker skips queries that a
//! newer one has replaced, and the app keeps only the newest answer.

use crate::data::Dataset;
use crate::query::{Hit, SearchIndex};
use std::sync::Arc;
use std::sync::mpsc::{Receiver, Sender, channel};

/// How the worker gets the index of a dataset: builds it, or reads it back.
/// Given the dataset shared, so that it can hand both to a thread that keeps
/// the index once built.
pub type MakeIndex = Box<dyn FnOnce(&Arc<Dataset>) -> Arc<SearchIndex> + Send>;

/// Where the worker gets its index.
pub enum IndexSource {
    Ready(Arc<SearchIndex>),
    /// Made by the worker before its first search: at a million quotes that
    /// takes seconds the first frame need not wait for.
    Build(Arc<Dataset>, MakeIndex),
}

struct Job {
    generation: u64,
    query: String,
    allowed: Option<Arc<Vec<bool>>>,
}

/// A search worker thread and the way to it and back.
pub struct Searcher {
    jobs: Sender<Job>,
    answers: Receiver<(u64, Vec<Hit>)>,
}

impl std::fmt::Debug for Searcher {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Searcher")
    }
}

impl Searcher {
    /// Starts the worker; it ends when the `Searcher` is dropped.
    pub fn spawn(source: IndexSource) -> Searcher {
        let (jobs, inbox) = channel::<Job>();
        let (outbox, answers) = channel();
        std::thread::spawn(move || {
            let index = match source {
                IndexSource::Ready(index) => index,
                IndexSource::Build(ds, make) => make(&ds),
            };
            while let Ok(mut job) = inbox.recv() {
                // Typing fast queues queries: only the newest is worth running.
                while let Ok(newer) = inbox.try_recv() {
                    job = newer;
                }
                let hits = index.search(&job.query, job.allowed.as_deref().map(Vec::as_slice));
                if outbox.send((job.generation, hits)).is_err() {
                    break;
                }
            }
        });
        Searcher { jobs, answers }
    }

    /// Asks for the hits of `query`; `generation` tells the answer apart from
    /// those of older queries.
    pub fn ask(&self, generation: u64, query: &str, allowed: Option<Arc<Vec<bool>>>) {
        // A worker that is gone (it panicked) leaves the old hits shown.
        let _ = self.jobs.send(Job {
            generation,
            query: query.to_string(),
            allowed,
        });
    }

    /// The newest answer that arrived since the last call, if any.
    pub fn latest(&self) -> Option<(u64, Vec<Hit>)> {
        let mut last = None;
        while let Ok(answer) = self.answers.try_recv() {
            last = Some(answer);
        }
        last
    }
}
