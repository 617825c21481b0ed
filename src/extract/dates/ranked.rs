//! Weeks, weekdays, months and days ranked or numbered in a year or month: "the third week of
//! 2027", "week 31", "the first Sunday of May", "the 9th month of next year", "the first ten
//! days of last year".

use super::expr::{Expr, Hit, WeekBase};
use super::scan::Scan;
use crate::knowledge::lang::dates::{List, Unit};
use crate::text::TokKind;

impl<'a> Scan<'a> {
    /// A week counted in a year or month: "the first week of 2015", "last week of this
    /// month", "the third week next year", "la troisième semaine de 2027".
    pub(super) fn week_of_at(&self, i: usize) -> Option<Hit> {
        // "week 3 of 2027", "week 31" (of the article's year). A week number without its year
        // may be a season's round ("Week 10" of the NFL) or count the weeks of something else
        // ("week 3 of the strike"): not in an article about sports, nor before "of".
        if let Some(j) = self.phrase_at(i, List::WeekNumbers)
            && let Some((n, _)) = self.num(j).filter(|&(n, _)| (1..=53).contains(&n))
            && !self.glued(j)
        {
            let k = self.skip(j + 1, List::Of);
            let (base, end_tok) = match self.year_at(k) {
                Some((y, end_tok)) => (WeekBase::Year(y), end_tok),
                // Nor in "seven days a week 52 weeks a year", where the number counts what
                // follows.
                None if k == j + 1
                    && !self.numeric_run_after(j)
                    && self.info(j + 1).is_none_or(|e| e.duration.is_none())
                    && (i == 0 || self.info(i - 1).is_none_or(|e| e.number == 0))
                    && !self.sports() =>
                {
                    (WeekBase::RelYear(0), j + 1)
                }
                None => return None,
            };
            return Some(Hit {
                start: self.start(i),
                end_tok,
                expr: Expr::WeekOf { base, n: n as i8 },
            });
        }
        if let Some(h) = self.month_of_at(i) {
            return Some(h);
        }
        if let Some(h) = self.units_of_at(i) {
            return Some(h);
        }
        let (n, j) = self.rank(i)?;
        if self.info(j).and_then(|e| e.duration) != Some(Unit::Week) {
            return None;
        }
        let k0 = j + 1;
        let k = self.skip(k0, List::Of);
        let k = self.skip(k, List::Articles);
        let (base, end_tok) = if let Some((y, end)) = self.year_at(k) {
            (WeekBase::Year(y), end)
        } else if let Some((r, end)) = self
            .relative_unit(k, Unit::Year)
            .or_else(|| self.relative_unit(k0, Unit::Year))
        {
            (WeekBase::RelYear(r), end)
        } else if let Some((r, end)) = self
            .relative_unit(k, Unit::Month)
            .or_else(|| self.relative_unit(k0, Unit::Month))
        {
            (WeekBase::RelMonth(r), end)
        } else {
            let mh = self.month(k).filter(|mh| !mh.proper_noun)?;
            let (y, end) = self.year_tail(mh.end_tok);
            (WeekBase::Month(y, mh.m), end)
        };
        Some(Hit {
            start: self.start(i),
            end_tok,
            expr: Expr::WeekOf { base, n },
        })
    }

    /// A weekday ranked in a month: "the first Sunday of May", "3rd Tuesday in May 2019",
    /// "the last Friday of next month", "second Sunday" (of the article's month). Without a
    /// month only a first to fifth one, where nothing follows that it could belong to ("the
    /// first Sunday of Lent", "after Easter", "in a row") and it is not a count ("for a third
    /// Saturday", "for the third Saturday").
    pub(super) fn nth_weekday_at(&self, i: usize) -> Option<Hit> {
        let (n, j) = self.rank(i)?;
        let (wd, false) = self.weekday(j)? else {
            return None;
        };
        let k0 = j + 1;
        let link = self.phrase_at(k0, List::Of).or_else(|| {
            self.w
                .year_links
                .iter()
                .find(|p| self.matches(k0, p))
                .map(|p| k0 + p.len())
        });
        let (base, end_tok) = if let Some((r, end)) = self.relative_unit(k0, Unit::Month) {
            (WeekBase::RelMonth(r), end)
        } else if let Some(k) = link
            && let Some((r, end)) = self.relative_unit(k, Unit::Month)
        {
            (WeekBase::RelMonth(r), end)
        } else if let Some(k) = link
            && let Some(mh) = self.month(k).filter(|mh| !mh.proper_noun)
        {
            let (y, end) = self.year_tail(mh.end_tok);
            (WeekBase::Month(y, mh.m), end)
        } else {
            if n < 1 || link.is_some() || !self.free_after_weekday(k0) {
                return None;
            }
            // "for a third Saturday", "for the second Sunday": a count of Saturdays.
            let before = self.skip_back(i, List::Articles);
            if before > 0
                && (self.info(before - 1).is_some_and(|e| e.number == 1)
                    || self.phrase_before(before, List::SpanBefore))
            {
                return None;
            }
            (WeekBase::RelMonth(0), k0)
        };
        Some(Hit {
            start: self.start(i),
            end_tok,
            expr: Expr::NthWeekday { base, wd, n },
        })
    }

    /// Whether nothing follows a ranked weekday that it could belong to: the end of a
    /// clause, or a short word that opens no date or span ("at", "with"), not "after",
    /// "since", "in" or a noun.
    fn free_after_weekday(&self, k: usize) -> bool {
        if k >= self.n() || self.is_punct(k, ",.;:!?)") {
            return true;
        }
        if !self.toks[k..]
            .first()
            .is_some_and(|t| t.kind == TokKind::Word)
            || !self.lang.is_stopword(self.raw(k))
        {
            return false;
        }
        ![
            List::Of,
            List::MonthContext,
            List::YearContext,
            List::ShiftAfter,
            List::ShiftBefore,
            List::RangeFrom,
            List::RangeTo,
            List::RangeAnd,
        ]
        .iter()
        .any(|&l| self.starts(k, l))
    }

    /// A year named after "of": "of 2021", "of next year", "de l'année prochaine".
    pub(super) fn year_base(&self, k: usize) -> Option<(WeekBase, usize)> {
        let k = self.skip(k, List::Of);
        if let Some((y, end)) = self.year_at(k) {
            return Some((WeekBase::Year(y), end));
        }
        let (r, end) = self.relative_unit(k, Unit::Year)?;
        Some((WeekBase::RelYear(r), end))
    }

    /// A month counted in a year: "the third month of 2021", "the 9th month of next year".
    fn month_of_at(&self, i: usize) -> Option<Hit> {
        let (m, j) = match self.ordinal_day(i) {
            Some(m) => (m as u8, i + 1),
            None => self.day_word(i)?,
        };
        if !(1..=12).contains(&m) || self.info(j).and_then(|e| e.duration) != Some(Unit::Month) {
            return None;
        }
        let (base, end_tok) = self.year_base(j + 1)?;
        let expr = match base {
            WeekBase::RelYear(n) => Expr::YearMonth { n, m },
            WeekBase::Year(y) => Expr::date(Some(y), Some(m), None),
            _ => return None,
        };
        Some(Hit {
            start: self.start(i),
            end_tok,
            expr,
        })
    }

    /// The first or last days, weeks or months of a year: "the first ten days of last year",
    /// "the last four months of 2021", "first 2 weeks of 2021".
    fn units_of_at(&self, i: usize) -> Option<Hit> {
        let (first, j) = match self.rank(i)? {
            (1, j) => (true, j),
            (-1, j) => (false, j),
            _ => return None,
        };
        let (n, unit, k) = self.count(j)?;
        if !matches!(unit, Unit::Day | Unit::Week | Unit::Month) || n > 366 {
            return None;
        }
        let (base, end_tok) = self.year_base(k)?;
        Some(Hit {
            start: self.start(i),
            end_tok,
            expr: Expr::UnitsOf {
                base,
                unit,
                n: n as u16,
                first,
            },
        })
    }
}
