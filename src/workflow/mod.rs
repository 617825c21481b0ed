//! Workflow: what sits between the command line and the pipeline, for the people who run it.
//!
//! - `config`: `crosscheck.toml`, found like ruff finds its config, applied to a `RuleSet`.
//! - `baseline`: the findings a team has accepted, hidden from later checks.
//! - `cache`: claims and findings of earlier runs, on disk, keyed by content and build.
//! - `suppress`: ignore markers written into articles.
//! - `draft`: draft mode, which keeps the findings that involve a draft and words them from
//!   its side (and `focus_on`, the same for the articles a change touched).
//! - `since`: the files a change touched, read from git (`--since REF`, `--staged`).
//!
//! Architecture invariant: these edit a `Report` or a `RuleSet` and read or write their own
//! files; nothing in the pipeline below (`extract`, `align`, `rules`) knows about them, except
//! that extraction reads articles with their ignore markers blanked out
//! (`suppress::masked_text`).

pub mod baseline;
pub mod cache;
pub mod config;
pub mod draft;
pub mod since;
pub mod suppress;
