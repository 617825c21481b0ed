//! Rendering: one module per output format, each over the same `Report` (or, for `extract`,
//! the same `Corpus`). Renderers write to a `String`; printing is `main.rs`'s job.

pub mod explain;
pub mod fingerprint;
pub mod github;
pub mod html;
pub mod json;
pub mod markdown;
pub mod sarif;
pub mod stats;
pub mod text;

/// A number as JSON: an integer when it is one (`1500000000`, not `1500000000.0`).
pub fn json_number(x: f64) -> serde_json::Value {
    if x.fract() == 0.0 && x.abs() < 9.0e15 {
        serde_json::Value::from(x as i64)
    } else {
        serde_json::Number::from_f64(x)
            .map(serde_json::Value::Number)
            .unwrap_or(serde_json::Value::Null)
    }
}

/// Where a claim stands in its file, for the formats that point into files: 1-based lines,
/// columns counted both in characters and in UTF-16 code units (SARIF's default), the end
/// column being that of the character after the claim.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Place {
    pub line: usize,
    pub column: usize,
    pub end_line: usize,
    pub end_column: usize,
    pub column_utf16: usize,
    pub end_column_utf16: usize,
}

impl Place {
    pub fn of(article: &crate::model::Article, span: crate::model::Span) -> Place {
        let (line, column) = article.line_col(span.start);
        let (end_line, end_column) = article.line_col(span.end);
        // From the line's start, found in the line index (a search back from the offset
        // cost the whole text before it, per finding).
        let utf16 = |offset: usize| {
            let (line, _) = article.line_col(offset);
            let mut start = article.lines.line_span(&article.text, line).start;
            // A byte-order mark is no column, as in `line_col`.
            if start == 0 && article.text.starts_with('\u{feff}') {
                start = 3.min(offset);
            }
            article.text[start..offset].encode_utf16().count() + 1
        };
        Place {
            line,
            column,
            end_line,
            end_column,
            column_utf16: utf16(span.start),
            end_column_utf16: utf16(span.end),
        }
    }
}

/// A path as a relative URI reference: unreserved characters and `/` kept, everything else
/// percent-encoded byte by byte.
pub fn path_uri(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for b in path.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~' | b'/') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// `old` → `new` character by character, as runs of equal, deleted (in `old` only) and
/// inserted (in `new` only) text; one `Equal` run when they are the same.
pub fn char_diff(old: &str, new: &str) -> Vec<(similar::ChangeTag, String)> {
    use similar::{ChangeTag, TextDiff};
    if old == new {
        return vec![(ChangeTag::Equal, new.to_string())];
    }
    let mut runs: Vec<(ChangeTag, String)> = Vec::new();
    for change in TextDiff::from_chars(old, new).iter_all_changes() {
        match runs.last_mut() {
            Some((tag, s)) if *tag == change.tag() => s.push_str(change.value()),
            _ => runs.push((change.tag(), change.value().to_string())),
        }
    }
    runs
}

/// "(2 sources)"; in draft mode the draft is named apart: "(the draft)", "(the draft and 1
/// source)".
pub fn source_count(
    articles: &std::collections::BTreeSet<usize>,
    drafts: &std::collections::BTreeSet<usize>,
) -> String {
    let d = articles.intersection(drafts).count();
    let n = articles.len() - d;
    let sources = format!("{n} source{}", if n == 1 { "" } else { "s" });
    let draft = match d {
        0 => String::new(),
        1 => "the draft".to_string(),
        d => format!("{d} drafts"),
    };
    match (d, n) {
        (0, _) => format!("({sources})"),
        (_, 0) => format!("({draft})"),
        _ => format!("({draft} and {sources})"),
    }
}

/// What the input limits cut short in a run, in words, or None when nothing was cut.
pub fn limits_text(limits: &crate::model::Limits) -> Option<String> {
    let mut parts = Vec::new();
    let s = |n: usize| if n == 1 { "" } else { "s" };
    if limits.sentences_cut > 0 {
        parts.push(format!(
            "{} sentence{} longer than {} bytes cut into pieces (text without sentence ends?)",
            limits.sentences_cut,
            s(limits.sentences_cut),
            crate::text::MAX_SENTENCE_BYTES
        ));
    }
    if limits.groups_cut > 0 {
        parts.push(format!(
            "{} group{} of look-alike names too large to compare every pair",
            limits.groups_cut,
            s(limits.groups_cut)
        ));
    }
    (!parts.is_empty()).then(|| parts.join("; "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn path_uri_encodes_spaces_and_non_ascii() {
        assert_eq!(path_uri("a b/é,%.txt"), "a%20b/%C3%A9%2C%25.txt");
        assert_eq!(path_uri("seeds/000_x.txt"), "seeds/000_x.txt");
    }
}
