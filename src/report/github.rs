//! `crosscheck check --format github`: GitHub Actions workflow commands, one per finding up
//! to GitHub's limit of annotations per step, which the runner turns into annotations on the
//! files of a pull request:
//!
//! ```text
//! ::warning file=PATH,line=L,col=C,endLine=L2,endColumn=C2,title=TITLE::MESSAGE
//! ```
//!
//! located at the flagged claim (columns count characters), the message saying where the
//! other readings are. Escaped as GitHub's toolkit does (`@actions/core`, `command.ts`).

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write;

use super::Place;
use crate::model::{Finding, Report, Severity};

/// A command's message (its data): `%`, `\r`, `\n` escaped.
pub fn escape_data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// A command's property value: as data, and `:` and `,` too.
pub fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

fn command(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "notice",
    }
}

/// The most annotations of one kind (error, warning, notice) GitHub shows for one step; it
/// drops the rest (and shows at most 50 per job). From GitHub's documentation of workflow
/// commands and annotations.
pub const MAX_PER_STEP: usize = 10;

/// How many sources stand behind the readings that disagree with the flagged one: the
/// finding's support. Better-supported findings are annotated first.
fn support(report: &Report, f: &Finding) -> usize {
    let articles: BTreeSet<usize> = f
        .citations
        .iter()
        .filter(|c| c.reading != 0)
        .map(|c| report.corpus.claims[c.claim].article)
        .collect();
    articles.len()
}

/// `crosscheck check --format github`: the most severe and best-supported findings first,
/// at most `MAX_PER_STEP` of each severity (GitHub would drop the others), then one notice
/// saying how many were not annotated and where to read them all.
pub fn render_report(report: &Report) -> String {
    let corpus = &report.corpus;
    let mut order: Vec<(usize, &Finding)> = report.findings.iter().enumerate().collect();
    order.sort_by_cached_key(|&(i, f)| {
        (
            std::cmp::Reverse(f.severity),
            std::cmp::Reverse(support(report, f)),
            i,
        )
    });
    // The closing notice is a notice too: it takes the tenth place when it is needed.
    let notices = if left_out(&order) > 0 {
        MAX_PER_STEP - 1
    } else {
        MAX_PER_STEP
    };
    let mut shown: BTreeMap<Severity, usize> = BTreeMap::new();
    let mut skipped = 0;
    let mut out = String::new();
    for (_, f) in order {
        let Some(first) = f.citations.first() else {
            continue;
        };
        let cap = if f.severity == Severity::Info {
            notices
        } else {
            MAX_PER_STEP
        };
        let n = shown.entry(f.severity).or_default();
        if *n >= cap {
            skipped += 1;
            continue;
        }
        *n += 1;
        let claim = &corpus.claims[first.claim];
        let a = &corpus.articles[claim.article];
        let p = Place::of(a, claim.span);
        let mut message = f.message.clone();
        let mut elsewhere = Vec::new();
        for cit in &f.citations[1..] {
            let c = &corpus.claims[cit.claim];
            let ca = &corpus.articles[c.article];
            let (line, col) = ca.line_col(c.span.start);
            let reading = f.readings.get(cit.reading).map_or(c.text.as_str(), |s| s);
            let same = if cit.reading == 0 {
                " (same reading)"
            } else {
                ""
            };
            elsewhere.push(format!("\"{reading}\" at {}:{line}:{col}{same}", ca.path));
        }
        if !elsewhere.is_empty() {
            message.push_str("\nOther readings:\n");
            message.push_str(&elsewhere.join("\n"));
        }
        let title = format!("crosscheck {}: {}", f.rule, f.subject);
        let _ = writeln!(
            out,
            "::{} file={},line={},col={},endLine={},endColumn={},title={}::{}",
            command(f.severity),
            escape_property(&a.path),
            p.line,
            p.column,
            p.end_line,
            p.end_column,
            escape_property(&title),
            escape_data(&message)
        );
    }
    if skipped > 0 {
        let s = if skipped == 1 { "" } else { "s" };
        let message = format!(
            "{skipped} more finding{s} not annotated: GitHub shows at most {MAX_PER_STEP} \
             errors, {MAX_PER_STEP} warnings and {MAX_PER_STEP} notices per step. The job \
             summary lists them all (crosscheck check --format markdown >> \
             \"$GITHUB_STEP_SUMMARY\")."
        );
        let _ = writeln!(
            out,
            "::notice title={}::{}",
            escape_property("crosscheck: findings not annotated"),
            escape_data(&message)
        );
    }
    out
}

/// How many findings of `order` the per-severity limit leaves out, counting notices at the
/// full limit (whether the closing notice is needed at all).
fn left_out(order: &[(usize, &Finding)]) -> usize {
    let mut count: BTreeMap<Severity, usize> = BTreeMap::new();
    for (_, f) in order.iter().filter(|(_, f)| !f.citations.is_empty()) {
        *count.entry(f.severity).or_default() += 1;
    }
    count
        .values()
        .map(|&n| n.saturating_sub(MAX_PER_STEP))
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping_follows_the_actions_toolkit() {
        let name = "Acme 100%, Inc: Ltd\r\n";
        assert_eq!(escape_data(name), "Acme 100%25, Inc: Ltd%0D%0A");
        assert_eq!(escape_property(name), "Acme 100%25%2C Inc%3A Ltd%0D%0A");
        // `%` first, so an escape is never escaped twice.
        assert_eq!(escape_property("%3A:"), "%253A%3A");
    }
}
