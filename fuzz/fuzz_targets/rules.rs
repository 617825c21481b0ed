//! The parsers of the `rules/` files: rule files, language files, transliteration, places and
//! aliases. Each takes any text and answers with rules or an error, never a panic.
#![no_main]

use crosscheck::knowledge::aliases::Aliases;
use crosscheck::knowledge::gazetteer::Gazetteer;
use crosscheck::knowledge::lang::Lang;
use crosscheck::knowledge::normalize::Translit;
use crosscheck::knowledge::ruleset::RuleSet;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&which, bytes)) = data.split_first() else {
        return;
    };
    let Ok(source) = std::str::from_utf8(bytes) else {
        return;
    };
    match which % 5 {
        0 => {
            let _ = Lang::parse("lang/xx.toml", source);
        }
        1 => {
            let _ = Translit::parse("translit.toml", source);
        }
        2 => {
            let _ = Gazetteer::parse("gazetteer.toml", source);
        }
        3 => {
            let _ = Aliases::parse("aliases.toml", source);
        }
        _ => {
            static RULES: std::sync::OnceLock<RuleSet> = std::sync::OnceLock::new();
            let rules = RULES.get_or_init(|| RuleSet::defaults().expect("default rules"));
            let Ok(rules) = rules.clone().with_rule_file("fuzz.toml", source) else {
                return;
            };
            let _ = crosscheck::report::text::render_rules(&rules);
        }
    }
});
