//! newsline
