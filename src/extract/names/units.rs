//! The grammar of a name: its units (words, initials, acronyms, particles) and the run of
//! units that makes one candidate name.

use crate::extract::doc::Doc;
use crate::model::Span;
use crate::text::{TokKind, Token, is_capitalised};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum UnitKind {
    Word,
    Initial,
    Acronym,
    Connector,
}

/// One word of a candidate name, spanning tokens `first..next`.
#[derive(Debug, Clone, Copy)]
pub(super) struct Unit {
    pub(super) kind: UnitKind,
    pub(super) span: Span,
    pub(super) first: usize,
    pub(super) next: usize,
}

/// A candidate name before classification.
pub(super) struct Candidate {
    pub(super) units: Vec<Unit>,
    pub(super) role: Option<Span>,
    pub(super) at_sentence_start: bool,
}

pub(super) fn span_of(units: &[Unit]) -> Span {
    Span::new(units[0].span.start, units[units.len() - 1].span.end)
}

/// Only spaces (at least one, no line break) between two tokens.
pub(super) fn spaced(doc: &Doc, a: &Token, b: &Token) -> bool {
    let gap = &doc.text[a.span.end..b.span.start];
    !gap.is_empty()
        && gap
            .chars()
            .all(|c| c == ' ' || c == '\u{a0}' || c == '\u{202f}')
}

pub(super) fn adjacent(a: &Token, b: &Token) -> bool {
    a.span.end == b.span.start
}

pub(super) fn is_punct(doc: &Doc, i: usize, s: &[&str]) -> bool {
    doc.tokens
        .get(i)
        .is_some_and(|t| t.kind == TokKind::Punct && s.contains(&t.text(doc.text)))
}

pub(super) fn single_capital(w: &str) -> bool {
    let mut c = w.chars();
    matches!((c.next(), c.next()), (Some(a), None) if a.is_uppercase())
}

/// A capitalised word, an initial ("N.", "K.-J.") or an acronym starting at token `i`.
pub(super) fn unit_at(doc: &Doc, i: usize) -> Option<Unit> {
    let toks = &doc.tokens;
    let t = toks.get(i)?;
    // Most words start with a lowercase ASCII letter: no unit, and no need to slice them out.
    if t.kind != TokKind::Word || t.first_byte(doc.text).is_ascii_lowercase() {
        return None;
    }
    let w = t.text(doc.text);
    // Numerals: ASCII digits, or characters beyond ASCII ("²", "٣").
    if !is_capitalised(w)
        || (t.shape & (Token::DIGIT | Token::NON_ASCII) != 0 && w.chars().any(|c| c.is_numeric()))
    {
        return None;
    }
    if single_capital(w) {
        // An initial: "N." — and "K.-J." for hyphenated given names.
        if is_punct(doc, i + 1, &["."]) && adjacent(t, &toks[i + 1]) {
            let mut next = i + 2;
            while is_punct(doc, next, &["-"])
                && toks
                    .get(next + 1)
                    .is_some_and(|n| single_capital(n.text(doc.text)))
                && is_punct(doc, next + 2, &["."])
            {
                next += 3;
            }
            return Some(Unit {
                kind: UnitKind::Initial,
                span: Span::new(t.span.start, toks[next - 1].span.end),
                first: i,
                next,
            });
        }
        // "O'Brien", "D’Alema"
        if is_punct(doc, i + 1, &["'", "’"])
            && toks
                .get(i + 2)
                .is_some_and(|n| n.kind == TokKind::Word && is_capitalised(n.text(doc.text)))
            && adjacent(t, &toks[i + 1])
            && adjacent(&toks[i + 1], &toks[i + 2])
        {
            return Some(Unit {
                kind: UnitKind::Word,
                span: Span::new(t.span.start, toks[i + 2].span.end),
                first: i,
                next: i + 3,
            });
        }
        return None;
    }
    // Most names are ASCII letters and digits: no hyphen to cut at, and bytes tell letters
    // and case.
    let plain = t.ascii_alphanumeric();
    debug_assert_eq!(plain, w.bytes().all(|b| b.is_ascii_alphanumeric()));
    // Such a word folds to its lower case, which `Doc` holds already.
    let calendar = if plain {
        doc.lang.data.dates.is_calendar_folded(doc.folded(i))
    } else {
        doc.lang.data.dates.is_calendar_word(w)
    };
    if calendar {
        return None;
    }
    let (span, acronym) = if plain {
        let letters = w.bytes().filter(u8::is_ascii_alphabetic).count();
        (
            t.span,
            letters >= 2 && !w.bytes().any(|b| b.is_ascii_lowercase()),
        )
    } else {
        // "France-U.S.", "Sino-U.S.": a compound with an abbreviation; the name is the part
        // before the hyphen, never "France-U".
        let mut span = t.span;
        if let Some(cut) = w.rfind('-')
            && single_capital(&w[cut + 1..])
            && is_punct(doc, i + 1, &["."])
            && adjacent(t, &toks[i + 1])
        {
            if !is_capitalised(&w[..cut]) {
                return None;
            }
            span = Span::new(t.span.start, t.span.start + cut);
        }
        // "Paris-based", "Kremlin-backed", "Deep Throat-a name": lowercase words glued on by
        // a hyphen are no part of the name ("Aix-en-Provence" ends capitalised and stays
        // whole).
        let mut tail = span.end;
        for (at, _) in doc.text[span.start..span.end].rmatch_indices('-') {
            let part = &doc.text[span.start + at + 1..tail];
            if part.chars().next().is_some_and(char::is_lowercase) {
                tail = span.start + at;
            } else {
                break;
            }
        }
        span.end = tail;
        let w = &doc.text[span.start..span.end];
        let letters = w.chars().filter(|c| c.is_alphabetic()).count();
        (span, letters >= 2 && w.chars().all(|c| !c.is_lowercase()))
    };
    Some(Unit {
        kind: if acronym {
            UnitKind::Acronym
        } else {
            UnitKind::Word
        },
        span,
        first: i,
        next: i + 1,
    })
}

/// The longest run of units starting with `first`: capitalised words separated by spaces,
/// an initial glued to the next word ("B.Sultanov"), and at most two particles in a row
/// between words. The run replaces what `units` held (one vector serves every run of an
/// article).
pub(super) fn sequence(doc: &Doc, first: Unit, units: &mut Vec<Unit>) {
    let toks = &doc.tokens;
    let connectors = &doc.lang.data.names.sets.connectors;
    units.clear();
    units.push(first);
    loop {
        let last = *units.last().unwrap();
        let prev_tok = &toks[last.next - 1];
        let Some(next_tok) = toks.get(last.next) else {
            break;
        };
        let glued = last.kind == UnitKind::Initial && adjacent(prev_tok, next_tok);
        if !(spaced(doc, prev_tok, next_tok) || glued) {
            break;
        }
        if let Some(u) = unit_at(doc, last.next) {
            units.push(u);
            continue;
        }
        // A middle initial written without its period, between two words of a name:
        // "Robert J Pickell".
        let letter = next_tok.text(doc.text);
        if last.kind == UnitKind::Word
            && next_tok.kind == TokKind::Word
            && single_capital(letter)
            && !doc.lang.is_stopword(letter)
            && toks
                .get(last.next + 1)
                .is_some_and(|after| spaced(doc, next_tok, after))
            && unit_at(doc, last.next + 1).is_some_and(|u| u.kind == UnitKind::Word)
        {
            units.push(Unit {
                kind: UnitKind::Initial,
                span: next_tok.span,
                first: last.next,
                next: last.next + 1,
            });
            continue;
        }
        // Particles: "de", "van der", "d’" before the next capitalised word.
        let mut j = last.next;
        let mut parts = Vec::new();
        while parts.len() < 2 {
            let Some(t) = toks.get(j) else { break };
            if t.kind != TokKind::Word || !connectors.contains(doc.folded(j)) {
                break;
            }
            if is_capitalised(t.text(doc.text)) {
                break;
            }
            let elided = is_punct(doc, j + 1, &["'", "’"]) && adjacent(t, &toks[j + 1]);
            let end = if elided { j + 2 } else { j + 1 };
            parts.push(Unit {
                kind: UnitKind::Connector,
                span: Span::new(t.span.start, toks[end - 1].span.end),
                first: j,
                next: end,
            });
            let Some(after) = toks.get(end) else { break };
            let joined = if elided {
                adjacent(&toks[end - 1], after)
            } else {
                spaced(doc, &toks[end - 1], after)
            };
            if !joined {
                parts.clear();
                break;
            }
            j = end;
            if unit_at(doc, j).is_some() {
                break;
            }
        }
        match (parts.is_empty(), unit_at(doc, j)) {
            (false, Some(u)) if u.kind != UnitKind::Initial => {
                units.extend(parts);
                units.push(u);
            }
            _ => break,
        }
    }
}
