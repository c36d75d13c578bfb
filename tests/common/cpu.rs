//! What a piece of work costs, as CPU time of the thread that does it: other
//! work on a busy machine does not add to it, as it adds to the clock on the
//! wall, so a bound on it fails only when the work itself grew.

use std::time::Duration;

/// The CPU time (user and system) this thread has used so far.
pub fn thread_cpu_time() -> Duration {
    let mut t = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `t` is a valid timespec for the call to fill in.
    let done = unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut t) };
    assert_eq!(done, 0, "no thread CPU clock");
    Duration::new(t.tv_sec as u64, t.tv_nsec as u32)
}

/// Runs `work` and gives what it returned and the CPU time it took.
pub fn cpu_time_of<T>(work: impl FnOnce() -> T) -> (T, Duration) {
    let start = thread_cpu_time();
    let out = work();
    (out, thread_cpu_time() - start)
}
