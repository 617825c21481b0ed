//! The French and English extractors on arbitrary text: no panic, and claims that point into
//! the text they came from.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| crosscheck::fuzzing::extract(data));
