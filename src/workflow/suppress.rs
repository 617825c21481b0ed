//! Ignore markers: an editor silences a rule for one paragraph, one line or a whole file by
//! writing a marker into the article.
//!
//! Syntax. In Markdown (`.md`, and stdin, which is read as Markdown) a marker is an HTML
//! comment, invisible once rendered; in plain text (`.txt`) it is a line of its own:
//!
//! ```text
//! <!-- crosscheck-ignore name-spelling -->        .md: the next paragraph
//! Quoted text <!-- crosscheck-ignore -->          .md: this line only (text beside the marker)
//! <!-- crosscheck-ignore-file figure-mismatch --> .md: the whole file
//! crosscheck-ignore name-spelling, date-mismatch  .txt: the next paragraph
//! crosscheck-ignore-file                          .txt: the whole file
//! ```
//!
//! Rule ids are separated by spaces or commas; no id means every rule. "The next paragraph"
//! runs from the first non-blank line after the marker to the next blank line (or the end of
//! the file). A Markdown marker sharing its line with other text silences that line only, like
//! a trailing `# noqa` comment. Markers are read in the article's body (not its front matter);
//! they are blanked out before extraction, so a marker never yields a claim.
//!
//! Semantics. A finding is dropped when any claim it cites — or another occurrence of the same
//! reading in the same article, which the report counts as `(×n)` ("Lutnik" after "Howard
//! Lutnik") — lies in a region silencing the finding's rule. The marker sits next to the text
//! the editor accepts; whether that text is the flagged reading or the consensus, the
//! disagreement is one the editor has seen, so the whole finding goes (it is not re-counted
//! without the silenced source). A marker naming an unknown rule is a warning naming the file
//! and line, not an error: the rest of the marker still applies.

use std::borrow::Cow;

use crate::model::Article;
use crate::model::Report;
use crate::model::{Claim, Span};

/// Where a marker applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// The paragraph after the marker.
    Paragraph,
    /// The line the marker is on.
    Line,
    /// The whole file.
    File,
}

/// One ignore marker in an article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Marker {
    /// 1-based line of the marker.
    pub line: usize,
    pub scope: Scope,
    /// The rule ids it names; empty means every rule.
    pub rules: Vec<String>,
    /// The marker's own text (byte span in the file), blanked out before extraction.
    pub span: Span,
    /// The bytes it silences (empty when a paragraph marker has no paragraph after it).
    pub region: Span,
}

impl Marker {
    /// Whether this marker silences `rule`.
    pub fn silences(&self, rule: &str) -> bool {
        self.rules.is_empty() || self.rules.iter().any(|r| r == rule)
    }
}

/// Whether an article is read with the Markdown marker syntax.
fn is_markdown(article: &Article) -> bool {
    article.path == "-" || article.path.ends_with(".md")
}

/// Splits `text[start..end]` into lines: `(line start, line end without the newline)`.
fn lines(text: &str, start: usize, end: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut i = start;
    while i < end {
        let stop = text[i..end].find('\n').map_or(end, |k| i + k);
        let line_end = if stop > i && text.as_bytes()[stop - 1] == b'\r' {
            stop - 1
        } else {
            stop
        };
        out.push((i, line_end));
        i = stop + 1;
    }
    out
}

/// Parses the words after `crosscheck-ignore`: `None` when `s` is not a marker.
fn parse_marker(s: &str) -> Option<(bool, Vec<String>)> {
    let s = s.trim();
    let (file, rest) = if let Some(rest) = s.strip_prefix("crosscheck-ignore-file") {
        (true, rest)
    } else if let Some(rest) = s.strip_prefix("crosscheck-ignore") {
        (false, rest)
    } else {
        return None;
    };
    if !(rest.is_empty() || rest.starts_with(|c: char| c.is_whitespace() || c == ',')) {
        return None;
    }
    let rules = rest
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect();
    Some((file, rules))
}

/// For each line (an index into `lines`), the paragraph that follows it: from the first
/// non-blank line after it to the last line before a blank one. Worked out in one backward
/// pass, so that an article of thousands of markers costs no more than its length.
fn next_paragraphs(text: &str, lines: &[(usize, usize)]) -> Vec<Span> {
    let blank = |&(a, b): &(usize, usize)| text[a..b].trim().is_empty();
    let mut out = vec![Span::default(); lines.len()];
    // Walking up: the paragraph starting at the nearest non-blank line below, and the last
    // line of the run of non-blank lines it belongs to.
    let mut next: Option<Span> = None;
    let mut run_end: Option<usize> = None;
    for k in (0..lines.len()).rev() {
        out[k] = next.unwrap_or_default();
        if blank(&lines[k]) {
            run_end = None;
        } else {
            let last = *run_end.get_or_insert(k);
            next = Some(Span::new(lines[k].0, lines[last].1));
        }
    }
    out
}

/// The ignore markers of an article, in file order.
pub fn scan(article: &Article) -> Vec<Marker> {
    let text = article.text.as_str();
    let ls = lines(text, article.body.start, article.body.end);
    let md = is_markdown(article);
    let mut out = Vec::new();
    let mut paragraphs: Option<Vec<Span>> = None;
    for (k, &(a, b)) in ls.iter().enumerate() {
        let line = &text[a..b];
        if !line.contains("crosscheck-ignore") {
            continue;
        }
        // Each marker of the line: whether it covers the file, its rules, its place, and
        // whether other text stands beside it on the line.
        let mut found: Vec<(bool, Vec<String>, Span, bool)> = Vec::new();
        if md {
            let mut from = 0;
            while let Some(open) = line[from..].find("<!--").map(|o| from + o) {
                let Some(close) = line[open + 4..].find("-->").map(|c| open + 4 + c) else {
                    break;
                };
                from = close + 3;
                if let Some((file, rules)) = parse_marker(&line[open + 4..close]) {
                    let beside =
                        !line[..open].trim().is_empty() || !line[close + 3..].trim().is_empty();
                    found.push((file, rules, Span::new(a + open, a + close + 3), beside));
                }
            }
        } else if let Some((file, rules)) = parse_marker(line) {
            let lead = line.len() - line.trim_start().len();
            let span = Span::new(a + lead, a + line.trim_end().len());
            found.push((file, rules, span, false));
        }
        let line_no = article.line_col(a).0;
        for (file, rules, span, beside) in found {
            let (scope, region) = if file {
                (Scope::File, article.body)
            } else if beside {
                (Scope::Line, Span::new(a, b))
            } else {
                let after = paragraphs.get_or_insert_with(|| next_paragraphs(text, &ls));
                (Scope::Paragraph, after[k])
            };
            out.push(Marker {
                line: line_no,
                scope,
                rules,
                span,
                region,
            });
        }
    }
    out
}

/// The article's text with its markers blanked out (same length, same offsets), for the
/// extractors: a marker's words are never read as names. A marker becomes spaces between two
/// unit separators (U+001F, a punctuation token), so that the words on either side of it are
/// not read as one name ("Blinken<!-- … -->Mr.").
pub fn masked_text(article: &Article) -> Cow<'_, str> {
    if !article.text.contains("crosscheck-ignore") {
        return Cow::Borrowed(&article.text);
    }
    let markers = scan(article);
    if markers.is_empty() {
        return Cow::Borrowed(&article.text);
    }
    let mut out = String::with_capacity(article.text.len());
    let mut at = 0;
    for m in &markers {
        out.push_str(&article.text[at..m.span.start]);
        let len = m.span.end - m.span.start;
        for i in 0..len {
            out.push(if i == 0 || i + 1 == len {
                '\u{1f}'
            } else {
                ' '
            });
        }
        at = m.span.end;
    }
    out.push_str(&article.text[at..]);
    Cow::Owned(out)
}

/// A problem with a marker, worth a warning: the run goes on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    pub path: String,
    pub line: usize,
    pub message: String,
}

impl std::fmt::Display for Warning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}: {}", self.path, self.line, self.message)
    }
}

/// What `apply` did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Outcome {
    /// Findings dropped because a marker silences them.
    pub silenced: usize,
    pub warnings: Vec<Warning>,
}

/// The known rule id closest to `id`, if it is close enough to be a typo.
fn closest<'a>(id: &str, known: &[&'a str]) -> Option<&'a str> {
    known
        .iter()
        .map(|k| (strsim::levenshtein(id, k), *k))
        .filter(|&(d, k)| d <= 3.max(k.len() / 4))
        .min()
        .map(|(_, k)| k)
}

/// Whether `text` contains `word` (case-insensitively) between word boundaries.
fn contains_word(text: &str, word: &str) -> bool {
    let (text, word) = (text.to_lowercase(), word.to_lowercase());
    if word.is_empty() {
        return false;
    }
    text.match_indices(&word).any(|(i, _)| {
        let before = text[..i].chars().next_back();
        let after = text[i + word.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// The claims counted as the same reading as `claim`: itself and the other occurrences in its
/// article — same kind, and the same value, the same text or (for names) the reading's words.
fn occurrences<'a>(
    claims: &'a [Claim],
    claim: &'a Claim,
    reading: Option<&'a str>,
) -> impl Iterator<Item = &'a Claim> {
    let lo = claims.partition_point(|c| c.article < claim.article);
    let hi = claims.partition_point(|c| c.article <= claim.article);
    claims[lo..hi].iter().filter(move |c| {
        c.kind == claim.kind
            && (c.value == claim.value
                || c.text == claim.text
                || (c.kind.is_name() && reading.is_some_and(|r| contains_word(&c.text, r))))
    })
}

/// Drops the findings that ignore markers silence; warns about markers naming unknown rules.
/// `known_rules` are the ids of the rules in effect.
pub fn apply(report: &mut Report, known_rules: &[&str]) -> Outcome {
    let mut outcome = Outcome::default();
    let markers: Vec<Vec<Marker>> = report.corpus.articles.iter().map(scan).collect();
    for (article, ms) in report.corpus.articles.iter().zip(&markers) {
        for m in ms {
            for r in &m.rules {
                if known_rules.contains(&r.as_str()) {
                    continue;
                }
                let mut message = format!("unknown rule `{r}` in ignore marker");
                if let Some(k) = closest(r, known_rules) {
                    message.push_str(&format!(", did you mean `{k}`?"));
                }
                outcome.warnings.push(Warning {
                    path: article.path.clone(),
                    line: m.line,
                    message,
                });
            }
        }
    }
    if markers.iter().all(Vec::is_empty) {
        return outcome;
    }
    let claims = &report.corpus.claims;
    let before = report.findings.len();
    report.findings.retain(|f| {
        !f.citations.iter().any(|cit| {
            let claim = &claims[cit.claim];
            let reading = f.readings.get(cit.reading).map(String::as_str);
            let ms = &markers[claim.article];
            ms.iter()
                .filter(|m| m.silences(&f.rule))
                .any(|m| occurrences(claims, claim, reading).any(|c| c.span.overlaps(&m.region)))
        })
    });
    outcome.silenced = before - report.findings.len();
    outcome
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::LineIndex;

    fn article(path: &str, text: &str) -> Article {
        Article {
            id: "a".into(),
            path: path.into(),
            text: text.into(),
            body: Span::new(0, text.len()),
            lang: "fr".into(),
            date: None,
            title: None,
            source: None,
            url: None,
            lines: LineIndex::new(text),
        }
    }

    #[test]
    fn markdown_paragraph_marker_covers_the_next_paragraph_only() {
        let t = "Intro.\n\n<!-- crosscheck-ignore name-spelling, date-mismatch -->\n\n\
                 First line.\nSecond line.\n\nOther.\n";
        let ms = scan(&article("x.md", t));
        assert_eq!(ms.len(), 1);
        assert_eq!(ms[0].scope, Scope::Paragraph);
        assert_eq!(ms[0].line, 3);
        assert_eq!(ms[0].rules, ["name-spelling", "date-mismatch"]);
        assert_eq!(
            &t[ms[0].region.start..ms[0].region.end],
            "First line.\nSecond line."
        );
        assert!(ms[0].silences("date-mismatch"));
        assert!(!ms[0].silences("figure-mismatch"));
    }

    #[test]
    fn markdown_line_and_file_markers() {
        let t = "A line <!-- crosscheck-ignore -->\nNext.\n\
                 <!--crosscheck-ignore-file figure-scale-->\n";
        let ms = scan(&article("x.md", t));
        assert_eq!(ms.len(), 2);
        assert_eq!(ms[0].scope, Scope::Line);
        assert!(ms[0].rules.is_empty());
        assert_eq!(
            &t[ms[0].region.start..ms[0].region.end],
            t.lines().next().unwrap()
        );
        assert_eq!(ms[1].scope, Scope::File);
        assert_eq!(ms[1].rules, ["figure-scale"]);
    }

    #[test]
    fn text_markers_are_lines_of_their_own() {
        let t = "crosscheck-ignore\nPara one.\n\n  crosscheck-ignore-file name-initial  \n\
                 The crosscheck-ignore words in a sentence.\ncrosscheck-ignored\n";
        let ms = scan(&article("x.txt", t));
        assert_eq!(ms.len(), 2);
        assert_eq!(ms[0].scope, Scope::Paragraph);
        assert_eq!(&t[ms[0].region.start..ms[0].region.end], "Para one.");
        assert_eq!(ms[1].scope, Scope::File);
        assert_eq!(
            &t[ms[1].span.start..ms[1].span.end],
            "crosscheck-ignore-file name-initial"
        );
        // The HTML syntax means nothing in a .txt file, the bare one nothing in Markdown.
        assert!(scan(&article("x.txt", "<!-- crosscheck-ignore -->\nA.\n")).is_empty());
        assert!(scan(&article("x.md", "crosscheck-ignore\nA.\n")).is_empty());
    }

    #[test]
    fn masking_keeps_offsets() {
        let a = article("x.md", "Été <!-- crosscheck-ignore name-spelling -->\nB.\n");
        let m = masked_text(&a);
        assert_eq!(m.len(), a.text.len());
        assert_eq!(m, format!("Été \u{1f}{}\u{1f}\nB.\n", " ".repeat(38)));
        assert!(!m.contains("crosscheck"));
    }

    #[test]
    fn a_marker_at_the_end_silences_nothing() {
        let ms = scan(&article("x.md", "A.\n\n<!-- crosscheck-ignore -->\n\n"));
        assert!(ms[0].region.is_empty());
    }

    #[test]
    fn words_match_on_boundaries_only() {
        assert!(contains_word("Howard Lutnik", "lutnik"));
        assert!(contains_word("W. Ross", "W. Ross"));
        assert!(!contains_word("Lutnikov", "Lutnik"));
        assert!(!contains_word("Lutnik", ""));
    }

    #[test]
    fn typos_get_a_suggestion() {
        let known = ["name-spelling", "name-initial", "date-mismatch"];
        assert_eq!(closest("name-speling", &known), Some("name-spelling"));
        assert_eq!(closest("figure", &known), None);
    }
}
