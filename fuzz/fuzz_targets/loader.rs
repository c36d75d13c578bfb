//! Fuzzes dataset loading, exploring and drawing with arbitrary bytes.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| newsline::fuzz::loader(data));
