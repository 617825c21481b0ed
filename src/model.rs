//! The types that flow through the pipeline: `Article` → `Claim` → `Finding`, gathered in a
//! `Corpus` and a `Report`.
//!
//! This module owns the data model only; it does no I/O and no analysis.

use std::collections::BTreeSet;
use std::fmt;

/// A byte range into an article's file (end exclusive).
#[derive(
    serde::Serialize,
    serde::Deserialize,
    Debug,
    Clone,
    Copy,
    Default,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }

    pub fn overlaps(&self, other: &Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    pub fn len(&self) -> usize {
        self.end - self.start
    }

    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }
}

/// A calendar date, possibly partial (year only, year and month) or with an unknown year.
#[derive(
    serde::Serialize, serde::Deserialize, Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash,
)]
pub struct DatePoint {
    pub year: Option<i32>,
    pub month: Option<u8>,
    pub day: Option<u8>,
}

impl DatePoint {
    pub fn ymd(year: i32, month: u8, day: u8) -> Self {
        DatePoint {
            year: Some(year),
            month: Some(month),
            day: Some(day),
        }
    }
}

impl fmt::Display for DatePoint {
    /// ISO 8601 with `XXXX` for an unknown year: `2018-01-16`, `2019-09`, `2019`, `XXXX-10-18`,
    /// and `XX` for an unknown month: `XXXX-XX-27`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.year {
            Some(y) => write!(f, "{y:04}")?,
            None => f.write_str("XXXX")?,
        }
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
            if let Some(d) = self.day {
                write!(f, "-{d:02}")?;
            }
        } else if let Some(d) = self.day {
            // A day of an unnamed month: "on the 27th".
            write!(f, "-XX-{d:02}")?;
        }
        Ok(())
    }
}

/// A resolved date: one point or an inclusive range.
#[derive(
    serde::Serialize, serde::Deserialize, Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash,
)]
pub enum DateValue {
    Point(DatePoint),
    Range(DatePoint, DatePoint),
}

impl fmt::Display for DateValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DateValue::Point(p) => write!(f, "{p}"),
            DateValue::Range(a, b) => write!(f, "{a}/{b}"),
        }
    }
}

/// How a figure is bounded or approximated in the text ("environ", "more than", ...).
#[derive(
    serde::Serialize, serde::Deserialize, Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash,
)]
pub enum Qualifier {
    /// "environ", "about", "nearly", "près de"
    Approx,
    /// "plus de", "more than", "over"
    MoreThan,
    /// "au moins", "at least"
    AtLeast,
    /// "moins de", "less than", "under"
    LessThan,
    /// "au plus", "at most", "up to"
    AtMost,
}

impl Qualifier {
    pub fn as_str(self) -> &'static str {
        match self {
            Qualifier::Approx => "approx",
            Qualifier::MoreThan => "more-than",
            Qualifier::AtLeast => "at-least",
            Qualifier::LessThan => "less-than",
            Qualifier::AtMost => "at-most",
        }
    }

    pub fn parse(s: &str) -> Option<Qualifier> {
        Some(match s {
            "approx" => Qualifier::Approx,
            "more-than" => Qualifier::MoreThan,
            "at-least" => Qualifier::AtLeast,
            "less-than" => Qualifier::LessThan,
            "at-most" => Qualifier::AtMost,
            _ => return None,
        })
    }
}

/// What a claim is about.
#[derive(
    serde::Serialize, serde::Deserialize, Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash,
)]
pub enum ClaimKind {
    Person,
    Place,
    Org,
    Date,
    Number,
    Money,
    Percent,
    Ordinal,
}

impl ClaimKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ClaimKind::Person => "person",
            ClaimKind::Place => "place",
            ClaimKind::Org => "org",
            ClaimKind::Date => "date",
            ClaimKind::Number => "number",
            ClaimKind::Money => "money",
            ClaimKind::Percent => "percent",
            ClaimKind::Ordinal => "ordinal",
        }
    }

    pub fn is_name(self) -> bool {
        matches!(self, ClaimKind::Person | ClaimKind::Place | ClaimKind::Org)
    }

    pub fn is_figure(self) -> bool {
        matches!(
            self,
            ClaimKind::Number | ClaimKind::Money | ClaimKind::Percent | ClaimKind::Ordinal
        )
    }

    pub const ALL: [ClaimKind; 8] = [
        ClaimKind::Person,
        ClaimKind::Place,
        ClaimKind::Org,
        ClaimKind::Date,
        ClaimKind::Number,
        ClaimKind::Money,
        ClaimKind::Percent,
        ClaimKind::Ordinal,
    ];
}

/// The normalised value of a claim, the thing rules compare.
#[derive(serde::Serialize, serde::Deserialize, Debug, Clone, PartialEq)]
pub enum Value {
    /// A name as written, whitespace normalised.
    Name(String),
    /// `None` for a relative date that could not be anchored.
    Date(Option<DateValue>),
    Number(f64),
    Money {
        amount: f64,
        currency: String,
    },
    Percent(f64),
    Ordinal(i64),
}

impl Value {
    /// The figure's number: a count, a percentage, a sum of money or a rank; `None` for names
    /// and dates.
    pub fn amount(&self) -> Option<f64> {
        match self {
            Value::Number(x) | Value::Percent(x) => Some(*x),
            Value::Money { amount, .. } => Some(*amount),
            Value::Ordinal(n) => Some(*n as f64),
            Value::Name(_) | Value::Date(_) => None,
        }
    }
}

/// One thing an article states: a name, a date or a figure, at a place in the file.
#[derive(serde::Serialize, serde::Deserialize, Debug, Clone, PartialEq)]
pub struct Claim {
    /// Index of the article in the corpus.
    pub article: usize,
    pub kind: ClaimKind,
    /// Byte span in the article's file.
    pub span: Span,
    /// The text as written in the file (exactly `file[span]`).
    pub text: String,
    /// The sentence the claim stands in (byte span in the file).
    pub sentence: Span,
    pub value: Value,
    pub qualifier: Option<Qualifier>,
    /// For a person: the title or role written before the name ("le président", "Secretary").
    pub role: Option<String>,
}

/// The severity of a finding, ordered from least to most severe.
#[derive(
    serde::Serialize, serde::Deserialize, Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash,
)]
pub enum Severity {
    Info,
    Warning,
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }

    pub fn parse(s: &str) -> Option<Severity> {
        Some(match s {
            "info" => Severity::Info,
            "warning" => Severity::Warning,
            "error" => Severity::Error,
            _ => return None,
        })
    }
}

/// What a finding is about: one entity spelled several ways, one fact given several dates or
/// figures.
#[derive(
    serde::Serialize, serde::Deserialize, Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash,
)]
pub enum FindingKind {
    Spelling,
    Date,
    Figure,
}

impl FindingKind {
    pub fn as_str(self) -> &'static str {
        match self {
            FindingKind::Spelling => "spelling",
            FindingKind::Date => "date",
            FindingKind::Figure => "figure",
        }
    }

    pub fn parse(s: &str) -> Option<FindingKind> {
        Some(match s {
            "spelling" => FindingKind::Spelling,
            "date" => FindingKind::Date,
            "figure" => FindingKind::Figure,
            _ => return None,
        })
    }
}

/// A claim as cited by a finding, with how many times the same reading occurs in its article.
#[derive(serde::Serialize, serde::Deserialize, Debug, Clone, PartialEq)]
pub struct Citation {
    /// Index into the corpus's claims.
    pub claim: usize,
    /// Occurrences of the same reading in the same article (≥ 1); only the first is cited.
    pub occurrences: usize,
    /// Which of the finding's readings this claim gives (0: the flagged one).
    pub reading: usize,
}

/// A disagreement between claims, produced by a rule.
#[derive(serde::Serialize, serde::Deserialize, Debug, Clone, PartialEq)]
pub struct Finding {
    pub rule: String,
    pub kind: FindingKind,
    pub severity: Severity,
    /// What the claims were aligned on: the canonical name, or the subject of a date or figure.
    pub subject: String,
    pub message: String,
    /// The reading the other sources agree on, when there is one.
    pub suggestion: Option<String>,
    /// The readings compared, as displayed: the flagged one first, then the consensus, then
    /// any others.
    pub readings: Vec<String>,
    /// The cited claims, in the order of their readings.
    pub citations: Vec<Citation>,
    /// For figures of a known measure (`[measures]` of the language files): its key, shared by
    /// all languages (`deaths`, `magnitude`, `km`).
    pub measure: Option<String>,
}
/// One source text and what is known about it.
#[derive(Debug, Clone)]
pub struct Article {
    /// The file name without its extension, unless the front matter sets `id`.
    pub id: String,
    /// The path as given on the command line (or `-` for stdin), forward slashes.
    pub path: String,
    /// The whole file, front matter included.
    pub text: String,
    /// The part of `text` after the front matter.
    pub body: Span,
    /// Language code (`fr`, `en`).
    pub lang: String,
    /// The publication date, which anchors relative dates.
    pub date: Option<DatePoint>,
    pub title: Option<String>,
    pub source: Option<String>,
    pub url: Option<String>,
    pub lines: LineIndex,
}

impl Article {
    /// 1-based line and character column of a byte offset.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        self.lines.line_col(&self.text, offset)
    }
}

/// Maps byte offsets of one file to 1-based lines and character columns.
#[derive(Debug, Clone)]
pub struct LineIndex {
    starts: Vec<usize>,
    /// Every `CHECKPOINT_BYTES` or so, a byte offset (on a character boundary) and the number
    /// of characters before it: a column in a line of megabytes costs one short count.
    checkpoints: Vec<(usize, usize)>,
    /// Bytes of a byte-order mark opening the text, which no column counts.
    bom: usize,
}

/// The distance between two character-count checkpoints of a `LineIndex`.
const CHECKPOINT_BYTES: usize = 4096;

impl LineIndex {
    pub fn new(text: &str) -> LineIndex {
        let mut starts = vec![0];
        starts.extend(
            text.bytes()
                .enumerate()
                .filter(|&(_, b)| b == b'\n')
                .map(|(i, _)| i + 1),
        );
        let mut checkpoints = vec![(0, 0)];
        let (mut at, mut chars) = (0, 0);
        while text.len() - at > CHECKPOINT_BYTES {
            let mut next = at + CHECKPOINT_BYTES;
            while !text.is_char_boundary(next) {
                next += 1;
            }
            chars += text[at..next].chars().count();
            at = next;
            checkpoints.push((at, chars));
        }
        let bom = if text.starts_with('\u{feff}') { 3 } else { 0 };
        LineIndex {
            starts,
            checkpoints,
            bom,
        }
    }

    /// The number of characters in `text[..offset]`.
    fn chars_before(&self, text: &str, offset: usize) -> usize {
        let i = self.checkpoints.partition_point(|&(at, _)| at <= offset) - 1;
        let (at, chars) = self.checkpoints[i];
        chars + text[at..offset].chars().count()
    }

    /// (line, column), both 1-based; the column counts characters, not bytes (nor a
    /// byte-order mark).
    pub fn line_col(&self, text: &str, offset: usize) -> (usize, usize) {
        let line = self.starts.partition_point(|&s| s <= offset) - 1;
        let start = self.starts[line].max(self.bom.min(offset));
        // A line of news is a few hundred bytes: counted from its start; a line of megabytes
        // from the checkpoints.
        let col = if offset - start <= CHECKPOINT_BYTES {
            text[start..offset].chars().count() + 1
        } else {
            self.chars_before(text, offset) - self.chars_before(text, start) + 1
        };
        (line + 1, col)
    }

    /// The byte range of 1-based `line`, without its line break.
    pub fn line_span(&self, text: &str, line: usize) -> Span {
        let start = self.starts[line - 1];
        let end = self.starts.get(line).map(|&s| s - 1).unwrap_or(text.len());
        let end = if end > start && text.as_bytes()[end - 1] == b'\r' {
            end - 1
        } else {
            end
        };
        Span::new(start, end)
    }
}

/// Articles and everything extracted from them.
#[derive(Debug, Clone, Default)]
pub struct Corpus {
    pub articles: Vec<Article>,
    /// All claims, ordered by article, then by start offset.
    pub claims: Vec<Claim>,
    /// What the limits on hostile input cut short.
    pub limits: Limits,
}

/// What the limits that keep every stage linear cut short in a run: counted, so that no cut
/// is silent (the summary and `--statistics` show them).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Limits {
    /// Sentences longer than `text::MAX_SENTENCE_BYTES`, cut at a space.
    pub sentences_cut: usize,
    /// Groups of look-alike names too large to compare every pair of, compared in part.
    pub groups_cut: usize,
}

impl Limits {
    /// Whether anything was cut.
    pub fn any(&self) -> bool {
        self.sentences_cut + self.groups_cut > 0
    }
}

/// The result of a check: the corpus and the findings about it, in a deterministic order.
#[derive(Debug, Clone)]
pub struct Report {
    pub corpus: Corpus,
    pub findings: Vec<Finding>,
    /// In draft mode, the articles that are drafts (indices into `corpus.articles`); empty
    /// otherwise.
    pub drafts: BTreeSet<usize>,
}

impl Report {
    /// Whether this is draft mode: some articles are drafts, the others their sources.
    pub fn draft_mode(&self) -> bool {
        !self.drafts.is_empty() && self.drafts.len() < self.corpus.articles.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_and_character_column() {
        let s = "ab\nçé x";
        let idx = LineIndex::new(s);
        let x = s.find('x').unwrap();
        assert_eq!(idx.line_col(s, x), (2, 4));
        assert_eq!(idx.line_col(s, 0), (1, 1));
        let sp = idx.line_span(s, 2);
        assert_eq!(&s[sp.start..sp.end], "çé x");
    }
}
