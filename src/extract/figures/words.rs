//! The number-word grammar: `Words` adds units and tens, multiplies by "cent"/"hundred" and closes
//! groups on scale words, one element (`What`) at a time. It reads no text: finding the words in
//! the atoms is done in `at_words.rs`.

use crate::knowledge::lang::figures::What;

/// The state of the number-word grammar.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Words {
    /// Closed groups ("deux millions" in "deux millions trois cents").
    total: u128,
    /// The group being built (< 1000 for hundreds).
    group: u128,
    pub(super) last_add: u64,
    pub(super) last: Last,
    last_scale: u64,
    pub(super) elements: usize,
    pub(super) article_first: bool,
    pub(super) approx: bool,
    pub(super) ordinal: bool,
    /// The atom of the last connector used ("et" in "cinq milliards et trois").
    pub(super) connector_at: Option<usize>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub(super) enum Last {
    #[default]
    Start,
    Article,
    Add,
    Mult(u64),
    Scale(u64),
}

fn is_pow10(mut v: u64) -> bool {
    while v >= 10 && v.is_multiple_of(10) {
        v /= 10;
    }
    v == 1
}

impl Words {
    pub(super) fn value(&self) -> Option<u128> {
        self.total.checked_add(self.group)
    }

    pub(super) fn apply(&mut self, w: What) -> bool {
        let ok = match w {
            What::Article if self.last == Last::Start => {
                self.last = Last::Article;
                self.group = 1;
                self.article_first = true;
                true
            }
            What::Number { value, article } => {
                if self.last == Last::Start && article {
                    self.article_first = true;
                }
                self.add(value)
            }
            What::Multiplier {
                value, standalone, ..
            } => self.mult(value, standalone),
            What::Approximate(v) => {
                // A count is needed: "une centaine", never "centaine" alone.
                self.last != Last::Start && self.mult(v, false) && {
                    self.approx = true;
                    true
                }
            }
            What::Ordinal(v) => {
                let ok = if v < 100 {
                    self.add(v)
                } else {
                    self.mult(v, true)
                };
                self.ordinal = ok;
                ok
            }
            _ => false,
        };
        if ok {
            self.elements += 1;
        }
        ok
    }

    fn add(&mut self, v: u64) -> bool {
        let ok = match self.last {
            Last::Start | Last::Scale(_) => true,
            // "vingt-trois", "soixante-dix-sept", "quatre-vingt-dix-neuf"
            Last::Add => {
                self.last_add >= 10
                    && self.last_add.is_multiple_of(10)
                    && v < self.last_add
                    && v < 20
            }
            Last::Mult(m) => is_pow10(m) && u128::from(v) < u128::from(m),
            Last::Article => false,
        };
        if ok {
            self.group += u128::from(v);
            self.last_add = v;
            self.last = Last::Add;
        }
        ok
    }

    fn mult(&mut self, v: u64, standalone: bool) -> bool {
        let v128 = u128::from(v);
        if v < 1000 {
            if matches!(self.last, Last::Mult(_)) || self.group >= 100 {
                return false;
            }
            let count = if self.group > 0 {
                self.group
            } else if standalone {
                1
            } else {
                return false;
            };
            let Some(g) = count.checked_mul(v128) else {
                return false;
            };
            self.group = g;
            self.last = Last::Mult(v);
            return true;
        }
        if self.group == 0 {
            match self.last {
                // "mille milliards"
                Last::Scale(s) if v > s && self.total > 0 => {
                    let Some(t) = self.total.checked_mul(v128) else {
                        return false;
                    };
                    self.total = t;
                    self.last = Last::Scale(v);
                    self.last_scale = v;
                    return true;
                }
                Last::Start if standalone => self.group = 1,
                _ => return false,
            }
        }
        let t = if self.last_scale == 0 || v < self.last_scale {
            self.group
                .checked_mul(v128)
                .and_then(|g| self.total.checked_add(g))
        } else if v > self.last_scale {
            self.total
                .checked_add(self.group)
                .and_then(|t| t.checked_mul(v128))
        } else {
            None
        };
        let Some(t) = t else { return false };
        self.total = t;
        self.group = 0;
        self.last = Last::Scale(v);
        self.last_scale = v;
        true
    }

    pub(super) fn connectable(&self) -> bool {
        match self.last {
            Last::Add => self.last_add >= 20 && self.last_add.is_multiple_of(10),
            Last::Mult(_) | Last::Scale(_) => true,
            _ => false,
        }
    }
}
