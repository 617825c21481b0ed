//! The human-readable renderings: the claims listing of `extract`, and the findings report of
//! `check` (diff-style, with the sentence around every claim).

use std::fmt::Write;

use anstyle::{AnsiColor, Style};
use similar::ChangeTag;

use crate::model::{Corpus, Report};
use crate::model::{Severity, Span};
use crate::report::json::claim_value;

/// Colours, or none.
#[derive(Debug, Clone, Copy)]
pub struct Palette {
    pub enabled: bool,
}

impl Palette {
    pub fn paint(&self, style: Style, s: &str) -> String {
        if self.enabled && !s.is_empty() {
            format!("{}{}{}", style.render(), s, style.render_reset())
        } else {
            s.to_string()
        }
    }

    pub fn bold(&self, s: &str) -> String {
        self.paint(Style::new().bold(), s)
    }

    pub fn dim(&self, s: &str) -> String {
        self.paint(Style::new().dimmed(), s)
    }

    pub fn colour(&self, c: AnsiColor, s: &str) -> String {
        self.paint(Style::new().fg_color(Some(c.into())), s)
    }
}

/// `crosscheck extract` (text): one line per claim, grouped by article.
pub fn render_claims(corpus: &Corpus, palette: Palette) -> String {
    let mut out = String::new();
    let mut claims = corpus.claims.iter().peekable();
    // Claims are ordered by article: one pass counts them all.
    let mut counts = vec![0usize; corpus.articles.len()];
    for c in &corpus.claims {
        if let Some(n) = counts.get_mut(c.article) {
            *n += 1;
        }
    }
    for (i, a) in corpus.articles.iter().enumerate() {
        let n = counts[i];
        let _ = writeln!(
            out,
            "{} ({}, {} claim{})",
            palette.bold(&a.path),
            a.lang,
            n,
            if n == 1 { "" } else { "s" }
        );
        while let Some(c) = claims.next_if(|c| c.article == i) {
            let (line, col) = a.line_col(c.span.start);
            let value = match claim_value(&c.value) {
                serde_json::Value::String(s) => s,
                v => v.to_string(),
            };
            let mut extra = String::new();
            if let Some(q) = c.qualifier {
                let _ = write!(extra, "  [{}]", q.as_str());
            }
            if let Some(r) = &c.role {
                let _ = write!(extra, "  (role: {r})");
            }
            let _ = writeln!(
                out,
                "  {:<9} {:<8} {}  → {}{}",
                palette.dim(&format!("{line}:{col}")),
                c.kind.as_str(),
                c.text.replace('\n', " "),
                value,
                extra
            );
        }
    }
    out
}

/// `crosscheck check` (text): each finding with its readings diffed against each other, every
/// cited claim with `path:line:column` and its sentence, then a summary line.
pub fn render_report(report: &Report, palette: Palette) -> String {
    let mut out = render_findings(report, palette);
    out.push_str(&summary(report, palette));
    out
}

/// The findings of the report without its summary line (`--quiet`): nothing when there are
/// none.
pub fn render_findings(report: &Report, palette: Palette) -> String {
    let corpus = &report.corpus;
    let mut out = String::new();
    for f in &report.findings {
        let colour = match f.severity {
            Severity::Error => AnsiColor::Red,
            Severity::Warning => AnsiColor::Yellow,
            Severity::Info => AnsiColor::Cyan,
        };
        let _ = writeln!(
            out,
            "{}{} {}",
            palette.paint(
                Style::new().bold().fg_color(Some(colour.into())),
                f.severity.as_str()
            ),
            palette.bold(&format!("[{}]:", f.rule)),
            palette.bold(&f.message)
        );
        let _ = writeln!(out, "  {} {}", palette.dim("subject:"), f.subject);
        for (r, form) in f.readings.iter().enumerate() {
            let cited: Vec<_> = f.citations.iter().filter(|c| c.reading == r).collect();
            let sources: std::collections::BTreeSet<usize> = cited
                .iter()
                .map(|c| corpus.claims[c.claim].article)
                .collect();
            // The flagged reading shows what it changed from the consensus; the others show
            // what the flagged one lacks.
            let (sign, shown) = match r {
                0 => (
                    "-",
                    diff(f.readings.get(1).map_or(form, |c| c), form, palette),
                ),
                _ => ("+", diff(&f.readings[0], form, palette)),
            };
            let _ = writeln!(
                out,
                "  {} {}  {}",
                palette.colour(
                    if r == 0 {
                        AnsiColor::Red
                    } else {
                        AnsiColor::Green
                    },
                    sign
                ),
                shown,
                palette.dim(&super::source_count(&sources, &report.drafts))
            );
            for c in cited {
                let claim = &corpus.claims[c.claim];
                let a = &corpus.articles[claim.article];
                let (line, col) = a.line_col(claim.span.start);
                let more = if c.occurrences > 1 {
                    format!(" (×{})", c.occurrences)
                } else {
                    String::new()
                };
                let _ = writeln!(
                    out,
                    "      {}{}  {}",
                    palette.dim(&format!("{}:{line}:{col}", a.path)),
                    more,
                    excerpt(&a.text, claim.sentence, claim.span, palette)
                );
            }
        }
        out.push('\n');
    }
    out
}

/// `old` → `new` character by character: `Lutni[-c-]k` for a letter `new` drops,
/// `Lutni{+c+}k` for one it adds.
fn diff(old: &str, new: &str, palette: Palette) -> String {
    let mut out = String::new();
    for (tag, s) in super::char_diff(old, new) {
        match tag {
            ChangeTag::Equal => out.push_str(&s),
            ChangeTag::Delete => out.push_str(&palette.colour(AnsiColor::Red, &format!("[-{s}-]"))),
            ChangeTag::Insert => {
                out.push_str(&palette.colour(AnsiColor::Green, &format!("{{+{s}+}}")))
            }
        }
    }
    out
}

/// The sentence around a claim, on one line, cut to about 110 characters around the claim.
fn excerpt(text: &str, sentence: Span, claim: Span, palette: Palette) -> String {
    const SIDE: usize = 50;
    let clean = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    let before: Vec<char> = text[sentence.start..claim.start].chars().collect();
    let after: Vec<char> = text[claim.end..sentence.end.max(claim.end)]
        .chars()
        .collect();
    let (lead, before) = if before.len() > SIDE {
        (
            "…",
            before[before.len() - SIDE..].iter().collect::<String>(),
        )
    } else {
        ("", before.iter().collect())
    };
    let (after, tail) = if after.len() > SIDE {
        (after[..SIDE].iter().collect::<String>(), "…")
    } else {
        (after.iter().collect(), "")
    };
    // Cut at word boundaries.
    let before = if lead.is_empty() {
        before
    } else {
        before
            .split_once(' ')
            .map_or(before.clone(), |(_, b)| b.to_string())
    };
    let after = if tail.is_empty() {
        after
    } else {
        after
            .rsplit_once(' ')
            .map_or(after.clone(), |(a, _)| a.to_string())
    };
    let before = clean(&before);
    let after = clean(&after);
    let sep_b = if text[..claim.start].ends_with(char::is_whitespace) && !before.is_empty() {
        " "
    } else {
        ""
    };
    let sep_a = if text[claim.end..].starts_with(char::is_whitespace) && !after.is_empty() {
        " "
    } else {
        ""
    };
    format!(
        "{lead}{before}{sep_b}{}{sep_a}{after}{tail}",
        palette.bold(&clean(&text[claim.start..claim.end]))
    )
}

fn summary(report: &Report, palette: Palette) -> String {
    let n = |s: Severity| report.findings.iter().filter(|f| f.severity == s).count();
    let articles = report.corpus.articles.len();
    let claims = report.corpus.claims.len();
    let plural = |n: usize, w: &str| format!("{n} {w}{}", if n == 1 { "" } else { "s" });
    let mut out = if report.findings.is_empty() {
        format!(
            "{} in {} ({}).\n",
            palette.bold("No disagreements found"),
            plural(articles, "article"),
            plural(claims, "claim")
        )
    } else {
        format!(
            "{}: {}, {}, {} info in {} ({}).\n",
            palette.bold(&plural(report.findings.len(), "finding")),
            plural(n(Severity::Error), "error"),
            plural(n(Severity::Warning), "warning"),
            n(Severity::Info),
            plural(articles, "article"),
            plural(claims, "claim")
        )
    };
    if let Some(cut) = super::limits_text(&report.corpus.limits) {
        let _ = writeln!(out, "{} {cut}.", palette.dim("Cut short:"));
    }
    out
}

/// `crosscheck rules`: one block per rule in effect.
pub fn render_rules(rules: &crate::knowledge::ruleset::RuleSet) -> String {
    let mut out = String::new();
    for r in &rules.rules {
        let _ = writeln!(
            out,
            "{:<22} {:<9} {:<8} {}{}",
            r.id,
            r.kind.as_str(),
            r.severity.as_str(),
            r.summary,
            if r.enabled { "" } else { " (disabled)" }
        );
        let _ = writeln!(out, "{:<22} from {}", "", r.origin);
    }
    let _ = writeln!(
        out,
        "\n{} rules; languages: {}; {} known places; {} alias groups; {} house-style spellings.",
        rules.rules.len(),
        rules.langs.codes().join(", "),
        rules.places.len(),
        rules.aliases.groups.len(),
        rules.aliases.house.len()
    );
    if !rules.aliases.groups.is_empty() {
        let _ = writeln!(
            out,
            "\nAliases (different names of one referent, never misspellings):"
        );
        for g in &rules.aliases.groups {
            let names: Vec<String> = g
                .names
                .iter()
                .map(|n| {
                    if n.years.is_empty() {
                        n.name.clone()
                    } else {
                        format!("{} ({})", n.name, n.years)
                    }
                })
                .collect();
            let _ = writeln!(out, "  {}", names.join(" / "));
        }
    }
    if !rules.aliases.house.is_empty() {
        let _ = writeln!(out, "\nHouse style:");
        for h in &rules.aliases.house {
            let _ = write!(out, "  {}", h.spelling);
            if !h.replaces.is_empty() {
                let _ = write!(out, " (replaces {})", h.replaces.join(", "));
            }
            let _ = writeln!(out);
        }
    }
    out
}
