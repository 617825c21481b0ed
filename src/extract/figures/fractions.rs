//! Fractions and ratios in words: "trois quarts", "a half", "one hundred thirty-fifths", "un
//! million et demi", "two thirds of a million", "un sur trois". Fractions in digits ("3/4", "½")
//! are read in `at_digits.rs`.

use super::digits::{Lexed, lex_digits};
use super::scan::{Fig, Scan};
use super::words::{Last, Words};
use crate::knowledge::lang::figures::What;
use crate::text::AtomKind;

impl Scan<'_, '_> {
    /// A fraction from atom `k` ("trois quarts", "a half", "one fifth", "un cinquième des
    /// voix"); after a connector the count may be missing ("et demi"). Returns its value and
    /// the atom after it.
    pub(super) fn fraction_at(&mut self, k: usize, after_connector: bool) -> Option<(f64, usize)> {
        let parsed = self.parse_words(k);
        self.fraction_parsed(k, after_connector, parsed)
    }

    /// `fraction_at` given what `parse_words` reads at atom `k`, for a caller that reads it
    /// anyway.
    pub(super) fn fraction_parsed(
        &mut self,
        k: usize,
        after_connector: bool,
        parsed: Option<(usize, Words)>,
    ) -> Option<(f64, usize)> {
        let (ck, count, lone_article) = match parsed {
            Some((ck, st)) if !st.ordinal => (
                ck,
                st.value()?,
                st.last == Last::Article || (st.elements == 1 && st.article_first),
            ),
            None if after_connector => (k, 1, true),
            _ => return None,
        };
        // "one hundred thirty-fifths": a tens word hyphen-joined to the denominator is its own.
        if parsed.is_some()
            && ck > k + 1
            && self.hyphen_joined(ck)
            && let Some((ck2, st2)) = self.parse_words_until(k, ck - 1)
            && ck2 == ck - 1
            && !st2.ordinal
            && let Some((den, n, _)) = self.denominator(ck2)
            && ck2 + n > ck
            && !self.hyphen_joined(ck2 + n)
            && let Some(c) = st2.value()
            && c > 0
        {
            return Some((c as f64 / den as f64, ck2 + n));
        }
        let (den, n, sure) = self.denominator(ck)?;
        if (parsed.is_none() && !sure) || count == 0 || self.hyphen_joined(ck + n) {
            return None;
        }
        // "un cinquième mandat" is an ordinal, "un cinquième des voix" a fraction. At the end
        // of a clause a simple ordinal stays a rank ("wounded a third."), a compound one after
        // an article is a fraction ("un vingt-cinquième.").
        let marker = self.lookup(ck + n, |w| w == What::FractionMarker).is_some();
        let compound_end = n > 1 && self.ends_at(ck + n);
        if !(sure || !lone_article || marker || after_connector || compound_end) {
            return None;
        }
        Some((count as f64 / den as f64, ck + n))
    }

    /// "un million et demi", "one and a half", "3 millions et demi", "five and a half million":
    /// a fraction of the last scale word, or of one.
    pub(super) fn fraction_tail(&mut self, fig: &mut Fig) {
        let Some((_, n)) = self.lookup(fig.next, |w| w == What::Connector) else {
            return;
        };
        let Some((part, next)) = self.fraction_at(fig.next + n, true) else {
            return;
        };
        let Some(base) = fig.fraction.or_else(|| fig.value.to_f64()) else {
            return;
        };
        let mut total = base + part * fig.unit as f64;
        fig.next = next;
        if let Some((What::Multiplier { value, .. }, m)) = self.lookup(
            next,
            |w| matches!(w, What::Multiplier { value, .. } if value >= 1000),
        ) {
            if fig.unit == 1 {
                // "five and a half million"
                total *= value as f64;
                fig.unit = value;
                fig.scaled = true;
                fig.next += m;
            } else if value < fig.unit {
                // "one billion and a quarter million": a fraction of the smaller scale.
                total = base + part * value as f64;
                fig.next += m;
            }
        }
        fig.end = self.atoms[fig.next - 1].end;
        fig.fraction = Some(total);
    }

    /// A denominator at atom `k`: its value, its length in atoms, and whether it can only be
    /// a fraction ("quarts", "thirds") rather than maybe an ordinal ("cinquième").
    pub(super) fn denominator(&mut self, k: usize) -> Option<(u64, usize, bool)> {
        if let Some(d) = self.plural_ordinal(k).filter(|&d| d >= 3) {
            return Some((d, 1, true));
        }
        match self.element(k)? {
            (What::Fraction(d), n) => return Some((d, n, true)),
            // "a hundredth", "un millième": too big to be an ordinal after an article.
            (What::Ordinal(d), n) if d >= 3 => return Some((d, n, d >= 100)),
            _ => {}
        }
        // A compound: "twenty-fifth", "vingt et unième", "one hundred fifth", "twenty-firsts".
        let (after, st) = self.parse_words_until(k, usize::MAX)?;
        if st.article_first {
            return None;
        }
        if st.ordinal {
            let d = u64::try_from(st.value()?).ok()?;
            return (d >= 3).then_some((d, after - k, d >= 100));
        }
        let p = self.plural_ordinal(after)?;
        let mut st2 = st;
        if !st2.apply(What::Ordinal(p)) {
            return None;
        }
        let d = u64::try_from(st2.value()?).ok()?;
        Some((d, after + 1 - k, true))
    }

    /// A plural ordinal word used as a denominator ("cinquièmes", "thirds").
    fn plural_ordinal(&mut self, k: usize) -> Option<u64> {
        if k >= self.atoms.len() || self.atoms[k].kind != AtomKind::Word {
            return None;
        }
        let word = self.text(k).to_lowercase();
        let ix = self.ix;
        ix.plural_suffixes.iter().find_map(|suf| {
            let stem = word.strip_suffix(suf.as_str())?;
            ix.by_first.get(stem)?.iter().find_map(|&id| {
                let e = &ix.entries[id];
                match e.what {
                    What::Ordinal(v) if e.atoms.len() == 1 => Some(v),
                    _ => None,
                }
            })
        })
    }

    /// Whether the text ends at atom `k`: no atom, or punctuation other than a symbol.
    fn ends_at(&mut self, k: usize) -> bool {
        k >= self.atoms.len()
            || (self.atoms[k].kind == AtomKind::Punct
                && self.lookup(k, |w| matches!(w, What::Symbol(_))).is_none())
    }

    /// A scale word of a thousand or more at atom `k` ("million"), or with `of` after a
    /// fraction marker and an article ("of a million", "d'un million"): its value and the atom
    /// after it.
    pub(super) fn big_multiplier(&mut self, k: usize, of: bool) -> Option<(u64, usize)> {
        let big = |w| matches!(w, What::Multiplier { value, .. } if value >= 1000);
        if let Some((What::Multiplier { value, .. }, q)) = self.lookup(k, big) {
            return Some((value, k + q));
        }
        if !of {
            return None;
        }
        let (_, m) = self.lookup(k, |w| w == What::FractionMarker)?;
        let (_, a) = self.lookup(k + m, |w| {
            matches!(w, What::Article | What::Number { article: true, .. })
        })?;
        match self.lookup(k + m + a, big)? {
            (What::Multiplier { value, .. }, q) => Some((value, k + m + a + q)),
            _ => None,
        }
    }

    /// "un sur trois", "two out of five", "one in ten": a count out of a total.
    pub(super) fn ratio_tail(&mut self, fig: &mut Fig) {
        if fig.ordinal || fig.scaled || fig.fraction.is_some() || fig.value.e != 0 {
            return;
        }
        let Some(num) = fig.value.to_i64() else {
            return;
        };
        let Some((w, n)) = self.lookup(fig.next, |w| matches!(w, What::Ratio { .. })) else {
            return;
        };
        if matches!(w, What::Ratio { unit_only: true }) && num != 1 {
            return;
        }
        let Some((den, after)) = self.count_at(fig.next + n) else {
            return;
        };
        if den == 0 || den < num as u128 {
            return;
        }
        fig.fraction = Some(num as f64 / den as f64);
        fig.next = after;
        fig.end = self.atoms[after - 1].end;
    }

    /// A whole count at atom `k`, in digits or words, that is not a year: its value and the
    /// atom after it.
    fn count_at(&mut self, k: usize) -> Option<(u128, usize)> {
        let a = *self.atoms.get(k)?;
        if a.kind == AtomKind::Digits {
            let Lexed::Num { end, dec } =
                lex_digits(self.doc.text, a.start, self.doc.body.end, self.ix)
            else {
                return None;
            };
            if dec.e != 0 || self.glued_after(end) {
                return None;
            }
            let year = end - a.start == 4 && (1000..3000).contains(&dec.m);
            return (!year).then_some((dec.m, self.atom_after(k, end)));
        }
        let (after, st) = self.parse_words_until(k, usize::MAX)?;
        // "number one in a hearing": an article alone counts nothing.
        if st.ordinal
            || st.approx
            || st.last == Last::Article
            || (st.elements == 1 && st.article_first)
        {
            return None;
        }
        Some((st.value()?, after))
    }
}
