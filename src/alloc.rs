//! The allocator, and how it gives memory back to the system: all of it
//! behind the `tuned-alloc` cargo feature (on by default); without it the
//! system's allocator is used as it comes and nothing here does anything.

/// A large dataset is millions of small strings and lists, made, moved and
/// freed: mimalloc does that faster than the system's allocator (a command on
/// a cached 1M-quote dataset ended in 0.55 s instead of 1.35 s), and keeps
/// small allocations quick in a heap that loading has left fragmented (the
/// country filter in 3-4 ms instead of 14 ms). It is built without
/// transparent huge pages (`no_thp`): with them, a load at 1M quotes spent
/// 4 s of system time instead of 1 s, the kernel gathering and clearing pages
/// of 2 MB.
#[cfg(feature = "tuned-alloc")]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// `mi_option_purge_delay`. Neither mimalloc's crate nor libmimalloc-sys's
/// bindings name it, so it is found from its named neighbour: in mimalloc's
/// `mimalloc.h`, v2 and v3 alike, it comes right before `use_numa_nodes`. The
/// assertion below stops the build if a new version of the bindings
/// renumbers that run of options, instead of silently setting another one;
/// `tests/alloc.rs` checks that the option found has the purge delay's
/// default (1000 ms in the mimalloc v3 built here, 10 ms in v2), where its
/// neighbours have 0 or 1.
#[cfg(feature = "tuned-alloc")]
const PURGE_DELAY: libmimalloc_sys::mi_option_t = libmimalloc_sys::mi_option_use_numa_nodes - 1;
#[cfg(feature = "tuned-alloc")]
const _: () = assert!(
    libmimalloc_sys::mi_option_limit_os_alloc == PURGE_DELAY + 2,
    "mimalloc's options were renumbered: find mi_option_purge_delay again"
);

/// From now on, gives freed memory back to the system at once rather than
/// after mimalloc's delay (a second, in the v3 built here; its header's
/// comment still says 10 ms, v2's value). For a dataset read from its JSON: checking frees the records
/// on two threads, then the search index is built on others, and with the
/// delay, much of what was freed was still held; the explorer's first open of
/// a 431 MB dataset peaked at 3.2× the file, and `check` at 1M quotes at
/// 945-1028 MB instead of 798 MB. Not for a dataset read from its cached
/// copy: decoding it frees and takes buffers all along, and giving each back
/// added 0.2 to 0.3 s to the first frame.
pub fn return_freed_memory_at_once() {
    // SAFETY: sets one integer option of the allocator; mimalloc allows it at
    // any time, from any thread.
    #[cfg(feature = "tuned-alloc")]
    unsafe {
        libmimalloc_sys::mi_option_set(PURGE_DELAY, 0)
    };
}

/// How long, in milliseconds, the allocator now waits before giving freed
/// memory back; `None` without the `tuned-alloc` feature. For checks and
/// diagnostics: nothing in newsline decides by it.
#[allow(
    clippy::useless_conversion,
    reason = "mimalloc's value is a C long, 32 bits on some systems"
)]
pub fn purge_delay_ms() -> Option<i64> {
    #[cfg(feature = "tuned-alloc")]
    {
        // SAFETY: reads one integer option of the allocator; allowed at any
        // time, from any thread.
        Some(i64::from(unsafe {
            libmimalloc_sys::mi_option_get(PURGE_DELAY)
        }))
    }
    #[cfg(not(feature = "tuned-alloc"))]
    None
}
