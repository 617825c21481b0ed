//! Titles and roles written before a person ("le président", "Secretary of Commerce").

use super::units::Unit;
use super::vocabulary::previous_word;
use crate::extract::doc::Doc;
use crate::knowledge::lang::names::Sets;
use crate::model::Span;
use crate::text::TokKind;

/// How many leading units end a title — the whole title ("President", "Secretary of State")
/// or the end of one begun in lowercase just before the run ("secrétaire d'État") — and where
/// the title starts.
pub(super) fn title_prefix(doc: &Doc, units: &[Unit]) -> Option<(usize, usize)> {
    if units.is_empty() {
        return None;
    }
    // Each unit folded when read (most are one token, whose folded form `Doc` holds): no
    // vector of them per run.
    let fold = |k: usize| doc.fold_span(units[k].span, units[k].first);
    // Whether the units from `from` on start with `words`.
    let reads = |from: usize, words: &[String]| {
        from + words.len() <= units.len()
            && words
                .iter()
                .enumerate()
                .all(|(j, w)| fold(from + j) == w.as_str())
    };
    let sets = &doc.lang.data.names.sets;
    // A title further in: "Interior Minister Abdelouafi Laftit", "U.S. Commerce Secretary X".
    // (Only the titles the word at `k` starts can match there, in the order of `titles`.)
    for k in 1..units.len() {
        for title in sets.titles_with(&fold(k), 0) {
            let end = k + title.len();
            if end < units.len() && reads(k, title) {
                return Some((end, units[0].span.start));
            }
        }
    }
    // The run opens with the tail of a title from `head` on: the first word is the title's word
    // at `head`. Candidates come by title, then by position, as a walk of all titles would.
    for &(t, head) in sets.titles_at(&fold(0)) {
        let title = &sets.titles[t];
        let tail = &title[head..];
        if tail.len() >= units.len() || !reads(0, tail) {
            continue;
        }
        if head == 0 {
            return Some((tail.len(), units[0].span.start));
        }
        if let Some(k) = words_before_are(doc, units[0].first, &title[..head]) {
            return Some((tail.len(), doc.tokens[k].span.start));
        }
    }
    None
}

/// Whether the words just before token `tok` (punctuation skipped) are `words`; the index of
/// the first of them.
pub(super) fn words_before_are(doc: &Doc, tok: usize, words: &[String]) -> Option<usize> {
    let mut k = tok;
    for w in words.iter().rev() {
        loop {
            k = k.checked_sub(1)?;
            if doc.tokens[k].kind != TokKind::Punct {
                break;
            }
        }
        if doc.folded(k) != w {
            return None;
        }
    }
    Some(k)
}

/// A title in the few words before a name: "le secrétaire américain au Commerce, Howard
/// Lutnick" → "secrétaire américain au Commerce".
pub(super) fn role_before(doc: &Doc, first_tok: usize, words: &Sets) -> Option<Span> {
    let toks = &doc.tokens;
    let sentence = doc.sentence_at(toks[first_tok].span.start)?;
    // "aux États-Unis", "de l'Industrie": a name right after a preposition or an article is
    // not the person a title before it introduces.
    if previous_word(doc, first_tok).is_some_and(|k| {
        doc.lang.is_stopword(doc.tokens[k].text(doc.text))
            || words.place_prepositions.contains(doc.folded(k))
    }) {
        return None;
    }
    let mut end = None;
    let lo = first_tok.saturating_sub(9);
    // Capitalised words met in a row: two make another name ("president Nursultan Nazarbayev
    // visited Samarkand"), and a title before them is that name's, not this one's.
    let mut capitalised_run = 0;
    for j in (lo..first_tok).rev() {
        let t = &toks[j];
        if t.span.start < sentence.start {
            break;
        }
        let w = t.text(doc.text);
        if t.kind == TokKind::Punct {
            if matches!(w, ";" | ":" | "(" | ")" | "«" | "»" | "\"" | "“" | "”") {
                break;
            }
            continue;
        }
        let f = doc.folded(j);
        if words.role_breaks.contains(f) {
            break;
        }
        let is_title_word = words.is_title_word(f);
        if w.chars().next().is_some_and(char::is_uppercase) && !is_title_word {
            capitalised_run += 1;
            if capitalised_run >= 2 && end.is_some_and(|e| e > j + 1) {
                break;
            }
        } else {
            capitalised_run = 0;
        }
        if end.is_none() {
            end = Some(j);
        }
        for title in words.titles_with(f, 0) {
            let Some(mut after) = title_end(doc, j, title) else {
                continue;
            };
            // "M. Blinken a rencontré Volodymyr Zelensky": a title right before another
            // capitalised word is that name's title.
            while toks.get(after).is_some_and(|t| t.kind == TokKind::Punct) {
                after += 1;
            }
            if after < first_tok
                && toks[after]
                    .text(doc.text)
                    .chars()
                    .next()
                    .is_some_and(char::is_uppercase)
            {
                return None;
            }
            let last = end.unwrap_or(j);
            return Some(Span::new(t.span.start, toks[last].span.end));
        }
    }
    None
}

/// The token after `title` when the words from token `j` on spell it (folded words,
/// punctuation skipped).
fn title_end(doc: &Doc, j: usize, title: &[String]) -> Option<usize> {
    let mut k = j;
    for w in title {
        while doc.tokens.get(k).is_some_and(|t| t.kind == TokKind::Punct) {
            k += 1;
        }
        match doc.tokens.get(k) {
            Some(_) if doc.folded(k) == w => k += 1,
            _ => return None,
        }
    }
    Some(k)
}
