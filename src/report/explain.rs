//! `crosscheck explain RULE`: a rule's documentation from its rule file, with its settings in
//! effect (kind, severity, thresholds) and how to change or silence it.

use std::fmt::Write;

use crate::error::Error;
use crate::rules::{Rule, RuleSet, Thresholds};

/// What each threshold means, in the order the rule files list them.
const THRESHOLDS: &[(&str, &str)] = &[
    (
        "min_length",
        "shortest name (in letters) compared with fuzzy matching; shorter names must match exactly",
    ),
    (
        "max_edits",
        "most letters added, dropped, changed or swapped between two spellings of one name",
    ),
    (
        "min_similarity",
        "least Jaro-Winkler similarity (0-1) between two spellings of one name",
    ),
    (
        "window",
        "how many words on each side of a claim make its context",
    ),
    (
        "min_shared_words",
        "fewest context words two claims must share to be about the same fact",
    ),
    (
        "min_context",
        "least share (0-1, weighted Jaccard) of context words two claims must share",
    ),
    (
        "max_sentence_figures",
        "a sentence with more figures than this is a list and is not compared",
    ),
    (
        "tolerance",
        "relative difference (0-1) still taken as the same figure (rounding)",
    ),
    (
        "approx_tolerance",
        "relative difference accepted when one figure is approximate (\"about\")",
    ),
];

/// The thresholds a rule sets, as (name, value, meaning).
fn thresholds(t: &Thresholds) -> Vec<(&'static str, String, &'static str)> {
    let value = |name: &str| -> Option<String> {
        match name {
            "min_length" => t.min_length.map(|v| v.to_string()),
            "max_edits" => t.max_edits.map(|v| v.to_string()),
            "min_similarity" => t.min_similarity.map(|v| v.to_string()),
            "window" => t.window.map(|v| v.to_string()),
            "min_shared_words" => t.min_shared_words.map(|v| v.to_string()),
            "min_context" => t.min_context.map(|v| v.to_string()),
            "max_sentence_figures" => t.max_sentence_figures.map(|v| v.to_string()),
            "tolerance" => t.tolerance.map(|v| v.to_string()),
            "approx_tolerance" => t.approx_tolerance.map(|v| v.to_string()),
            _ => None,
        }
    };
    THRESHOLDS
        .iter()
        .filter_map(|(name, meaning)| value(name).map(|v| (*name, v, *meaning)))
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
