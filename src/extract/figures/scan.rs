//! The scanner: `Scan` (the document, its atoms, the claims so far) and `Fig` (a numeral before its
//! context is read), with the atom helpers every reader shares: text and characters around an
//! atom, glue and hyphen tests, lookups in the word tables. No reading of numerals here.

use super::dec::Dec;
use super::digits::{is_joiner, vulgar};
use crate::extract::doc::Doc;
use crate::knowledge::lang::figures::{Entry, Index, What};
use crate::model::Claim;
use crate::text::{Atom, AtomKind, Forms, Token, atomize, is_hyphen};

/// A numeral found in the text, before its context is read.
#[derive(Debug, Clone, Copy)]
pub(super) struct Fig {
    /// First atom of the numeral (sign included), and the atom after it.
    pub(super) first: usize,
    pub(super) next: usize,
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) value: Dec,
    pub(super) negative: bool,
    pub(super) ordinal: bool,
    /// Ends with a scale word, so "de dollars" may follow.
    pub(super) scaled: bool,
    pub(super) approx: bool,
    /// A money-only abbreviation ("M", "m") and where the figure ends without it.
    pub(super) money_scale: Option<(Dec, usize, usize)>,
    /// A value that is not a decimal ("trois quarts", "un million et demi").
    pub(super) fraction: Option<f64>,
    /// The last scale word's value ("million" in "un million et demi"), else 1.
    pub(super) unit: u64,
    /// A currency code glued to the digits ("115USD", "USD115").
    pub(super) currency: Option<usize>,
}

impl Fig {
    pub(super) fn new(first: usize, next: usize, start: usize, end: usize, value: Dec) -> Fig {
        Fig {
            first,
            next,
            start,
            end,
            value,
            negative: false,
            ordinal: false,
            scaled: false,
            approx: false,
            money_scale: None,
            fraction: None,
            unit: 1,
            currency: None,
        }
    }
}

pub(super) struct Scan<'d, 'a> {
    pub(super) doc: &'d Doc<'a>,
    pub(super) ix: &'d Index,
    pub(super) atoms: Vec<Atom>,
    /// Every atom lowercase (`char::to_lowercase`). An ASCII atom without capitals, as most
    /// are, is its own lowercase and is not copied.
    pub(super) lower: Forms,
    /// The entries each word or punctuation atom starts (`Index::by_first`), looked up once.
    pub(super) firsts: Vec<Option<&'d [usize]>>,
    pub(super) out: Vec<Claim>,
    /// Atoms before this one belong to an earlier figure.
    pub(super) floor: usize,
}

impl<'d, 'a> Scan<'d, 'a> {
    pub(super) fn new(doc: &'d Doc<'a>, ix: &'d Index) -> Scan<'d, 'a> {
        let atoms = atomize(doc.text, &doc.tokens);
        // Capitalised words and words with accents: a few in ten atoms.
        let mut lower = Forms::with_capacity(atoms.len(), (doc.body.end - doc.body.start) / 4);
        let mut firsts = Vec::with_capacity(atoms.len());
        for a in &atoms {
            if a.lowercase() {
                // Its own lowercase: most such atoms start no entry, told from their bytes.
                lower.push_same(a.start, a.end);
                let bytes = &doc.text.as_bytes()[a.start..a.end];
                firsts.push(match a.kind {
                    AtomKind::Digits => None,
                    _ if !ix.first_filter.may_hold_bytes(bytes) => None,
                    _ => ix
                        .by_first
                        .get(&doc.text[a.start..a.end])
                        .map(Vec::as_slice),
                });
                continue;
            }
            let t = &doc.text[a.start..a.end];
            debug_assert_eq!(a.shape & Token::NON_ASCII == 0, t.is_ascii());
            let low = lower.push_with(|out| {
                if a.shape & Token::NON_ASCII == 0 {
                    let from = out.len();
                    out.push_str(t);
                    out[from..].make_ascii_lowercase();
                } else {
                    out.extend(t.chars().flat_map(char::to_lowercase));
                }
            });
            firsts.push(match a.kind {
                AtomKind::Digits => None,
                _ if !ix.first_filter.may_hold(low) => None,
                _ => ix.by_first.get(low).map(Vec::as_slice),
            });
        }
        Scan {
            doc,
            ix,
            atoms,
            lower,
            firsts,
            out: Vec::new(),
            floor: 0,
        }
    }

    /// Whether word atom `k` can start no figure: it starts no entry of the word tables
    /// (`at_words` reads nothing else but a vulgar fraction, "½"), and it holds no digit
    /// (`at_glued_code` reads a code glued to digits, "USD115").
    pub(super) fn plain_word(&self, k: usize) -> bool {
        if self.firsts[k].is_some() {
            return false;
        }
        let a = self.atoms[k];
        if a.shape & Token::DIGIT != 0 {
            return false;
        }
        let bytes = &self.doc.text.as_bytes()[a.start..a.end];
        // Vulgar fractions are not ASCII: a word that starts with an ASCII byte is none.
        if bytes.first().is_some_and(u8::is_ascii) {
            return true;
        }
        let mut chars = self.text(k).chars();
        let vulgar_alone = matches!(
            (chars.next().and_then(vulgar), chars.next()),
            (Some(_), None)
        );
        !vulgar_alone
    }

    /// Atom `k` lowercase.
    pub(super) fn low(&self, k: usize) -> &str {
        self.lower.get(self.doc.text, k)
    }
}

impl Scan<'_, '_> {
    pub(super) fn text(&self, k: usize) -> &str {
        let a = self.atoms[k];
        &self.doc.text[a.start..a.end]
    }

    pub(super) fn char_before(&self, at: usize) -> Option<char> {
        if at <= self.doc.body.start {
            return None;
        }
        self.doc.text[..at].chars().next_back()
    }

    pub(super) fn char_at(&self, at: usize) -> Option<char> {
        if at >= self.doc.body.end {
            return None;
        }
        self.doc.text[at..].chars().next()
    }

    /// Whether the data entry matches the atoms from `k`.
    fn entry_matches(&self, e: &Entry, k: usize) -> bool {
        if k + e.atoms.len() > self.atoms.len() {
            return false;
        }
        // "5 $ c'est": an elided word is not the end of a symbol ("$ c" is a Canadian dollar).
        let last = self.atoms[k + e.atoms.len() - 1];
        if e.exact_case
            && e.atoms.len() > 1
            && last.kind == AtomKind::Word
            && self
                .char_at(last.end)
                .is_some_and(|c| matches!(c, '\'' | '’' | 'ʼ'))
        {
            return false;
        }
        e.atoms.iter().enumerate().all(|(n, a)| {
            let t = self.text(k + n);
            if e.exact_case {
                t == a && (!e.glued[n] || self.atoms[k + n - 1].end == self.atoms[k + n].start)
            } else {
                self.low(k + n) == a
            }
        })
    }

    /// The longest data entry at atom `k` accepted by `pred`, with its length in atoms.
    pub(super) fn lookup(
        &mut self,
        k: usize,
        pred: impl Fn(What) -> bool,
    ) -> Option<(What, usize)> {
        if k >= self.atoms.len() || self.atoms[k].kind == AtomKind::Digits {
            return None;
        }
        let list = self.firsts[k]?;
        list.iter()
            .map(|&id| &self.ix.entries[id])
            .find(|e| pred(e.what) && self.entry_matches(e, k))
            .map(|e| (e.what, e.atoms.len()))
    }

    /// The longest entry accepted by `pred` that ends just before atom `k`, not reaching back
    /// into an earlier figure; returns it and its first atom.
    pub(super) fn lookup_before(
        &self,
        k: usize,
        floor: usize,
        pred: impl Fn(What) -> bool,
    ) -> Option<(What, usize)> {
        // Only the entries whose last atom is the one before `k` can end there.
        let candidates = k
            .checked_sub(1)
            .and_then(|p| self.ix.before_by_last.get(self.low(p)))?;
        candidates.iter().find_map(|&id| {
            let e = &self.ix.entries[id];
            let n = e.atoms.len();
            (pred(e.what) && k >= floor + n && self.entry_matches(e, k - n))
                .then(|| (e.what, k - n))
        })
    }

    /// Whether atom `k` is the lowercase word `w`... for any `w` of `list`.
    pub(super) fn word_in(&self, k: Option<usize>, list: &[String]) -> bool {
        k.filter(|&k| k < self.atoms.len() && self.atoms[k].kind == AtomKind::Word)
            .is_some_and(|k| list.iter().any(|w| self.low(k) == w))
    }

    /// Whether something is glued at byte `at`: a letter or digit, or a joiner before one
    /// ("/2020", "-b").
    pub(super) fn glued_after(&self, at: usize) -> bool {
        self.char_at(at).is_some_and(|c| {
            c.is_alphanumeric()
                || (is_joiner(c)
                    && self
                        .char_at(at + c.len_utf8())
                        .is_some_and(|d| d.is_alphanumeric()))
        })
    }

    /// Whether atom `k` is digits glued to the atom before it.
    pub(super) fn glued_to_digits(&self, k: usize) -> bool {
        k > 0
            && k < self.atoms.len()
            && self.atoms[k].kind == AtomKind::Digits
            && self.atoms[k - 1].end == self.atoms[k].start
    }

    /// Whether punctuation atom `k` has a letter or digit glued after it ("%2D" in a URL).
    pub(super) fn glued_to_word(&self, k: usize) -> bool {
        self.atoms[k].kind == AtomKind::Punct
            && self
                .char_at(self.atoms[k].end)
                .is_some_and(|c| c.is_alphanumeric())
    }

    pub(super) fn atom_after(&self, i: usize, end: usize) -> usize {
        let mut k = i;
        while k < self.atoms.len() && self.atoms[k].start < end {
            k += 1;
        }
        k
    }

    /// Whether atom `k` is a hyphen standing alone between spaces ("fifty - two").
    pub(super) fn spaced_hyphen(&self, k: usize) -> bool {
        k > 0
            && k + 1 < self.atoms.len()
            && self.atoms[k].kind == AtomKind::Punct
            && is_hyphen(self.char_at(self.atoms[k].start).unwrap_or(' '))
            && self.atoms[k - 1].end < self.atoms[k].start
            && self.atoms[k].end < self.atoms[k + 1].start
    }

    /// Whether atom `k` is a word joined by a hyphen to the atom before ("demi-finale").
    pub(super) fn hyphen_joined(&self, k: usize) -> bool {
        k > 0 && k < self.atoms.len() && self.atoms[k].kind == AtomKind::Word && {
            let mut between = self.doc.text[self.atoms[k - 1].end..self.atoms[k].start].chars();
            matches!((between.next(), between.next()), (Some(c), None) if is_hyphen(c))
        }
    }
}
