//! The config file parser (`crosscheck.toml`), and applying what it parsed to the rules.
#![no_main]

use crosscheck::knowledge::ruleset::RuleSet;
use crosscheck::workflow::config;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(source) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(cfg) = config::parse("crosscheck.toml", std::path::Path::new("/nonexistent"), source)
    else {
        return;
    };
    static RULES: std::sync::OnceLock<RuleSet> = std::sync::OnceLock::new();
    let rules = RULES.get_or_init(|| RuleSet::defaults().expect("default rules"));
    let mut rules = rules.clone();
    let _ = cfg.apply(&mut rules);
});
