//! Dates named relative to the article's date: "hier", "la semaine prochaine", "three days
//! ago", "jeudi dernier", "jeudi 16", "on the 27th", and the modifiers after a word. Counts of
//! units from a date ("in two weeks", "3 days before May 13") are in `offsets.rs`.

use super::expr::{Expr, Hit, Rel};
use super::scan::Scan;
use crate::knowledge::lang::dates::{List, Unit};
use crate::text::TokKind;

impl<'a> Scan<'a> {
    /// A month named relative to the article's date after a day ("the 20th of next month",
    /// "4 to 22 this month", "le 20 du mois prochain"): (months from the article's, next
    /// token).
    pub(super) fn relative_month(&self, i: usize) -> Option<(i32, usize)> {
        // "the 15th day of next month".
        let i = match self.info(i).and_then(|e| e.duration) {
            Some(Unit::Day) => i + 1,
            _ => i,
        };
        let mut k = self.skip(i, List::Of);
        if k == i {
            k = self.skip(i, List::Articles);
        }
        self.relative_unit(k, Unit::Month)
    }

    /// A phrase of `relative` with this unit at `k`: (units from the article's, next token).
    pub(super) fn relative_unit(&self, k: usize, unit: Unit) -> Option<(i32, usize)> {
        if !self.starts(k, List::Relative) {
            return None;
        }
        self.w
            .relative
            .iter()
            .find(|r| r.1 == unit && self.matches(k, &r.0))
            .map(|r| (r.2, k + r.0.len()))
    }

    /// Weekday or month followed by a modifier word ("jeudi dernier"), in languages that put
    /// them after.
    pub(super) fn rel_after(&self, i: usize) -> (Rel, usize) {
        if self.w.modifiers_follow {
            if let Some(j) = self.phrase_at(i, List::Last) {
                return (Rel::Last, j);
            }
            if let Some(j) = self.phrase_at(i, List::Next) {
                return (Rel::Next, j);
            }
        }
        (Rel::Plain, i)
    }

    /// A phrase relative to the article's date ("hier", "la semaine prochaine"), with the
    /// weekday that may follow a week ("next week on Tuesday").
    pub(super) fn relative_at(&self, i: usize) -> Option<Hit> {
        let (p, unit, n, story) =
            self.row_at(i, &self.w.relative, &self.w.firsts.relative, |r| &r.0)?;
        let end = i + p.len();
        // "last week of 2016" is the final week of 2016, not the week before this one.
        if let Some(k) = self.phrase_at(end, List::Of)
            && (self.year(k).is_some()
                || self.month(k).is_some()
                || self.starts(k, List::This)
                || self.starts(k, List::Last)
                || self.starts(k, List::Next)
                || self.starts(k, List::Relative))
        {
            return None;
        }
        if *unit == Unit::Week
            && let Some((wd, end)) = self.week_weekday(end)
        {
            return Some(Hit {
                start: self.start(i),
                end_tok: end,
                expr: Expr::WeekDay { n: *n, wd },
            });
        }
        Some(Hit {
            start: self.start(i),
            end_tok: end,
            expr: if *story {
                Expr::StoryRelative { unit: *unit, n: *n }
            } else {
                Expr::Relative { unit: *unit, n: *n }
            },
        })
    }

    /// The weekday after a week phrase: "next week on Tuesday", "this week Monday".
    fn week_weekday(&self, i: usize) -> Option<(u8, usize)> {
        let j = if self.is_punct(i, ",-") { i + 1 } else { i };
        let j = self.skip(j, List::WeekLinks);
        // "next week Mon": after a week, an abbreviation is a weekday too.
        let (wd, _) = self.weekday(j)?;
        Some((wd, j + 1))
    }

    /// The week phrase after a weekday: "vendredi de la semaine prochaine", "Tuesday of next
    /// week": (weeks from the article's, next token).
    fn weekday_week(&self, i: usize) -> Option<(i32, usize)> {
        let j = if self.is_punct(i, ",") { i + 1 } else { i };
        let j = self.skip(j, List::WeekLinks);
        if !self.starts(j, List::Relative) {
            return None;
        }
        self.w
            .relative
            .iter()
            .find(|r| r.1 == Unit::Week && self.matches(j, &r.0))
            .map(|r| (r.2, j + r.0.len()))
    }

    /// A count of units back from the article's date: "il y a deux ans", "three days ago".
    pub(super) fn ago_at(&self, i: usize) -> Option<Hit> {
        let count = |j: usize| -> Option<(i32, Unit, usize)> {
            let n = match self.num(j) {
                Some((v, len)) if len <= 3 && !self.glued(j) => v,
                Some(_) => return None,
                None => self.info(j).map(|e| e.number).filter(|&n| n != 0)?,
            };
            let unit = self.info(j + 1)?.duration?;
            Some((n as i32, unit, j + 2))
        };
        if let Some(j) = self.phrase_at(i, List::AgoBefore) {
            // "il y a environ deux ans": the approximation stays inside the phrase.
            let j = self.phrase_at(j, List::AgoApprox).unwrap_or(j);
            let (n, unit, end) = count(j)?;
            return Some(Hit {
                start: self.start(i),
                end_tok: end,
                expr: Expr::Ago { unit, n },
            });
        }
        let (n, unit, end) = count(i)?;
        let end = self.phrase_at(end, List::AgoAfter)?;
        Some(Hit {
            start: self.start(i),
            end_tok: end,
            expr: Expr::Ago { unit, n },
        })
    }

    /// "jeudi", "Thursday", "jeudi dernier", "jeudi 16", "Tue 13th", "vendredi de la semaine
    /// prochaine".
    pub(super) fn weekday_alone(&self, i: usize) -> Option<Hit> {
        let (wd, abbrev) = self.weekday(i)?;
        // "the first Sunday of Lent", "a third Saturday": ranked, not the nearest one.
        if i > 0
            && (self.ordinal_day(i - 1).is_some() || self.info(i - 1).is_some_and(|e| e.day != 0))
        {
            return None;
        }
        let ordinal = self.ordinal_day(i + 1).is_some();
        if abbrev && !ordinal {
            return None;
        }
        if let Some(d) = self.day(i + 1)
            && !self.numeric_run_after(i + 1)
        {
            return Some(Hit {
                start: self.start(i),
                end_tok: i + 2,
                expr: Expr::WeekdayDay { wd, d },
            });
        }
        // "Friday the 11th", "Friday the fifteenth", "Friday the fifteen"; not "Friday the
        // second round".
        if !abbrev && let Some(j) = self.phrase_at(i + 1, List::Articles) {
            let day = match self.ordinal_day(j).filter(|d| (1..=31).contains(d)) {
                Some(d) => Some((d as u8, j + 1)),
                None => self
                    .day_word(j)
                    .or_else(|| self.cardinal_day(j))
                    .filter(|&(_, end)| {
                        !self.counted_noun(end)
                            && self.month(end).is_none()
                            && self.info(end).is_none_or(|e| e.duration.is_none())
                    }),
            };
            if let Some((d, end_tok)) = day {
                return Some(Hit {
                    start: self.start(i),
                    end_tok,
                    expr: Expr::WeekdayDay { wd, d },
                });
            }
        }
        if abbrev {
            return None;
        }
        if let Some((n, end_tok)) = self.weekday_week(i + 1) {
            return Some(Hit {
                start: self.start(i),
                end_tok,
                expr: Expr::WeekDay { n, wd },
            });
        }
        let (rel, end_tok) = self.rel_after(i + 1);
        Some(Hit {
            start: self.start(i),
            end_tok,
            expr: Expr::Weekday { wd, rel },
        })
    }

    /// A day without its month after a word that calls for a day: "on the 27th", "on the
    /// second.", "le 23.", "on 15.", "for the 22nd", "until the twenty second." A plain number
    /// or a word needs the end of a clause ("on the 27.", not "fired on first."), and nothing
    /// may follow that the number could count or rank ("on the 27th floor"). After an article
    /// behind one of `day_article_context` ("for the", "by the") nothing may follow at all, a
    /// plain number or a word must end the sentence ("a vigil for the 12, then"), and the
    /// first ten days in words are left to ordinals ("came minutes after the first.").
    pub(super) fn day_alone(&self, i: usize) -> Option<Hit> {
        let article = self
            .w
            .list(List::Articles)
            .iter()
            .find(|p| p.len() <= i && self.matches(i - p.len(), p))
            .map_or(0, |p| p.len());
        let on = self.phrase_before(i, List::DayContext)
            || (article > 0 && self.phrase_before(i - article, List::DayContext));
        let after = article > 0 && self.phrase_before(i - article, List::DayArticleContext);
        if !on && !after {
            return None;
        }
        let (d, end, loose) = if let Some(d) = self.ordinal_day(i) {
            (d as u8, i + 1, false)
        } else if self.is_number(i) {
            (self.day(i)?, i + 1, true)
        } else if article == 0 {
            return None;
        } else {
            let (d, end) = self.day_word(i)?;
            // "after the first.", "by the second.": the first one, every second.
            if !on && d <= 10 {
                return None;
            }
            (d, end, true)
        };
        if !(1..=31).contains(&d) || self.glued(i) {
            return None;
        }
        // A dash set off by spaces ends a clause too: "on 29th - meet at 2pm".
        let ends = end >= self.n()
            || (self.is_punct(end, ",.;!?)") && !(self.tight(end - 1) && self.is_number(end + 1)))
            || (self.is_punct(end, "-–—") && !self.tight(end - 1) && !self.tight(end));
        let word_after = self.toks[end..]
            .first()
            .is_some_and(|t| t.kind == TokKind::Word)
            && !self.counted_noun(end)
            && self.month(end).is_none()
            && self.info(end).is_none_or(|e| e.duration.is_none());
        let fits = if loose && (article == 0 || !on) {
            // "on 15.", "for the 27.", "for the twenty second.": the sentence ends with it.
            self.sentence_ends(end)
        } else if !on {
            ends
        } else {
            ends || (word_after && !loose)
        };
        if !fits {
            return None;
        }
        Some(Hit {
            start: self.start(i),
            end_tok: end,
            expr: Expr::DayOnly { d },
        })
    }
}
