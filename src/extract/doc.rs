//! `Doc`: one article's text as the extractors see it (tokens, sentences, language, date), and
//! the one way they make a claim of it.

use std::borrow::Cow;

use crate::knowledge::gazetteer::Gazetteer;
use crate::knowledge::lang::Lang;
use crate::knowledge::normalize::{fold, fold_into, push_ascii_lowercase};
use crate::model::{Claim, ClaimKind, DatePoint, Span, Value};
use crate::text::{Forms, Token, sentences, tokenize};

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
    /// Every token folded (`normalize::fold`), once here, read by every extractor. A word of
    /// ASCII lowercase letters and digits, as most are, folds to itself and is not copied.
    folded: Forms,
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
        // Capitalised words, punctuation and words with accents: a few in ten tokens.
        let mut folded = Forms::with_capacity(tokens.len(), (body.end - body.start) / 4);
        for t in &tokens {
            // Letters and digits, no capital, no hyphen, all ASCII: the tokenizer saw it.
            let same = t.folds_to_itself();
            debug_assert_eq!(
                same,
                text.as_bytes()[t.span.start..t.span.end]
                    .iter()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
            );
            if same {
                folded.push_same(t.span.start, t.span.end);
            } else if t.ascii_alphanumeric() {
                // ASCII letters and digits with a capital (the tokenizer saw no other byte):
                // folded to their lower case, with no byte to drop.
                let f = folded.push_with(|out| push_ascii_lowercase(t.text(text), out));
                debug_assert_eq!(f, fold(t.text(text)));
            } else {
                folded.push_with(|out| fold_into(t.text(text), out));
            }
        }
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
        }
    }

    /// Token `i` folded (`normalize::fold`).
    #[inline]
    pub fn folded(&self, i: usize) -> &str {
        self.folded.get(self.text, i)
    }

    /// `span` folded: the token's folded form when `span` is token `tok`, else folded now.
    #[inline]
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::knowledge::lang::Languages;

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(300))]
        /// Tokens kept as they are and tokens folded into the buffer read back alike.
        #[test]
        fn every_token_reads_back_folded(
            pieces in proptest::collection::vec(
                proptest::sample::select(vec![
                    "mot", "Mot", "MOT", " ", "-", "'", "’", "é", "É", "ß", "ﬁ", "1", "2018",
                    "a1", "B2", ".", ",", "€", "½", "Saint-Étienne", "ŁÓDŹ", "\n", "\u{a0}", "٣",
                ]),
                0..120,
            ),
            start in 0usize..3,
        ) {
            let text: String = pieces.concat();
            let start = (0..=start.min(text.len())).rev().find(|&s| text.is_char_boundary(s)).unwrap_or(0);
            let langs = Languages::embedded().unwrap();
            let doc = Doc::new(0, &text, Span::new(start, text.len()), langs.get("en").unwrap(), None);
            for (i, t) in doc.tokens.iter().enumerate() {
                proptest::prop_assert_eq!(doc.folded(i), fold(t.text(&text)));
            }
        }
    }
}
