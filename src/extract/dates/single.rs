//! The top of the grammar: whether a date may start at a token, a range or else a single
//! date there (`single_at` tries each form in turn), and what a modifier in front applies to.
//! The forms themselves are in the sibling files.

use super::expr::{DayMonth, Expr, Found, Hit, Rel, has_day, plausible, with_rel};
use super::resolve::{resolve, resolve_range};
use super::scan::{SINGLES, Scan};
use crate::knowledge::lang::dates::{List, Unit, WordInfo};
use crate::model::DatePoint;
use crate::text::TokKind;

/// The lists whose phrases the grammar reads only around a date, never at its first token:
/// `phrase_before` reads them before it, the forms skip or test them after a day, month or
/// weekday, and offsets and ranges read them before calling `single_at` past them. A phrase
/// of one of these at a token does not make it a place where a date may start
/// (`plain_word`).
const CONTEXT: u64 = List::Articles.bit()
    | List::EventDeterminers.bit()
    | List::EventNouns.bit()
    | List::YearContext.bit()
    | List::MonthContext.bit()
    | List::PeriodContext.bit()
    | List::HolidayContext.bit()
    | List::DayArticleContext.bit()
    | List::AheadBefore.bit()
    | List::SpanBefore.bit();

/// The lists of phrases that open a date but make none alone: the grammar reads the date
/// after them ("in two weeks", "from May", "last Tuesday", "within a year", "il y a trois
/// ans", "week 12", "the weekend before Easter").
const LEADING: u64 = List::RangeFrom.bit()
    | List::This.bit()
    | List::Last.bit()
    | List::Next.bit()
    | List::CountNext.bit()
    | List::CountLast.bit()
    | List::Within.bit()
    | List::AheadBefore.bit()
    | List::AgoBefore.bit()
    | List::SpanBefore.bit()
    | List::WeekNumbers.bit()
    | List::FeastLast.bit()
    | List::FeastNext.bit()
    | List::FeastWeekendBefore.bit();

impl<'a> Scan<'a> {
    /// A range or a single date at token `i`.
    pub(super) fn range_or_single(&self, i: usize, anchor: Option<DatePoint>) -> Option<Found> {
        let Some(r) = self.range_at(i) else {
            return self.single_at(i, false).map(|h| {
                let expr = self.with_tense(h.expr, i, h.end_tok);
                (
                    h.start,
                    h.end_tok,
                    resolve(expr, self.anchor_for(expr, anchor)),
                )
            });
        };
        // "Les 18-19 avril 2024": the plural article makes the range.
        let toks = self.toks;
        let before = toks
            .partition_point(|t| t.span.end <= r.start)
            .checked_sub(1);
        let start = match before {
            Some(p)
                if toks[p].span.end < r.start
                    && !self.line_break(toks[p].span.end, r.start)
                    && self.w.range_articles.iter().any(|a| a == self.low(p)) =>
            {
                toks[p].span.start
            }
            _ => r.start,
        };
        Some((start, r.end_tok, resolve_range(r.from, r.to, anchor)))
    }

    /// Whether a date can start at token `i` (`Feat::may_start`, read once per token by
    /// `Scan::features`). Most words cannot and are skipped at once.
    #[inline]
    pub(super) fn may_start(&self, i: usize) -> bool {
        self.feats.get(i).is_some_and(|f| f.may_start)
    }

    /// Whether token `i` is a word that no single date starts at: one whose entry in the
    /// language file (if any) has no part a date is made of (month, weekday, day, number,
    /// unit, tens, decade name) and starts no phrase there but of `CONTEXT` lists, which the
    /// grammar reads only before or after a date's first token; with no digit at either end
    /// (no ordinal day, glued date or decade), no hyphen (no hyphenated number or month pair)
    /// and no Roman ordinal ("XXe", a century). Every form `single_at_plain` tries needs one
    /// of these at its first token. Most words are plain; so are the articles and
    /// prepositions after which ranges and offsets try a date ("the", "in", "for"): in ECB+,
    /// 49,000 of the 112,000 attempts that passed the unknown words.
    fn plain_word(&self, i: usize) -> bool {
        self.word_but_number(i)
            .is_some_and(|e| e.is_none_or(|e| e.number == 0))
    }

    /// `plain_word` but for a number its entry may give: token `i`'s entry (`None` for a
    /// word the language file does not know) when the token would be plain without it.
    fn word_but_number(&self, i: usize) -> Option<Option<&'a WordInfo>> {
        self.word_beside(i, CONTEXT)
    }

    /// `word_but_number` with the phrases of the lists of `lists` (bits of `List`) allowed to
    /// start at token `i`.
    fn word_beside(&self, i: usize, lists: u64) -> Option<Option<&'a WordInfo>> {
        let t = self.toks.get(i)?;
        let low = self.low(i).as_bytes();
        let e = self.info(i);
        (t.kind == TokKind::Word
            && e.is_none_or(|e| {
                e.month == 0
                    && e.weekday == 0
                    && e.day == 0
                    && e.duration.is_none()
                    && !e.tens
                    && e.starts & List::Decades.bit() == 0
                    && self.feats[i].at & !lists == 0
            })
            && !self.hyphen(i)
            && !low.first().is_some_and(u8::is_ascii_digit)
            && !low.last().is_some_and(u8::is_ascii_digit)
            && self.roman_ordinal(i).is_none())
        .then_some(e)
    }

    /// Whether token `i` is a plain word (`plain_word`) from which the grammar can reach
    /// nothing. A date that starts at such a word ("the next day", "the 1990s") does so by
    /// passing over the word or a context phrase that starts at it ("the", "of the") to
    /// where a date may start (`may_start`): when neither the next token nor the token after
    /// any phrase that starts at it may start one, no date starts there. In ECB+, "the",
    /// "that", "it" before an ordinary word, and in earlier rounds capitalised words that
    /// start like a Roman numeral ("Intel"), which `may_start` now reads whole: 25,000 of
    /// the 61,600 attempts left after the counts (`count_before_unknown`).
    ///
    /// A word that starts a phrase opening a date (`List::OPENING`) is held to more: only
    /// phrases that make no date alone (`LEADING`: "in", "from", "last", "within"), and
    /// after them and after the word itself a word the language file does not know and no
    /// date may start at ("in Paris", "from police"). The grammar reads a date after such a
    /// phrase, passing over known words ("in the", "from early"), never over an unknown one.
    /// In ECB+, with the Roman numerals read whole (`Feat::roman`), 6,000 of the 36,200
    /// attempts left.
    pub(super) fn leads_nowhere(&self, i: usize) -> bool {
        let Some(f) = self.feats.get(i) else {
            return false;
        };
        let opens = f.at & List::OPENING != 0;
        let plain = if opens {
            f.at & !(CONTEXT | LEADING) == 0
                && self
                    .word_beside(i, CONTEXT | LEADING)
                    .is_some_and(|e| e.is_none_or(|e| e.number == 0))
        } else {
            self.plain_word(i)
        };
        // Whether the grammar may go on from token `k`.
        let goes_on = |k: usize| {
            self.may_start(k)
                || (opens
                    && self
                        .toks
                        .get(k)
                        .is_none_or(|t| t.kind != TokKind::Word || self.info(k).is_some()))
        };
        if !plain || goes_on(i + 1) {
            return false;
        }
        let (from, len) = f.matched;
        self.matched[from as usize..from as usize + len as usize]
            .iter()
            .all(|&(_, end)| !goes_on(end as usize))
    }

    /// Whether token `i` is a count that no single date starts at: a number of at most three
    /// digits or a number word ("a", "two") that starts no phrase but of `CONTEXT` lists,
    /// followed by a word the language file does not know ("5 people", "a man"). A date that
    /// starts at a count reads a date word, a mark or another number right after it: a month
    /// ("16 janvier", "16 of May"), a unit ("a year ago"), a separator ("16/01"), a
    /// modifier ("20 next month"), a number word ("two thousand"); a day alone ("on the 16")
    /// ends its clause. Years are four digits, and a number of four digits is never a count
    /// here. In ECB+ about 0.4 of the attempts that passed `plain_word`.
    pub(super) fn count_before_unknown(&self, i: usize) -> bool {
        let Some(t) = self.toks.get(i) else {
            return false;
        };
        let count = match t.kind {
            TokKind::Number => {
                self.feats[i].num.is_some_and(|(_, len)| len <= 3)
                    && self.feats[i].at & !CONTEXT == 0
            }
            TokKind::Word => self
                .word_but_number(i)
                .is_some_and(|e| e.is_some_and(|e| e.number != 0)),
            _ => false,
        };
        count && self.word_but_number(i + 1).is_some_and(|e| e.is_none())
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

    /// A date of any kind starting at token `i`. `bare` allows a year or month alone without
    /// a context word, as the ends of a range ("de mars à mai") need.
    /// A date at token `i`, with the year phrase that may follow a yearless one: "June last
    /// year", "le 3 mars de l'année dernière", "in March next year".
    pub(super) fn single_at(&self, i: usize, bare: bool) -> Option<Hit> {
        if self.plain_word(i) || self.count_before_unknown(i) {
            // The tests (debug builds) hold every text they read to this.
            debug_assert!(
                self.single_at_uncached(i, bare).is_none(),
                "a date starts at the plain word or count {:?}",
                self.raw(i)
            );
            return None;
        }
        let key = 2 * i + usize::from(bare);
        let slot = key % SINGLES;
        if let Some((k, h)) = self.singles.borrow()[slot]
            && k == key
        {
            return h;
        }
        let h = self.single_at_uncached(i, bare);
        self.singles.borrow_mut()[slot] = Some((key, h));
        h
    }

    fn single_at_uncached(&self, i: usize, bare: bool) -> Option<Hit> {
        let h = self.single_at_plain(i, bare)?;
        let Expr::Date {
            y: None,
            m: Some(m),
            d,
            rel: Rel::Plain,
        } = h.expr
        else {
            return Some(h);
        };
        let j = if self.is_punct(h.end_tok, ",") {
            h.end_tok + 1
        } else {
            h.end_tok
        };
        let j = self.phrase_at(j, List::Of).unwrap_or(j);
        match self.relative_at(j) {
            Some(Hit {
                end_tok,
                expr:
                    Expr::Relative {
                        unit: Unit::Year,
                        n,
                    },
                ..
            }) => Some(Hit {
                start: h.start,
                end_tok,
                expr: Expr::InYear { m, d, n },
            }),
            _ => Some(h),
        }
    }

    fn single_at_plain(&self, i: usize, bare: bool) -> Option<Hit> {
        if let Some((p, unit, part)) =
            self.row_at(i, &self.w.portions, &self.w.firsts.portions, |r| &r.0)
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
        // "the 1999 Izmit earthquake", "a 2015 election": a year before the event it dates,
        // after a determiner; "le séisme de 1999", "the earthquake of 1999": after it.
        if let Some(y) = self.year(i)
            && (self.event_follows(i) || self.event_precedes(i))
        {
            return Some(Hit {
                start: self.start(i),
                end_tok: i + 1,
                expr: Expr::date(Some(y), None, None),
            });
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

    /// The end of a calendar date at `i` that cannot exist, if there is one.
    pub(super) fn impossible_at(&self, i: usize) -> Option<usize> {
        // A day (`day`, `day_word`, `cardinal_day`) or a month (`month`) starts both forms:
        // a number, an ordinal day, a hyphenated word or a word that is a day, tens, number
        // or month. Most tokens asked here are none of these.
        let opens = self.is_number(i)
            || self
                .feats
                .get(i)
                .is_some_and(|f| f.ordinal.is_some() || f.hyphen)
            || self
                .info(i)
                .is_some_and(|e| e.day != 0 || e.tens || e.number != 0 || e.month != 0);
        if !opens {
            debug_assert!(
                self.day_month(i).is_none() && self.month_day(i).is_none(),
                "a day or month starts at {:?}",
                self.raw(i)
            );
            return None;
        }
        self.day_month(i)
            .or_else(|| self.month_day(i))
            .filter(|h| !plausible(h.expr))
            .map(|h| h.end_tok.max(i + 1))
    }

    /// The date an expression is anchored on: the article's, except for a phrase counted from
    /// the story's time ("the following year", "la veille"), which takes the last date the
    /// article gave before it when there is one.
    /// A yearless month or day read the way its clause is told: in a clause in the past
    /// ("In March, the company said it had hired") the latest March on or before the
    /// article's date; in the future ("will reopen in March", "is scheduled to close Monday")
    /// the next one. A clause with neither keeps the nearest (a month) or the latest (a
    /// weekday).
    fn with_tense(&self, e: Expr, start: usize, end: usize) -> Expr {
        let plain = matches!(
            e,
            Expr::Date {
                y: None,
                m: Some(_),
                rel: Rel::Plain,
                ..
            } | Expr::Weekday {
                rel: Rel::Plain,
                ..
            }
        );
        if !plain || (self.w.past_words.is_empty() && self.w.future_words.is_empty()) {
            return e;
        }
        let clause_end = |k: usize| {
            self.toks[k].kind == TokKind::Punct
                && matches!(self.raw(k), "." | ";" | ":" | "!" | "?")
        };
        let mut words = Vec::new();
        let mut k = start;
        while k > 0 && words.len() < 12 {
            k -= 1;
            if clause_end(k) {
                break;
            }
            words.push(k);
        }
        // After the date, only up to a comma: "opens on June 14, officials said".
        let mut k = end;
        while k < self.n() && k < end + 8 && !clause_end(k) && !self.is_punct(k, ",") {
            words.push(k);
            k += 1;
        }
        let future = words
            .iter()
            .any(|&k| self.w.future_words.contains(self.low(k)));
        let past = !future
            && words
                .iter()
                .any(|&k| self.w.past_words.contains(self.low(k)));
        match e {
            Expr::Date { y, m, d, .. } if future => Expr::Date {
                y,
                m,
                d,
                rel: Rel::Next,
            },
            Expr::Date { y, m, d, .. } if past => Expr::Date {
                y,
                m,
                d,
                rel: Rel::Past,
            },
            Expr::Weekday { wd, .. } if future => Expr::Weekday { wd, rel: Rel::Next },
            _ => e,
        }
    }

    fn anchor_for(&self, e: Expr, anchor: Option<DatePoint>) -> Option<DatePoint> {
        let Expr::StoryRelative { unit, .. } = e else {
            return anchor;
        };
        if self.story.get().is_none() {
            return anchor;
        }
        self.story_anchor(std::iter::once(unit)).map(|(a, _)| a)
    }

    /// Whether the year at token `i` follows a determiner and comes before an event noun,
    /// past at most two capitalised words: "the 1999 Izmit earthquake", "a 2015 election".
    fn event_follows(&self, i: usize) -> bool {
        if !self.phrase_before(i, List::EventDeterminers) {
            return false;
        }
        for k in (i + 1..self.n()).take(3) {
            if self.phrase_at(k, List::EventNouns).is_some() {
                return true;
            }
            let capitalised = self.toks[k].kind == TokKind::Word
                && self.raw(k).chars().next().is_some_and(char::is_uppercase);
            if !capitalised {
                return false;
            }
        }
        false
    }

    /// Whether the year at token `i` comes right after an event noun and a link: "le séisme de
    /// 1999", "the earthquake of 1999".
    fn event_precedes(&self, i: usize) -> bool {
        i >= 2
            && self.phrase_at(i - 1, List::EventLinks) == Some(i)
            && self.phrase_before(i - 1, List::EventNouns)
    }
}
