//! What one sentence gives every date and figure claim in it, worked out once: its tokens, its
//! word counts, whether it is a time stamp, and its earlier-report, revision and attribution
//! phrases.

use crate::knowledge::lang::{Lang, MarkerAt};
use crate::model::Span;
use crate::text::{TokKind, tokenize};

/// Token distance between a marker (tokens `m.first..=m.last`) and token `k`.
pub(super) fn marker_distance(m: &MarkerAt, k: usize) -> usize {
    if k < m.first {
        m.first - k
    } else {
        k.saturating_sub(m.last)
    }
}

/// The marker phrases of a sentence, with token indexes into `toks`.
pub(super) fn sentence_markers(
    lang: &Lang,
    text: &str,
    toks: &[crate::text::Token],
) -> Vec<MarkerAt> {
    // Numbers stay in the sequence, so a phrase never spans one: "up 12% from the previous
    // year" is not "up from".
    let word_toks: Vec<usize> = (0..toks.len())
        .filter(|&k| toks[k].kind != TokKind::Punct)
        .collect();
    let words: Vec<&str> = word_toks.iter().map(|&k| toks[k].text(text)).collect();
    lang.find_markers(&words)
        .into_iter()
        .map(|m| MarkerAt {
            first: word_toks[m.first],
            last: word_toks[m.last],
            ..m
        })
        .collect()
}

/// What the claims of one sentence share, worked out once per sentence.
pub(super) struct SentenceData {
    pub(super) span: Span,
    pub(super) toks: Vec<crate::text::Token>,
    /// The number of word tokens before each token (and, last, in the whole sentence), so that
    /// distances in words are a subtraction.
    pub(super) words_before: Vec<usize>,
    /// Whether the sentence opens with a dateline word ("Updated: …") or has one anywhere:
    /// it is a time stamp ("Updated 4/11/2007 1:26 PM") when it opens with one, or when it
    /// has one and is short (`dateline_max_words`); in a sentence of the story, "published"
    /// is an ordinary verb ("a toll published on Saturday").
    pub(super) opens_with_dateline: bool,
    pub(super) has_dateline_word: bool,
    /// Earlier-report, revision and attribution phrases, in token indexes.
    pub(super) markers: Vec<MarkerAt>,
}

impl SentenceData {
    /// The number of words in the sentence.
    pub(super) fn words(&self) -> usize {
        self.words_before.last().copied().unwrap_or(0)
    }

    pub(super) fn new(text: &str, span: Span, lang: Option<&Lang>) -> SentenceData {
        let toks = tokenize(text, span.start, span.end);
        let mut words_before = Vec::with_capacity(toks.len() + 1);
        let mut n = 0;
        for t in &toks {
            words_before.push(n);
            n += usize::from(t.kind == TokKind::Word);
        }
        words_before.push(n);
        let dateline_at: Vec<usize> = lang.map_or_else(Vec::new, |l| {
            toks.iter()
                .filter(|t| t.kind == TokKind::Word)
                .enumerate()
                .filter(|(_, t)| l.is_dateline_word(t.text(text)))
                .map(|(k, _)| k)
                .collect()
        });
        let markers = lang.map_or_else(Vec::new, |l| sentence_markers(l, text, &toks));
        SentenceData {
            span,
            toks,
            words_before,
            opens_with_dateline: dateline_at.first().is_some_and(|&k| k < 2),
            has_dateline_word: !dateline_at.is_empty(),
            markers,
        }
    }
}
