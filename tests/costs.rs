//! What editing a prompt costs as the text grows, measured in the CPU time
//! of the thread that does the work (see `common/cpu.rs`) and compared with
//! the same work at a smaller size: neither a busy machine nor a slow one
//! moves the ratio, only work that grows faster than the text.
#![cfg(unix)]
// A test that cannot unwrap has failed; that is the point of it.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::cpu::cpu_time_of;
use newsline::app::Action;
use newsline::app::input::{Input, MAX_CHARS};
use std::time::Duration;

/// The least CPU time `small` and `large` each took in five runs, taken in
/// turn: the runs that another process slowed (a flushed cache, a shared
/// core) are passed over, and a change in the machine's load falls on both.
fn costs(small: impl Fn(), large: impl Fn()) -> (Duration, Duration) {
    let mut least = (Duration::MAX, Duration::MAX);
    for _ in 0..5 {
        least.0 = least.0.min(cpu_time_of(&small).1);
        least.1 = least.1.min(cpu_time_of(&large).1);
    }
    least
}

/// `n` chars, a tenth of them line breaks.
fn paste_of(n: usize) -> String {
    (0..n)
        .map(|i| if i % 10 == 9 { '\n' } else { 'ü' })
        .collect()
}

#[test]
fn a_huge_paste_is_handled_in_linear_time() {
    // Each paste is cleaned and cut at the limit in one pass, so ten times
    // the text costs about ten times as much; inserting char by char at a
    // char-counted cursor cost a hundred times as much (and took minutes
    // for 100,000 chars).
    let paste = |n: usize| {
        let text = paste_of(n);
        move || {
            for _ in 0..5 {
                let mut i = Input::default();
                i.apply(&Action::Paste(text.clone()));
                assert_eq!(i.text().chars().count(), MAX_CHARS);
            }
        }
    };
    let (small, large) = costs(paste(10_000), paste(100_000));
    let ratio = large.as_secs_f64() / small.as_secs_f64();
    assert!(
        ratio < 30.0,
        "10 times the paste cost {ratio:.1} times as much ({small:?}, {large:?})"
    );
}

#[test]
fn typing_many_chars_costs_no_more_per_char_as_the_text_grows() {
    // The same 200,000 chars typed as full prompts and as prompts a tenth
    // as long: each insertion is at the end, where nothing moves and no
    // chars are counted, so both cost the same.
    let typing = |length: usize| {
        move || {
            for _ in 0..200_000 / length {
                let mut i = Input::default();
                for _ in 0..length {
                    i.apply(&Action::Input('ß'));
                }
                assert_eq!(i.text().chars().count(), length);
            }
        }
    };
    let (short, long) = costs(typing(MAX_CHARS / 10), typing(MAX_CHARS));
    let ratio = long.as_secs_f64() / short.as_secs_f64();
    assert!(
        ratio < 3.0,
        "a char typed into a full prompt cost {ratio:.1} times one typed into a short one ({short:?}, {long:?})"
    );
}
