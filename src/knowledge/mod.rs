//! Knowledge: everything crosscheck reads from the `rules/` folder, and the pure functions
//! over it that every stage shares.
//!
//! - `lang`: one file per language (`rules/lang/*.toml`): stop words, abbreviations, the
//!   lexicon and markers, and the word tables of each extractor (`lang::dates`,
//!   `lang::figures`, `lang::names`), built once when the file is loaded.
//! - `gazetteer` (`rules/gazetteer.toml`), `aliases` (`rules/aliases.toml`) and the
//!   transliteration equivalences in `normalize` (`rules/translit.toml`).
//! - `ruleset`: the rule files (`rules/*.toml`) and the `RuleSet` that bundles them with the
//!   data above, plus `THRESHOLDS`, the one table of the tunable numbers.
//! - `calendar`: Gregorian date arithmetic.
//!
//! Architecture invariant: this module depends on nothing but `model`, `text` and `error`. It
//! knows no article, no alignment and no output format; the stages above read it.

pub mod aliases;
pub mod calendar;
pub mod fold;
pub mod gazetteer;
pub mod lang;
pub mod normalize;
pub mod ruleset;
