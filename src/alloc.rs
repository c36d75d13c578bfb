//! The allocator, and how it gives memory back to the system.

/// A large dataset is millions of small strings and lists, made, moved and
/// freed: mimalloc does that faster than the system's allocator, and keeps
/// small allocations quick in a heap that loading has left fragmented. It is
/// built without transparent huge pages (`no_thp`): with them, a load at 1M
/// quotes spent 4 s of system time instead of 1 s, the kernel gathering and
/// clearing pages of 2 MB.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// `mi_option_purge_delay` in the mimalloc that libmimalloc-sys 0.1.49 builds
/// (its v3 `mimalloc.h`); the crate's Rust bindings do not name it, which is
/// why that version is pinned exactly in Cargo.toml.
const PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

/// From now on, gives freed memory back to the system at once rather than
/// 10 ms later. For a dataset read from its JSON: checking frees the records
/// on two threads, then the search index is built on others, and with the
/// delay, much of what was freed was still held; the explorer's first open of
/// a 431 MB dataset peaked at 3.2× the file. Not for a dataset read from its
/// cached copy: decoding it frees and takes buffers all along, and giving each
/// back added 0.2 to 0.3 s to the first frame.
pub fn return_freed_memory_at_once() {
    // SAFETY: sets one integer option of the allocator; mimalloc allows it at
    // any time, from any thread.
    unsafe { libmimalloc_sys::mi_option_set(PURGE_DELAY, 0) };
}
