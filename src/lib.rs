//! newsline: explore a timeline of news events and the quotes in them.
//!
//! Layers, each looking only downwards: [`data`] (model, loading, validation),
//! [`query`] (filters and search, pure), [`app`] (state and `update`), [`ui`]
//! (drawing `&App`), [`terminal`] (init, restore, event loop) and [`cli`].

pub mod app;
pub mod cli;
pub mod data;
pub mod export;
pub mod fuzz;
pub mod import;
pub mod query;
pub mod store;
pub mod terminal;
pub mod text;
pub mod ui;

/// A large dataset is millions of small strings and lists, made, moved and
/// freed: mimalloc does that faster than the system's allocator, and keeps
/// small allocations quick in a heap that loading has left fragmented. It is
/// built without transparent huge pages (`no_thp`): with them, a load at 1M
/// quotes spent 4 s of system time instead of 1 s, the kernel gathering and
/// clearing pages of 2 MB.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;
