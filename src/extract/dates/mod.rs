//! Dates: full ("16 janvier 2018", "January 16, 2018"), partial ("septembre 2019"), ranges
//! ("les 18-19 avril 2024"), numeric ("16/01/2018", "2018-01-16"), years in context
//! ("en 2023"), seasons ("l'été 2016", "cet hiver") and relative dates anchored on the
//! article's date ("jeudi", "last Tuesday", "l'année prochaine"), unresolved (value `None`)
//! when they cannot be.
//!
//! This module owns the `[dates]` section of the language files (`DateWords`) and the date
//! extractor. Every word it knows comes from that section; the code only knows shapes: a day,
//! a month, a year, a weekday, in the orders languages write them.
//!
//! Spans cover the date expression itself, without the article or preposition in front of it
//! ("le 16 janvier" → "16 janvier", "in 2023" → "2023"), but with the words that change its
//! meaning: "jeudi dernier", "last Tuesday", "du 3 au 5 mars", "la semaine prochaine".

use std::borrow::Cow;

use super::Doc;
use crate::knowledge::calendar::{self, valid, valid_any_year};
use crate::knowledge::lang::Lang;
use crate::knowledge::lang::dates::{
    DateWords, Holiday, List, MonthForm, Portion, Unit, WordInfo, YEARS, fold,
};
use crate::model::{Claim, ClaimKind, DatePoint, DateValue, Span, Value};
use crate::text::{TokKind, Token};

/// What a modifier word does to a weekday, month or yearless date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Rel {
    Plain,
    Last,
    Next,
    /// "next Sunday" where the language means the Sunday of next week.
    NextWeek,
    This,
}

/// A date expression before it is anchored on the article's date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Expr {
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
    Relative {
        unit: Unit,
        n: i32,
    },
    /// "vendredi de la semaine prochaine": a weekday of the week `n` weeks from the article's.
    WeekDay {
        n: i32,
        wd: u8,
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
enum WeekBase {
    Year(i32),
    /// A month, of the year given or the nearest to the article's date.
    Month(Option<i32>, u8),
    /// The year `n` years from the article's.
    RelYear(i32),
    /// The month `n` months from the article's.
    RelMonth(i32),
}

impl Expr {
    fn date(y: Option<i32>, m: Option<u8>, d: Option<u8>) -> Expr {
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
struct Hit {
    start: usize,
    end_tok: usize,
    expr: Expr,
}

/// A range match: two expressions.
#[derive(Debug, Clone, Copy)]
struct RangeHit {
    start: usize,
    end_tok: usize,
    from: Expr,
    to: Expr,
}

/// A month name found in the text.
#[derive(Debug, Clone, Copy)]
struct MonthHit {
    m: u8,
    /// A full, unambiguous name: enough on its own next to a context word.
    strong: bool,
    /// Written as "mi-mars": its own prefix is a context word.
    prefixed: bool,
    abbreviation: bool,
    /// An ambiguous month capitalised where the language writes months in lower case, inside
    /// a sentence ("la mission Mars 2020"): a month only next to a day number.
    proper_noun: bool,
    start: usize,
    end_tok: usize,
}

struct Scan<'a> {
    text: &'a str,
    toks: &'a [Token],
    low: Vec<Cow<'a, str>>,
    info: Vec<Option<&'a WordInfo>>,
    w: &'a DateWords,
    lang: &'a Lang,
    /// Whether the article is about sports (one of `season_words`), found when first asked.
    sports: std::cell::OnceCell<bool>,
}

pub fn extract(doc: &Doc) -> Vec<Claim> {
    let w = &doc.lang.data.dates;
    let toks = &doc.tokens[..];
    let low: Vec<Cow<str>> = toks.iter().map(|t| fold(t.text(doc.text))).collect();
    let info = toks
        .iter()
        .zip(&low)
        .map(|(t, l)| match t.kind {
            TokKind::Number => None,
            _ => w.words.get(l.as_ref()),
        })
        .collect();
    let scan = Scan {
        text: doc.text,
        toks,
        low,
        info,
        w,
        lang: doc.lang,
        sports: std::cell::OnceCell::new(),
    };
    // Only a full, valid date anchors relative dates; library callers may pass anything.
    let anchor = doc.date.filter(|p| match (p.year, p.month, p.day) {
        (Some(y), Some(m), Some(d)) => {
            (1..=9999).contains(&y) && valid(y, m.into(), d.into()).is_some()
        }
        _ => false,
    });
    let mut claims = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        if !scan.may_start(i) {
            i += 1;
            continue;
        }
        let found = match scan.offset_at(i, anchor) {
            Some(found) => Some(found),
            None => scan.range_or_single(i, anchor),
        };
        match found {
            Some((start, end_tok, value)) => {
                let end = toks[end_tok - 1].span.end;
                // Counting far enough leaves the years ISO 8601 writes with four digits.
                let four_digits = |p: DatePoint| p.year.is_none_or(|y| (0..=9999).contains(&y));
                let value = value.filter(|&(a, b)| four_digits(a) && four_digits(b));
                let value = value.map(|(a, b)| {
                    if a == b {
                        DateValue::Point(a)
                    } else {
                        DateValue::Range(a, b)
                    }
                });
                claims.push(doc.claim(ClaimKind::Date, Span::new(start, end), Value::Date(value)));
                i = end_tok.max(i + 1);
            }
            // An impossible date ("31 février 2018") is a typo, not a month and a year.
            None => i = scan.impossible_at(i).unwrap_or(i + 1),
        }
    }
    claims
}

/// Whether a day and month written in figures without a year ("22/04") may be a date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum DayMonth {
    No,
    /// With a slash or a hyphen, not a point: the ends of a range, after "this" or "next".
    Slashed,
    /// With a point too ("on 5.12", "Friday 7.6"): after a word that calls for a day.
    Any,
}

/// One part of a numeric date: a number or a month name ("23-Sep-2020").
#[derive(Debug, Clone, Copy)]
enum Part {
    Num(u32, usize),
    Month(u8),
}

/// Counts of units ("2 years 1 month"), the first few of the array.
type Counts = [(i64, Unit); 4];

/// A match before it becomes a claim: first byte, token after its end, value.
type Found = (usize, usize, Resolved);

impl<'a> Scan<'a> {
    /// A range or a single date at token `i`.
    fn range_or_single(&self, i: usize, anchor: Option<DatePoint>) -> Option<Found> {
        let Some(r) = self.range_at(i) else {
            return self
                .single_at(i, false)
                .map(|h| (h.start, h.end_tok, resolve(h.expr, anchor)));
        };
        // "Les 18-19 avril 2024": the plural article makes the range.
        let toks = self.toks;
        let before = toks
            .partition_point(|t| t.span.end <= r.start)
            .checked_sub(1);
        let start = match before {
            Some(p)
                if toks[p].span.end < r.start
                    && !self.text[toks[p].span.end..r.start].contains('\n')
                    && self.w.range_articles.iter().any(|a| a == self.low(p)) =>
            {
                toks[p].span.start
            }
            _ => r.start,
        };
        Some((start, r.end_tok, resolve_range(r.from, r.to, anchor)))
    }

    /// Whether a date can start at token `i`: a number, a word the language file knows, or a
    /// word that may hold a date of its own ("mi-mars", "16th", "1990s", "XXe", "Oct2").
    /// Most words are none of these and are skipped at once.
    fn may_start(&self, i: usize) -> bool {
        if self.is_number(i) {
            return true;
        }
        if let Some(e) = self.info(i) {
            // Context words ("in", "the", "of") only lead to a date that starts after them.
            let opens = e.month != 0
                || e.weekday != 0
                || e.day != 0
                || e.number != 0
                || e.duration.is_some()
                || e.starts & List::OPENING != 0;
            if opens {
                return true;
            }
        }
        let Some(t) = self.toks.get(i) else {
            return false;
        };
        if t.kind != TokKind::Word {
            return false;
        }
        let low = self.low(i);
        let first = self.raw(i).as_bytes().first().copied().unwrap_or(0);
        let last = low.as_bytes().last().copied().unwrap_or(0);
        first.is_ascii_digit()
            || last.is_ascii_digit()
            || b"IVXL".contains(&first)
            || low.contains('-')
    }

    /// A count of one unit: "three weeks", "2 days", "a fortnight": (count, unit, next token).
    fn count(&self, j: usize) -> Option<(i64, Unit, usize)> {
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
            if self.is_punct(k, ".!?;")
                || self.text[self.toks[k].span.end..self.start(k + 1)].contains('\n')
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
    fn offset_at(&self, i: usize, anchor: Option<DatePoint>) -> Option<Found> {
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
            if let Some(end) = self.phrase_at(e, List::Later) {
                // Later than the events told, which the article's date does not say.
                return Some((start, end, None));
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

    fn n(&self) -> usize {
        self.toks.len()
    }

    fn low(&self, i: usize) -> &str {
        self.low.get(i).map_or("", |s| s.as_ref())
    }

    fn raw(&self, i: usize) -> &'a str {
        self.toks.get(i).map_or("", |t| t.text(self.text))
    }

    fn info(&self, i: usize) -> Option<&'a WordInfo> {
        self.info.get(i).copied().flatten()
    }

    fn start(&self, i: usize) -> usize {
        self.toks[i].span.start
    }

    /// Whether token `i` and token `i + 1` touch (no space between them).
    fn tight(&self, i: usize) -> bool {
        i + 1 < self.n() && self.toks[i].span.end == self.toks[i + 1].span.start
    }

    fn is_punct(&self, i: usize, chars: &str) -> bool {
        self.toks
            .get(i)
            .is_some_and(|t| t.kind == TokKind::Punct && chars.contains(self.raw(i)))
    }

    fn is_number(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.kind == TokKind::Number)
    }

    fn starts(&self, i: usize, list: List) -> bool {
        self.info(i).is_some_and(|e| e.starts & list.bit() != 0)
    }

    /// The token after a phrase of `list` starting at `i`.
    fn phrase_at(&self, i: usize, list: List) -> Option<usize> {
        if !self.starts(i, list) {
            return None;
        }
        self.w
            .list(list)
            .iter()
            .find(|p| self.matches(i, p))
            .map(|p| i + p.len())
    }

    /// Whether a phrase of `list` ends just before token `i`.
    fn phrase_before(&self, i: usize, list: List) -> bool {
        self.w
            .list(list)
            .iter()
            .any(|p| p.len() <= i && self.matches(i - p.len(), p))
    }

    fn matches(&self, i: usize, p: &[String]) -> bool {
        i + p.len() <= self.n() && p.iter().enumerate().all(|(k, w)| self.low(i + k) == w)
    }

    /// Skips one optional phrase of `list`.
    fn skip(&self, i: usize, list: List) -> usize {
        self.phrase_at(i, list).unwrap_or(i)
    }

    /// An ASCII number of at most four digits: (value, digit count).
    fn num(&self, i: usize) -> Option<(u32, usize)> {
        if !self.is_number(i) {
            return None;
        }
        let s = self.raw(i);
        if s.len() > 4 || !s.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        s.parse().ok().map(|v| (v, s.len()))
    }

    /// Whether the number at `i` is glued to another by a decimal or list separator
    /// ("3,000", "1.5", "12:30") or to a currency or unit sign ("$12", "12%"), which makes it
    /// part of a figure or a time, not a date.
    fn glued(&self, i: usize) -> bool {
        let sep = ".,:/";
        let before = i >= 2
            && self.tight(i - 2)
            && self.tight(i - 1)
            && self.is_punct(i - 1, sep)
            && self.is_number(i - 2);
        let after = self.tight(i)
            && self.tight(i + 1)
            && self.is_punct(i + 1, sep)
            && self.is_number(i + 2);
        let unit = self.tight(i) && self.is_punct(i + 1, "%‰°");
        let money = i >= 1 && self.tight(i - 1) && self.is_punct(i - 1, "$€£¥");
        before || after || unit || money
    }

    /// A day number: "16", "1er", "16th".
    fn day(&self, i: usize) -> Option<u8> {
        let t = self.toks.get(i)?;
        let d = match t.kind {
            TokKind::Number => {
                let (v, len) = self.num(i)?;
                if len > 2 || self.glued(i) {
                    return None;
                }
                v
            }
            TokKind::Word => self.ordinal_day(i)?,
            TokKind::Punct => return None,
        };
        (1..=31).contains(&d).then_some(d as u8)
    }

    /// A day number with an ordinal ending: "1er", "16th".
    fn ordinal_day(&self, i: usize) -> Option<u32> {
        let s = self.low(i);
        let digits = s.bytes().take_while(|b| b.is_ascii_digit()).count();
        if digits == 0 || digits > 2 || !self.w.day_suffixes.iter().any(|x| x == &s[digits..]) {
            return None;
        }
        s[..digits].parse().ok()
    }

    /// A day number written in words: "premier", "twenty second": (day, next token).
    fn day_word(&self, i: usize) -> Option<(u8, usize)> {
        if self.w.tens.iter().any(|t| t == self.low(i))
            && self
                .toks
                .get(i + 1)
                .is_some_and(|t| t.kind == TokKind::Word)
        {
            let joined = format!("{}-{}", self.low(i), self.low(i + 1));
            if let Some(e) = self.w.words.get(&joined).filter(|e| e.day != 0) {
                return Some((e.day, i + 2));
            }
        }
        let e = self.info(i)?;
        (e.day != 0).then_some((e.day, i + 1))
    }

    /// The number words from token `i` on, hyphenated words split into their parts
    /// ("vingt-neuf", "twenty nine", "two thousand and five"): each part's value (0 for a
    /// joining "and"), the token after it and whether it ends its token; at most eight.
    fn word_numbers(&self, i: usize) -> ([(u32, usize, bool); 8], usize) {
        let mut out = [(0, 0, false); 8];
        let mut len = 0;
        let mut k = i;
        'tokens: while len < 8 && self.toks.get(k).is_some_and(|t| t.kind == TokKind::Word) {
            let low = self.low(k);
            let count = low.split('-').count();
            let start = len;
            for (n, part) in low.split('-').enumerate() {
                let value = if self
                    .w
                    .list(List::RangeAnd)
                    .iter()
                    .any(|p| p.len() == 1 && p[0] == part)
                {
                    0
                } else {
                    match self.w.words.get(part).map(|e| e.number) {
                        Some(v) if v != 0 => v,
                        _ => {
                            len = start;
                            break 'tokens;
                        }
                    }
                };
                if len == 8 {
                    len = start;
                    break 'tokens;
                }
                out[len] = (value, k + 1, n + 1 == count);
                len += 1;
            }
            k += 1;
        }
        (out, len)
    }

    /// A number under 100 in words at part `p` of `parts`: "twenty nine", "dix-neuf",
    /// "soixante et onze", "quatre-vingt-dix-sept": (value, next part).
    fn cardinal(parts: &[(u32, usize, bool)], p: usize) -> Option<(u32, usize)> {
        let mut v = parts.get(p).map(|x| x.0).filter(|&v| v != 0 && v < 100)?;
        let mut q = p + 1;
        let at = |q: usize| parts.get(q).map_or(0, |x| x.0);
        if v == 4 && at(q) == 20 {
            v = 80;
            q += 1;
        }
        while v % 10 == 0 && v >= 10 {
            let (and, r) = if at(q) == 0 && q < parts.len() {
                (true, q + 1)
            } else {
                (false, q)
            };
            let n = at(r);
            let fits = n != 0
                && (n < 10 || ((v == 60 || v == 80) && n < 20))
                && (!and || n == 1 || n == 11)
                && !(and && v == 10);
            if !fits {
                break;
            }
            v += n;
            q = r + 1;
        }
        Some((v, q))
    }

    /// A year written in words: "nineteen ninety six", "nineteen hundred ninety three", "two
    /// thousand and fifteen", "deux mille dix-huit", "dix neuf soixante douze": (year, next
    /// token). Never a count of things ("two thousand people").
    fn year_words(&self, i: usize) -> Option<(i32, usize)> {
        // "a", "an", "un" are numbers too, but never open a year.
        if self.low(i).len() < 3 {
            return None;
        }
        let (parts, len) = self.word_numbers(i);
        let parts = &parts[..len];
        let at = |q: usize| parts.get(q).map_or(u32::MAX, |x| x.0);
        let skip_and = |q: usize| {
            if at(q) == 0 && at(q + 1) != u32::MAX {
                q + 1
            } else {
                q
            }
        };
        let (y, q) = match Self::cardinal(parts, 0) {
            // "nineteen hundred ninety three", "nineteen ninety six", "dix-neuf cent".
            Some((a, q)) if (10..=29).contains(&a) && at(q) != 1000 => {
                if at(q) == 100 {
                    let r = skip_and(q + 1);
                    match Self::cardinal(parts, r) {
                        Some((b, q2)) => (a * 100 + b, q2),
                        None => (a * 100, q + 1),
                    }
                } else {
                    let (b, q2) = Self::cardinal(parts, q)?;
                    if b < 10 {
                        return None;
                    }
                    (a * 100 + b, q2)
                }
            }
            // "two thousand and five", "mille neuf cent quatre-vingt".
            _ => {
                let (k, q) = if at(0) == 1000 {
                    (1, 1)
                } else {
                    let (k, q) = Self::cardinal(parts, 0)?;
                    if at(q) != 1000 {
                        return None;
                    }
                    (k, q + 1)
                };
                let mut y = k * 1000;
                let mut q = q;
                let r = skip_and(q);
                if let Some((c, r2)) =
                    Self::cardinal(parts, r).filter(|&(c, r2)| c < 10 && at(r2) == 100)
                {
                    y += c * 100;
                    q = r2 + 1;
                } else if at(r) == 100 {
                    y += 100;
                    q = r + 1;
                }
                let r = skip_and(q);
                if let Some((b, r2)) = Self::cardinal(parts, r) {
                    y += b;
                    q = r2;
                }
                (y, q)
            }
        };
        let &(_, end, last) = parts.get(q.checked_sub(1)?)?;
        if !last || !YEARS.contains(&y) {
            return None;
        }
        let counted = self.counted_noun(end) || self.is_number(end) || self.is_punct(end, "%");
        (!counted).then_some((y as i32, end))
    }

    /// A day of the month in number words, "twenty nine", "vingt et un": (day, next token).
    fn cardinal_day(&self, i: usize) -> Option<(u8, usize)> {
        if self.low(i).len() < 3 {
            return None;
        }
        let (parts, len) = self.word_numbers(i);
        let (d, q) = Self::cardinal(&parts[..len], 0)?;
        let &(_, end, last) = parts.get(q.checked_sub(1)?)?;
        (last && (1..=31).contains(&d)).then_some((d as u8, end))
    }

    /// Whether a year in figures or words starts at `i`.
    fn starts_year(&self, i: usize) -> bool {
        self.year(i).is_some() || self.year_words(i).is_some()
    }

    /// A four-digit year.
    fn year(&self, i: usize) -> Option<i32> {
        let (v, len) = self.num(i)?;
        (len == 4 && YEARS.contains(&v) && !self.glued(i)).then_some(v as i32)
    }

    fn month(&self, i: usize) -> Option<MonthHit> {
        if let Some(e) = self.info(i).filter(|e| e.month != 0) {
            let capital = self.raw(i).chars().next().is_some_and(char::is_uppercase);
            let strong = match e.month_form {
                MonthForm::Full => true,
                // "in may." ends its clause where the verb cannot: "they may 2", "may be".
                MonthForm::Ambiguous
                    if self.w.capitalised_months
                        && !capital
                        && !(self.phrase_before(i, List::MonthContext)
                            && (i + 1 >= self.n() || self.is_punct(i + 1, ",.;!?)"))) =>
                {
                    return None;
                }
                _ => false,
            };
            let mut end_tok = i + 1;
            if e.month_form == MonthForm::Abbreviation && self.tight(i) && self.is_punct(i + 1, ".")
            {
                end_tok += 1;
            }
            let proper_noun = e.month_form == MonthForm::Ambiguous
                && !self.w.capitalised_months
                && capital
                && !self.sentence_start(i);
            return Some(MonthHit {
                m: e.month,
                strong,
                prefixed: false,
                abbreviation: e.month_form == MonthForm::Abbreviation,
                proper_noun,
                start: self.start(i),
                end_tok,
            });
        }
        // "mi-mars", "mid-June": one token whose prefix is a context word.
        let low = self.low(i);
        let (prefix, name) = low.rsplit_once('-')?;
        let ctx = self
            .w
            .list(List::MonthContext)
            .iter()
            .any(|p| p.len() == 1 && p[0] == prefix);
        let e = self.w.words.get(name)?;
        if !ctx || e.month == 0 || e.month_form == MonthForm::Abbreviation {
            return None;
        }
        let raw = self.raw(i);
        let offset = raw.rfind('-').map_or(0, |p| p + 1);
        Some(MonthHit {
            m: e.month,
            strong: true,
            prefixed: true,
            abbreviation: false,
            proper_noun: false,
            start: self.start(i) + offset,
            end_tok: i + 1,
        })
    }

    /// Whether a month abbreviation without a day or year stands for its month ("in Jan",
    /// "this Sept"): not when a name or a possessive follows ("in Jan Koum's app").
    fn abbreviation_alone(&self, mh: &MonthHit) -> bool {
        let k = mh.end_tok;
        let word = |k: usize| self.toks.get(k).is_some_and(|t| t.kind == TokKind::Word);
        let capital =
            |k: usize| word(k) && self.raw(k).chars().next().is_some_and(char::is_uppercase);
        if k >= self.n() {
            return true;
        }
        if self.is_punct(k, "'’-") || self.is_number(k) || capital(k) {
            return false;
        }
        // "by Jan and Piet" is a list of names; "since Jan left" a name and its verb.
        if let Some(j) = self.phrase_at(k, List::RangeAnd) {
            return !(capital(j) && self.month(j).is_none());
        }
        !word(k) || self.lang.is_stopword(self.raw(k))
    }

    /// Whether token `i` opens a sentence, a line or a quotation, where any word may take a
    /// capital.
    fn sentence_start(&self, i: usize) -> bool {
        if i == 0 {
            return true;
        }
        let between = &self.text[self.toks[i - 1].span.end..self.toks[i].span.start];
        between.contains('\n') || self.is_punct(i - 1, ".!?:;«\"“—–-")
    }

    fn weekday(&self, i: usize) -> Option<(u8, bool)> {
        let e = self.info(i)?;
        (e.weekday != 0).then_some((e.weekday, e.weekday_abbreviation))
    }

    /// Optional ", 2018" / " de 1987" after a day and month: (year, next token).
    fn year_tail(&self, i: usize) -> (Option<i32>, usize) {
        let j = if self.is_punct(i, ",") { i + 1 } else { i };
        let j = self.skip(j, List::Of);
        if let Some(y) = self.year(j) {
            return (Some(y), j + 1);
        }
        if let Some((y, end)) = self.year_words(j) {
            return (Some(y), end);
        }
        // "June 28 in 2020".
        for p in &self.w.year_links {
            if self.matches(i, p)
                && let Some(y) = self.year(i + p.len())
            {
                return (Some(y), i + p.len() + 1);
            }
        }
        (None, i)
    }

    /// A day number in figures or words: (day, next token).
    fn any_day(&self, i: usize) -> Option<(u8, usize)> {
        match self.day(i) {
            Some(d) => Some((d, i + 1)),
            None => self.day_word(i),
        }
    }

    /// A month named relative to the article's date after a day ("the 20th of next month",
    /// "4 to 22 this month", "le 20 du mois prochain"): (months from the article's, next
    /// token).
    fn relative_month(&self, i: usize) -> Option<(i32, usize)> {
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
    fn relative_unit(&self, k: usize, unit: Unit) -> Option<(i32, usize)> {
        if !self.starts(k, List::Relative) {
            return None;
        }
        self.w
            .relative
            .iter()
            .find(|r| r.1 == unit && self.matches(k, &r.0))
            .map(|r| (r.2, k + r.0.len()))
    }

    /// An ordinal before a week or a part of a year: "first", "3rd", "last": (n, -1 for the
    /// last, next token).
    fn rank(&self, i: usize) -> Option<(i8, usize)> {
        if let Some(j) = self.phrase_at(i, List::Last) {
            return Some((-1, j));
        }
        let d = match self.ordinal_day(i) {
            Some(d) => d as u8,
            None => self.info(i).map(|e| e.day).filter(|&d| d != 0)?,
        };
        (1..=5).contains(&d).then_some((d as i8, i + 1))
    }

    /// A feast: "Christmas 2018", "on Easter", "le lundi de Pâques". A one-word name needs a
    /// context word before it or its year after it ("Christmas shopping" is no date).
    ///
    /// "Labor Day weekend", "Halloween weekend 2021" are the feast's weekend; "Noël dernier"
    /// the last one before the article's date.
    fn holiday_at(&self, i: usize, bare: bool) -> Option<Hit> {
        if !self.starts(i, List::Holidays) {
            return None;
        }
        let (p, h, alone) = self.w.holidays.iter().find(|r| self.matches(i, &r.0))?;
        let end = i + p.len();
        let (mut y, mut end_tok) = self.year_tail(end);
        let weekend = match self.phrase_at(end_tok, List::FeastWeekendAfter) {
            Some(k) => {
                end_tok = k;
                if y.is_none() {
                    (y, end_tok) = self.year_tail(k);
                }
                true
            }
            None => false,
        };
        let mut rel = Rel::Plain;
        if y.is_none() {
            (rel, end_tok) = self.rel_after(end_tok);
        }
        let ctx = *alone
            || bare
            || y.is_some()
            || weekend
            || rel != Rel::Plain
            || self.phrase_before(i, List::HolidayContext)
            || self.phrase_before(i, List::DayContext)
            || self.feast_stands_alone(i, end);
        ctx.then(|| Hit {
            start: self.start(i),
            end_tok,
            expr: Expr::Feast {
                h: *h,
                y,
                rel,
                weekend,
            },
        })
    }

    /// Whether a feast named by one word stands for its day without a context word: written
    /// with a capital, as the subject or complement of a clause ("Juneteenth, which ...",
    /// "It was Christmas."), not as a word that qualifies a noun ("Christmas shopping",
    /// "the spirit of Christmas", "le père Noël").
    fn feast_stands_alone(&self, i: usize, end: usize) -> bool {
        // The name's own word, after any elided article: "L'ascension" is a climb.
        let capital = self
            .raw(end - 1)
            .chars()
            .next()
            .is_some_and(char::is_uppercase);
        let before = self.sentence_start(i)
            || (self.lang.is_stopword(self.raw(i - 1)) && !self.phrase_before(i, List::Of));
        let after = end >= self.n()
            || self.is_punct(end, ",.;:!?)")
            || (self.toks[end].kind == TokKind::Word
                && self.raw(end).chars().next().is_some_and(char::is_lowercase)
                && self.lang.is_stopword(self.raw(end)));
        capital && before && after
    }

    /// A feast with a modifier that only feasts take ("the previous Easter", "the following
    /// Christmas"), or its weekend named first ("the weekend of Halloween", "le week-end de
    /// Pâques").
    fn feast_phrase_at(&self, i: usize) -> Option<Hit> {
        if let Some(j) = self.phrase_at(i, List::FeastWeekendBefore) {
            let h = self.holiday_at(j, true)?;
            let Expr::Feast { h: f, y, rel, .. } = h.expr else {
                return None;
            };
            return Some(Hit {
                start: self.start(i),
                end_tok: h.end_tok,
                expr: Expr::Feast {
                    h: f,
                    y,
                    rel,
                    weekend: true,
                },
            });
        }
        // "previous" and "following" also open other phrases ("following Easter Sunday's
        // attacks"): only after an article.
        if !self.phrase_before(i, List::Articles) {
            return None;
        }
        let (rel, j) = if let Some(j) = self.phrase_at(i, List::FeastLast) {
            (Rel::Last, j)
        } else {
            (Rel::Next, self.phrase_at(i, List::FeastNext)?)
        };
        let h = self.holiday_at(j, true)?;
        matches!(h.expr, Expr::Feast { y: None, .. }).then(|| Hit {
            start: self.start(i),
            end_tok: h.end_tok,
            expr: with_rel(h.expr, rel),
        })
    }

    /// A week counted in a year or month: "the first week of 2015", "last week of this
    /// month", "the third week next year", "la troisième semaine de 2027".
    fn week_of_at(&self, i: usize) -> Option<Hit> {
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
    fn nth_weekday_at(&self, i: usize) -> Option<Hit> {
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

    /// The token before an optional phrase of `list` that ends just before token `i`.
    fn skip_back(&self, i: usize, list: List) -> usize {
        self.w
            .list(list)
            .iter()
            .find(|p| p.len() <= i && self.matches(i - p.len(), p))
            .map_or(i, |p| i - p.len())
    }

    /// Whether one of `season_words` occurs in the article: it is about sports, where "Week
    /// 10" is a round of a season and "the second quarter" a part of a game.
    fn sports(&self) -> bool {
        *self
            .sports
            .get_or_init(|| (0..self.n()).any(|k| self.phrase_at(k, List::SeasonWords).is_some()))
    }

    /// A part of a year without its year, where the context makes it one: "in Q2", "during
    /// the second quarter", "au deuxième trimestre", "Q2 results", "q1 and q2". Never a part of
    /// something else ("the second quarter of the game") or in an article about sports, and
    /// not the parts that are also other things without their year ("H2", "T3").
    fn period_alone(&self, i: usize, bare: bool) -> Option<Hit> {
        let (first, last, end) = self.period_at(i)?;
        if self
            .w
            .list(List::YearOnlyPeriods)
            .iter()
            .any(|p| p.len() == end - i && self.matches(i, p))
            || self.phrase_at(end, List::Of).is_some()
            || self.year_tail(end).0.is_some()
        {
            return None;
        }
        let article = self
            .w
            .list(List::Articles)
            .iter()
            .find(|p| p.len() <= i && self.matches(i - p.len(), p))
            .map_or(0, |p| p.len());
        let joined = |k: usize| {
            self.join_at(k)
                .is_some_and(|(k, _)| self.period_at(self.skip(k, List::Articles)).is_some())
        };
        let joined_before = [List::RangeAnd, List::RangeTo].iter().any(|&l| {
            self.w.list(l).iter().any(|p| {
                p.len() <= i
                    && self.matches(i - p.len(), p)
                    && self.w.periods.iter().any(|q| {
                        q.0.len() + p.len() <= i && self.matches(i - p.len() - q.0.len(), &q.0)
                    })
            })
        });
        // "Audi Q2", "Galaxy S2": a model's name.
        let name_before = i > 0
            && !self.sentence_start(i)
            && self.toks[i - 1].kind == TokKind::Word
            && self
                .raw(i - 1)
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
            && !self.lang.is_stopword(self.raw(i - 1));
        if name_before {
            return None;
        }
        let ctx = bare
            || self.phrase_before(i, List::PeriodContext)
            || (article > 0 && self.phrase_before(i - article, List::PeriodContext))
            || self.phrase_at(end, List::PeriodNouns).is_some()
            || joined(end)
            || joined_before;
        if !ctx || self.sports() {
            return None;
        }
        Some(Hit {
            start: self.start(i),
            end_tok: end,
            expr: Expr::Period { first, last },
        })
    }

    /// A decade named by a phrase after its article: "the noughties", "les années folles".
    fn decade_phrase_at(&self, i: usize) -> Option<Hit> {
        if !self.starts(i, List::Decades) || !self.phrase_before(i, List::Articles) {
            return None;
        }
        let (p, y) = self.w.decades.iter().find(|r| self.matches(i, &r.0))?;
        Some(Hit {
            start: self.start(i),
            end_tok: i + p.len(),
            expr: Expr::Decade { y: *y },
        })
    }

    /// A year in figures or words: (year, next token).
    fn year_at(&self, k: usize) -> Option<(i32, usize)> {
        self.year(k)
            .map(|y| (y, k + 1))
            .or_else(|| self.year_words(k))
    }

    /// A year named after "of": "of 2021", "of next year", "de l'année prochaine".
    fn year_base(&self, k: usize) -> Option<(WeekBase, usize)> {
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

    /// Weekday or month followed by a modifier word ("jeudi dernier"), in languages that put
    /// them after.
    fn rel_after(&self, i: usize) -> (Rel, usize) {
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

    /// Day then month: "16 janvier 2018", "1er mars", "16th of January, 2018".
    fn day_month(&self, i: usize) -> Option<Hit> {
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
    fn month_day(&self, i: usize) -> Option<Hit> {
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
    fn month_year(&self, i: usize) -> Option<Hit> {
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

    /// `year_tail`, or else a two-digit year (`short_year`), after a month.
    fn year_tail_or_short(&self, i: usize) -> (Option<i32>, usize) {
        match self.year_tail(i) {
            (None, _) => match self.short_year(i) {
                Some((y, end)) => (Some(y), end),
                None => (None, i),
            },
            found => found,
        }
    }

    /// A year written with two digits after a month or a day and month: "Sept. '01",
    /// "juillet 98", "15 April of 87": (year, next token). With an apostrophe it is always a
    /// year ("Sept. 11, '01"). Without one, only when it cannot be a day (32 to 99), nothing
    /// stands between it and the month but one of `of`, and it ends the clause: "in August
    /// 99 people died", "in July, 98 people" and "in March 45 Democrats" count things.
    fn short_year(&self, i: usize) -> Option<(i32, usize)> {
        let apostrophe = |k: usize| self.is_punct(k, "'\u{2019}") && self.tight(k);
        let two_digits = |k: usize| self.num(k).filter(|&(_, len)| len == 2).map(|(v, _)| v);
        let k = if self.is_punct(i, ",") && apostrophe(i + 1) {
            i + 1
        } else {
            self.skip(i, List::Of)
        };
        if apostrophe(k) {
            let v = two_digits(k + 1)?;
            // "the '90s" is a decade.
            let end = k + 2;
            if self.glued(k + 1) || (self.tight(k + 1) && !self.is_punct(end, ",.;:!?)")) {
                return None;
            }
            return Some((expand_year(v), end));
        }
        let v = two_digits(k).filter(|&v| v >= 32)?;
        let end = k + 1;
        let ends = end >= self.n()
            || (self.is_punct(end, ",.;!?)") && !(self.tight(k) && self.is_number(end + 1)));
        (ends && !self.glued(k)).then_some((expand_year(v), end))
    }

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
        let (wd, m) = self.low(i).split_once('-')?;
        let known = |w: &str| self.w.words.get(w.trim_end_matches('.'));
        known(wd).filter(|e| e.weekday != 0)?;
        known(m).map(|e| e.month).filter(|&m| m != 0)
    }

    /// Numeric dates: "16/01/2018", "01/16/2018", "2018-01-16", "16.01.2018", "3/2015",
    /// "23-Sep-2020", "Dec/2018", "Friday-Jun-15". A day and month without a year ("22/04")
    /// only when `day_month` says the context makes it a date.
    fn numeric(&self, i: usize, day_month: DayMonth) -> Option<Hit> {
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
    fn spaced(&self, i: usize) -> Option<Hit> {
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

    /// A calendar date with a day or a year: the forms above, optionally after a weekday.
    /// `day_month` allows a day and month without a year ("22/04"), as the ends of a range
    /// opened by "from" do.
    fn calendar_date(&self, i: usize, day_month: bool) -> Option<Hit> {
        if let Some((_, abbrev)) = self.weekday(i) {
            let mut j = i + 1;
            if abbrev && self.tight(i) && self.is_punct(j, ".") {
                j += 1;
            }
            // "Friday (June 15)": the date in brackets says which Friday.
            let bracket = self.is_punct(j, "(");
            if self.is_punct(j, ",(") {
                j += 1;
            }
            let j = self.skip(j, List::Articles);
            let h = self
                .day_month(j)
                .or_else(|| self.month_day(j))
                .or_else(|| self.numeric(j, DayMonth::Any).filter(|h| has_day(h.expr)))
                .filter(|h| plausible(h.expr))?;
            if bracket && !self.is_punct(h.end_tok, ")") {
                return None;
            }
            return Some(Hit {
                start: self.start(i),
                end_tok: h.end_tok + usize::from(bracket),
                ..h
            });
        }
        let day_ctx = if self.phrase_before(i, List::DayContext) {
            DayMonth::Any
        } else if day_month {
            DayMonth::Slashed
        } else {
            DayMonth::No
        };
        self.numeric(i, day_ctx)
            .or_else(|| self.day_month(i))
            .or_else(|| self.month_day(i))
            .or_else(|| self.month_year(i))
            .or_else(|| self.spaced(i))
            .or_else(|| self.glued_month_day(i))
            .filter(|h| plausible(h.expr))
    }

    /// A month and its day glued into one word, either way round: "Oct2", "mar3",
    /// "22april", "3mars", with an optional year after. The letters must be a month's name
    /// or short form exactly, not all in capitals (a code, a gene: "OCT4"), and the word
    /// must stand apart ("Q2", "MP3", "F16", "Oct3/4" are no dates).
    fn glued_month_day(&self, i: usize) -> Option<Hit> {
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

    /// A date of any kind starting at token `i`. `bare` allows a year or month alone without
    /// a context word, as the ends of a range ("de mars à mai") need.
    fn single_at(&self, i: usize, bare: bool) -> Option<Hit> {
        if self.starts(i, List::Portions)
            && let Some((p, unit, part)) = self.w.portions.iter().find(|r| self.matches(i, &r.0))
        {
            return Some(Hit {
                start: self.start(i),
                end_tok: i + p.len(),
                expr: Expr::Portion {
                    unit: *unit,
                    part: *part,
                },
            });
        }
        if let Some(h) = self.week_of_at(i) {
            return Some(h);
        }
        if let Some(h) = self.nth_weekday_at(i) {
            return Some(h);
        }
        if let Some(h) = self.feast_phrase_at(i) {
            return Some(h);
        }
        if let Some(h) = self.holiday_at(i, bare) {
            return Some(h);
        }
        if let Some(h) = self.period_alone(i, bare) {
            return Some(h);
        }
        if let Some(h) = self.decade_phrase_at(i) {
            return Some(h);
        }
        if let Some(h) = self.relative_at(i) {
            return Some(h);
        }
        if let Some(h) = self.ago_at(i) {
            return Some(h);
        }
        // "the 20th of next month"; a plain number needs a word that calls for a day ("on 20
        // next month" but not "sold 4 this month").
        if let Some((d, j)) = self.any_day(i)
            && (!self.is_number(i) || bare || self.phrase_before(i, List::DayContext))
            && let Some((n, end_tok)) = self.relative_month(j)
        {
            return Some(Hit {
                start: self.start(i),
                end_tok,
                expr: Expr::MonthDay { n, d },
            });
        }
        // A modifier in front: "last Tuesday", "ce jeudi", "next March".
        let before = [
            (List::This, Rel::This, true),
            (List::Last, Rel::Last, !self.w.modifiers_follow),
            (List::Next, Rel::Next, !self.w.modifiers_follow),
        ];
        for (list, rel, allowed) in before {
            if !allowed {
                continue;
            }
            if let Some(j) = self.phrase_at(i, list)
                && let Some(h) = self.modifiable_at(j)
            {
                let rel = match h.expr {
                    Expr::Weekday { .. } if rel == Rel::Next && self.w.next_weekday_next_week => {
                        Rel::NextWeek
                    }
                    _ => rel,
                };
                return Some(Hit {
                    start: self.start(i),
                    end_tok: h.end_tok,
                    expr: with_rel(h.expr, rel),
                });
            }
        }
        if let Some(h) = self.calendar_date(i, bare) {
            if let Expr::Date {
                y: None,
                m: Some(_),
                ..
            } = h.expr
            {
                let (rel, end_tok) = self.rel_after(h.end_tok);
                return Some(Hit {
                    end_tok,
                    expr: with_rel(h.expr, rel),
                    ..h
                });
            }
            return Some(h);
        }
        if let Some(h) = self.weekday_alone(i) {
            return Some(h);
        }
        // "l'été dernier", "l'hiver prochain"; "en été" is a season of a year not said.
        if let Some((first, last, k)) = self.season_at(i)
            && self.season_context(i, k)
        {
            let (rel, end_tok) = self.rel_after(k);
            if rel != Rel::Plain {
                return Some(Hit {
                    start: self.start(i),
                    end_tok,
                    expr: Expr::Season { first, last, rel },
                });
            }
            // "during winter meetings", "until winter turns": a noun or a verb after it makes
            // it a word of the sentence, not a time.
            let word_after = self
                .toks
                .get(k)
                .is_some_and(|t| t.kind == TokKind::Word && !self.lang.is_stopword(self.raw(k)));
            if !word_after
                && (self.phrase_before(i, List::PeriodContext)
                    || self.phrase_before(self.skip_back(i, List::Articles), List::PeriodContext))
            {
                return Some(Hit {
                    start: self.start(i),
                    end_tok: k,
                    expr: Expr::Period { first, last },
                });
            }
        }
        if let Some(h) = self.day_alone(i) {
            return Some(h);
        }
        if let Some(h) = self.decade_at(i) {
            return Some(h);
        }
        if let Some(h) = self.decade_words_at(i) {
            return Some(h);
        }
        if let Some(h) = self.century_at(i) {
            return Some(h);
        }
        if let Some(mh) = self.month(i).filter(|mh| {
            (!mh.abbreviation || bare || self.abbreviation_alone(mh)) && !mh.proper_noun
        }) {
            let (rel, end_tok) = self.rel_after(mh.end_tok);
            // "in the april", "starting October", "from October"; not "from June Carter".
            let named = self.toks.get(mh.end_tok).is_some_and(|t| {
                t.kind == TokKind::Word
                    && self
                        .raw(mh.end_tok)
                        .chars()
                        .next()
                        .is_some_and(char::is_uppercase)
            });
            let before = self.skip_back(i, List::Articles);
            let weak_ctx = mh.strong
                && !named
                && ((before < i && self.phrase_before(before, List::MonthContext))
                    || self.phrase_before(i, List::MonthFrom));
            let ctx = bare
                || mh.prefixed
                || (self.w.bare_months && mh.strong)
                || self.phrase_before(i, List::MonthContext)
                || weak_ctx;
            if ctx || rel != Rel::Plain {
                return Some(Hit {
                    start: mh.start,
                    end_tok,
                    expr: Expr::Date {
                        y: None,
                        m: Some(mh.m),
                        d: None,
                        rel,
                    },
                });
            }
        }
        if let Some(y) = self.year(i) {
            let hyphen_ctx = i >= 1
                && self.is_punct(i - 1, "-")
                && self.tight(i - 1)
                && self.context_year(i - 1);
            // "from 1500 to 2000 people": a span of counts the range refused.
            let counts = !bare
                && self
                    .phrase_at(i + 1, List::RangeTo)
                    .is_some_and(|k| self.is_number(k));
            if (bare || self.context_year(i) || hyphen_ctx) && !counts {
                return Some(Hit {
                    start: self.start(i),
                    end_tok: i + 1,
                    expr: Expr::date(Some(y), None, None),
                });
            }
        }
        // "in nineteen ninety six", "en deux mille dix-huit".
        if (bare || self.context_year(i))
            && let Some((y, end_tok)) = self.year_words(i)
        {
            return Some(Hit {
                start: self.start(i),
                end_tok,
                expr: Expr::date(Some(y), None, None),
            });
        }
        None
    }

    fn context_year(&self, i: usize) -> bool {
        self.phrase_before(i, List::YearContext)
    }

    /// A phrase relative to the article's date ("hier", "la semaine prochaine"), with the
    /// weekday that may follow a week ("next week on Tuesday").
    fn relative_at(&self, i: usize) -> Option<Hit> {
        if !self.starts(i, List::Relative) {
            return None;
        }
        let (p, unit, n) = self.w.relative.iter().find(|r| self.matches(i, &r.0))?;
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
            expr: Expr::Relative { unit: *unit, n: *n },
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
    fn ago_at(&self, i: usize) -> Option<Hit> {
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

    /// A decade: "les années 1990", "années 70", "the 1990s".
    fn decade_at(&self, i: usize) -> Option<Hit> {
        let decade = |v: u32, len: usize| -> Option<i32> {
            let y = match len {
                4 if YEARS.contains(&v) => v,
                2 => 1900 + v,
                _ => return None,
            };
            (y % 10 == 0).then_some(y as i32)
        };
        if let Some(j) = self.phrase_at(i, List::DecadeWords) {
            // "les années deux mille".
            if let Some((y, end_tok)) = self.year_words(j).filter(|(y, _)| y % 10 == 0) {
                return Some(Hit {
                    start: self.start(i),
                    end_tok,
                    expr: Expr::Decade { y },
                });
            }
            let (v, len) = self.num(j).filter(|_| !self.glued(j))?;
            return Some(Hit {
                start: self.start(i),
                end_tok: j + 1,
                expr: Expr::Decade { y: decade(v, len)? },
            });
        }
        if self.w.decade_suffixes.is_empty() {
            return None;
        }
        // "1990s" is one token; "1990's" is a number, an apostrophe and a letter.
        let low = self.low(i);
        let digits = low.bytes().take_while(|b| b.is_ascii_digit()).count();
        let (v, len, end_tok) = if digits > 0 && digits < low.len() {
            let rest = &low[digits..];
            if !self.w.decade_suffixes.iter().any(|s| s == rest) {
                return None;
            }
            (low[..digits].parse().ok()?, digits, i + 1)
        } else {
            let (v, len) = self.num(i)?;
            let mut glued = String::new();
            let mut k = i;
            while self.tight(k) && glued.len() < 4 {
                k += 1;
                glued.push_str(self.low(k));
                if self.w.decade_suffixes.contains(&glued) {
                    break;
                }
            }
            if !self.w.decade_suffixes.contains(&glued) {
                return None;
            }
            (v, len, k + 1)
        };
        Some(Hit {
            start: self.start(i),
            end_tok,
            expr: Expr::Decade { y: decade(v, len)? },
        })
    }

    /// A decade in words after its article: "the nineteen seventies", "the twenty-tens", "the
    /// two thousand and tens". A name alone ("the seventies") may be temperatures or ages,
    /// unless written with a capital inside a sentence, as an era is ("in the Seventies"):
    /// then it is of the 1900s.
    fn decade_words_at(&self, i: usize) -> Option<Hit> {
        if self.w.decade_names.is_empty() || !self.phrase_before(i, List::Articles) {
            return None;
        }
        let century = |v: u32| match v {
            19 | 20 => Some(v as i32 * 100),
            _ => None,
        };
        let low = self.low(i);
        if let Some(&x) = self.w.decade_names.get(low)
            && x >= 20
            && self.raw(i).chars().next().is_some_and(char::is_uppercase)
            && !self.sentence_start(i)
        {
            return Some(Hit {
                start: self.start(i),
                end_tok: i + 1,
                expr: Expr::Decade {
                    y: 1900 + i32::from(x),
                },
            });
        }
        if let Some((a, b)) = low.split_once('-')
            && let Some(&x) = self.w.decade_names.get(b)
        {
            let c = century(self.w.words.get(a)?.number)?;
            return Some(Hit {
                start: self.start(i),
                end_tok: i + 1,
                expr: Expr::Decade {
                    y: c + i32::from(x),
                },
            });
        }
        let (parts, len) = self.word_numbers(i);
        let parts = &parts[..len];
        let (k, mut q) = Self::cardinal(parts, 0)?;
        let c = if parts.get(q).is_some_and(|p| p.0 == 1000) {
            q += 1;
            if parts.get(q).is_some_and(|p| p.0 == 0) {
                q += 1;
            }
            (k == 2).then_some(2000)?
        } else {
            century(k)?
        };
        if q != len || !parts[len - 1].2 {
            return None;
        }
        let end = parts[len - 1].1;
        let &x = self.w.decade_names.get(self.low(end))?;
        Some(Hit {
            start: self.start(i),
            end_tok: end + 1,
            expr: Expr::Decade {
                y: c + i32::from(x),
            },
        })
    }

    /// A century: "the 15th century", "the twenty-first century", "le XXe siècle". Not a
    /// name that goes on ("21st Century Fox").
    fn century_at(&self, i: usize) -> Option<Hit> {
        if self.w.century_words.is_empty() {
            return None;
        }
        let (n, j) = match self.ordinal_day(i) {
            Some(n) => (n, i + 1),
            None => match self.day_word(i) {
                Some((n, j)) => (u32::from(n), j),
                None => (self.roman_ordinal(i)?, i + 1),
            },
        };
        if !(1..=30).contains(&n) || !self.w.century_words.iter().any(|w| w == self.low(j)) {
            return None;
        }
        let name = self
            .toks
            .get(j + 1)
            .is_some_and(|t| t.kind == TokKind::Word)
            && self
                .raw(j + 1)
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
            && !self.sentence_start(j + 1);
        if name {
            return None;
        }
        Some(Hit {
            start: self.start(i),
            end_tok: j + 1,
            expr: Expr::Century {
                y: (n as i32 - 1) * 100,
            },
        })
    }

    /// A Roman numeral with an ordinal ending, as centuries are written: "XXe", "XIXe",
    /// "Ier".
    fn roman_ordinal(&self, i: usize) -> Option<u32> {
        let raw = self.raw(i);
        let k = raw.bytes().take_while(|b| b"IVXL".contains(b)).count();
        // The numeral is ASCII, so `k` is a character boundary.
        let (numeral, rest) = raw.split_at(k);
        if numeral.is_empty() || !self.w.day_suffixes.iter().any(|x| *x == fold(rest)) {
            return None;
        }
        let value = |b: u8| match b {
            b'I' => 1,
            b'V' => 5,
            b'X' => 10,
            _ => 50,
        };
        let bytes = numeral.as_bytes();
        let mut n: i32 = 0;
        for (k, &b) in bytes.iter().enumerate() {
            let v = value(b);
            if bytes.get(k + 1).is_some_and(|&c| value(c) > v) {
                n -= v;
            } else {
                n += v;
            }
        }
        u32::try_from(n).ok().filter(|&n| n > 0)
    }

    /// What a modifier in front can apply to: a weekday, a month, a yearless date.
    fn modifiable_at(&self, j: usize) -> Option<Hit> {
        if let Some(h) = self.holiday_at(j, true)
            && matches!(h.expr, Expr::Feast { y: None, .. })
        {
            return Some(h);
        }
        // The modifier calls for a day: "this 5/12", "next 5/19".
        if let Some(h) = self.calendar_date(j, true) {
            return match h.expr {
                Expr::Date { y: None, .. } => Some(h),
                _ => None,
            };
        }
        if let Some((wd, false)) = self.weekday(j) {
            return Some(Hit {
                start: self.start(j),
                end_tok: j + 1,
                expr: Expr::Weekday {
                    wd,
                    rel: Rel::Plain,
                },
            });
        }
        if let Some((first, last, end_tok)) = self.season_at(j)
            && self.season_context(j, end_tok)
        {
            return Some(Hit {
                start: self.start(j),
                end_tok,
                expr: Expr::Season {
                    first,
                    last,
                    rel: Rel::Plain,
                },
            });
        }
        let mh = self
            .month(j)
            .filter(|mh| !mh.abbreviation || self.abbreviation_alone(mh))?;
        Some(Hit {
            start: mh.start,
            end_tok: mh.end_tok,
            expr: Expr::date(None, Some(mh.m), None),
        })
    }

    /// "jeudi", "Thursday", "jeudi dernier", "jeudi 16", "Tue 13th", "vendredi de la semaine
    /// prochaine".
    fn weekday_alone(&self, i: usize) -> Option<Hit> {
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
    fn day_alone(&self, i: usize) -> Option<Hit> {
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

    /// Whether a sentence ends before token `i`: the end of the text or a line, or a full
    /// stop, exclamation or question mark that no number follows ("6. 1m" is a figure).
    fn sentence_ends(&self, i: usize) -> bool {
        if i >= self.n()
            || (i > 0 && self.text[self.toks[i - 1].span.end..self.start(i)].contains('\n'))
        {
            return true;
        }
        self.is_punct(i, ".!?") && !self.is_number(i + 1)
    }

    /// A join between the two ends of a range: (next token, whether it was an "and").
    fn join_at(&self, i: usize) -> Option<(usize, bool)> {
        if let Some(j) = self.phrase_at(i, List::RangeTo) {
            return Some((j, false));
        }
        self.phrase_at(i, List::RangeAnd).map(|j| (j, true))
    }

    fn range_at(&self, i: usize) -> Option<RangeHit> {
        self.range_parts(i)
            .filter(|r| plausible(r.from) && plausible(r.to))
    }

    /// Whether token `i` is a noun that makes the number before it a count ("1500 to 2000
    /// people"), not a year.
    fn counted_noun(&self, i: usize) -> bool {
        let raw = self.raw(i);
        self.toks.get(i).is_some_and(|t| t.kind == TokKind::Word)
            && raw.chars().next().is_some_and(char::is_lowercase)
            && !self.lang.is_stopword(raw)
            && self.info(i).is_none_or(|e| e.month == 0 && e.starts == 0)
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
        let (a, b) = self.low(i).split_once('-')?;
        let month = |w: &str| {
            let e = self.w.words.get(w)?;
            (e.month != 0 && e.month_form != MonthForm::Ambiguous).then_some(e.month)
        };
        Some((month(a)?, month(b)?))
    }

    /// A year and a part of it written as one word, "2016H2": (year, first month, last month).
    fn glued_period(&self, i: usize) -> Option<(i32, u8, u8)> {
        let low = self.low(i);
        if self.toks.get(i)?.kind != TokKind::Word
            || low.len() < 6
            || !low.as_bytes()[..4].iter().all(u8::is_ascii_digit)
        {
            return None;
        }
        let y: u32 = low[..4].parse().ok()?;
        if !YEARS.contains(&y) {
            return None;
        }
        let rest = &low[4..];
        let (_, first, last) = self
            .w
            .periods
            .iter()
            .find(|r| r.0.len() == 1 && r.0[0] == rest)?;
        Some((y as i32, *first, *last))
    }

    /// A season at `i`: (first month, last month, next token).
    fn season_at(&self, i: usize) -> Option<(u8, u8, usize)> {
        if !self.starts(i, List::Periods) {
            return None;
        }
        let (p, first, last) = self.w.seasons.iter().find(|r| self.matches(i, &r.0))?;
        Some((*first, *last, i + p.len()))
    }

    /// Whether a season at `i` is one: after an article, a modifier or a word that calls for
    /// a part of a year ("l'été 2016", "cet été", "in summer 2016"), or opening a sentence.
    /// Without one, "été" is the participle ("a été 2e"). A capitalised word after it makes
    /// it part of a name: "the Winter Olympics".
    fn season_context(&self, i: usize, end: usize) -> bool {
        let named = self.toks.get(end).is_some_and(|t| {
            t.kind == TokKind::Word && self.raw(end).chars().next().is_some_and(char::is_uppercase)
        });
        !named
            && (self.sentence_start(i)
                || self.phrase_before(i, List::Articles)
                || self.phrase_before(i, List::PeriodContext)
                || self.phrase_before(i, List::This)
                || self.phrase_before(i, List::Last)
                || self.phrase_before(i, List::Next))
    }

    /// A part of a year at `i`: (first month, last month, next token).
    fn period_at(&self, i: usize) -> Option<(u8, u8, usize)> {
        if !self.starts(i, List::Periods) {
            return None;
        }
        let (p, first, last) = self.w.periods.iter().find(|r| self.matches(i, &r.0))?;
        Some((*first, *last, i + p.len()))
    }

    /// The end of a calendar date at `i` that cannot exist, if there is one.
    fn impossible_at(&self, i: usize) -> Option<usize> {
        self.day_month(i)
            .or_else(|| self.month_day(i))
            .filter(|h| !plausible(h.expr))
            .map(|h| h.end_tok.max(i + 1))
    }

    fn numeric_run_before(&self, i: usize) -> bool {
        i >= 2
            && self.tight(i - 1)
            && self.is_punct(i - 1, "-/.")
            && self.tight(i - 2)
            && self.is_number(i - 2)
    }

    fn numeric_run_after(&self, i: usize) -> bool {
        self.tight(i) && self.is_punct(i + 1, "-/.") && self.tight(i + 1) && self.is_number(i + 2)
    }
}

/// Whether a date can exist: no 31 February, no 29 February 2023.
fn plausible(e: Expr) -> bool {
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

fn has_day(e: Expr) -> bool {
    matches!(e, Expr::Date { d: Some(_), .. })
}

fn with_rel(e: Expr, rel: Rel) -> Expr {
    match e {
        Expr::Feast { h, y, weekend, .. } => Expr::Feast { h, y, rel, weekend },
        Expr::Date { y, m, d, .. } => Expr::Date { y, m, d, rel },
        Expr::Weekday { wd, .. } => Expr::Weekday { wd, rel },
        Expr::Season { first, last, .. } => Expr::Season { first, last, rel },
        other => other,
    }
}

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

/// A two-digit year: recent decades for small numbers, the last century for the rest.
fn expand_year(yy: u32) -> i32 {
    if yy < 30 {
        2000 + yy as i32
    } else {
        1900 + yy as i32
    }
}

type Resolved = Option<(DatePoint, DatePoint)>;

fn point(p: DatePoint) -> Resolved {
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
        Rel::Plain | Rel::This => candidates
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
fn resolve(e: Expr, anchor: Option<DatePoint>) -> Resolved {
    match e {
        Expr::Date { y, m, d, rel } => resolve_date(y, m, d, rel, anchor),
        Expr::Weekday { wd, rel } => {
            let a = anchor?;
            let aw = calendar::weekday(a.year?, a.month?, a.day?);
            let back = i64::from((aw + 7 - wd) % 7);
            let ahead = i64::from((wd + 7 - aw) % 7);
            let offset = match rel {
                Rel::Plain => -back,
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
        Expr::Relative { unit, n } => {
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
        Expr::Ago { unit, n } => point(add_units(anchor?, unit, -i64::from(n))?),
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
                    Rel::Plain | Rel::This => {
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
fn counted_range(a: DatePoint, unit: Unit, n: i64, dir: i64) -> Resolved {
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
fn add_units(p: DatePoint, unit: Unit, n: i64) -> Option<DatePoint> {
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
    }?;
    point(DatePoint {
        year: Some(y),
        month: Some(m),
        day: d,
    })
}

fn resolve_range(a: Expr, b: Expr, anchor: Option<DatePoint>) -> Resolved {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::knowledge::lang::Languages;

    /// (span text, value) of every date claim in `text`, read as language `lang` with the
    /// article's date `anchor` ("2024-04-18"), if any.
    fn dates(lang: &str, anchor: Option<&str>, text: &str) -> Vec<(String, String)> {
        let langs = Languages::embedded().unwrap();
        let lang = langs.get(lang).unwrap();
        let date = anchor.map(|s| {
            let p: Vec<i32> = s.split('-').map(|x| x.parse().unwrap()).collect();
            DatePoint::ymd(p[0], p[1] as u8, p[2] as u8)
        });
        let doc = Doc::new(0, text, Span::new(0, text.len()), lang, date);
        extract(&doc)
            .into_iter()
            .map(|c| {
                let v = match &c.value {
                    Value::Date(Some(v)) => v.to_string(),
                    Value::Date(None) => "null".to_string(),
                    other => panic!("not a date: {other:?}"),
                };
                (c.text, v)
            })
            .collect()
    }

    fn one(lang: &str, anchor: Option<&str>, text: &str) -> (String, String) {
        let got = dates(lang, anchor, text);
        assert_eq!(got.len(), 1, "{text:?} gave {got:?}");
        got.into_iter().next().unwrap()
    }

    fn check(lang: &str, anchor: Option<&str>, text: &str, span: &str, value: &str) {
        assert_eq!(
            one(lang, anchor, text),
            (span.to_string(), value.to_string()),
            "{text:?}"
        );
    }

    fn none(lang: &str, text: &str) {
        let got = dates(lang, Some("2024-04-18"), text);
        assert!(got.is_empty(), "{text:?} gave {got:?}");
    }

    #[test]
    fn french_seasons() {
        let a = Some("2016-11-07");
        check(
            "fr",
            a,
            "Il partira l'été 2016.",
            "été 2016",
            "2016-06/2016-08",
        );
        check(
            "fr",
            a,
            "Il est parti en été 2016.",
            "été 2016",
            "2016-06/2016-08",
        );
        check(
            "fr",
            a,
            "Il partira l'été de 2016.",
            "été de 2016",
            "2016-06/2016-08",
        );
        check(
            "fr",
            a,
            "Tout a changé l'hiver 2016.",
            "hiver 2016",
            "2016-12/2017-02",
        );
        check("fr", a, "Il partira cet été.", "cet été", "2016-06/2016-08");
        check(
            "fr",
            a,
            "Il est parti l'hiver dernier.",
            "hiver dernier",
            "2015-12/2016-02",
        );
        check(
            "fr",
            a,
            "Il partira cet hiver.",
            "cet hiver",
            "2016-12/2017-02",
        );
        check(
            "fr",
            a,
            "Il partira le printemps prochain.",
            "printemps prochain",
            "2017-03/2017-05",
        );
        check(
            "fr",
            a,
            "Il pleut en automne.",
            "automne",
            "XXXX-09/XXXX-11",
        );
        check(
            "fr",
            None,
            "Il est parti l'été dernier.",
            "été dernier",
            "null",
        );
        check(
            "fr",
            None,
            "Il partira l'été 2016.",
            "été 2016",
            "2016-06/2016-08",
        );
        check("fr", a, "En hiver, il neige.", "hiver", "XXXX-12/XXXX-02");
        // The participle.
        none("fr", "Il a été 2e du classement.");
        check(
            "fr",
            a,
            "Le bilan a été 1500 morts en 2015.",
            "2015",
            "2015",
        );
    }

    #[test]
    fn english_seasons() {
        let a = Some("2016-11-07");
        check(
            "en",
            a,
            "He left in summer 2016.",
            "summer 2016",
            "2016-06/2016-08",
        );
        check(
            "en",
            a,
            "The summer of 2016 was hot.",
            "summer of 2016",
            "2016-06/2016-08",
        );
        check(
            "en",
            a,
            "He left last winter.",
            "last winter",
            "2015-12/2016-02",
        );
        check(
            "en",
            a,
            "He will leave this summer.",
            "this summer",
            "2016-06/2016-08",
        );
        check(
            "en",
            a,
            "He will leave next spring.",
            "next spring",
            "2017-03/2017-05",
        );
        check(
            "en",
            Some("2017-01-15"),
            "Prices rose this winter.",
            "this winter",
            "2016-12/2017-02",
        );
        check("en", None, "He left last winter.", "last winter", "null");
        check(
            "en",
            a,
            "He won at the Winter Olympics in 2014.",
            "2014",
            "2014",
        );
        none("en", "Donna Summer sang.");
        check(
            "en",
            a,
            "He signed later in the summer.",
            "summer",
            "XXXX-06/XXXX-08",
        );
        none("en", "They met during winter meetings in Las Vegas.");
    }

    #[test]
    fn french_capitalised_month_before_year() {
        check(
            "fr",
            None,
            "Il est parti en Mars 2001.",
            "Mars 2001",
            "2001-03",
        );
        check(
            "fr",
            None,
            "Il a disparu Mars, 2001.",
            "Mars, 2001",
            "2001-03",
        );
        check(
            "fr",
            None,
            "Il est parti en mars 2001.",
            "mars 2001",
            "2001-03",
        );
        // A name: the rover, the planet.
        let got = dates("fr", None, "La mission Mars 2020 a décollé.");
        assert!(got.iter().all(|(t, _)| !t.contains("Mars")), "{got:?}");
        none("fr", "La sonde a atteint Mars.");
    }

    #[test]
    fn french_next_and_previous_day() {
        check(
            "fr",
            Some("2016-11-07"),
            "Il est revenu le jour suivant.",
            "le jour suivant",
            "2016-11-08",
        );
        check(
            "fr",
            None,
            "Il est revenu le jour suivant.",
            "le jour suivant",
            "null",
        );
        check(
            "fr",
            None,
            "Il est revenu le lendemain.",
            "lendemain",
            "null",
        );
    }

    #[test]
    fn french_full_dates() {
        check(
            "fr",
            None,
            "Il est arrivé le 16 janvier 2018 à Paris.",
            "16 janvier 2018",
            "2018-01-16",
        );
        check(
            "fr",
            None,
            "Le texte a été voté le 1er mars 2020.",
            "1er mars 2020",
            "2020-03-01",
        );
        check(
            "fr",
            None,
            "Signé le 1ᵉʳ mars 2020.",
            "1ᵉʳ mars 2020",
            "2020-03-01",
        );
        check(
            "fr",
            None,
            "Elle est née le 23 aout 1987.",
            "23 aout 1987",
            "1987-08-23",
        );
        check(
            "fr",
            None,
            "Depuis le 3 Décembre 2021, rien.",
            "3 Décembre 2021",
            "2021-12-03",
        );
        check(
            "fr",
            None,
            "Réunion le jeudi 16 janvier 2018.",
            "jeudi 16 janvier 2018",
            "2018-01-16",
        );
        check(
            "fr",
            None,
            "Publié le 5 janv. 2019 au matin.",
            "5 janv. 2019",
            "2019-01-05",
        );
        check(
            "fr",
            None,
            "La loi du 12 février, 2019 s'applique.",
            "12 février, 2019",
            "2019-02-12",
        );
    }

    #[test]
    fn english_full_dates() {
        check(
            "en",
            None,
            "He arrived on January 16, 2018 in Paris.",
            "January 16, 2018",
            "2018-01-16",
        );
        check(
            "en",
            None,
            "He arrived on 16 January 2018.",
            "16 January 2018",
            "2018-01-16",
        );
        check(
            "en",
            None,
            "Filed Jan. 16, 2018 in court.",
            "Jan. 16, 2018",
            "2018-01-16",
        );
        check(
            "en",
            None,
            "It was May 03, 2013 when it began.",
            "May 03, 2013",
            "2013-05-03",
        );
        check(
            "en",
            None,
            "Thursday, May 2, 2013 was sunny.",
            "Thursday, May 2, 2013",
            "2013-05-02",
        );
        check(
            "en",
            None,
            "On the 16th of January, 2018 they met.",
            "16th of January, 2018",
            "2018-01-16",
        );
        check(
            "en",
            None,
            "Due Sept 3 2019 at noon.",
            "Sept 3 2019",
            "2019-09-03",
        );
        check(
            "en",
            None,
            "It opened on March the 3rd, 2020.",
            "March the 3rd, 2020",
            "2020-03-03",
        );
    }

    #[test]
    fn partial_dates() {
        check(
            "fr",
            None,
            "Depuis septembre 2019, le chantier avance.",
            "septembre 2019",
            "2019-09",
        );
        check(
            "fr",
            None,
            "Les travaux ont repris mi-mars 2020.",
            "mars 2020",
            "2020-03",
        );
        check(
            "en",
            None,
            "The plant closed in March 2005.",
            "March 2005",
            "2005-03",
        );
        check(
            "en",
            None,
            "It started in September 2010 and stopped.",
            "September 2010",
            "2010-09",
        );
        check(
            "en",
            None,
            "Sales of Jan. 2001 were low.",
            "Jan. 2001",
            "2001-01",
        );
    }

    #[test]
    fn french_ranges() {
        check(
            "fr",
            None,
            "Le salon a lieu du 3 au 5 mars 2024.",
            "du 3 au 5 mars 2024",
            "2024-03-03/2024-03-05",
        );
        check(
            "fr",
            None,
            "Les 18-19 avril 2024, le sommet se tient.",
            "Les 18-19 avril 2024",
            "2024-04-18/2024-04-19",
        );
        check(
            "fr",
            None,
            "Les 18 et 19 avril, il pleuvra.",
            "Les 18 et 19 avril",
            "XXXX-04-18/XXXX-04-19",
        );
        check(
            "fr",
            Some("2024-03-01"),
            "Les 18 et 19 avril, il pleuvra.",
            "Les 18 et 19 avril",
            "2024-04-18/2024-04-19",
        );
        check(
            "fr",
            None,
            "Du 28 décembre au 3 janvier 2024, fermé.",
            "Du 28 décembre au 3 janvier 2024",
            "2023-12-28/2024-01-03",
        );
        check(
            "fr",
            None,
            "Il a dirigé le pays de 2015 à 2018.",
            "de 2015 à 2018",
            "2015/2018",
        );
        check(
            "fr",
            None,
            "Entre le 3 et le 5 mars 2024, grève.",
            "Entre le 3 et le 5 mars 2024",
            "2024-03-03/2024-03-05",
        );
    }

    #[test]
    fn english_ranges() {
        check(
            "en",
            None,
            "The fair runs March 3-5, 2024 downtown.",
            "March 3-5, 2024",
            "2024-03-03/2024-03-05",
        );
        check(
            "en",
            Some("2024-01-10"),
            "It will close between March 3 and 5.",
            "between March 3 and 5",
            "2024-03-03/2024-03-05",
        );
        check(
            "en",
            None,
            "He served from September 2010 to January 2011.",
            "from September 2010 to January 2011",
            "2010-09/2011-01",
        );
        check(
            "en",
            None,
            "Talks ran from March 3 to April 5, 2024.",
            "from March 3 to April 5, 2024",
            "2024-03-03/2024-04-05",
        );
        check(
            "en",
            None,
            "The 2014-2018 plan failed.",
            "2014-2018",
            "2014/2018",
        );
        check(
            "en",
            None,
            "It grew between 2014 and 2018.",
            "between 2014 and 2018",
            "2014/2018",
        );
    }

    #[test]
    fn numeric_dates_by_locale() {
        check(
            "fr",
            None,
            "Daté du 16/01/2018.",
            "16/01/2018",
            "2018-01-16",
        );
        check("en", None, "Dated 01/16/2018.", "01/16/2018", "2018-01-16");
        check(
            "fr",
            None,
            "Daté du 05/04/2018.",
            "05/04/2018",
            "2018-04-05",
        );
        check("en", None, "Dated 05/04/2018.", "05/04/2018", "2018-05-04");
        check(
            "fr",
            None,
            "Publié le 2018-01-16.",
            "2018-01-16",
            "2018-01-16",
        );
        check(
            "en",
            None,
            "Published 2018-01-16.",
            "2018-01-16",
            "2018-01-16",
        );
        check(
            "fr",
            None,
            "Le 16.01.2018 au soir.",
            "16.01.2018",
            "2018-01-16",
        );
        check("fr", None, "Reçu le 21/04/16.", "21/04/16", "2016-04-21");
        // Unambiguous in the other order only.
        check("en", None, "Dated 21/04/2016.", "21/04/2016", "2016-04-21");
    }

    #[test]
    fn invalid_dates_rejected() {
        none("fr", "Le 31/02/2018 n'existe pas.");
        none("fr", "Le 31 février 2018 n'existe pas.");
        none("en", "February 30, 2019 never was.");
        none("en", "Dated 13/13/2018.");
        none("fr", "Le 29 février 2023 n'existe pas.");
        check(
            "fr",
            None,
            "Le 29 février 2024 existe.",
            "29 février 2024",
            "2024-02-29",
        );
    }

    #[test]
    fn years_need_context() {
        check(
            "fr",
            None,
            "En 2023, la croissance a ralenti.",
            "2023",
            "2023",
        );
        check("fr", None, "Il a été élu en 2023.", "2023", "2023");
        check("fr", None, "Il dirige le pays depuis 1991.", "1991", "1991");
        check("en", None, "It became independent in 1991.", "1991", "1991");
        check("en", None, "He has ruled since 1991.", "1991", "1991");
        check("en", None, "The feast dates back to 1865.", "1865", "1865");
        check(
            "fr",
            None,
            "La tradition remonte à 1865, selon l'historien.",
            "1865",
            "1865",
        );
        none("en", "The index went back to 1865 points.");
        check(
            "en",
            None,
            "Prices have risen since mid-2019.",
            "2019",
            "2019",
        );
        none("fr", "Le stade compte 2023 places.");
        none("en", "The team scored 2023 points.");
        none("en", "It rose by 2,023 units, or 20.23%.");
    }

    #[test]
    fn french_relative_dates() {
        let at = Some("2024-04-18"); // a Thursday
        check("fr", at, "Il est parti hier.", "hier", "2024-04-17");
        check(
            "fr",
            at,
            "Il part aujourd’hui.",
            "aujourd’hui",
            "2024-04-18",
        );
        check("fr", at, "Il partira demain.", "demain", "2024-04-19");
        check(
            "fr",
            at,
            "Il est parti avant-hier.",
            "avant-hier",
            "2024-04-16",
        );
        check("fr", at, "Le vote a eu lieu mardi.", "mardi", "2024-04-16");
        check("fr", at, "Le vote a eu lieu jeudi.", "jeudi", "2024-04-18");
        check(
            "fr",
            at,
            "Le vote a eu lieu jeudi dernier.",
            "jeudi dernier",
            "2024-04-11",
        );
        check(
            "fr",
            at,
            "Le vote aura lieu lundi prochain.",
            "lundi prochain",
            "2024-04-22",
        );
        check(
            "fr",
            at,
            "Le vote aura lieu ce samedi.",
            "ce samedi",
            "2024-04-20",
        );
        check(
            "fr",
            at,
            "Il l'a dit le 18 octobre dernier.",
            "18 octobre dernier",
            "2023-10-18",
        );
        check(
            "fr",
            at,
            "Il reviendra le 3 mai prochain.",
            "3 mai prochain",
            "2024-05-03",
        );
        check(
            "fr",
            at,
            "Elle partira l'année prochaine.",
            "l'année prochaine",
            "2025",
        );
        check(
            "fr",
            at,
            "Elle est partie l’an dernier.",
            "l’an dernier",
            "2023",
        );
        check(
            "fr",
            at,
            "Ils se sont vus le mois dernier.",
            "le mois dernier",
            "2024-03",
        );
        check(
            "fr",
            at,
            "Ils se verront la semaine prochaine.",
            "la semaine prochaine",
            "2024-04-22/2024-04-28",
        );
        check(
            "fr",
            at,
            "Il avait parlé la veille.",
            "la veille",
            "2024-04-17",
        );
        check(
            "fr",
            at,
            "Depuis septembre dernier, rien.",
            "septembre dernier",
            "2023-09",
        );
        check("fr", at, "Il a gelé en janvier.", "janvier", "2024-01");
        check(
            "fr",
            at,
            "Le scrutin de vendredi 12 a été annulé.",
            "vendredi 12",
            "2024-04-12",
        );
    }

    #[test]
    fn english_relative_dates() {
        let at = Some("2024-04-18"); // a Thursday
        check(
            "en",
            at,
            "It happened last Tuesday.",
            "last Tuesday",
            "2024-04-16",
        );
        check(
            "en",
            at,
            "It happened last Thursday.",
            "last Thursday",
            "2024-04-11",
        );
        check("en", at, "They met on Saturday.", "Saturday", "2024-04-13");
        check(
            "en",
            at,
            "They meet next Monday.",
            "next Monday",
            "2024-04-22",
        );
        check("en", at, "They met yesterday.", "yesterday", "2024-04-17");
        check(
            "en",
            at,
            "Results come next month.",
            "next month",
            "2024-05",
        );
        check("en", at, "Sales fell last year.", "last year", "2023");
        check(
            "en",
            at,
            "He had arrived the previous day.",
            "the previous day",
            "2024-04-17",
        );
        check(
            "en",
            at,
            "The vote is this Friday.",
            "this Friday",
            "2024-04-19",
        );
        check("en", at, "It rained in February.", "February", "2024-02");
        check(
            "en",
            at,
            "It closed last September.",
            "last September",
            "2023-09",
        );
    }

    #[test]
    fn relative_dates_without_article_date_stay_unresolved() {
        check("fr", None, "Le vote a eu lieu jeudi.", "jeudi", "null");
        check("fr", None, "Il est parti hier.", "hier", "null");
        // The month and day are known even when the year is not.
        check(
            "fr",
            None,
            "Il l'a dit le 18 octobre dernier.",
            "18 octobre dernier",
            "XXXX-10-18",
        );
        check(
            "en",
            None,
            "It happened last Tuesday.",
            "last Tuesday",
            "null",
        );
        check("en", None, "They met on Thursday.", "Thursday", "null");
        check("en", None, "Sales fell last year.", "last year", "null");
    }

    #[test]
    fn a_plural_article_opens_a_range() {
        check(
            "fr",
            None,
            "Les 18-19 avril 2024, ils se sont rencontrés.",
            "Les 18-19 avril 2024",
            "2024-04-18/2024-04-19",
        );
    }

    #[test]
    fn yearless_dates() {
        check(
            "fr",
            None,
            "Le 16 janvier, il a neigé.",
            "16 janvier",
            "XXXX-01-16",
        );
        check(
            "fr",
            Some("2024-04-18"),
            "Le 16 janvier, il a neigé.",
            "16 janvier",
            "2024-01-16",
        );
        check(
            "en",
            None,
            "On June 8 the polls open.",
            "June 8",
            "XXXX-06-08",
        );
        check(
            "en",
            Some("2024-04-18"),
            "On June 8 the polls open.",
            "June 8",
            "2024-06-08",
        );
        // Early in January, late December is last year's.
        check(
            "fr",
            Some("2024-01-05"),
            "Le 28 décembre, il a neigé.",
            "28 décembre",
            "2023-12-28",
        );
    }

    #[test]
    fn ordinary_words_are_not_dates() {
        none("en", "You may 2 times ask.");
        none("en", "They may go home if they may, and may not stay.");
        none("en", "A protest march drew crowds.");
        none("en", "The second round starts. The sun rose.");
        none("en", "The march 3 times a year is over.");
        none("fr", "La sonde s'est posée sur Mars.");
        none(
            "fr",
            "La mission Mars 2020 a décollé, en direction de Mars.",
        );
        check(
            "fr",
            None,
            "Mars 2020 : le confinement commence.",
            "Mars 2020",
            "2020-03",
        );
        none("fr", "Le 3 est un nombre, et 12:30 une heure.");
        none("en", "Version 1.2.3 and phone 555-2010-2015 are not dates.");
        none("en", "Score 3-5 and 1/2 cup.");
    }

    #[test]
    fn may_with_a_number_is_a_month() {
        check(
            "en",
            None,
            "It may rain on May 2, 2020.",
            "May 2, 2020",
            "2020-05-02",
        );
        check(
            "en",
            None,
            "In May 2021, prices fell.",
            "May 2021",
            "2021-05",
        );
        check(
            "en",
            Some("2024-04-18"),
            "Prices fell in May.",
            "May",
            "2024-05",
        );
        check(
            "fr",
            None,
            "Le 3 mars 2020, Mars était visible.",
            "3 mars 2020",
            "2020-03-03",
        );
        check(
            "fr",
            Some("2024-04-18"),
            "Il viendra en mars.",
            "mars",
            "2024-03",
        );
    }

    #[test]
    fn numeric_dates_with_month_names() {
        check(
            "en",
            None,
            "Filed 23-Sep-2020 in court.",
            "23-Sep-2020",
            "2020-09-23",
        );
        check(
            "en",
            None,
            "Filed 2020/Sep/23 in court.",
            "2020/Sep/23",
            "2020-09-23",
        );
        check(
            "fr",
            None,
            "Reçu le 23/sept/2020.",
            "23/sept/2020",
            "2020-09-23",
        );
        check(
            "en",
            None,
            "Plans for Dec-2018 are set.",
            "Dec-2018",
            "2018-12",
        );
        check(
            "en",
            None,
            "Week of Jan/3 was quiet.",
            "Jan/3",
            "XXXX-01-03",
        );
        check("en", None, "The 2016-11 report.", "2016-11", "2016-11");
        check(
            "fr",
            None,
            "Le rapport 11/2016 est paru.",
            "11/2016",
            "2016-11",
        );
        // "2010-12" may be a span of years, "3.5" a decimal.
        none("en", "The 2010-12 period and 3.5 points.");
    }

    #[test]
    fn day_and_month_without_year_need_context() {
        check("fr", None, "Il revient le 22/04.", "22/04", "XXXX-04-22");
        check("en", None, "He is back on 4/22.", "4/22", "XXXX-04-22");
        check(
            "en",
            Some("2024-04-18"),
            "Call on Friday 7/6 at noon.",
            "Friday 7/6",
            "2024-07-06",
        );
        none("fr", "Il a mangé 3/4 du gâteau et 22/04 ne dit rien.");
    }

    #[test]
    fn counted_back_from_the_article_date() {
        let at = Some("2024-04-18");
        check(
            "fr",
            at,
            "Il est arrivé il y a deux ans.",
            "il y a deux ans",
            "2022-04-18",
        );
        check(
            "fr",
            at,
            "Il est arrivé il y a 3 jours.",
            "il y a 3 jours",
            "2024-04-15",
        );
        check(
            "fr",
            Some("2023-02-01"),
            "Au cours des dix derniers mois, rien.",
            "dix derniers mois",
            "2022-04/2023-01",
        );
        check(
            "fr",
            at,
            "Il est parti il y a à peu près un mois.",
            "il y a à peu près un mois",
            "2024-03-18",
        );
        check(
            "fr",
            at,
            "Il est parti il y a environ deux ans.",
            "il y a environ deux ans",
            "2022-04-18",
        );
        // A bound is not an approximation of a date: left to the figures.
        none("fr", "Il est parti il y a plus de cent personnes.");
        check(
            "en",
            at,
            "He arrived two weeks ago.",
            "two weeks ago",
            "2024-04-04",
        );
        check(
            "en",
            at,
            "He arrived a month ago.",
            "a month ago",
            "2024-03-18",
        );
        check(
            "en",
            None,
            "He arrived two weeks ago.",
            "two weeks ago",
            "null",
        );
        none("en", "He stayed two weeks.");
    }

    #[test]
    fn counted_from_another_date() {
        let at = Some("2024-04-18");
        check(
            "en",
            at,
            "The vote is three weeks from tomorrow.",
            "three weeks from tomorrow",
            "2024-05-10",
        );
        check(
            "en",
            at,
            "The deal closed 10 days after March 3, 2021.",
            "10 days after March 3, 2021",
            "2021-03-13",
        );
        check(
            "en",
            at,
            "It fell two weeks before June 20, 2019.",
            "two weeks before June 20, 2019",
            "2019-06-06",
        );
        check(
            "en",
            at,
            "Talks resume two weeks from now.",
            "two weeks from now",
            "2024-05-02",
        );
        check(
            "en",
            at,
            "Polls close for 3 days from today.",
            "for 3 days from today",
            "2024-04-18/2024-04-20",
        );
        check(
            "en",
            at,
            "Strikes run a week starting tomorrow.",
            "a week starting tomorrow",
            "2024-04-19/2024-04-25",
        );
        check(
            "en",
            at,
            "He left 1 year 2 months ago.",
            "1 year 2 months ago",
            "2023-02-18",
        );
        check(
            "en",
            at,
            "Three years later he resigned.",
            "Three years later",
            "null",
        );
        check(
            "en",
            None,
            "The vote is three weeks from tomorrow.",
            "three weeks from tomorrow",
            "null",
        );
        check(
            "fr",
            at,
            "Il partira trois jours après le 5 mars 2025.",
            "trois jours après le 5 mars 2025",
            "2025-03-08",
        );
        check(
            "fr",
            at,
            "Deux semaines plus tard, il a démissionné.",
            "Deux semaines plus tard",
            "null",
        );
        // Counts of other things, and durations that are not dates.
        none("en", "The team won three games after the break.");
        none("en", "He served 10 years after a trial.");
        none("en", "The race took 3 days from start to finish.");
        none("fr", "Il a marché trois jours après la chute.");
    }

    #[test]
    fn counted_ahead_of_the_article_date() {
        let at = Some("2024-04-18");
        check(
            "en",
            at,
            "The minister will resign in two weeks.",
            "in two weeks",
            "2024-05-02",
        );
        check(
            "en",
            at,
            "Results come in a fortnight's time.",
            "in a fortnight",
            "2024-05-02",
        );
        check(
            "fr",
            at,
            "Il démissionnera dans trois ans.",
            "dans trois ans",
            "2027-04-18",
        );
        check(
            "fr",
            None,
            "Il démissionnera dans trois ans.",
            "dans trois ans",
            "null",
        );
        // Said of the past, "in two years" is a length of time.
        none("en", "Prices hit their highest level in two years.");
        none("en", "It was the first win in 3 months.");
    }

    #[test]
    fn spans_of_counted_units() {
        let at = Some("2024-04-18");
        check(
            "en",
            at,
            "Sales rose over the past 10 years.",
            "past 10 years",
            "2014-04-18/2024-04-17",
        );
        check(
            "en",
            at,
            "Rain is due in the next 3 days.",
            "next 3 days",
            "2024-04-19/2024-04-21",
        );
        check(
            "en",
            at,
            "Output in the 2 upcoming months.",
            "2 upcoming months",
            "2024-04-19/2024-06-18",
        );
        check(
            "en",
            at,
            "Profits fell for the last 2 quarters.",
            "last 2 quarters",
            "2023-10/2024-03",
        );
        check(
            "en",
            at,
            "Growth over the next 3 decades.",
            "next 3 decades",
            "2030/2059",
        );
        check(
            "en",
            at,
            "Work ends within 5 days.",
            "within 5 days",
            "2024-04-18/2024-04-22",
        );
        check(
            "fr",
            at,
            "Il sera absent les 3 prochaines semaines.",
            "3 prochaines semaines",
            "2024-04-19/2024-05-09",
        );
        check(
            "fr",
            at,
            "Les prix ont baissé ces dix derniers mois.",
            "dix derniers mois",
            "2023-06-18/2024-04-17",
        );
        check(
            "en",
            None,
            "Rain is due in the next 3 days.",
            "next 3 days",
            "null",
        );
        none("en", "He scored in the last 3 games.");
        none("en", "The next 3 players were cut.");
        none("fr", "Les 3 derniers joueurs sont partis.");
    }

    #[test]
    fn days_of_a_month_named_from_the_article_date() {
        let at = Some("2024-04-18");
        check(
            "en",
            at,
            "Payment is due the 20th of next month.",
            "20th of next month",
            "2024-05-20",
        );
        check(
            "en",
            at,
            "It opens on the 15th day of next month.",
            "15th day of next month",
            "2024-05-15",
        );
        check(
            "en",
            at,
            "Closed from 4 to 22 this month.",
            "from 4 to 22 this month",
            "2024-04-04/2024-04-22",
        );
        check(
            "en",
            at,
            "Closed between 4 and 22 next month.",
            "between 4 and 22 next month",
            "2024-05-04/2024-05-22",
        );
        check(
            "fr",
            at,
            "Fermé du 4 au 23 du mois prochain.",
            "du 4 au 23 du mois prochain",
            "2024-05-04/2024-05-23",
        );
        check(
            "en",
            None,
            "Payment is due the 20th of next month.",
            "20th of next month",
            "null",
        );
        // A count sold this month is not a day.
        let got = dates("en", at, "They sold 4 this month.");
        assert_eq!(got, vec![("this month".to_string(), "2024-04".to_string())]);
    }

    #[test]
    fn range_ends_of_different_precision() {
        let at = Some("2024-04-18");
        check(
            "en",
            at,
            "It ran from 2015 to May 5, 2017.",
            "from 2015 to May 5, 2017",
            "2015-01-01/2017-05-05",
        );
        check(
            "en",
            at,
            "It ran between 2015 and Feb 2018.",
            "between 2015 and Feb 2018",
            "2015-01/2018-02",
        );
        check(
            "en",
            at,
            "It ran from Feb 1 to March 2019.",
            "from Feb 1 to March 2019",
            "2019-02-01/2019-03-31",
        );
        check(
            "en",
            at,
            "Off april ninth through 17th.",
            "april ninth through 17th",
            "2024-04-09/2024-04-17",
        );
        check(
            "en",
            at,
            "The summit was on June 28 in 2020.",
            "June 28 in 2020",
            "2020-06-28",
        );
        check(
            "fr",
            at,
            "Le sommet a eu lieu le 28 juin en 2020.",
            "28 juin en 2020",
            "2020-06-28",
        );
    }

    #[test]
    fn next_weekday_by_language() {
        // A Monday: English "next Sunday" is the Sunday of next week, French "dimanche
        // prochain" the coming one.
        let at = Some("2024-04-15");
        check(
            "en",
            at,
            "They meet next Sunday.",
            "next Sunday",
            "2024-04-28",
        );
        check(
            "en",
            at,
            "They meet this Sunday.",
            "this Sunday",
            "2024-04-21",
        );
        check(
            "fr",
            at,
            "Ils se voient dimanche prochain.",
            "dimanche prochain",
            "2024-04-21",
        );
    }

    #[test]
    fn relative_quarters_and_decades() {
        let at = Some("2024-04-18");
        check(
            "en",
            at,
            "Sales fell last quarter.",
            "last quarter",
            "2024-01/2024-03",
        );
        check(
            "en",
            at,
            "Sales will rise next quarter.",
            "next quarter",
            "2024-07/2024-09",
        );
        check(
            "en",
            at,
            "Prices rose this decade.",
            "this decade",
            "2020/2029",
        );
        check(
            "en",
            at,
            "It opens in the next decade.",
            "the next decade",
            "2030/2039",
        );
        check(
            "fr",
            at,
            "Les prix ont monté cette décennie.",
            "cette décennie",
            "2020/2029",
        );
    }

    #[test]
    fn weeks_counted_in_a_year_or_month() {
        let at = Some("2024-04-18");
        check(
            "en",
            at,
            "Talks start in the first week of 2021.",
            "first week of 2021",
            "2021-01-04/2021-01-10",
        );
        check(
            "en",
            at,
            "It closes the last week of 2016.",
            "last week of 2016",
            "2016-12-26/2017-01-01",
        );
        check(
            "en",
            at,
            "Polls open the third week of this month.",
            "third week of this month",
            "2024-04-15/2024-04-21",
        );
        check(
            "en",
            at,
            "Polls open the second week of June.",
            "second week of June",
            "2024-06-10/2024-06-16",
        );
        check(
            "fr",
            at,
            "Le vote a lieu la troisième semaine de 2027.",
            "troisième semaine de 2027",
            "2027-01-18/2027-01-24",
        );
        check(
            "fr",
            at,
            "Le vote a lieu la dernière semaine de juillet.",
            "dernière semaine de juillet",
            "2024-07-22/2024-07-28",
        );
        none("en", "It was his first week in office.");
        none("fr", "C'était sa deuxième semaine de travail.");
    }

    #[test]
    fn feasts() {
        let at = Some("2024-04-18");
        check(
            "en",
            at,
            "Shops shut on Christmas Day.",
            "Christmas Day",
            "2023-12-25",
        );
        check(
            "en",
            at,
            "They met at Easter 2018.",
            "Easter 2018",
            "2018-04-01",
        );
        check(
            "en",
            at,
            "It fell two weeks before Christmas.",
            "two weeks before Christmas",
            "2023-12-11",
        );
        check(
            "en",
            at,
            "Parades ran on Thanksgiving 2023.",
            "Thanksgiving 2023",
            "2023-11-23",
        );
        check(
            "en",
            at,
            "He spoke last Easter.",
            "last Easter",
            "2024-03-31",
        );
        check("fr", at, "Il est revenu à Noël.", "Noël", "2023-12-25");
        check(
            "fr",
            at,
            "Il est parti le lundi de Pâques 2020.",
            "le lundi de Pâques 2020",
            "2020-04-13",
        );
        check(
            "en",
            None,
            "Shops shut on Christmas Day.",
            "Christmas Day",
            "XXXX-12-25",
        );
        check("en", None, "They met at Easter.", "Easter", "null");
        none("en", "Christmas shopping rose 4%.");
        none("en", "Easter eggs sold out.");
        none("fr", "Les cadeaux de Noël coûtent cher.");
    }

    #[test]
    fn weekdays_of_named_weeks() {
        let at = Some("2024-04-18"); // a Thursday
        check(
            "fr",
            at,
            "Il viendra vendredi de la semaine prochaine.",
            "vendredi de la semaine prochaine",
            "2024-04-26",
        );
        check(
            "fr",
            at,
            "Il viendra mardi cette semaine.",
            "mardi cette semaine",
            "2024-04-16",
        );
        check(
            "en",
            at,
            "He comes next week on Tuesday.",
            "next week on Tuesday",
            "2024-04-23",
        );
        check(
            "en",
            at,
            "He came Tuesday of last week.",
            "Tuesday of last week",
            "2024-04-09",
        );
        check(
            "en",
            at,
            "He comes this weekend.",
            "this weekend",
            "2024-04-20/2024-04-21",
        );
        check(
            "fr",
            at,
            "Il est venu le week-end dernier.",
            "le week-end dernier",
            "2024-04-13/2024-04-14",
        );
        // The final week of a year is not last week.
        check(
            "en",
            Some("2024-04-18"),
            "Sales in the last week of 2016 fell.",
            "last week of 2016",
            "2016-12-26/2017-01-01",
        );
    }

    #[test]
    fn decades() {
        check(
            "fr",
            None,
            "Dans les années 1990, tout change.",
            "les années 1990",
            "1990/1999",
        );
        check(
            "fr",
            None,
            "La mode des années 70 revient.",
            "années 70",
            "1970/1979",
        );
        check(
            "en",
            None,
            "In the 1990s, it changed.",
            "1990s",
            "1990/1999",
        );
        check(
            "en",
            None,
            "In the 1970's, it changed.",
            "1970's",
            "1970/1979",
        );
        none("en", "He scored 1995s and 1990 points.");
    }

    #[test]
    fn french_months_alone() {
        check(
            "fr",
            None,
            "Rendez-vous Novembre, au plus tard.",
            "Novembre",
            "XXXX-11",
        );
        // Ambiguous ones still need a context word.
        none("fr", "Mars brille ce soir.");
        // English months alone need one too: June may be a name.
        none("en", "June said no.");
    }

    #[test]
    fn day_numbers_in_words() {
        check(
            "en",
            None,
            "Born on the first of May, 1990.",
            "first of May, 1990",
            "1990-05-01",
        );
        check(
            "en",
            None,
            "Back on the twenty second of June 2017.",
            "twenty second of June 2017",
            "2017-06-22",
        );
        check(
            "fr",
            None,
            "Né le premier mai 1990.",
            "premier mai 1990",
            "1990-05-01",
        );
        none("en", "A second march began.");
    }

    #[test]
    fn years_and_days_in_words() {
        let a = Some("2020-03-10");
        check(
            "en",
            a,
            "The mill closed in nineteen eighty four.",
            "nineteen eighty four",
            "1984",
        );
        check(
            "en",
            a,
            "It opened in two thousand and nine.",
            "two thousand and nine",
            "2009",
        );
        check(
            "en",
            a,
            "The bridge fell in August nineteen hundred twelve.",
            "August nineteen hundred twelve",
            "1912-08",
        );
        check(
            "en",
            a,
            "He was born on seventeen March nineteen sixty one.",
            "seventeen March nineteen sixty one",
            "1961-03-17",
        );
        check(
            "en",
            a,
            "The vote is on June twenty eight, 2021.",
            "June twenty eight, 2021",
            "2021-06-28",
        );
        check(
            "en",
            a,
            "We meet again April thirty.",
            "April thirty",
            "2020-04-30",
        );
        check(
            "fr",
            a,
            "La loi date de mars deux mille dix-neuf.",
            "mars deux mille dix-neuf",
            "2019-03",
        );
        check(
            "fr",
            a,
            "Elle est née en mille neuf cent quatre-vingt-dix-sept.",
            "mille neuf cent quatre-vingt-dix-sept",
            "1997",
        );
        check(
            "fr",
            a,
            "Le traité fut signé le vingt et un juin.",
            "vingt et un juin",
            "2020-06-21",
        );
        check(
            "fr",
            a,
            "Rendez-vous avril vingt-neuf.",
            "avril vingt-neuf",
            "2020-04-29",
        );
        // Counts of things stay counts.
        none("en", "In two thousand cases the test failed.");
        none("en", "She sold twenty five copies in a week.");
        none("en", "He bought five March tickets.");
        none("fr", "En deux mille endroits, la panne a duré.");
        assert_eq!(
            dates("en", a, "In May twenty people left."),
            vec![("May".to_string(), "2020-05".to_string())]
        );
    }

    #[test]
    fn numeric_dates_with_spaces() {
        let a = Some("2020-03-10");
        check(
            "en",
            a,
            "The file is dated 2019 / 4.",
            "2019 / 4",
            "2019-04",
        );
        check(
            "en",
            a,
            "Filed in 7 - 2018, closed later.",
            "7 - 2018",
            "2018-07",
        );
        check(
            "en",
            a,
            "Meeting held 2021 11 23 at noon.",
            "2021 11 23",
            "2021-11-23",
        );
        check(
            "en",
            a,
            "Shipped 3 14 2019 by sea.",
            "3 14 2019",
            "2019-03-14",
        );
        check(
            "fr",
            a,
            "Signé le 14 3 2019 à Paris.",
            "14 3 2019",
            "2019-03-14",
        );
        check(
            "en",
            a,
            "The 2012 October storm hit hard.",
            "2012 October",
            "2012-10",
        );
        check(
            "en",
            a,
            "Reference 20190315 in the log.",
            "20190315",
            "2019-03-15",
        );
        // Spans of years, scores, sums and codes stay what they are.
        none("en", "The 2010 - 12 seasons were hard.");
        none("en", "They won 21 - 14 at home.");
        none("en", "A budget of 20000000 was voted.");
        none("en", "Code 20191345 is wrong.");
        none("en", "The count rose 12 13 14 2015 2016.");
    }

    #[test]
    fn parts_of_the_week_month_or_year() {
        // A Wednesday.
        let a = Some("2021-03-10");
        check(
            "en",
            a,
            "Talks go on for the rest of the week.",
            "rest of the week",
            "2021-03-10/2021-03-14",
        );
        check(
            "en",
            a,
            "The vote comes later this week.",
            "later this week",
            "2021-03-11/2021-03-14",
        );
        check(
            "en",
            a,
            "They met earlier in the week.",
            "earlier in the week",
            "2021-03-08/2021-03-09",
        );
        check(
            "en",
            a,
            "Prices stay high for the rest of the month.",
            "rest of the month",
            "2021-03-10/2021-03-31",
        );
        check(
            "en",
            a,
            "More cuts come later in the year.",
            "later in the year",
            "2021",
        );
        check(
            "en",
            a,
            "Rain fell over the past fortnight.",
            "past fortnight",
            "2021-02-22/2021-03-07",
        );
        check(
            "fr",
            a,
            "La grève durera le reste de l'année.",
            "reste de l'année",
            "2021-03-10/2021-12-31",
        );
        check(
            "fr",
            a,
            "Le vote aura lieu plus tard cette semaine.",
            "plus tard cette semaine",
            "2021-03-11/2021-03-14",
        );
        check(
            "en",
            None,
            "The rest of the week is free.",
            "rest of the week",
            "null",
        );
        none("en", "The week was long and the rest was short.");
        none("en", "He spent the rest of his life abroad.");
    }

    #[test]
    fn more_range_and_weekday_forms() {
        let a = Some("2019-04-03");
        check(
            "en",
            a,
            "Sales fell in Q2 this year.",
            "Q2 this year",
            "2019-04/2019-06",
        );
        check(
            "en",
            a,
            "Work starts in the second half of next year.",
            "second half of next year",
            "2020-07/2020-12",
        );
        check(
            "en",
            a,
            "The fair runs from 6/3 to 6/9, 2021 downtown.",
            "from 6/3 to 6/9, 2021",
            "2021-06-03/2021-06-09",
        );
        check(
            "en",
            a,
            "The strike lasted from 8 to March 19, 2003.",
            "from 8 to March 19, 2003",
            "2003-03-08/2003-03-19",
        );
        check(
            "en",
            a,
            "We meet Friday the 12th.",
            "Friday the 12th",
            "2019-04-12",
        );
        check(
            "en",
            a,
            "Lunch next week Thu.",
            "next week Thu",
            "2019-04-11",
        );
        check(
            "en",
            a,
            "Signed 14. Feb. 2011 in Bonn.",
            "14. Feb. 2011",
            "2011-02-14",
        );
        none("en", "Chapter 16. March ahead.");
        none("en", "From 8 to 10 people came.");
    }

    #[test]
    fn days_without_their_month() {
        let a = Some("2019-04-03");
        check("en", a, "The rally is on the 27th.", "27th", "XXXX-XX-27");
        check(
            "en",
            a,
            "They left on the 3rd at dawn.",
            "3rd",
            "XXXX-XX-03",
        );
        check("en", a, "The vote was held on the 12.", "12", "XXXX-XX-12");
        check("fr", a, "Le vote aura lieu le 23.", "23", "XXXX-XX-23");
        check("fr", a, "Il est arrivé le 1er à Lyon.", "1er", "XXXX-XX-01");
        check(
            "en",
            None,
            "Talks resume on the 9th, officials said.",
            "9th",
            "XXXX-XX-09",
        );
        none("en", "He lives on the 27th floor.");
        none("en", "She won on the 3rd attempt.");
        none("en", "They scored on the 12 yard line.");
        none("en", "Focus on the 27 members.");
        none("fr", "Il a fini le 23 en course.");
        none("en", "The 27th anniversary was held.");
        none("en", "Troops said they were fired on first.");
    }

    #[test]
    fn month_abbreviations_alone() {
        let a = Some("2019-04-03");
        check(
            "en",
            a,
            "Prices rose in Jan and fell later.",
            "Jan",
            "2019-01",
        );
        check(
            "en",
            a,
            "The plant reopens this Sept, they said.",
            "this Sept",
            "2019-09",
        );
        check(
            "en",
            a,
            "Sales peaked last Dec and then fell.",
            "last Dec",
            "2018-12",
        );
        check("fr", a, "Il partira en janv.", "janv.", "2019-01");
        none("en", "She met him in Jan Koum's office.");
        none("en", "The deal was led by Jan and Piet.");
        none("en", "He wrote it in Jan's notebook.");
        none("en", "Sept people were hurt.");
        none("en", "It has grown since Jan left.");
    }

    #[test]
    fn decades_and_centuries_in_words() {
        let a = Some("2019-04-03");
        check(
            "en",
            a,
            "Music of the nineteen sixties.",
            "nineteen sixties",
            "1960/1969",
        );
        check(
            "en",
            a,
            "Rents rose in the twenty-tens.",
            "twenty-tens",
            "2010/2019",
        );
        check(
            "en",
            a,
            "Built in the 18th century.",
            "18th century",
            "1700/1799",
        );
        check(
            "en",
            a,
            "A problem of the twenty-first century.",
            "twenty-first century",
            "2000/2099",
        );
        check(
            "fr",
            a,
            "Une église du XIIe siècle.",
            "XIIe siècle",
            "1100/1199",
        );
        check(
            "fr",
            a,
            "Au XXème siècle, la ville a grandi.",
            "XXème siècle",
            "1900/1999",
        );
        check(
            "fr",
            a,
            "Dans les années deux mille, tout change.",
            "les années deux mille",
            "2000/2009",
        );
        none("en", "Temperatures stayed in the seventies.");
        none("en", "He is in his sixties.");
        none("en", "The 20th Century Fox lot was sold.");
        none("en", "A 19th-century house burned.");
        none("fr", "Le XXe arrondissement vote.");
        none("fr", "Éèe siècle, Xème, IVXLème, LLLLe siècle.");
    }

    #[test]
    fn units_counted_in_a_year() {
        let a = Some("2020-11-07");
        check(
            "en",
            a,
            "Sales for the last three months of 2019 fell.",
            "last three months of 2019",
            "2019-10/2019-12",
        );
        check(
            "en",
            a,
            "It rained the first five days of next year.",
            "first five days of next year",
            "2021-01-01/2021-01-05",
        );
        check(
            "en",
            a,
            "Booked for the first 2 weeks of 2021.",
            "first 2 weeks of 2021",
            "2021-01-04/2021-01-17",
        );
        check(
            "en",
            a,
            "Figures for week 12 of 2019 came out.",
            "week 12 of 2019",
            "2019-03-18/2019-03-24",
        );
        check(
            "en",
            a,
            "They return the fourth month of 2022.",
            "fourth month of 2022",
            "2022-04",
        );
        check(
            "en",
            a,
            "The last four months were hard.",
            "last four months",
            "2020-07-07/2020-11-06",
        );
        none("en", "The team won in week 10 of the season.");
        none("en", "The third month of the war was the worst.");
    }

    #[test]
    fn money_and_counts_are_not_dates() {
        check(
            "en",
            None,
            "He paid $12 December 27, 2019.",
            "December 27, 2019",
            "2019-12-27",
        );
        none("fr", "Entre 1500 et 2000 manifestants sont venus.");
        none("en", "From 1500 to 2000 people came.");
        check(
            "en",
            None,
            "The plan ran 2014 to 2018.",
            "2014 to 2018",
            "2014/2018",
        );
    }

    #[test]
    fn parts_of_a_year() {
        check(
            "fr",
            None,
            "Au premier trimestre 2019, les ventes ont baissé.",
            "premier trimestre 2019",
            "2019-01/2019-03",
        );
        check(
            "fr",
            None,
            "Le T3 2020 a été bon.",
            "T3 2020",
            "2020-07/2020-09",
        );
        check(
            "en",
            None,
            "In the first half of 2020, sales fell.",
            "first half of 2020",
            "2020-01/2020-06",
        );
        check(
            "en",
            None,
            "Results for Q4 2023 are out.",
            "Q4 2023",
            "2023-10/2023-12",
        );
        check(
            "en",
            None,
            "Results for 2019-Q1 are out.",
            "2019-Q1",
            "2019-01/2019-03",
        );
        check(
            "fr",
            Some("2024-04-18"),
            "Le trimestre dernier, rien.",
            "Le trimestre dernier",
            "2024-01/2024-03",
        );
        // A half of a match is not a half of a year.
        none("en", "He scored in the second half.");
    }

    #[test]
    fn more_ranges() {
        check(
            "en",
            None,
            "Talks ran Jan-Feb 2017 in Seoul.",
            "Jan-Feb 2017",
            "2017-01/2017-02",
        );
        check(
            "en",
            None,
            "Talks ran Nov-Feb 2017 in Seoul.",
            "Nov-Feb 2017",
            "2016-11/2017-02",
        );
        check(
            "en",
            None,
            "Closed from 10/1 to 11/7 for works.",
            "from 10/1 to 11/7",
            "XXXX-10-01/XXXX-11-07",
        );
        check(
            "en",
            Some("2024-04-18"),
            "Open from next Monday to Friday.",
            "from next Monday to Friday",
            "2024-04-22/2024-04-26",
        );
        check(
            "fr",
            Some("2024-04-18"),
            "Fermé de novembre à février.",
            "de novembre à février",
            "2023-11/2024-02",
        );
        check(
            "en",
            None,
            "Prices rose between 2014~2018.",
            "between 2014~2018",
            "2014/2018",
        );
    }

    #[test]
    fn bad_data_is_a_load_error() {
        let source = crate::knowledge::lang::EMBEDDED
            .iter()
            .find(|(path, _)| path.ends_with("fr.toml"))
            .unwrap()
            .1;
        for (from, to) in [
            ("numeric_order = \"dmy\"", "numeric_order = \"ymd\""),
            ("\"hier\" = \"day -1\"", "\"hier\" = \"century -1\""),
            (
                "ambiguous_months = [\"mars\"]",
                "ambiguous_months = [\"mardi\"]",
            ),
            ("t1 = \"1-3\"", "t1 = \"3-1\""),
            (
                "modifiers_follow = true",
                "modifiers_follow = true\nunknown_key = 1",
            ),
        ] {
            assert!(source.contains(from), "{from}");
            let bad = source.replace(from, to);
            assert!(
                crate::knowledge::lang::Lang::parse("fr.toml", &bad).is_err(),
                "{to}"
            );
        }
    }

    #[test]
    fn calendar_words() {
        let langs = Languages::embedded().unwrap();
        let fr = &langs.get("fr").unwrap().data.dates;
        let en = &langs.get("en").unwrap().data.dates;
        for w in ["Janvier", "janv.", "AOÛT", "jeudi", "Mars"] {
            assert!(fr.is_calendar_word(w), "{w}");
        }
        for w in ["Monday", "Jan.", "Sept", "may", "DECEMBER"] {
            assert!(en.is_calendar_word(w), "{w}");
        }
        for w in ["Paris", "le", "", ".", "dernier"] {
            assert!(!fr.is_calendar_word(w), "{w}");
        }
    }

    #[test]
    fn days_alone_after_a_preposition() {
        let a = Some("2016-11-07");
        check("en", a, "I went back for the 27.", "27", "XXXX-XX-27");
        check("en", a, "I went back for the 27 !", "27", "XXXX-XX-27");
        check("en", a, "I went back for the 22nd", "22nd", "XXXX-XX-22");
        check(
            "en",
            a,
            "Pay by the 15th, officials said.",
            "15th",
            "XXXX-XX-15",
        );
        check(
            "en",
            a,
            "I went back for the twenty second",
            "twenty second",
            "XXXX-XX-22",
        );
        check(
            "en",
            None,
            "The offer runs until the twenty-first.",
            "twenty-first",
            "XXXX-XX-21",
        );
        check("en", a, "I'll go back on 15", "15", "XXXX-XX-15");
        check(
            "en",
            a,
            "Coffee on 29th - meet at the station.",
            "29th",
            "XXXX-XX-29",
        );
        none("en", "He lives on 29th-floor flats.");
        check(
            "en",
            a,
            "He left on 15. Then he came back.",
            "15",
            "XXXX-XX-15",
        );
        check("fr", a, "Payez pour le 27.", "27", "XXXX-XX-27");
        // Counts, ranks and ordinals that are not days.
        none("en", "A vigil for the 12, then a march.");
        none("en", "They met for the 27 victims.");
        none("en", "It was the second time.");
        none("en", "He was jailed for the 3rd time.");
        none("en", "He won on the 3rd round.");
        none("en", "He was charged on 15 counts.");
        none("en", "The second blast came minutes after the first.");
        none("en", "The list grows by the second.");
        none("en", "It closed on 15. 5 points higher.");
        none("en", "He left on 15, with his wife.");
        none(
            "en",
            "The sequel was released after the 20th and 21st films.",
        );
    }

    #[test]
    fn weekdays_with_their_day() {
        let a = Some("2017-09-27");
        check(
            "en",
            a,
            "I went back Friday the fifteen",
            "Friday the fifteen",
            "2017-09-15",
        );
        check(
            "en",
            a,
            "We meet Friday the fifteenth.",
            "Friday the fifteenth",
            "2017-09-15",
        );
        // The nearest month where the 31st is a Friday.
        check(
            "en",
            Some("2019-02-25"),
            "Do you have any arrangement on Friday 31!",
            "Friday 31",
            "2019-05-31",
        );
        check(
            "en",
            Some("2022-05-01"),
            "I'll go back Tue 13th",
            "Tue 13th",
            "2022-09-13",
        );
        // The article's month first when the day falls on that weekday in it.
        check(
            "en",
            Some("2015-02-28"),
            "on Friday 13th",
            "Friday 13th",
            "2015-02-13",
        );
        check(
            "en",
            None,
            "I'll go back Tue 13th",
            "Tue 13th",
            "XXXX-XX-13",
        );
        check(
            "en",
            None,
            "I went back Friday the fifteen",
            "Friday the fifteen",
            "XXXX-XX-15",
        );
        check(
            "fr",
            None,
            "Il vient vendredi 15.",
            "vendredi 15",
            "XXXX-XX-15",
        );
        // An explicit date wins over the weekday.
        let a = Some("2018-06-20");
        check(
            "en",
            a,
            "Set up a call sometime this Friday-Jun-15 with Jim",
            "this Friday-Jun-15",
            "2018-06-15",
        );
        check(
            "en",
            a,
            "Set up a call sometime this friday (jun-15) with Jim",
            "this friday (jun-15)",
            "2018-06-15",
        );
        check(
            "en",
            a,
            "The vote is on Thursday (June 14).",
            "Thursday (June 14)",
            "2018-06-14",
        );
        check(
            "en",
            a,
            "He came on Friday the second round.",
            "Friday",
            "2018-06-15",
        );
        check(
            "en",
            a,
            "On Friday the fifteen members met.",
            "Friday",
            "2018-06-15",
        );
    }

    #[test]
    fn weekdays_ranked_in_a_month() {
        let a = Some("2017-09-27");
        check(
            "en",
            a,
            "I'll go back second Sunday",
            "second Sunday",
            "2017-09-10",
        );
        check(
            "en",
            a,
            "I'll go back first Sunday",
            "first Sunday",
            "2017-09-03",
        );
        check(
            "en",
            a,
            "I'll go back third Tuesday.",
            "third Tuesday",
            "2017-09-19",
        );
        // No fifth Sunday in September 2017.
        check("en", a, "I'll go back fifth Sunday", "fifth Sunday", "null");
        check(
            "en",
            a,
            "The vote is on the first Sunday of May.",
            "first Sunday of May",
            "2017-05-07",
        );
        check(
            "en",
            a,
            "It falls on the third Tuesday in May 2019.",
            "third Tuesday in May 2019",
            "2019-05-21",
        );
        check(
            "en",
            a,
            "It ends the last Friday of May.",
            "last Friday of May",
            "2017-05-26",
        );
        check(
            "en",
            a,
            "It opens the first Monday of next month.",
            "first Monday of next month",
            "2017-10-02",
        );
        check(
            "en",
            None,
            "It opens the first Monday of May.",
            "first Monday of May",
            "null",
        );
        check(
            "fr",
            a,
            "Il revient le premier dimanche de mai.",
            "premier dimanche de mai",
            "2017-05-07",
        );
        check(
            "fr",
            a,
            "Il revient le deuxième dimanche.",
            "deuxième dimanche",
            "2017-09-10",
        );
        check(
            "fr",
            a,
            "Il revient le dernier lundi du mois prochain.",
            "dernier lundi du mois prochain",
            "2017-10-30",
        );
        // "last Sunday" alone is still the most recent one.
        check("en", a, "He came last Sunday.", "last Sunday", "2017-09-24");
        check(
            "fr",
            a,
            "Il est venu dimanche dernier.",
            "dimanche dernier",
            "2017-09-24",
        );
        // Recurring, counted or belonging to something else: not a day of this month.
        none("en", "Patches come on the second Tuesday of each month.");
        none("en", "They marched for a third Saturday.");
        none("en", "Protests went on for the third Saturday.");
        none("en", "It was the second Sunday in a row.");
        none("en", "They met on the first Sunday of Lent.");
        none("en", "The third Saturday protest drew crowds.");
        none("fr", "Ils ont manifesté pour un troisième samedi.");
        none("fr", "Ils ont manifesté le troisième samedi consécutif.");
    }

    #[test]
    fn weekdays_of_next_or_last_week() {
        let a = Some("2016-11-07"); // a Monday
        for (lang, text, span, value) in [
            (
                "fr",
                "Il reviendra vendredi la semaine prochaine.",
                "vendredi la semaine prochaine",
                "2016-11-18",
            ),
            (
                "fr",
                "Il reviendra vendredi de la semaine prochaine.",
                "vendredi de la semaine prochaine",
                "2016-11-18",
            ),
            (
                "fr",
                "Il est venu vendredi de la semaine dernière.",
                "vendredi de la semaine dernière",
                "2016-11-04",
            ),
            (
                "en",
                "He comes Friday next week.",
                "Friday next week",
                "2016-11-18",
            ),
            (
                "en",
                "He comes Friday of next week.",
                "Friday of next week",
                "2016-11-18",
            ),
            (
                "en",
                "He came Friday of last week.",
                "Friday of last week",
                "2016-11-04",
            ),
        ] {
            check(lang, a, text, span, value);
        }
    }

    #[test]
    fn tomorrow_abbreviated_and_counts_of_one() {
        let a = Some("2016-11-07");
        check(
            "en",
            a,
            "I'll go back the day after tmrw",
            "the day after tmrw",
            "2016-11-09",
        );
        check("en", a, "I'll go back tmr.", "tmr", "2016-11-08");
        check("en", a, "I'll go back tmrw", "tmrw", "2016-11-08");
        check(
            "en",
            a,
            "He will be back in a week.",
            "in a week",
            "2016-11-14",
        );
        check(
            "en",
            a,
            "He will be back in a month.",
            "in a month",
            "2016-12-07",
        );
    }

    #[test]
    fn months_after_weaker_context() {
        let a = Some("2018-05-24");
        check(
            "en",
            a,
            "I went back to China in the april.",
            "april",
            "2018-04",
        );
        check(
            "en",
            None,
            "I went back to China in the april.",
            "april",
            "XXXX-04",
        );
        check("en", a, "It may be in may", "may", "2018-05");
        check("en", a, "They met in march, then left.", "march", "2018-03");
        check(
            "en",
            Some("2019-08-24"),
            "My vacation will start from October",
            "October",
            "2019-10",
        );
        check(
            "en",
            None,
            "Starting October, fees rise.",
            "October",
            "XXXX-10",
        );
        check(
            "en",
            a,
            "Turnout in the April elections fell.",
            "April",
            "2018-04",
        );
        none("en", "They may 2 or 3 times.");
        none("en", "It may be in may be.");
        none("en", "A letter from June Carter arrived.");
        none("en", "A statement from May followed.");
        none("en", "It was in the April Jones case.");
        none("en", "They walked in the March for Our Lives.");
    }

    #[test]
    fn odd_input_does_not_panic() {
        let long_digits = "9".repeat(5000);
        let samples = [
            "",
            "2018-",
            "/2018/",
            "16/",
            "janvier",
            "le 1er",
            "31 -",
            "du 3 au",
            "entre 2014 et",
            "Thursday,",
            "Mi-",
            "-mars",
            "2018-01-16-",
            "١٢/٠١/٢٠١٨",
            "𝟏𝟔 janvier 𝟐𝟎𝟏𝟖",
            "16\u{301} janvier",
            "9999-99-99 0000/00/0000 00.00.00",
            &long_digits,
        ];
        for s in samples {
            for lang in ["fr", "en"] {
                dates(lang, None, s);
                dates(lang, Some("2024-02-29"), s);
            }
        }
        // A library caller may anchor on anything.
        let langs = Languages::embedded().unwrap();
        let text = "hier, le 3 mars, jeudi dernier, il y a 2 ans, l'an prochain, en mars, \
                    vendredi 31, le premier dimanche, le dernier lundi du mois prochain";
        for date in [
            DatePoint::ymd(i32::MAX, 12, 31),
            DatePoint::ymd(i32::MIN, 1, 1),
            DatePoint::ymd(2024, 13, 40),
        ] {
            let doc = Doc::new(
                0,
                text,
                Span::new(0, text.len()),
                langs.get("fr").unwrap(),
                Some(date),
            );
            extract(&doc);
        }
    }

    #[test]
    fn month_glued_to_its_day() {
        check("en", None, "I'll go back Oct2", "Oct2", "XXXX-10-02");
        check("en", None, "mar3 works for me.", "mar3", "XXXX-03-03");
        check("en", None, "He left on 22april.", "22april", "XXXX-04-22");
        check(
            "en",
            None,
            "Filed Oct2, 2016 in court.",
            "Oct2, 2016",
            "2016-10-02",
        );
        check("fr", None, "Il revient le 3mars.", "3mars", "XXXX-03-03");
        check(
            "fr",
            None,
            "Il revient le 14juillet.",
            "14juillet",
            "XXXX-07-14",
        );
        // Codes, genes, products and weekday abbreviations are no dates.
        none("en", "The Q2 model, the MP3 file, the F16 jet and H2O.");
        none("en", "The OCT4 gene and JAN2 code.");
        none("en", "Cells expressing Oct4 and Sox2 were used.");
        none("en", "The Oct3/4 marker and the Oct-4 one.");
        none("en", "The mar33 file and the oct0 entry.");
        none("fr", "Le mar3 est un code.");
    }

    #[test]
    fn comma_before_the_year_of_a_numeric_date() {
        check(
            "en",
            None,
            "I'll go back 08/12,2015",
            "08/12,2015",
            "2015-08-12",
        );
        check(
            "en",
            None,
            "I'll go back 08/12,15",
            "08/12,15",
            "2015-08-12",
        );
        check(
            "fr",
            None,
            "Je reviendrai 12/08,2015",
            "12/08,2015",
            "2015-08-12",
        );
        check(
            "fr",
            None,
            "Je reviendrai 12/08,15",
            "12/08,15",
            "2015-08-12",
        );
        // Lists of fractions or numbers stay what they are.
        none("en", "Votes: 3/4,1999 and 1/2,15 and 08/12,15,16.");
        check(
            "en",
            None,
            "I'll go back October. 2",
            "October. 2",
            "XXXX-10-02",
        );
        check(
            "en",
            None,
            "i'll go back october. 2, 2016",
            "october. 2, 2016",
            "2016-10-02",
        );
        assert_eq!(
            dates("en", None, "It ended in October. 2 people left."),
            vec![("October".to_string(), "XXXX-10".to_string())]
        );
    }

    #[test]
    fn yearless_numeric_dates_after_a_word_that_calls_for_a_day() {
        let at = Some("2019-05-20");
        check(
            "en",
            at,
            "It should be done this 5/12",
            "this 5/12",
            "2019-05-12",
        );
        check(
            "en",
            at,
            "It should be done next 5/12",
            "next 5/12",
            "2020-05-12",
        );
        check(
            "en",
            at,
            "Done last 5/12, as planned.",
            "last 5/12",
            "2019-05-12",
        );
        check(
            "en",
            Some("2019-05-01"),
            "from this 5/12 to next 5/19",
            "from this 5/12 to next 5/19",
            "2019-05-12/2019-05-19",
        );
        check("en", None, "Closed until 5/12.", "5/12", "XXXX-05-12");
        check(
            "en",
            None,
            "Back on 22/04, she said.",
            "22/04",
            "XXXX-04-22",
        );
        check("en", None, "Back on 5.12, she said.", "5.12", "XXXX-05-12");
        check("fr", None, "Fermé jusqu'au 22/04.", "22/04", "XXXX-04-22");
        check("fr", None, "Fermé depuis 14/07.", "14/07", "XXXX-07-14");
        // Fractions, shares, scores, decimals and "24/7" are no dates.
        none("en", "Open 24/7 until 24/7 ends, on 24/7 too.");
        none("en", "It won on 9/10 of votes and on 3/4 of days.");
        none("en", "It happened on 2/3 votes, on 5/6 players and 9/10 %.");
        none("en", "It closed on 1/2 and on 3/4.");
        none("en", "It fell this 3/4 and rose next 1/2.");
        none("en", "It grew by 2/3 and ranged from 2.8 to 3.8.");
        none("en", "He went back in 4.22 and this 5.12.");
        none("fr", "Il a eu 9/10 depuis 3/4 des votes.");
        none("fr", "Ouvert 24h/24 et 7j/7, jusqu'au 3/4 du parcours.");
    }

    #[test]
    fn two_digit_years_after_a_month() {
        check(
            "fr",
            None,
            "En juillet 98, la France a gagné.",
            "juillet 98",
            "1998-07",
        );
        check("fr", None, "Les événements de Mai 68.", "Mai 68", "1968-05");
        check(
            "en",
            None,
            "Show me the records for August 99",
            "August 99",
            "1999-08",
        );
        check(
            "en",
            None,
            "I was born on 15 April of 87",
            "15 April of 87",
            "1987-04-15",
        );
        check(
            "en",
            None,
            "It happened in Sept. '01.",
            "Sept. '01",
            "2001-09",
        );
        check(
            "en",
            None,
            "It was Sept. 11, '01.",
            "Sept. 11, '01",
            "2001-09-11",
        );
        check("en", None, "Born May ’68 in Paris.", "May ’68", "1968-05");
        // Counts, days and decades stay what they are.
        assert_eq!(
            dates("en", None, "In August 99 people died."),
            vec![("August".to_string(), "XXXX-08".to_string())]
        );
        assert_eq!(
            dates("en", None, "In July, 98 people came."),
            vec![("July".to_string(), "XXXX-07".to_string())]
        );
        assert_eq!(
            dates("en", None, "In March 45 Democrats voted."),
            vec![("March".to_string(), "XXXX-03".to_string())]
        );
        check(
            "en",
            None,
            "On 15 June 45 soldiers died.",
            "15 June",
            "XXXX-06-15",
        );
        check("en", None, "Due August 29.", "August 29", "XXXX-08-29");
        check("en", None, "The '90s were fun.", "90s", "1990/1999");
        none("fr", "La sonde Mars 96 a échoué.");
        assert_eq!(
            dates("fr", None, "En juin 40 % des votants."),
            vec![("juin".to_string(), "XXXX-06".to_string())]
        );
    }

    #[test]
    fn year_then_month_after_a_comma() {
        check("en", None, "I'll be out 2016, nov", "2016, nov", "2016-11");
        check(
            "en",
            None,
            "I'll be out 2016 , nov.",
            "2016 , nov.",
            "2016-11",
        );
        // Two dates when the sentence goes on.
        check("en", None, "In 2015, March saw rain.", "2015", "2015");
    }

    #[test]
    fn numeric_dates_with_spaces_and_two_digit_years() {
        check(
            "fr",
            None,
            "Je retournerai 18 08 78 à la maison.",
            "18 08 78",
            "1978-08-18",
        );
        check("fr", None, "Il est né le 18 8 78.", "18 8 78", "1978-08-18");
        // Three small numbers without a cue or a padded month are no date.
        none("fr", "Je retournerai 18 8 78.");
        none("fr", "Il a gagné 6 4 63 fois et le 18 08 78 personnes.");
        none("fr", "Appelez le 01 23 45 67 89.");
    }

    #[test]
    fn week_numbers() {
        let at = Some("2018-07-02");
        check(
            "en",
            at,
            "Show sales in the week 31.",
            "week 31",
            "2018-07-30/2018-08-05",
        );
        check(
            "en",
            Some("2019-03-02"),
            "Sales fell in week 1.",
            "week 1",
            "2018-12-31/2019-01-06",
        );
        check(
            "en",
            at,
            "I'll be out between Week 31 and Week 35.",
            "between Week 31 and Week 35",
            "2018-07-30/2018-09-02",
        );
        check(
            "en",
            None,
            "Sales rose in week 31 of 2018.",
            "week 31 of 2018",
            "2018-07-30/2018-08-05",
        );
        check("en", None, "Sales rose in week 31.", "week 31", "null");
        check(
            "fr",
            at,
            "Les ventes de la semaine 12 ont baissé.",
            "la semaine 12",
            "2018-03-19/2018-03-25",
        );
        check(
            "fr",
            at,
            "Je serai absent entre la semaine 31 et la semaine 35.",
            "entre la semaine 31 et la semaine 35",
            "2018-07-30/2018-09-02",
        );
        check(
            "fr",
            None,
            "Les ventes de la semaine 31 de 2018.",
            "la semaine 31 de 2018",
            "2018-07-30/2018-08-05",
        );
        // 2019 has 52 ISO weeks; 2020 has 53.
        check(
            "en",
            None,
            "Sales rose in week 53 of 2019.",
            "week 53 of 2019",
            "null",
        );
        check(
            "en",
            None,
            "Sales rose in week 53 of 2020.",
            "week 53 of 2020",
            "2020-12-28/2021-01-03",
        );
    }

    #[test]
    fn week_numbers_guards() {
        // Counts and other things' weeks.
        none("en", "He worked seven days a week 52 weeks a year.");
        none("en", "Weeks 3 and 4 were hard.");
        none("en", "It was week 10 of the season.");
        none("en", "By week 3 of the strike, talks resumed.");
        none("en", "Week 10-12 figures are due.");
        none("en", "Week 54 was a mess.");
        // In an article about sports, a numbered week is a round of the season.
        none(
            "en",
            "Brees threw for 300 yards. The Saints lost to the Falcons in Week 16.",
        );
        none("fr", "Le championnat reprend la semaine 12.");
    }

    #[test]
    fn parts_of_a_year_without_year() {
        let at = Some("2016-11-07");
        check("en", at, "I'll be back during Q2.", "Q2", "XXXX-04/XXXX-06");
        check(
            "en",
            at,
            "Sales fell 3% in the second quarter.",
            "second quarter",
            "XXXX-04/XXXX-06",
        );
        check(
            "en",
            None,
            "Q3 results beat forecasts.",
            "Q3",
            "XXXX-07/XXXX-09",
        );
        assert_eq!(
            dates("en", at, "q1 and q2 could be any year"),
            vec![
                ("q1".to_string(), "XXXX-01/XXXX-03".to_string()),
                ("q2".to_string(), "XXXX-04/XXXX-06".to_string()),
            ]
        );
        check(
            "en",
            None,
            "I'll be out during 2016H2.",
            "2016H2",
            "2016-07/2016-12",
        );
        check(
            "en",
            None,
            "Results for 2019Q1 are out.",
            "2019Q1",
            "2019-01/2019-03",
        );
        check(
            "fr",
            at,
            "Au deuxième trimestre, les ventes ont baissé.",
            "deuxième trimestre",
            "XXXX-04/XXXX-06",
        );
        check(
            "fr",
            None,
            "Les résultats du premier semestre sont bons.",
            "premier semestre",
            "XXXX-01/XXXX-06",
        );
        check(
            "fr",
            None,
            "Le troisième trimestre 2016 a été bon.",
            "troisième trimestre 2016",
            "2016-07/2016-09",
        );
    }

    #[test]
    fn parts_of_a_year_without_year_guards() {
        // A model's name, a part of something else, a part with no context.
        none("en", "The Audi Q2 sold well.");
        none("en", "Audi Q2 sales rose.");
        none("en", "The second quarter of the game was dull.");
        none("en", "The second quarter was slow.");
        // Halves and codes that are also other things need their year.
        none("en", "He scored in the second half.");
        none("en", "They invest in H2 and batteries.");
        none("fr", "Il habite au T2 de la résidence.");
        none("fr", "Au dernier trimestre, le PIB a progressé.");
        // An article about sports.
        none(
            "en",
            "The quarterback threw for 200 yards, most of them in the fourth quarter.",
        );
    }

    #[test]
    fn feasts_standing_alone() {
        let at = Some("2020-06-12");
        check(
            "en",
            at,
            "Juneteenth, which is also known as Freedom Day, is observed every year.",
            "Juneteenth",
            "2020-06-19",
        );
        check("en", at, "It was Christmas.", "Christmas", "2019-12-25");
        check(
            "fr",
            at,
            "Pâques, qui tombe tard, approche.",
            "Pâques",
            "2020-04-12",
        );
        // Words that qualify a noun, or a name.
        none("en", "Christmas shopping rose 4%.");
        none("en", "They felt the spirit of Christmas.");
        none("en", "Merry Christmas!");
        none("en", "Halloween costumes sold out.");
        none("fr", "Le père Noël.");
        none("fr", "Ils ont acheté des œufs de Pâques.");
        none("fr", "Noël Mamère a parlé.");
        none("fr", "L'ascension de la candidate surprend.");
    }

    #[test]
    fn feasts_with_modifiers() {
        check(
            "en",
            Some("2019-02-12"),
            "When was the previous easter?",
            "previous easter",
            "2018-04-01",
        );
        check(
            "en",
            Some("2019-06-12"),
            "When was the following easter?",
            "following easter",
            "2020-04-12",
        );
        check(
            "fr",
            Some("2019-03-02"),
            "Il est venu à Pâques dernier.",
            "Pâques dernier",
            "2018-04-01",
        );
        check(
            "fr",
            Some("2019-03-02"),
            "Noël prochain, il viendra.",
            "Noël prochain",
            "2019-12-25",
        );
        // "following" as a preposition names the feast itself.
        check(
            "en",
            Some("2019-05-02"),
            "Following Easter Sunday's attacks, police searched homes.",
            "Easter Sunday",
            "2019-04-21",
        );
    }

    #[test]
    fn feast_weekends() {
        let at = Some("2021-11-09");
        check(
            "en",
            at,
            "I need to prepare for labor day weekend.",
            "labor day weekend",
            "2021-09-04/2021-09-06",
        );
        check(
            "en",
            at,
            "I need to prepare for labor day 2021 weekend.",
            "labor day 2021 weekend",
            "2021-09-04/2021-09-06",
        );
        check(
            "en",
            at,
            "I want to book a flight for the weekend of halloween.",
            "the weekend of halloween",
            "2021-10-30/2021-10-31",
        );
        check(
            "en",
            None,
            "I want to book a flight for halloween weekend 2021.",
            "halloween weekend 2021",
            "2021-10-30/2021-10-31",
        );
        check(
            "en",
            None,
            "We'll take weekend of thanksgiving 2023 off.",
            "weekend of thanksgiving 2023",
            "2023-11-23/2023-11-26",
        );
        check(
            "fr",
            Some("2019-03-02"),
            "Ils partent le week-end de Pâques.",
            "le week-end de Pâques",
            "2019-04-20/2019-04-21",
        );
        // Halloween 2018 was a Wednesday, between two weekends; a fixed feast without its
        // year has no known weekday.
        check(
            "en",
            None,
            "They met on Halloween weekend 2018.",
            "Halloween weekend 2018",
            "null",
        );
        check(
            "en",
            None,
            "They met on Halloween weekend.",
            "Halloween weekend",
            "null",
        );
    }

    #[test]
    fn ranges_with_edges() {
        let at = Some("2016-11-07");
        check(
            "en",
            at,
            "It has been closed from April until the end of June.",
            "from April until the end of June",
            "2017-04/2017-06",
        );
        check(
            "en",
            at,
            "The range is from 2007 to the start of 2008.",
            "from 2007 to the start of 2008",
            "2007/2008",
        );
        check(
            "en",
            at,
            "The range is from the middle of 2007 to the end of 2008.",
            "from the middle of 2007 to the end of 2008",
            "2007/2008",
        );
        check(
            "en",
            None,
            "Cables were cut between late January and early February.",
            "between late January and early February",
            "XXXX-01/XXXX-02",
        );
        check(
            "fr",
            at,
            "Fermé du début avril à la fin juin.",
            "du début avril à la fin juin",
            "2017-04/2017-06",
        );
        check(
            "fr",
            None,
            "La gamme est de 2007 au début de 2008.",
            "de 2007 au début de 2008",
            "2007/2008",
        );
        check(
            "fr",
            None,
            "La fourchette se situe entre 2007 et la fin de 2008.",
            "entre 2007 et la fin de 2008",
            "2007/2008",
        );
        // An edge in front of no date leaves the rest as it was.
        check(
            "en",
            None,
            "From the end of the war until 2008, nothing.",
            "2008",
            "2008",
        );
    }

    #[test]
    fn decades_in_words() {
        check(
            "en",
            None,
            "In the noughties, it grew.",
            "noughties",
            "2000/2009",
        );
        check(
            "en",
            None,
            "In the two thousands, it grew.",
            "two thousands",
            "2000/2009",
        );
        check(
            "en",
            None,
            "Music of the Seventies.",
            "Seventies",
            "1970/1979",
        );
        check(
            "fr",
            None,
            "Pendant les années folles, Paris dansait.",
            "années folles",
            "1920/1929",
        );
        // A decade name alone in lower case may be temperatures or ages.
        none("en", "Highs will be in the nineties.");
        none("en", "Two thousands people came.");
    }

    #[test]
    fn period_and_decade_data_are_checked() {
        let en = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/rules/lang/en.toml"));
        let bad_period = en.replace("year_only_periods = [\"h1\"", "year_only_periods = [\"h9\"");
        assert_ne!(bad_period, en);
        let err = Lang::parse("en.toml", &bad_period).unwrap_err().to_string();
        assert!(err.contains("year_only_periods"), "{err}");
        let bad_decade = en.replace("\"noughties\" = 2000", "\"noughties\" = 2001");
        assert_ne!(bad_decade, en);
        let err = Lang::parse("en.toml", &bad_decade).unwrap_err().to_string();
        assert!(err.contains("noughties"), "{err}");
    }
}
