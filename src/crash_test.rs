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
    /// A command, once its answer is out and before the cached copy and
    /// index are written: `cache-write`.
    CacheWrite,
}

impl Place {
    /// The place a value of `NEWSLINE_CRASH_TEST` asks for.
    #[cfg(feature = "test-hooks")]
    fn asked_by(value: &std::ffi::OsStr) -> Place {
        match value.to_str() {
            Some("worker") => Place::Worker,
            Some("cache-write") => Place::CacheWrite,
            _ => Place::Explorer,
        }
    }
}

/// Panics if the tests asked for a crash at `place`.
#[cfg(feature = "test-hooks")]
pub fn crash_if_asked(place: Place) {
    let asked =
        std::env::var_os("NEWSLINE_CRASH_TEST").is_some_and(|v| Place::asked_by(&v) == place);
    if asked {
        panic!("crash test requested by NEWSLINE_CRASH_TEST ({place:?})");
    }
}

/// Without the `test-hooks` feature nothing can be asked for.
#[cfg(not(feature = "test-hooks"))]
#[inline(always)]
pub fn crash_if_asked(_: Place) {}

/// Waits two seconds if the tests asked for a pause at `place`, by the value
/// of `NEWSLINE_PAUSE_TEST` (`cache-write`): a test can then see what is
/// already done before the step that follows, however fast that step is.
#[cfg(feature = "test-hooks")]
pub fn pause_if_asked(place: Place) {
    let asked =
        std::env::var_os("NEWSLINE_PAUSE_TEST").is_some_and(|v| Place::asked_by(&v) == place);
    if asked {
        std::thread::sleep(std::time::Duration::from_secs(2));
    }
}

/// Without the `test-hooks` feature nothing can be asked for.
#[cfg(not(feature = "test-hooks"))]
#[inline(always)]
pub fn pause_if_asked(_: Place) {}
