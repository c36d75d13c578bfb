//! newsline: explore a timeline of news events and the quotes in them.
//!
//! Layers, each looking only downwards: [`data`] (model, loading, validation),
//! [`query`] (filters and search, pure), [`app`] (state and `update`), [`ui`]
//! (drawing `&App`), [`terminal`] (init, restore, event loop) and [`cli`].
//! Beside them, above [`data`] and [`query`] and never imported by either:
//! [`cache`] (the binary copy of a dataset and its search index, in the cache
//! folder), [`import`], [`edit`] (corrections to a dataset file) and
//! [`export`]; [`store`] (paths, settings, atomic writes) and [`text`] sit
//! below whatever uses them.

pub mod alloc;
pub mod app;
pub mod cache;
pub mod cli;
mod crash_test;
pub mod data;
pub mod edit;
pub mod export;
pub mod import;
pub mod query;
pub mod store;
pub mod terminal;
pub mod text;
pub mod ui;
