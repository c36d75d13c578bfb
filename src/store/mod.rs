//! What newsline keeps between runs, in the platform's usual places: the state
//! (last filter and search, bookmarks) and the settings file. File I/O only;
//! the app decides what to keep, the terminal layer decides when to save.

pub mod atomic;
pub mod lock;
pub mod paths;
pub mod settings;
pub mod state;
