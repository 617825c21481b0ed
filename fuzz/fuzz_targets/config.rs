//! The config file parser (`crosscheck.toml`), and applying what it parsed to the rules.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| crosscheck::fuzzing::config(data));
