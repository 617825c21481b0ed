//! Baselines: the disagreements a team has accepted on an existing archive, so that a check
//! reports only what is new.
//!
//! `crosscheck check PATHS --write-baseline FILE` records today's findings; `--baseline FILE`
//! then reports only what is new. A baseline (`crosscheck-baseline/2`) records who is at
//! fault: one entry per *flagged occurrence*, an article that carries a reading other than
//! the one most sources give:
//!
//! ```json
//! {
//!   "schema": "crosscheck-baseline/2",
//!   "entries": [
//!     {
//!       "rule": "name-transliteration",
//!       "key": "Kassym-Jomart Tokayev",
//!       "reading": "Tokaïev",
//!       "article": "003_ff9f84fd1fe97533",
//!       "consensus": "Tokayev"
//!     }
//!   ]
//! }
//! ```
//!
//! `key` is what the claims were aligned on (the entity's name, or for a date or figure the
//! words the sentences share), `consensus` the reading the other sources gave when the file
//! was written. Entries are sorted; the file diffs well under version control.
//!
//! A finding of a later run is judged against the entries of its disagreement (same rule,
//! and the same key, or both the entry's reading and its consensus among the finding's
//! readings, since a key made of context words may drift):
//!
//! - none: a new disagreement, reported as it stands;
//! - else an article is at fault when it carries a reading that is not the recorded
//!   consensus and that the baseline does not record for it. No such article: the finding is
//!   hidden (a new article that agrees with the consensus, a paragraph moved, another source
//!   joining the majority). Some: the finding is reported from their side, as draft mode
//!   words it (`"Tokaïev" in 005_new — 4 sources write "Tokayev"`).
//!
//! `crosscheck-baseline/1` files (one fingerprint per finding, see `report::fingerprint`)
//! are still read: a finding is hidden when its fingerprint is listed, which a new article
//! joining the finding changes. `--baseline OLD --write-baseline NEW` upgrades one: NEW
//! records, as /2 entries, the findings OLD accepts, and none of the new ones.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::error::{Error, display_path};
use crate::model::{Finding, Report};
use crate::report::fingerprint::{fingerprint, normalise as norm};
use crate::workflow::draft;

/// The schema written in every new baseline file.
pub const SCHEMA: &str = "crosscheck-baseline/2";
/// The first schema, still read.
pub const SCHEMA_V1: &str = "crosscheck-baseline/1";

/// One flagged occurrence: an article carrying a reading other than the consensus.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Entry {
    pub rule: String,
    pub key: String,
    pub reading: String,
    pub article: String,
    #[serde(default)]
    pub consensus: String,
}

/// One accepted finding of a `crosscheck-baseline/1` file.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct EntryV1 {
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

/// A baseline file's contents: `entries` (schema /2) or `findings` (schema /1).
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
pub struct Baseline {
    pub schema: String,
    #[serde(default)]
    entries: Option<Vec<Entry>>,
    #[serde(default)]
    findings: Option<Vec<EntryV1>>,
}

/// The flagged occurrences of a finding: (article index, reading index) of every citation
/// whose reading is not the consensus (the second reading).
fn flagged(report: &Report, f: &Finding) -> BTreeSet<(usize, usize)> {
    f.citations
        .iter()
        .filter(|c| c.reading != 1)
        .map(|c| (report.corpus.claims[c.claim].article, c.reading))
        .collect()
}

impl Baseline {
    /// The baseline of a report's findings: every flagged occurrence, sorted.
    pub fn from_report(report: &Report) -> Baseline {
        Baseline::from_findings(report, |_, _, _| true)
    }

    /// The baseline of the occurrences `keep(finding, article, reading)` accepts.
    fn from_findings(report: &Report, keep: impl Fn(usize, usize, usize) -> bool) -> Baseline {
        let mut entries: Vec<Entry> = Vec::new();
        for (i, f) in report.findings.iter().enumerate() {
            let consensus = f.readings.get(1).cloned().unwrap_or_default();
            for (a, r) in flagged(report, f) {
                if keep(i, a, r) {
                    entries.push(Entry {
                        rule: f.rule.clone(),
                        key: f.subject.clone(),
                        reading: f.readings[r].clone(),
                        article: report.corpus.articles[a].id.clone(),
                        consensus: consensus.clone(),
                    });
                }
            }
        }
        entries.sort();
        entries.dedup();
        Baseline {
            schema: SCHEMA.to_string(),
            entries: Some(entries),
            findings: None,
        }
    }

    /// The flagged occurrences of a /2 file (none in a /1 file).
    pub fn entries(&self) -> &[Entry] {
        self.entries.as_deref().unwrap_or_default()
    }

    /// The accepted findings of a /1 file (none in a /2 file).
    pub fn findings_v1(&self) -> &[EntryV1] {
        self.findings.as_deref().unwrap_or_default()
    }

    /// The file's text (always schema /2): pretty JSON ending with a newline.
    pub fn render(&self) -> String {
        let doc = serde_json::json!({"schema": SCHEMA, "entries": self.entries()});
        let mut s = serde_json::to_string_pretty(&doc).unwrap_or_else(|_| "{}".into());
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
        match b.schema.as_str() {
            SCHEMA if b.entries.is_none() => Err(bad(1, "missing field `entries`".into())),
            SCHEMA_V1 if b.findings.is_none() => Err(bad(1, "missing field `findings`".into())),
            SCHEMA | SCHEMA_V1 => Ok(b),
            other => Err(bad(
                1,
                format!("schema is `{other}`, expected `{SCHEMA}` (or `{SCHEMA_V1}`)"),
            )),
        }
    }

    /// Whether this is a `crosscheck-baseline/1` file.
    pub fn is_v1(&self) -> bool {
        self.schema == SCHEMA_V1
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

/// What a baseline makes of a report's findings.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Verdict {
    /// Findings wholly accepted (hidden).
    pub hidden: usize,
    /// Findings reported only for the articles at fault since the baseline.
    pub narrowed: usize,
}

/// Judges each finding of `report` against the baseline (see the module's documentation).
fn judge(report: &Report, baseline: &Baseline) -> Vec<Option<BTreeSet<usize>>> {
    let mut by_rule: BTreeMap<&str, Vec<&Entry>> = BTreeMap::new();
    for e in baseline.entries() {
        by_rule.entry(e.rule.as_str()).or_default().push(e);
    }
    report
        .findings
        .iter()
        .map(|f| {
            let readings: BTreeSet<String> = f.readings.iter().map(|r| norm(r)).collect();
            let key = norm(&f.subject);
            let related: Vec<&Entry> = by_rule
                .get(f.rule.as_str())
                .into_iter()
                .flatten()
                .copied()
                .filter(|e| {
                    norm(&e.key) == key
                        || (readings.contains(&norm(&e.reading))
                            && readings.contains(&norm(&e.consensus)))
                })
                .collect();
            if related.is_empty() {
                return None;
            }
            let consensus: BTreeSet<String> = related.iter().map(|e| norm(&e.consensus)).collect();
            let known: BTreeSet<(&str, String)> = related
                .iter()
                .map(|e| (e.article.as_str(), norm(&e.reading)))
                .collect();
            let at_fault = f
                .citations
                .iter()
                .filter_map(|c| {
                    let a = report.corpus.claims[c.claim].article;
                    let reading = norm(&f.readings[c.reading]);
                    let id = report.corpus.articles[a].id.as_str();
                    (!consensus.contains(&reading) && !known.contains(&(id, reading))).then_some(a)
                })
                .collect();
            Some(at_fault)
        })
        .collect()
}

/// Applies a baseline to `report`: findings it accepts are dropped, findings with new
/// occurrences are kept from the side of the articles at fault, new disagreements are kept
/// whole.
pub fn filter(report: &mut Report, baseline: &Baseline) -> Verdict {
    if baseline.is_v1() {
        let hidden = filter_v1(report, baseline);
        return Verdict {
            hidden,
            ..Verdict::default()
        };
    }
    let at_fault = judge(report, baseline);
    let mut verdict = Verdict::default();
    let findings = std::mem::take(&mut report.findings);
    let mut kept = Vec::with_capacity(findings.len());
    for (f, fault) in findings.into_iter().zip(at_fault) {
        match fault {
            None => kept.push(f),
            Some(articles) if articles.is_empty() => verdict.hidden += 1,
            Some(articles) => {
                let side = draft::side_of(report, &articles);
                match draft::refocus(report, f, &articles, &side) {
                    Some(f) => {
                        verdict.narrowed += 1;
                        kept.push(f);
                    }
                    None => verdict.hidden += 1,
                }
            }
        }
    }
    report.findings = kept;
    verdict
}

/// The baseline that `baseline` amounts to on `report`, as /2 entries: the occurrences it
/// accepts, none of the new ones (`--baseline OLD --write-baseline NEW`: upgrading a /1 file,
/// or dropping the entries nothing matches any more). Returns it with the number of findings
/// left out because something in them is new.
pub fn accepted(report: &Report, baseline: &Baseline) -> (Baseline, usize) {
    if baseline.is_v1() {
        let listed = listed_v1(report, baseline);
        let left = listed.iter().filter(|k| !**k).count();
        return (Baseline::from_findings(report, |i, _, _| listed[i]), left);
    }
    let at_fault = judge(report, baseline);
    let left = at_fault
        .iter()
        .filter(|f| f.as_ref().is_none_or(|a| !a.is_empty()))
        .count();
    let b = Baseline::from_findings(report, |i, a, _| {
        at_fault[i]
            .as_ref()
            .is_some_and(|fault| !fault.contains(&a))
    });
    (b, left)
}

/// Which findings of `report` a /1 baseline lists by fingerprint (a fingerprint listed twice
/// covers two findings).
fn listed_v1(report: &Report, baseline: &Baseline) -> Vec<bool> {
    let mut budget: BTreeMap<&str, usize> = BTreeMap::new();
    for e in baseline.findings_v1() {
        *budget.entry(e.fingerprint.as_str()).or_default() += 1;
    }
    report
        .findings
        .iter()
        .map(|f| match budget.get_mut(fingerprint(report, f).as_str()) {
            Some(n) if *n > 0 => {
                *n -= 1;
                true
            }
            _ => false,
        })
        .collect()
}

/// Drops from `report` the findings a /1 baseline lists by fingerprint; returns how many.
fn filter_v1(report: &mut Report, baseline: &Baseline) -> usize {
    let listed = listed_v1(report, baseline);
    let before = report.findings.len();
    let mut k = listed.into_iter();
    report.findings.retain(|_| !k.next().unwrap_or(false));
    before - report.findings.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_errors_name_the_file_and_line() {
        let e = Baseline::parse(
            "b.json",
            "{\n  \"schema\": \"crosscheck-baseline/2\",\n  oops\n}",
        )
        .unwrap_err()
        .to_string();
        assert!(e.starts_with("b.json:3: malformed baseline:"), "{e}");
        let e = Baseline::parse("b.json", r#"{"schema": "other/1", "findings": []}"#)
            .unwrap_err()
            .to_string();
        assert!(e.contains("expected `crosscheck-baseline/2`"), "{e}");
        let e = Baseline::parse("b.json", r#"{"schema": "crosscheck-baseline/1"}"#)
            .unwrap_err()
            .to_string();
        assert!(e.contains("missing field `findings`"), "{e}");
        let e = Baseline::parse("b.json", r#"{"schema": "crosscheck-baseline/2"}"#)
            .unwrap_err()
            .to_string();
        assert!(e.contains("missing field `entries`"), "{e}");
    }

    #[test]
    fn round_trip_and_an_empty_baseline() {
        let b = Baseline {
            schema: SCHEMA.into(),
            entries: Some(vec![Entry {
                rule: "name-spelling".into(),
                key: "Howard Lutnick".into(),
                reading: "Lutnik".into(),
                article: "004".into(),
                consensus: "Lutnick".into(),
            }]),
            findings: None,
        };
        assert_eq!(Baseline::parse("b", &b.render()).unwrap(), b);
        let empty = Baseline {
            schema: SCHEMA.into(),
            entries: Some(Vec::new()),
            findings: None,
        };
        assert_eq!(
            empty.render(),
            "{\n  \"schema\": \"crosscheck-baseline/2\",\n  \"entries\": []\n}\n"
        );
        assert_eq!(Baseline::parse("b", &empty.render()).unwrap(), empty);
    }

    #[test]
    fn a_version_1_file_is_read() {
        let b = Baseline::parse(
            "b.json",
            r#"{"schema": "crosscheck-baseline/1", "findings": [{"fingerprint": "0123456789abcdef"}]}"#,
        )
        .unwrap();
        assert!(b.is_v1());
        assert_eq!(b.findings_v1()[0].fingerprint, "0123456789abcdef");
        assert!(b.entries().is_empty());
    }
}
