//! `crosscheck check --format github`: GitHub Actions workflow commands, one per finding,
//! which the runner turns into annotations on the files of a pull request:
//!
//! ```text
//! ::warning file=PATH,line=L,col=C,endLine=L2,endColumn=C2,title=TITLE::MESSAGE
//! ```
//!
//! located at the flagged claim (columns count characters), the message saying where the
//! other readings are. Escaped as GitHub's toolkit does (`@actions/core`, `command.ts`).

use std::fmt::Write;

use super::Place;
use crate::model::Report;
use crate::model::Severity;

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

/// `crosscheck check --format github`.
pub fn render_report(report: &Report) -> String {
    let corpus = &report.corpus;
    let mut out = String::new();
    for f in &report.findings {
        let Some(first) = f.citations.first() else {
            continue;
        };
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
    out
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
