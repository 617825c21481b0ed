//! The `[figures]` section of the language files: number and scale words, currencies, units,
//! qualifiers ("environ", "more than") and the words that say what a figure counts, with the
//! look-up index built from them once (`FigureWords`). The figures extractor
//! (`extract::figures`) reads this index; it knows no word of its own.

use rustc_hash::FxHashMap as HashMap;
use std::collections::BTreeMap;
use std::sync::OnceLock;

use serde::Deserialize;

use crate::model::Qualifier;
use crate::text::{KeyFilter, atomize, tokenize};

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
    /// Multipliers that never follow digits ("5 cents" is money, not 500).
    pub word_only_multipliers: Vec<String>,
    /// Nouns of approximate quantity that need a count and a link ("une centaine de").
    pub approximate: BTreeMap<String, u64>,
    /// Articles: a count of one only before a multiplier ("un million", "a dozen").
    pub articles: Vec<String>,
    /// Words joining parts of a numeral ("vingt et un", "a hundred and five").
    pub connectors: Vec<String>,
    /// The units a connector may join to a tens word ("vingt et un": 1 and 11 in French).
    pub connector_units: Vec<u64>,
    /// Words before a number that make it negative ("minus five").
    pub negative_words: Vec<String>,
    /// Words between a count and a total that make a ratio ("un sur trois", "two out of five").
    pub ratio_words: Vec<String>,
    /// Ratio words only after one ("one in ten", "1 over 3"): "5 in 2020", "2000 over 3 years".
    pub unit_ratio_words: Vec<String>,
    /// Words for the decimal mark in spoken numbers ("five point five", "deux virgule trois").
    pub decimal_words: Vec<String>,
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
    /// Prefixes glued to an ISO code that scale the amount ("MEUR", "MUSD": millions).
    pub code_scale_prefixes: BTreeMap<String, u64>,
    /// Currency names, any case, after the amount → ISO 4217.
    pub currency_words: BTreeMap<String, String>,
    /// Currency names that only count after a scale word ("361 million pounds").
    pub scaled_currency_words: BTreeMap<String, String>,
    /// A currency's hundredths after the amount ("3 dollars 50 cents", "2 euros 50").
    pub subunits: Vec<String>,
    /// Words opening a range ("between", "entre"): "between 5 dollars and 10" is no 5.10.
    pub range_words: Vec<String>,
    /// What after a number makes it a time of day ("h", "p.m.").
    pub time_markers: Vec<String>,
    pub qualifiers: QualifierWords,
    #[serde(skip)]
    pub(crate) index: OnceLock<Index>,
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
pub(crate) enum What {
    Number {
        value: u64,
        article: bool,
    },
    Article,
    /// `digits`: may follow a numeral written in digits ("3 millions", not "5 cents").
    Multiplier {
        value: u64,
        standalone: bool,
        digits: bool,
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
    /// A currency name only after a scale word ("361 million pounds", not "200 pounds").
    ScaledCurrencyWord(usize),
    /// A currency's hundredth ("cents", "centimes").
    Subunit,
    Time,
    DecimalWord,
    /// "sur", "out of"; `unit_only`: only after one ("one in ten", "1 over 3").
    Ratio {
        unit_only: bool,
    },
    Qualifier(Qualifier),
    Negative,
}

impl What {
    pub(crate) fn is_numeral_part(self) -> bool {
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
pub(crate) struct Entry {
    /// Lowercase, unless `exact_case`.
    pub(crate) atoms: Vec<String>,
    /// For each atom, whether it is glued to the one before ("US$"); a symbol's glued atoms
    /// must be glued in the text too, so that "a $5" is not "A$5".
    pub(crate) glued: Vec<bool>,
    pub(crate) exact_case: bool,
    pub(crate) what: What,
}

/// Look-up tables built once from `FigureWords`.
#[derive(Debug, Clone, Default)]
pub(crate) struct Index {
    pub(crate) entries: Vec<Entry>,
    /// Entries by their first atom, lowercase; longest phrases first.
    pub(crate) by_first: HashMap<String, Vec<usize>>,
    /// The keys of `by_first`, asked first: most atoms of a text start no entry.
    pub(crate) first_filter: KeyFilter,
    /// Entries that can stand before a figure (qualifiers, currency symbols).
    pub(crate) before: Vec<usize>,
    /// `before` by the lowercase last atom of each entry, in the order of `before`.
    pub(crate) before_by_last: HashMap<String, Vec<usize>>,
    /// ISO 4217 codes, with the scale a code carries ("MEUR": 10^6, else 1).
    pub(crate) codes: Vec<(String, u64)>,
    pub(crate) context: HashMap<String, WordContext>,
    pub(crate) plural_suffixes: Vec<String>,
    pub(crate) connector_units: Vec<u64>,
    pub(crate) range_words: Vec<String>,
    pub(crate) decimal: char,
    pub(crate) groups: Vec<char>,
}

impl FigureWords {
    pub(crate) fn index(&self) -> &Index {
        self.index.get_or_init(|| Index::build(self))
    }
}

pub(crate) fn lower_all(v: &[String]) -> Vec<String> {
    v.iter().map(|w| w.to_lowercase()).collect()
}

impl Index {
    pub(crate) fn build(w: &FigureWords) -> Index {
        let mut ix = Index {
            decimal: w.decimal_mark.chars().next().unwrap_or('.'),
            groups: w
                .group_separators
                .iter()
                .filter_map(|s| s.chars().next())
                .collect(),
            plural_suffixes: lower_all(&w.plural_suffixes),
            range_words: lower_all(&w.range_words),
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
        let word_only = lower_all(&w.word_only_multipliers);
        for (k, &v) in &w.multipliers {
            let standalone = standalone.contains(&k.to_lowercase());
            let digits = !word_only.contains(&k.to_lowercase());
            ix.add(
                k,
                false,
                What::Multiplier {
                    value: v,
                    standalone,
                    digits,
                },
            );
        }
        for k in &w.negative_words {
            let e = ix.add(k, false, What::Negative);
            ix.before.extend(e);
        }
        ix.connector_units = w.connector_units.clone();
        for (k, &v) in &w.approximate {
            ix.add(k, false, What::Approximate(v));
        }
        for (k, &v) in &w.ordinals {
            ix.add(k, false, What::Ordinal(v));
        }
        for (k, &v) in &w.fractions {
            ix.add(k, false, What::Fraction(v));
        }
        let simple: [(&Vec<String>, What, bool); 10] = [
            (&w.ratio_words, What::Ratio { unit_only: false }, false),
            (&w.unit_ratio_words, What::Ratio { unit_only: true }, false),
            (&w.decimal_words, What::DecimalWord, false),
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
            // "MEUR", "MUSD": a scale glued before an ISO code.
            if k.len() == 3 && k.bytes().all(|b| b.is_ascii_uppercase()) {
                for (prefix, &scale) in &w.code_scale_prefixes {
                    let c = ix.scaled_code(code, scale);
                    let e = ix.add(&format!("{prefix}{k}"), true, What::Symbol(c));
                    ix.before.extend(e);
                }
            }
        }
        for (k, code) in &w.currency_words {
            let c = ix.code(code);
            ix.add(k, false, What::CurrencyWord(c));
        }
        for (k, code) in &w.scaled_currency_words {
            let c = ix.code(code);
            ix.add(k, false, What::ScaledCurrencyWord(c));
        }
        for k in &w.subunits {
            ix.add(k, false, What::Subunit);
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
        for &id in &ix.before {
            if let Some(last) = ix.entries[id].atoms.last() {
                ix.before_by_last
                    .entry(last.to_lowercase())
                    .or_default()
                    .push(id);
            }
        }
        ix.first_filter = KeyFilter::of(ix.by_first.keys().map(String::as_str));
        ix
    }

    pub(crate) fn code(&mut self, code: &str) -> usize {
        self.scaled_code(code, 1)
    }

    pub(crate) fn scaled_code(&mut self, code: &str, scale: u64) -> usize {
        match self.codes.iter().position(|c| c.0 == code && c.1 == scale) {
            Some(i) => i,
            None => {
                self.codes.push((code.to_string(), scale));
                self.codes.len() - 1
            }
        }
    }

    /// Adds a phrase of the data; returns its entry number.
    pub(crate) fn add(&mut self, phrase: &str, exact_case: bool, what: What) -> Option<usize> {
        let toks = tokenize(phrase, 0, phrase.len());
        let parts = atomize(phrase, &toks);
        let glued = parts
            .iter()
            .enumerate()
            .map(|(n, a)| n > 0 && parts[n - 1].end == a.start)
            .collect();
        let atoms: Vec<String> = parts
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
            glued,
            exact_case,
            what,
        });
        self.by_first.entry(first).or_default().push(id);
        Some(id)
    }
}
