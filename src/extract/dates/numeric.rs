//! Dates written in figures: "16/01/2018", "2018-01-16", "23-Sep-2020", with spaces
//! ("2016 10 16"), run together ("20200701"), or a month glued to its day ("Oct2"). Month
//! names with a separate day are in `named.rs`.

use super::expr::{DayMonth, Expr, Hit};
use super::parts::expand_year;
use super::scan::Scan;
use crate::knowledge::calendar::{valid, valid_any_year};
use crate::knowledge::lang::dates::{List, YEARS};
use crate::text::TokKind;

/// One part of a numeric date: a number or a month name ("23-Sep-2020").
#[derive(Debug, Clone, Copy)]
enum Part {
    Num(u32, usize),
    Month(u8),
}

impl<'a> Scan<'a> {
    /// A part of a numeric date at `i`: a number, or a month name written without a period.
    fn part(&self, i: usize) -> Option<Part> {
        if let Some((v, len)) = self.num(i) {
            return Some(Part::Num(v, len));
        }
        let mh = self
            .month(i)
            .filter(|mh| mh.end_tok == i + 1 && !mh.prefixed)?;
        Some(Part::Month(mh.m))
    }

    /// A weekday and a month joined by a hyphen into one word, as in "Friday-Jun-15": the
    /// month (the date says which Friday).
    fn weekday_month(&self, i: usize) -> Option<u8> {
        if !self.hyphen(i) {
            return None;
        }
        let (wd, m) = self.low(i).split_once('-')?;
        let known = |w: &str| self.w.words.get(w.trim_end_matches('.'));
        known(wd).filter(|e| e.weekday != 0)?;
        known(m).map(|e| e.month).filter(|&m| m != 0)
    }

    /// Numeric dates: "16/01/2018", "01/16/2018", "2018-01-16", "16.01.2018", "3/2015",
    /// "23-Sep-2020", "Dec/2018", "Friday-Jun-15". A day and month without a year ("22/04")
    /// only when `day_month` says the context makes it a date.
    pub(super) fn numeric(&self, i: usize, day_month: DayMonth) -> Option<Hit> {
        let first = self
            .part(i)
            .or_else(|| self.weekday_month(i).map(Part::Month))?;
        if !(self.tight(i) && self.is_punct(i + 1, "/-.") && self.tight(i + 1)) {
            return None;
        }
        let sep = self.raw(i + 1);
        let second = self.part(i + 2)?;
        let mut parts = vec![first, second];
        let mut end_tok = i + 3;
        if self.tight(i + 2) && self.raw(i + 3) == sep && self.tight(i + 3) {
            parts.push(self.part(i + 4)?);
            end_tok = i + 5;
        } else if self.tight(i + 2)
            && self.is_punct(i + 3, ",")
            && self.tight(i + 3)
            && let (Part::Num(_, 2), Part::Num(_, 2), Some((y, ylen @ (2 | 4)))) =
                (first, second, self.num(i + 4))
        {
            // A comma before the year: "08/12,2015", "12/08,15".
            parts.push(Part::Num(y, ylen));
            end_tok = i + 5;
        }
        // Part of a longer run ("133-03-03-2020", a phone number, a version); another
        // separator may join two dates ("10/1-11/7").
        let joins = |k: usize| self.raw(k) == sep || self.is_punct(k, ":,");
        let run_before = i >= 2
            && self.tight(i - 1)
            && joins(i - 1)
            && self.tight(i - 2)
            && self.is_number(i - 2);
        let run_after = self.tight(end_tok - 1)
            && joins(end_tok)
            && self.tight(end_tok)
            && self.is_number(end_tok + 1);
        if run_before || run_after {
            return None;
        }
        let (y, m, d) = if parts.iter().any(|p| matches!(p, Part::Month(_))) {
            self.named_parts(&parts)?
        } else {
            self.number_parts(&parts, sep, day_month)?
        };
        if y.is_some_and(|y| !YEARS.contains(&(y as u32))) {
            return None;
        }
        // A day and month without a year is a fraction or a score when something it counts
        // follows: "on 9/10 of voters", "by 3/4 votes".
        if y.is_none()
            && d.is_some()
            && (self.phrase_at(end_tok, List::Of).is_some()
                || self.counted_noun(end_tok)
                || self.is_punct(end_tok, "%"))
        {
            return None;
        }
        Some(Hit {
            start: self.start(i),
            end_tok,
            expr: Expr::date(y, Some(m), d),
        })
    }

    /// A numeric date with its month written as a name: the year has four digits, the day
    /// one or two.
    fn named_parts(&self, parts: &[Part]) -> Option<(Option<i32>, u8, Option<u8>)> {
        let (mut y, mut m, mut d) = (None, None, None);
        for p in parts {
            match *p {
                Part::Month(mm) if m.is_none() => m = Some(mm),
                Part::Num(v, 4) if y.is_none() => y = Some(v as i32),
                Part::Num(v, 1 | 2) if d.is_none() && (1..=31).contains(&v) => d = Some(v as u8),
                _ => return None,
            }
        }
        Some((y, m?, d))
    }

    fn number_parts(
        &self,
        parts: &[Part],
        sep: &str,
        day_month: DayMonth,
    ) -> Option<(Option<i32>, u8, Option<u8>)> {
        let nums: Vec<(u32, usize)> = parts
            .iter()
            .filter_map(|p| match *p {
                Part::Num(v, l) => Some((v, l)),
                Part::Month(_) => None,
            })
            .collect();
        let order = |y: i32, a: u32, b: u32| {
            let (first, second) = if self.w.day_first { (a, b) } else { (b, a) };
            valid(y, second, first).or_else(|| valid(y, first, second))
        };
        match nums[..] {
            [(a, 4), (b, _), (c, 1 | 2)] => {
                let (m, d) = valid(a as i32, b, c)?;
                Some((Some(a as i32), m, Some(d)))
            }
            [(a, 1 | 2), (b, 1 | 2), (c, clen)] => {
                let y = match clen {
                    4 => c as i32,
                    // Two-digit years where they are common and unlikely to be a version
                    // number: "21/04/16", "3-7-07", "18.08.78".
                    2 if sep != "." || (a >= 10 && b >= 10) => expand_year(c),
                    _ => return None,
                };
                let (m, d) = order(y, a, b)?;
                Some((Some(y), m, Some(d)))
            }
            // Month and year: "3/2015", "11-2016".
            [(a, 1 | 2), (b, 4)] if sep != "." && (1..=12).contains(&a) => {
                Some((Some(b as i32), a as u8, None))
            }
            // Year and month: "2016-11", "2015/3", but not "2010-12" or "2015/16", which
            // may be spans of years.
            [(a, 4), (b, blen @ (1 | 2))]
                if sep != "." && (1..=12).contains(&b) && (blen == 1 || b < a % 100) =>
            {
                Some((Some(a as i32), b as u8, None))
            }
            // Day and month: "22/04", only where the context says it is a date, never as
            // a common fraction ("1/2", "3/4"), and with a point ("5.12", which may be a
            // decimal) only after a word that calls for a day. Read in the other order only
            // when both are written with two digits: "22/04" but not "24/7".
            [(a, alen @ (1 | 2)), (b, blen @ (1 | 2))]
                if day_month == DayMonth::Any || (day_month == DayMonth::Slashed && sep != ".") =>
            {
                if alen == 1 && blen == 1 && a < b && b <= 4 {
                    return None;
                }
                let (first, second) = if self.w.day_first { (a, b) } else { (b, a) };
                let (m, d) = if valid_any_year(second as u8, first as u8) && second <= 12 {
                    (second as u8, first as u8)
                } else if alen == 2
                    && blen == 2
                    && first <= 12
                    && valid_any_year(first as u8, second as u8)
                {
                    (first as u8, second as u8)
                } else {
                    return None;
                };
                Some((None, m, Some(d)))
            }
            _ => None,
        }
    }

    /// Numeric dates written with spaces: "2016 - 11", "11 / 2016", "2016 10 16", "18 8
    /// 1978", "2016 November", and run together: "20200701". The year has four digits and
    /// no other number touches the date.
    pub(super) fn spaced(&self, i: usize) -> Option<Hit> {
        if let Some(h) = self.compact(i) {
            return Some(h);
        }
        let small = |k: usize| self.num(k).filter(|&(_, len)| len <= 2 && !self.glued(k));
        let free_after = |k: usize| {
            !self.is_number(k)
                && !(self.tight(k - 1)
                    && (self.is_punct(k, "%")
                        || (self.is_punct(k, "/-.:") && self.is_number(k + 1))))
        };
        let free_before = i == 0 || !(self.is_number(i - 1) || self.is_punct(i - 1, "/-.:"));
        if !free_before {
            return None;
        }
        let hit = |end_tok: usize, y: i32, m: u8, d: Option<u8>| {
            Some(Hit {
                start: self.start(i),
                end_tok,
                expr: Expr::date(Some(y), Some(m), d),
            })
        };
        let sep = |k: usize| {
            self.is_punct(k, "/-")
                && !(self.tight(k - 1) && self.tight(k))
                && self.raw(k).len() == 1
        };
        if let Some(y) = self.year(i) {
            // "2016 - 11", "2016 /11"; not "2010 - 12", a span of years.
            if sep(i + 1)
                && let Some((m, len)) = small(i + 2)
                && (1..=12).contains(&m)
                && (len == 1 || m < y as u32 % 100)
                && free_after(i + 3)
            {
                return hit(i + 3, y, m as u8, None);
            }
            // "2016 10 16".
            if let (Some((m, _)), Some((d, _))) = (small(i + 1), small(i + 2))
                && free_after(i + 3)
                && let Some((m, d)) = valid(y, m, d)
            {
                return hit(i + 3, y, m, Some(d));
            }
            // "2016 November".
            if let Some(mh) = self
                .month(i + 1)
                .filter(|mh| !mh.proper_noun && !mh.prefixed)
                && !self.is_number(mh.end_tok)
                && self.day_word(mh.end_tok).is_none()
            {
                return hit(mh.end_tok, y, mh.m, None);
            }
            // "2016, nov", only when the month ends the clause: in "In 2015, March saw"
            // the year and the month are two dates.
            if self.is_punct(i + 1, ",")
                && let Some(mh) = self
                    .month(i + 2)
                    .filter(|mh| !mh.proper_noun && !mh.prefixed)
                && (mh.end_tok >= self.n() || self.is_punct(mh.end_tok, ".;!?)"))
            {
                return hit(mh.end_tok, y, mh.m, None);
            }
            return None;
        }
        let (a, _) = small(i)?;
        // "11 / 2016".
        if sep(i + 1)
            && (1..=12).contains(&a)
            && let Some(y) = self.year(i + 2)
            && free_after(i + 3)
        {
            return hit(i + 3, y, a as u8, None);
        }
        // "18 8 1978" in the language's order; "18 08 78" with a two-digit year only after
        // a word that calls for a day ("le 18 8 78") or with the month written with a zero
        // ("18 08 78"): three small numbers are rarely a date.
        let (b, _) = small(i + 1)?;
        let y = match self.year(i + 2) {
            Some(y) => y,
            None => {
                let (c, _) = small(i + 2).filter(|&(_, len)| len == 2)?;
                let padded = |k: usize| self.raw(k).len() == 2;
                let month_padded = |k: usize| self.raw(k).starts_with('0');
                let m = if self.w.day_first { i + 1 } else { i };
                let cue = self.phrase_before(i, List::DayContext)
                    || (padded(i) && padded(i + 1) && month_padded(m));
                if !cue || self.counted_noun(i + 3) {
                    return None;
                }
                expand_year(c)
            }
        };
        if !free_after(i + 3) {
            return None;
        }
        let (d, m) = if self.w.day_first { (a, b) } else { (b, a) };
        let (m, d) = valid(y, m, d)?;
        hit(i + 3, y, m, Some(d))
    }

    /// "20200701": a year, month and day run together into eight digits.
    fn compact(&self, i: usize) -> Option<Hit> {
        let s = self.raw(i);
        if s.len() != 8 || !self.is_number(i) || !s.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        if self.glued(i) {
            return None;
        }
        let y: i32 = s[..4].parse().ok()?;
        if !(1900..=2099).contains(&y) {
            return None;
        }
        let (m, d) = valid(y, s[4..6].parse().ok()?, s[6..].parse().ok()?)?;
        Some(Hit {
            start: self.start(i),
            end_tok: i + 1,
            expr: Expr::date(Some(y), Some(m), Some(d)),
        })
    }

    /// A month and its day glued into one word, either way round: "Oct2", "mar3",
    /// "22april", "3mars", with an optional year after. The letters must be a month's name
    /// or short form exactly, not all in capitals (a code, a gene: "OCT4"), and the word
    /// must stand apart ("Q2", "MP3", "F16", "Oct3/4" are no dates).
    pub(super) fn glued_month_day(&self, i: usize) -> Option<Hit> {
        if self.toks.get(i)?.kind != TokKind::Word {
            return None;
        }
        let low = self.low(i);
        let digits_first = low.as_bytes().first()?.is_ascii_digit();
        let (num, letters) = if digits_first {
            low.split_at(low.bytes().take_while(u8::is_ascii_digit).count())
        } else {
            let (letters, num) =
                low.split_at(low.len() - low.bytes().rev().take_while(u8::is_ascii_digit).count());
            (num, letters)
        };
        if num.is_empty() || num.len() > 2 || !letters.chars().all(char::is_alphabetic) {
            return None;
        }
        let m = self
            .w
            .words
            .get(letters)
            .map(|e| e.month)
            .filter(|&m| m != 0)?;
        let d: u8 = num.parse().ok()?;
        if !valid_any_year(m, d) {
            return None;
        }
        let mut capitals = self.raw(i).chars().filter(|c| c.is_alphabetic());
        if capitals.clone().count() > 1 && capitals.all(char::is_uppercase) {
            return None;
        }
        let apart_after = !self.tight(i)
            || (self.is_punct(i + 1, ",.;:!?)\"'\u{201d}\u{bb}")
                && !(self.tight(i + 1) && self.is_number(i + 2)));
        let apart_before =
            i == 0 || !self.tight(i - 1) || self.is_punct(i - 1, "(\"'\u{201c}\u{ab}");
        if !(apart_after && apart_before) {
            return None;
        }
        // Codes come in lists: "Oct4 and Sox2", "B52, Mar10".
        let code = |k: usize| {
            self.toks.get(k).is_some_and(|t| t.kind == TokKind::Word)
                && self.raw(k).bytes().any(|b| b.is_ascii_digit())
                && self.ordinal_day(k).is_none()
        };
        let link =
            |k: usize| self.is_punct(k, ",/;") || self.phrase_at(k, List::RangeAnd).is_some();
        let after = code(i + 1) || (link(i + 1) && code(i + 2));
        let before = i >= 1 && (code(i - 1) || (i >= 2 && link(i - 1) && code(i - 2)));
        if after || before {
            return None;
        }
        let (y, end_tok) = self.year_tail(i + 1);
        Some(Hit {
            start: self.start(i),
            end_tok,
            expr: Expr::date(y, Some(m), Some(d)),
        })
    }
}
