//! `crosscheck check --format html`: one self-contained page for an editor, to keep open
//! beside the draft. No external script, style, font or image: it opens offline and prints.
//!
//! The page has three parts:
//!
//! - a summary: the counts by severity and by rule, the articles checked, the command and the
//!   version that wrote the page;
//! - one card per finding: the message in plain words, every reading with the number of
//!   sources behind it and its difference from the other, and for every source the sentence
//!   with the claim highlighted, the readings side by side; dates and figures show their
//!   normalised values and what they were compared on;
//! - the articles with findings, in full, each claim highlighted and every cited one linked
//!   to its findings (and each finding's places linked to them).
//!
//! In draft mode the page is the draft: its text, each flagged span numbered, and beside it
//! the cards of what the sources say, in the order of the text; the sources follow.
//!
//! Filters (severity, rule, article) and keys (`j`, `k`) come from a small inline script;
//! without it everything is shown and the filters say they need it. Every piece of article
//! text, name, path and rule message is escaped (`escape`), element ids are made of numbers
//! only, and the page's Content-Security-Policy allows its own style and script alone (by
//! hash), so that even a mistake in escaping could not run a script or load anything.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write;

use similar::ChangeTag;

use crate::knowledge::ruleset::RuleSet;
use crate::model::{Article, Claim, Finding, FindingKind, Report, Severity};
use crate::report::json::claim_value;

const VERSION: &str = env!("CARGO_PKG_VERSION");

/// The summary's table of articles is folded above this many articles.
const FOLD_ARTICLES: usize = 12;

/// The page's style sheet and script, inlined.
const STYLE: &str = include_str!("html/page.css");
const SCRIPT: &str = include_str!("html/page.js");
/// The SHA-256 of `STYLE` and `SCRIPT` in base64, for the Content-Security-Policy (a test
/// checks them: edit the CSS or the script and it says the new values).
pub const STYLE_SHA256: &str = "sha256-NjcCv6hoBoMxQ+lm8aMn+gERlVTvQMnbonkiYm8zHlk=";
pub const SCRIPT_SHA256: &str = "sha256-/gzg573ZADrdku2vGWCLF/P6rht2AVKxyssH4So5pjU=";

/// Text safe anywhere in the page, in an element or a quoted attribute: `&`, `<`, `>`, `"`
/// and `'` as character references; control characters (but tabs and line breaks) as U+FFFD,
/// since HTML forbids them.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + s.len() / 8);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if c.is_control() => out.push('\u{fffd}'),
            c => out.push(c),
        }
    }
    out
}

fn plural(n: usize, w: &str) -> String {
    format!("{n} {w}{}", if n == 1 { "" } else { "s" })
}

/// `crosscheck check --format html`. `command` is the command line that produced the report,
/// shown in the summary.
pub fn render_report(report: &Report, rules: &RuleSet, command: &str) -> String {
    let page = Page::new(report, rules);
    let mut out = String::with_capacity(64 * 1024);
    page.head(&mut out);
    page.top(&mut out);
    out.push_str("<main id=\"main\">\n");
    // In draft mode the page is the draft: it comes first, the header saying the counts.
    if page.draft_mode {
        page.drafts(&mut out);
        page.summary(&mut out, command);
    } else {
        page.summary(&mut out, command);
        page.findings(&mut out);
    }
    page.articles(&mut out);
    out.push_str("</main>\n");
    let _ = writeln!(
        out,
        "<footer><p>Written by crosscheck {}. Filters and keys need JavaScript; without it \
         every finding is shown.</p></footer>",
        escape(VERSION)
    );
    let _ = writeln!(out, "<script>{SCRIPT}</script>\n</body>\n</html>");
    out
}

/// What the renderers share: the report and the order and numbers of its findings.
struct Page<'a> {
    report: &'a Report,
    rules: &'a RuleSet,
    draft_mode: bool,
    /// The findings (indices) in the order shown; numbered from 1 in that order.
    order: Vec<usize>,
    /// Each finding's number, by index.
    number: Vec<usize>,
    /// The findings citing each claim, by number.
    cited: BTreeMap<usize, BTreeSet<usize>>,
    /// The articles each finding cites, by finding index.
    involved: Vec<BTreeSet<usize>>,
    /// The findings involving each article.
    per_article: Vec<usize>,
}

impl<'a> Page<'a> {
    fn new(report: &'a Report, rules: &'a RuleSet) -> Page<'a> {
        let corpus = &report.corpus;
        let draft_mode = report.draft_mode();
        let involved: Vec<BTreeSet<usize>> = report
            .findings
            .iter()
            .map(|f| {
                f.citations
                    .iter()
                    .map(|c| corpus.claims[c.claim].article)
                    .collect()
            })
            .collect();
        let order = if draft_mode {
            draft_order(report, &involved)
        } else {
            (0..report.findings.len()).collect()
        };
        let mut number = vec![0; report.findings.len()];
        for (n, &i) in order.iter().enumerate() {
            number[i] = n + 1;
        }
        let mut cited: BTreeMap<usize, BTreeSet<usize>> = BTreeMap::new();
        for (i, f) in report.findings.iter().enumerate() {
            for c in &f.citations {
                cited.entry(c.claim).or_default().insert(number[i]);
            }
        }
        let mut per_article = vec![0; corpus.articles.len()];
        for set in &involved {
            for &a in set {
                per_article[a] += 1;
            }
        }
        Page {
            report,
            rules,
            draft_mode,
            order,
            number,
            cited,
            involved,
            per_article,
        }
    }

    fn count(&self, s: Severity) -> usize {
        self.report
            .findings
            .iter()
            .filter(|f| f.severity == s)
            .count()
    }

    /// "5 findings: 0 errors, 3 warnings, 2 info in 5 articles (194 claims)."
    fn verdict(&self) -> String {
        let corpus = &self.report.corpus;
        let scope = format!(
            "{} ({})",
            plural(corpus.articles.len(), "article"),
            plural(corpus.claims.len(), "claim")
        );
        if self.report.findings.is_empty() {
            return format!("No disagreements found in {scope}.");
        }
        let against = if self.draft_mode {
            let d = self.report.drafts.len();
            format!(
                ", checked against {}",
                plural(corpus.articles.len() - d, "source")
            )
        } else {
            String::new()
        };
        format!(
            "{}: {}, {}, {} info in {scope}{against}.",
            plural(self.report.findings.len(), "finding"),
            plural(self.count(Severity::Error), "error"),
            plural(self.count(Severity::Warning), "warning"),
            self.count(Severity::Info)
        )
    }

    fn head(&self, out: &mut String) {
        let corpus = &self.report.corpus;
        let what = if self.draft_mode {
            let names: Vec<&str> = self
                .report
                .drafts
                .iter()
                .map(|&d| corpus.articles[d].path.as_str())
                .collect();
            format!("draft {}", names.join(", "))
        } else {
            plural(corpus.articles.len(), "article")
        };
        let title = format!(
            "crosscheck: {} in {what}",
            plural(self.report.findings.len(), "finding")
        );
        let _ = write!(
            out,
            "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
             <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; \
             style-src '{STYLE_SHA256}'; script-src '{SCRIPT_SHA256}'; base-uri 'none'; \
             form-action 'none'\">\n\
             <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
             <meta name=\"color-scheme\" content=\"light dark\">\n\
             <meta name=\"generator\" content=\"crosscheck {}\">\n\
             <title>{}</title>\n<style>{STYLE}</style>\n</head>\n",
            escape(VERSION),
            escape(&title)
        );
    }

    fn top(&self, out: &mut String) {
        let skip = if self.draft_mode {
            "#drafts"
        } else {
            "#findings"
        };
        let h1 = if self.draft_mode {
            "crosscheck: the draft against its sources"
        } else {
            "crosscheck report"
        };
        let articles = if self.draft_mode {
            "Sources"
        } else {
            "Articles"
        };
        let findings = if self.draft_mode { "Draft" } else { "Findings" };
        let _ = write!(
            out,
            "<body>\n<a class=\"skip\" href=\"{skip}\">Skip to the findings</a>\n\
             <header class=\"top\">\n<h1>{h1}</h1>\n<p class=\"verdict\">{}</p>\n\
             <nav aria-label=\"Sections\"><ul>{}\
             <li><a href=\"#articles\">{articles}</a></li></ul></nav>\n</header>\n",
            escape(&self.verdict()),
            if self.draft_mode {
                format!(
                    "<li><a href=\"{skip}\">{findings}</a></li>\
                     <li><a href=\"#summary\">Summary</a></li>"
                )
            } else {
                format!(
                    "<li><a href=\"#summary\">Summary</a></li>\
                     <li><a href=\"{skip}\">{findings}</a></li>"
                )
            }
        );
    }

    fn summary(&self, out: &mut String, command: &str) {
        let report = self.report;
        let corpus = &report.corpus;
        out.push_str(
            "<section id=\"summary\" aria-labelledby=\"summary-title\">\n\
             <h2 id=\"summary-title\">Summary</h2>\n<ul class=\"tiles\">",
        );
        for s in [Severity::Error, Severity::Warning, Severity::Info] {
            let n = self.count(s);
            let _ = write!(
                out,
                "<li class=\"tile sev-{0}\"><span class=\"n\">{n}</span> {1}</li>",
                s.as_str(),
                if s == Severity::Info {
                    "info".to_string()
                } else {
                    plural(n, s.as_str())
                        .split_once(' ')
                        .map_or(String::new(), |(_, w)| w.to_string())
                }
            );
        }
        out.push_str("</ul>\n");
        if let Some(cut) = super::limits_text(&corpus.limits) {
            let _ = writeln!(
                out,
                "<p class=\"cut\"><strong>Cut short:</strong> {}.</p>",
                escape(&cut)
            );
        }
        // Findings by rule, in the order of the rules.
        let mut by_rule: BTreeMap<&str, (Severity, usize)> = BTreeMap::new();
        for f in &report.findings {
            let e = by_rule.entry(&f.rule).or_insert((f.severity, 0));
            e.0 = e.0.max(f.severity);
            e.1 += 1;
        }
        if !by_rule.is_empty() {
            out.push_str(
                "<table class=\"rules\">\n<caption>Findings by rule</caption>\n\
                 <thead><tr><th scope=\"col\">Rule</th><th scope=\"col\">Severity</th>\
                 <th scope=\"col\">Findings</th><th scope=\"col\">What it checks</th></tr>\
                 </thead>\n<tbody>\n",
            );
            for (rule, (severity, n)) in &by_rule {
                let summary = self
                    .rules
                    .rules
                    .iter()
                    .find(|r| r.id == *rule)
                    .map_or("", |r| r.summary.as_str());
                let _ = writeln!(
                    out,
                    "<tr><th scope=\"row\"><code>{0}</code></th><td><span class=\"sev \
                     sev-{1}\">{1}</span></td><td class=\"num\">{n}</td><td>{2}</td></tr>",
                    escape(rule),
                    severity.as_str(),
                    escape(summary)
                );
            }
            out.push_str("</tbody>\n</table>\n");
        }
        // The articles checked.
        let role = |i: usize| {
            if !self.draft_mode {
                ""
            } else if report.drafts.contains(&i) {
                "draft"
            } else {
                "source"
            }
        };
        let _ = write!(
            out,
            "<details class=\"articles\"{}><summary>{} checked</summary>\n\
             <table class=\"articles\">\n<thead><tr>\
             <th scope=\"col\">Article</th>{}<th scope=\"col\">Language</th>\
             <th scope=\"col\">Date</th><th scope=\"col\">Title</th>\
             <th scope=\"col\">Claims</th><th scope=\"col\">Findings</th></tr></thead>\n<tbody>\n",
            // A long list is folded, so that the findings stay near the top.
            if corpus.articles.len() <= FOLD_ARTICLES {
                " open"
            } else {
                ""
            },
            plural(corpus.articles.len(), "article"),
            if self.draft_mode {
                "<th scope=\"col\">Role</th>"
            } else {
                ""
            }
        );
        let mut claims = vec![0usize; corpus.articles.len()];
        for c in &corpus.claims {
            claims[c.article] += 1;
        }
        for (i, a) in corpus.articles.iter().enumerate() {
            let shown = self.per_article[i] > 0 || report.drafts.contains(&i) && self.draft_mode;
            let path = if shown {
                format!("<a href=\"#a{i}\">{}</a>", escape(&a.path))
            } else {
                escape(&a.path)
            };
            let _ = writeln!(
                out,
                "<tr><th scope=\"row\" class=\"path\">{path}</th>{}<td>{}</td><td>{}</td>\
                 <td>{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td></tr>",
                if self.draft_mode {
                    format!("<td>{}</td>", role(i))
                } else {
                    String::new()
                },
                escape(&a.lang),
                a.date.map(|d| d.to_string()).unwrap_or_default(),
                escape(a.title.as_deref().unwrap_or("")),
                claims[i],
                self.per_article[i]
            );
        }
        out.push_str("</tbody>\n</table>\n</details>\n");
        let _ = writeln!(
            out,
            "<p class=\"provenance\">Written by <code>{}</code> (crosscheck {}).</p>\n</section>",
            escape(command),
            escape(VERSION)
        );
    }

    /// The filter form: disabled until the script enables it, so that a page read without
    /// JavaScript shows everything and says why the filters do nothing.
    fn filters(&self, out: &mut String) {
        let report = self.report;
        if report.findings.is_empty() {
            return;
        }
        out.push_str(
            "<form class=\"filters\" id=\"filters\" aria-label=\"Filter the findings\">\n\
             <fieldset><legend>Severity</legend>",
        );
        for s in [Severity::Error, Severity::Warning, Severity::Info] {
            let _ = write!(
                out,
                "<label><input type=\"checkbox\" name=\"severity\" value=\"{0}\" checked \
                 disabled> {0} ({1})</label>",
                s.as_str(),
                self.count(s)
            );
        }
        out.push_str("</fieldset>\n<label>Rule <select name=\"rule\" disabled>");
        out.push_str("<option value=\"\">all rules</option>");
        let rules: BTreeSet<&str> = report.findings.iter().map(|f| f.rule.as_str()).collect();
        for r in rules {
            let _ = write!(out, "<option>{}</option>", escape(r));
        }
        out.push_str("</select></label>\n<label>Article <select name=\"article\" disabled>");
        out.push_str("<option value=\"\">all articles</option>");
        for (i, a) in report.corpus.articles.iter().enumerate() {
            if self.per_article[i] > 0 {
                let _ = write!(
                    out,
                    "<option value=\"{i}\">{} ({})</option>",
                    escape(&a.path),
                    self.per_article[i]
                );
            }
        }
        out.push_str(
            "</select></label>\n<button type=\"reset\" disabled>Show all</button>\n\
             <p class=\"nojs\" id=\"filter-note\">The filters need JavaScript: every finding \
             is shown.</p>\n<p class=\"status\" id=\"filter-status\" role=\"status\" \
             aria-live=\"polite\"></p>\n</form>\n\
             <p class=\"keys\">Keys: <kbd>j</kbd> next finding, <kbd>k</kbd> previous \
             finding. Each place links to its article, and each highlighted claim back to its \
             findings.</p>\n",
        );
    }

    fn findings(&self, out: &mut String) {
        out.push_str(
            "<section id=\"findings\" aria-labelledby=\"findings-title\">\n\
             <h2 id=\"findings-title\">Findings</h2>\n",
        );
        if self.report.findings.is_empty() {
            let _ = writeln!(out, "<p class=\"none\">{}</p>", escape(&self.verdict()));
        } else {
            self.filters(out);
            out.push_str("<ol class=\"cards\">\n");
            for &i in &self.order {
                self.card(out, i, 3);
            }
            out.push_str("</ol>\n");
        }
        out.push_str("</section>\n");
    }

    /// Draft mode: each draft's text, its flagged spans numbered, its findings beside it.
    fn drafts(&self, out: &mut String) {
        let report = self.report;
        out.push_str(
            "<section id=\"drafts\" aria-labelledby=\"drafts-title\">\n\
             <h2 id=\"drafts-title\">The draft and what the sources say</h2>\n",
        );
        self.filters(out);
        let mut shown = vec![false; report.findings.len()];
        for &d in &report.drafts {
            let a = &report.corpus.articles[d];
            let _ = writeln!(
                out,
                "<article class=\"draft\" id=\"a{d}\" aria-labelledby=\"a{d}-title\">\n\
                 <h3 id=\"a{d}-title\">Draft: <span class=\"path\">{}</span></h3>",
                escape(&a.path)
            );
            self.article_meta(out, a);
            out.push_str("<div class=\"draft-grid\">\n");
            self.article_text(out, d);
            let mine: Vec<usize> = self
                .order
                .iter()
                .copied()
                .filter(|&i| self.involved[i].contains(&d) && !shown[i])
                .collect();
            let _ = writeln!(
                out,
                "<aside class=\"notes\" aria-label=\"What the sources say about {}\">",
                escape(&a.path)
            );
            if mine.is_empty() {
                out.push_str(
                    "<p class=\"none\">No disagreement with the sources in this draft.</p>\n",
                );
            } else {
                // Numbered as the page numbers them (in the order of the text).
                out.push_str("<ol class=\"cards\">\n");
                for i in mine {
                    shown[i] = true;
                    self.card(out, i, 4);
                }
                out.push_str("</ol>\n");
            }
            out.push_str("</aside>\n</div>\n</article>\n");
        }
        out.push_str("</section>\n");
    }

    /// The articles with findings in full (in draft mode, the sources), their claims
    /// highlighted.
    fn articles(&self, out: &mut String) {
        let report = self.report;
        let corpus = &report.corpus;
        let (title, what) = if self.draft_mode {
            ("Sources", "source")
        } else {
            ("Articles", "article")
        };
        let _ = writeln!(
            out,
            "<section id=\"articles\" aria-labelledby=\"articles-title\">\n\
             <h2 id=\"articles-title\">{title}</h2>"
        );
        let shown: Vec<usize> = (0..corpus.articles.len())
            .filter(|&i| {
                self.per_article[i] > 0 && !(self.draft_mode && report.drafts.contains(&i))
            })
            .collect();
        let others = corpus.articles.len()
            - shown.len()
            - if self.draft_mode {
                report.drafts.len()
            } else {
                0
            };
        let _ = writeln!(
            out,
            "<p class=\"hint\">Every claim read is highlighted: names <span class=\"claim \
             k-name\">like this</span>, dates and figures <span class=\"claim \
             k-fact\">like this</span>; a claim a finding cites is marked <mark \
             class=\"claim cited\">like this</mark> and followed by the numbers of its \
             findings.{}</p>",
            if others > 0 {
                format!(
                    " {} without findings {} listed in the summary, not shown here.",
                    plural(others, what),
                    if others == 1 { "is" } else { "are" }
                )
            } else {
                String::new()
            }
        );
        for i in shown {
            let a = &corpus.articles[i];
            let _ = writeln!(
                out,
                "<article class=\"source\" id=\"a{i}\" aria-labelledby=\"a{i}-title\">\n\
                 <h3 id=\"a{i}-title\" class=\"path\">{}</h3>",
                escape(&a.path)
            );
            self.article_meta(out, a);
            self.article_text(out, i);
            out.push_str("</article>\n");
        }
        out.push_str("</section>\n");
    }

    fn article_meta(&self, out: &mut String, a: &Article) {
        let mut parts = vec![format!("language {}", escape(&a.lang))];
        if let Some(d) = a.date {
            parts.push(format!("published {d}"));
        }
        if let Some(t) = &a.title {
            parts.push(format!("<cite>{}</cite>", escape(t)));
        }
        if let Some(s) = &a.source {
            parts.push(escape(s));
        }
        if let Some(u) = &a.url {
            // Only web addresses become links: a `javascript:` or `data:` URL stays text.
            let lower = u.trim_start().to_ascii_lowercase();
            if lower.starts_with("https://") || lower.starts_with("http://") {
                parts.push(format!(
                    "<a href=\"{0}\" rel=\"noreferrer noopener\">{0}</a>",
                    escape(u.trim())
                ));
            } else {
                parts.push(format!("<span class=\"url\">{}</span>", escape(u)));
            }
        }
        let _ = writeln!(out, "<p class=\"meta\">{}</p>", parts.join(" · "));
    }

    /// An article's body, its claims highlighted: the cited ones as `<mark id="cN">` followed
    /// by links to their findings. Overlapping claims: the cited one wins, the other keeps an
    /// empty anchor so that links to it land there.
    fn article_text(&self, out: &mut String, index: usize) {
        let corpus = &self.report.corpus;
        let a = &corpus.articles[index];
        let from = corpus.claims.partition_point(|c| c.article < index);
        let to = corpus.claims.partition_point(|c| c.article <= index);
        // The claims shown, in order, none overlapping; with the ids of the hidden ones each
        // one stands for.
        let mut shown: Vec<(usize, Vec<usize>)> = Vec::new();
        for ci in from..to {
            let span = corpus.claims[ci].span;
            if span.start < a.body.start || span.end > a.text.len() || span.is_empty() {
                continue;
            }
            match shown.last_mut() {
                Some((last, hidden)) if corpus.claims[*last].span.end > span.start => {
                    if self.cited.contains_key(&ci) && !self.cited.contains_key(last) {
                        let old = *last;
                        *last = ci;
                        hidden.push(old);
                    } else {
                        hidden.push(ci);
                    }
                }
                _ => shown.push((ci, Vec::new())),
            }
        }
        let _ = write!(out, "<div class=\"text\" lang=\"{}\">", escape(&a.lang));
        let mut at = a.body.start;
        for (ci, hidden) in &shown {
            let c = &corpus.claims[*ci];
            out.push_str(&escape(&a.text[at..c.span.start]));
            for h in hidden {
                if self.cited.contains_key(h) {
                    let _ = write!(out, "<span id=\"c{h}\"></span>");
                }
            }
            self.claim_mark(out, *ci, c);
            at = c.span.end;
        }
        out.push_str(&escape(&a.text[at..]));
        out.push_str("</div>\n");
    }

    fn claim_mark(&self, out: &mut String, ci: usize, c: &Claim) {
        let kind = match c.kind {
            crate::model::ClaimKind::Person
            | crate::model::ClaimKind::Place
            | crate::model::ClaimKind::Org => "k-name",
            _ => "k-fact",
        };
        let value = match (&c.value, claim_value(&c.value)) {
            (crate::model::Value::Money { amount, currency }, _) => {
                format!("{} {currency}", super::json_number(*amount))
            }
            (crate::model::Value::Percent(x), _) => format!("{} %", super::json_number(*x)),
            (_, serde_json::Value::String(s)) => s,
            (_, v) => v.to_string(),
        };
        let title = escape(&format!("{}: {value}", c.kind.as_str()));
        match self.cited.get(&ci) {
            None => {
                let _ = write!(
                    out,
                    "<span class=\"claim {kind}\" title=\"{title}\">{}</span>",
                    escape(&c.text)
                );
            }
            Some(numbers) => {
                let worst = numbers
                    .iter()
                    .map(|&n| self.report.findings[self.order[n - 1]].severity)
                    .max()
                    .unwrap_or(Severity::Info);
                let _ = write!(
                    out,
                    "<mark class=\"claim cited sev-{}\" id=\"c{ci}\" title=\"{title}\">{}</mark>\
                     <sup class=\"refs\">",
                    worst.as_str(),
                    escape(&c.text)
                );
                let links: Vec<String> = numbers
                    .iter()
                    .map(|n| format!("<a href=\"#f{n}\" aria-label=\"finding {n}\">{n}</a>"))
                    .collect();
                out.push_str(&links.join(","));
                out.push_str("</sup>");
            }
        }
    }

    /// One finding's card, as a list item, its title a heading of level `h` (its readings one
    /// level below).
    fn card(&self, out: &mut String, i: usize, h: u8) {
        let report = self.report;
        let f = &report.findings[i];
        let n = self.number[i];
        let sev = f.severity.as_str();
        let articles: Vec<String> = self.involved[i].iter().map(|a| a.to_string()).collect();
        let _ = writeln!(
            out,
            "<li><article class=\"finding sev-{sev}\" id=\"f{n}\" tabindex=\"-1\" \
             data-severity=\"{sev}\" data-rule=\"{}\" data-articles=\" {} \" \
             aria-labelledby=\"f{n}-title\">\n<h{h} id=\"f{n}-title\"><span class=\"num\">{n}\
             </span> <span class=\"sev sev-{sev}\">{sev}</span> {}</h{h}>",
            escape(&f.rule),
            articles.join(" "),
            escape(&f.message)
        );
        let mut meta = vec![format!("rule <code>{}</code>", escape(&f.rule))];
        match f.kind {
            FindingKind::Spelling => {
                meta.push(format!("name <b>{}</b>", escape(&f.subject)));
            }
            FindingKind::Date | FindingKind::Figure => {
                if let Some(m) = &f.measure {
                    meta.push(format!("measure <b>{}</b>", escape(m)));
                }
                meta.push(format!(
                    "compared as one fact: the sentences share <b>{}</b>",
                    escape(&f.subject)
                ));
            }
        }
        if let Some(s) = &f.suggestion {
            meta.push(format!("suggested <b>{}</b>", escape(s)));
        }
        let _ = writeln!(out, "<p class=\"meta\">{}</p>", meta.join(" · "));
        out.push_str("<div class=\"readings\">\n");
        for (r, form) in f.readings.iter().enumerate() {
            self.reading(out, f, (n, h + 1), r, form);
        }
        out.push_str("</div>\n</article></li>\n");
    }

    fn reading(&self, out: &mut String, f: &Finding, (n, h): (usize, u8), r: usize, form: &str) {
        let corpus = &self.report.corpus;
        let cited: Vec<_> = f.citations.iter().filter(|c| c.reading == r).collect();
        let sources: BTreeSet<usize> = cited
            .iter()
            .map(|c| corpus.claims[c.claim].article)
            .collect();
        let (class, role) = match r {
            0 if self.draft_mode => ("flagged", "in the draft"),
            0 => ("flagged", "flagged"),
            1 if f.suggestion.is_some() => ("consensus", "consensus"),
            _ => ("other", "also written"),
        };
        let count = super::source_count(&sources, &self.report.drafts);
        let count = count.trim_start_matches('(').trim_end_matches(')');
        let _ = writeln!(
            out,
            "<section class=\"reading {class}\" aria-labelledby=\"f{n}-r{r}\">\n\
             <h{h} id=\"f{n}-r{r}\"><span class=\"role\">{role}</span> <span class=\"form\">{}\
             </span> <span class=\"count\">{}</span></h{h}>",
            escape(form),
            escape(count)
        );
        // The flagged reading against the consensus; the others against the flagged one.
        let (other, label) = match r {
            0 => (
                f.readings.get(1).map_or(form, |s| s.as_str()),
                "what it changes from",
            ),
            _ => (f.readings[0].as_str(), "what differs from"),
        };
        if other != form {
            let _ = write!(
                out,
                "<p class=\"diff\"><span class=\"sr\">{label} {}: </span>",
                escape(other)
            );
            for (tag, s) in super::char_diff(other, form) {
                match tag {
                    ChangeTag::Equal => out.push_str(&escape(&s)),
                    ChangeTag::Delete => {
                        let _ = write!(
                            out,
                            "<del title=\"not in this reading\">{}</del>",
                            escape(&s)
                        );
                    }
                    ChangeTag::Insert => {
                        let _ = write!(
                            out,
                            "<ins title=\"only in this reading\">{}</ins>",
                            escape(&s)
                        );
                    }
                }
            }
            out.push_str("</p>\n");
        }
        out.push_str("<ul class=\"cites\">\n");
        for cit in cited {
            let c = &corpus.claims[cit.claim];
            let a = &corpus.articles[c.article];
            let (line, col) = a.line_col(c.span.start);
            let more = if cit.occurrences > 1 {
                format!(
                    " <span class=\"times\" title=\"the same reading {} times in this \
                     article\">×{}</span>",
                    cit.occurrences, cit.occurrences
                )
            } else {
                String::new()
            };
            let _ = write!(
                out,
                "<li><p class=\"place\"><a href=\"#c{}\">{}:{line}:{col}</a>{more}</p>\
                 <blockquote class=\"sentence\" lang=\"{}\">",
                cit.claim,
                escape(&a.path),
                escape(&a.lang)
            );
            // The whole sentence (the text report cuts it to about 110 characters).
            let start = c.sentence.start.min(c.span.start);
            let end = c.sentence.end.max(c.span.end).min(a.text.len());
            let clean = |s: &str| escape(&s.split_whitespace().collect::<Vec<_>>().join(" "));
            let lead = &a.text[start..c.span.start];
            let tail = &a.text[c.span.end..end];
            out.push_str(&clean(lead));
            if lead.ends_with(char::is_whitespace) && !lead.trim().is_empty() {
                out.push(' ');
            }
            let _ = write!(out, "<mark>{}</mark>", clean(&c.text));
            if tail.starts_with(char::is_whitespace) && !tail.trim().is_empty() {
                out.push(' ');
            }
            out.push_str(&clean(tail));
            out.push_str("</blockquote></li>\n");
        }
        out.push_str("</ul>\n</section>\n");
    }
}

/// Draft mode: the findings of each draft in the order of the draft's text (the first place a
/// finding flags in it), drafts in order.
fn draft_order(report: &Report, involved: &[BTreeSet<usize>]) -> Vec<usize> {
    let corpus = &report.corpus;
    let mut order = Vec::with_capacity(report.findings.len());
    let mut placed = vec![false; report.findings.len()];
    for &d in &report.drafts {
        let mut mine: Vec<(usize, usize)> = report
            .findings
            .iter()
            .enumerate()
            .filter(|&(i, _)| !placed[i] && involved[i].contains(&d))
            .map(|(i, f)| {
                let at = f
                    .citations
                    .iter()
                    .map(|c| &corpus.claims[c.claim])
                    .filter(|c| c.article == d)
                    .map(|c| c.span.start)
                    .min()
                    .unwrap_or(usize::MAX);
                (at, i)
            })
            .collect();
        mine.sort();
        for (_, i) in mine {
            placed[i] = true;
            order.push(i);
        }
    }
    order.extend((0..report.findings.len()).filter(|&i| !placed[i]));
    order
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The policy's hashes are those of the style and script inlined: a browser refuses to
    /// apply or run anything else.
    #[test]
    fn content_security_policy_hashes_match_the_inline_assets() {
        use sha2::{Digest, Sha256};
        fn base64(bytes: &[u8]) -> String {
            const A: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
            let mut out = String::new();
            for chunk in bytes.chunks(3) {
                let n =
                    chunk.iter().fold(0u32, |n, &b| n << 8 | b as u32) << (8 * (3 - chunk.len()));
                for i in 0..4 {
                    out.push(if i <= chunk.len() {
                        A[(n >> (18 - 6 * i) & 63) as usize] as char
                    } else {
                        '='
                    });
                }
            }
            out
        }
        let hash = |s: &str| format!("sha256-{}", base64(&Sha256::digest(s.as_bytes())));
        assert_eq!(
            hash(STYLE),
            STYLE_SHA256,
            "page.css changed: set STYLE_SHA256"
        );
        assert_eq!(
            hash(SCRIPT),
            SCRIPT_SHA256,
            "page.js changed: set SCRIPT_SHA256"
        );
    }

    #[test]
    fn escape_covers_elements_and_attributes() {
        assert_eq!(
            escape("<script>\"x\" & 'y'</script>"),
            "&lt;script&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/script&gt;"
        );
        assert_eq!(escape("Tokaïev\n"), "Tokaïev\n");
        assert_eq!(escape("a\u{0}b\u{1f}c"), "a\u{fffd}b\u{fffd}c");
    }
}
