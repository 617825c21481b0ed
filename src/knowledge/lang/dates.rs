//! The `[dates]` section of the language files: month and weekday names, the phrase lists
//! ("last", "next", "ago", range joins, feasts, seasons...) and the look-up tables built from
//! them once, when the language file is loaded (`DateWords`). The date extractor
//! (`extract::dates`) reads these tables; it knows no word of its own.

use rustc_hash::FxHashSet as HashSet;
use std::borrow::Cow;
use std::collections::BTreeMap;
use std::hash::{BuildHasherDefault, Hasher};

use serde::Deserialize;
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

use crate::knowledge::calendar::{self, valid, valid_any_year};
use crate::knowledge::normalize::push_ascii_lowercase;
use crate::model::DatePoint;
use crate::text::{KeyFilter, SHORT_WORD, ascii_lowercase, tokenize};

/// Years read as dates: wider than any news story, narrower than any count of things.
pub(crate) const YEARS: std::ops::RangeInclusive<u32> = 1000..=2999;

/// The `[dates]` section as written in a language file; see `rules/lang/en.toml` for what
/// each key means.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct DateData {
    pub(crate) numeric_order: String,
    pub(crate) months: Vec<Vec<String>>,
    #[serde(default)]
    pub(crate) month_abbreviations: Vec<Vec<String>>,
    #[serde(default)]
    pub(crate) ambiguous_months: Vec<String>,
    #[serde(default)]
    pub(crate) capitalised_months: bool,
    #[serde(default)]
    pub(crate) bare_months: bool,
    pub(crate) weekdays: Vec<Vec<String>>,
    #[serde(default)]
    pub(crate) weekday_abbreviations: Vec<Vec<String>>,
    #[serde(default)]
    pub(crate) day_suffixes: Vec<String>,
    #[serde(default)]
    pub(crate) day_words: BTreeMap<String, u8>,
    #[serde(default)]
    pub(crate) of: Vec<String>,
    #[serde(default)]
    pub(crate) articles: Vec<String>,
    #[serde(default)]
    pub(crate) range_articles: Vec<String>,
    #[serde(default)]
    pub(crate) day_context: Vec<String>,
    #[serde(default)]
    pub(crate) day_article_context: Vec<String>,
    #[serde(default)]
    pub(crate) range_from: Vec<String>,
    #[serde(default)]
    pub(crate) range_to: Vec<String>,
    #[serde(default)]
    pub(crate) range_and: Vec<String>,
    #[serde(default)]
    pub(crate) year_context: Vec<String>,
    #[serde(default)]
    pub(crate) month_context: Vec<String>,
    #[serde(default)]
    pub(crate) month_from: Vec<String>,
    #[serde(default)]
    pub(crate) ago_approx: Vec<String>,
    #[serde(default)]
    pub(crate) last: Vec<String>,
    #[serde(default)]
    pub(crate) next: Vec<String>,
    #[serde(default)]
    pub(crate) this: Vec<String>,
    #[serde(default)]
    pub(crate) week_links: Vec<String>,
    #[serde(default)]
    pub(crate) ago_before: Vec<String>,
    #[serde(default)]
    pub(crate) ago_after: Vec<String>,
    #[serde(default)]
    pub(crate) durations: BTreeMap<String, String>,
    #[serde(default)]
    pub(crate) number_words: BTreeMap<String, u32>,
    #[serde(default)]
    pub(crate) decade_words: Vec<String>,
    #[serde(default)]
    pub(crate) decade_suffixes: Vec<String>,
    #[serde(default)]
    pub(crate) modifiers_follow: bool,
    #[serde(default)]
    pub(crate) shift_after: Vec<String>,
    #[serde(default)]
    pub(crate) shift_before: Vec<String>,
    #[serde(default)]
    pub(crate) shift_start: Vec<String>,
    #[serde(default)]
    pub(crate) span_before: Vec<String>,
    #[serde(default)]
    pub(crate) later: Vec<String>,
    #[serde(default)]
    pub(crate) ahead_after: Vec<String>,
    #[serde(default)]
    pub(crate) ahead_before: Vec<String>,
    #[serde(default)]
    pub(crate) future_markers: Vec<String>,
    #[serde(default)]
    pub(crate) count_last: Vec<String>,
    #[serde(default)]
    pub(crate) count_next: Vec<String>,
    #[serde(default)]
    pub(crate) within: Vec<String>,
    #[serde(default)]
    pub(crate) now: Vec<String>,
    #[serde(default)]
    pub(crate) ahead_time: Vec<String>,
    #[serde(default)]
    pub(crate) ahead_needs_future: bool,
    #[serde(default)]
    pub(crate) next_weekday_next_week: bool,
    #[serde(default)]
    pub(crate) holidays: BTreeMap<String, String>,
    #[serde(default)]
    pub(crate) holiday_context: Vec<String>,
    #[serde(default)]
    pub(crate) year_links: Vec<String>,
    #[serde(default)]
    pub(crate) happened: Vec<String>,
    #[serde(default)]
    pub(crate) past_words: Vec<String>,
    #[serde(default)]
    pub(crate) future_words: Vec<String>,
    #[serde(default)]
    pub(crate) relative: BTreeMap<String, String>,
    #[serde(default)]
    pub(crate) periods: BTreeMap<String, String>,
    #[serde(default)]
    pub(crate) seasons: BTreeMap<String, String>,
    #[serde(default)]
    pub(crate) portions: BTreeMap<String, String>,
    #[serde(default)]
    pub(crate) decade_names: BTreeMap<String, u8>,
    #[serde(default)]
    pub(crate) century_words: Vec<String>,
    #[serde(default)]
    pub(crate) week_numbers: Vec<String>,
    #[serde(default)]
    pub(crate) season_words: Vec<String>,
    #[serde(default)]
    pub(crate) period_context: Vec<String>,
    #[serde(default)]
    pub(crate) period_nouns: Vec<String>,
    #[serde(default)]
    pub(crate) year_only_periods: Vec<String>,
    #[serde(default)]
    pub(crate) feast_last: Vec<String>,
    #[serde(default)]
    pub(crate) feast_next: Vec<String>,
    #[serde(default)]
    pub(crate) feast_weekend_before: Vec<String>,
    #[serde(default)]
    pub(crate) feast_weekend_after: Vec<String>,
    #[serde(default)]
    pub(crate) range_edges: Vec<String>,
    #[serde(default)]
    pub(crate) decades: BTreeMap<String, i32>,
    #[serde(default)]
    pub(crate) event_nouns: Vec<String>,
    #[serde(default)]
    pub(crate) event_links: Vec<String>,
    #[serde(default)]
    pub(crate) event_determiners: Vec<String>,
    #[serde(default)]
    pub(crate) earlier: Vec<String>,
}

/// How a month is written, which decides how much context it needs to be read as a month.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) enum MonthForm {
    #[default]
    Full,
    /// Also an ordinary word ("Mars", "may"): needs a number or a context word.
    Ambiguous,
    /// "janv.", "Sept": needs a number next to it.
    Abbreviation,
}

/// Everything the extractor knows about one (folded) word.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct WordInfo {
    /// 1..=12, 0 when not a month.
    pub(crate) month: u8,
    pub(crate) month_form: MonthForm,
    /// 1 (Monday) ..=7, 0 when not a weekday.
    pub(crate) weekday: u8,
    pub(crate) weekday_abbreviation: bool,
    /// A day number written as a word ("premier", "first"), 0 when none.
    pub(crate) day: u8,
    /// A number written as a word ("deux", "two"), 0 when none.
    pub(crate) number: u32,
    /// A unit of time that can be counted back ("jours", "years").
    pub(crate) duration: Option<Unit>,
    /// Which phrase lists have a phrase starting with this word (bits of `List`).
    pub(crate) starts: u64,
    /// Where the phrases of `lists` that start with this word are in `DateWords::starting`.
    pub(crate) phrases: (u32, u32),
    /// The first part of a hyphenated day word ("twenty" of "twenty-first").
    pub(crate) tens: bool,
}

/// The phrase lists of the `[dates]` section, as bits of `WordInfo::starts`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum List {
    Of,
    Articles,
    RangeFrom,
    RangeTo,
    RangeAnd,
    YearContext,
    MonthContext,
    Last,
    Next,
    This,
    Relative,
    DayContext,
    WeekLinks,
    AgoBefore,
    AgoAfter,
    DecadeWords,
    Periods,
    ShiftAfter,
    ShiftBefore,
    ShiftStart,
    SpanBefore,
    Later,
    AheadAfter,
    AheadBefore,
    Future,
    CountLast,
    CountNext,
    Within,
    Now,
    AheadTime,
    Holidays,
    HolidayContext,
    Portions,
    DayArticleContext,
    MonthFrom,
    AgoApprox,
    WeekNumbers,
    SeasonWords,
    PeriodContext,
    PeriodNouns,
    YearOnlyPeriods,
    FeastLast,
    FeastNext,
    FeastWeekendBefore,
    FeastWeekendAfter,
    RangeEdges,
    EventNouns,
    EventLinks,
    EventDeterminers,
    Earlier,
    Decades,
}

impl List {
    pub(crate) const ALL: [List; 51] = [
        List::Of,
        List::Articles,
        List::RangeFrom,
        List::RangeTo,
        List::RangeAnd,
        List::YearContext,
        List::MonthContext,
        List::Last,
        List::Next,
        List::This,
        List::Relative,
        List::DayContext,
        List::WeekLinks,
        List::AgoBefore,
        List::AgoAfter,
        List::DecadeWords,
        List::Periods,
        List::ShiftAfter,
        List::ShiftBefore,
        List::ShiftStart,
        List::SpanBefore,
        List::Later,
        List::AheadAfter,
        List::AheadBefore,
        List::Future,
        List::CountLast,
        List::CountNext,
        List::Within,
        List::Now,
        List::AheadTime,
        List::Holidays,
        List::HolidayContext,
        List::Portions,
        List::DayArticleContext,
        List::MonthFrom,
        List::AgoApprox,
        List::WeekNumbers,
        List::SeasonWords,
        List::PeriodContext,
        List::PeriodNouns,
        List::YearOnlyPeriods,
        List::FeastLast,
        List::FeastNext,
        List::FeastWeekendBefore,
        List::FeastWeekendAfter,
        List::RangeEdges,
        List::EventNouns,
        List::EventLinks,
        List::EventDeterminers,
        List::Earlier,
        List::Decades,
    ];

    pub(crate) const fn bit(self) -> u64 {
        1 << (self as u64)
    }

    /// The lists of the words around an event's year ("the 1999 earthquake"): ordinary words
    /// of a sentence, not date words, whatever else they start.
    pub(crate) const EVENT_CONTEXT: u64 =
        List::EventNouns.bit() | List::EventLinks.bit() | List::EventDeterminers.bit();

    /// The lists whose phrases may open a date (the others are context around one).
    pub(crate) const OPENING: u64 = {
        let lists = [
            List::RangeFrom,
            List::Relative,
            List::Periods,
            List::Holidays,
            List::Portions,
            List::This,
            List::Last,
            List::Next,
            List::CountNext,
            List::CountLast,
            List::Within,
            List::AheadBefore,
            List::AgoBefore,
            List::SpanBefore,
            List::DecadeWords,
            List::Now,
            List::WeekNumbers,
            List::FeastLast,
            List::FeastNext,
            List::FeastWeekendBefore,
            List::Decades,
        ];
        let mut mask = 0;
        let mut k = 0;
        while k < lists.len() {
            mask |= 1 << (lists[k] as u64);
            k += 1;
        }
        mask
    };
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Unit {
    Day,
    Week,
    /// Saturday and Sunday of a week.
    Weekend,
    Month,
    /// Three months, January to March first.
    Quarter,
    Year,
    /// Two weeks, counted only.
    Fortnight,
    /// Ten years, 2010 to 2019 first.
    Decade,
}

impl Unit {
    pub(crate) fn parse(s: &str) -> Option<Unit> {
        Some(match s {
            "day" => Unit::Day,
            "week" => Unit::Week,
            "weekend" => Unit::Weekend,
            "month" => Unit::Month,
            "quarter" => Unit::Quarter,
            "year" => Unit::Year,
            "fortnight" => Unit::Fortnight,
            "decade" => Unit::Decade,
            _ => return None,
        })
    }
}

/// A part of the article's week, month or year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Portion {
    /// From the article's date to the end.
    Rest,
    /// From the start to the day before the article's date.
    Early,
    /// The second half (Thursday to Sunday of a week), from the article's date when later.
    Late,
}

/// How a feast's day is found in a year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Holiday {
    Fixed(u8, u8),
    /// Month, weekday (1 = Monday), rank (-1 for the last).
    Nth(u8, u8, i8),
    /// Days after Easter Sunday.
    Easter(i16),
}

impl Holiday {
    pub(crate) fn parse(spec: &str) -> Option<Holiday> {
        let spec = spec.trim();
        if let Some(rest) = spec.strip_prefix("easter") {
            let n: i16 = match rest.strip_prefix('+') {
                _ if rest.is_empty() => 0,
                Some(n) => n.parse().ok()?,
                None => rest.parse().ok()?,
            };
            return (-100..=100).contains(&n).then_some(Holiday::Easter(n));
        }
        let parts: Vec<&str> = spec.split('-').collect();
        let m: u8 = parts
            .first()?
            .parse()
            .ok()
            .filter(|m| (1..=12).contains(m))?;
        match parts[1..] {
            [d] => {
                let d: u8 = d.parse().ok()?;
                valid_any_year(m, d).then_some(Holiday::Fixed(m, d))
            }
            [wd, n] => {
                let wd = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
                    .iter()
                    .position(|w| *w == wd)? as u8
                    + 1;
                let n: i8 = if n == "last" {
                    -1
                } else {
                    n.parse().ok().filter(|n| (1..=5).contains(n))?
                };
                Some(Holiday::Nth(m, wd, n))
            }
            _ => None,
        }
    }

    /// The feast's day in year `y`.
    pub(crate) fn in_year(self, y: i32) -> Option<DatePoint> {
        match self {
            Holiday::Fixed(m, d) => {
                let (m, d) = valid(y, m.into(), d.into())?;
                Some(DatePoint::ymd(y, m, d))
            }
            Holiday::Nth(m, wd, n) => {
                Some(DatePoint::ymd(y, m, calendar::nth_weekday(y, m, wd, n)?))
            }
            Holiday::Easter(n) => {
                let (m, d) = calendar::easter(y);
                calendar::add_days(DatePoint::ymd(y, m, d), i64::from(n))
            }
        }
    }
}

/// A fast hash for the short words looked up once per token (the multiply-rotate hash of
/// the Rust compiler) instead of SipHash. The table's keys are the language files' words;
/// a text only looks words up, so a crafted one can at worst slow down its own look-ups.
#[derive(Default, Clone, Copy)]
pub(crate) struct WordHasher(u64);

impl WordHasher {
    pub(crate) fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

impl Hasher for WordHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut b = [0; 8];
            b.copy_from_slice(c);
            self.add(u64::from_le_bytes(b));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            self.add(tail_le(rest));
        }
    }

    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// The 1 to 7 bytes of `rest` as a little-endian number, as if padded with zeros: read in
/// two loads that may overlap, not copied into a buffer (a call to `memcpy` for a length
/// the compiler does not know, at every word hashed).
#[inline]
fn tail_le(rest: &[u8]) -> u64 {
    let n = rest.len();
    debug_assert!((1..8).contains(&n));
    if n >= 4 {
        let lo = u64::from(u32::from_le_bytes([rest[0], rest[1], rest[2], rest[3]]));
        let hi = u64::from(u32::from_le_bytes([
            rest[n - 4],
            rest[n - 3],
            rest[n - 2],
            rest[n - 1],
        ]));
        lo | hi << ((n - 4) * 8)
    } else {
        u64::from(rest[0])
            | u64::from(rest[n / 2]) << (n / 2 * 8)
            | u64::from(rest[n - 1]) << ((n - 1) * 8)
    }
}

/// Whether a word's entry makes it a month name or abbreviation or a weekday name
/// (`DateWords::is_calendar_folded`).
fn is_calendar_entry(e: &WordInfo) -> bool {
    e.month != 0 || (e.weekday != 0 && !e.weekday_abbreviation)
}

/// The hash `WordMap` gives a word.
pub(crate) fn word_hash(word: &str) -> u64 {
    use std::hash::BuildHasher;
    BuildHasherDefault::<WordHasher>::default().hash_one(word)
}

pub(crate) type WordMap<V> = std::collections::HashMap<String, V, BuildHasherDefault<WordHasher>>;

/// A phrase as a sequence of folded tokens, longest phrases first in each list.
pub(crate) type Phrase = Vec<String>;

/// The `[dates]` section of a language file, with its look-up tables built once.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(try_from = "DateData")]
pub struct DateWords {
    pub(crate) day_first: bool,
    pub(crate) capitalised_months: bool,
    pub(crate) bare_months: bool,
    pub(crate) modifiers_follow: bool,
    pub(crate) ahead_needs_future: bool,
    pub(crate) next_weekday_next_week: bool,
    /// Feasts: phrase, rule, whether the phrase is a date without a context word.
    pub(crate) holidays: Vec<(Phrase, Holiday, bool)>,
    /// Words between a yearless date and its year: "June 28 in 2020".
    pub(crate) year_links: Vec<Phrase>,
    /// Verbs that say an event took place ("struck", "a frappé"), folded, one word each: a
    /// date in a clause with an event noun and one of them is the date of that event.
    pub happened: HashSet<String>,
    /// Words of a clause told in the past or in the future (folded like the text): they
    /// decide which way a yearless month or day (past, future) or a weekday (future) is read.
    pub(crate) past_words: HashSet<String>,
    pub(crate) future_words: HashSet<String>,
    pub(crate) words: WordMap<WordInfo>,
    /// The keys of `words`, asked first (`word`): about half the words of a text are none.
    pub(crate) word_filter: KeyFilter,
    /// The month and weekday names of `words` (`is_calendar_folded`), asked first: names
    /// ask of every capitalised word, and few are these.
    calendar_filter: KeyFilter,
    pub(crate) day_suffixes: Vec<String>,
    pub(crate) decade_suffixes: Vec<String>,
    pub(crate) lists: Vec<Vec<Phrase>>,
    /// The phrases of `lists` grouped by first word, as (list, index in the list): each word's
    /// `WordInfo::phrases` is its slice.
    pub(crate) starting: Vec<(List, u32)>,
    /// For each entry of `starting`, `word_hash` of its phrase's second word (0 for a phrase
    /// of one word): most phrases that start at a word are told apart by the next one.
    pub(crate) seconds: Vec<u64>,
    /// The tables of phrases with a meaning (`relative`, `periods` ...) by first word.
    pub(crate) firsts: Firsts,
    /// Phrase, unit, count, and whether it counts from the story's time ("the following
    /// year", "la veille") rather than from the article's date.
    pub(crate) relative: Vec<(Phrase, Unit, i32, bool)>,
    /// Parts of a year: phrase, first month, last month.
    pub(crate) periods: Vec<(Phrase, u8, u8)>,
    /// Seasons: phrase, first month, last month (before the first when the season spans the
    /// end of the year).
    pub(crate) seasons: Vec<(Phrase, u8, u8)>,
    /// Parts of the article's week, month or year: "the rest of the week".
    pub(crate) portions: Vec<(Phrase, Unit, Portion)>,
    /// Decades named in words, by their years in the century ("seventies" 70).
    pub(crate) decade_names: WordMap<u8>,
    /// "century", "siècle".
    pub(crate) century_words: Vec<String>,
    /// Articles that belong to a range they open ("les 18-19 avril").
    pub(crate) range_articles: Vec<String>,
    /// Decades named by a phrase ("the noughties"): phrase, first year.
    pub(crate) decades: Vec<(Phrase, i32)>,
}

impl TryFrom<DateData> for DateWords {
    type Error = String;

    fn try_from(d: DateData) -> Result<DateWords, String> {
        let day_first = match d.numeric_order.as_str() {
            "dmy" => true,
            "mdy" => false,
            other => {
                return Err(format!(
                    "numeric_order must be \"dmy\" or \"mdy\", not {other:?}"
                ));
            }
        };
        if d.months.len() != 12 {
            return Err(format!(
                "months must list 12 months, not {}",
                d.months.len()
            ));
        }
        if d.weekdays.len() != 7 {
            return Err(format!(
                "weekdays must list 7 days, not {}",
                d.weekdays.len()
            ));
        }
        for (key, v, n) in [
            ("month_abbreviations", &d.month_abbreviations, 12),
            ("weekday_abbreviations", &d.weekday_abbreviations, 7),
        ] {
            if !v.is_empty() && v.len() != n {
                return Err(format!("{key} must list {n} entries, not {}", v.len()));
            }
        }
        let mut words: WordMap<WordInfo> = WordMap::default();
        let ambiguous: Vec<String> = d.ambiguous_months.iter().map(|w| fold_owned(w)).collect();
        for (i, forms) in d.months.iter().enumerate() {
            for w in forms {
                let key = fold_owned(w);
                let form = if ambiguous.contains(&key) {
                    MonthForm::Ambiguous
                } else {
                    MonthForm::Full
                };
                let e = words.entry(key).or_default();
                e.month = i as u8 + 1;
                e.month_form = form;
            }
        }
        for a in &ambiguous {
            if words.get(a).is_none_or(|e| e.month == 0) {
                return Err(format!("ambiguous month {a:?} is not one of the months"));
            }
        }
        for (i, forms) in d.month_abbreviations.iter().enumerate() {
            for w in forms {
                let e = words
                    .entry(fold_owned(w.trim_end_matches('.')))
                    .or_default();
                if e.month == 0 {
                    e.month = i as u8 + 1;
                    e.month_form = MonthForm::Abbreviation;
                }
            }
        }
        for (abbrev, table) in [(false, &d.weekdays), (true, &d.weekday_abbreviations)] {
            for (i, forms) in table.iter().enumerate() {
                for w in forms {
                    let e = words
                        .entry(fold_owned(w.trim_end_matches('.')))
                        .or_default();
                    if e.weekday == 0 {
                        e.weekday = i as u8 + 1;
                        e.weekday_abbreviation = abbrev;
                    }
                }
            }
        }
        let mut tens: Vec<String> = Vec::new();
        for (w, &n) in &d.day_words {
            if !(1..=31).contains(&n) {
                return Err(format!(
                    "day word {w:?} must be a day from 1 to 31, not {n}"
                ));
            }
            let key = fold_owned(w);
            if let Some((first, _)) = key.split_once('-') {
                tens.push(first.to_string());
            }
            words.entry(key).or_default().day = n;
        }
        // An entry with nothing else set reads as no entry at all.
        for t in tens {
            words.entry(t).or_default().tens = true;
        }
        for (w, &n) in &d.number_words {
            if n == 0 || n > 1000 {
                return Err(format!("number word {w:?} must be from 1 to 1000, not {n}"));
            }
            words.entry(fold_owned(w)).or_default().number = n;
        }
        for (w, unit) in &d.durations {
            let unit = Unit::parse(unit)
                .filter(|u| *u != Unit::Weekend)
                .ok_or_else(|| {
                    format!(
                        "duration {w:?}: {unit:?} must be day, week, fortnight, month, \
                         quarter, year or decade"
                    )
                })?;
            words.entry(fold_owned(w)).or_default().duration = Some(unit);
        }
        let mut lists = vec![Vec::new(); List::ALL.len()];
        for list in List::ALL {
            let source = match list {
                List::Of => &d.of,
                List::Articles => &d.articles,
                List::RangeFrom => &d.range_from,
                List::RangeTo => &d.range_to,
                List::RangeAnd => &d.range_and,
                List::YearContext => &d.year_context,
                List::MonthContext => &d.month_context,
                List::Last => &d.last,
                List::Next => &d.next,
                List::This => &d.this,
                List::DayContext => &d.day_context,
                List::WeekLinks => &d.week_links,
                List::AgoBefore => &d.ago_before,
                List::AgoAfter => &d.ago_after,
                List::DecadeWords => &d.decade_words,
                List::ShiftAfter => &d.shift_after,
                List::ShiftBefore => &d.shift_before,
                List::ShiftStart => &d.shift_start,
                List::SpanBefore => &d.span_before,
                List::Later => &d.later,
                List::AheadAfter => &d.ahead_after,
                List::AheadBefore => &d.ahead_before,
                List::Future => &d.future_markers,
                List::CountLast => &d.count_last,
                List::CountNext => &d.count_next,
                List::Within => &d.within,
                List::Now => &d.now,
                List::AheadTime => &d.ahead_time,
                List::HolidayContext => &d.holiday_context,
                List::DayArticleContext => &d.day_article_context,
                List::MonthFrom => &d.month_from,
                List::AgoApprox => &d.ago_approx,
                List::WeekNumbers => &d.week_numbers,
                List::SeasonWords => &d.season_words,
                List::PeriodContext => &d.period_context,
                List::PeriodNouns => &d.period_nouns,
                List::YearOnlyPeriods => &d.year_only_periods,
                List::FeastLast => &d.feast_last,
                List::FeastNext => &d.feast_next,
                List::FeastWeekendBefore => &d.feast_weekend_before,
                List::FeastWeekendAfter => &d.feast_weekend_after,
                List::RangeEdges => &d.range_edges,
                List::EventNouns => &d.event_nouns,
                List::EventLinks => &d.event_links,
                List::EventDeterminers => &d.event_determiners,
                List::Earlier => &d.earlier,
                List::Relative
                | List::Periods
                | List::Holidays
                | List::Portions
                | List::Decades => continue,
            };
            let mut phrases = Vec::new();
            for p in source {
                let phrase = phrase_tokens(p)?;
                words.entry(phrase[0].clone()).or_default().starts |= list.bit();
                phrases.push(phrase);
            }
            phrases.sort_by_key(|p: &Phrase| std::cmp::Reverse(p.len()));
            lists[list as usize] = phrases;
        }
        let mut by_first: BTreeMap<&str, Vec<(List, u32)>> = BTreeMap::new();
        for list in List::ALL {
            for (k, p) in lists[list as usize].iter().enumerate() {
                by_first.entry(&p[0]).or_default().push((list, k as u32));
            }
        }
        let mut starting: Vec<(List, u32)> = Vec::new();
        for (first, refs) in by_first {
            let from = starting.len() as u32;
            starting.extend(refs);
            if let Some(e) = words.get_mut(first) {
                e.phrases = (from, starting.len() as u32);
            }
        }
        let mut relative = Vec::new();
        for (p, spec) in &d.relative {
            let phrase = phrase_tokens(p)?;
            let mut parts = spec.split_whitespace();
            let Some(unit) = parts.next().and_then(Unit::parse) else {
                return Err(format!(
                    "relative {p:?}: {spec:?} must be a unit (day, week, weekend, fortnight, month, quarter, year, decade) \
                     and a number"
                ));
            };
            let (n, story): (i32, bool) =
                match (parts.next().map(str::parse), parts.next(), parts.next()) {
                    (Some(Ok(n)), None, None) if (-1000..=1000).contains(&n) => (n, false),
                    (Some(Ok(n)), Some("story"), None) if (-1000..=1000).contains(&n) => (n, true),
                    _ => {
                        return Err(format!(
                            "relative {p:?}: {spec:?} must be a unit and a number of units, and \
                         `story` when counted from the story's time"
                        ));
                    }
                };
            words.entry(phrase[0].clone()).or_default().starts |= List::Relative.bit();
            relative.push((phrase, unit, n, story));
        }
        relative.sort_by_key(|r| std::cmp::Reverse(r.0.len()));
        let mut periods = Vec::new();
        for (p, spec) in &d.periods {
            let phrase = phrase_tokens(p)?;
            let months = spec
                .split_once('-')
                .and_then(|(a, b)| {
                    Some((a.trim().parse::<u8>().ok()?, b.trim().parse::<u8>().ok()?))
                })
                .filter(|&(a, b)| 1 <= a && a <= b && b <= 12);
            let Some((first, last)) = months else {
                return Err(format!(
                    "period {p:?}: {spec:?} must be its first and last month, as \"1-3\""
                ));
            };
            words.entry(phrase[0].clone()).or_default().starts |= List::Periods.bit();
            periods.push((phrase, first, last));
        }
        periods.sort_by_key(|r| std::cmp::Reverse(r.0.len()));
        let mut seasons = Vec::new();
        for (p, spec) in &d.seasons {
            let phrase = phrase_tokens(p)?;
            let months = spec
                .split_once('-')
                .and_then(|(a, b)| {
                    Some((a.trim().parse::<u8>().ok()?, b.trim().parse::<u8>().ok()?))
                })
                .filter(|&(a, b)| (1..=12).contains(&a) && (1..=12).contains(&b));
            let Some((first, last)) = months else {
                return Err(format!(
                    "season {p:?}: {spec:?} must be its first and last month, as \"6-8\""
                ));
            };
            words.entry(phrase[0].clone()).or_default().starts |= List::Periods.bit();
            seasons.push((phrase, first, last));
        }
        seasons.sort_by_key(|r| std::cmp::Reverse(r.0.len()));
        let mut holidays = Vec::new();
        for (p, spec) in &d.holidays {
            let phrase = phrase_tokens(p)?;
            let rule = Holiday::parse(spec).ok_or_else(|| {
                format!(
                    "holiday {p:?}: {spec:?} must be \"MM-DD\", \"MM-weekday-N\" (N from 1 to 5 \
                     or \"last\") or \"easter\" with an optional +N or -N days"
                )
            })?;
            words.entry(phrase[0].clone()).or_default().starts |= List::Holidays.bit();
            // A name of more than one word ("Christmas Eve", "la Toussaint") is a date on its
            // own; an elided article does not count ("l'Ascension" is also a climb).
            let alone = phrase.iter().filter(|t| t.chars().count() > 1).count() > 1;
            holidays.push((phrase, rule, alone));
        }
        holidays.sort_by_key(|r| std::cmp::Reverse(r.0.len()));
        let mut portions = Vec::new();
        for (p, spec) in &d.portions {
            let phrase = phrase_tokens(p)?;
            let parsed = spec.split_once(' ').and_then(|(unit, part)| {
                let unit = Unit::parse(unit)
                    .filter(|u| matches!(u, Unit::Week | Unit::Month | Unit::Year))?;
                let part = match part.trim() {
                    "rest" => Portion::Rest,
                    "early" => Portion::Early,
                    "late" => Portion::Late,
                    _ => return None,
                };
                Some((unit, part))
            });
            let Some((unit, part)) = parsed else {
                return Err(format!(
                    "portion {p:?}: {spec:?} must be week, month or year, then rest, early or late"
                ));
            };
            words.entry(phrase[0].clone()).or_default().starts |= List::Portions.bit();
            portions.push((phrase, unit, part));
        }
        portions.sort_by_key(|r| std::cmp::Reverse(r.0.len()));
        let mut decades = Vec::new();
        for (p, &y) in &d.decades {
            if y % 10 != 0 || !YEARS.contains(&(y as u32)) {
                return Err(format!(
                    "decade {p:?} must be the decade's first year (1920, 2000 ...), not {y}"
                ));
            }
            let phrase = phrase_tokens(p)?;
            words.entry(phrase[0].clone()).or_default().starts |= List::Decades.bit();
            decades.push((phrase, y));
        }
        decades.sort_by_key(|r| std::cmp::Reverse(r.0.len()));
        for p in &lists[List::YearOnlyPeriods as usize] {
            if !periods.iter().any(|r| &r.0 == p) {
                return Err(format!(
                    "year_only_periods: {:?} is not one of [dates.periods]",
                    p.join(" ")
                ));
            }
        }
        let mut decade_names = WordMap::default();
        for (w, &x) in &d.decade_names {
            if x % 10 != 0 || x > 90 {
                return Err(format!(
                    "decade name {w:?} must be a decade's years in its century (0, 10 ... 90), not {x}"
                ));
            }
            decade_names.insert(fold_owned(w), x);
            // "the Seventies" may open a date.
            words.entry(fold_owned(w)).or_default().starts |= List::Decades.bit();
        }
        let firsts = Firsts {
            relative: ByFirst::new(List::Relative, relative.iter().map(|r| &r.0)),
            periods: ByFirst::new(List::Periods, periods.iter().map(|r| &r.0)),
            seasons: ByFirst::new(List::Periods, seasons.iter().map(|r| &r.0)),
            holidays: ByFirst::new(List::Holidays, holidays.iter().map(|r| &r.0)),
            portions: ByFirst::new(List::Portions, portions.iter().map(|r| &r.0)),
            decades: ByFirst::new(List::Decades, decades.iter().map(|r| &r.0)),
        };
        let seconds = starting
            .iter()
            .map(|&(list, k)| {
                lists[list as usize][k as usize]
                    .get(1)
                    .map_or(0, |w| word_hash(w))
            })
            .collect();
        Ok(DateWords {
            decades,
            century_words: d.century_words.iter().map(|s| fold_owned(s)).collect(),
            decade_names,
            portions,
            holidays,
            day_first,
            capitalised_months: d.capitalised_months,
            bare_months: d.bare_months,
            modifiers_follow: d.modifiers_follow,
            ahead_needs_future: d.ahead_needs_future,
            next_weekday_next_week: d.next_weekday_next_week,
            year_links: d
                .year_links
                .iter()
                .map(|p| phrase_tokens(p))
                .collect::<Result<_, _>>()?,
            happened: d.happened.iter().map(|s| fold_owned(s)).collect(),
            past_words: d.past_words.iter().map(|s| fold_owned(s)).collect(),
            future_words: d.future_words.iter().map(|s| fold_owned(s)).collect(),
            word_filter: KeyFilter::of(words.keys().map(String::as_str)),
            calendar_filter: KeyFilter::of(
                words
                    .iter()
                    .filter(|(_, e)| is_calendar_entry(e))
                    .map(|(w, _)| w.as_str()),
            ),
            words,
            day_suffixes: d.day_suffixes.iter().map(|s| fold_owned(s)).collect(),
            decade_suffixes: d.decade_suffixes.iter().map(|s| fold_owned(s)).collect(),
            lists,
            seconds,
            starting,
            firsts,
            relative,
            periods,
            seasons,
            range_articles: d.range_articles.iter().map(|s| fold_owned(s)).collect(),
        })
    }
}

/// The phrases of one table by their first word: the indexes, in the table's order, of those
/// that start with it. A phrase is looked for among the few its token starts, not in all.
#[derive(Debug, Clone)]
pub(crate) struct ByFirst {
    /// For each first word, the rows and the `word_hash` of each row's second word (0 for a
    /// phrase of one word), side by side.
    rows: WordMap<(Vec<u32>, Vec<u64>)>,
    /// The bit of `WordInfo::starts` the table's first words carry.
    pub(crate) list: List,
}

impl ByFirst {
    fn new<'p>(list: List, phrases: impl Iterator<Item = &'p Phrase>) -> ByFirst {
        let mut rows: WordMap<(Vec<u32>, Vec<u64>)> = WordMap::default();
        for (k, p) in phrases.enumerate() {
            let (ids, seconds) = rows.entry(p[0].clone()).or_default();
            ids.push(k as u32);
            seconds.push(p.get(1).map_or(0, |w| word_hash(w)));
        }
        ByFirst { rows, list }
    }

    pub(crate) fn get(&self, word: &str) -> &[u32] {
        self.rows.get(word).map_or(&[], |(ids, _)| ids.as_slice())
    }

    /// `get`, with the `word_hash` of each row's second word (0 for a phrase of one word): a
    /// row whose second word hashes otherwise than the next token's cannot follow.
    pub(crate) fn get_with_seconds(&self, word: &str) -> (&[u32], &[u64]) {
        self.rows.get(word).map_or((&[], &[]), |(ids, seconds)| {
            (ids.as_slice(), seconds.as_slice())
        })
    }
}

/// `ByFirst` of each table of phrases with a meaning.
#[derive(Debug, Clone)]
pub(crate) struct Firsts {
    pub(crate) relative: ByFirst,
    pub(crate) periods: ByFirst,
    pub(crate) seasons: ByFirst,
    pub(crate) holidays: ByFirst,
    pub(crate) portions: ByFirst,
    pub(crate) decades: ByFirst,
}

impl Default for Firsts {
    fn default() -> Firsts {
        let none = |list| ByFirst::new(list, std::iter::empty());
        Firsts {
            relative: none(List::Relative),
            periods: none(List::Periods),
            seasons: none(List::Periods),
            holidays: none(List::Holidays),
            portions: none(List::Portions),
            decades: none(List::Decades),
        }
    }
}

/// The most words a range join is written with ("jusqu'au", "up to").
pub(crate) const RANGE_JOIN_MAX_WORDS: usize = 2;

impl DateWords {
    /// The entry of the folded word `w`, if the language file knows it.
    #[inline]
    pub(crate) fn word(&self, w: &str) -> Option<&WordInfo> {
        if !self.word_filter.may_hold(w) {
            return None;
        }
        self.words.get(w)
    }

    /// Whether `s` (trimmed, any case) joins the two ends of a range: `range_to` or
    /// `range_and` ("to", "-", "and"; "à", "au", "et").
    pub fn is_range_join(&self, s: &str) -> bool {
        let s = s.trim();
        // The gap between two figures is usually words of a sentence: those are never a join,
        // and are not worth tokenising.
        if s.is_empty() || s.split_whitespace().nth(RANGE_JOIN_MAX_WORDS).is_some() {
            return false;
        }
        let words: Phrase = tokenize(s, 0, s.len())
            .iter()
            .map(|t| fold_owned(t.text(s)))
            .collect();
        self.list(List::RangeTo)
            .iter()
            .chain(self.list(List::RangeAnd))
            .any(|p| *p == words)
    }

    /// Whether `word` is a month name or abbreviation (with or without its period) or a
    /// weekday name, in any case: such words are never names.
    pub fn is_calendar_word(&self, word: &str) -> bool {
        let word = word.strip_suffix('.').unwrap_or(word);
        // `fold` of an ASCII word is its lower case: no allocation for a capitalised name.
        let mut buf = [0; SHORT_WORD];
        let w = match ascii_lowercase(word, &mut buf) {
            Some(low) => Cow::Borrowed(low),
            None => fold(word),
        };
        self.is_calendar_folded(w.as_ref())
    }

    /// `is_calendar_word` of a word already folded (`fold`) and without its period: an ASCII
    /// word of letters and digits in lower case.
    pub fn is_calendar_folded(&self, word: &str) -> bool {
        self.calendar_filter.may_hold(word) && self.words.get(word).is_some_and(is_calendar_entry)
    }

    pub(crate) fn list(&self, list: List) -> &[Phrase] {
        &self.lists[list as usize]
    }

    /// Whether `word` (folded) is a one-word event noun (`event_nouns`: "quake", "séisme").
    pub fn is_event_noun(&self, word: &str) -> bool {
        self.list(List::EventNouns)
            .iter()
            .any(|e| e.len() == 1 && e[0] == word)
    }
}

/// The tokens of a phrase from the data, folded like the text's.
pub(crate) fn phrase_tokens(p: &str) -> Result<Phrase, String> {
    let toks: Phrase = tokenize(p, 0, p.len())
        .iter()
        .map(|t| fold_owned(t.text(p)))
        .collect();
    if toks.is_empty() {
        return Err("empty phrase in [dates]".to_string());
    }
    Ok(toks)
}

/// Lower case without accents, typographic apostrophes and hyphens made plain, so that data
/// and text written with or without them meet ("aout", "Août"; "aujourd’hui").
pub(crate) fn fold(s: &str) -> Cow<'_, str> {
    if is_folded(s) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    fold_into(s, &mut out);
    Cow::Owned(out)
}

/// Whether `fold` returns `s` as it is: ASCII without capitals.
pub(crate) fn is_folded(s: &str) -> bool {
    s.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase())
}

/// `fold`, appended to `out`: an article's folded tokens share one buffer.
pub(crate) fn fold_into(s: &str, out: &mut String) {
    if s.is_ascii() {
        push_ascii_lowercase(s, out);
        return;
    }
    for c in s.nfkd() {
        if is_combining_mark(c) {
            continue;
        }
        match c {
            '\u{2019}' | '\u{2018}' | '\u{02bc}' | '`' => out.push('\''),
            '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2212}' => out.push('-'),
            _ => out.extend(c.to_lowercase()),
        }
    }
}

pub(crate) fn fold_owned(s: &str) -> String {
    fold(s).into_owned()
}

#[cfg(test)]
mod tests {
    use super::tail_le;

    proptest::proptest! {
        /// The tail read in two loads is the tail padded with zeros.
        #[test]
        fn tail_reads_as_padded(rest in proptest::collection::vec(proptest::prelude::any::<u8>(), 1..8)) {
            let mut b = [0; 8];
            b[..rest.len()].copy_from_slice(&rest);
            proptest::prop_assert_eq!(tail_le(&rest), u64::from_le_bytes(b));
        }
    }
}
