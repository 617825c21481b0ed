//! Calendar dates written with a month name: day then month ("16 janvier 2018"), month then
//! day ("January 16, 2018"), month and year ("septembre 2019"). Figures are in `numeric.rs`.

use super::expr::{Expr, Hit};
use super::scan::Scan;
use crate::knowledge::lang::dates::List;

impl<'a> Scan<'a> {
    /// Day then month: "16 janvier 2018", "1er mars", "16th of January, 2018".
    pub(super) fn day_month(&self, i: usize) -> Option<Hit> {
        let (d, j, word_day, cardinal) = match self.day(i) {
            // "16. Nov. 2016", with its year.
            Some(d)
                if self.tight(i)
                    && self.is_punct(i + 1, ".")
                    && self
                        .month(i + 2)
                        .is_some_and(|mh| self.year_tail(mh.end_tok).0.is_some()) =>
            {
                (d, i + 2, false, false)
            }
            Some(d) => (d, i + 1, false, false),
            None => match self.day_word(i) {
                Some((d, j)) => (d, j, true, false),
                None => {
                    let (d, j) = self.cardinal_day(i)?;
                    (d, j, true, true)
                }
            },
        };
        let k = self.skip(j, List::Of);
        let mh = self.month(k)?;
        let (y, end_tok) = self.year_tail_or_short(mh.end_tok);
        // "twenty five March 1986", "le quatre octobre": a day in words needs a year, or a
        // full month and a word that calls for a day ("five March games" is no date).
        if cardinal && !(y.is_some() || (mh.strong && self.phrase_before(i, List::DayContext))) {
            return None;
        }
        // "second March" is a second march; "second of March" and "2nd March" are dates.
        if word_day && !mh.strong && k == j && y.is_none() {
            return None;
        }
        Some(Hit {
            start: self.start(i),
            end_tok,
            expr: Expr::date(y, Some(mh.m), Some(d)),
        })
    }

    /// Month then day: "January 16, 2018", "Jan. 16", "March the 3rd", "October, 1st".
    pub(super) fn month_day(&self, i: usize) -> Option<Hit> {
        let mh = self.month(i)?;
        let mut j = self.skip(mh.end_tok, List::Articles);
        // A comma before the day only when the day is an ordinal: "in October, 12 people".
        if j == mh.end_tok && self.is_punct(j, ",") && self.ordinal_day(j + 1).is_some() {
            j += 1;
        }
        // A stray period after a full name, "October. 2", only when the day ends the clause
        // or a year follows: "in October. 2 weeks later" is two sentences.
        if j == mh.end_tok
            && mh.strong
            && !mh.prefixed
            && self.tight(j - 1)
            && self.is_punct(j, ".")
            && self.day(j + 1).is_some()
        {
            let k = j + 2;
            let ends = k >= self.n()
                || (self.is_punct(k, ",.;!?)") && !(self.tight(k - 1) && self.is_number(k + 1)))
                || self.year_tail(k).0.is_some();
            if !ends {
                return None;
            }
            j += 1;
        }
        let (d, k) = match self.day(j) {
            Some(d) => (d, j + 1),
            None => match self.day_word(j) {
                Some(dw) => dw,
                // "May twenty nine", "Mai vingt et un": a cardinal only where nothing follows
                // that it could count ("in May twenty people").
                None => {
                    if self.year_words(j).is_some() {
                        return None;
                    }
                    let (d, k) = self.cardinal_day(j)?;
                    let ends = k >= self.n() || self.is_punct(k, ",.;!?)") || self.starts_year(k);
                    if !ends {
                        return None;
                    }
                    (d, k)
                }
            },
        };
        // "March 3,000 people" is glued and was refused by `day`; "March 3 2018" is a date.
        let (y, end_tok) = self.year_tail_or_short(k);
        Some(Hit {
            start: mh.start,
            end_tok,
            expr: Expr::date(y, Some(mh.m), Some(d)),
        })
    }

    /// Month and year: "septembre 2019", "Jan. 2001", "June of 1992", "juillet 98".
    pub(super) fn month_year(&self, i: usize) -> Option<Hit> {
        let mh = self.month(i)?;
        // A capitalised ambiguous month before a year is a name ("la mission Mars 2020"),
        // unless a word that calls for a month stands before it ("en Mars 2001") or a comma
        // sets the year apart ("Mars, 2001"), which no name does.
        if mh.proper_noun
            && !(self.phrase_before(i, List::MonthContext) || self.is_punct(mh.end_tok, ","))
        {
            return None;
        }
        let (y, end_tok) = self.year_tail_or_short(mh.end_tok);
        Some(Hit {
            start: mh.start,
            end_tok,
            expr: Expr::date(Some(y?), Some(mh.m), None),
        })
    }
}
