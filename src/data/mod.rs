//! The data layer: model, loading, validation. Knows nothing of terminals.

pub(crate) mod assemble;
mod checker;
pub mod date;
pub mod error;
pub mod generate;
mod lines;
pub mod load;
pub(crate) mod mapped;
pub mod model;
pub mod schema;
mod shared_str;
pub mod validate;

pub use date::{FuzzyDate, Precision};
pub use error::{LoadError, Problem};
pub use load::{load_builtin, load_path};
pub use model::*;
pub use shared_str::SharedStr;
