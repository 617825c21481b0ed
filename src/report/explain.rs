//! `crosscheck explain RULE`: a rule's documentation from its rule file, with its settings in
//! effect (kind, severity, thresholds) and how to change or silence it.

use std::fmt::Write;

use crate::error::Error;
use crate::knowledge::ruleset::{Number, Rule, RuleSet, THRESHOLDS, Thresholds};

/// The thresholds a rule sets, as (name, value, meaning).
fn thresholds(t: &Thresholds) -> Vec<(&'static str, String, &'static str)> {
    THRESHOLDS
        .iter()
        .filter_map(|spec| {
            let v = t.get(spec.name)?;
            let shown = match spec.number {
                Number::Count => format!("{}", v as usize),
                Number::Fraction => v.to_string(),
            };
            Some((spec.name, shown, spec.meaning))
        })
        .collect()
}

/// The rule with this id, or an error listing the known ids (and the nearest one).
pub fn find<'a>(rules: &'a RuleSet, id: &str) -> Result<&'a Rule, Error> {
    if let Some(r) = rules.rules.iter().find(|r| r.id == id) {
        return Ok(r);
    }
    let known: Vec<&str> = rules.rules.iter().map(|r| r.id.as_str()).collect();
    let nearest = known
        .iter()
        .map(|k| (strsim::jaro_winkler(id, k), *k))
        .filter(|(s, _)| *s >= 0.7)
        .max_by(|a, b| a.0.total_cmp(&b.0));
    let hint = nearest.map_or(String::new(), |(_, k)| format!("; did you mean `{k}`?"));
    Err(Error::Usage(format!(
        "unknown rule `{id}` (known: {}){hint}",
        known.join(", ")
    )))
}

/// `crosscheck explain RULE`.
pub fn render(rule: &Rule) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{}: {}", rule.id, rule.summary);
    let _ = writeln!(out);
    let _ = writeln!(out, "  kind:     {}", rule.kind.as_str());
    let _ = writeln!(
        out,
        "  severity: {}{}",
        rule.severity.as_str(),
        if rule.enabled { "" } else { " (disabled)" }
    );
    let _ = writeln!(out, "  check:    {}", rule.check.as_str());
    let _ = writeln!(out, "  from:     {}", rule.origin);
    let _ = writeln!(out);
    let doc = rule.doc.trim();
    if doc.is_empty() {
        let _ = writeln!(out, "(This rule has no documentation.)");
    } else {
        let _ = writeln!(out, "{doc}");
    }
    let _ = writeln!(out);
    let set = thresholds(&rule.thresholds);
    if set.is_empty() {
        let _ = writeln!(out, "Thresholds: none.");
    } else {
        let _ = writeln!(out, "Thresholds in effect:");
        for (name, value, meaning) in &set {
            let _ = writeln!(out, "  {name} = {value}  # {meaning}");
        }
    }
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "In crosscheck.toml:\n  [rules.{id}]\n  severity = \"{severity}\"\n  enabled = true",
        id = rule.id,
        severity = rule.severity.as_str(),
    );
    for (name, value, _) in &set {
        let _ = writeln!(out, "  {} = {value}", name.replace('_', "-"));
    }
    let _ = writeln!(
        out,
        "\nOr in a rule file of a --rules folder (thresholds under [thresholds], with \
         underscores):\n  id = \"{id}\"\n  severity = \"{severity}\"",
        id = rule.id,
        severity = rule.severity.as_str(),
    );
    if !set.is_empty() {
        let _ = writeln!(out, "  [thresholds]");
        for (name, value, _) in &set {
            let _ = writeln!(out, "  {name} = {value}");
        }
    }
    out
}
