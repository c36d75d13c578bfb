//! Queries over a dataset: filters, the timeline they leave, and quote search.
//! Pure functions of the dataset and the query; no terminal, no I/O.

pub mod actors;
pub mod filter;
mod rank;
pub mod search;
mod vocab;

pub use filter::{Filter, TimelineEvent, timeline};
pub use rank::SearchSession;
pub use search::{Hit, SearchIndex};
