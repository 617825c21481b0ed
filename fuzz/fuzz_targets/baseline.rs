//! The baseline parser, and filtering a real report through what it parsed.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| crosscheck::fuzzing::baseline(data));
