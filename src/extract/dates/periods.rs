//! Parts of a year and longer spans: quarters and halves ("in Q2", "2016H2"), seasons
//! ("l'été", "last winter"), decades ("the 1990s", "les années folles") and centuries ("le
//! XXe siècle"). A part of a year with its year ("Q1 2019") is a range (`ranges.rs`).

use super::expr::{Expr, Hit};
use super::scan::Scan;
use crate::knowledge::lang::dates::{List, YEARS};
use crate::text::TokKind;

impl<'a> Scan<'a> {
    /// A part of a year without its year, where the context makes it one: "in Q2", "during
    /// the second quarter", "au deuxième trimestre", "Q2 results", "q1 and q2". Never a part of
    /// something else ("the second quarter of the game") or in an article about sports, and
    /// not the parts that are also other things without their year ("H2", "T3").
    pub(super) fn period_alone(&self, i: usize, bare: bool) -> Option<Hit> {
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
    pub(super) fn decade_phrase_at(&self, i: usize) -> Option<Hit> {
        if !self.phrase_before(i, List::Articles) {
            return None;
        }
        let (p, y) = self.row_at(i, &self.w.decades, &self.w.firsts.decades, |r| &r.0)?;
        Some(Hit {
            start: self.start(i),
            end_tok: i + p.len(),
            expr: Expr::Decade { y: *y },
        })
    }

    /// A decade: "les années 1990", "années 70", "the 1990s".
    pub(super) fn decade_at(&self, i: usize) -> Option<Hit> {
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
    pub(super) fn decade_words_at(&self, i: usize) -> Option<Hit> {
        if self.w.decade_names.is_empty() || !self.phrase_before(i, List::Articles) {
            return None;
        }
        let century = |v: u32| match v {
            19 | 20 => Some(v as i32 * 100),
            _ => None,
        };
        let low = self.low(i);
        // Decade names carry the `Decades` bit.
        if self.starts(i, List::Decades)
            && let Some(&x) = self.w.decade_names.get(low)
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
        if self.hyphen(i)
            && let Some((a, b)) = low.split_once('-')
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
    pub(super) fn century_at(&self, i: usize) -> Option<Hit> {
        // The century word is one or two tokens after `i` ("XXe siècle", "twenty first
        // century"): most tokens are followed by neither.
        let century_word = |j: usize| self.w.century_words.iter().any(|w| w == self.low(j));
        if !century_word(i + 1) && !century_word(i + 2) {
            return None;
        }
        let (n, j) = match self.ordinal_day(i) {
            Some(n) => (n, i + 1),
            None => match self.day_word(i) {
                Some((n, j)) => (u32::from(n), j),
                None => (self.roman_ordinal(i)?, i + 1),
            },
        };
        if !(1..=30).contains(&n) || !century_word(j) {
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
    /// "Ier" (`read_roman`, read once per token by `Scan::features`).
    pub(super) fn roman_ordinal(&self, i: usize) -> Option<u32> {
        self.feats.get(i).and_then(|f| f.roman)
    }

    /// A year and a part of it written as one word, "2016H2": (year, first month, last month).
    pub(super) fn glued_period(&self, i: usize) -> Option<(i32, u8, u8)> {
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
    pub(super) fn season_at(&self, i: usize) -> Option<(u8, u8, usize)> {
        let (p, first, last) = self.row_at(i, &self.w.seasons, &self.w.firsts.seasons, |r| &r.0)?;
        Some((*first, *last, i + p.len()))
    }

    /// Whether a season at `i` is one: after an article, a modifier or a word that calls for
    /// a part of a year ("l'été 2016", "cet été", "in summer 2016"), or opening a sentence.
    /// Without one, "été" is the participle ("a été 2e"). A capitalised word after it makes
    /// it part of a name: "the Winter Olympics".
    pub(super) fn season_context(&self, i: usize, end: usize) -> bool {
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
    pub(super) fn period_at(&self, i: usize) -> Option<(u8, u8, usize)> {
        let (p, first, last) = self.row_at(i, &self.w.periods, &self.w.firsts.periods, |r| &r.0)?;
        Some((*first, *last, i + p.len()))
    }
}
