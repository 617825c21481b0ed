//! The digit lexer: `lex_digits` reads "1 500", "1,5", "1.500,25", "12,34,567" or "1e10" into a
//! `Dec` (or a comma list, or nothing), with the character tests around digits (joiners, vulgar
//! fractions). Text only: what the numeral means where it stands is read in `at_digits.rs`.

use super::dec::Dec;
use crate::knowledge::lang::figures::Index;

/// Characters that glue digits into something other than a figure: "COVID-19", "C5+1",
/// "9-3", "1:32", "3/4", "v1.2", URL parameters ("q=30%25").
pub(super) fn is_joiner(c: char) -> bool {
    matches!(
        c,
        '-' | '\u{2010}'
            | '\u{2011}'
            | '–'
            | '—'
            | '−'
            | '+'
            | '/'
            | ':'
            | '.'
            | ','
            | '_'
            | '×'
            | '%'
            | '='
            | '&'
            | '?'
            | '#'
            | '@'
            | '\\'
            | '^'
    )
}

/// The value of a vulgar fraction character ("½", "¾").
pub(super) fn vulgar(c: char) -> Option<f64> {
    Some(match c {
        '½' => 1.0 / 2.0,
        '⅓' => 1.0 / 3.0,
        '⅔' => 2.0 / 3.0,
        '¼' => 1.0 / 4.0,
        '¾' => 3.0 / 4.0,
        '⅕' => 1.0 / 5.0,
        '⅖' => 2.0 / 5.0,
        '⅗' => 3.0 / 5.0,
        '⅘' => 4.0 / 5.0,
        '⅙' => 1.0 / 6.0,
        '⅚' => 5.0 / 6.0,
        '⅐' => 1.0 / 7.0,
        '⅛' => 1.0 / 8.0,
        '⅜' => 3.0 / 8.0,
        '⅝' => 5.0 / 8.0,
        '⅞' => 7.0 / 8.0,
        '⅑' => 1.0 / 9.0,
        '⅒' => 1.0 / 10.0,
        _ => return None,
    })
}

/// Whether the digits at `start` follow a slash themselves ("1/3/4" read from the middle).
pub(super) fn after_slash(text: &str, start: usize) -> bool {
    text[..start].ends_with('/')
}

/// The result of reading digits.
pub(super) enum Lexed {
    Num {
        end: usize,
        dec: Dec,
    },
    /// Digits with separators that make no number ("1.2.3", "16.01.2018"): skip up to `end`.
    Bad {
        end: usize,
    },
    /// Numbers separated by commas where a comma is no decimal mark ("22,24,26"), up to `end`.
    List {
        end: usize,
    },
}

/// Reads a numeral written with digits from `start` (an ASCII digit): groups of three separated
/// by spaces, "." or ","; one decimal mark. A single "." or "," is the language's decimal mark,
/// or, when it is the other one, a thousands separator if exactly three digits follow.
pub(super) fn lex_digits(text: &str, start: usize, limit: usize, ix: &Index) -> Lexed {
    let b = text.as_bytes();
    let digits_from = |mut p: usize| {
        while p < limit && b[p].is_ascii_digit() {
            p += 1;
        }
        p
    };
    let mut p = digits_from(start);
    let first_len = p - start;
    let mut spaced = false;
    // (mark, position, digits after it)
    let mut marks: [(u8, usize, usize); 8] = [(0, 0, 0); 8];
    let mut n_marks = 0;
    loop {
        if p >= limit {
            break;
        }
        let c = text[p..].chars().next().unwrap_or('\0');
        if n_marks == 0 && first_len <= 3 && ix.groups.contains(&c) {
            let q = p + c.len_utf8();
            let r = digits_from(q);
            if r - q == 3 {
                spaced = true;
                p = r;
                continue;
            }
            break;
        }
        if (c == '.' || c == ',') && p + 1 < limit && b[p + 1].is_ascii_digit() {
            let r = digits_from(p + 1);
            if n_marks == marks.len() {
                return Lexed::Bad { end: r };
            }
            marks[n_marks] = (c as u8, p, r - p - 1);
            n_marks += 1;
            p = r;
            continue;
        }
        break;
    }
    let end = p;
    let digits_end = p;
    let marks = &marks[..n_marks];
    let dec = ix.decimal as u32 as u8;
    let grouping = |m: &(u8, usize, usize)| m.2 == 3 && first_len <= 3;
    // The position of the decimal mark, if any.
    let point: Option<usize> = match marks {
        [] => None,
        [only] => {
            if spaced || only.0 == dec || !grouping(only) || b[start] == b'0' {
                Some(only.1)
            } else {
                None
            }
        }
        [init @ .., last] => {
            let g = init[0].0;
            let list =
                g == b',' && dec != b',' && !spaced && marks.iter().all(|m| m.0 == g && m.2 <= 3);
            let list_or_bad = if list {
                Lexed::List { end }
            } else {
                Lexed::Bad { end }
            };
            // "12,34,567.89": Indian grouping, pairs of digits before the last three.
            let groups = if last.0 == g { marks } else { init };
            let indian = g == b',' && dec != b',' && first_len <= 2 && {
                let (l, before) = groups.split_last().unwrap_or((last, &[]));
                !before.is_empty()
                    && l.0 == g
                    && l.2 == 3
                    && before.iter().all(|m| m.0 == g && m.2 == 2)
            };
            if indian {
                // Read as grouping: skip the check below.
            } else if !init.iter().all(|m| m.0 == g && grouping(m)) {
                return list_or_bad;
            }
            if last.0 == g {
                if !grouping(last) && !indian {
                    return list_or_bad;
                }
                None
            } else {
                Some(last.1)
            }
        }
    };
    // "1e10", "12,32e+14": an exponent, when nothing else is glued to it.
    let mut exp: i32 = 0;
    let mut end = end;
    if end < limit && (b[end] == b'e' || b[end] == b'E') {
        let mut q = end + 1;
        let neg = q < limit && b[q] == b'-';
        if q < limit && (b[q] == b'+' || b[q] == b'-') {
            q += 1;
        }
        let r = digits_from(q);
        let free = text[r.min(limit)..]
            .chars()
            .next()
            .is_none_or(|c| !c.is_alphanumeric());
        if r > q && r - q <= 3 && free {
            let v: i32 = text[q..r].parse().unwrap_or(0);
            exp = if neg { -v } else { v };
            end = r;
        }
    }
    let mut m: u128 = 0;
    let mut e: i32 = exp;
    let mut full = false;
    for (i, &ch) in b[start..digits_end].iter().enumerate() {
        if !ch.is_ascii_digit() {
            continue;
        }
        let after_point = point.is_some_and(|pt| start + i > pt);
        let d = u128::from(ch - b'0');
        match m.checked_mul(10).and_then(|x| x.checked_add(d)) {
            Some(x) if !full => {
                m = x;
                if after_point {
                    e -= 1;
                }
            }
            _ => {
                // Too many digits to keep: drop the tail, keep the magnitude.
                full = true;
                if !after_point {
                    e = e.saturating_add(1);
                }
            }
        }
    }
    Lexed::Num {
        end,
        dec: Dec { m, e },
    }
}
