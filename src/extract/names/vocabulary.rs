//! What the article itself says about its words: which it writes in lowercase, which it
//! capitalises inside sentences, which sentences are headlines.

use rustc_hash::FxHashSet as HashSet;

use super::units::is_punct;
use crate::extract::doc::Doc;
use crate::text::{TokKind, is_capitalised};

/// What the article itself says about its words.
pub(super) struct Vocabulary<'a> {
    /// Folded words written in lowercase somewhere.
    pub(super) lower: HashSet<&'a str>,
    /// Folded words written capitalised somewhere other than a sentence's first word.
    pub(super) inner_caps: HashSet<&'a str>,
}

/// The word token before token `tok`, looking through an elision's apostrophe ("l’Industrie"):
/// its text is `doc.tokens[k]`'s, its folded form `doc.folded(k)`.
pub(super) fn previous_word(doc: &Doc, tok: usize) -> Option<usize> {
    let mut k = tok.checked_sub(1)?;
    if is_punct(doc, k, &["'", "’"]) {
        k = k.checked_sub(1)?;
    }
    let t = doc.tokens.get(k)?;
    (t.kind == TokKind::Word).then_some(k)
}

/// Which tokens are the first word of their sentence.
pub(super) struct FirstWords(Vec<bool>);

impl FirstWords {
    pub(super) fn contains(&self, tok: usize) -> bool {
        self.0.get(tok).copied().unwrap_or(false)
    }
}

/// Each sentence's first word token.
pub(super) fn sentence_first_words(doc: &Doc) -> FirstWords {
    let mut out = vec![false; doc.tokens.len()];
    let mut s = 0;
    let mut seen_word_in = usize::MAX;
    for (i, t) in doc.tokens.iter().enumerate() {
        while s < doc.sentences.len() && doc.sentences[s].end <= t.span.start {
            s += 1;
        }
        if t.kind != TokKind::Punct && seen_word_in != s {
            seen_word_in = s;
            out[i] = true;
        }
    }
    FirstWords(out)
}

pub(super) fn vocabulary<'a>(doc: &'a Doc, first_words: &FirstWords) -> Vocabulary<'a> {
    // Sized once: most words of an article are lowercase, and growing the set rehashes it.
    let mut lower = HashSet::with_capacity_and_hasher(doc.tokens.len() / 2, Default::default());
    let mut inner_caps = HashSet::default();
    for (i, t) in doc.tokens.iter().enumerate() {
        if t.kind != TokKind::Word {
            continue;
        }
        // A lowercase ASCII first letter (most words) needs no slicing to tell.
        if t.first_byte(doc.text).is_ascii_lowercase() {
            lower.insert(doc.folded(i));
            continue;
        }
        let w = t.text(doc.text);
        if is_capitalised(w) {
            if !first_words.contains(i) && !after_opening_mark(doc, i) {
                inner_caps.insert(doc.folded(i));
            }
        } else {
            lower.insert(doc.folded(i));
        }
    }
    Vocabulary { lower, inner_caps }
}

/// Whether token `i` follows an opening quote, a bullet or a colon: a position where a
/// capital does not tell a name.
pub(super) fn after_opening_mark(doc: &Doc, i: usize) -> bool {
    i.checked_sub(1)
        .and_then(|p| doc.tokens.get(p))
        .is_some_and(|t| {
            t.kind == TokKind::Punct
                && matches!(
                    t.text(doc.text),
                    "«" | "\"" | "“" | "•" | "*" | ":" | "—" | "–" | "(" | "‘" | "-"
                )
        })
}

/// Start offsets of the sentences written in title case (headlines), where capitals tell
/// nothing.
pub(super) fn headline_sentences(doc: &Doc) -> HashSet<usize> {
    let mut out = HashSet::default();
    let mut ti = 0;
    for s in &doc.sentences {
        let (mut caps, mut long) = (0, 0);
        while ti < doc.tokens.len() && doc.tokens[ti].span.start < s.end {
            let t = &doc.tokens[ti];
            ti += 1;
            if t.kind != TokKind::Word || t.span.start < s.start {
                continue;
            }
            // Bytes first: most words are ASCII, and a slice of the text as `str` checks its
            // character boundaries.
            let b = &doc.text.as_bytes()[t.span.start..t.span.end];
            // More than three characters: more than twelve bytes always are, three bytes never;
            // between, four ASCII bytes are, else a fourth character is looked for.
            let long_word = b.len() > 12
                || (b.len() > 3
                    && (b[..4].is_ascii() || t.text(doc.text).chars().nth(3).is_some()));
            if long_word {
                long += 1;
                let capital = match b[0] {
                    c if c.is_ascii() => c.is_ascii_uppercase(),
                    _ => is_capitalised(t.text(doc.text)),
                };
                caps += usize::from(capital);
            }
        }
        if long >= 3 && caps * 10 >= long * 8 {
            out.insert(s.start);
        }
    }
    out
}
