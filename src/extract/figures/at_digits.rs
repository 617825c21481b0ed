//! Numerals written with digits, where they stand: `at_digits` and what is glued to or follows the
//! digits (ordinal and scale suffixes, scale words, "^" powers, "3/4", comma lists). The lexing is
//! in `digits.rs`; percent and currency signs are read in `context.rs`.

use super::dec::Dec;
use super::digits::{Lexed, after_slash, is_joiner, lex_digits, vulgar};
use super::scan::{Fig, Scan};
use crate::knowledge::lang::figures::What;
use crate::model::{ClaimKind, Span, Value};
use crate::text::AtomKind;

impl Scan<'_, '_> {
    /// A numeral written with digits at atom `i`; returns the atom to resume at.
    pub(super) fn at_digits(&mut self, i: usize) -> Option<usize> {
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
    pub(super) fn scale_words_after(&mut self, fig: &mut Fig) {
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
}
