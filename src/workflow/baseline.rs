//! Baselines: the findings a team has accepted on an existing archive, so that a check reports
//! only what is new.
//!
//! `crosscheck check PATHS --write-baseline FILE` writes the findings of today's run;
//! `--baseline FILE` hides the findings listed there. A finding is matched by its fingerprint
//! (`report::fingerprint`), never by offsets or lines, so moving lines, adding paragraphs or
//! editing other sentences does not bring a baselined finding back. A finding whose readings
//! change, or that one more article joins (a new source writing either spelling), gets a new
//! fingerprint and is reported again: the disagreement is no longer the one that was accepted.
//!
//! The file (`crosscheck-baseline/1`) is JSON, sorted and deterministic, so it diffs well under
//! version control:
//!
//! ```json
//! {
//!   "schema": "crosscheck-baseline/1",
//!   "findings": [
//!     {
//!       "fingerprint": "ce89f07f70559d75",
//!       "rule": "name-spelling",
//!       "subject": "Howard Lutnick",
//!       "readings": ["Lutnick", "Lutnik"],
//!       "articles": ["001_7cf346121d34070f", "004_182e4f8ee1982a11"]
//!     }
//!   ]
//! }
//! ```
//!
//! Entries are sorted by fingerprint; readings and article ids are sorted too. Only
//! `fingerprint` is read back; `rule`, `subject`, `readings` and `articles` are there for the
//! people reviewing the file. A fingerprint listed twice hides two findings with it.

use std::collections::BTreeMap;
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::error::{Error, display_path};
use crate::model::Report;
use crate::report::fingerprint::fingerprint;

/// The schema name written in, and required of, every baseline file.
pub const SCHEMA: &str = "crosscheck-baseline/1";

/// One accepted finding.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Entry {
    pub fingerprint: String,
    #[serde(default)]
    pub rule: String,
    #[serde(default)]
    pub subject: String,
    #[serde(default)]
    pub readings: Vec<String>,
    #[serde(default)]
    pub articles: Vec<String>,
}

/// A baseline file's contents.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Baseline {
    pub schema: String,
    pub findings: Vec<Entry>,
}

impl Baseline {
    /// The baseline of a report's findings, sorted.
    pub fn from_report(report: &Report) -> Baseline {
        let mut findings: Vec<Entry> = report
            .findings
            .iter()
            .map(|f| {
                let mut articles: Vec<String> = f
                    .citations
                    .iter()
                    .map(|c| {
                        let a = report.corpus.claims[c.claim].article;
                        report.corpus.articles[a].id.clone()
                    })
                    .collect();
                articles.sort();
                articles.dedup();
                // Sorted: which reading is flagged changes with counts, the entry should not.
                let mut readings = f.readings.clone();
                readings.sort();
                Entry {
                    fingerprint: fingerprint(report, f),
                    rule: f.rule.clone(),
                    subject: f.subject.clone(),
                    readings,
                    articles,
                }
            })
            .collect();
        findings.sort();
        Baseline {
            schema: SCHEMA.to_string(),
            findings,
        }
    }

    /// The file's text: pretty JSON ending with a newline.
    pub fn render(&self) -> String {
        let mut s = serde_json::to_string_pretty(self).unwrap_or_else(|_| "{}".into());
        s.push('\n');
        s
    }

    /// Parses a baseline file's text; `origin` names it in errors.
    pub fn parse(origin: &str, text: &str) -> Result<Baseline, Error> {
        let bad = |line: usize, message: String| Error::DataFile {
            path: origin.to_string(),
            line,
            message: format!("malformed baseline: {message}"),
        };
        let b: Baseline = serde_json::from_str(text).map_err(|e| {
            let msg = e.to_string();
            // serde_json appends " at line L column C"; the line is reported separately.
            let msg = msg.split(" at line ").next().unwrap_or(&msg).to_string();
            bad(e.line().max(1), msg)
        })?;
        if b.schema != SCHEMA {
            return Err(bad(
                1,
                format!("schema is `{}`, expected `{SCHEMA}`", b.schema),
            ));
        }
        Ok(b)
    }

    /// Reads a baseline file.
    pub fn load(path: &Path) -> Result<Baseline, Error> {
        let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, &e))?;
        Baseline::parse(&display_path(path), &text)
    }

    /// Writes the baseline to `path`.
    pub fn write(&self, path: &Path) -> Result<(), Error> {
        std::fs::write(path, self.render()).map_err(|e| Error::io(path, &e))
    }
}

/// Drops from `report` the findings the baseline lists; returns how many were hidden.
pub fn filter(report: &mut Report, baseline: &Baseline) -> usize {
    let mut budget: BTreeMap<&str, usize> = BTreeMap::new();
    for e in &baseline.findings {
        *budget.entry(e.fingerprint.as_str()).or_default() += 1;
    }
    let keep: Vec<bool> = report
        .findings
        .iter()
        .map(|f| match budget.get_mut(fingerprint(report, f).as_str()) {
            Some(n) if *n > 0 => {
                *n -= 1;
                false
            }
            _ => true,
        })
        .collect();
    let before = report.findings.len();
    let mut k = keep.into_iter();
    report.findings.retain(|_| k.next().unwrap_or(true));
    before - report.findings.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_errors_name_the_file_and_line() {
        let e = Baseline::parse(
            "b.json",
            "{\n  \"schema\": \"crosscheck-baseline/1\",\n  oops\n}",
        )
        .unwrap_err()
        .to_string();
        assert!(e.starts_with("b.json:3: malformed baseline:"), "{e}");
        let e = Baseline::parse("b.json", r#"{"schema": "other/1", "findings": []}"#)
            .unwrap_err()
            .to_string();
        assert!(e.contains("expected `crosscheck-baseline/1`"), "{e}");
        let e = Baseline::parse("b.json", r#"{"schema": "crosscheck-baseline/1"}"#)
            .unwrap_err()
            .to_string();
        assert!(e.contains("missing field `findings`"), "{e}");
    }

    #[test]
    fn round_trip() {
        let b = Baseline {
            schema: SCHEMA.into(),
            findings: vec![Entry {
                fingerprint: "0123456789abcdef".into(),
                rule: "name-spelling".into(),
                subject: "X".into(),
                readings: vec!["a".into(), "b".into()],
                articles: vec!["x".into()],
            }],
        };
        assert_eq!(Baseline::parse("b", &b.render()).unwrap(), b);
    }
}
