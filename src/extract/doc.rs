//! `Doc`: one article's text as the extractors see it (tokens, sentences, language, date), and
//! the one way they make a claim of it.

use std::borrow::Cow;

use crate::knowledge::gazetteer::Gazetteer;
use crate::knowledge::lang::Lang;
use crate::knowledge::normalize::{fold, fold_into};
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
    /// How many sentences were cut at `text::MAX_SENTENCE_BYTES`.
    pub sentences_cut: usize,
    /// Known places, when the caller has them.
    pub places: Option<&'a Gazetteer>,
    /// Every token folded (`normalize::fold`), end to end: token `i` is
    /// `folded[folded_ends[i - 1]..folded_ends[i]]`. Folded once here, read by every extractor.
    folded: String,
    folded_ends: Vec<usize>,
}

impl<'a> Doc<'a> {
    pub fn new(
        article: usize,
        text: &'a str,
        body: Span,
        lang: &'a Lang,
        date: Option<DatePoint>,
    ) -> Doc<'a> {
        let split = sentences(text, body.start, body.end, &|w| lang.is_abbreviation(w));
        let tokens = tokenize(text, body.start, body.end);
        let mut folded = String::with_capacity(body.end - body.start);
        let folded_ends = tokens
            .iter()
            .map(|t| {
                fold_into(t.text(text), &mut folded);
                folded.len()
            })
            .collect();
        Doc {
            article,
            text,
            body,
            lang,
            date,
            tokens,
            sentences: split.spans,
            sentences_cut: split.cut,
            places: None,
            folded,
            folded_ends,
        }
    }

    /// Token `i` folded (`normalize::fold`).
    pub fn folded(&self, i: usize) -> &str {
        let end = self.folded_ends[i];
        let start = i.checked_sub(1).map_or(0, |p| self.folded_ends[p]);
        &self.folded[start..end]
    }

    /// `span` folded: the token's folded form when `span` is token `tok`, else folded now.
    pub fn fold_span(&self, span: Span, tok: usize) -> Cow<'_, str> {
        match self.tokens.get(tok) {
            Some(t) if t.span == span => Cow::Borrowed(self.folded(tok)),
            _ => Cow::Owned(fold(self.slice(span))),
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
