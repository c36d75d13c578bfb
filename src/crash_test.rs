//! A panic on request, for the end-to-end tests that prove a panic restores
//! the terminal and that the explorer outlives its search worker. Built only
//! with the `test-hooks` feature, which `cargo test` turns on (the crate is
//! its own dev-dependency with it) and no other build does: without it the
//! hook is an empty function, and a release binary has no way to be made to
//! panic.

/// Where a crash can be asked for, by the value of `NEWSLINE_CRASH_TEST`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    /// The event loop, after its first frame: any value but `worker`.
    Explorer,
    /// The search worker, at its first query: `worker`.
    Worker,
}

/// Panics if the tests asked for a crash at `place`.
#[cfg(feature = "test-hooks")]
pub fn crash_if_asked(place: Place) {
    let asked = std::env::var_os("NEWSLINE_CRASH_TEST")
        .is_some_and(|v| (v == "worker") == (place == Place::Worker));
    if asked {
        panic!("crash test requested by NEWSLINE_CRASH_TEST ({place:?})");
    }
}

/// Without the `test-hooks` feature nothing can be asked for.
#[cfg(not(feature = "test-hooks"))]
#[inline(always)]
pub fn crash_if_asked(_: Place) {}
