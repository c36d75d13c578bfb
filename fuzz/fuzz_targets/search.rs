//! Fuzzes quote search, highlighting and the search view with arbitrary queries.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| newsline::fuzz::search(data));
