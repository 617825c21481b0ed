//! The JSON contracts: `crosscheck-claims/1` (`extract`) and `crosscheck-report/1` (`check`),
//! as specified in the project's `spec/` documents. Fields are only ever added.

use serde::Serialize;
use serde_json::{Value as Json, json};

use super::json_number;
use crate::model::Article;
use crate::model::{Claim, Value};
use crate::model::{Corpus, Report};

#[derive(Serialize)]
struct ArticleJson<'a> {
    id: &'a str,
    path: &'a str,
    lang: &'a str,
    title: Option<&'a str>,
    date: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    source: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<&'a str>,
}

fn article_json(a: &Article) -> ArticleJson<'_> {
    ArticleJson {
        id: &a.id,
        path: &a.path,
        lang: &a.lang,
        title: a.title.as_deref(),
        date: a.date.map(|d| d.to_string()),
        source: a.source.as_deref(),
        url: a.url.as_deref(),
    }
}

/// A claim's value as the claims contract writes it.
pub fn claim_value(v: &Value) -> Json {
    match v {
        Value::Name(s) => Json::from(s.as_str()),
        Value::Date(d) => d.map_or(Json::Null, |d| Json::from(d.to_string())),
        Value::Number(x) | Value::Percent(x) => json_number(*x),
        Value::Ordinal(n) => Json::from(*n),
        Value::Money { amount, currency } => {
            json!({"amount": json_number(*amount), "currency": currency})
        }
    }
}

/// A claim's value as the report contract writes it: figures as `{"value", "unit"}`.
fn compared_value(v: &Value) -> Json {
    match v {
        Value::Money { amount, currency } => {
            json!({"value": json_number(*amount), "unit": currency})
        }
        Value::Percent(x) => json!({"value": json_number(*x), "unit": "%"}),
        other => claim_value(other),
    }
}

#[derive(Serialize)]
struct ClaimJson<'a> {
    article: &'a str,
    kind: &'a str,
    start: usize,
    end: usize,
    line: usize,
    column: usize,
    text: &'a str,
    value: Json,
    #[serde(skip_serializing_if = "Option::is_none")]
    qualifier: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    role: Option<&'a str>,
}

fn claim_json<'a>(corpus: &'a Corpus, c: &'a Claim, value: Json) -> ClaimJson<'a> {
    let a = &corpus.articles[c.article];
    let (line, column) = a.line_col(c.span.start);
    ClaimJson {
        article: &a.id,
        kind: c.kind.as_str(),
        start: c.span.start,
        end: c.span.end,
        line,
        column,
        text: &c.text,
        value,
        qualifier: c.qualifier.map(|q| q.as_str()),
        role: c.role.as_deref(),
    }
}

/// `crosscheck extract --format json`.
pub fn render_claims(corpus: &Corpus) -> String {
    // Written straight from these structs (the fields in this order), not through a
    // `serde_json::Value` tree: a corpus has tens of thousands of claims.
    #[derive(Serialize)]
    struct ClaimsDoc<'a> {
        schema: &'static str,
        articles: Vec<ArticleJson<'a>>,
        claims: Vec<ClaimJson<'a>>,
    }
    let doc = ClaimsDoc {
        schema: "crosscheck-claims/1",
        articles: corpus.articles.iter().map(article_json).collect(),
        claims: corpus
            .claims
            .iter()
            .map(|c| claim_json(corpus, c, claim_value(&c.value)))
            .collect(),
    };
    to_string(&doc)
}

/// A claim cited by a finding: the claim, its compared value, and how often its reading
/// occurs in its article.
#[derive(Serialize)]
struct CitedJson<'a> {
    #[serde(flatten)]
    claim: ClaimJson<'a>,
    occurrences: usize,
}

/// `crosscheck check --format json`.
pub fn render_report(report: &Report) -> String {
    let corpus = &report.corpus;
    let findings: Vec<Json> = report
        .findings
        .iter()
        .map(|f| {
            let claims: Vec<CitedJson> = f
                .citations
                .iter()
                .map(|cit| {
                    let c = &corpus.claims[cit.claim];
                    CitedJson {
                        claim: claim_json(corpus, c, compared_value(&c.value)),
                        occurrences: cit.occurrences,
                    }
                })
                .collect();
            let mut obj = json!({
                "rule": f.rule,
                "kind": f.kind.as_str(),
                "severity": f.severity.as_str(),
                "subject": f.subject,
                "message": f.message,
                "claims": claims,
            });
            if let Some(s) = &f.suggestion {
                obj["suggestion"] = Json::from(s.as_str());
            }
            if let Some(m) = &f.measure {
                obj["measure"] = Json::from(m.as_str());
            }
            obj
        })
        .collect();
    let count =
        |s: crate::model::Severity| report.findings.iter().filter(|f| f.severity == s).count();
    let doc = json!({
        "schema": "crosscheck-report/1",
        "articles": corpus.articles.iter().map(article_json).collect::<Vec<_>>(),
        "findings": findings,
        "summary": {
            "articles": corpus.articles.len(),
            "claims": corpus.claims.len(),
            "findings": report.findings.len(),
            "by_severity": {
                "error": count(crate::model::Severity::Error),
                "warning": count(crate::model::Severity::Warning),
                "info": count(crate::model::Severity::Info),
            },
        },
    });
    let mut doc = doc;
    if let Some(limits) = limits_json(&corpus.limits) {
        doc["summary"]["limits"] = limits;
    }
    to_string(&doc)
}

/// What the input limits cut short, when they cut anything: `{"sentences_cut": n,
/// "groups_cut": n}`. Absent from reports where nothing was cut.
pub fn limits_json(limits: &crate::model::Limits) -> Option<Json> {
    limits.any().then(|| {
        json!({
            "sentences_cut": limits.sentences_cut,
            "groups_cut": limits.groups_cut,
        })
    })
}

fn to_string(doc: &impl Serialize) -> String {
    let mut s = serde_json::to_string_pretty(doc).unwrap_or_else(|_| "{}".into());
    s.push('\n');
    s
}
