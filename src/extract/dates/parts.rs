//! Reading the parts of a date at a token: numbers, days, months, years (in figures or words,
//! two-digit years included), weekdays and ranks. Each gives a part, never a whole date.

use super::expr::MonthHit;
use super::scan::Scan;
use crate::knowledge::lang::dates::{List, MonthForm, YEARS};
use crate::text::TokKind;

/// A two-digit year: recent decades for small numbers, the last century for the rest.
pub(super) fn expand_year(yy: u32) -> i32 {
    if yy < 30 {
        2000 + yy as i32
    } else {
        1900 + yy as i32
    }
}

impl<'a> Scan<'a> {
    /// An ASCII number of at most four digits: (value, digit count).
    pub(super) fn num(&self, i: usize) -> Option<(u32, usize)> {
        let (v, len) = self.feats.get(i)?.num?;
        Some((u32::from(v), usize::from(len)))
    }

    /// Whether the number at `i` is glued to another by a decimal or list separator
    /// ("3,000", "1.5", "12:30") or to a currency or unit sign ("$12", "12%"), which makes it
    /// part of a figure or a time, not a date.
    pub(super) fn glued(&self, i: usize) -> bool {
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
    pub(super) fn day(&self, i: usize) -> Option<u8> {
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
    pub(super) fn ordinal_day(&self, i: usize) -> Option<u32> {
        self.feats.get(i)?.ordinal.map(u32::from)
    }

    /// A day number written in words: "premier", "twenty second": (day, next token).
    pub(super) fn day_word(&self, i: usize) -> Option<(u8, usize)> {
        if self.info(i).is_some_and(|e| e.tens)
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

    /// Whether `word_numbers(i)` may start with a number other than 0, as a cardinal must: a
    /// word that is a number, or a hyphenated word, whose parts `word_numbers` reads.
    fn may_open_number_words(&self, i: usize) -> bool {
        self.hyphen(i) || self.info(i).is_some_and(|e| e.number != 0)
    }

    /// The number words from token `i` on, hyphenated words split into their parts
    /// ("vingt-neuf", "twenty nine", "two thousand and five"): each part's value (0 for a
    /// joining "and"), the token after it and whether it ends its token; at most eight.
    pub(super) fn word_numbers(&self, i: usize) -> ([(u32, usize, bool); 8], usize) {
        let mut out = [(0, 0, false); 8];
        let mut len = 0;
        let mut k = i;
        'tokens: while len < 8 && self.toks.get(k).is_some_and(|t| t.kind == TokKind::Word) {
            let low = self.low(k);
            let count = if self.hyphen(k) {
                low.split('-').count()
            } else {
                1
            };
            let start = len;
            // A word of one part (most hold no hyphen) is read whole, with no searcher set up.
            let mut split = (count > 1).then(|| low.split('-'));
            let mut whole = (count == 1).then_some(low);
            let parts = std::iter::from_fn(|| match &mut split {
                Some(split) => split.next(),
                None => whole.take(),
            });
            for (n, part) in parts.enumerate() {
                // A word of one part joins only when a phrase of `RangeAnd` starts at it.
                let and = (count > 1 || self.at(k, List::RangeAnd))
                    && self
                        .w
                        .list(List::RangeAnd)
                        .iter()
                        .any(|p| p.len() == 1 && p[0] == part);
                let value = if and {
                    0
                } else {
                    // A word of one part is the token: its entry is looked up already.
                    let entry = if count == 1 {
                        self.info(k)
                    } else {
                        self.w.words.get(part)
                    };
                    match entry.map(|e| e.number) {
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
    pub(super) fn cardinal(parts: &[(u32, usize, bool)], p: usize) -> Option<(u32, usize)> {
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
    pub(super) fn year_words(&self, i: usize) -> Option<(i32, usize)> {
        // "a", "an", "un" are numbers too, but never open a year.
        if self.low(i).len() < 3 || !self.may_open_number_words(i) {
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
    pub(super) fn cardinal_day(&self, i: usize) -> Option<(u8, usize)> {
        if self.low(i).len() < 3 || !self.may_open_number_words(i) {
            return None;
        }
        let (parts, len) = self.word_numbers(i);
        let (d, q) = Self::cardinal(&parts[..len], 0)?;
        let &(_, end, last) = parts.get(q.checked_sub(1)?)?;
        (last && (1..=31).contains(&d)).then_some((d as u8, end))
    }

    /// Whether a year in figures or words starts at `i`.
    pub(super) fn starts_year(&self, i: usize) -> bool {
        self.year(i).is_some() || self.year_words(i).is_some()
    }

    /// A four-digit year.
    pub(super) fn year(&self, i: usize) -> Option<i32> {
        let (v, len) = self.num(i)?;
        (len == 4 && YEARS.contains(&v) && !self.glued(i)).then_some(v as i32)
    }

    pub(super) fn month(&self, i: usize) -> Option<MonthHit> {
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
        if !self.hyphen(i) {
            return None;
        }
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
    pub(super) fn abbreviation_alone(&self, mh: &MonthHit) -> bool {
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

    pub(super) fn weekday(&self, i: usize) -> Option<(u8, bool)> {
        let e = self.info(i)?;
        (e.weekday != 0).then_some((e.weekday, e.weekday_abbreviation))
    }

    /// Optional ", 2018" / " de 1987" after a day and month: (year, next token).
    pub(super) fn year_tail(&self, i: usize) -> (Option<i32>, usize) {
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
    pub(super) fn any_day(&self, i: usize) -> Option<(u8, usize)> {
        match self.day(i) {
            Some(d) => Some((d, i + 1)),
            None => self.day_word(i),
        }
    }

    /// An ordinal before a week or a part of a year: "first", "3rd", "last": (n, -1 for the
    /// last, next token).
    pub(super) fn rank(&self, i: usize) -> Option<(i8, usize)> {
        if let Some(j) = self.phrase_at(i, List::Last) {
            return Some((-1, j));
        }
        let d = match self.ordinal_day(i) {
            Some(d) => d as u8,
            None => self.info(i).map(|e| e.day).filter(|&d| d != 0)?,
        };
        (1..=5).contains(&d).then_some((d as i8, i + 1))
    }

    /// A year in figures or words: (year, next token).
    pub(super) fn year_at(&self, k: usize) -> Option<(i32, usize)> {
        self.year(k)
            .map(|y| (y, k + 1))
            .or_else(|| self.year_words(k))
    }

    /// `year_tail`, or else a two-digit year (`short_year`), after a month.
    pub(super) fn year_tail_or_short(&self, i: usize) -> (Option<i32>, usize) {
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
}
