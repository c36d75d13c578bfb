//! Fuzzes quote search, highlighting and the search view with arbitrary queries.
#![no_main]

#[path = "../targets.rs"]
mod targets;

libfuzzer_sys::fuzz_target!(|data: &[u8]| targets::search(data));
