//! `--statistics`: how many findings each rule and each kind gave, instead of the findings.

use std::collections::BTreeMap;
use std::fmt::Write;

use serde_json::json;

use crate::model::Report;
use crate::model::{FindingKind, Severity};

/// Counts per rule (with its kind and severity), most frequent first, then by rule id.
fn by_rule(report: &Report) -> Vec<(String, FindingKind, Severity, usize)> {
    let mut m: BTreeMap<&str, (FindingKind, Severity, usize)> = BTreeMap::new();
    for f in &report.findings {
        // A rule gives all its findings its kind and severity.
        m.entry(&f.rule).or_insert((f.kind, f.severity, 0)).2 += 1;
    }
    let mut v: Vec<_> = m
        .into_iter()
        .map(|(r, (k, s, n))| (r.to_string(), k, s, n))
        .collect();
    v.sort_by(|a, b| b.3.cmp(&a.3).then(a.0.cmp(&b.0)));
    v
}

const KINDS: [FindingKind; 3] = [
    FindingKind::Spelling,
    FindingKind::Date,
    FindingKind::Figure,
];

fn by_kind(report: &Report) -> Vec<(FindingKind, usize)> {
    KINDS
        .iter()
        .map(|&k| (k, report.findings.iter().filter(|f| f.kind == k).count()))
        .collect()
}

/// A table: count, rule, kind, severity; then the totals per kind.
pub fn render_text(report: &Report) -> String {
    let mut out = String::new();
    let rules = by_rule(report);
    if rules.is_empty() {
        let _ = writeln!(
            out,
            "No findings in {} article{}.",
            report.corpus.articles.len(),
            if report.corpus.articles.len() == 1 {
                ""
            } else {
                "s"
            }
        );
        out.push_str(&cut_line(report));
        return out;
    }
    let width = rules.iter().map(|r| r.0.len()).max().unwrap_or(4).max(4);
    let _ = writeln!(
        out,
        "{:>5}  {:<width$}  {:<8}  severity",
        "count", "rule", "kind"
    );
    for (rule, kind, severity, n) in &rules {
        let _ = writeln!(
            out,
            "{n:>5}  {rule:<width$}  {:<8}  {}",
            kind.as_str(),
            severity.as_str()
        );
    }
    let kinds: Vec<String> = by_kind(report)
        .iter()
        .map(|(k, n)| format!("{} {n}", k.as_str()))
        .collect();
    let _ = writeln!(
        out,
        "{:>5}  total ({})",
        report.findings.len(),
        kinds.join(", ")
    );
    out.push_str(&cut_line(report));
    out
}

/// What the input limits cut short, as a last line, or nothing.
fn cut_line(report: &Report) -> String {
    super::limits_text(&report.corpus.limits)
        .map_or_else(String::new, |cut| format!("Cut short: {cut}.\n"))
}

/// The same as JSON, schema `crosscheck-statistics/1`.
pub fn render_json(report: &Report) -> String {
    let rules: Vec<serde_json::Value> = by_rule(report)
        .into_iter()
        .map(|(rule, kind, severity, n)| {
            json!({"rule": rule, "kind": kind.as_str(), "severity": severity.as_str(), "count": n})
        })
        .collect();
    let mut kinds = serde_json::Map::new();
    for (k, n) in by_kind(report) {
        kinds.insert(k.as_str().into(), n.into());
    }
    let v = json!({
        "schema": "crosscheck-statistics/1",
        "rules": rules,
        "by_kind": kinds,
        "findings": report.findings.len(),
        "articles": report.corpus.articles.len(),
    });
    let mut v = v;
    if let Some(limits) = crate::report::json::limits_json(&report.corpus.limits) {
        v["limits"] = limits;
    }
    let mut s = serde_json::to_string_pretty(&v).unwrap_or_default();
    s.push('\n');
    s
}
