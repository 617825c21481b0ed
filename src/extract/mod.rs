//! Extraction: one article's text → its claims (names, dates, figures).
//!
//! Each claim kind has its own module with one entry point, `extract(&Doc) -> Vec<Claim>`;
//! this module prepares the shared view of the text (`Doc`: tokens, sentences, language) and
//! settles overlaps between extractors. Pure: no I/O, no knowledge of other articles.

pub mod dates;
pub mod figures;
pub mod names;

use std::collections::BTreeMap;

use crate::knowledge::gazetteer::Gazetteer;
use crate::knowledge::lang::Lang;
use crate::model::{Claim, ClaimKind, DatePoint, Span, Value};
use crate::text::{Token, sentences, tokenize};

/// One article's text as the extractors see it.
pub struct Doc<'a> {
    /// Index of the article in the corpus, copied into every claim.
    pub article: usize,
    /// The whole file; spans index into it.
    pub text: &'a str,
    /// The article's body (after any front matter).
    pub body: Span,
    pub lang: &'a Lang,
    /// The publication date, which anchors relative dates.
    pub date: Option<DatePoint>,
    /// The body's tokens, in order.
    pub tokens: Vec<Token>,
    /// The body's sentences, in order.
    pub sentences: Vec<Span>,
    /// Known places, when the caller has them.
    pub places: Option<&'a Gazetteer>,
}

impl<'a> Doc<'a> {
    pub fn new(
        article: usize,
        text: &'a str,
        body: Span,
        lang: &'a Lang,
        date: Option<DatePoint>,
    ) -> Doc<'a> {
        Doc {
            article,
            text,
            body,
            lang,
            date,
            tokens: tokenize(text, body.start, body.end),
            sentences: sentences(text, body.start, body.end, &|w| lang.is_abbreviation(w)),
            places: None,
        }
    }

    /// The same document, recognising the places of `places`.
    pub fn with_places(mut self, places: &'a Gazetteer) -> Doc<'a> {
        self.places = Some(places);
        self
    }

    /// The text of a span.
    pub fn slice(&self, span: Span) -> &'a str {
        &self.text[span.start..span.end]
    }

    /// A claim of this document at `span`, with its text and sentence filled in.
    pub fn claim(&self, kind: ClaimKind, span: Span, value: Value) -> Claim {
        Claim {
            article: self.article,
            kind,
            span,
            text: self.slice(span).to_string(),
            sentence: self.sentence_at(span.start).unwrap_or(span),
            value,
            qualifier: None,
            role: None,
        }
    }

    /// The sentence containing byte `offset`, if any.
    pub fn sentence_at(&self, offset: usize) -> Option<Span> {
        let i = self.sentences.partition_point(|s| s.end <= offset);
        self.sentences
            .get(i)
            .copied()
            .filter(|s| s.start <= offset && offset < s.end)
    }
}

/// When two extractors claim overlapping text, the more specific reading wins.
fn priority(kind: ClaimKind) -> u8 {
    match kind {
        ClaimKind::Date => 0,
        ClaimKind::Money => 1,
        ClaimKind::Percent => 2,
        ClaimKind::Ordinal => 3,
        ClaimKind::Number => 4,
        ClaimKind::Person | ClaimKind::Place | ClaimKind::Org => 5,
    }
}

/// All claims of one document, ordered by start offset, without overlaps.
pub fn extract(doc: &Doc) -> Vec<Claim> {
    let mut claims = dates::extract(doc);
    claims.extend(figures::extract(doc));
    claims.extend(names::extract(doc));
    // Keep the highest-priority, then longest, claim among overlapping ones.
    claims.sort_by(|a, b| {
        priority(a.kind)
            .cmp(&priority(b.kind))
            .then(b.span.len().cmp(&a.span.len()))
            .then(a.span.start.cmp(&b.span.start))
    });
    // Kept spans never overlap, so by start they are also ordered by end: a new span overlaps
    // a kept one only if it overlaps its neighbour on either side.
    let mut taken: BTreeMap<usize, usize> = BTreeMap::new();
    let mut kept: Vec<Claim> = Vec::with_capacity(claims.len());
    for c in claims {
        let before = taken.range(..c.span.end).next_back();
        if before.is_some_and(|(_, &end)| end > c.span.start) {
            continue;
        }
        taken.insert(c.span.start, c.span.end);
        kept.push(c);
    }
    kept.sort_by(|a, b| {
        a.span
            .start
            .cmp(&b.span.start)
            .then(a.span.end.cmp(&b.span.end))
    });
    kept
}
