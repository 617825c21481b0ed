//! Numerals written in words: `at_words` runs the grammar of `words.rs` over the atoms ("deux cent
//! mille", "twenty-one", "une centaine"), with spoken decimals ("five point five"). Fractions in
//! words ("trois quarts") are in `fractions.rs`.

use super::dec::Dec;
use super::digits::vulgar;
use super::scan::{Fig, Scan};
use super::words::{Last, Words};
use crate::knowledge::lang::figures::What;

impl Scan<'_, '_> {
    /// A numeral written in words at atom `i`.
    pub(super) fn at_words(&mut self, i: usize) -> Option<usize> {
        let a = self.atoms[i];
        let mut chars = self.doc.text[a.start..a.end].chars();
        if let (Some(v), None) = (chars.next().and_then(vulgar), chars.next()) {
            let mut fig = Fig::new(i, i + 1, a.start, a.end, Dec::int(0));
            fig.fraction = Some(v);
            self.finish(fig);
            return Some(self.floor);
        }
        // The entry at `i`, read once for the three forms below.
        let first = self.element(i)?;
        if matches!(first.0, What::Connector) {
            return None;
        }
        // "half a million", "half a dozen"
        if let (What::Fraction(den), n) = first
            && let Some((What::Article | What::Number { article: true, .. }, m)) =
                self.element(i + n)
            && let Some((What::Multiplier { value, .. }, q)) = self.element(i + n + m)
        {
            let next = i + n + m + q;
            let mut fig = Fig::new(
                i,
                next,
                self.atoms[i].start,
                self.atoms[next - 1].end,
                Dec::int(0),
            );
            fig.fraction = Some(value as f64 / den as f64);
            fig.scaled = value >= 1000;
            fig.unit = value;
            self.finish(fig);
            return Some(self.floor);
        }
        // "quarter million", "half million": a fraction word alone before a scale word.
        let bare = match first {
            (What::Fraction(den), n) => Some((1.0 / den as f64, i + n))
                .filter(|&(_, next)| self.big_multiplier(next, false).is_some()),
            _ => None,
        };
        // Read once for a fraction ("trois quarts") and, failing one, for a numeral.
        let parsed = self.parse_words(i);
        if let Some((v, next)) = bare.or_else(|| self.fraction_parsed(i, false, parsed)) {
            // "a quarter million", "three quarters billion", "two thirds of a million"
            let (v, next, unit) = match self.big_multiplier(next, true) {
                Some((value, q)) => (v * value as f64, q, value),
                _ => (v, next, 1),
            };
            let mut fig = Fig::new(
                i,
                next,
                self.atoms[i].start,
                self.atoms[next - 1].end,
                Dec::int(0),
            );
            fig.fraction = Some(v);
            fig.scaled = unit >= 1000;
            fig.unit = unit;
            self.finish(fig);
            return Some(self.floor);
        }
        let (end_k, st) = parsed?;
        let value = st.value()?;
        let mut fig = Fig::new(
            i,
            end_k,
            self.atoms[i].start,
            self.atoms[end_k - 1].end,
            Dec::int(value),
        );
        fig.ordinal = st.ordinal;
        fig.approx = st.approx;
        if let Last::Scale(v) = st.last {
            fig.scaled = true;
            fig.unit = v;
        }
        if !fig.ordinal && st.last != Last::Article {
            self.fraction_tail(&mut fig);
            self.ratio_tail(&mut fig);
        }
        // "five point five", "deux cent virgule trois"
        let mut spoken = false;
        if !fig.ordinal
            && !st.approx
            && fig.fraction.is_none()
            && st.last != Last::Article
            && !matches!(st.last, Last::Scale(_))
            && let Some((_, n)) = self.lookup(end_k, |w| w == What::DecimalWord)
            && let Some((digits, len, after)) = self.spoken_digits(end_k + n)
            && let Some(m) = 10u128
                .checked_pow(len)
                .and_then(|p| value.checked_mul(p))
                .and_then(|v| v.checked_add(digits))
        {
            fig.value = Dec {
                m,
                e: -(len as i32),
            };
            fig.next = after;
            fig.end = self.atoms[after - 1].end;
            spoken = true;
            self.scale_words_after(&mut fig);
        }
        let lone = st.elements == 1 && fig.fraction.is_none() && !spoken;
        if st.last == Last::Article || (lone && st.article_first) {
            return None;
        }
        if lone && !self.context_allows(i, end_k) {
            return None;
        }
        if st.approx {
            // "une centaine de", never "une quarantaine" (quarantine) on its own.
            let linked = self.lookup(end_k, |w| w == What::Link).is_some()
                || self
                    .lookup(end_k, |w| {
                        matches!(w, What::CurrencyWord(_) | What::Symbol(_))
                    })
                    .is_some();
            if st.article_first && !linked {
                return None;
            }
            fig.scaled = true;
        }
        if fig.ordinal && st.article_first && st.elements == 2 && value >= 100 {
            // "a hundredth", "un millième": a fraction, not a rank.
            fig.ordinal = false;
            fig.fraction = Some(1.0 / value as f64);
        }
        if fig.ordinal && st.article_first && st.elements == 2 {
            // "a hundredth": the article is not part of the ordinal.
            fig.first = i + 1;
            fig.start = self.atoms[i + 1].start;
        }
        self.finish(fig);
        Some(self.floor)
    }

    /// The element of the number-word grammar at atom `k`.
    pub(super) fn element(&mut self, k: usize) -> Option<(What, usize)> {
        self.lookup(k, What::is_numeral_part)
    }

    /// Parses number words from atom `i`: the atom after the longest numeral and the grammar
    /// state there, or `None` when no numeral starts at `i`.
    pub(super) fn parse_words(&mut self, i: usize) -> Option<(usize, Words)> {
        let found = self.parse_words_until(i, usize::MAX)?;
        // "cinq milliards et trois quarts" is 5.75 billions, not a 5000000003rd quarter: a
        // proper fraction after a connector takes the connector for itself ("a hundred and
        // thirty fifths" stays 130 fifths).
        if let Some(c) = found.1.connector_at
            && !found.1.ordinal
            && self.denominator(found.0).is_some()
            && let Some((_, n)) = self.lookup(c, |w| w == What::Connector)
            && self.fraction_at(c + n, true).is_some_and(|(v, _)| v < 1.0)
        {
            return self.parse_words_until(i, c);
        }
        Some(found)
    }

    pub(super) fn parse_words_until(&mut self, i: usize, limit: usize) -> Option<(usize, Words)> {
        let mut st = Words::default();
        let mut k = i;
        let mut best = None;
        loop {
            // "fifty - two": a spaced hyphen between a tens word and a unit.
            if st.last == Last::Add
                && st.last_add >= 20
                && st.last_add.is_multiple_of(10)
                && k + 1 < limit
                && self.spaced_hyphen(k)
                && let Some((What::Number { value, .. }, n)) = self.element(k + 1)
                && value < 10
            {
                let mut s2 = st;
                if s2.apply(What::Number {
                    value,
                    article: false,
                }) {
                    st = s2;
                    k += 1 + n;
                    best = Some((k, st));
                    continue;
                }
            }
            if k >= limit {
                break;
            }
            let Some((w, n)) = self.element(k) else { break };
            let mut s2 = st;
            if w == What::Connector {
                s2.connector_at = Some(k);
                if !st.connectable() {
                    break;
                }
                let Some((w2, n2)) = self.element(k + n) else {
                    break;
                };
                // After a tens word a connector joins only some units ("vingt et un").
                let unit = match w2 {
                    What::Number { value, .. } | What::Ordinal(value) => Some(value),
                    _ => None,
                };
                if st.last == Last::Add
                    && !unit.is_some_and(|v| self.ix.connector_units.contains(&v))
                {
                    break;
                }
                if !s2.apply(w2) {
                    break;
                }
                k += n + n2;
            } else {
                if !s2.apply(w) {
                    break;
                }
                k += n;
            }
            st = s2;
            best = Some((k, st));
            if st.ordinal {
                break;
            }
        }
        best
    }

    /// The digits after a spoken decimal mark: digit words one by one ("nought four"), or one
    /// number below a hundred read as its digits ("point eleven", "virgule cinquante-deux").
    /// Returns them as an integer, their count and the atom after them.
    fn spoken_digits(&mut self, k: usize) -> Option<(u128, u32, usize)> {
        let (mut m, mut len, mut j) = (0u128, 0u32, k);
        while len < 18
            && let Some((What::Number { value, .. }, n)) = self.element(j)
            && value < 10
        {
            m = m * 10 + u128::from(value);
            len += 1;
            j += n;
        }
        if len == 0
            && let Some((after, st)) = self.parse_words_until(j, usize::MAX)
            && !st.ordinal
            && let Some(v) = st.value()
            && (10..100).contains(&v)
        {
            return Some((v, 2, after));
        }
        (len > 0).then_some((m, len, j))
    }
}
