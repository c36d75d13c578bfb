//! Fuzzes dataset loading, exploring and drawing with arbitrary bytes.
#![no_main]

#[path = "../targets.rs"]
mod targets;

libfuzzer_sys::fuzz_target!(|data: &[u8]| targets::loader(data));
