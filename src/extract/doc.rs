//! `Doc`: one article's text as the extractors see it (tokens, sentences, language, date), and
//! the one way they make a claim of it.

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
    /// How many sentences were cut at `text::MAX_SENTENCE_BYTES`.
    pub sentences_cut: usize,
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
        let split = sentences(text, body.start, body.end, &|w| lang.is_abbreviation(w));
        Doc {
            article,
            text,
            body,
            lang,
            date,
            tokens: tokenize(text, body.start, body.end),
            sentences: split.spans,
            sentences_cut: split.cut,
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
