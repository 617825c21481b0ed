//! What the article itself says about its words: which it writes in lowercase, which it
//! capitalises inside sentences, which sentences are headlines.

use std::borrow::Cow;

use rustc_hash::FxHashMap as HashMap;
use rustc_hash::FxHashSet as HashSet;

use super::units::{Unit, is_punct};
use crate::extract::doc::Doc;
use crate::text::{KeyFilter, TokKind, Token, is_capitalised};

/// What the article itself says about the words of its names, each folded: whether it
/// writes the word in lowercase somewhere, and capitalised somewhere other than a sentence's
/// first word.
///
/// Only the words of the runs of units are asked about, and only those are kept: a set of all
/// the article's lowercase words cost a hash and an insert per word, for about a tenth of as
/// many questions. Most words are passed over on their first and last bytes and length
/// (`KeyFilter`).
pub(super) struct Vocabulary<'a> {
    seen: HashMap<Cow<'a, str>, Seen>,
    filter: KeyFilter,
}

#[derive(Debug, Clone, Copy, Default)]
struct Seen {
    lower: bool,
    inner_caps: bool,
}

impl<'a> Vocabulary<'a> {
    fn seen(&mut self, w: &'a str) -> Option<&mut Seen> {
        if !self.filter.may_hold(w) {
            return None;
        }
        self.seen.get_mut(w)
    }

    fn asked(&self, w: &str) -> Seen {
        // The tests (debug builds) hold every question to the words gathered.
        debug_assert!(
            self.seen.contains_key(w),
            "{w:?} is not a word of a run of units"
        );
        self.seen.get(w).copied().unwrap_or_default()
    }

    /// Whether the article writes the folded word `w` (of a unit of a run) in lowercase.
    pub(super) fn lower(&self, w: &str) -> bool {
        self.asked(w).lower
    }

    /// Whether the article writes the folded word `w` (of a unit of a run) capitalised other
    /// than as a sentence's first word.
    pub(super) fn inner_caps(&self, w: &str) -> bool {
        self.asked(w).inner_caps
    }
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

/// What the article says about the words of `units`, the units of its runs.
pub(super) fn vocabulary<'a>(
    doc: &'a Doc,
    first_words: &FirstWords,
    units: &[Unit],
) -> Vocabulary<'a> {
    let mut vocab = Vocabulary {
        seen: HashMap::with_capacity_and_hasher(units.len(), Default::default()),
        filter: KeyFilter::default(),
    };
    for u in units {
        let f = doc.fold_span(u.span, u.first);
        vocab.filter.add(&f);
        vocab.seen.entry(f).or_default();
    }
    for (i, t) in doc.tokens.iter().enumerate() {
        if t.kind != TokKind::Word {
            continue;
        }
        // A word of ASCII lowercase letters and digits (most) is its own folded form: the
        // filter reads its bytes, and most are passed over without slicing or folding.
        if t.folds_to_itself()
            && !vocab
                .filter
                .may_hold_bytes(&doc.text.as_bytes()[t.span.start..t.span.end])
        {
            continue;
        }
        // A lowercase ASCII first letter (most words) needs no slicing to tell.
        let lower = t.first_byte(doc.text).is_ascii_lowercase() || {
            let w = t.text(doc.text);
            if is_capitalised(w) {
                if !first_words.contains(i)
                    && !after_opening_mark(doc, i)
                    && let Some(seen) = vocab.seen(doc.folded(i))
                {
                    seen.inner_caps = true;
                }
                continue;
            }
            true
        };
        if lower && let Some(seen) = vocab.seen(doc.folded(i)) {
            seen.lower = true;
        }
    }
    vocab
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
            // between, an ASCII word (its shape tells) is, else a fourth character is looked
            // for.
            let long_word = b.len() > 12
                || (b.len() > 3
                    && (t.shape & Token::NON_ASCII == 0
                        || t.text(doc.text).chars().nth(3).is_some()));
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
