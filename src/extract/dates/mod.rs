//! Dates: full ("16 janvier 2018", "January 16, 2018"), partial ("septembre 2019"), ranges
//! ("les 18-19 avril 2024"), numeric ("16/01/2018", "2018-01-16"), years in context ("en
//! 2023") or naming an event ("the 1999 earthquake", "le séisme de 1999"), seasons ("l'été
//! 2016", "cet hiver") and relative dates anchored on the article's date ("jeudi", "last
//! Tuesday", "l'année prochaine"), unresolved (value `None`) when they cannot be.
//!
//! Every word the extractor knows comes from the `[dates]` section of the language files,
//! loaded into `DateWords` by `knowledge::lang::dates`; the code here only knows shapes: a
//! day, a month, a year, a weekday, in the orders languages write them.
//!
//! Spans cover the date expression itself, without the article or preposition in front of it
//! ("le 16 janvier" → "16 janvier", "in 2023" → "2023"), but with the words that change its
//! meaning: "jeudi dernier", "last Tuesday", "du 3 au 5 mars", "la semaine prochaine".
//!
//! Files, one concern each: `expr.rs` holds the expression types the grammar produces and
//! `resolve.rs` anchors on the article's date; `scan.rs` the `Scan` over the tokens and its
//! token accessors, `parts.rs` its readers of days, months, years and weekdays. The grammar is
//! split by form, each file an `impl Scan` block: `single.rs` (which form starts at a token),
//! `numeric.rs`, `named.rs`, `relative.rs`, `offsets.rs`, `feasts.rs`, `ranked.rs`,
//! `periods.rs`, `ranges.rs`. They import only `expr`, `scan`, `parts` and `resolve`, never
//! this file; `tests/` holds the tests by theme.

mod expr;
mod feasts;
mod named;
mod numeric;
mod offsets;
mod parts;
mod periods;
mod ranges;
mod ranked;
mod relative;
mod resolve;
mod scan;
mod single;
#[cfg(test)]
mod tests;

use self::scan::Scan;
use crate::extract::doc::Doc;
use crate::knowledge::calendar::valid;
use crate::knowledge::lang::dates::{fold, fold_into, is_folded};
use crate::model::{Claim, ClaimKind, DatePoint, DateValue, Span, Value};
use crate::text::{TokKind, Token};

pub fn extract(doc: &Doc) -> Vec<Claim> {
    let w = &doc.lang.data.dates;
    let toks = &doc.tokens[..];
    // Each token folded, read at every probe: most are folded already and are slices of the
    // text; the others are folded end to end into one buffer (not one allocation each), and
    // their slices of it are set once it is written. Each word is looked up in the word table
    // as it is folded.
    let mut low: Vec<&str> = Vec::with_capacity(toks.len());
    let mut buf = String::new();
    let mut in_buf: Vec<(usize, usize, usize)> = Vec::new();
    let mut info = Vec::with_capacity(toks.len());
    // Whether each folded token holds a hyphen: an ASCII token folds to its lowercase, which
    // holds one when the tokenizer saw one; a token beyond ASCII is read once folded.
    let mut hyphens = Vec::with_capacity(toks.len());
    for (i, t) in toks.iter().enumerate() {
        let raw = t.text(doc.text);
        debug_assert_eq!(t.ascii_without_capitals(), is_folded(raw));
        let f = if t.ascii_without_capitals() {
            low.push(raw);
            raw
        } else if t.ascii_alphanumeric() {
            // ASCII letters and digits with a capital: folded to their lower case, as `Doc`
            // holds them already.
            let f = doc.folded(i);
            debug_assert_eq!(f, fold(raw));
            low.push(f);
            f
        } else {
            let from = buf.len();
            fold_into(raw, &mut buf);
            in_buf.push((i, from, buf.len()));
            low.push("");
            &buf[from..]
        };
        hyphens.push(if t.shape & Token::NON_ASCII == 0 {
            t.shape & Token::HYPHEN != 0
        } else {
            f.bytes().any(|b| b == b'-')
        });
        info.push(match t.kind {
            TokKind::Number => None,
            _ => w.word(f),
        });
    }
    for &(i, from, to) in &in_buf {
        low[i] = &buf[from..to];
    }
    let (ends, feats, matched) = Scan::features(doc.text, toks, &low, &info, &hyphens, w);
    let scan = Scan {
        text: doc.text,
        toks,
        low,
        info,
        ends,
        feats,
        matched,
        w,
        lang: doc.lang,
        sports: std::cell::OnceCell::new(),
        story: std::cell::Cell::new(None),
        singles: std::cell::RefCell::new([None; scan::SINGLES]),
    };
    // Only a full, valid date anchors relative dates; library callers may pass anything.
    let anchor = doc.date.filter(|p| match (p.year, p.month, p.day) {
        (Some(y), Some(m), Some(d)) => {
            (1..=9999).contains(&y) && valid(y, m.into(), d.into()).is_some()
        }
        _ => false,
    });
    let mut claims = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        if !scan.may_start(i) || scan.count_before_unknown(i) || scan.leads_nowhere(i) {
            // The tests (debug builds) hold every text they read to this.
            debug_assert!(
                scan.offset_at(i, anchor).is_none()
                    && scan.range_or_single(i, anchor).is_none()
                    && scan.impossible_at(i).is_none(),
                "a date starts at the token skipped {:?}",
                scan.raw(i)
            );
            i += 1;
            continue;
        }
        let found = match scan.offset_at(i, anchor) {
            Some(found) => Some(found),
            None => scan.range_or_single(i, anchor),
        };
        match found {
            Some((start, end_tok, value)) => {
                let end = toks[end_tok - 1].span.end;
                // Counting far enough leaves the years ISO 8601 writes with four digits.
                let four_digits = |p: DatePoint| p.year.is_none_or(|y| (0..=9999).contains(&y));
                let value = value.filter(|&(a, b)| four_digits(a) && four_digits(b));
                let value = value.map(|(a, b)| {
                    if a == b {
                        DateValue::Point(a)
                    } else {
                        DateValue::Range(a, b)
                    }
                });
                if let Some(p) = value.map(|v| match v {
                    DateValue::Point(p) | DateValue::Range(p, _) => p,
                }) && p.year.is_some()
                {
                    scan.story.set(Some(p));
                }
                claims.push(doc.claim(ClaimKind::Date, Span::new(start, end), Value::Date(value)));
                i = end_tok.max(i + 1);
            }
            // An impossible date ("31 février 2018") is a typo, not a month and a year.
            None => i = scan.impossible_at(i).unwrap_or(i + 1),
        }
    }
    claims
}
