//! `crosscheck check --format sarif`: SARIF 2.1.0 for code-scanning dashboards. One run; the
//! rules in effect as `tool.driver.rules` (with their documentation as `help`); one result per
//! finding, located at its flagged claim, with the other claims as `relatedLocations`.
//!
//! Columns are 1-based and counted in UTF-16 code units (`columnKind: utf16CodeUnits`, SARIF's
//! default); `byteOffset` / `byteLength` give the same place in bytes. Paths given relative
//! are relative URIs against `%SRCROOT%` (the folder crosscheck was run from); absolute paths
//! become `file://` URIs. Output is deterministic: no times, no absolute folders.

use serde_json::{Value as Json, json};

use super::fingerprint::fingerprint;
use super::{Place, path_uri};
use crate::knowledge::ruleset::{Rule, RuleSet};
use crate::model::Article;
use crate::model::Report;
use crate::model::{Severity, Span};

pub const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";
const SRCROOT: &str = "%SRCROOT%";

/// Where users read about the tool: the package's repository or home page, when set.
fn information_uri() -> &'static str {
    match (env!("CARGO_PKG_REPOSITORY"), env!("CARGO_PKG_HOMEPAGE")) {
        (r, _) if !r.is_empty() => r,
        (_, h) if !h.is_empty() => h,
        _ => "urn:crosscheck",
    }
}

/// The SARIF level of a severity.
pub fn level(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

/// `name-spelling` → `NameSpelling`: SARIF's rule `name` is a one-word identifier.
fn pascal_case(id: &str) -> String {
    id.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| {
            let mut cs = w.chars();
            cs.next()
                .map(|c| c.to_uppercase().chain(cs).collect::<String>())
                .unwrap_or_default()
        })
        .collect()
}

/// A message as SARIF wants it: one sentence or more, ending with a full stop.
fn sentence(s: &str) -> String {
    let s = s.trim();
    if s.ends_with(['.', '!', '?']) {
        s.to_string()
    } else {
        format!("{s}.")
    }
}

/// Article text inside a message that has embedded links: `[`, `]` and `\` escaped.
fn escape_message(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(c, '[' | ']' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// The first paragraph of a rule's documentation, on one line.
fn first_paragraph(doc: &str) -> String {
    doc.trim()
        .split("\n\n")
        .next()
        .unwrap_or("")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn artifact_location(a: &Article, index: usize) -> Json {
    let p = &a.path;
    let bytes = p.as_bytes();
    let absolute = p.starts_with('/')
        || (bytes.len() > 2 && bytes[0].is_ascii_alphabetic() && bytes[1] == b':');
    if absolute {
        let uri = if p.starts_with('/') {
            format!("file://{}", path_uri(p))
        } else {
            format!("file:///{}", path_uri(p))
        };
        json!({"uri": uri, "index": index})
    } else {
        json!({"uri": path_uri(p), "uriBaseId": SRCROOT, "index": index})
    }
}

fn region(a: &Article, span: Span) -> Json {
    let p = Place::of(a, span);
    json!({
        "startLine": p.line,
        "startColumn": p.column_utf16,
        "endLine": p.end_line,
        "endColumn": p.end_column_utf16,
        "byteOffset": span.start,
        "byteLength": span.len(),
        "snippet": {"text": &a.text[span.start..span.end]},
    })
}

fn rule_json(r: &Rule) -> Json {
    let doc = r.doc.trim();
    let full = if doc.is_empty() {
        r.summary.clone()
    } else {
        first_paragraph(doc)
    };
    let help = if doc.is_empty() {
        r.summary.as_str()
    } else {
        doc
    };
    json!({
        "id": r.id,
        "name": pascal_case(&r.id),
        "shortDescription": {"text": sentence(&r.summary)},
        "fullDescription": {"text": sentence(&full)},
        "help": {"text": help, "markdown": help},
        "defaultConfiguration": {"level": level(r.severity), "enabled": r.enabled},
        "properties": {"kind": r.kind.as_str(), "check": r.check.as_str(), "tags": [r.kind.as_str()]},
    })
}

/// `crosscheck check --format sarif`.
pub fn render_report(report: &Report, rules: &RuleSet) -> String {
    let corpus = &report.corpus;
    let mut rule_list: Vec<Json> = rules.rules.iter().map(rule_json).collect();
    let mut rule_ids: Vec<String> = rules.rules.iter().map(|r| r.id.clone()).collect();
    let mut results = Vec::new();
    for f in &report.findings {
        let rule_index = match rule_ids.iter().position(|id| *id == f.rule) {
            Some(i) => i,
            None => {
                // A finding of a rule not in the set (a library caller's own): describe it.
                rule_ids.push(f.rule.clone());
                rule_list.push(json!({
                    "id": f.rule,
                    "name": pascal_case(&f.rule),
                    "shortDescription": {"text": sentence(&f.rule)},
                }));
                rule_ids.len() - 1
            }
        };
        let Some(first) = f.citations.first() else {
            continue;
        };
        let location = |claim: usize| {
            let c = &corpus.claims[claim];
            let a = &corpus.articles[c.article];
            let context = Span::new(
                c.sentence.start.min(c.span.start),
                c.sentence.end.max(c.span.end),
            );
            json!({"physicalLocation": {
                "artifactLocation": artifact_location(a, c.article),
                "region": region(a, c.span),
                "contextRegion": region(a, context),
            }})
        };
        let mut related = Vec::new();
        let mut others = Vec::new();
        for (i, cit) in f.citations.iter().enumerate().skip(1) {
            let c = &corpus.claims[cit.claim];
            let a = &corpus.articles[c.article];
            let reading = f.readings.get(cit.reading).map_or(c.text.as_str(), |s| s);
            let (line, _) = a.line_col(c.span.start);
            let times = if cit.occurrences > 1 {
                format!(" ({} times in this article)", cit.occurrences)
            } else {
                String::new()
            };
            let what = if cit.reading == 0 {
                "the same reading"
            } else {
                "another reading"
            };
            let mut loc = location(cit.claim);
            loc["id"] = Json::from(i);
            loc["message"] =
                json!({"text": sentence(&format!("\"{reading}\" here: {what}{times}"))});
            related.push(loc);
            if cit.reading != 0 {
                others.push(format!(
                    "\"{}\" in [{}:{line}]({i})",
                    escape_message(reading),
                    escape_message(&a.path)
                ));
            }
        }
        let mut text = escape_message(f.message.trim_end_matches('.'));
        if !others.is_empty() {
            text.push_str(&format!(" — see {}", others.join(", ")));
        }
        let mut properties = json!({"kind": f.kind.as_str(), "subject": f.subject});
        if let Some(s) = &f.suggestion {
            properties["suggestion"] = Json::from(s.as_str());
        }
        if let Some(m) = &f.measure {
            properties["measure"] = Json::from(m.as_str());
        }
        let mut result = json!({
            "ruleId": f.rule,
            "ruleIndex": rule_index,
            "level": level(f.severity),
            "message": {"text": sentence(&text)},
            "locations": [location(first.claim)],
        });
        if !related.is_empty() {
            result["relatedLocations"] = Json::from(related);
        }
        result["partialFingerprints"] = json!({"crosscheckFindingHash/v1": fingerprint(report, f)});
        result["properties"] = properties;
        results.push(result);
    }
    let artifacts: Vec<Json> = corpus
        .articles
        .iter()
        .enumerate()
        .map(|(i, a)| {
            let mut loc = artifact_location(a, i);
            if let Some(o) = loc.as_object_mut() {
                o.remove("index");
            }
            let markdown = a.path.ends_with(".md");
            json!({
                "location": loc,
                "length": a.text.len(),
                "mimeType": if markdown { "text/markdown" } else { "text/plain" },
                "encoding": "utf-8",
                "roles": ["analysisTarget"],
            })
        })
        .collect();
    let doc = json!({
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "crosscheck",
                "version": env!("CARGO_PKG_VERSION"),
                "semanticVersion": env!("CARGO_PKG_VERSION"),
                "informationUri": information_uri(),
                "rules": rule_list,
            }},
            "invocations": [{"executionSuccessful": true}],
            "originalUriBaseIds": {
                SRCROOT: {"description": {"text": "The folder crosscheck was run from; article paths are relative to it."}},
            },
            "artifacts": artifacts,
            "results": results,
            "columnKind": "utf16CodeUnits",
        }],
    });
    let mut s = serde_json::to_string_pretty(&doc).unwrap_or_else(|_| "{}".into());
    s.push('\n');
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rule_names_are_pascal_case() {
        assert_eq!(pascal_case("name-spelling"), "NameSpelling");
        assert_eq!(pascal_case("figure-scale"), "FigureScale");
    }

    #[test]
    fn messages_end_with_a_full_stop() {
        assert_eq!(sentence("a"), "a.");
        assert_eq!(sentence("a."), "a.");
    }

    #[test]
    fn brackets_in_messages_are_escaped() {
        assert_eq!(escape_message(r"a [b] \c"), r"a \[b\] \\c");
    }
}
