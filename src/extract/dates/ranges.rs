//! Ranges: two ends joined by "to", "au", "and" or a hyphen ("du 3 au 5 mars", "18-19 avril
//! 2024", "2014-2018", "Q1 2019", "l'été 2016"), and the year one end lends the other.
//! Anchoring a range is in `resolve.rs`.

use super::expr::{Expr, Hit, RangeHit, Rel, plausible};
use super::scan::Scan;
use crate::knowledge::lang::dates::{List, MonthForm, Unit};

/// "du 3 mars au 5 avril 2024": the first end takes its year from the second (the year
/// before when its month comes later), and the other way round. An end with its own
/// modifier ("from this May to Oct 2020") keeps it.
fn fill_years(a: Expr, b: Expr) -> (Expr, Expr) {
    match (a, b) {
        (
            Expr::Date {
                y: None,
                m: Some(ma),
                d: da,
                rel: ra,
            },
            Expr::Date {
                y: Some(yb),
                m: Some(mb),
                d: db,
                ..
            },
        ) if ra == Rel::Plain => {
            let later = (ma, da.unwrap_or(1)) > (mb, db.unwrap_or(1));
            let ya = if later { yb - 1 } else { yb };
            (
                Expr::Date {
                    y: Some(ya),
                    m: Some(ma),
                    d: da,
                    rel: ra,
                },
                b,
            )
        }
        (
            Expr::Date {
                y: Some(ya),
                m: Some(ma),
                d: da,
                ..
            },
            Expr::Date {
                y: None,
                m: Some(mb),
                d: db,
                rel: rb,
            },
        ) if rb == Rel::Plain => {
            let earlier = (mb, db.unwrap_or(1)) < (ma, da.unwrap_or(1));
            let yb = if earlier { ya + 1 } else { ya };
            (
                a,
                Expr::Date {
                    y: Some(yb),
                    m: Some(mb),
                    d: db,
                    rel: rb,
                },
            )
        }
        _ => (a, b),
    }
}

impl<'a> Scan<'a> {
    /// A join between the two ends of a range: (next token, whether it was an "and").
    pub(super) fn join_at(&self, i: usize) -> Option<(usize, bool)> {
        if let Some(j) = self.phrase_at(i, List::RangeTo) {
            return Some((j, false));
        }
        self.phrase_at(i, List::RangeAnd).map(|j| (j, true))
    }

    pub(super) fn range_at(&self, i: usize) -> Option<RangeHit> {
        self.range_parts(i)
            .filter(|r| plausible(r.from) && plausible(r.to))
    }

    fn range_parts(&self, i: usize) -> Option<RangeHit> {
        let from = self.phrase_at(i, List::RangeFrom);
        let j = from.unwrap_or(i);
        let has_from = from.is_some();
        let j = self.skip(j, List::Articles);
        // "from the end of March", "du début avril": the end keeps its month or year.
        let j = if has_from {
            self.skip(j, List::RangeEdges)
        } else {
            j
        };
        if self.is_number(j) && self.numeric_run_before(j) {
            return None;
        }
        let start = |h_start: usize| if has_from { self.start(i) } else { h_start };
        // Parts of a year: "Q1 2019", "premier trimestre de 2019", "2019-Q1".
        if let Some((m1, m2, k)) = self.period_at(j) {
            let k = if self.is_punct(k, ",") { k + 1 } else { k };
            let k = self.skip(k, List::Of);
            if let Some((y, end_tok)) = self
                .year(k)
                .map(|y| (y, k + 1))
                .or_else(|| self.year_words(k))
            {
                return Some(RangeHit {
                    start: start(self.start(j)),
                    end_tok,
                    from: Expr::date(Some(y), Some(m1), None),
                    to: Expr::date(Some(y), Some(m2), None),
                });
            }
            // "Q3 this year", "the second half of next year".
            if let Some((n, end_tok)) = self.relative_unit(k, Unit::Year) {
                return Some(RangeHit {
                    start: start(self.start(j)),
                    end_tok,
                    from: Expr::YearMonth { n, m: m1 },
                    to: Expr::YearMonth { n, m: m2 },
                });
            }
        }
        // Seasons: "l'été 2016", "summer of 2016"; winter spans the end of its year.
        if let Some((m1, m2, k)) = self.season_at(j)
            && self.season_context(j, k)
        {
            let k = if self.is_punct(k, ",") { k + 1 } else { k };
            let k = self.skip(k, List::Of);
            if let Some((y, end_tok)) = self.year_at(k) {
                let y2 = if m2 < m1 { y + 1 } else { y };
                return Some(RangeHit {
                    start: start(self.start(j)),
                    end_tok,
                    from: Expr::date(Some(y), Some(m1), None),
                    to: Expr::date(Some(y2), Some(m2), None),
                });
            }
        }
        // "2016H2", "2019Q1": a year and a part of it in one word.
        if let Some((y, m1, m2)) = self.glued_period(j) {
            return Some(RangeHit {
                start: start(self.start(j)),
                end_tok: j + 1,
                from: Expr::date(Some(y), Some(m1), None),
                to: Expr::date(Some(y), Some(m2), None),
            });
        }
        if let Some(y) = self.year(j) {
            let k = if self.tight(j) && self.is_punct(j + 1, "-") && self.tight(j + 1) {
                j + 2
            } else {
                j + 1
            };
            if let Some((m1, m2, end_tok)) = self.period_at(k) {
                return Some(RangeHit {
                    start: start(self.start(j)),
                    end_tok,
                    from: Expr::date(Some(y), Some(m1), None),
                    to: Expr::date(Some(y), Some(m2), None),
                });
            }
        }
        // Two months written as one word: "Jan-Feb 2017", "mars-avril 2024".
        if let Some((m1, m2)) = self.month_pair(j)
            && let (Some(y), end_tok) = self.year_tail(j + 1)
        {
            let (from, to) = fill_years(
                Expr::date(None, Some(m1), None),
                Expr::date(Some(y), Some(m2), None),
            );
            return Some(RangeHit {
                start: start(self.start(j)),
                end_tok,
                from,
                to,
            });
        }
        // Two days, one month: "18-19 avril 2024", "du 3 au 5 mars", "les 18 et 19 avril".
        if let Some((d1, j1)) = self.any_day(j)
            && let Some((k, and)) = self.join_at(j1)
        {
            let k = self.skip(k, List::Articles);
            let d2 = self.any_day(k);
            // "from 4 to 22 this month".
            if let Some((d2, k2)) = d2
                && d1 < d2
                && (!and || has_from)
                && let Some((n, end_tok)) = self.relative_month(k2)
            {
                return Some(RangeHit {
                    start: start(self.start(j)),
                    end_tok,
                    from: Expr::MonthDay { n, d: d1 },
                    to: Expr::MonthDay { n, d: d2 },
                });
            }
            if let Some((d2, k2)) = d2
                && let Some(mh) = self.month(self.skip(k2, List::Of))
            {
                let (y, end_tok) = self.year_tail(mh.end_tok);
                let (rel, end_tok) = match y {
                    None => self.rel_after(end_tok),
                    Some(_) => (Rel::Plain, end_tok),
                };
                if d1 < d2 && (!and || has_from || d2 == d1 + 1) {
                    let m = Some(mh.m);
                    return Some(RangeHit {
                        start: start(self.start(j)),
                        end_tok,
                        from: Expr::Date {
                            y,
                            m,
                            d: Some(d1),
                            rel,
                        },
                        to: Expr::Date {
                            y,
                            m,
                            d: Some(d2),
                            rel,
                        },
                    });
                }
            }
        }
        // "from 4 to January 22, 1995": the first day in the month of the second.
        if has_from
            && let Some((d1, j1)) = self.any_day(j)
            && self.month(j1).is_none()
            && let Some((k, false)) = self.join_at(j1)
            && let Some(h) = self.month_day(self.skip(k, List::Articles))
            && let Expr::Date {
                y,
                m: Some(m),
                d: Some(d2),
                ..
            } = h.expr
            && d1 < d2
        {
            return Some(RangeHit {
                start: self.start(i),
                end_tok: h.end_tok,
                from: Expr::date(y, Some(m), Some(d1)),
                to: h.expr,
            });
        }
        // One month, two days: "March 3-5, 2024", "between March 3 and 5".
        if let Some(mh) = self.month(j) {
            let k = self.skip(mh.end_tok, List::Articles);
            if let Some((d1, k1)) = self.any_day(k)
                && let Some((l, and)) = self.join_at(k1)
            {
                let l = self.skip(l, List::Articles);
                let next_is_month = self.month(l + 1).is_some() || self.month(l).is_some();
                if let Some((d2, l2)) = self.any_day(l)
                    && !next_is_month
                    && !self.numeric_run_after(l)
                    && d1 < d2
                    && (!and || has_from || d2 == d1 + 1)
                {
                    let (y, end_tok) = self.year_tail(l2);
                    let m = Some(mh.m);
                    return Some(RangeHit {
                        start: start(mh.start),
                        end_tok,
                        from: Expr::date(y, m, Some(d1)),
                        to: Expr::date(y, m, Some(d2)),
                    });
                }
            }
        }
        // Years joined by a hyphen: "2014-2018".
        if let Some(y1) = self.year(j)
            && !self.numeric_run_before(j)
            && self.tight(j)
            && self.is_punct(j + 1, "-")
            && self.tight(j + 1)
            && let Some(y2) = self.year(j + 2)
            && y1 < y2
            && !self.numeric_run_after(j + 2)
        {
            return Some(RangeHit {
                start: start(self.start(j)),
                end_tok: j + 3,
                from: Expr::date(Some(y1), None, None),
                to: Expr::date(Some(y2), None, None),
            });
        }
        // Two dates: "du 3 mars au 5 avril 2024", "from September 2010 to January 2011".
        let (a, a_bare) = match self.single_at(j, has_from) {
            Some(a) => (a, false),
            None => (self.single_at(j, true)?, true),
        };
        let (k, and) = self.join_at(a.end_tok)?;
        if and && !has_from {
            return None;
        }
        let k = self.skip(k, List::Articles);
        // "until the end of June", "à la fin juin".
        let k = self.skip(k, List::RangeEdges);
        let b = self.single_at(k, true)?;
        let bare_year = |e: Expr| matches!(e, Expr::Date { m: None, .. });
        let bare_month = |e: Expr| {
            matches!(
                e,
                Expr::Date {
                    m: Some(_),
                    d: None,
                    y: None,
                    ..
                }
            )
        };
        // Numbers that are counts: "from 1500 to 2000 people".
        if bare_year(b.expr) && self.counted_noun(b.end_tok) {
            return None;
        }
        // "from 5/1 to 5/7, 2020": a year after both ends.
        let mut b = b;
        if let (
            Expr::Date { y: None, .. },
            Expr::Date {
                y: None,
                m: Some(m),
                d: Some(d),
                rel: Rel::Plain,
            },
        ) = (a.expr, b.expr)
            && let (Some(y), end_tok) = self.year_tail(b.end_tok)
        {
            b = Hit {
                end_tok,
                expr: Expr::date(Some(y), Some(m), Some(d)),
                ..b
            };
        }
        // Without "from", a bare year or month needs its partner to be one too: "2014 to
        // 2018", "January to March".
        if a_bare
            && !((bare_year(a.expr) && bare_year(b.expr))
                || (bare_month(a.expr) && matches!(b.expr, Expr::Date { m: Some(_), .. })))
        {
            return None;
        }
        let (from, to) = fill_years(a.expr, b.expr);
        Some(RangeHit {
            start: start(a.start),
            end_tok: b.end_tok,
            from,
            to,
        })
    }

    /// Two months joined by a hyphen into one token ("Jan-Feb").
    fn month_pair(&self, i: usize) -> Option<(u8, u8)> {
        // Most words hold no hyphen: no searcher set up for them.
        if !self.hyphen(i) {
            return None;
        }
        let (a, b) = self.low(i).split_once('-')?;
        let month = |w: &str| {
            let e = self.w.words.get(w)?;
            (e.month != 0 && e.month_form != MonthForm::Ambiguous).then_some(e.month)
        };
        Some((month(a)?, month(b)?))
    }
}
