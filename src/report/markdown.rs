//! `crosscheck check --format markdown`: a summary for a pull-request comment or a CI job
//! summary — a heading with the counts by severity, then one table row per finding: severity,
//! rule, subject, the readings side by side with how many sources use each, and the places as
//! links (`path#Lline`). Article text is escaped: it can never open a link, a code span, a
//! table cell or an HTML tag.

use std::collections::BTreeSet;
use std::fmt::Write;

use super::path_uri;
use crate::model::Report;
use crate::model::Severity;

/// Text from an article or a rule, safe inside a Markdown table cell: Markdown
/// metacharacters backslash-escaped, `<`, `>` and `&` as entities, line breaks as spaces.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '\r' | '\n' | '\t' => out.push(' '),
            '\\' | '`' | '*' | '_' | '[' | ']' | '|' | '~' | '#' | '!' | '(' | ')' | '{' | '}' => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
    }
    out
}

fn plural(n: usize, w: &str) -> String {
    format!("{n} {w}{}", if n == 1 { "" } else { "s" })
}

/// `crosscheck check --format markdown`.
pub fn render_report(report: &Report) -> String {
    let corpus = &report.corpus;
    let n = |s: Severity| report.findings.iter().filter(|f| f.severity == s).count();
    let mut out = String::new();
    let scope = format!(
        "{} ({})",
        plural(corpus.articles.len(), "article"),
        plural(corpus.claims.len(), "claim")
    );
    if report.findings.is_empty() {
        let _ = writeln!(out, "### crosscheck: no findings\n");
        let _ = writeln!(out, "No disagreements found in {scope}.");
        return out;
    }
    let _ = writeln!(
        out,
        "### crosscheck: {} ({}, {}, {} info)\n",
        plural(report.findings.len(), "finding"),
        plural(n(Severity::Error), "error"),
        plural(n(Severity::Warning), "warning"),
        n(Severity::Info)
    );
    let _ = writeln!(out, "In {scope}; the flagged reading is in bold.\n");
    let _ = writeln!(
        out,
        "| Severity | Rule | Subject | Readings (sources) | Places |"
    );
    let _ = writeln!(out, "|---|---|---|---|---|");
    // In draft mode the message is the draft's side of a finding ("sources are split: …"),
    // which the counts alone do not say.
    let draft_mode = report.draft_mode();
    for f in &report.findings {
        let readings: Vec<String> = f
            .readings
            .iter()
            .enumerate()
            .map(|(r, form)| {
                let sources: BTreeSet<usize> = f
                    .citations
                    .iter()
                    .filter(|c| c.reading == r)
                    .map(|c| corpus.claims[c.claim].article)
                    .collect();
                let shown = escape(form);
                let shown = if r == 0 {
                    format!("**{shown}**")
                } else {
                    shown
                };
                format!("{shown} ({})", sources.len())
            })
            .collect();
        let places: Vec<String> = f
            .citations
            .iter()
            .map(|cit| {
                let c = &corpus.claims[cit.claim];
                let a = &corpus.articles[c.article];
                let (line, col) = a.line_col(c.span.start);
                let bold = if cit.reading == 0 { "**" } else { "" };
                format!(
                    "{bold}[{}:{line}:{col}]({}#L{line}){bold}",
                    escape(&a.path),
                    path_uri(&a.path)
                )
            })
            .collect();
        let subject = if draft_mode {
            format!("{}<br>{}", escape(&f.subject), escape(&f.message))
        } else {
            escape(&f.subject)
        };
        let _ = writeln!(
            out,
            "| {} | `{}` | {} | {} | {} |",
            f.severity.as_str(),
            f.rule.replace('`', ""),
            subject,
            readings.join(" / "),
            places.join("<br>")
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn article_text_cannot_break_the_table_or_inject_html() {
        assert_eq!(
            escape("a|b <script>`x`* [l](u) &"),
            "a\\|b &lt;script&gt;\\`x\\`\\* \\[l\\]\\(u\\) &amp;"
        );
        assert_eq!(escape("Kassym-Jomart Tokaïev"), "Kassym-Jomart Tokaïev");
        assert_eq!(escape("line\nbreak"), "line break");
    }
}
