//! Anchoring: an `Expr`, or a range of two, becomes the first and last `DatePoint` it covers,
//! placed on the article's date when it is relative. Pure functions on dates; no tokens.

use super::expr::{Expr, Rel, Resolved, WeekBase};
use crate::knowledge::calendar::{self, valid, valid_any_year};
use crate::knowledge::lang::dates::{Holiday, Portion, Unit};
use crate::model::DatePoint;

pub(super) fn point(p: DatePoint) -> Resolved {
    Some((p, p))
}

/// A season named relative to the article's date: the one containing the article's month or
/// else the nearest (the earlier on a tie) for `This`, the last one over before the article's
/// month for `Last`, the first one starting after it for `Next`.
fn resolve_season(first: u8, last: u8, rel: Rel, anchor: DatePoint) -> Resolved {
    let ay = anchor.year?;
    let here = i64::from(ay) * 12 + i64::from(anchor.month?) - 1;
    let wrap = i32::from(last < first);
    // Each candidate: its first year, first month index, last month index.
    let candidates = (ay - 2..=ay + 1).map(|y| {
        let a = i64::from(y) * 12 + i64::from(first) - 1;
        let b = i64::from(y + wrap) * 12 + i64::from(last) - 1;
        (y, a, b)
    });
    let y = match rel {
        Rel::Plain | Rel::This | Rel::Past => candidates
            .min_by_key(|&(_, a, b)| ((a - here).max(here - b).max(0), a))
            .map(|c| c.0),
        Rel::Last => candidates
            .filter(|&(_, _, b)| b < here)
            .max_by_key(|c| c.1)
            .map(|c| c.0),
        Rel::Next | Rel::NextWeek => candidates
            .filter(|&(_, a, _)| a > here)
            .min_by_key(|c| c.1)
            .map(|c| c.0),
    }?;
    let month = |y: i32, m: u8| DatePoint {
        year: Some(y),
        month: Some(m),
        day: None,
    };
    Some((month(y, first), month(y + wrap, last)))
}

fn day_number(p: DatePoint) -> Option<i64> {
    Some(calendar::days_from_civil(p.year?, p.month?, p.day?))
}

/// Anchors an expression on the article's date (`None` when it has none): the first and
/// last point it covers, or `None` when it cannot be anchored or is not a valid date.
pub(super) fn resolve(e: Expr, anchor: Option<DatePoint>) -> Resolved {
    match e {
        Expr::Date { y, m, d, rel } => resolve_date(y, m, d, rel, anchor),
        Expr::Weekday { wd, rel } => {
            let a = anchor?;
            let aw = calendar::weekday(a.year?, a.month?, a.day?);
            let back = i64::from((aw + 7 - wd) % 7);
            let ahead = i64::from((wd + 7 - aw) % 7);
            let offset = match rel {
                Rel::Plain | Rel::Past => -back,
                Rel::Last => -(if back == 0 { 7 } else { back }),
                Rel::Next => {
                    if ahead == 0 {
                        7
                    } else {
                        ahead
                    }
                }
                Rel::NextWeek => 7 + i64::from(wd) - i64::from(aw),
                Rel::This => i64::from(wd) - i64::from(aw),
            };
            point(calendar::add_days(a, offset)?)
        }
        Expr::WeekdayDay { wd, d } => {
            // Without the article's date, the day of an unnamed month.
            let Some(a) = anchor else {
                return point(DatePoint {
                    year: None,
                    month: None,
                    day: Some(d),
                });
            };
            // The article's month when the day falls on that weekday in it, else the nearest
            // month where it does ("Friday 31" said in February).
            let at = day_number(a)?;
            let (ay, am) = (a.year?, a.month?);
            (-12..=12)
                .filter_map(|k| {
                    let (y, m) = calendar::add_months(ay, am, k);
                    let (m, d) = valid(y, u32::from(m), u32::from(d))?;
                    (calendar::weekday(y, m, d) == wd).then(|| (k, DatePoint::ymd(y, m, d)))
                })
                .min_by_key(|&(k, p)| (k != 0, day_number(p).map_or(i64::MAX, |n| (n - at).abs())))
                .and_then(|(_, p)| point(p))
        }
        Expr::Relative { unit, n } | Expr::StoryRelative { unit, n } => {
            let a = anchor?;
            let (ay, am) = (a.year?, a.month?);
            match unit {
                Unit::Day => point(calendar::add_days(a, i64::from(n))?),
                Unit::Week | Unit::Weekend => {
                    let monday = monday_of(a, n)?;
                    if unit == Unit::Week {
                        Some((monday, calendar::add_days(monday, 6)?))
                    } else {
                        Some((
                            calendar::add_days(monday, 5)?,
                            calendar::add_days(monday, 6)?,
                        ))
                    }
                }
                Unit::Month => {
                    let (y, m) = calendar::add_months(ay, am, n);
                    point(DatePoint {
                        year: Some(y),
                        month: Some(m),
                        day: None,
                    })
                }
                Unit::Quarter => {
                    let first = am - (am - 1) % 3;
                    let (y, m) = calendar::add_months(ay, first, n.checked_mul(3)?);
                    let month = |m: u8| DatePoint {
                        year: Some(y),
                        month: Some(m),
                        day: None,
                    };
                    Some((month(m), month(m + 2)))
                }
                Unit::Year => point(DatePoint {
                    year: Some(ay.checked_add(n)?),
                    month: None,
                    day: None,
                }),
                Unit::Fortnight => {
                    let monday = monday_of(a, n.checked_mul(2)?)?;
                    Some((monday, calendar::add_days(monday, 13)?))
                }
                Unit::Decade => {
                    let y = ay.div_euclid(10).checked_add(n)?.checked_mul(10)?;
                    Some((year_point(y), year_point(y + 9)))
                }
            }
        }
        Expr::WeekDay { n, wd } => point(calendar::add_days(
            monday_of(anchor?, n)?,
            i64::from(wd) - 1,
        )?),
        // "Two years ago" names a year, not the article's day two years back: news reckons
        // in years there ("founded two years ago"). Months and days back keep their day.
        Expr::Ago {
            unit: Unit::Year,
            n,
        } => point(DatePoint {
            month: None,
            day: None,
            ..add_units(anchor?, Unit::Year, -i64::from(n))?
        }),
        Expr::Ago { unit, n } => point(add_units(anchor?, unit, -i64::from(n))?),
        Expr::InYear { m, d, n } => {
            // Without the article's date, the month and day are still known.
            let Some(y) = anchor.and_then(|a| a.year) else {
                return resolve_date(None, Some(m), d, Rel::Plain, None);
            };
            let y = y.checked_add(n)?;
            if d.is_some_and(|d| calendar::valid(y, u32::from(m), u32::from(d)).is_none()) {
                return None;
            }
            point(DatePoint {
                year: Some(y),
                month: Some(m),
                day: d,
            })
        }
        Expr::WeekOf { base, n } => {
            let (y, first, last) = match base {
                WeekBase::Year(y) => (y, 1, 12),
                WeekBase::RelYear(k) => (anchor?.year?.checked_add(k)?, 1, 12),
                WeekBase::RelMonth(k) => {
                    let a = anchor?;
                    let (y, m) = calendar::add_months(a.year?, a.month?, k);
                    (y, m, m)
                }
                WeekBase::Month(y, m) => {
                    let y = match y {
                        Some(y) => y,
                        None => {
                            resolve_date(None, Some(m), None, Rel::Plain, anchor)?
                                .0
                                .year?
                        }
                    };
                    (y, m, m)
                }
            };
            // The first week holds the 4th (its Thursday), the last the 4th day from the end.
            let thursday_week = if n > 0 {
                DatePoint::ymd(y, first, 4)
            } else {
                DatePoint::ymd(y, last, calendar::days_in_month(y, last) - 3)
            };
            let back = i64::from(calendar::weekday(
                y,
                thursday_week.month?,
                thursday_week.day?,
            )) - 1;
            let monday = calendar::add_days(thursday_week, 7 * i64::from(n.max(1) - 1) - back)?;
            // No fifth week in a month that has four.
            if monday > DatePoint::ymd(y, last, calendar::days_in_month(y, last)) {
                return None;
            }
            // No 53rd week in a year that has 52: its Thursday would be in the next year.
            if matches!(base, WeekBase::Year(_) | WeekBase::RelYear(_))
                && n > 0
                && calendar::add_days(monday, 3)? > DatePoint::ymd(y, 12, 31)
            {
                return None;
            }
            Some((monday, calendar::add_days(monday, 6)?))
        }
        Expr::Feast { h, y, rel, weekend } => {
            let p = if let Some(y) = y {
                h.in_year(y)?
            } else if let Some(a) = anchor {
                let at = day_number(a)?;
                let ay = a.year?;
                let days = (ay - 1..=ay + 1).filter_map(|y| h.in_year(y));
                match rel {
                    Rel::Plain | Rel::This | Rel::Past => {
                        days.min_by_key(|p| day_number(*p).map_or(i64::MAX, |n| (n - at).abs()))
                    }
                    Rel::Last => days.filter(|p| day_number(*p) < Some(at)).max(),
                    Rel::Next | Rel::NextWeek => days.filter(|p| day_number(*p) > Some(at)).min(),
                }?
            } else {
                // Without a year, only a fixed day is known, and not its weekday.
                return match h {
                    Holiday::Fixed(m, d) if !weekend => point(DatePoint {
                        year: None,
                        month: Some(m),
                        day: Some(d),
                    }),
                    _ => None,
                };
            };
            if weekend { feast_weekend(p) } else { point(p) }
        }
        Expr::Season { first, last, rel } => resolve_season(first, last, rel, anchor?),
        Expr::Period { first, last } => {
            let month = |m: u8| DatePoint {
                year: None,
                month: Some(m),
                day: None,
            };
            Some((month(first), month(last)))
        }
        Expr::DayOnly { d } => point(DatePoint {
            year: None,
            month: None,
            day: Some(d),
        }),
        Expr::YearMonth { n, m } => point(DatePoint {
            year: Some(anchor?.year?.checked_add(n)?),
            month: Some(m),
            day: None,
        }),
        Expr::UnitsOf {
            base,
            unit,
            n,
            first,
        } => {
            let y = match base {
                WeekBase::Year(y) => y,
                WeekBase::RelYear(k) => anchor?.year?.checked_add(k)?,
                _ => return None,
            };
            let n = i64::from(n);
            match unit {
                Unit::Month => {
                    let n = u8::try_from(n).ok().filter(|n| (1..=12).contains(n))?;
                    let month = |m: u8| DatePoint {
                        year: Some(y),
                        month: Some(m),
                        day: None,
                    };
                    if first {
                        Some((month(1), month(n)))
                    } else {
                        Some((month(13 - n), month(12)))
                    }
                }
                Unit::Week => {
                    let (w0, _) = resolve(
                        Expr::WeekOf {
                            base: WeekBase::Year(y),
                            n: if first { 1 } else { -1 },
                        },
                        anchor,
                    )?;
                    if first {
                        Some((w0, calendar::add_days(w0, 7 * n - 1)?))
                    } else {
                        Some((
                            calendar::add_days(w0, -7 * (n - 1))?,
                            calendar::add_days(w0, 6)?,
                        ))
                    }
                }
                _ => {
                    if first {
                        let a = DatePoint::ymd(y, 1, 1);
                        Some((a, calendar::add_days(a, n - 1)?))
                    } else {
                        let b = DatePoint::ymd(y, 12, 31);
                        Some((calendar::add_days(b, 1 - n)?, b))
                    }
                }
            }
        }
        Expr::Portion { unit, part } => {
            let a = anchor?;
            let (ay, am) = (a.year?, a.month?);
            let (first, last) = match unit {
                Unit::Week => {
                    let monday = monday_of(a, 0)?;
                    (monday, calendar::add_days(monday, 6)?)
                }
                Unit::Month => (
                    DatePoint::ymd(ay, am, 1),
                    DatePoint::ymd(ay, am, calendar::days_in_month(ay, am)),
                ),
                _ => (DatePoint::ymd(ay, 1, 1), DatePoint::ymd(ay, 12, 31)),
            };
            // The second half starts on a week's Thursday, a month's 16th, a year's July.
            let half = match unit {
                Unit::Week => calendar::add_days(first, 3)?,
                Unit::Month => DatePoint::ymd(ay, am, 16),
                _ => DatePoint::ymd(ay, 7, 1),
            };
            match part {
                Portion::Rest => Some((a, last)),
                Portion::Late => Some((a.max(half), last)),
                // Before the article's date: "earlier this week" said on a Thursday runs to
                // Wednesday.
                Portion::Early => Some((first, calendar::add_days(a, -1)?.max(first))),
            }
        }
        Expr::NthWeekday { base, wd, n } => {
            let (y, m) = match base {
                WeekBase::RelMonth(k) => {
                    let a = anchor?;
                    calendar::add_months(a.year?, a.month?, k)
                }
                WeekBase::Month(Some(y), m) => (y, m),
                WeekBase::Month(None, m) => {
                    let y = resolve_date(None, Some(m), None, Rel::Plain, anchor)?
                        .0
                        .year?;
                    (y, m)
                }
                WeekBase::Year(_) | WeekBase::RelYear(_) => return None,
            };
            point(DatePoint::ymd(y, m, calendar::nth_weekday(y, m, wd, n)?))
        }
        Expr::MonthDay { n, d } => {
            let a = anchor?;
            let (y, m) = calendar::add_months(a.year?, a.month?, n);
            let (m, d) = valid(y, u32::from(m), u32::from(d))?;
            point(DatePoint::ymd(y, m, d))
        }
        Expr::Century { y } => Some((year_point(y), year_point(y + 99))),
        Expr::Decade { y } => Some((
            DatePoint {
                year: Some(y),
                month: None,
                day: None,
            },
            DatePoint {
                year: Some(y + 9),
                month: None,
                day: None,
            },
        )),
    }
}

/// The weekend a feast on day `p` falls in or next to, the feast included: Saturday to a
/// Monday or Tuesday feast, a Thursday or Friday feast to Sunday ("Thanksgiving weekend"),
/// and none for a Wednesday, which has a weekend on either side.
fn feast_weekend(p: DatePoint) -> Resolved {
    let wd = calendar::weekday(p.year?, p.month?, p.day?);
    let (before, after) = match wd {
        1 | 2 => (-(i64::from(wd) + 1), 0),
        4 | 5 => (0, 7 - i64::from(wd)),
        6 => (0, 1),
        7 => (-1, 0),
        _ => return None,
    };
    Some((
        calendar::add_days(p, before)?,
        calendar::add_days(p, after)?,
    ))
}

/// "the next 3 days" (`dir` 1) or "the past 3 days" (-1) from the article's date `a`: whole
/// quarters and decades, days otherwise.
pub(super) fn counted_range(a: DatePoint, unit: Unit, n: i64, dir: i64) -> Resolved {
    if n == 0 || n > 1000 {
        return None;
    }
    let n32 = i32::try_from(n).ok()?;
    match unit {
        Unit::Quarter => {
            let (ay, am) = (a.year?, a.month?);
            let first = am - (am - 1) % 3;
            let (y0, m0) = if dir > 0 {
                calendar::add_months(ay, first, 3)
            } else {
                calendar::add_months(ay, first, -3 * n32)
            };
            let (y1, m1) = calendar::add_months(y0, m0, 3 * n32 - 1);
            let month = |y: i32, m: u8| DatePoint {
                year: Some(y),
                month: Some(m),
                day: None,
            };
            Some((month(y0, m0), month(y1, m1)))
        }
        Unit::Decade => {
            let d = a.year?.div_euclid(10) * 10;
            let (y0, y1) = if dir > 0 {
                (d + 10, d + 10 * n32 + 9)
            } else {
                (d - 10 * n32, d - 1)
            };
            Some((year_point(y0), year_point(y1)))
        }
        _ if dir > 0 => Some(whole_months(
            calendar::add_days(a, 1)?,
            add_units(a, unit, n)?,
        )),
        _ => Some(whole_months(
            add_units(a, unit, -n)?,
            calendar::add_days(a, -1)?,
        )),
    }
}

/// A range of days from the first of a month to the last of a month, as months: "les dix
/// derniers mois" counted from 1 February is April to January.
fn whole_months(a: DatePoint, b: DatePoint) -> (DatePoint, DatePoint) {
    match (a.year, a.month, a.day, b.year, b.month, b.day) {
        (Some(_), Some(_), Some(1), Some(by), Some(bm), Some(bd))
            if bd == calendar::days_in_month(by, bm) =>
        {
            let month = |p: DatePoint| DatePoint { day: None, ..p };
            (month(a), month(b))
        }
        _ => (a, b),
    }
}

fn year_point(y: i32) -> DatePoint {
    DatePoint {
        year: Some(y),
        month: None,
        day: None,
    }
}

/// A full date moved by `n` units (back when negative); a month or year later keeps the day
/// when it exists ("31 March" minus a month is the last day of February).
pub(super) fn add_units(p: DatePoint, unit: Unit, n: i64) -> Option<DatePoint> {
    let days = |k: i64| calendar::add_days(p, n.checked_mul(k)?);
    let months = |k: i64| {
        let (y, m, d) = (p.year?, p.month?, p.day?);
        let n = i32::try_from(n.checked_mul(k)?).ok()?;
        if n.unsigned_abs() > 120_000 {
            return None;
        }
        let (y, m) = calendar::add_months(y, m, n);
        Some(DatePoint::ymd(y, m, d.min(calendar::days_in_month(y, m))))
    };
    match unit {
        Unit::Day => days(1),
        Unit::Week | Unit::Weekend => days(7),
        Unit::Fortnight => days(14),
        Unit::Month => months(1),
        Unit::Quarter => months(3),
        Unit::Year => months(12),
        Unit::Decade => months(120),
    }
}

/// The Monday of the week `n` weeks after the article's.
fn monday_of(a: DatePoint, n: i32) -> Option<DatePoint> {
    let aw = calendar::weekday(a.year?, a.month?, a.day?);
    calendar::add_days(a, 7 * i64::from(n) - i64::from(aw - 1))
}

fn resolve_date(
    y: Option<i32>,
    m: Option<u8>,
    d: Option<u8>,
    rel: Rel,
    anchor: Option<DatePoint>,
) -> Resolved {
    if let (Some(m), Some(d)) = (m, d)
        && !valid_any_year(m, d)
    {
        return None;
    }
    if let Some(y) = y {
        if let (Some(m), Some(d)) = (m, d) {
            valid(y, u32::from(m), u32::from(d))?;
        }
        return point(DatePoint {
            year: Some(y),
            month: m,
            day: d,
        });
    }
    let m = m?;
    let Some(a) = anchor else {
        // Without the article's date a yearless date keeps an unknown year, "le 18 octobre
        // dernier" included: the month and day are still worth comparing.
        let _ = rel;
        return point(DatePoint {
            year: None,
            month: Some(m),
            day: d,
        });
    };
    let ay = a.year?;
    let at = day_number(a)?;
    // Day numbers (or month numbers, for a month alone) of the candidates in the years
    // around the article's.
    let key = |y: i32| -> Option<i64> {
        match d {
            Some(d) => {
                valid(y, u32::from(m), u32::from(d))?;
                Some(calendar::days_from_civil(y, m, d))
            }
            None => Some(i64::from(y) * 12 + i64::from(m)),
        }
    };
    let here = match d {
        Some(_) => at,
        None => i64::from(ay) * 12 + i64::from(a.month?),
    };
    let candidates = (ay - 1..=ay + 1).filter_map(|y| key(y).map(|k| (y, k)));
    let y = match rel {
        Rel::This => key(ay).map(|_| ay),
        Rel::Plain => candidates
            .min_by_key(|&(_, k)| (k - here).abs())
            .map(|c| c.0),
        // A month alone "dernier" is before the article's month; a day may be the article's.
        Rel::Last => candidates
            .filter(|&(_, k)| if d.is_some() { k <= here } else { k < here })
            .max_by_key(|&(_, k)| k)
            .map(|c| c.0),
        Rel::Next | Rel::NextWeek => candidates
            .filter(|&(_, k)| k > here)
            .min_by_key(|&(_, k)| k)
            .map(|c| c.0),
        Rel::Past => candidates
            .filter(|&(_, k)| k <= here)
            .max_by_key(|&(_, k)| k)
            .map(|c| c.0),
    }?;
    point(DatePoint {
        year: Some(y),
        month: Some(m),
        day: d,
    })
}

pub(super) fn resolve_range(a: Expr, b: Expr, anchor: Option<DatePoint>) -> Resolved {
    let (a0, _) = resolve(a, anchor)?;
    let (_, mut b1) = match b {
        // "from next Monday to Friday": the first such day from the start on.
        Expr::Weekday {
            wd,
            rel: Rel::Plain,
        } => {
            let aw = calendar::weekday(a0.year?, a0.month?, a0.day?);
            point(calendar::add_days(a0, i64::from((wd + 7 - aw) % 7))?)?
        }
        _ => resolve(b, anchor)?,
    };
    if a0.year.is_some() != b1.year.is_some() {
        return None;
    }
    // "from November to February": the end is in the next year when it has none of its own.
    if b1 < a0
        && let Expr::Date {
            y: None,
            rel: Rel::Plain,
            ..
        } = b
        && let (Some(ya), Some(_)) = (a0.year, b1.year)
    {
        for y in [ya, ya + 1] {
            let moved = DatePoint {
                year: Some(y),
                ..b1
            };
            if moved >= a0 && plausible_point(moved) {
                b1 = moved;
                break;
            }
        }
    }
    // Without years, an end before the start means the range crosses a new year.
    if b1 < a0 && a0.year.is_some() {
        return None;
    }
    Some(same_precision(a0, b1))
}

/// The ends of a range made as precise as each other ("from 2015 to May 5, 2017" runs from 1
/// January 2015): a coarser start from its first day, a coarser end to its last.
fn same_precision(mut a: DatePoint, mut b: DatePoint) -> (DatePoint, DatePoint) {
    if a.year.is_none() || b.year.is_none() {
        return (a, b);
    }
    if a.month.is_none() && b.month.is_some() {
        a.month = Some(1);
    }
    if b.month.is_none() && a.month.is_some() {
        b.month = Some(12);
    }
    if a.day.is_none() && b.day.is_some() {
        a.day = Some(1);
    }
    if let (Some(y), Some(m), None, Some(_)) = (b.year, b.month, b.day, a.day) {
        b.day = Some(calendar::days_in_month(y, m));
    }
    (a, b)
}

fn plausible_point(p: DatePoint) -> bool {
    match (p.year, p.month, p.day) {
        (Some(y), Some(m), Some(d)) => valid(y, u32::from(m), u32::from(d)).is_some(),
        _ => true,
    }
}
