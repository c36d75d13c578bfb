//! The allocator's tuning, in a process of its own (the option it sets is
//! global, so no other test may have set it first).

/// The option newsline sets is mimalloc's purge delay (its default: 1000 ms
/// in mimalloc v3, 10 ms in v2, where the options beside it are 0 or 1;
/// unless the environment says otherwise), and setting it gives freed memory
/// back at once.
#[test]
#[cfg(feature = "tuned-alloc")]
fn freed_memory_is_given_back_at_once_after_the_switch() {
    if std::env::var_os("MIMALLOC_PURGE_DELAY").is_none() {
        let default = newsline::alloc::purge_delay_ms();
        assert!(
            matches!(default, Some(1000 | 10)),
            "the option read is not mimalloc's purge delay: {default:?}"
        );
    }
    newsline::alloc::return_freed_memory_at_once();
    assert_eq!(newsline::alloc::purge_delay_ms(), Some(0));
}

/// Without the feature nothing is tuned and nothing claims to be.
#[test]
#[cfg(not(feature = "tuned-alloc"))]
fn without_the_feature_nothing_is_tuned() {
    newsline::alloc::return_freed_memory_at_once();
    assert_eq!(newsline::alloc::purge_delay_ms(), None);
}
