//! Candidate names cut out of a run of units: split at sentence-start words and headline
//! words, trimmed of titles and words that are not names.

use super::role::{role_before, title_prefix};
use super::units::{Candidate, Unit, UnitKind};
use super::vocabulary::{FirstWords, Vocabulary, after_opening_mark};
use crate::extract::doc::Doc;
use crate::model::Span;

/// Splits a run at words that cannot be part of a name: function words ("The", "Into"), words
/// listed as never names, and in headlines, words the article writes in lowercase. The parts
/// replace what `out` held (one vector serves every run of an article).
pub(super) fn split(
    doc: &Doc,
    units: &[Unit],
    vocab: &Vocabulary,
    headline: bool,
    out: &mut Vec<Vec<Unit>>,
) {
    let words = &doc.lang.data.names.sets;
    // The parts are the runs of units between breaks, each copied once at its size.
    out.clear();
    let mut from = 0;
    for (k, u) in units.iter().enumerate() {
        let breaks = matches!(u.kind, UnitKind::Word | UnitKind::Acronym) && {
            let w = doc.slice(u.span);
            let f = doc.fold_span(u.span, u.first);
            // A word of ASCII letters and digits folds to its lower case.
            let stopword = if w.bytes().all(|b| b.is_ascii_alphanumeric()) {
                doc.lang.is_stopword_lower(&f)
            } else {
                doc.lang.is_stopword(w)
            };
            stopword || words.not_names.contains(f.as_ref()) || (headline && vocab.lower(&f))
        };
        if breaks {
            if from < k {
                out.push(units[from..k].to_vec());
            }
            from = k + 1;
        }
    }
    if from < units.len() {
        out.push(units[from..].to_vec());
    }
    // "Ukrainian", "Australian", "Marocain" alone: an adjective of a place, no name.
    out.retain(|c| !(c.len() == 1 && c[0].kind == UnitKind::Word && demonym(doc, c[0])));
}

/// Whether a word is a demonym of a place the curated gazetteer knows: a place name less an
/// ending it may drop (`demonym_stems`), plus a demonym ending (`demonym_endings`).
fn demonym(doc: &Doc, u: Unit) -> bool {
    let Some(places) = doc.places else {
        return false;
    };
    let f = doc.fold_span(u.span, u.first);
    // Every place `made` builds starts with the word's first three bytes: it keeps at least
    // three bytes of the word (or of the word less a plural ending) before a stem.
    if places.contains_folded(&f) || !places.curated_head(&f) {
        return false;
    }
    let words = &doc.lang.data.names.sets;
    // The folded word and the folded stems make folded candidates: looked up as they are.
    let mut candidate = String::new();
    let mut made = |f: &str| {
        words.demonym_endings.iter().any(|e| {
            f.len() > e.len() + 2
                && f.ends_with(e.as_str())
                && words
                    .demonym_stems
                    .iter()
                    // Not the place itself ("Marseille" of "Marseilles").
                    .filter(|s| !(e.is_empty() && s.is_empty()))
                    .any(|s| {
                        candidate.clear();
                        candidate.push_str(&f[..f.len() - e.len()]);
                        candidate.push_str(s);
                        places.contains_folded(&candidate)
                    })
        })
    };
    made(&f)
        || words.demonym_plurals.iter().any(|p| {
            f.strip_suffix(p.as_str())
                .is_some_and(|stem| !stem.is_empty() && made(stem))
        })
}

/// Strips titles (kept as the role), a sentence-initial common word and dangling particles.
pub(super) fn trim(
    doc: &Doc,
    mut units: Vec<Unit>,
    first_words: &FirstWords,
    vocab: &Vocabulary,
) -> Option<Candidate> {
    let words = &doc.lang.data.names.sets;
    let mut role = None;
    let mut at_sentence_start = false;
    // A common word opening the sentence: "Renforcer", "Reconnaissant".
    if let Some(u) = units.first() {
        let starts = first_words.contains(u.first) || after_opening_mark(doc, u.first);
        if starts && u.kind == UnitKind::Word && units.len() > 1 {
            let f = doc.fold_span(u.span, u.first);
            if vocab.lower(&f) {
                units.remove(0);
            } else {
                at_sentence_start = true;
            }
        } else if starts {
            at_sentence_start = true;
        }
    }
    // A title written capitalised inside the run: "President Obama", "Secretary of State X".
    if let Some((mut n, start)) = title_prefix(doc, &units) {
        // "Secretary of Commerce Howard Lutnick": the title's complement belongs to the role.
        while units.get(n).is_some_and(|u| u.kind == UnitKind::Connector) {
            let after = units[n..]
                .iter()
                .position(|u| u.kind != UnitKind::Connector);
            match after.map(|k| n + k) {
                Some(w) if w + 1 < units.len() => n = w + 1,
                _ => break,
            }
        }
        role = Some(Span::new(start, units[n - 1].span.end));
        units.drain(..n);
        at_sentence_start = false;
    }
    while units.first().is_some_and(|u| u.kind == UnitKind::Connector) {
        units.remove(0);
    }
    while units.last().is_some_and(|u| u.kind == UnitKind::Connector) {
        units.pop();
    }
    if units.is_empty() || units.iter().all(|u| u.kind == UnitKind::Initial) {
        return None;
    }
    // A title alone ("Mr" of "Mr. Gigante", "Sheriff") names no one.
    if let [u] = units.as_slice()
        && u.kind == UnitKind::Word
        && {
            let f = doc.fold_span(u.span, u.first);
            words.titles_with(&f, 0).any(|t| t.len() == 1)
        }
    {
        return None;
    }
    if role.is_none() {
        role = role_before(doc, units[0].first, words);
    }
    Some(Candidate {
        units,
        role,
        at_sentence_start,
    })
}
