//! What the terminal layer's work for a review comes back as: the entries
//! of a folder, an imported article, a committed review. Plain data, carried
//! to the app by [`super::Action::WorkDone`].

use crate::data::Dataset;
use crate::import::Proposal;
use std::path::PathBuf;
use std::sync::Arc;

/// What the terminal layer's work for the review came to. Shared, and
/// compared by identity: an [`Action`] is cloned and compared, a dataset is big.
#[derive(Debug, Clone)]
pub struct Answer(pub Arc<Work>);

impl PartialEq for Answer {
    fn eq(&self, other: &Answer) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

impl Eq for Answer {}

/// Work done for the review.
#[derive(Debug, Clone)]
pub enum Work {
    /// The entries of the folder of a file name typed: names, and whether
    /// each is a folder.
    Listed {
        typed: String,
        entries: Result<Vec<(String, bool)>, String>,
    },
    /// An article read and imported.
    Imported(Result<Imported, String>),
    /// A review committed, and the dataset loaded again.
    Committed(Result<CommitDone, String>),
}

/// An article read and imported, ready for review.
#[derive(Debug, Clone)]
pub struct Imported {
    pub article: PathBuf,
    /// The cleaned text the proposal's spans count in.
    pub text: String,
    pub proposal: Proposal,
    /// What the dataset file held when the review began.
    pub since: Option<u64>,
}

/// A committed review.
#[derive(Debug, Clone)]
pub struct CommitDone {
    /// What was added, in words.
    pub message: String,
    /// The new source's id, to show its records.
    pub source: String,
    /// The dataset as it is now, or why it could not be loaded again.
    pub dataset: Result<Dataset, String>,
    /// What the file holds now.
    pub loaded: crate::import::review::commit::LoadedFile,
}
