//! Feasts: "Christmas 2018", "le lundi de Pâques", "Labor Day weekend", "the previous
//! Easter". Their days come from the word tables (`Holiday`); anchoring is in `resolve.rs`.

use super::expr::{Expr, Hit, Rel, with_rel};
use super::scan::Scan;
use crate::knowledge::lang::dates::List;
use crate::text::TokKind;

impl<'a> Scan<'a> {
    /// A feast: "Christmas 2018", "on Easter", "le lundi de Pâques". A one-word name needs a
    /// context word before it or its year after it ("Christmas shopping" is no date).
    ///
    /// "Labor Day weekend", "Halloween weekend 2021" are the feast's weekend; "Noël dernier"
    /// the last one before the article's date.
    pub(super) fn holiday_at(&self, i: usize, bare: bool) -> Option<Hit> {
        let (p, h, alone) = self.row_at(i, &self.w.holidays, &self.w.firsts.holidays, |r| &r.0)?;
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
    pub(super) fn feast_phrase_at(&self, i: usize) -> Option<Hit> {
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
}
