//! Queries over a dataset: filters, the timeline they leave, and the search
//! over quotes and events with its typed tokens.
//! Pure functions of the dataset and the query; no terminal, no I/O.

pub mod actors;
pub mod axis;
pub mod complete;
pub mod cooccur;
pub mod date_range;
pub mod event_search;
pub mod filter;
pub mod find;
mod index_build;
pub mod lanes;
pub(crate) mod postings;
mod rank;
pub mod scope;
pub mod search;
pub mod tokens;
mod vocab;

pub use event_search::{EventHit, EventIndex};
pub use filter::{Filter, TimelineEvent, timeline};
pub use find::{Finder, Found, Target};
pub use rank::SearchSession;
pub use search::{Hit, SearchIndex};
