//! The loader: encodings, front matter, Markdown and ignore markers, on arbitrary bytes.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| crosscheck::fuzzing::load(data));
