//! What is around a numeral: whether a lone number word is a figure there, what makes it a
//! percentage, an amount (symbol, currency word, code), a time or points, and its qualifier or
//! negative word; `finish` and `emit` turn a `Fig` into a claim.

use super::scan::{Fig, Scan};
use crate::knowledge::lang::figures::What;
use crate::model::{ClaimKind, Qualifier, Span, Value};
use crate::text::AtomKind;

impl Scan<'_, '_> {
    /// Whether the lone number word at atom `i` is a figure where it stands.
    pub(super) fn context_allows(&mut self, i: usize, end: usize) -> bool {
        let Some(c) = self.ix.context.get(self.low(i)) else {
            return true;
        };
        let prev = i.checked_sub(1);
        if self.word_in(prev, &c.not_after) || self.word_in(Some(end), &c.not_before) {
            return false;
        }
        c.only_after.is_empty() || self.word_in(prev, &c.only_after)
    }

    /// Reads what is around a numeral and emits its claim.
    pub(super) fn finish(&mut self, mut fig: Fig) {
        let floor = self.floor;
        let mut kind = if fig.ordinal {
            ClaimKind::Ordinal
        } else {
            ClaimKind::Number
        };
        let mut currency: Option<usize> = None;
        let mut first = fig.first;
        let mut next = fig.next;
        let mut end = fig.end;
        if !fig.ordinal {
            if !fig.scaled {
                if let Some((_, n)) = self.lookup(next, |w| w == What::PercentPoints) {
                    // Percentage points are a difference of percentages, not one.
                    self.floor = next + n;
                    self.emit(fig, ClaimKind::Number, None, fig.first, fig.end, floor);
                    return;
                }
                if let Some((_, n)) = self.lookup(next, |w| w == What::Percent)
                    && !self.glued_to_word(next + n - 1)
                {
                    kind = ClaimKind::Percent;
                    next += n;
                    end = self.atoms[next - 1].end;
                }
            }
            if kind == ClaimKind::Number {
                if let Some(code) = fig.currency {
                    currency = Some(code);
                    kind = ClaimKind::Money;
                } else if let Some((What::Symbol(code), at)) =
                    // A symbol before the amount wins: in "$5 $6" the second "$" is the next one's.
                    self.lookup_before(fig.first, floor, |w| {
                            matches!(w, What::Symbol(_))
                        })
                {
                    currency = Some(code);
                    kind = ClaimKind::Money;
                    first = at;
                } else {
                    let mut c = next;
                    if fig.scaled
                        && let Some((_, n)) = self.lookup(c, |w| w == What::Link)
                    {
                        c += n;
                    }
                    let scaled = fig.unit >= 1000;
                    if let Some((w, n)) = self.lookup(c, |w| {
                        matches!(w, What::Symbol(_) | What::CurrencyWord(_))
                            || (scaled && matches!(w, What::ScaledCurrencyWord(_)))
                    }) && !self.glued_to_digits(c + n)
                    {
                        if let What::Symbol(code)
                        | What::CurrencyWord(code)
                        | What::ScaledCurrencyWord(code) = w
                        {
                            currency = Some(code);
                        }
                        kind = ClaimKind::Money;
                        next = c + n;
                        end = self.atoms[next - 1].end;
                        // "75 USD million": a scale word after a code.
                        if !fig.scaled
                            && matches!(w, What::Symbol(_))
                            && let Some((What::Multiplier { value, .. }, m)) =
                                self.lookup(next, |w| {
                                    matches!(w, What::Multiplier { value, digits: true, .. } if value >= 1000)
                                })
                            && let Some(v) = fig.value.scale(value)
                        {
                            fig.value = v;
                            fig.scaled = true;
                            fig.fraction = fig.fraction.map(|f| f * value as f64);
                            next += m;
                            end = self.atoms[next - 1].end;
                        }
                        if fig.fraction.is_none()
                            && matches!(w, What::CurrencyWord(_) | What::Symbol(_))
                            && let Some((value, after)) = self.cents(first, next, fig.value)
                        {
                            fig.value = value;
                            next = after;
                            end = self.atoms[next - 1].end;
                        }
                    }
                }
            }
            // "120 MEUR", "MAUD 60": a code that carries a scale.
            if let Some(&(_, scale)) = currency.and_then(|c| self.ix.codes.get(c))
                && scale > 1
                && !fig.scaled
                && let Some(v) = fig.value.scale(scale)
            {
                fig.value = v;
                fig.fraction = fig.fraction.map(|f| f * scale as f64);
            }
            if kind != ClaimKind::Money
                && let Some((value, e, n)) = fig.money_scale
            {
                // "5 M" without a currency: M is not a million here.
                if e == usize::MAX {
                    self.floor = n;
                    return;
                }
                fig.value = value;
                end = e;
                next = n;
                fig.end = e;
            }
            if kind == ClaimKind::Number
                && !fig.scaled
                && let Some((_, n)) = self.lookup(next, |w| w == What::Time)
            {
                // "14 h 30": the minutes go with the hour.
                let after = next + n;
                let minutes =
                    after < self.atoms.len() && self.atoms[after].kind == AtomKind::Digits;
                self.floor = after + usize::from(minutes);
                return;
            }
        }
        self.floor = next;
        let start = if first < fig.first {
            self.atoms[first].start
        } else {
            fig.start
        };
        fig.start = start;
        self.emit(fig, kind, currency, first, end, floor);
    }

    fn emit(
        &mut self,
        fig: Fig,
        kind: ClaimKind,
        currency: Option<usize>,
        first: usize,
        end: usize,
        floor: usize,
    ) {
        let sign = if fig.negative { -1.0 } else { 1.0 };
        let value = match kind {
            ClaimKind::Ordinal => match fig.value.to_i64() {
                Some(v) => Value::Ordinal(v),
                None => return,
            },
            _ => {
                let Some(v) = fig.fraction.or_else(|| fig.value.to_f64()) else {
                    return;
                };
                let v = sign * v;
                match kind {
                    ClaimKind::Percent => Value::Percent(v),
                    ClaimKind::Money => Value::Money {
                        amount: v,
                        currency: currency
                            .and_then(|c| self.ix.codes.get(c))
                            .map(|c| c.0.clone())
                            .unwrap_or_default(),
                    },
                    _ => Value::Number(v),
                }
            }
        };
        let is_qualifier = |w| matches!(w, What::Qualifier(_));
        let mut qualifier = self.lookup_before(first, floor, is_qualifier);
        let mut start = fig.start;
        let mut value = value;
        if qualifier.is_none()
            && !fig.negative
            && kind != ClaimKind::Ordinal
            && let Some((_, at)) = self.lookup_before(first, floor, |w| w == What::Negative)
        {
            // "minus five", "moins 5" — but "au moins 5" is a bound, found above.
            start = self.atoms[at].start;
            value = match value {
                Value::Number(v) => Value::Number(-v),
                Value::Percent(v) => Value::Percent(-v),
                Value::Money { amount, currency } => Value::Money {
                    amount: -amount,
                    currency,
                },
                v => v,
            };
            qualifier = self.lookup_before(at, floor, is_qualifier);
        }
        let qualifier = match qualifier {
            Some((What::Qualifier(q), _)) => Some(q),
            _ if fig.approx => Some(Qualifier::Approx),
            _ => None,
        };
        let mut claim = self.doc.claim(kind, Span::new(start, end), value);
        claim.qualifier = qualifier;
        self.out.push(claim);
    }
}
