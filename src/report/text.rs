//! The human-readable renderings: the claims listing of `extract`, and the findings report of
//! `check` (diff-style, with the sentence around every claim).

use std::fmt::Write;

use anstyle::{AnsiColor, Style};

use crate::Corpus;
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
    for (i, a) in corpus.articles.iter().enumerate() {
        let n = corpus.claims.iter().filter(|c| c.article == i).count();
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
