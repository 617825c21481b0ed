//! A whole `check` of two fuzzed articles (split at the first `\u{1}`), rendered in every
//! format, with and without draft mode.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| crosscheck::fuzzing::check(data));
