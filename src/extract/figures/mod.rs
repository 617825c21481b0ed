//! Figures: numbers ("1,5", "1 500", "deux cent mille"), money ("1,5 milliard de dollars",
//! "$1.5bn"), percentages ("10 %", "ten percent") and ordinals ("10e", "10th", "vingtième").
//!
//! This module owns the `[figures]` section of the language files (`FigureWords`) and the
//! figures extractor. Numerals written with digits are read in either locale's format; numerals
//! written in words go through one small grammar whose words all come from the language data
//! (units and tens add up, "cent"/"hundred" multiply the current group, scale words close it),
//! so French and English — and a third language — share the code. Around each numeral the
//! extractor looks for what makes it a percentage, an amount, an ordinal or a mere identifier,
//! and for a qualifier ("environ", "more than") kept on the claim but outside its span.

use super::Doc;
use crate::knowledge::lang::figures::{Entry, Index, What};
use crate::model::{Claim, ClaimKind, Qualifier, Span, Value};
use crate::text::{Atom, AtomKind, atomize, is_hyphen};

/// Characters that glue digits into something other than a figure: "COVID-19", "C5+1",
/// "9-3", "1:32", "3/4", "v1.2", URL parameters ("q=30%25").
fn is_joiner(c: char) -> bool {
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
fn vulgar(c: char) -> Option<f64> {
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
fn after_slash(text: &str, start: usize) -> bool {
    text[..start].ends_with('/')
}

/// Case-insensitive comparison with an already lowercase word, without allocating.
fn eq_ci(text: &str, lower: &str) -> bool {
    if text.is_ascii() {
        text.eq_ignore_ascii_case(lower)
    } else {
        text.chars().flat_map(char::to_lowercase).eq(lower.chars())
    }
}

/// A decimal number `m × 10^e`, kept exact until it becomes an `f64`.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Dec {
    m: u128,
    e: i32,
}

impl Dec {
    fn int(m: u128) -> Dec {
        Dec { m, e: 0 }
    }

    /// Multiplies by a scale; powers of ten only move the exponent, so "1,5 milliard" stays
    /// exactly 15 × 10^8.
    fn scale(self, by: u64) -> Option<Dec> {
        let mut p = by;
        let mut k = 0;
        while p >= 10 && p.is_multiple_of(10) {
            p /= 10;
            k += 1;
        }
        if p == 1 {
            return Some(Dec {
                m: self.m,
                e: self.e.checked_add(k)?,
            });
        }
        Some(Dec {
            m: self.m.checked_mul(u128::from(by))?,
            e: self.e,
        })
    }

    /// Adds `v` hundredths, exactly.
    fn add_hundredths(self, v: u128) -> Option<Dec> {
        if self.e < -2 {
            return None;
        }
        let mut m = self.m;
        for _ in 0..(self.e + 2) {
            m = m.checked_mul(10)?;
        }
        Some(Dec {
            m: m.checked_add(v)?,
            e: -2,
        })
    }

    fn to_f64(self) -> Option<f64> {
        const POW: [f64; 23] = [
            1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
            1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
        ];
        let v = if self.m < (1u128 << 53) && self.e.unsigned_abs() <= 22 {
            // Both operands are exact, so one rounding gives the nearest double.
            let m = self.m as f64;
            let p = POW[self.e.unsigned_abs() as usize];
            if self.e >= 0 { m * p } else { m / p }
        } else {
            format!("{}e{}", self.m, self.e).parse::<f64>().ok()?
        };
        v.is_finite().then_some(v)
    }

    fn to_i64(self) -> Option<i64> {
        if self.e < 0 {
            return None;
        }
        let mut v = self.m;
        for _ in 0..self.e {
            v = v.checked_mul(10)?;
        }
        i64::try_from(v).ok()
    }
}

/// The result of reading digits.
enum Lexed {
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
fn lex_digits(text: &str, start: usize, limit: usize, ix: &Index) -> Lexed {
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

/// The state of the number-word grammar.
#[derive(Debug, Clone, Copy, Default)]
struct Words {
    /// Closed groups ("deux millions" in "deux millions trois cents").
    total: u128,
    /// The group being built (< 1000 for hundreds).
    group: u128,
    last_add: u64,
    last: Last,
    last_scale: u64,
    elements: usize,
    article_first: bool,
    approx: bool,
    ordinal: bool,
    /// The atom of the last connector used ("et" in "cinq milliards et trois").
    connector_at: Option<usize>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq)]
enum Last {
    #[default]
    Start,
    Article,
    Add,
    Mult(u64),
    Scale(u64),
}

fn is_pow10(mut v: u64) -> bool {
    while v >= 10 && v.is_multiple_of(10) {
        v /= 10;
    }
    v == 1
}

impl Words {
    fn value(&self) -> Option<u128> {
        self.total.checked_add(self.group)
    }

    fn apply(&mut self, w: What) -> bool {
        let ok = match w {
            What::Article if self.last == Last::Start => {
                self.last = Last::Article;
                self.group = 1;
                self.article_first = true;
                true
            }
            What::Number { value, article } => {
                if self.last == Last::Start && article {
                    self.article_first = true;
                }
                self.add(value)
            }
            What::Multiplier {
                value, standalone, ..
            } => self.mult(value, standalone),
            What::Approximate(v) => {
                // A count is needed: "une centaine", never "centaine" alone.
                self.last != Last::Start && self.mult(v, false) && {
                    self.approx = true;
                    true
                }
            }
            What::Ordinal(v) => {
                let ok = if v < 100 {
                    self.add(v)
                } else {
                    self.mult(v, true)
                };
                self.ordinal = ok;
                ok
            }
            _ => false,
        };
        if ok {
            self.elements += 1;
        }
        ok
    }

    fn add(&mut self, v: u64) -> bool {
        let ok = match self.last {
            Last::Start | Last::Scale(_) => true,
            // "vingt-trois", "soixante-dix-sept", "quatre-vingt-dix-neuf"
            Last::Add => {
                self.last_add >= 10
                    && self.last_add.is_multiple_of(10)
                    && v < self.last_add
                    && v < 20
            }
            Last::Mult(m) => is_pow10(m) && u128::from(v) < u128::from(m),
            Last::Article => false,
        };
        if ok {
            self.group += u128::from(v);
            self.last_add = v;
            self.last = Last::Add;
        }
        ok
    }

    fn mult(&mut self, v: u64, standalone: bool) -> bool {
        let v128 = u128::from(v);
        if v < 1000 {
            if matches!(self.last, Last::Mult(_)) || self.group >= 100 {
                return false;
            }
            let count = if self.group > 0 {
                self.group
            } else if standalone {
                1
            } else {
                return false;
            };
            let Some(g) = count.checked_mul(v128) else {
                return false;
            };
            self.group = g;
            self.last = Last::Mult(v);
            return true;
        }
        if self.group == 0 {
            match self.last {
                // "mille milliards"
                Last::Scale(s) if v > s && self.total > 0 => {
                    let Some(t) = self.total.checked_mul(v128) else {
                        return false;
                    };
                    self.total = t;
                    self.last = Last::Scale(v);
                    self.last_scale = v;
                    return true;
                }
                Last::Start if standalone => self.group = 1,
                _ => return false,
            }
        }
        let t = if self.last_scale == 0 || v < self.last_scale {
            self.group
                .checked_mul(v128)
                .and_then(|g| self.total.checked_add(g))
        } else if v > self.last_scale {
            self.total
                .checked_add(self.group)
                .and_then(|t| t.checked_mul(v128))
        } else {
            None
        };
        let Some(t) = t else { return false };
        self.total = t;
        self.group = 0;
        self.last = Last::Scale(v);
        self.last_scale = v;
        true
    }

    fn connectable(&self) -> bool {
        match self.last {
            Last::Add => self.last_add >= 20 && self.last_add.is_multiple_of(10),
            Last::Mult(_) | Last::Scale(_) => true,
            _ => false,
        }
    }
}

/// A numeral found in the text, before its context is read.
#[derive(Debug, Clone, Copy)]
struct Fig {
    /// First atom of the numeral (sign included), and the atom after it.
    first: usize,
    next: usize,
    start: usize,
    end: usize,
    value: Dec,
    negative: bool,
    ordinal: bool,
    /// Ends with a scale word, so "de dollars" may follow.
    scaled: bool,
    approx: bool,
    /// A money-only abbreviation ("M", "m") and where the figure ends without it.
    money_scale: Option<(Dec, usize, usize)>,
    /// A value that is not a decimal ("trois quarts", "un million et demi").
    fraction: Option<f64>,
    /// The last scale word's value ("million" in "un million et demi"), else 1.
    unit: u64,
    /// A currency code glued to the digits ("115USD", "USD115").
    currency: Option<usize>,
}

impl Fig {
    fn new(first: usize, next: usize, start: usize, end: usize, value: Dec) -> Fig {
        Fig {
            first,
            next,
            start,
            end,
            value,
            negative: false,
            ordinal: false,
            scaled: false,
            approx: false,
            money_scale: None,
            fraction: None,
            unit: 1,
            currency: None,
        }
    }
}

struct Scan<'d, 'a> {
    doc: &'d Doc<'a>,
    ix: &'d Index,
    atoms: Vec<Atom>,
    buf: String,
    out: Vec<Claim>,
    /// Atoms before this one belong to an earlier figure.
    floor: usize,
}

pub fn extract(doc: &Doc) -> Vec<Claim> {
    let ix = doc.lang.data.figures.index();
    let mut s = Scan {
        doc,
        ix,
        atoms: atomize(doc.text, &doc.tokens),
        buf: String::new(),
        out: Vec::new(),
        floor: 0,
    };
    let mut i = 0;
    while i < s.atoms.len() {
        let next = match s.atoms[i].kind {
            AtomKind::Digits => s.at_digits(i),
            AtomKind::Word => s.at_glued_code(i).or_else(|| s.at_words(i)),
            AtomKind::Punct => None,
        };
        i = next.map_or(i + 1, |n| n.max(i + 1));
    }
    s.out
}

impl Scan<'_, '_> {
    fn text(&self, k: usize) -> &str {
        let a = self.atoms[k];
        &self.doc.text[a.start..a.end]
    }

    fn char_before(&self, at: usize) -> Option<char> {
        if at <= self.doc.body.start {
            return None;
        }
        self.doc.text[..at].chars().next_back()
    }

    fn char_at(&self, at: usize) -> Option<char> {
        if at >= self.doc.body.end {
            return None;
        }
        self.doc.text[at..].chars().next()
    }

    /// Whether the data entry matches the atoms from `k`.
    fn entry_matches(&self, e: &Entry, k: usize) -> bool {
        if k + e.atoms.len() > self.atoms.len() {
            return false;
        }
        // "5 $ c'est": an elided word is not the end of a symbol ("$ c" is a Canadian dollar).
        let last = self.atoms[k + e.atoms.len() - 1];
        if e.exact_case
            && e.atoms.len() > 1
            && last.kind == AtomKind::Word
            && self
                .char_at(last.end)
                .is_some_and(|c| matches!(c, '\'' | '’' | 'ʼ'))
        {
            return false;
        }
        e.atoms.iter().enumerate().all(|(n, a)| {
            let t = self.text(k + n);
            if e.exact_case {
                t == a && (!e.glued[n] || self.atoms[k + n - 1].end == self.atoms[k + n].start)
            } else {
                eq_ci(t, a)
            }
        })
    }

    /// The longest data entry at atom `k` accepted by `pred`, with its length in atoms.
    fn lookup(&mut self, k: usize, pred: impl Fn(What) -> bool) -> Option<(What, usize)> {
        if k >= self.atoms.len() || self.atoms[k].kind == AtomKind::Digits {
            return None;
        }
        let a = self.atoms[k];
        self.buf.clear();
        self.buf.extend(
            self.doc.text[a.start..a.end]
                .chars()
                .flat_map(char::to_lowercase),
        );
        let list = self.ix.by_first.get(self.buf.as_str())?;
        list.iter()
            .map(|&id| &self.ix.entries[id])
            .find(|e| pred(e.what) && self.entry_matches(e, k))
            .map(|e| (e.what, e.atoms.len()))
    }

    /// The longest entry accepted by `pred` that ends just before atom `k`, not reaching back
    /// into an earlier figure; returns it and its first atom.
    fn lookup_before(
        &self,
        k: usize,
        floor: usize,
        pred: impl Fn(What) -> bool,
    ) -> Option<(What, usize)> {
        self.ix.before.iter().find_map(|&id| {
            let e = &self.ix.entries[id];
            let n = e.atoms.len();
            (pred(e.what) && k >= floor + n && self.entry_matches(e, k - n))
                .then(|| (e.what, k - n))
        })
    }

    /// Whether atom `k` is the lowercase word `w`... for any `w` of `list`.
    fn word_in(&self, k: Option<usize>, list: &[String]) -> bool {
        k.filter(|&k| k < self.atoms.len() && self.atoms[k].kind == AtomKind::Word)
            .is_some_and(|k| list.iter().any(|w| eq_ci(self.text(k), w)))
    }

    /// A numeral written with digits at atom `i`; returns the atom to resume at.
    fn at_digits(&mut self, i: usize) -> Option<usize> {
        let a = self.atoms[i];
        let limit = self.doc.body.end;
        // Glued to a word by a joiner: an identifier ("COVID-19", "C5+1"), a score ("9-3"), a
        // time ("1:32"), a fraction or a version.
        let before = self.char_before(a.start);
        let mut negative = false;
        let mut first = i;
        let mut start = a.start;
        let mut leading_point = false;
        if let Some(p) = before {
            let before_p = self.char_before(a.start - p.len_utf8());
            let glued_word = before_p.is_some_and(|c| c.is_alphanumeric());
            if is_joiner(p) && glued_word {
                return None;
            }
            // A minus sign stands apart: "--13" after a word is a dash ("points--13 more").
            if matches!(p, '-' | '−')
                && !before_p.is_some_and(|c| c == '-' || c == '—' || c == '–')
                && i > self.floor
                && self.atoms[i - 1].end == a.start
            {
                negative = true;
                first = i - 1;
                start = self.atoms[i - 1].start;
            }
            // ".08", ",08": a decimal without its leading zero.
            if p == self.ix.decimal
                && i > self.floor
                && self.atoms[i - 1].end == a.start
                && !before_p.is_some_and(|c| c.is_alphanumeric() || c == '.' || c == ',')
            {
                leading_point = true;
                first = i - 1;
                start = self.atoms[i - 1].start;
            }
        }
        let (end, mut dec) = match lex_digits(self.doc.text, a.start, limit, self.ix) {
            Lexed::Num { end, dec } => (end, dec),
            Lexed::Bad { end } => return Some(self.atom_after(i, end)),
            Lexed::List { end } => {
                return Some(self.list(i, a.start, end, negative || leading_point));
            }
        };
        if leading_point {
            let digits = self.doc.text[a.start..end]
                .bytes()
                .all(|b| b.is_ascii_digit());
            if !digits {
                return Some(self.atom_after(i, end));
            }
            dec.e -= (end - a.start) as i32;
        }
        // The atom holding the last digit.
        let mut last = i;
        while last + 1 < self.atoms.len() && self.atoms[last + 1].start < end {
            last += 1;
        }
        let mut fig = Fig::new(first, last + 1, start, end, dec);
        fig.negative = negative;
        let after = self.char_at(end);
        let word_end = self.atoms[last].end;
        let glued_fraction = after
            .and_then(vulgar)
            .filter(|_| dec.e == 0 && after.map(char::len_utf8) == Some(word_end - end));
        if let Some(f) = glued_fraction {
            // "2½"
            fig.fraction = dec.to_f64().map(|v| v + f);
            fig.end = word_end;
        } else if after == Some('^') {
            // "1.1^23", "2,5^-1": a power; "2^n" is no figure.
            let (v, r) = self.exponent(dec, end + 1)?;
            fig.fraction = Some(v);
            fig.end = r;
            fig.next = self.atom_after(i, r);
        } else if after == Some('/')
            && dec.e == 0
            && !after_slash(self.doc.text, start)
            && let Some((num, den, r)) = self.slash_fraction(a.start)
        {
            // "3/4", "-4/5"
            fig.fraction = Some(num as f64 / den as f64);
            fig.end = r;
            fig.next = self.atom_after(i, r);
        } else if after.is_some_and(|c| c.is_alphanumeric()) {
            // Letters glued to the digits: an ordinal or scale suffix, else an identifier.
            let suffix = &self.doc.text[end..word_end];
            let what = self.glued_suffix(suffix);
            match what {
                Some(What::OrdinalSuffix) if dec.e == 0 && !negative => fig.ordinal = true,
                Some(What::Scale(v)) => {
                    fig.value = dec.scale(v)?;
                    fig.scaled = true;
                    fig.unit = v;
                }
                Some(What::MoneyScale(v)) => {
                    // Glued: "1m" without a currency is a length, not a number to compare.
                    fig.money_scale = Some((dec, usize::MAX, last + 1));
                    fig.value = dec.scale(v)?;
                    fig.scaled = true;
                    fig.unit = v;
                }
                // "115USD"
                Some(What::Symbol(c)) => fig.currency = Some(c),
                _ => return Some(last + 1),
            }
            fig.end = word_end;
        } else if after.is_some_and(is_joiner)
            && self
                .char_at(end + after.map_or(1, char::len_utf8))
                .is_some_and(|c| c.is_ascii_digit())
        {
            // "9-3", "24/7", "1:32", "2018-2019": not one figure.
            return Some(last + 1);
        } else if after == Some(' ')
            && dec.e == 0
            && let Some((num, den, r)) = self.slash_fraction(end + 1)
            && let Some(v) = dec.to_f64()
        {
            // "2 3/4": a whole number and a fraction.
            fig.fraction = Some(v + num as f64 / den as f64);
            fig.end = r;
            fig.next = self.atom_after(i, r);
        }
        if fig.fraction.is_none() {
            if !fig.ordinal && !fig.scaled {
                self.scale_words_after(&mut fig);
            }
            if !fig.ordinal {
                self.fraction_tail(&mut fig);
                self.ratio_tail(&mut fig);
            }
        }
        self.finish(fig);
        Some(self.floor)
    }

    /// Whether something is glued at byte `at`: a letter or digit, or a joiner before one
    /// ("/2020", "-b").
    fn glued_after(&self, at: usize) -> bool {
        self.char_at(at).is_some_and(|c| {
            c.is_alphanumeric()
                || (is_joiner(c)
                    && self
                        .char_at(at + c.len_utf8())
                        .is_some_and(|d| d.is_alphanumeric()))
        })
    }

    /// A power after "^" at byte `at`: signs, then up to three digits ("^23", "^-1", "^+23").
    /// Returns the value of `base` raised to it and where it ends.
    fn exponent(&self, base: Dec, at: usize) -> Option<(f64, usize)> {
        let b = self.doc.text.as_bytes();
        let limit = self.doc.body.end;
        let mut q = at;
        let mut minus = false;
        while q < limit && q < at + 2 && matches!(b[q], b'+' | b'-') {
            minus ^= b[q] == b'-';
            q += 1;
        }
        let mut r = q;
        while r < limit && r < q + 3 && b[r].is_ascii_digit() {
            r += 1;
        }
        if r == q
            || self
                .char_at(r)
                .is_some_and(|c| c.is_alphanumeric() || c == '^')
        {
            return None;
        }
        let e: i32 = self.doc.text[q..r].parse().ok()?;
        let v = base.to_f64()?.powi(if minus { -e } else { e });
        v.is_finite().then_some((v, r))
    }

    /// A proper fraction written with a slash from byte `at` ("3/4"): numerator, denominator
    /// and where it ends. Nothing may be glued after it ("1/2/2020" is a date), and a bigger
    /// numerator ("24/7") or an unusual denominator makes no fraction.
    fn slash_fraction(&self, at: usize) -> Option<(u64, u64, usize)> {
        let b = self.doc.text.as_bytes();
        let limit = self.doc.body.end;
        let digits = |mut p: usize| {
            let from = p;
            while p < limit && p < from + 4 && b[p].is_ascii_digit() {
                p += 1;
            }
            (p > from && (p - from == 1 || b[from] != b'0')).then_some(p)
        };
        let p = digits(at)?;
        if p >= limit || b[p] != b'/' {
            return None;
        }
        let r = digits(p + 1)?;
        if self.glued_after(r) {
            return None;
        }
        let num: u64 = self.doc.text[at..p].parse().ok()?;
        let den: u64 = self.doc.text[p + 1..r].parse().ok()?;
        // Written fractions have everyday denominators (halves to tenths, sixteenths,
        // hundredths); "9/11", "17/35" or "2/40" are names, scores and ratings.
        let everyday = den <= 10 || den == 16 || den == 100;
        (num >= 1 && num < den && everyday).then_some((num, den, r))
    }

    /// "un sur trois", "two out of five", "one in ten": a count out of a total.
    fn ratio_tail(&mut self, fig: &mut Fig) {
        if fig.ordinal || fig.scaled || fig.fraction.is_some() || fig.value.e != 0 {
            return;
        }
        let Some(num) = fig.value.to_i64() else {
            return;
        };
        let Some((w, n)) = self.lookup(fig.next, |w| matches!(w, What::Ratio { .. })) else {
            return;
        };
        if matches!(w, What::Ratio { unit_only: true }) && num != 1 {
            return;
        }
        let Some((den, after)) = self.count_at(fig.next + n) else {
            return;
        };
        if den == 0 || den < num as u128 {
            return;
        }
        fig.fraction = Some(num as f64 / den as f64);
        fig.next = after;
        fig.end = self.atoms[after - 1].end;
    }

    /// A whole count at atom `k`, in digits or words, that is not a year: its value and the
    /// atom after it.
    fn count_at(&mut self, k: usize) -> Option<(u128, usize)> {
        let a = *self.atoms.get(k)?;
        if a.kind == AtomKind::Digits {
            let Lexed::Num { end, dec } =
                lex_digits(self.doc.text, a.start, self.doc.body.end, self.ix)
            else {
                return None;
            };
            if dec.e != 0 || self.glued_after(end) {
                return None;
            }
            let year = end - a.start == 4 && (1000..3000).contains(&dec.m);
            return (!year).then_some((dec.m, self.atom_after(k, end)));
        }
        let (after, st) = self.parse_words_until(k, usize::MAX)?;
        // "number one in a hearing": an article alone counts nothing.
        if st.ordinal
            || st.approx
            || st.last == Last::Article
            || (st.elements == 1 && st.article_first)
        {
            return None;
        }
        Some((st.value()?, after))
    }

    /// An amount glued after a currency code: "USD115", "EUR2.5".
    fn at_glued_code(&mut self, i: usize) -> Option<usize> {
        let a = self.atoms[i];
        let t = &self.doc.text[a.start..a.end];
        let p = t.find(|c: char| c.is_ascii_digit())?;
        if p == 0 || !t[..p].bytes().all(|b| b.is_ascii_alphabetic()) || i < self.floor {
            return None;
        }
        if self
            .char_before(a.start)
            .is_some_and(|c| c.is_alphanumeric() || is_joiner(c))
        {
            return None;
        }
        let prefix = &t[..p];
        let code = self
            .ix
            .by_first
            .get(&prefix.to_lowercase())?
            .iter()
            .find_map(|&id| {
                let e = &self.ix.entries[id];
                match e.what {
                    What::Symbol(c) if e.atoms.len() == 1 && e.atoms[0] == prefix => Some(c),
                    _ => None,
                }
            })?;
        let (end, dec) = match lex_digits(self.doc.text, a.start + p, self.doc.body.end, self.ix) {
            Lexed::Num { end, dec } => (end, dec),
            Lexed::Bad { .. } | Lexed::List { .. } => return None,
        };
        if end < a.end || self.char_at(end).is_some_and(|c| c.is_alphanumeric()) {
            return None;
        }
        let next = self.atom_after(i, end);
        let mut fig = Fig::new(i, next, a.start, end, dec);
        fig.currency = Some(code);
        self.scale_words_after(&mut fig);
        self.finish(fig);
        Some(self.floor)
    }

    /// "22,24,26": each number of a comma-separated list, when a comma is no decimal mark.
    fn list(&mut self, i: usize, start: usize, end: usize, negative: bool) -> usize {
        let after = self.atom_after(i, end);
        if negative || self.glued_after(end) {
            return after;
        }
        let mut from = start;
        for (at, c) in self.doc.text[start..end]
            .char_indices()
            .map(|(k, c)| (start + k, c))
            .chain(std::iter::once((end, ',')))
        {
            if c == ',' {
                if let Ok(v) = self.doc.text[from..at].parse::<u64>() {
                    let claim = self.doc.claim(
                        ClaimKind::Number,
                        Span::new(from, at),
                        Value::Number(v as f64),
                    );
                    self.out.push(claim);
                }
                from = at + 1;
            }
        }
        self.floor = after;
        after
    }

    /// Hundredths after an amount and its currency: "3 dollars 50 cents", "thirteen dollars and
    /// forty-five cents", "2 euros 50." (two digits, nothing after them).
    fn cents(&mut self, first: usize, k: usize, amount: Dec) -> Option<(Dec, usize)> {
        let connector = self
            .lookup(k, |w| w == What::Connector)
            .map_or(0, |(_, n)| n);
        let range = self.word_in(first.checked_sub(1), &self.ix.range_words);
        let j = k + connector;
        let (v, after, plain) = if j < self.atoms.len()
            && self.atoms[j].kind == AtomKind::Digits
            && self.text(j).bytes().all(|b| b.is_ascii_digit())
        {
            let t = self.text(j);
            (t.parse::<u128>().ok()?, j + 1, t.len() == 2)
        } else {
            let (after, st) = self.parse_words_until(j, usize::MAX)?;
            if st.ordinal || st.article_first {
                return None;
            }
            (st.value()?, after, st.value()? >= 10)
        };
        if v >= 100 {
            return None;
        }
        if let Some((_, n)) = self.lookup(after, |w| w == What::Subunit) {
            return Some((amount.add_hundredths(v)?, after + n));
        }
        let ends = after >= self.atoms.len()
            || (self.atoms[after].kind == AtomKind::Punct
                && self
                    .lookup(after, |w| matches!(w, What::Symbol(_)))
                    .is_none());
        // Without a subunit word, only at the end of the amount: "15 dollars and 50."
        (plain && ends && !(connector > 0 && range))
            .then(|| amount.add_hundredths(v).map(|d| (d, after)))
            .flatten()
    }

    /// Whether atom `k` is digits glued to the atom before it.
    fn glued_to_digits(&self, k: usize) -> bool {
        k > 0
            && k < self.atoms.len()
            && self.atoms[k].kind == AtomKind::Digits
            && self.atoms[k - 1].end == self.atoms[k].start
    }

    /// Whether punctuation atom `k` has a letter or digit glued after it ("%2D" in a URL).
    fn glued_to_word(&self, k: usize) -> bool {
        self.atoms[k].kind == AtomKind::Punct
            && self
                .char_at(self.atoms[k].end)
                .is_some_and(|c| c.is_alphanumeric())
    }

    fn atom_after(&self, i: usize, end: usize) -> usize {
        let mut k = i;
        while k < self.atoms.len() && self.atoms[k].start < end {
            k += 1;
        }
        k
    }

    fn glued_suffix(&self, suffix: &str) -> Option<What> {
        let lower = suffix.to_lowercase();
        let list = self.ix.by_first.get(&lower)?;
        list.iter()
            .map(|&id| &self.ix.entries[id])
            .find(|e| {
                e.atoms.len() == 1
                    && matches!(
                        e.what,
                        What::OrdinalSuffix
                            | What::Scale(_)
                            | What::MoneyScale(_)
                            | What::Symbol(_)
                    )
                    && (!e.exact_case || e.atoms[0] == suffix)
            })
            .map(|e| e.what)
    }

    /// "1,5 milliard", "3 millions", "300 M€", "2 bn".
    fn scale_words_after(&mut self, fig: &mut Fig) {
        let found = self.lookup(fig.next, |w| {
            matches!(
                w,
                What::Multiplier { digits: true, .. }
                    | What::Approximate(_)
                    | What::Scale(_)
                    | What::MoneyScale(_)
            )
        });
        let Some((w, n)) = found else { return };
        let v = match w {
            What::Multiplier { value, .. }
            | What::Approximate(value)
            | What::Scale(value)
            | What::MoneyScale(value) => value,
            _ => return,
        };
        let Some(scaled) = fig.value.scale(v) else {
            return;
        };
        if matches!(w, What::MoneyScale(_) | What::Scale(_)) {
            if matches!(w, What::MoneyScale(_)) {
                fig.money_scale = Some((fig.value, fig.end, fig.next));
            }
            fig.unit = v;
        }
        fig.approx = matches!(w, What::Approximate(_));
        fig.value = scaled;
        fig.scaled = true;
        if v >= 1000 {
            fig.unit = v;
        }
        fig.next += n;
        fig.end = self.atoms[fig.next - 1].end;
        // "3 hundred and 21"
        if let What::Multiplier { value: 100, .. } = w
            && fig.value.e >= 0
            && let Some((_, c)) = self.lookup(fig.next, |w| w == What::Connector)
            && let Some(a) = self.atoms.get(fig.next + c).copied()
            && a.kind == AtomKind::Digits
            && a.end - a.start <= 2
            && !self.glued_after(a.end)
            && let Ok(units) = self.text(fig.next + c).parse::<u128>()
            && let Some(m) = fig.value.to_i64().and_then(|v| u128::try_from(v).ok())
        {
            fig.value = Dec::int(m + units);
            fig.next += c + 1;
            fig.end = a.end;
        }
    }

    /// The element of the number-word grammar at atom `k`.
    fn element(&mut self, k: usize) -> Option<(What, usize)> {
        self.lookup(k, What::is_numeral_part)
    }

    /// Parses number words from atom `i`: the atom after the longest numeral and the grammar
    /// state there, or `None` when no numeral starts at `i`.
    fn parse_words(&mut self, i: usize) -> Option<(usize, Words)> {
        let found = self.parse_words_until(i, usize::MAX)?;
        // "cinq milliards et trois quarts" is 5.75 billions, not a 5000000003rd quarter: a
        // proper fraction after a connector takes the connector for itself ("a hundred and
        // thirty fifths" stays 130 fifths).
        if let Some(c) = found.1.connector_at
            && !found.1.ordinal
            && self.denominator(found.0).is_some()
            && let Some((_, n)) = self.lookup(c, |w| w == What::Connector)
            && self.fraction_at(c + n, true).is_some_and(|(v, _)| v < 1.0)
        {
            return self.parse_words_until(i, c);
        }
        Some(found)
    }

    fn parse_words_until(&mut self, i: usize, limit: usize) -> Option<(usize, Words)> {
        let mut st = Words::default();
        let mut k = i;
        let mut best = None;
        loop {
            // "fifty - two": a spaced hyphen between a tens word and a unit.
            if st.last == Last::Add
                && st.last_add >= 20
                && st.last_add.is_multiple_of(10)
                && k + 1 < limit
                && self.spaced_hyphen(k)
                && let Some((What::Number { value, .. }, n)) = self.element(k + 1)
                && value < 10
            {
                let mut s2 = st;
                if s2.apply(What::Number {
                    value,
                    article: false,
                }) {
                    st = s2;
                    k += 1 + n;
                    best = Some((k, st));
                    continue;
                }
            }
            if k >= limit {
                break;
            }
            let Some((w, n)) = self.element(k) else { break };
            let mut s2 = st;
            if w == What::Connector {
                s2.connector_at = Some(k);
                if !st.connectable() {
                    break;
                }
                let Some((w2, n2)) = self.element(k + n) else {
                    break;
                };
                // After a tens word a connector joins only some units ("vingt et un").
                let unit = match w2 {
                    What::Number { value, .. } | What::Ordinal(value) => Some(value),
                    _ => None,
                };
                if st.last == Last::Add
                    && !unit.is_some_and(|v| self.ix.connector_units.contains(&v))
                {
                    break;
                }
                if !s2.apply(w2) {
                    break;
                }
                k += n + n2;
            } else {
                if !s2.apply(w) {
                    break;
                }
                k += n;
            }
            st = s2;
            best = Some((k, st));
            if st.ordinal {
                break;
            }
        }
        best
    }

    /// A denominator at atom `k`: its value, its length in atoms, and whether it can only be
    /// a fraction ("quarts", "thirds") rather than maybe an ordinal ("cinquième").
    fn denominator(&mut self, k: usize) -> Option<(u64, usize, bool)> {
        if let Some(d) = self.plural_ordinal(k).filter(|&d| d >= 3) {
            return Some((d, 1, true));
        }
        match self.element(k)? {
            (What::Fraction(d), n) => return Some((d, n, true)),
            // "a hundredth", "un millième": too big to be an ordinal after an article.
            (What::Ordinal(d), n) if d >= 3 => return Some((d, n, d >= 100)),
            _ => {}
        }
        // A compound: "twenty-fifth", "vingt et unième", "one hundred fifth", "twenty-firsts".
        let (after, st) = self.parse_words_until(k, usize::MAX)?;
        if st.article_first {
            return None;
        }
        if st.ordinal {
            let d = u64::try_from(st.value()?).ok()?;
            return (d >= 3).then_some((d, after - k, d >= 100));
        }
        let p = self.plural_ordinal(after)?;
        let mut st2 = st;
        if !st2.apply(What::Ordinal(p)) {
            return None;
        }
        let d = u64::try_from(st2.value()?).ok()?;
        Some((d, after + 1 - k, true))
    }

    /// Whether the text ends at atom `k`: no atom, or punctuation other than a symbol.
    fn ends_at(&mut self, k: usize) -> bool {
        k >= self.atoms.len()
            || (self.atoms[k].kind == AtomKind::Punct
                && self.lookup(k, |w| matches!(w, What::Symbol(_))).is_none())
    }

    /// A fraction from atom `k` ("trois quarts", "a half", "one fifth", "un cinquième des
    /// voix"); after a connector the count may be missing ("et demi"). Returns its value and
    /// the atom after it.
    fn fraction_at(&mut self, k: usize, after_connector: bool) -> Option<(f64, usize)> {
        let parsed = self.parse_words(k);
        let (ck, count, lone_article) = match parsed {
            Some((ck, st)) if !st.ordinal => (
                ck,
                st.value()?,
                st.last == Last::Article || (st.elements == 1 && st.article_first),
            ),
            None if after_connector => (k, 1, true),
            _ => return None,
        };
        // "one hundred thirty-fifths": a tens word hyphen-joined to the denominator is its own.
        if parsed.is_some()
            && ck > k + 1
            && self.hyphen_joined(ck)
            && let Some((ck2, st2)) = self.parse_words_until(k, ck - 1)
            && ck2 == ck - 1
            && !st2.ordinal
            && let Some((den, n, _)) = self.denominator(ck2)
            && ck2 + n > ck
            && !self.hyphen_joined(ck2 + n)
            && let Some(c) = st2.value()
            && c > 0
        {
            return Some((c as f64 / den as f64, ck2 + n));
        }
        let (den, n, sure) = self.denominator(ck)?;
        if (parsed.is_none() && !sure) || count == 0 || self.hyphen_joined(ck + n) {
            return None;
        }
        // "un cinquième mandat" is an ordinal, "un cinquième des voix" a fraction. At the end
        // of a clause a simple ordinal stays a rank ("wounded a third."), a compound one after
        // an article is a fraction ("un vingt-cinquième.").
        let marker = self.lookup(ck + n, |w| w == What::FractionMarker).is_some();
        let compound_end = n > 1 && self.ends_at(ck + n);
        if !(sure || !lone_article || marker || after_connector || compound_end) {
            return None;
        }
        Some((count as f64 / den as f64, ck + n))
    }

    /// "un million et demi", "one and a half", "3 millions et demi", "five and a half million":
    /// a fraction of the last scale word, or of one.
    fn fraction_tail(&mut self, fig: &mut Fig) {
        let Some((_, n)) = self.lookup(fig.next, |w| w == What::Connector) else {
            return;
        };
        let Some((part, next)) = self.fraction_at(fig.next + n, true) else {
            return;
        };
        let Some(base) = fig.fraction.or_else(|| fig.value.to_f64()) else {
            return;
        };
        let mut total = base + part * fig.unit as f64;
        fig.next = next;
        if let Some((What::Multiplier { value, .. }, m)) = self.lookup(
            next,
            |w| matches!(w, What::Multiplier { value, .. } if value >= 1000),
        ) {
            if fig.unit == 1 {
                // "five and a half million"
                total *= value as f64;
                fig.unit = value;
                fig.scaled = true;
                fig.next += m;
            } else if value < fig.unit {
                // "one billion and a quarter million": a fraction of the smaller scale.
                total = base + part * value as f64;
                fig.next += m;
            }
        }
        fig.end = self.atoms[fig.next - 1].end;
        fig.fraction = Some(total);
    }

    /// A numeral written in words at atom `i`.
    fn at_words(&mut self, i: usize) -> Option<usize> {
        let a = self.atoms[i];
        let mut chars = self.doc.text[a.start..a.end].chars();
        if let (Some(v), None) = (chars.next().and_then(vulgar), chars.next()) {
            let mut fig = Fig::new(i, i + 1, a.start, a.end, Dec::int(0));
            fig.fraction = Some(v);
            self.finish(fig);
            return Some(self.floor);
        }
        let (w0, _) = self.element(i)?;
        if matches!(w0, What::Connector) {
            return None;
        }
        // "half a million", "half a dozen"
        if let (What::Fraction(den), n) = self.element(i)?
            && let Some((What::Article | What::Number { article: true, .. }, m)) =
                self.element(i + n)
            && let Some((What::Multiplier { value, .. }, q)) = self.element(i + n + m)
        {
            let next = i + n + m + q;
            let mut fig = Fig::new(
                i,
                next,
                self.atoms[i].start,
                self.atoms[next - 1].end,
                Dec::int(0),
            );
            fig.fraction = Some(value as f64 / den as f64);
            fig.scaled = value >= 1000;
            fig.unit = value;
            self.finish(fig);
            return Some(self.floor);
        }
        // "quarter million", "half million": a fraction word alone before a scale word.
        let bare = match self.element(i)? {
            (What::Fraction(den), n) => Some((1.0 / den as f64, i + n))
                .filter(|&(_, next)| self.big_multiplier(next, false).is_some()),
            _ => None,
        };
        if let Some((v, next)) = bare.or_else(|| self.fraction_at(i, false)) {
            // "a quarter million", "three quarters billion", "two thirds of a million"
            let (v, next, unit) = match self.big_multiplier(next, true) {
                Some((value, q)) => (v * value as f64, q, value),
                _ => (v, next, 1),
            };
            let mut fig = Fig::new(
                i,
                next,
                self.atoms[i].start,
                self.atoms[next - 1].end,
                Dec::int(0),
            );
            fig.fraction = Some(v);
            fig.scaled = unit >= 1000;
            fig.unit = unit;
            self.finish(fig);
            return Some(self.floor);
        }
        let (end_k, st) = self.parse_words(i)?;
        let value = st.value()?;
        let mut fig = Fig::new(
            i,
            end_k,
            self.atoms[i].start,
            self.atoms[end_k - 1].end,
            Dec::int(value),
        );
        fig.ordinal = st.ordinal;
        fig.approx = st.approx;
        if let Last::Scale(v) = st.last {
            fig.scaled = true;
            fig.unit = v;
        }
        if !fig.ordinal && st.last != Last::Article {
            self.fraction_tail(&mut fig);
            self.ratio_tail(&mut fig);
        }
        // "five point five", "deux cent virgule trois"
        let mut spoken = false;
        if !fig.ordinal
            && !st.approx
            && fig.fraction.is_none()
            && st.last != Last::Article
            && !matches!(st.last, Last::Scale(_))
            && let Some((_, n)) = self.lookup(end_k, |w| w == What::DecimalWord)
            && let Some((digits, len, after)) = self.spoken_digits(end_k + n)
            && let Some(m) = 10u128
                .checked_pow(len)
                .and_then(|p| value.checked_mul(p))
                .and_then(|v| v.checked_add(digits))
        {
            fig.value = Dec {
                m,
                e: -(len as i32),
            };
            fig.next = after;
            fig.end = self.atoms[after - 1].end;
            spoken = true;
            self.scale_words_after(&mut fig);
        }
        let lone = st.elements == 1 && fig.fraction.is_none() && !spoken;
        if st.last == Last::Article || (lone && st.article_first) {
            return None;
        }
        if lone && !self.context_allows(i, end_k) {
            return None;
        }
        if st.approx {
            // "une centaine de", never "une quarantaine" (quarantine) on its own.
            let linked = self.lookup(end_k, |w| w == What::Link).is_some()
                || self
                    .lookup(end_k, |w| {
                        matches!(w, What::CurrencyWord(_) | What::Symbol(_))
                    })
                    .is_some();
            if st.article_first && !linked {
                return None;
            }
            fig.scaled = true;
        }
        if fig.ordinal && st.article_first && st.elements == 2 && value >= 100 {
            // "a hundredth", "un millième": a fraction, not a rank.
            fig.ordinal = false;
            fig.fraction = Some(1.0 / value as f64);
        }
        if fig.ordinal && st.article_first && st.elements == 2 {
            // "a hundredth": the article is not part of the ordinal.
            fig.first = i + 1;
            fig.start = self.atoms[i + 1].start;
        }
        self.finish(fig);
        Some(self.floor)
    }

    /// The digits after a spoken decimal mark: digit words one by one ("nought four"), or one
    /// number below a hundred read as its digits ("point eleven", "virgule cinquante-deux").
    /// Returns them as an integer, their count and the atom after them.
    fn spoken_digits(&mut self, k: usize) -> Option<(u128, u32, usize)> {
        let (mut m, mut len, mut j) = (0u128, 0u32, k);
        while len < 18
            && let Some((What::Number { value, .. }, n)) = self.element(j)
            && value < 10
        {
            m = m * 10 + u128::from(value);
            len += 1;
            j += n;
        }
        if len == 0
            && let Some((after, st)) = self.parse_words_until(j, usize::MAX)
            && !st.ordinal
            && let Some(v) = st.value()
            && (10..100).contains(&v)
        {
            return Some((v, 2, after));
        }
        (len > 0).then_some((m, len, j))
    }

    /// A scale word of a thousand or more at atom `k` ("million"), or with `of` after a
    /// fraction marker and an article ("of a million", "d'un million"): its value and the atom
    /// after it.
    fn big_multiplier(&mut self, k: usize, of: bool) -> Option<(u64, usize)> {
        let big = |w| matches!(w, What::Multiplier { value, .. } if value >= 1000);
        if let Some((What::Multiplier { value, .. }, q)) = self.lookup(k, big) {
            return Some((value, k + q));
        }
        if !of {
            return None;
        }
        let (_, m) = self.lookup(k, |w| w == What::FractionMarker)?;
        let (_, a) = self.lookup(k + m, |w| {
            matches!(w, What::Article | What::Number { article: true, .. })
        })?;
        match self.lookup(k + m + a, big)? {
            (What::Multiplier { value, .. }, q) => Some((value, k + m + a + q)),
            _ => None,
        }
    }

    /// Whether atom `k` is a hyphen standing alone between spaces ("fifty - two").
    fn spaced_hyphen(&self, k: usize) -> bool {
        k > 0
            && k + 1 < self.atoms.len()
            && self.atoms[k].kind == AtomKind::Punct
            && is_hyphen(self.char_at(self.atoms[k].start).unwrap_or(' '))
            && self.atoms[k - 1].end < self.atoms[k].start
            && self.atoms[k].end < self.atoms[k + 1].start
    }

    /// Whether atom `k` is a word joined by a hyphen to the atom before ("demi-finale").
    fn hyphen_joined(&self, k: usize) -> bool {
        k > 0 && k < self.atoms.len() && self.atoms[k].kind == AtomKind::Word && {
            let mut between = self.doc.text[self.atoms[k - 1].end..self.atoms[k].start].chars();
            matches!((between.next(), between.next()), (Some(c), None) if is_hyphen(c))
        }
    }

    /// A plural ordinal word used as a denominator ("cinquièmes", "thirds").
    fn plural_ordinal(&mut self, k: usize) -> Option<u64> {
        if k >= self.atoms.len() || self.atoms[k].kind != AtomKind::Word {
            return None;
        }
        let word = self.text(k).to_lowercase();
        let ix = self.ix;
        ix.plural_suffixes.iter().find_map(|suf| {
            let stem = word.strip_suffix(suf.as_str())?;
            ix.by_first.get(stem)?.iter().find_map(|&id| {
                let e = &ix.entries[id];
                match e.what {
                    What::Ordinal(v) if e.atoms.len() == 1 => Some(v),
                    _ => None,
                }
            })
        })
    }

    /// Whether the lone number word at atom `i` is a figure where it stands.
    fn context_allows(&mut self, i: usize, end: usize) -> bool {
        self.buf.clear();
        let a = self.atoms[i];
        self.buf.extend(
            self.doc.text[a.start..a.end]
                .chars()
                .flat_map(char::to_lowercase),
        );
        let Some(c) = self.ix.context.get(self.buf.as_str()) else {
            return true;
        };
        let prev = i.checked_sub(1);
        if self.word_in(prev, &c.not_after) || self.word_in(Some(end), &c.not_before) {
            return false;
        }
        c.only_after.is_empty() || self.word_in(prev, &c.only_after)
    }

    /// Reads what is around a numeral and emits its claim.
    fn finish(&mut self, mut fig: Fig) {
        let floor = self.floor;
        let mut kind = if fig.ordinal {
            ClaimKind::Ordinal
        } else {
            ClaimKind::Number
        };
        let mut currency: Option<usize> = None;
        let mut first = fig.first;
        let mut next = fig.next;
        let mut end = fig.end;
        if !fig.ordinal {
            if !fig.scaled {
                if let Some((_, n)) = self.lookup(next, |w| w == What::PercentPoints) {
                    // Percentage points are a difference of percentages, not one.
                    self.floor = next + n;
                    self.emit(fig, ClaimKind::Number, None, fig.first, fig.end, floor);
                    return;
                }
                if let Some((_, n)) = self.lookup(next, |w| w == What::Percent)
                    && !self.glued_to_word(next + n - 1)
                {
                    kind = ClaimKind::Percent;
                    next += n;
                    end = self.atoms[next - 1].end;
                }
            }
            if kind == ClaimKind::Number {
                if let Some(code) = fig.currency {
                    currency = Some(code);
                    kind = ClaimKind::Money;
                } else if let Some((What::Symbol(code), at)) =
                    // A symbol before the amount wins: in "$5 $6" the second "$" is the next one's.
                    self.lookup_before(fig.first, floor, |w| {
                            matches!(w, What::Symbol(_))
                        })
                {
                    currency = Some(code);
                    kind = ClaimKind::Money;
                    first = at;
                } else {
                    let mut c = next;
                    if fig.scaled
                        && let Some((_, n)) = self.lookup(c, |w| w == What::Link)
                    {
                        c += n;
                    }
                    let scaled = fig.unit >= 1000;
                    if let Some((w, n)) = self.lookup(c, |w| {
                        matches!(w, What::Symbol(_) | What::CurrencyWord(_))
                            || (scaled && matches!(w, What::ScaledCurrencyWord(_)))
                    }) && !self.glued_to_digits(c + n)
                    {
                        if let What::Symbol(code)
                        | What::CurrencyWord(code)
                        | What::ScaledCurrencyWord(code) = w
                        {
                            currency = Some(code);
                        }
                        kind = ClaimKind::Money;
                        next = c + n;
                        end = self.atoms[next - 1].end;
                        // "75 USD million": a scale word after a code.
                        if !fig.scaled
                            && matches!(w, What::Symbol(_))
                            && let Some((What::Multiplier { value, .. }, m)) =
                                self.lookup(next, |w| {
                                    matches!(w, What::Multiplier { value, digits: true, .. } if value >= 1000)
                                })
                            && let Some(v) = fig.value.scale(value)
                        {
                            fig.value = v;
                            fig.scaled = true;
                            fig.fraction = fig.fraction.map(|f| f * value as f64);
                            next += m;
                            end = self.atoms[next - 1].end;
                        }
                        if fig.fraction.is_none()
                            && matches!(w, What::CurrencyWord(_) | What::Symbol(_))
                            && let Some((value, after)) = self.cents(first, next, fig.value)
                        {
                            fig.value = value;
                            next = after;
                            end = self.atoms[next - 1].end;
                        }
                    }
                }
            }
            // "120 MEUR", "MAUD 60": a code that carries a scale.
            if let Some(&(_, scale)) = currency.and_then(|c| self.ix.codes.get(c))
                && scale > 1
                && !fig.scaled
                && let Some(v) = fig.value.scale(scale)
            {
                fig.value = v;
                fig.fraction = fig.fraction.map(|f| f * scale as f64);
            }
            if kind != ClaimKind::Money
                && let Some((value, e, n)) = fig.money_scale
            {
                // "5 M" without a currency: M is not a million here.
                if e == usize::MAX {
                    self.floor = n;
                    return;
                }
                fig.value = value;
                end = e;
                next = n;
                fig.end = e;
            }
            if kind == ClaimKind::Number
                && !fig.scaled
                && let Some((_, n)) = self.lookup(next, |w| w == What::Time)
            {
                // "14 h 30": the minutes go with the hour.
                let after = next + n;
                let minutes =
                    after < self.atoms.len() && self.atoms[after].kind == AtomKind::Digits;
                self.floor = after + usize::from(minutes);
                return;
            }
        }
        self.floor = next;
        let start = if first < fig.first {
            self.atoms[first].start
        } else {
            fig.start
        };
        fig.start = start;
        self.emit(fig, kind, currency, first, end, floor);
    }

    fn emit(
        &mut self,
        fig: Fig,
        kind: ClaimKind,
        currency: Option<usize>,
        first: usize,
        end: usize,
        floor: usize,
    ) {
        let sign = if fig.negative { -1.0 } else { 1.0 };
        let value = match kind {
            ClaimKind::Ordinal => match fig.value.to_i64() {
                Some(v) => Value::Ordinal(v),
                None => return,
            },
            _ => {
                let Some(v) = fig.fraction.or_else(|| fig.value.to_f64()) else {
                    return;
                };
                let v = sign * v;
                match kind {
                    ClaimKind::Percent => Value::Percent(v),
                    ClaimKind::Money => Value::Money {
                        amount: v,
                        currency: currency
                            .and_then(|c| self.ix.codes.get(c))
                            .map(|c| c.0.clone())
                            .unwrap_or_default(),
                    },
                    _ => Value::Number(v),
                }
            }
        };
        let is_qualifier = |w| matches!(w, What::Qualifier(_));
        let mut qualifier = self.lookup_before(first, floor, is_qualifier);
        let mut start = fig.start;
        let mut value = value;
        if qualifier.is_none()
            && !fig.negative
            && kind != ClaimKind::Ordinal
            && let Some((_, at)) = self.lookup_before(first, floor, |w| w == What::Negative)
        {
            // "minus five", "moins 5" — but "au moins 5" is a bound, found above.
            start = self.atoms[at].start;
            value = match value {
                Value::Number(v) => Value::Number(-v),
                Value::Percent(v) => Value::Percent(-v),
                Value::Money { amount, currency } => Value::Money {
                    amount: -amount,
                    currency,
                },
                v => v,
            };
            qualifier = self.lookup_before(at, floor, is_qualifier);
        }
        let qualifier = match qualifier {
            Some((What::Qualifier(q), _)) => Some(q),
            _ if fig.approx => Some(Qualifier::Approx),
            _ => None,
        };
        let mut claim = self.doc.claim(kind, Span::new(start, end), value);
        claim.qualifier = qualifier;
        self.out.push(claim);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::knowledge::lang::Languages;

    type Found = (ClaimKind, String, Value, Option<Qualifier>);

    fn run(lang: &str, text: &str) -> Vec<Found> {
        let langs = Languages::embedded().unwrap();
        let l = langs.get(lang).unwrap();
        let doc = Doc::new(0, text, Span::new(0, text.len()), l, None);
        extract(&doc)
            .into_iter()
            .map(|c| {
                assert_eq!(&text[c.span.start..c.span.end], c.text);
                (c.kind, c.text, c.value, c.qualifier)
            })
            .collect()
    }

    use ClaimKind::{Money, Number, Ordinal, Percent};
    use Qualifier::{Approx, AtLeast, AtMost, LessThan, MoreThan};

    fn n(v: f64) -> Value {
        Value::Number(v)
    }
    fn pc(v: f64) -> Value {
        Value::Percent(v)
    }
    fn ord(v: i64) -> Value {
        Value::Ordinal(v)
    }
    fn money(amount: f64, currency: &str) -> Value {
        Value::Money {
            amount,
            currency: currency.to_string(),
        }
    }

    /// Asserts the figures of `text`, in order: kind, exact span text, value, no qualifier.
    fn check(lang: &str, text: &str, want: &[(ClaimKind, &str, Value)]) {
        let got = run(lang, text);
        let got: Vec<(ClaimKind, &str, Value)> = got
            .iter()
            .map(|(k, t, v, q)| {
                assert_eq!(*q, None, "unexpected qualifier on {t:?} in {text:?}");
                (*k, t.as_str(), v.clone())
            })
            .collect();
        assert_eq!(got, want, "in {text:?}");
    }

    /// Asserts the single figure of `text`, with its qualifier.
    fn check_q(lang: &str, text: &str, kind: ClaimKind, span: &str, value: Value, q: Qualifier) {
        let got = run(lang, text);
        assert_eq!(
            got,
            vec![(kind, span.to_string(), value, Some(q))],
            "in {text:?}"
        );
    }

    fn none(lang: &str, text: &str) {
        assert_eq!(run(lang, text), vec![], "in {text:?}");
    }

    // ---- French: numbers

    #[test]
    fn fr_digit_formats() {
        check(
            "fr",
            "Le taux passe à 1,5 puis 1.5 ; on compte 1 500, 1\u{a0}500, 1\u{202f}500 et 1.500 visiteurs.",
            &[
                (Number, "1,5", n(1.5)),
                (Number, "1.5", n(1.5)),
                (Number, "1 500", n(1500.0)),
                (Number, "1\u{a0}500", n(1500.0)),
                (Number, "1\u{202f}500", n(1500.0)),
                (Number, "1.500", n(1500.0)),
            ],
        );
        check(
            "fr",
            "Il y a 2 500 000 habitants, 1 234,56 kilomètres et 1.234.567 votants.",
            &[
                (Number, "2 500 000", n(2_500_000.0)),
                (Number, "1 234,56", n(1234.56)),
                (Number, "1.234.567", n(1_234_567.0)),
            ],
        );
    }

    #[test]
    fn fr_space_groups_need_three_digits() {
        // A year followed by a count is two numbers, not one.
        check(
            "fr",
            "En 2018 15 personnes sont venues, puis 12 345 autres.",
            &[
                (Number, "2018", n(2018.0)),
                (Number, "15", n(15.0)),
                (Number, "12 345", n(12345.0)),
            ],
        );
    }

    #[test]
    fn fr_number_words() {
        let cases: &[(&str, f64)] = &[
            ("un milliard", 1e9),
            ("deux cent mille", 200_000.0),
            ("trois millions", 3e6),
            ("dix-huit", 18.0),
            ("vingt et un", 21.0),
            ("vingt-et-un", 21.0),
            ("soixante-dix", 70.0),
            ("soixante et onze", 71.0),
            ("quatre-vingts", 80.0),
            ("quatre-vingt-dix", 90.0),
            ("quatre-vingt-dix-neuf", 99.0),
            ("mille deux cents", 1200.0),
            ("cent un", 101.0),
            ("deux millions trois cent mille", 2_300_000.0),
            ("mille milliards", 1e12),
        ];
        for &(words, v) in cases {
            let text = format!("Ils étaient {words} à manifester.");
            check("fr", &text, &[(Number, words, n(v))]);
        }
    }

    #[test]
    fn fr_scale_words_after_digits() {
        check(
            "fr",
            "Il faut 1,5 milliard, puis 3 millions, 2,25 milliards et 1 billion ; 10k abonnés.",
            &[
                (Number, "1,5 milliard", n(1_500_000_000.0)),
                (Number, "3 millions", n(3e6)),
                (Number, "2,25 milliards", n(2_250_000_000.0)),
                (Number, "1 billion", n(1e12)),
                (Number, "10k", n(10_000.0)),
            ],
        );
    }

    #[test]
    fn fr_negative_numbers() {
        check(
            "fr",
            "Il fait -5 degrés, puis −3,5 (et -12).",
            &[
                (Number, "-5", n(-5.0)),
                (Number, "−3,5", n(-3.5)),
                (Number, "-12", n(-12.0)),
            ],
        );
    }

    #[test]
    fn fr_qualifiers_stay_outside_the_span() {
        check_q(
            "fr",
            "Environ 300 personnes.",
            Number,
            "300",
            n(300.0),
            Approx,
        );
        check_q(
            "fr",
            "Il a réuni près de 2 000 personnes.",
            Number,
            "2 000",
            n(2000.0),
            Approx,
        );
        check_q(
            "fr",
            "Plus d'un million de visiteurs.",
            Number,
            "un million",
            n(1e6),
            MoreThan,
        );
        check_q("fr", "Au moins dix morts.", Number, "dix", n(10.0), AtLeast);
        check_q(
            "fr",
            "Moins de 5 % des voix.",
            Percent,
            "5 %",
            pc(5.0),
            LessThan,
        );
        check_q(
            "fr",
            "Jusqu'à 3 millions d'euros.",
            Money,
            "3 millions d'euros",
            money(3e6, "EUR"),
            AtMost,
        );
        check_q(
            "fr",
            "Une centaine de manifestants.",
            Number,
            "Une centaine",
            n(100.0),
            Approx,
        );
    }

    // ---- French: money

    #[test]
    fn fr_money() {
        check(
            "fr",
            "Un prêt de 1,5 milliard de dollars, puis 300 millions de dollars et 1,5 Md$.",
            &[
                (Money, "1,5 milliard de dollars", money(1.5e9, "USD")),
                (Money, "300 millions de dollars", money(3e8, "USD")),
                (Money, "1,5 Md$", money(1.5e9, "USD")),
            ],
        );
        check(
            "fr",
            "Le café coûte 3€ ou 3 €, le livre 50 euros, la taxe 10 000 tenge et 2 millions de roubles.",
            &[
                (Money, "3€", money(3.0, "EUR")),
                (Money, "3 €", money(3.0, "EUR")),
                (Money, "50 euros", money(50.0, "EUR")),
                (Money, "10 000 tenge", money(10_000.0, "KZT")),
                (Money, "2 millions de roubles", money(2e6, "RUB")),
            ],
        );
        check(
            "fr",
            "Soit 5 $US, USD 300 millions, 300 M€, un milliard d'euros et 1 dollar.",
            &[
                (Money, "5 $US", money(5.0, "USD")),
                (Money, "USD 300 millions", money(3e8, "USD")),
                (Money, "300 M€", money(3e8, "EUR")),
                (Money, "un milliard d'euros", money(1e9, "EUR")),
                (Money, "1 dollar", money(1.0, "USD")),
            ],
        );
    }

    #[test]
    fn fr_money_abbreviation_needs_a_currency() {
        // "M" is a million only in an amount; alone it is just a letter after a number.
        check("fr", "Il a couru 5 M au total.", &[(Number, "5", n(5.0))]);
    }

    // ---- French: percentages

    #[test]
    fn fr_percentages() {
        check(
            "fr",
            "Il a obtenu 10%, 10 %, 80\u{a0}%, 3,5 %, dix pour cent et 10 pour cent.",
            &[
                (Percent, "10%", pc(10.0)),
                (Percent, "10 %", pc(10.0)),
                (Percent, "80\u{a0}%", pc(80.0)),
                (Percent, "3,5 %", pc(3.5)),
                (Percent, "dix pour cent", pc(10.0)),
                (Percent, "10 pour cent", pc(10.0)),
            ],
        );
    }

    #[test]
    fn fr_percentage_points_are_not_percentages() {
        check(
            "fr",
            "Le chômage a baissé de 2 points de pourcentage.",
            &[(Number, "2", n(2.0))],
        );
        check("fr", "C'est pour cent raisons.", &[]);
    }

    // ---- French: ordinals

    #[test]
    fn fr_ordinals() {
        check(
            "fr",
            "Le 10e, le 10ème, le 10eme, le 1er, la 1re, la 1ère, le 2nd, le 1ᵉʳ.",
            &[
                (Ordinal, "10e", ord(10)),
                (Ordinal, "10ème", ord(10)),
                (Ordinal, "10eme", ord(10)),
                (Ordinal, "1er", ord(1)),
                (Ordinal, "1re", ord(1)),
                (Ordinal, "1ère", ord(1)),
                (Ordinal, "2nd", ord(2)),
                (Ordinal, "1ᵉʳ", ord(1)),
            ],
        );
        check(
            "fr",
            "La dixième édition, le premier jour, la première fois, la vingt et unième, la centième.",
            &[
                (Ordinal, "dixième", ord(10)),
                (Ordinal, "premier", ord(1)),
                (Ordinal, "première", ord(1)),
                (Ordinal, "vingt et unième", ord(21)),
                (Ordinal, "centième", ord(100)),
            ],
        );
        check(
            "fr",
            "Un deuxième mandat, le second tour, la seconde guerre.",
            &[
                (Ordinal, "deuxième", ord(2)),
                (Ordinal, "second", ord(2)),
                (Ordinal, "seconde", ord(2)),
            ],
        );
    }

    #[test]
    fn fr_ambiguous_ordinal_words() {
        none("fr", "Le Premier ministre a attendu une seconde.");
        none("fr", "La première dame est venue.");
    }

    // ---- French: what is not a figure

    #[test]
    fn fr_articles_are_not_numbers() {
        none(
            "fr",
            "Un accord a été signé ; l'un d'eux est parti avec une valise.",
        );
        none(
            "fr",
            "Des milliers de personnes et des centaines de policiers, des millions d'euros.",
        );
        none(
            "fr",
            "Le pays est en quarantaine. Un bâtiment flambant neuf, rien de neuf.",
        );
        check(
            "fr",
            "Neuf personnes sont mortes.",
            &[(Number, "Neuf", n(9.0))],
        );
    }

    #[test]
    fn fr_identifiers_times_and_scores() {
        none(
            "fr",
            "Le format C5+1, le G20, la COVID-19, un F-16 et un A320.",
        );
        none("fr", "Rendez-vous à 14h30, ou à 14 h 30, ou à 1:32.");
        none(
            "fr",
            "Le score final est de 9-3, en 2018-2019, ouvert 24/7.",
        );
        none("fr", "Le 1/2/2020, la voie A1/3 et le 1/250e.");
        none("fr", "La version 1.2.3 du 16.01.2018.");
    }

    #[test]
    fn fr_fractions() {
        check(
            "fr",
            "Trois quarts des élus, un tiers des voix, un cinquième des sièges.",
            &[
                (Number, "Trois quarts", n(0.75)),
                (Number, "un tiers", n(1.0 / 3.0)),
                (Number, "un cinquième", n(0.2)),
            ],
        );
        none("fr", "Une demi-finale et un quart-monde.");
    }

    // ---- English: numbers

    #[test]
    fn en_digit_formats() {
        check(
            "en",
            "It rose 1.5 then 1,5; 1,500 and 1,500,000 came, 1,234.56 miles and 1\u{202f}500 more.",
            &[
                (Number, "1.5", n(1.5)),
                (Number, "1,5", n(1.5)),
                (Number, "1,500", n(1500.0)),
                (Number, "1,500,000", n(1_500_000.0)),
                (Number, "1,234.56", n(1234.56)),
                (Number, "1\u{202f}500", n(1500.0)),
            ],
        );
    }

    #[test]
    fn en_number_words() {
        let cases: &[(&str, f64)] = &[
            ("a dozen", 12.0),
            ("two dozen", 24.0),
            ("two hundred", 200.0),
            ("twenty-one", 21.0),
            ("twenty one", 21.0),
            ("ninety-nine", 99.0),
            ("a hundred and five", 105.0),
            ("one hundred thousand", 100_000.0),
            ("three million", 3e6),
            ("a billion", 1e9),
            ("seven", 7.0),
        ];
        for &(words, v) in cases {
            let text = format!("They counted {words} protesters.");
            check("en", &text, &[(Number, words, n(v))]);
        }
    }

    #[test]
    fn en_scales() {
        check(
            "en",
            "It cost 2 billion, then 1.5 million, 10k and 3tn.",
            &[
                (Number, "2 billion", n(2e9)),
                (Number, "1.5 million", n(1.5e6)),
                (Number, "10k", n(10_000.0)),
                (Number, "3tn", n(3e12)),
            ],
        );
    }

    #[test]
    fn en_negative_numbers() {
        check(
            "en",
            "It fell to -5 and -0.5.",
            &[(Number, "-5", n(-5.0)), (Number, "-0.5", n(-0.5))],
        );
        // Two hyphens are a dash, not a minus.
        check(
            "en",
            "He has 2,129 points--13 more than Buford.",
            &[(Number, "2,129", n(2129.0)), (Number, "13", n(13.0))],
        );
    }

    #[test]
    fn en_qualifiers() {
        check_q("en", "About 300 people.", Number, "300", n(300.0), Approx);
        check_q(
            "en",
            "It took nearly 40 days.",
            Number,
            "40",
            n(40.0),
            Approx,
        );
        check_q("en", "Around 5% of them.", Percent, "5%", pc(5.0), Approx);
        check_q(
            "en",
            "More than 1,000 died.",
            Number,
            "1,000",
            n(1000.0),
            MoreThan,
        );
        check_q("en", "Over 20 countries.", Number, "20", n(20.0), MoreThan);
        check_q(
            "en",
            "At least three people.",
            Number,
            "three",
            n(3.0),
            AtLeast,
        );
        check_q(
            "en",
            "Less than $5m was paid.",
            Money,
            "$5m",
            money(5e6, "USD"),
            LessThan,
        );
        check_q(
            "en",
            "Up to 10 percent.",
            Percent,
            "10 percent",
            pc(10.0),
            AtMost,
        );
    }

    // ---- English: money

    #[test]
    fn en_money() {
        check(
            "en",
            "A $1.5bn loan, USD 300 million, US$20, £5, ¥100 and €3.",
            &[
                (Money, "$1.5bn", money(1.5e9, "USD")),
                (Money, "USD 300 million", money(3e8, "USD")),
                (Money, "US$20", money(20.0, "USD")),
                (Money, "£5", money(5.0, "GBP")),
                (Money, "¥100", money(100.0, "JPY")),
                (Money, "€3", money(3.0, "EUR")),
            ],
        );
        check(
            "en",
            "It paid 300 dollars, 5 million euros, 1 dollar, 40,000 tenge and two billion roubles.",
            &[
                (Money, "300 dollars", money(300.0, "USD")),
                (Money, "5 million euros", money(5e6, "EUR")),
                (Money, "1 dollar", money(1.0, "USD")),
                (Money, "40,000 tenge", money(40_000.0, "KZT")),
                (Money, "two billion roubles", money(2e9, "RUB")),
            ],
        );
        check(
            "en",
            "Then $2.5 billion, 30 Canadian dollars.",
            &[
                (Money, "$2.5 billion", money(2.5e9, "USD")),
                (Money, "30 Canadian dollars", money(30.0, "CAD")),
            ],
        );
    }

    #[test]
    fn currency_prefixes_codes_and_finance_shorthands() {
        check(
            "en",
            "A c $ 2.1 million grant, nzd$40, then EUR250 and 90GBP; a 35 MEUR deal, MUSD 4.",
            &[
                (Money, "c $ 2.1 million", money(2.1e6, "CAD")),
                (Money, "nzd$40", money(40.0, "NZD")),
                (Money, "EUR250", money(250.0, "EUR")),
                (Money, "90GBP", money(90.0, "GBP")),
                (Money, "35 MEUR", money(35e6, "EUR")),
                (Money, "MUSD 4", money(4e6, "USD")),
            ],
        );
        check(
            "en",
            "They raised 40 USD million.",
            &[(Money, "40 USD million", money(4e7, "USD"))],
        );
        check(
            "fr",
            "Une charge de 2,5 millions de $ c, puis 8 $ hk et 3 mxn$.",
            &[
                (Money, "2,5 millions de $ c", money(2.5e6, "CAD")),
                (Money, "8 $ hk", money(8.0, "HKD")),
                (Money, "3 mxn$", money(3.0, "MXN")),
            ],
        );
        // An elided word after the symbol is no country letter.
        check(
            "fr",
            "Payer 5 $ c'est peu.",
            &[(Money, "5 $", money(5.0, "USD"))],
        );
        // Codes glued to other words or letters are identifiers.
        none("en", "Flight EUR2X and the XEUR250 index.");
    }

    #[test]
    fn hundredths_without_a_subunit_word() {
        check(
            "en",
            "It sold for twelve dollars sixty.",
            &[(Money, "twelve dollars sixty", money(12.6, "USD"))],
        );
        check(
            "en",
            "A ticket is 9 dollars and 25.",
            &[(Money, "9 dollars and 25", money(9.25, "USD"))],
        );
        check(
            "en",
            "The fare rose to 4 CHF 20.",
            &[(Money, "4 CHF 20", money(4.2, "CHF"))],
        );
        // A range is not an amount with hundredths.
        check(
            "en",
            "Prices between 5 dollars and 10.",
            &[
                (Money, "5 dollars", money(5.0, "USD")),
                (Number, "10", n(10.0)),
            ],
        );
        check(
            "fr",
            "Le prix varie entre 5 euros et 12.",
            &[
                (Money, "5 euros", money(5.0, "EUR")),
                (Number, "12", n(12.0)),
            ],
        );
    }

    #[test]
    fn compound_denominators() {
        check(
            "en",
            "One thirty-second of the budget, three sixty-fourths of it, a forty-first.",
            &[
                (Number, "One thirty-second", n(1.0 / 32.0)),
                (Number, "three sixty-fourths", n(3.0 / 64.0)),
                (Number, "a forty-first", n(1.0 / 41.0)),
            ],
        );
        check(
            "en",
            "Two hundred and fifty tenths, two hundred seventy-fifths.",
            &[
                (Number, "Two hundred and fifty tenths", n(25.0)),
                (Number, "two hundred seventy-fifths", n(200.0 / 75.0)),
            ],
        );
        check(
            "fr",
            "Il en reste un trente-deuxième. Une quarante et unième part.",
            &[
                (Number, "un trente-deuxième", n(1.0 / 32.0)),
                (Ordinal, "quarante et unième", ord(41)),
            ],
        );
        // A simple ordinal at the end of a clause stays a rank.
        check(
            "en",
            "Two were killed and a third, injured; he wounded a fifth.",
            &[
                (Number, "Two", n(2.0)),
                (Ordinal, "third", ord(3)),
                (Ordinal, "fifth", ord(5)),
            ],
        );
        // Ranks stay ranks: a noun after them, or a hyphenated compound.
        check(
            "en",
            "The three twentieth-century wars and a twenty-first season.",
            &[
                (Number, "three", n(3.0)),
                (Ordinal, "twentieth", ord(20)),
                (Ordinal, "twenty-first", ord(21)),
            ],
        );
    }

    #[test]
    fn spoken_decimals_and_spaced_hyphens() {
        check(
            "en",
            "It grew six point two five, then nought point nought seven, minus four point nine.",
            &[
                (Number, "six point two five", n(6.25)),
                (Number, "nought point nought seven", n(0.07)),
                (Number, "minus four point nine", n(-4.9)),
            ],
        );
        check(
            "en",
            "Sales hit three point five million; forty - six remained.",
            &[
                (Number, "three point five million", n(3.5e6)),
                (Number, "forty - six", n(46.0)),
            ],
        );
        check(
            "fr",
            "Un indice de trois virgule quatre, puis cent virgule vingt-cinq.",
            &[
                (Number, "trois virgule quatre", n(3.4)),
                (Number, "cent virgule vingt-cinq", n(100.25)),
            ],
        );
        // "point" as a noun, and "naught" as an idiom, are no figures.
        check("en", "The point is moot; it was all for naught.", &[]);
        check(
            "en",
            "Scores were two - one and twenty - 5.",
            &[
                (Number, "two", n(2.0)),
                (Number, "one", n(1.0)),
                (Number, "twenty", n(20.0)),
                (Number, "5", n(5.0)),
            ],
        );
    }

    #[test]
    fn slash_unicode_and_mixed_fractions() {
        check(
            "en",
            "Then 2/3 of voters, ¾ and 1½ cups, 2 1/4 miles.",
            &[
                (Number, "2/3", n(2.0 / 3.0)),
                (Number, "¾", n(0.75)),
                (Number, "1½", n(1.5)),
                (Number, "2 1/4", n(2.25)),
            ],
        );
        check(
            "fr",
            "Les 3/4 des élus, soit -1/2 point.",
            &[(Number, "3/4", n(0.75)), (Number, "-1/2", n(-0.5))],
        );
        // Dates, opening hours, paths and big denominators are no fractions.
        none("en", "Open 24/7 since 3/14/2015, see a/3/4.");
        check("en", "Route 9/120 closed.", &[]);
        none("en", "After 9/11 the show drew a 17/35 rating.");
    }

    #[test]
    fn powers() {
        check(
            "en",
            "It is 2^10, or 1.5^-2, and -3^2.",
            &[
                (Number, "2^10", n(1024.0)),
                (Number, "1.5^-2", n(1.0 / 2.25)),
                (Number, "-3^2", n(-9.0)),
            ],
        );
        check("fr", "Soit 1,5^2 %.", &[(Percent, "1,5^2 %", pc(2.25))]);
        none("en", "Variable x^2 and 2^n.");
    }

    #[test]
    fn ratios() {
        check(
            "en",
            "One in four adults, 3 out of 10 homes, one over 8.",
            &[
                (Number, "One in four", n(0.25)),
                (Number, "3 out of 10", n(0.3)),
                (Number, "one over 8", n(0.125)),
            ],
        );
        check(
            "fr",
            "Un Français sur trois ; 12 sur 20 ; un sur cent vingt.",
            &[
                (Number, "trois", n(3.0)),
                (Number, "12 sur 20", n(0.6)),
                (Number, "un sur cent vingt", n(1.0 / 120.0)),
            ],
        );
        // Not ratios: an article, a year, a duration, a count above its total.
        check(
            "en",
            "He was exhibit number one in a hearing.",
            &[(Number, "one", n(1.0))],
        );
        check(
            "en",
            "They won 5 in 2020 and earned 2000 in 3 years; 5 out of 2.",
            &[
                (Number, "5", n(5.0)),
                (Number, "2020", n(2020.0)),
                (Number, "2000", n(2000.0)),
                (Number, "3", n(3.0)),
                (Number, "5", n(5.0)),
                (Number, "2", n(2.0)),
            ],
        );
    }

    #[test]
    fn lists_and_indian_grouping() {
        check(
            "en",
            "See pages 4,7,19. The fund holds 3,25,000.50 rupees and 1,50,00,000 in bonds.",
            &[
                (Number, "4", n(4.0)),
                (Number, "7", n(7.0)),
                (Number, "19", n(19.0)),
                (Money, "3,25,000.50 rupees", money(325_000.5, "INR")),
                (Number, "1,50,00,000", n(15_000_000.0)),
            ],
        );
        // A comma is the French decimal mark: no list, no figure.
        none("fr", "Voir 4,7,19.");
        // Thousands stay thousands.
        check(
            "en",
            "It had 1,234,567 votes.",
            &[(Number, "1,234,567", n(1_234_567.0))],
        );
    }

    #[test]
    fn fractions_of_scale_words() {
        check(
            "en",
            "A quarter of a million, half million, two fifths of a billion; one million and a half thousand.",
            &[
                (Number, "A quarter of a million", n(250_000.0)),
                (Number, "half million", n(500_000.0)),
                (Number, "two fifths of a billion", n(4e8)),
                (Number, "one million and a half thousand", n(1_000_500.0)),
            ],
        );
        check(
            "fr",
            "Les trois quarts d'un million.",
            &[(Number, "trois quarts d'un million", n(750_000.0))],
        );
        // "half" and "quarter" alone are no figures.
        none("en", "Half the team reached a quarter-final.");
    }

    #[test]
    fn digits_with_hundreds_and_dozens() {
        check(
            "en",
            "Then 4 hundred and 12 people bought 5 dzs.",
            &[
                (Number, "4 hundred and 12", n(412.0)),
                (Number, "5 dzs", n(60.0)),
            ],
        );
        check(
            "fr",
            "Soit 20 pourcentages et une tierce personne.",
            &[
                (Percent, "20 pourcentages", pc(20.0)),
                (Ordinal, "tierce", ord(3)),
            ],
        );
    }

    #[test]
    fn fr_negative_adjectives_and_plural_firsts() {
        check(
            "fr",
            "Un écart de négatif trois, les trois premiers tours.",
            &[
                (Number, "négatif trois", n(-3.0)),
                (Number, "trois", n(3.0)),
                (Ordinal, "premiers", ord(1)),
            ],
        );
        check(
            "fr",
            "Un solde négatif de 5 millions ; les premiers ministres.",
            &[(Number, "5 millions", n(5e6))],
        );
    }

    // ---- English: percentages

    #[test]
    fn en_percentages() {
        check(
            "en",
            "It got 10%, 10 percent, 10 per cent, ten percent and 80 %.",
            &[
                (Percent, "10%", pc(10.0)),
                (Percent, "10 percent", pc(10.0)),
                (Percent, "10 per cent", pc(10.0)),
                (Percent, "ten percent", pc(10.0)),
                (Percent, "80 %", pc(80.0)),
            ],
        );
        check(
            "en",
            "Rates rose 2 percentage points.",
            &[(Number, "2", n(2.0))],
        );
    }

    // ---- English: ordinals

    #[test]
    fn en_ordinals() {
        check(
            "en",
            "The 1st, 2nd, 3rd and 10th; the tenth, the first, the twenty-first and the second round.",
            &[
                (Ordinal, "1st", ord(1)),
                (Ordinal, "2nd", ord(2)),
                (Ordinal, "3rd", ord(3)),
                (Ordinal, "10th", ord(10)),
                (Ordinal, "tenth", ord(10)),
                (Ordinal, "first", ord(1)),
                (Ordinal, "twenty-first", ord(21)),
                (Ordinal, "second", ord(2)),
            ],
        );
        none(
            "en",
            "Wait a second. She will second the motion. At first it failed.",
        );
    }

    // ---- English: what is not a figure

    #[test]
    fn en_articles_and_pronouns_are_not_numbers() {
        none(
            "en",
            "One of them signed a deal; no one else did. The one who left.",
        );
        none(
            "en",
            "Hundreds of people and thousands of police; millions of dollars.",
        );
        check("en", "Only one person died.", &[(Number, "one", n(1.0))]);
    }

    #[test]
    fn en_identifiers_times_and_scores() {
        none(
            "en",
            "The C5+1 format, the G20, COVID-19, an F-16 and an A320.",
        );
        none("en", "At 1:32 PM, or 5 p.m., the score was 9-3.");
        none("en", "In the 1990s, version 2.0.1.");
    }

    #[test]
    fn en_fractions() {
        check(
            "en",
            "A third of voters, two thirds of seats, a half; a third term.",
            &[
                (Number, "A third", n(1.0 / 3.0)),
                (Number, "two thirds", n(2.0 / 3.0)),
                (Number, "a half", n(0.5)),
                (Ordinal, "third", ord(3)),
            ],
        );
    }

    // ---- Compounds and edge forms, both languages

    #[test]
    fn fractions_joined_to_a_number() {
        check(
            "fr",
            "Un million et demi de dollars, 3 millions et demi, cinq milliards et trois quarts.",
            &[
                (Money, "Un million et demi de dollars", money(1.5e6, "USD")),
                (Number, "3 millions et demi", n(3.5e6)),
                (Number, "cinq milliards et trois quarts", n(5.75e9)),
            ],
        );
        check(
            "en",
            "One and a half, five and a half million, half a million people, a quarter million.",
            &[
                (Number, "One and a half", n(1.5)),
                (Number, "five and a half million", n(5.5e6)),
                (Number, "half a million", n(5e5)),
                (Number, "a quarter million", n(2.5e5)),
            ],
        );
        // An article and a connector alone make nothing.
        none("fr", "Un accord et demi-tour.");
    }

    #[test]
    fn negative_words_but_not_bounds() {
        check(
            "fr",
            "Il fait moins 5 degrés.",
            &[(Number, "moins 5", n(-5.0))],
        );
        check_q("fr", "Au moins 5 blessés.", Number, "5", n(5.0), AtLeast);
        check(
            "en",
            "It fell minus five percent.",
            &[(Percent, "minus five percent", pc(-5.0))],
        );
    }

    #[test]
    fn leading_decimals_and_exponents() {
        check(
            "en",
            "A rate of .08 and 1.3e6 or 12.32e+14.",
            &[
                (Number, ".08", n(0.08)),
                (Number, "1.3e6", n(1.3e6)),
                (Number, "12.32e+14", n(1.232e15)),
            ],
        );
        check(
            "fr",
            "Un taux de ,5 et 1e10.",
            &[(Number, ",5", n(0.5)), (Number, "1e10", n(1e10))],
        );
    }

    #[test]
    fn english_space_groups_and_scales() {
        let got = run("en", "Then 40 000 came; 3 hundred, 3 dozens and 10M more.");
        let texts: Vec<&str> = got.iter().map(|f| f.1.as_str()).collect();
        assert_eq!(texts, vec!["40 000", "3 hundred", "3 dozens", "10M"]);
        // "5 cents" in French is money, not 500.
        check("fr", "Une pièce de 5 cents.", &[(Number, "5", n(5.0))]);
    }

    #[test]
    fn cents_after_an_amount() {
        check(
            "en",
            "It cost 3 dollars 50 cents, then thirteen dollars and forty-five cents.",
            &[
                (Money, "3 dollars 50 cents", money(3.5, "USD")),
                (
                    Money,
                    "thirteen dollars and forty-five cents",
                    money(13.45, "USD"),
                ),
            ],
        );
        check(
            "fr",
            "Le ticket coûte 2 euros 50.",
            &[(Money, "2 euros 50", money(2.5, "EUR"))],
        );
        // Two amounts side by side stay two amounts.
        check(
            "fr",
            "Soit 10 $ 30 $, ou 5 euros 20 personnes.",
            &[
                (Money, "10 $", money(10.0, "USD")),
                (Money, "30 $", money(30.0, "USD")),
                (Money, "5 euros", money(5.0, "EUR")),
                (Number, "20", n(20.0)),
            ],
        );
    }

    #[test]
    fn currency_names_that_need_a_scale() {
        check(
            "en",
            "Profit rose to 361 million pounds; he weighs 200 pounds.",
            &[
                (Money, "361 million pounds", money(3.61e8, "GBP")),
                (Number, "200", n(200.0)),
            ],
        );
    }

    #[test]
    fn symbol_before_an_amount_wins() {
        check(
            "en",
            "Costs: $ 20,000.00 $ 37,305.97 in all.",
            &[
                (Money, "$ 20,000.00", money(20_000.0, "USD")),
                (Money, "$ 37,305.97", money(37_305.97, "USD")),
            ],
        );
        // "A$" is one symbol only when written glued.
        check(
            "en",
            "A $5 fee and A$5 more.",
            &[
                (Money, "$5", money(5.0, "USD")),
                (Money, "A$5", money(5.0, "AUD")),
            ],
        );
    }

    #[test]
    fn url_percent_signs_are_not_percentages() {
        none(
            "en",
            "See http://example.com/search?q=30%25%2020%2D9114%29 now.",
        );
        check("en", "It rose 5% today.", &[(Percent, "5%", pc(5.0))]);
    }

    #[test]
    fn glued_units_are_not_numbers() {
        none("en", "A 1m fall and a 5km run.");
    }

    // ---- Robustness

    #[test]
    fn exact_values_without_float_noise() {
        for (text, v) in [
            ("1,1 milliard", 1_100_000_000.0),
            ("0,3 million", 300_000.0),
            ("2,7 milliards", 2_700_000_000.0),
            ("0,1", 0.1),
        ] {
            check("fr", text, &[(Number, text, n(v))]);
        }
    }

    #[test]
    fn huge_and_odd_input_does_not_panic() {
        let long = "9".repeat(400);
        let inputs = [
            format!("{long} dollars"),
            format!("{long},{long} %"),
            format!("$ {long} billion trillion"),
            "mille milliards de milliards de billions".repeat(20),
            "1e999 1,,,2 .5 ,5 5, 5. -".to_string(),
            "€$£ % %% 1ᵉʳᵉʳ 10èmes ٣٤ ١٢٣ ５０ 10\u{a0}\u{a0}000".to_string(),
            "vingt et et un, quatre-vingt-vingt, cent cent, un un un, a a dozen".to_string(),
        ];
        for t in &inputs {
            for lang in ["fr", "en"] {
                for f in run(lang, t) {
                    match f.2 {
                        Value::Number(v) | Value::Percent(v) => assert!(v.is_finite()),
                        Value::Money { amount, .. } => assert!(amount.is_finite()),
                        _ => {}
                    }
                }
            }
        }
        // Beyond what an f64 holds: no claim rather than an infinite one.
        none("en", &format!("{long} people"));
        let big = "9".repeat(60);
        assert_eq!(run("en", &big)[0].2, n(1e60));
    }

    #[test]
    fn random_input_does_not_panic() {
        // Pieces that exercise every path, glued in pseudo-random order.
        const PIECES: &[&str] = &[
            "^",
            "½",
            "USD",
            "MEUR",
            "sur",
            "in",
            "out of",
            "point",
            "virgule",
            "nought",
            "c $",
            "$ c",
            "fifths",
            "dollars",
            "dzs",
            "1",
            "23",
            "456",
            "7890",
            ",",
            ".",
            " ",
            "\u{a0}",
            "\u{202f}",
            "-",
            "−",
            "+",
            "%",
            "$",
            "€",
            "US",
            "e",
            "E",
            "er",
            "th",
            "M",
            "Md",
            "bn",
            "k",
            "h",
            ":",
            "/",
            "'",
            "’",
            "un",
            "une",
            "a",
            "one",
            "deux",
            "vingt",
            "et",
            "and",
            "cent",
            "mille",
            "million",
            "milliards",
            "hundred",
            "dozen",
            "demi",
            "half",
            "quart",
            "tiers",
            "quarts",
            "cinquièmes",
            "premier",
            "second",
            "dixième",
            "twenty",
            "first",
            "de",
            "d",
            "of",
            "dollars",
            "euros",
            "pounds",
            "cents",
            "pour",
            "percent",
            "points",
            "moins",
            "minus",
            "environ",
            "plus",
            "au",
            "centaine",
            "é",
            "ᵉʳ",
            "½",
            "٣",
            "\n",
            "\u{0}",
            "😀",
        ];
        let langs = Languages::embedded().unwrap();
        let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
        for _ in 0..3000 {
            let mut text = String::new();
            let len = (seed >> 59) as usize + 1;
            for _ in 0..len {
                seed = seed
                    .wrapping_mul(6_364_136_223_846_793_005)
                    .wrapping_add(1_442_695_040_888_963_407);
                text.push_str(PIECES[(seed >> 33) as usize % PIECES.len()]);
                if seed & 1 == 0 {
                    text.push(' ');
                }
            }
            for lang in ["fr", "en"] {
                let l = langs.get(lang).unwrap();
                let doc = Doc::new(0, &text, Span::new(0, text.len()), l, None);
                for c in extract(&doc) {
                    assert!(c.span.start < c.span.end && c.span.end <= text.len());
                    if let Value::Number(v) | Value::Percent(v) = c.value {
                        assert!(v.is_finite(), "{text:?}");
                    }
                }
            }
        }
    }

    #[test]
    fn spans_are_file_offsets() {
        let langs = Languages::embedded().unwrap();
        let text = "---\ntitle: x\n---\nIl a payé 3 € et 2 %.";
        let body = text.find("Il").unwrap();
        let doc = Doc::new(
            0,
            text,
            Span::new(body, text.len()),
            langs.get("fr").unwrap(),
            None,
        );
        let claims = extract(&doc);
        assert_eq!(claims.len(), 2);
        for c in &claims {
            assert_eq!(&text[c.span.start..c.span.end], c.text);
        }
        assert_eq!(claims[0].text, "3 €");
    }

    /// Throughput on a few MB of seed articles: `cargo test --release -- --ignored throughput`.
    #[test]
    #[ignore]
    fn throughput() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds");
        let mut one = String::new();
        for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            one.push_str(&std::fs::read_to_string(e.path()).unwrap_or_default());
        }
        let text = one.repeat((8 << 20) / one.len().max(1) + 1);
        let langs = Languages::embedded().unwrap();
        let doc = Doc::new(
            0,
            &text,
            Span::new(0, text.len()),
            langs.get("fr").unwrap(),
            None,
        );
        let t = std::time::Instant::now();
        let n = extract(&doc).len();
        let secs = t.elapsed().as_secs_f64();
        println!(
            "{} MB, {n} figures, {:.3} s, {:.1} MB/s",
            text.len() >> 20,
            secs,
            text.len() as f64 / 1e6 / secs
        );
    }

    #[test]
    #[ignore]
    fn dump() {
        let lang = std::env::var("FIG_LANG").unwrap_or_else(|_| "fr".into());
        let text = std::env::var("FIG_TEXT").unwrap_or_default();
        for f in run(&lang, &text) {
            println!("{f:?}");
        }
    }
}
