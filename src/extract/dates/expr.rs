//! The shapes the grammar finds before they are anchored: `Expr` (a date expression), the
//! matches that carry one (`Hit`, `RangeHit`, `MonthHit`, `Found`) and checks on an `Expr`.
//! No reading of tokens here (`scan.rs` and the grammar files), no anchoring (`resolve.rs`).

use crate::knowledge::calendar::{valid, valid_any_year};
use crate::knowledge::lang::dates::{Holiday, Portion, Unit};
use crate::model::DatePoint;

/// What a modifier word does to a weekday, month or yearless date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Rel {
    Plain,
    Last,
    Next,
    /// "next Sunday" where the language means the Sunday of next week.
    NextWeek,
    This,
    /// A yearless date in a clause told in the past ("in March, the company said"): the
    /// latest such day or month on or before the article's date.
    Past,
}

/// A date expression before it is anchored on the article's date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Expr {
    /// A calendar date, possibly partial or without its year.
    Date {
        y: Option<i32>,
        m: Option<u8>,
        d: Option<u8>,
        rel: Rel,
    },
    Weekday {
        wd: u8,
        rel: Rel,
    },
    /// "jeudi 16": a weekday and a day of an unnamed month near the article's date.
    WeekdayDay {
        wd: u8,
        d: u8,
    },
    /// "the following year", "la veille": counted from the story's time, the last date the
    /// article gave (else from the article's date).
    StoryRelative {
        unit: Unit,
        n: i32,
    },
    Relative {
        unit: Unit,
        n: i32,
    },
    /// "vendredi de la semaine prochaine": a weekday of the week `n` weeks from the article's.
    WeekDay {
        n: i32,
        wd: u8,
    },
    /// "June last year", "le 3 mars de l'année prochaine": a month (and day) of the year `n`
    /// years from the article's.
    InYear {
        m: u8,
        d: Option<u8>,
        n: i32,
    },
    /// "il y a deux ans", "three days ago".
    Ago {
        unit: Unit,
        n: i32,
    },
    /// "les années 1990": ten years from `y`.
    Decade {
        y: i32,
    },
    /// "the 15th century", "le XXe siècle": a hundred years from `y`.
    Century {
        y: i32,
    },
    /// "the third week of 2027": week `n` (-1 the last) of a year or month, the first being
    /// the one with its first Thursday.
    WeekOf {
        base: WeekBase,
        n: i8,
    },
    /// A feast, in year `y` or the nearest to the article's date; with `weekend`, the
    /// weekend it falls in or next to ("Labor Day weekend").
    Feast {
        h: Holiday,
        y: Option<i32>,
        rel: Rel,
        weekend: bool,
    },
    /// "in Q2", "au deuxième trimestre": months `first` to `last` of a year the text does not
    /// say.
    Period {
        first: u8,
        last: u8,
    },
    /// "cet été", "last winter": months `first` to `last` (of the next year when before
    /// `first`) of the season named relative to the article's date.
    Season {
        first: u8,
        last: u8,
        rel: Rel,
    },
    /// "the first Sunday of May", "second Sunday": weekday `wd` number `n` (-1 the last) of
    /// a month, the article's when none is named.
    NthWeekday {
        base: WeekBase,
        wd: u8,
        n: i8,
    },
    /// "the 20th of next month": day `d` of the month `n` months from the article's.
    MonthDay {
        n: i32,
        d: u8,
    },
    /// "on the 27th": a day of an unnamed month, which stays unnamed.
    DayOnly {
        d: u8,
    },
    /// Month `m` of the year `n` years from the article's.
    YearMonth {
        n: i32,
        m: u8,
    },
    /// "the first ten days of last year": the first or last `n` units of a year.
    UnitsOf {
        base: WeekBase,
        unit: Unit,
        n: u16,
        first: bool,
    },
    /// "the rest of the week", "later this week".
    Portion {
        unit: Unit,
        part: Portion,
    },
}

/// What a week is counted in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum WeekBase {
    Year(i32),
    /// A month, of the year given or the nearest to the article's date.
    Month(Option<i32>, u8),
    /// The year `n` years from the article's.
    RelYear(i32),
    /// The month `n` months from the article's.
    RelMonth(i32),
}

impl Expr {
    pub(super) fn date(y: Option<i32>, m: Option<u8>, d: Option<u8>) -> Expr {
        Expr::Date {
            y,
            m,
            d,
            rel: Rel::Plain,
        }
    }
}

/// A match: the byte where it starts, the token after its end, and what it says.
#[derive(Debug, Clone, Copy)]
pub(super) struct Hit {
    pub(super) start: usize,
    pub(super) end_tok: usize,
    pub(super) expr: Expr,
}

/// A range match: two expressions.
#[derive(Debug, Clone, Copy)]
pub(super) struct RangeHit {
    pub(super) start: usize,
    pub(super) end_tok: usize,
    pub(super) from: Expr,
    pub(super) to: Expr,
}

/// A month name found in the text.
#[derive(Debug, Clone, Copy)]
pub(super) struct MonthHit {
    pub(super) m: u8,
    /// A full, unambiguous name: enough on its own next to a context word.
    pub(super) strong: bool,
    /// Written as "mi-mars": its own prefix is a context word.
    pub(super) prefixed: bool,
    pub(super) abbreviation: bool,
    /// An ambiguous month capitalised where the language writes months in lower case, inside
    /// a sentence ("la mission Mars 2020"): a month only next to a day number.
    pub(super) proper_noun: bool,
    pub(super) start: usize,
    pub(super) end_tok: usize,
}

/// Whether a day and month written in figures without a year ("22/04") may be a date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum DayMonth {
    No,
    /// With a slash or a hyphen, not a point: the ends of a range, after "this" or "next".
    Slashed,
    /// With a point too ("on 5.12", "Friday 7.6"): after a word that calls for a day.
    Any,
}

/// A match before it becomes a claim: first byte, token after its end, value.
pub(super) type Found = (usize, usize, Resolved);

/// Whether a date can exist: no 31 February, no 29 February 2023.
pub(super) fn plausible(e: Expr) -> bool {
    match e {
        Expr::Date {
            y,
            m: Some(m),
            d: Some(d),
            ..
        } => match y {
            Some(y) => valid(y, u32::from(m), u32::from(d)).is_some(),
            None => valid_any_year(m, d),
        },
        _ => true,
    }
}

pub(super) fn has_day(e: Expr) -> bool {
    matches!(e, Expr::Date { d: Some(_), .. })
}

pub(super) fn with_rel(e: Expr, rel: Rel) -> Expr {
    match e {
        Expr::Feast { h, y, weekend, .. } => Expr::Feast { h, y, rel, weekend },
        Expr::Date { y, m, d, .. } => Expr::Date { y, m, d, rel },
        Expr::Weekday { wd, .. } => Expr::Weekday { wd, rel },
        Expr::Season { first, last, .. } => Expr::Season { first, last, rel },
        other => other,
    }
}

pub(super) type Resolved = Option<(DatePoint, DatePoint)>;
