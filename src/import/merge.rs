//! Merging proposals into a dataset file.
use super::Proposal;
use crate::cli::Failure;
use serde::Serialize;
use std::path::Path;

#[derive(Debug, Serialize)]
pub struct MergeReport {
    pub message: String,
}

impl MergeReport {
    pub fn message(&self) -> &str {
        &self.message
    }
}

pub fn merge_into(
    _dataset: &Path,
    _article: &Path,
    _text: &str,
    _p: &Proposal,
) -> Result<MergeReport, Failure> {
    Err(Failure::usage("not yet"))
}
