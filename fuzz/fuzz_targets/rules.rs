//! The parsers of the `rules/` files: rule files, language files, transliteration, places and
//! aliases. Each takes any text and answers with rules or an error, never a panic.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| crosscheck::fuzzing::rules(data));
