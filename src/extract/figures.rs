//! Figures: numbers ("1,5", "1 500", "deux cent mille"), money ("1,5 milliard de dollars",
//! "$1.5bn"), percentages ("10 %", "ten percent") and ordinals ("10e", "10th", "vingtième").
//!
//! This module owns the `[figures]` section of the language files (`FigureWords`) and the
//! figures extractor. Numerals written with digits are read in either locale's format; numerals
//! written in words go through one small grammar whose words all come from the language data
//! (units and tens add up, "cent"/"hundred" multiply the current group, scale words close it),
//! so French and English — and a third language — share the code. Around each numeral the
//! extractor looks for what makes it a percentage, an amount, an ordinal or a mere identifier,
//! and for a qualifier ("environ", "more than") kept on the claim but outside its span.

use std::collections::{BTreeMap, HashMap};
use std::sync::OnceLock;

use serde::Deserialize;

use super::Doc;
use crate::model::{Claim, ClaimKind, Qualifier, Span, Value};
use crate::text::{TokKind, Token, tokenize};

/// The `[figures]` section of a language file. Every key is optional so that a new language
/// can start small; `rules/lang/fr.toml` documents each one.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct FigureWords {
    /// The language's decimal mark, `","` or `"."`.
    pub decimal_mark: String,
    /// Space characters that separate groups of three digits ("1 500").
    pub group_separators: Vec<String>,
    /// Number words that add up: units, teens, tens ("dix", "twenty", "quatre-vingt").
    pub numbers: BTreeMap<String, u64>,
    /// Words that multiply what precedes them ("cent", "thousand", "milliards", "dozen").
    pub multipliers: BTreeMap<String, u64>,
    /// Multipliers that count without a number before them ("cent", "mille").
    pub standalone_multipliers: Vec<String>,
    /// Nouns of approximate quantity that need a count and a link ("une centaine de").
    pub approximate: BTreeMap<String, u64>,
    /// Articles: a count of one only before a multiplier ("un million", "a dozen").
    pub articles: Vec<String>,
    /// Words joining parts of a numeral ("vingt et un", "a hundred and five").
    pub connectors: Vec<String>,
    /// Words joining a scale word or approximate noun to what it counts ("millions de").
    pub links: Vec<String>,
    /// Ordinal words ("premier", "twentieth").
    pub ordinals: BTreeMap<String, u64>,
    /// Fraction words with their denominator ("tiers", "quarter").
    pub fractions: BTreeMap<String, u64>,
    /// Plural endings of ordinal words used as denominators ("cinquièmes", "fifths").
    pub plural_suffixes: Vec<String>,
    /// Words after "un cinquième" that make it a fraction rather than an ordinal ("des", "of").
    pub fraction_markers: Vec<String>,
    /// Contexts in which a lone number or ordinal word is not a figure.
    pub context: BTreeMap<String, WordContext>,
    /// Scale abbreviations after digits, case-sensitive ("Md", "bn", "k").
    pub scale_abbreviations: BTreeMap<String, u64>,
    /// Scale abbreviations that only count in an amount of money ("M€", "$5m").
    pub money_scale_abbreviations: BTreeMap<String, u64>,
    /// Endings glued to digits that make an ordinal ("e", "er", "th").
    pub ordinal_suffixes: Vec<String>,
    /// What follows a number to make a percentage ("%", "pour cent").
    pub percent: Vec<String>,
    /// Percentage points, which are not percentages.
    pub percent_points: Vec<String>,
    /// Currency symbols and codes, case-sensitive, before or after the amount → ISO 4217.
    pub currency_symbols: BTreeMap<String, String>,
    /// Currency names, any case, after the amount → ISO 4217.
    pub currency_words: BTreeMap<String, String>,
    /// What after a number makes it a time of day ("h", "p.m.").
    pub time_markers: Vec<String>,
    pub qualifiers: QualifierWords,
    #[serde(skip)]
    index: OnceLock<Index>,
}

/// When a lone number or ordinal word is not a figure, by the word just before or after it.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct WordContext {
    pub not_after: Vec<String>,
    pub not_before: Vec<String>,
    /// When not empty, the word is a figure only right after one of these.
    pub only_after: Vec<String>,
}

/// Words before a figure that bound or approximate it.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct QualifierWords {
    pub approx: Vec<String>,
    pub more_than: Vec<String>,
    pub at_least: Vec<String>,
    pub less_than: Vec<String>,
    pub at_most: Vec<String>,
}

/// What a word or phrase of the language data means to the extractor.
#[derive(Debug, Clone, Copy, PartialEq)]
enum What {
    Number {
        value: u64,
        article: bool,
    },
    Article,
    Multiplier {
        value: u64,
        standalone: bool,
    },
    Approximate(u64),
    Ordinal(u64),
    Fraction(u64),
    Connector,
    Link,
    FractionMarker,
    OrdinalSuffix,
    Scale(u64),
    MoneyScale(u64),
    Percent,
    PercentPoints,
    /// A symbol or code (index into `Index::codes`): before or after the amount.
    Symbol(usize),
    /// A currency name: after the amount only.
    CurrencyWord(usize),
    Time,
    Qualifier(Qualifier),
}

impl What {
    fn is_numeral_part(self) -> bool {
        matches!(
            self,
            What::Number { .. }
                | What::Article
                | What::Multiplier { .. }
                | What::Approximate(_)
                | What::Ordinal(_)
                | What::Fraction(_)
                | What::Connector
        )
    }
}

/// One word or phrase of the data, split into atoms the way article text is.
#[derive(Debug, Clone)]
struct Entry {
    /// Lowercase, unless `exact_case`.
    atoms: Vec<String>,
    exact_case: bool,
    what: What,
}

/// Look-up tables built once from `FigureWords`.
#[derive(Debug, Clone, Default)]
struct Index {
    entries: Vec<Entry>,
    /// Entries by their first atom, lowercase; longest phrases first.
    by_first: HashMap<String, Vec<usize>>,
    /// Entries that can stand before a figure (qualifiers, currency symbols).
    before: Vec<usize>,
    codes: Vec<String>,
    context: HashMap<String, WordContext>,
    plural_suffixes: Vec<String>,
    decimal: char,
    groups: Vec<char>,
}

impl FigureWords {
    fn index(&self) -> &Index {
        self.index.get_or_init(|| Index::build(self))
    }
}

fn lower_all(v: &[String]) -> Vec<String> {
    v.iter().map(|w| w.to_lowercase()).collect()
}

impl Index {
    fn build(w: &FigureWords) -> Index {
        let mut ix = Index {
            decimal: w.decimal_mark.chars().next().unwrap_or('.'),
            groups: w
                .group_separators
                .iter()
                .filter_map(|s| s.chars().next())
                .collect(),
            plural_suffixes: lower_all(&w.plural_suffixes),
            ..Index::default()
        };
        let articles = lower_all(&w.articles);
        let standalone = lower_all(&w.standalone_multipliers);
        for (k, &v) in &w.numbers {
            let article = articles.contains(&k.to_lowercase());
            ix.add(k, false, What::Number { value: v, article });
        }
        for a in &w.articles {
            if !w.numbers.keys().any(|k| k.eq_ignore_ascii_case(a)) {
                ix.add(a, false, What::Article);
            }
        }
        for (k, &v) in &w.multipliers {
            let standalone = standalone.contains(&k.to_lowercase());
            ix.add(
                k,
                false,
                What::Multiplier {
                    value: v,
                    standalone,
                },
            );
        }
        for (k, &v) in &w.approximate {
            ix.add(k, false, What::Approximate(v));
        }
        for (k, &v) in &w.ordinals {
            ix.add(k, false, What::Ordinal(v));
        }
        for (k, &v) in &w.fractions {
            ix.add(k, false, What::Fraction(v));
        }
        let simple: [(&Vec<String>, What, bool); 7] = [
            (&w.connectors, What::Connector, false),
            (&w.links, What::Link, false),
            (&w.fraction_markers, What::FractionMarker, false),
            (&w.ordinal_suffixes, What::OrdinalSuffix, false),
            (&w.percent, What::Percent, false),
            (&w.percent_points, What::PercentPoints, false),
            (&w.time_markers, What::Time, false),
        ];
        for (list, what, exact) in simple {
            for k in list {
                ix.add(k, exact, what);
            }
        }
        for (k, &v) in &w.scale_abbreviations {
            ix.add(k, true, What::Scale(v));
        }
        for (k, &v) in &w.money_scale_abbreviations {
            ix.add(k, true, What::MoneyScale(v));
        }
        for (k, code) in &w.currency_symbols {
            let c = ix.code(code);
            let e = ix.add(k, true, What::Symbol(c));
            ix.before.extend(e);
        }
        for (k, code) in &w.currency_words {
            let c = ix.code(code);
            ix.add(k, false, What::CurrencyWord(c));
        }
        let q = &w.qualifiers;
        for (list, qual) in [
            (&q.approx, Qualifier::Approx),
            (&q.more_than, Qualifier::MoreThan),
            (&q.at_least, Qualifier::AtLeast),
            (&q.less_than, Qualifier::LessThan),
            (&q.at_most, Qualifier::AtMost),
        ] {
            for k in list {
                let e = ix.add(k, false, What::Qualifier(qual));
                ix.before.extend(e);
            }
        }
        for (k, c) in &w.context {
            let lower = |v: &[String]| lower_all(v);
            ix.context.insert(
                k.to_lowercase(),
                WordContext {
                    not_after: lower(&c.not_after),
                    not_before: lower(&c.not_before),
                    only_after: lower(&c.only_after),
                },
            );
        }
        let entries = &ix.entries;
        for list in ix.by_first.values_mut() {
            list.sort_by(|&a, &b| entries[b].atoms.len().cmp(&entries[a].atoms.len()));
        }
        ix.before
            .sort_by(|&a, &b| entries[b].atoms.len().cmp(&entries[a].atoms.len()));
        ix
    }

    fn code(&mut self, code: &str) -> usize {
        match self.codes.iter().position(|c| c == code) {
            Some(i) => i,
            None => {
                self.codes.push(code.to_string());
                self.codes.len() - 1
            }
        }
    }

    /// Adds a phrase of the data; returns its entry number.
    fn add(&mut self, phrase: &str, exact_case: bool, what: What) -> Option<usize> {
        let toks = tokenize(phrase, 0, phrase.len());
        let atoms: Vec<String> = atomize(phrase, 0, &toks)
            .iter()
            .map(|a| {
                let t = &phrase[a.start..a.end];
                if exact_case {
                    t.to_string()
                } else {
                    t.to_lowercase()
                }
            })
            .collect();
        let first = atoms.first()?.to_lowercase();
        let id = self.entries.len();
        self.entries.push(Entry {
            atoms,
            exact_case,
            what,
        });
        self.by_first.entry(first).or_default().push(id);
        Some(id)
    }
}

/// A unit of text as the extractor sees it: a word (hyphenated words split), a run of digits
/// (possibly with glued letters, "10e"), or one punctuation character. Apostrophes are dropped
/// so that "d’euros" reads as "d euros".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Atom {
    start: usize,
    end: usize,
    kind: AtomKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum AtomKind {
    Word,
    Digits,
    Punct,
}

fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}')
}

fn atomize(text: &str, _floor: usize, tokens: &[Token]) -> Vec<Atom> {
    let mut out = Vec::with_capacity(tokens.len());
    for t in tokens {
        let s = t.text(text);
        let first = s.chars().next().unwrap_or(' ');
        match t.kind {
            TokKind::Punct => {
                if !matches!(first, '\'' | '’' | 'ʼ') {
                    out.push(Atom {
                        start: t.span.start,
                        end: t.span.end,
                        kind: AtomKind::Punct,
                    });
                }
            }
            _ if first.is_ascii_digit() => out.push(Atom {
                start: t.span.start,
                end: t.span.end,
                kind: AtomKind::Digits,
            }),
            _ => {
                let mut from = t.span.start;
                for (i, c) in s.char_indices() {
                    if is_hyphen(c) {
                        let at = t.span.start + i;
                        if at > from {
                            out.push(Atom {
                                start: from,
                                end: at,
                                kind: AtomKind::Word,
                            });
                        }
                        from = at + c.len_utf8();
                    }
                }
                if t.span.end > from {
                    out.push(Atom {
                        start: from,
                        end: t.span.end,
                        kind: AtomKind::Word,
                    });
                }
            }
        }
    }
    out
}

/// Case-insensitive comparison with an already lowercase word, without allocating.
fn eq_ci(text: &str, lower: &str) -> bool {
    if text.is_ascii() {
        text.eq_ignore_ascii_case(lower)
    } else {
        text.chars().flat_map(char::to_lowercase).eq(lower.chars())
    }
}

/// A decimal number `m × 10^e`, kept exact until it becomes an `f64`.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Dec {
    m: u128,
    e: i32,
}

impl Dec {
    fn int(m: u128) -> Dec {
        Dec { m, e: 0 }
    }

    /// Multiplies by a scale; powers of ten only move the exponent, so "1,5 milliard" stays
    /// exactly 15 × 10^8.
    fn scale(self, by: u64) -> Option<Dec> {
        let mut p = by;
        let mut k = 0;
        while p >= 10 && p.is_multiple_of(10) {
            p /= 10;
            k += 1;
        }
        if p == 1 {
            return Some(Dec {
                m: self.m,
                e: self.e.checked_add(k)?,
            });
        }
        Some(Dec {
            m: self.m.checked_mul(u128::from(by))?,
            e: self.e,
        })
    }

    fn to_f64(self) -> Option<f64> {
        const POW: [f64; 23] = [
            1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
            1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
        ];
        let v = if self.m < (1u128 << 53) && self.e.unsigned_abs() <= 22 {
            // Both operands are exact, so one rounding gives the nearest double.
            let m = self.m as f64;
            let p = POW[self.e.unsigned_abs() as usize];
            if self.e >= 0 { m * p } else { m / p }
        } else {
            format!("{}e{}", self.m, self.e).parse::<f64>().ok()?
        };
        v.is_finite().then_some(v)
    }

    fn to_i64(self) -> Option<i64> {
        if self.e < 0 {
            return None;
        }
        let mut v = self.m;
        for _ in 0..self.e {
            v = v.checked_mul(10)?;
        }
        i64::try_from(v).ok()
    }
}

/// The result of reading digits.
enum Lexed {
    Num {
        end: usize,
        dec: Dec,
    },
    /// Digits with separators that make no number ("1.2.3", "16.01.2018"): skip up to `end`.
    Bad {
        end: usize,
    },
}

/// Reads a numeral written with digits from `start` (an ASCII digit): groups of three separated
/// by spaces, "." or ","; one decimal mark. A single "." or "," is the language's decimal mark,
/// or, when it is the other one, a thousands separator if exactly three digits follow.
fn lex_digits(text: &str, start: usize, limit: usize, ix: &Index) -> Lexed {
    let b = text.as_bytes();
    let digits_from = |mut p: usize| {
        while p < limit && b[p].is_ascii_digit() {
            p += 1;
        }
        p
    };
    let mut p = digits_from(start);
    let first_len = p - start;
    let mut spaced = false;
    // (mark, position, digits after it)
    let mut marks: [(u8, usize, usize); 8] = [(0, 0, 0); 8];
    let mut n_marks = 0;
    loop {
        if p >= limit {
            break;
        }
        let c = text[p..].chars().next().unwrap_or('\0');
        if n_marks == 0 && first_len <= 3 && ix.groups.contains(&c) {
            let q = p + c.len_utf8();
            let r = digits_from(q);
            if r - q == 3 {
                spaced = true;
                p = r;
                continue;
            }
            break;
        }
        if (c == '.' || c == ',') && p + 1 < limit && b[p + 1].is_ascii_digit() {
            let r = digits_from(p + 1);
            if n_marks == marks.len() {
                return Lexed::Bad { end: r };
            }
            marks[n_marks] = (c as u8, p, r - p - 1);
            n_marks += 1;
            p = r;
            continue;
        }
        break;
    }
    let end = p;
    let marks = &marks[..n_marks];
    let dec = ix.decimal as u32 as u8;
    let grouping = |m: &(u8, usize, usize)| m.2 == 3 && first_len <= 3;
    // The position of the decimal mark, if any.
    let point: Option<usize> = match marks {
        [] => None,
        [only] => {
            if spaced || only.0 == dec || !grouping(only) || b[start] == b'0' {
                Some(only.1)
            } else {
                None
            }
        }
        [init @ .., last] => {
            let g = init[0].0;
            if !init.iter().all(|m| m.0 == g && grouping(m)) {
                return Lexed::Bad { end };
            }
            if last.0 == g {
                if !grouping(last) {
                    return Lexed::Bad { end };
                }
                None
            } else {
                Some(last.1)
            }
        }
    };
    let mut m: u128 = 0;
    let mut e: i32 = 0;
    let mut full = false;
    for (i, &ch) in b[start..end].iter().enumerate() {
        if !ch.is_ascii_digit() {
            continue;
        }
        let after_point = point.is_some_and(|pt| start + i > pt);
        let d = u128::from(ch - b'0');
        match m.checked_mul(10).and_then(|x| x.checked_add(d)) {
            Some(x) if !full => {
                m = x;
                if after_point {
                    e -= 1;
                }
            }
            _ => {
                // Too many digits to keep: drop the tail, keep the magnitude.
                full = true;
                if !after_point {
                    e = e.saturating_add(1);
                }
            }
        }
    }
    Lexed::Num {
        end,
        dec: Dec { m, e },
    }
}

/// The state of the number-word grammar.
#[derive(Debug, Clone, Copy, Default)]
struct Words {
    /// Closed groups ("deux millions" in "deux millions trois cents").
    total: u128,
    /// The group being built (< 1000 for hundreds).
    group: u128,
    last_add: u64,
    last: Last,
    last_scale: u64,
    elements: usize,
    article_first: bool,
    approx: bool,
    ordinal: bool,
}

#[derive(Debug, Clone, Copy, Default, PartialEq)]
enum Last {
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
    fn value(&self) -> Option<u128> {
        self.total.checked_add(self.group)
    }

    fn apply(&mut self, w: What) -> bool {
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
            What::Multiplier { value, standalone } => self.mult(value, standalone),
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

    fn connectable(&self) -> bool {
        match self.last {
            Last::Add => self.last_add >= 20 && self.last_add.is_multiple_of(10),
            Last::Mult(_) | Last::Scale(_) => true,
            _ => false,
        }
    }
}

/// A numeral found in the text, before its context is read.
#[derive(Debug, Clone, Copy)]
struct Fig {
    /// First atom of the numeral (sign included), and the atom after it.
    first: usize,
    next: usize,
    start: usize,
    end: usize,
    value: Dec,
    negative: bool,
    ordinal: bool,
    /// Ends with a scale word, so "de dollars" may follow.
    scaled: bool,
    approx: bool,
    /// A money-only abbreviation ("M", "m") and where the figure ends without it.
    money_scale: Option<(Dec, usize, usize)>,
    /// A fraction's value ("trois quarts").
    fraction: Option<f64>,
}

impl Fig {
    fn new(first: usize, next: usize, start: usize, end: usize, value: Dec) -> Fig {
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
        }
    }
}

struct Scan<'d, 'a> {
    doc: &'d Doc<'a>,
    ix: &'d Index,
    atoms: Vec<Atom>,
    buf: String,
    out: Vec<Claim>,
    /// Atoms before this one belong to an earlier figure.
    floor: usize,
}

pub fn extract(doc: &Doc) -> Vec<Claim> {
    let ix = doc.lang.data.figures.index();
    let mut s = Scan {
        doc,
        ix,
        atoms: atomize(doc.text, doc.body.start, &doc.tokens),
        buf: String::new(),
        out: Vec::new(),
        floor: 0,
    };
    let mut i = 0;
    while i < s.atoms.len() {
        let next = match s.atoms[i].kind {
            AtomKind::Digits => s.at_digits(i),
            AtomKind::Word => s.at_words(i),
            AtomKind::Punct => None,
        };
        i = next.map_or(i + 1, |n| n.max(i + 1));
    }
    s.out
}

impl Scan<'_, '_> {
    fn text(&self, k: usize) -> &str {
        let a = self.atoms[k];
        &self.doc.text[a.start..a.end]
    }

    fn char_before(&self, at: usize) -> Option<char> {
        if at <= self.doc.body.start {
            return None;
        }
        self.doc.text[..at].chars().next_back()
    }

    fn char_at(&self, at: usize) -> Option<char> {
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
        e.atoms.iter().enumerate().all(|(n, a)| {
            let t = self.text(k + n);
            if e.exact_case { t == a } else { eq_ci(t, a) }
        })
    }

    /// The longest data entry at atom `k` accepted by `pred`, with its length in atoms.
    fn lookup(&mut self, k: usize, pred: impl Fn(What) -> bool) -> Option<(What, usize)> {
        if k >= self.atoms.len() || self.atoms[k].kind == AtomKind::Digits {
            return None;
        }
        let a = self.atoms[k];
        self.buf.clear();
        self.buf.extend(
            self.doc.text[a.start..a.end]
                .chars()
                .flat_map(char::to_lowercase),
        );
        let list = self.ix.by_first.get(self.buf.as_str())?;
        list.iter()
            .map(|&id| &self.ix.entries[id])
            .find(|e| pred(e.what) && self.entry_matches(e, k))
            .map(|e| (e.what, e.atoms.len()))
    }

    /// The longest entry accepted by `pred` that ends just before atom `k`, not reaching back
    /// into an earlier figure; returns it and its first atom.
    fn lookup_before(
        &self,
        k: usize,
        floor: usize,
        pred: impl Fn(What) -> bool,
    ) -> Option<(What, usize)> {
        self.ix.before.iter().find_map(|&id| {
            let e = &self.ix.entries[id];
            let n = e.atoms.len();
            (pred(e.what) && k >= floor + n && self.entry_matches(e, k - n))
                .then_some((e.what, k - n))
        })
    }

    /// Whether atom `k` is the lowercase word `w`... for any `w` of `list`.
    fn word_in(&self, k: Option<usize>, list: &[String]) -> bool {
        k.filter(|&k| k < self.atoms.len() && self.atoms[k].kind == AtomKind::Word)
            .is_some_and(|k| list.iter().any(|w| eq_ci(self.text(k), w)))
    }

    /// A numeral written with digits at atom `i`; returns the atom to resume at.
    fn at_digits(&mut self, i: usize) -> Option<usize> {
        let a = self.atoms[i];
        let limit = self.doc.body.end;
        // Glued to a word by a joiner: an identifier ("COVID-19", "C5+1"), a score ("9-3"), a
        // time ("1:32"), a fraction or a version.
        let before = self.char_before(a.start);
        let mut negative = false;
        let mut first = i;
        let mut start = a.start;
        if let Some(p) = before {
            let glued_word = self
                .char_before(a.start - p.len_utf8())
                .is_some_and(|c| c.is_alphanumeric());
            if matches!(
                p,
                '-' | '\u{2010}' | '\u{2011}' | '–' | '—' | '+' | '/' | ':' | '.' | ',' | '−' | '_'
            ) && glued_word
            {
                return None;
            }
            if matches!(p, '-' | '−') && i > self.floor && self.atoms[i - 1].end == a.start {
                negative = true;
                first = i - 1;
                start = self.atoms[i - 1].start;
            }
        }
        let (end, dec) = match lex_digits(self.doc.text, a.start, limit, self.ix) {
            Lexed::Num { end, dec } => (end, dec),
            Lexed::Bad { end } => return Some(self.atom_after(i, end)),
        };
        // The atom holding the last digit.
        let mut last = i;
        while last + 1 < self.atoms.len() && self.atoms[last + 1].start < end {
            last += 1;
        }
        let mut fig = Fig::new(first, last + 1, start, end, dec);
        fig.negative = negative;
        let after = self.char_at(end);
        if after.is_some_and(|c| c.is_alphanumeric()) {
            // Letters glued to the digits: an ordinal or scale suffix, else an identifier.
            let word_end = self.atoms[last].end;
            let suffix = &self.doc.text[end..word_end];
            let what = self.glued_suffix(suffix);
            match what {
                Some(What::OrdinalSuffix) if dec.e == 0 && !negative => fig.ordinal = true,
                Some(What::Scale(v)) => {
                    fig.value = dec.scale(v)?;
                    fig.scaled = true;
                }
                Some(What::MoneyScale(v)) => {
                    fig.money_scale = Some((dec, end, last + 1));
                    fig.value = dec.scale(v)?;
                    fig.scaled = true;
                }
                _ => return Some(last + 1),
            }
            fig.end = word_end;
        } else if after.is_some_and(|c| {
            matches!(
                c,
                '-' | '\u{2010}' | '\u{2011}' | '–' | '/' | ':' | '+' | '×' | '_'
            )
        }) && self
            .char_at(end + after.map_or(1, char::len_utf8))
            .is_some_and(|c| c.is_ascii_digit())
        {
            // "9-3", "18/20", "1:32", "2018-2019": not one figure.
            return Some(last + 1);
        }
        if !fig.ordinal && !fig.scaled {
            self.scale_words_after(&mut fig);
        }
        self.finish(fig);
        Some(self.floor)
    }

    fn atom_after(&self, i: usize, end: usize) -> usize {
        let mut k = i;
        while k < self.atoms.len() && self.atoms[k].start < end {
            k += 1;
        }
        k
    }

    fn glued_suffix(&self, suffix: &str) -> Option<What> {
        let lower = suffix.to_lowercase();
        let list = self.ix.by_first.get(&lower)?;
        list.iter()
            .map(|&id| &self.ix.entries[id])
            .find(|e| {
                e.atoms.len() == 1
                    && matches!(
                        e.what,
                        What::OrdinalSuffix | What::Scale(_) | What::MoneyScale(_)
                    )
                    && (!e.exact_case || e.atoms[0] == suffix)
            })
            .map(|e| e.what)
    }

    /// "1,5 milliard", "3 millions", "300 M€", "2 bn".
    fn scale_words_after(&mut self, fig: &mut Fig) {
        let found = self.lookup(fig.next, |w| {
            matches!(w, What::Multiplier { value, .. } if value >= 1000)
                || matches!(w, What::Scale(_) | What::MoneyScale(_))
        });
        let Some((w, n)) = found else { return };
        let v = match w {
            What::Multiplier { value, .. } | What::Scale(value) | What::MoneyScale(value) => value,
            _ => return,
        };
        let Some(scaled) = fig.value.scale(v) else {
            return;
        };
        if matches!(w, What::MoneyScale(_)) {
            fig.money_scale = Some((fig.value, fig.end, fig.next));
        }
        fig.value = scaled;
        fig.scaled = true;
        fig.next += n;
        fig.end = self.atoms[fig.next - 1].end;
    }

    /// The element of the number-word grammar at atom `k`.
    fn element(&mut self, k: usize) -> Option<(What, usize)> {
        self.lookup(k, What::is_numeral_part)
    }

    /// A numeral written in words at atom `i`.
    fn at_words(&mut self, i: usize) -> Option<usize> {
        let (w0, _) = self.element(i)?;
        if matches!(w0, What::Connector) {
            return None;
        }
        let mut st = Words::default();
        let mut k = i;
        let mut best: Option<(usize, Words)> = None;
        while let Some((w, n)) = self.element(k) {
            let mut s2 = st;
            if w == What::Connector {
                if !st.connectable() {
                    break;
                }
                let Some((w2, n2)) = self.element(k + n) else {
                    break;
                };
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
        let end_k = best.map_or(k, |b| b.0);
        let st = best.map_or(st, |b| b.1);

        // A fraction: "trois quarts", "one fifth", "un tiers", "un cinquième des voix".
        if !st.ordinal && end_k < self.atoms.len() {
            let lone_article = st.last == Last::Article
                || (st.elements == 1 && st.article_first)
                || best.is_none();
            let plural = self.plural_ordinal(end_k);
            let next = self.element(end_k);
            let den = match (next, plural) {
                (Some((What::Fraction(d), n)), _) => Some((d, n, true)),
                (Some((What::Ordinal(d), n)), _) if d >= 3 => Some((d, n, false)),
                (_, Some(d)) if d >= 3 => Some((d, 1, true)),
                _ => None,
            };
            if let Some((den, n, fraction_word)) = den {
                let after = end_k + n;
                let hyphenated = self.hyphen_joined(after);
                let marker = self.lookup(after, |w| w == What::FractionMarker).is_some();
                let count = if best.is_none() { None } else { st.value() };
                let is_fraction = !hyphenated
                    && count.is_some_and(|c| c > 0)
                    && (fraction_word || !lone_article || marker);
                if is_fraction {
                    let c = count.unwrap_or(1) as f64;
                    let mut fig = Fig::new(
                        i,
                        after,
                        self.atoms[i].start,
                        self.atoms[after - 1].end,
                        Dec::int(0),
                    );
                    fig.fraction = Some(c / den as f64);
                    self.finish(fig);
                    return Some(self.floor);
                }
            }
        }
        best?;
        if st.last == Last::Article || (st.elements == 1 && st.article_first) {
            return None;
        }
        if st.elements == 1 && !self.context_allows(i, end_k) {
            return None;
        }
        let value = st.value()?;
        let mut fig = Fig::new(
            i,
            end_k,
            self.atoms[i].start,
            self.atoms[end_k - 1].end,
            Dec::int(value),
        );
        fig.ordinal = st.ordinal;
        fig.scaled = matches!(st.last, Last::Scale(_));
        fig.approx = st.approx;
        if st.approx {
            // "une centaine de", never "une quarantaine" (quarantine) on its own.
            let linked = self.lookup(end_k, |w| w == What::Link).is_some()
                || self
                    .lookup(end_k, |w| {
                        matches!(w, What::CurrencyWord(_) | What::Symbol(_))
                    })
                    .is_some();
            if !linked {
                return None;
            }
            fig.scaled = true;
        }
        if fig.ordinal && st.article_first {
            // "un deuxième mandat": the article is not part of the ordinal.
            fig.first = i + 1;
            fig.start = self.atoms[i + 1].start;
        }
        self.finish(fig);
        Some(self.floor)
    }

    /// Whether atom `k` is a word joined by a hyphen to the atom before ("demi-finale").
    fn hyphen_joined(&self, k: usize) -> bool {
        k > 0 && k < self.atoms.len() && self.atoms[k].kind == AtomKind::Word && {
            let mut between = self.doc.text[self.atoms[k - 1].end..self.atoms[k].start].chars();
            matches!((between.next(), between.next()), (Some(c), None) if is_hyphen(c))
        }
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

    /// Whether the lone number word at atom `i` is a figure where it stands.
    fn context_allows(&mut self, i: usize, end: usize) -> bool {
        self.buf.clear();
        let a = self.atoms[i];
        self.buf.extend(
            self.doc.text[a.start..a.end]
                .chars()
                .flat_map(char::to_lowercase),
        );
        let Some(c) = self.ix.context.get(self.buf.as_str()) else {
            return true;
        };
        let prev = i.checked_sub(1);
        if self.word_in(prev, &c.not_after) || self.word_in(Some(end), &c.not_before) {
            return false;
        }
        c.only_after.is_empty() || self.word_in(prev, &c.only_after)
    }

    /// Reads what is around a numeral and emits its claim.
    fn finish(&mut self, mut fig: Fig) {
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
        if fig.fraction.is_none() && !fig.ordinal {
            if !fig.scaled {
                if let Some((_, n)) = self.lookup(next, |w| w == What::PercentPoints) {
                    // Percentage points are a difference of percentages, not one.
                    self.floor = next + n;
                    self.emit(fig, ClaimKind::Number, None, fig.first, fig.end, floor);
                    return;
                }
                if let Some((_, n)) = self.lookup(next, |w| w == What::Percent) {
                    kind = ClaimKind::Percent;
                    next += n;
                    end = self.atoms[next - 1].end;
                }
            }
            if kind == ClaimKind::Number {
                let mut c = next;
                if fig.scaled
                    && let Some((_, n)) = self.lookup(c, |w| w == What::Link)
                {
                    c += n;
                }
                if let Some((w, n)) =
                    self.lookup(c, |w| matches!(w, What::Symbol(_) | What::CurrencyWord(_)))
                {
                    if let What::Symbol(code) | What::CurrencyWord(code) = w {
                        currency = Some(code);
                    }
                    kind = ClaimKind::Money;
                    next = c + n;
                    end = self.atoms[next - 1].end;
                } else if let Some((What::Symbol(code), at)) =
                    self.lookup_before(fig.first, floor, |w| matches!(w, What::Symbol(_)))
                {
                    currency = Some(code);
                    kind = ClaimKind::Money;
                    first = at;
                }
            }
            if kind != ClaimKind::Money
                && let Some((value, e, n)) = fig.money_scale
            {
                // "5 M" without a currency: M is not a million here.
                fig.value = value;
                end = e;
                next = n;
                fig.end = e;
            }
            if kind == ClaimKind::Number
                && !fig.scaled
                && let Some((_, n)) = self.lookup(next, |w| w == What::Time)
            {
                self.floor = next + n;
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
                            .cloned()
                            .unwrap_or_default(),
                    },
                    _ => Value::Number(v),
                }
            }
        };
        let qualifier = match self.lookup_before(first, floor, |w| matches!(w, What::Qualifier(_)))
        {
            Some((What::Qualifier(q), _)) => Some(q),
            _ if fig.approx => Some(Qualifier::Approx),
            _ => None,
        };
        let mut claim = self.doc.claim(kind, Span::new(fig.start, end), value);
        claim.qualifier = qualifier;
        self.out.push(claim);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Languages;

    type Found = (ClaimKind, String, Value, Option<Qualifier>);

    fn run(lang: &str, text: &str) -> Vec<Found> {
        let langs = Languages::embedded().unwrap();
        let l = langs.get(lang).unwrap();
        let doc = Doc::new(0, text, Span::new(0, text.len()), l, None);
        extract(&doc)
            .into_iter()
            .map(|c| {
                assert_eq!(&text[c.span.start..c.span.end], c.text);
                (c.kind, c.text, c.value, c.qualifier)
            })
            .collect()
    }

    #[test]
    #[ignore]
    fn dump() {
        let lang = std::env::var("FIG_LANG").unwrap_or_else(|_| "fr".into());
        let text = std::env::var("FIG_TEXT").unwrap_or_default();
        for f in run(&lang, &text) {
            println!("{f:?}");
        }
    }
}
