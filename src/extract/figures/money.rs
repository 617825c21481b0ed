//! Money read from the amount's side: a currency code glued before the digits ("USD115") and the
//! cents after an amount ("3 dollars 50 cents"). Currency symbols, words and codes around a figure
//! are found in `context.rs` (`finish`).

use super::dec::Dec;
use super::digits::{Lexed, is_joiner, lex_digits};
use super::scan::{Fig, Scan};
use crate::knowledge::lang::figures::What;
use crate::text::AtomKind;

impl Scan<'_, '_> {
    /// An amount glued after a currency code: "USD115", "EUR2.5".
    pub(super) fn at_glued_code(&mut self, i: usize) -> Option<usize> {
        let a = self.atoms[i];
        let t = &self.doc.text[a.start..a.end];
        // An ASCII digit is never part of a longer character: bytes are enough.
        let p = t.bytes().position(|b| b.is_ascii_digit())?;
        if p == 0 || !t[..p].bytes().all(|b| b.is_ascii_alphabetic()) || i < self.floor {
            return None;
        }
        if self
            .char_before(a.start)
            .is_some_and(|c| c.is_alphanumeric() || is_joiner(c))
        {
            return None;
        }
        let prefix = &t[..p];
        let code = self
            .ix
            .by_first
            .get(&prefix.to_lowercase())?
            .iter()
            .find_map(|&id| {
                let e = &self.ix.entries[id];
                match e.what {
                    What::Symbol(c) if e.atoms.len() == 1 && e.atoms[0] == prefix => Some(c),
                    _ => None,
                }
            })?;
        let (end, dec) = match lex_digits(self.doc.text, a.start + p, self.doc.body.end, self.ix) {
            Lexed::Num { end, dec } => (end, dec),
            Lexed::Bad { .. } | Lexed::List { .. } => return None,
        };
        if end < a.end || self.char_at(end).is_some_and(|c| c.is_alphanumeric()) {
            return None;
        }
        let next = self.atom_after(i, end);
        let mut fig = Fig::new(i, next, a.start, end, dec);
        fig.currency = Some(code);
        self.scale_words_after(&mut fig);
        self.finish(fig);
        Some(self.floor)
    }

    /// Hundredths after an amount and its currency: "3 dollars 50 cents", "thirteen dollars and
    /// forty-five cents", "2 euros 50." (two digits, nothing after them).
    pub(super) fn cents(&mut self, first: usize, k: usize, amount: Dec) -> Option<(Dec, usize)> {
        let connector = self
            .lookup(k, |w| w == What::Connector)
            .map_or(0, |(_, n)| n);
        let range = self.word_in(first.checked_sub(1), &self.ix.range_words);
        let j = k + connector;
        let (v, after, plain) = if j < self.atoms.len()
            && self.atoms[j].kind == AtomKind::Digits
            && self.text(j).bytes().all(|b| b.is_ascii_digit())
        {
            let t = self.text(j);
            (t.parse::<u128>().ok()?, j + 1, t.len() == 2)
        } else {
            let (after, st) = self.parse_words_until(j, usize::MAX)?;
            if st.ordinal || st.article_first {
                return None;
            }
            (st.value()?, after, st.value()? >= 10)
        };
        if v >= 100 {
            return None;
        }
        if let Some((_, n)) = self.lookup(after, |w| w == What::Subunit) {
            return Some((amount.add_hundredths(v)?, after + n));
        }
        let ends = after >= self.atoms.len()
            || (self.atoms[after].kind == AtomKind::Punct
                && self
                    .lookup(after, |w| matches!(w, What::Symbol(_)))
                    .is_none());
        // Without a subunit word, only at the end of the amount: "15 dollars and 50."
        (plain && ends && !(connector > 0 && range))
            .then(|| amount.add_hundredths(v).map(|d| (d, after)))
            .flatten()
    }
}
