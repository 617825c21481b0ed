//! Dates counted in units from another date or from the article's: "in two weeks", "3 days
//! before May 13", "the next 3 days", "2 years 1 month ago"; matched and resolved at once.

use super::expr::{Found, Resolved};
use super::resolve::{add_units, counted_range, point, resolve};
use super::scan::Scan;
use crate::knowledge::calendar;
use crate::knowledge::lang::dates::{List, Unit};
use crate::model::DatePoint;

/// Counts of units ("2 years 1 month"), the first few of the array.
type Counts = [(i64, Unit); 4];

impl<'a> Scan<'a> {
    /// A count of one unit: "three weeks", "2 days", "a fortnight": (count, unit, next token).
    pub(super) fn count(&self, j: usize) -> Option<(i64, Unit, usize)> {
        let n = self.count_number(j)?;
        let unit = self.info(j + 1)?.duration?;
        Some((n, unit, j + 2))
    }

    /// Counts of units, one after the other: "2 years 1 month 21 days" (at most four).
    fn counts(&self, j: usize) -> Option<(Counts, usize, usize)> {
        let mut out = [(0, Unit::Day); 4];
        let mut len = 0;
        let mut k = j;
        while len < 4
            && let Some((n, unit, next)) = self.count(k)
        {
            out[len] = (n, unit);
            len += 1;
            k = next;
        }
        (len > 0).then_some((out, len, k))
    }

    /// Whether a word of the future tense ("will", "'ll") comes before token `i` in its
    /// sentence.
    fn future_before(&self, i: usize) -> bool {
        let mut k = i;
        while k > 0 && i - k < 16 {
            k -= 1;
            if self.is_punct(k, ".!?;") || self.line_break(self.toks[k].span.end, self.start(k + 1))
            {
                return false;
            }
            if self.phrase_at(k, List::Future).is_some_and(|e| e <= i) {
                return true;
            }
        }
        false
    }

    /// A single full day that a count of units is counted from ("today", "May 13 1999"):
    /// (resolved day or `None` when it cannot be anchored, next token).
    fn base_at(&self, k: usize, anchor: Option<DatePoint>) -> Option<(Option<DatePoint>, usize)> {
        if let Some(end) = self.phrase_at(k, List::Now) {
            return Some((anchor, end));
        }
        let h = self
            .single_at(k, false)
            .or_else(|| self.single_at(self.skip(k, List::Articles), false))?;
        match resolve(h.expr, anchor) {
            Some((p, q)) if p == q && p.day.is_some() && p.year.is_some() => {
                Some((Some(p), h.end_tok))
            }
            Some(_) => None,
            None => anchor.is_none().then_some((None, h.end_tok)),
        }
    }

    /// Dates counted in units from another: "two weeks from tomorrow", "3 days before May
    /// 13", "in two weeks", "dans trois ans", "the next 3 days", "les dix derniers mois",
    /// "within 5 days", "for 3 days from today", "2 years 1 month ago".
    pub(super) fn offset_at(&self, i: usize, anchor: Option<DatePoint>) -> Option<Found> {
        let info = self.info(i);
        if !self.is_number(i) && info.is_none() {
            return None;
        }
        let start = self.start(i);
        let shift = |p: Option<DatePoint>, units: &[(i64, Unit)], sign: i64| -> Resolved {
            let mut p = p?;
            for &(n, unit) in units {
                p = add_units(p, unit, sign * n)?;
            }
            point(p)
        };
        // "within 5 days": from the article's date on.
        if let Some(j) = self.phrase_at(i, List::Within) {
            let j = self.skip(self.skip(j, List::Articles), List::CountNext);
            let (n, unit, end) = self.count(j)?;
            let value =
                anchor.and_then(|a| Some((a, calendar::add_days(add_units(a, unit, n)?, -1)?)));
            return Some((start, end, value));
        }
        // "in two weeks" (said of the future), "dans trois ans".
        // "in two days from today" is counted from the date that follows.
        if let Some(j) = self.phrase_at(i, List::AheadBefore)
            && let Some((units, len, end)) = self.counts(j)
            && ![List::ShiftAfter, List::ShiftBefore, List::ShiftStart]
                .iter()
                .any(|&l| self.starts(end, l))
        {
            let timed = self.phrase_at(end, List::AheadTime).is_some();
            if !self.w.ahead_needs_future || timed || self.future_before(i) {
                return Some((start, end, shift(anchor, &units[..len], 1)));
            }
            return None;
        }
        // "the next 3 days", "past two decades", "les 3 prochaines semaines", "dix derniers
        // mois".
        let k = self.skip(i, List::Articles);
        let modifier = |k: usize| {
            if let Some(e) = self.phrase_at(k, List::CountNext) {
                Some((1, e))
            } else {
                self.phrase_at(k, List::CountLast).map(|e| (-1, e))
            }
        };
        let counted = match modifier(k) {
            Some((dir, e)) => self.count(e).map(|(n, unit, end)| (dir, n, unit, end)),
            None => self.count_number(k).and_then(|n| {
                let (dir, e) = modifier(k + 1)?;
                let unit = self.info(e)?.duration?;
                Some((dir, n, unit, e + 1))
            }),
        };
        if let Some((dir, n, unit, end)) = counted {
            // "the last four months of 2021" are counted in that year.
            if self.year_base(end).is_some() && self.phrase_at(end, List::Of).is_some() {
                return None;
            }
            return Some((
                self.start(k),
                end,
                anchor.and_then(|a| counted_range(a, unit, n, dir)),
            ));
        }
        // "three weeks from tomorrow", "for 3 days from today", "2 years 21 days ago".
        let (span, j) = match self.phrase_at(i, List::SpanBefore) {
            Some(j) => (true, j),
            None => (false, i),
        };
        let (units, len, e) = self.counts(j)?;
        let units = &units[..len];
        let l = if self.is_punct(e, ",") { e + 1 } else { e };
        if !span {
            if let Some(end) = self.phrase_at(e, List::AgoAfter) {
                if len == 1 {
                    return None;
                }
                return Some((start, end, shift(anchor, units, -1)));
            }
            if let Some(end) = self.phrase_at(e, List::AheadAfter) {
                return Some((start, end, shift(anchor, units, 1)));
            }
            // "A year later", "deux jours plus tôt": counted from the story's time, the last
            // date the article gave, not from the article's date.
            if let Some(end) = self.phrase_at(e, List::Later) {
                return Some((start, end, self.counted_from_story(units, 1)));
            }
            if let Some(end) = self.phrase_at(e, List::Earlier) {
                return Some((start, end, self.counted_from_story(units, -1)));
            }
        }
        let (sign, k) = if let Some(k) = self.phrase_at(l, List::ShiftStart) {
            (0, k)
        } else if let Some(k) = self.phrase_at(l, List::ShiftAfter) {
            (1, k)
        } else if let Some(k) = self.phrase_at(l, List::ShiftBefore) {
            (-1, k)
        } else {
            return None;
        };
        let (base, end) = self.base_at(k, anchor)?;
        if span || sign == 0 {
            if sign < 0 {
                return None;
            }
            let value = base.and_then(|b| {
                let last = shift(Some(b), units, 1)?.0;
                Some((b, calendar::add_days(last, -1)?))
            });
            return Some((start, end, value));
        }
        Some((start, end, shift(base, units, sign)))
    }

    /// A count alone: "3", "trois".
    fn count_number(&self, j: usize) -> Option<i64> {
        let n = match self.num(j) {
            Some((v, len)) if len <= 3 && !self.glued(j) => v,
            Some(_) => return None,
            None => self.info(j).map(|e| e.number).filter(|&n| n != 0)?,
        };
        Some(i64::from(n))
    }

    /// The story's time as a full date to count `units` from, and its precision (0: a year,
    /// 1: a month, 2: a day); `None` when the article gave no date before, or when a unit is
    /// finer than the story's date says (days from a year alone).
    pub(super) fn story_anchor(
        &self,
        units: impl Iterator<Item = Unit>,
    ) -> Option<(DatePoint, u8)> {
        let story = self.story.get()?;
        let y = story.year?;
        let fine = |u: Unit| match u {
            Unit::Year | Unit::Decade => 0,
            Unit::Month | Unit::Quarter => 1,
            Unit::Day | Unit::Week | Unit::Weekend | Unit::Fortnight => 2,
        };
        let precision = match (story.month, story.day) {
            (None, _) => 0,
            (Some(_), None) => 1,
            (Some(_), Some(_)) => 2,
        };
        let mut units = units;
        if units.any(|u| fine(u) > precision) {
            return None;
        }
        let anchor = DatePoint::ymd(y, story.month.unwrap_or(1), story.day.unwrap_or(1));
        Some((anchor, precision))
    }

    /// `units` counted from the story's time (`sign` 1: later, -1: earlier), at the
    /// precision the story's date has: "in 1998 … a year later" is 1999, not a day of it; a
    /// count of days from a year alone says no date.
    fn counted_from_story(&self, units: &[(i64, Unit)], sign: i64) -> Resolved {
        let (mut p, precision) = self.story_anchor(units.iter().map(|&(_, u)| u))?;
        for &(n, unit) in units {
            p = add_units(p, unit, sign * n)?;
        }
        point(DatePoint {
            year: p.year,
            month: p.month.filter(|_| precision >= 1),
            day: p.day.filter(|_| precision >= 2),
        })
    }
}
