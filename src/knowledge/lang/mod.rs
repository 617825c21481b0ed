//! Language knowledge: the data files under `rules/lang/` (one TOML file per language),
//! embedded in the binary, and language detection.
//!
//! Everything a reader of a language knows and the extractors need — month names, number and
//! scale words, currencies, titles, stop words — is data here, not code. This file reads the
//! sections every stage shares (stop words, abbreviations, dateline words, the `[lexicon]`
//! and the `[markers]`); each extractor's section has its shape and look-up tables in a file
//! of its own, built once when the language loads: `dates.rs` (`DateWords`), `figures.rs`
//! (`FigureWords`), `names.rs` (`NameWords`). The extractors read these and own no words.

pub mod dates;
pub mod figures;
pub mod measures;
pub mod names;
mod phrase;

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};

use serde::Deserialize;

use self::dates::DateWords;
use self::figures::FigureWords;
pub use self::measures::Fit;
use self::measures::MeasureWords;
use self::names::NameWords;
use self::phrase::{phrase_words, word_matches};
use crate::error::{Error, toml_error};
use crate::knowledge::normalize::{fold, fold_cow};
use crate::text::{SHORT_WORD, WordSet, ascii_lowercase};

/// The language files shipped in the binary: (path shown to users, contents).
pub const EMBEDDED: &[(&str, &str)] = &[
    (
        "rules/lang/en.toml",
        include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/rules/lang/en.toml")),
    ),
    (
        "rules/lang/fr.toml",
        include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/rules/lang/fr.toml")),
    ),
];

/// One language's data file.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LangFile {
    /// ISO 639-1 code: `fr`, `en`.
    pub code: String,
    /// The language's name, for messages.
    pub name: String,
    /// Frequent short words used to recognise the language of a text.
    pub detect: Vec<String>,
    /// Function words: not names, not content words when comparing contexts.
    pub stopwords: Vec<String>,
    /// Abbreviations ending in a period that do not end a sentence ("M.", "Mr.", "St.").
    #[serde(default)]
    pub abbreviations: Vec<String>,
    /// Words of datelines and time stamps ("updated", "publié le"): a date or figure in such a
    /// line is about the article, not the story, and is never compared.
    #[serde(default)]
    pub dateline_words: Vec<String>,
    pub names: NameWords,
    pub figures: FigureWords,
    pub dates: DateWords,
    /// Common news words mapped to language-neutral concepts (`toll = ["toll", "tolls"]`),
    /// so that the contexts of dates and figures meet across languages.
    #[serde(default)]
    pub lexicon: BTreeMap<String, Vec<String>>,
    /// Phrases that say when or by whom a figure was given.
    #[serde(default)]
    pub markers: MarkerWords,
    /// What a bare count measures, by the words after or before it (`deaths`, `magnitude`).
    #[serde(default)]
    pub measures: MeasureWords,
}

/// The `[markers]` section: phrases matched word by word, case and accents ignored.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MarkerWords {
    /// An earlier or provisional report ("previous toll", "initially", "as of").
    #[serde(default)]
    pub earlier: Vec<String>,
    /// A report that revises an earlier one ("rose to", "new toll").
    #[serde(default)]
    pub revised: Vec<String>,
    /// Words before the source of a claim ("according to", "selon").
    #[serde(default)]
    pub attribution: Vec<String>,
}

/// What a marker phrase says about the claims near it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Marker {
    Earlier,
    Revised,
    Attribution,
}

/// A marker phrase found in a run of words: the indexes of its first and last word and
/// its kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MarkerAt {
    pub first: usize,
    pub last: usize,
    pub kind: Marker,
}

/// A loaded language, with look-up sets built once.
#[derive(Debug, Clone)]
pub struct Lang {
    pub data: LangFile,
    /// Where the data came from, for messages.
    pub origin: String,
    stopwords: WordSet,
    detect: HashSet<String>,
    abbreviations: HashSet<String>,
    dateline_words: HashSet<String>,
    /// Folded word → `~concept`.
    concepts: HashMap<String, String>,
    /// Folded prefix (written `prefix*`) → `~concept`, and the prefix lengths in characters,
    /// longest first.
    concept_prefixes: HashMap<String, String>,
    prefix_lengths: Vec<usize>,
    /// The first characters of every prefix, as many as the shortest has: a word that starts
    /// with none of them starts no prefix, and is looked up once instead of once per length.
    prefix_heads: HashSet<String>,
    /// Marker phrases as folded words, with their kind.
    markers: Vec<(Vec<String>, Marker)>,
    /// The markers by their first word (indices into `markers`, ascending), and those whose
    /// first word is a prefix (`word*`): `find_markers` tries only these at each word.
    marker_first: HashMap<String, Vec<usize>>,
    marker_prefixed: Vec<usize>,
    /// The figures' qualifiers as folded words ("at least", "plus de"), longest first: they
    /// may stand between a measure's phrase and its figure ("killed at least 245").
    qualifiers: Vec<Vec<String>>,
}

/// The measure of a figure (`[measures]`) and where its phrase stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Measured {
    /// The key shared by all languages: `deaths`, `magnitude`, `km`, `depth`.
    pub key: String,
    /// For a dimension (`depth`), the unit it is given in (`km`).
    pub unit: Option<String>,
    /// Whether the phrase stands before the figure (else after it).
    pub before: bool,
    /// The indexes of its first and last word in the words given.
    pub first: usize,
    pub last: usize,
}

/// Whether `set` holds `word` in lower case (`str::to_lowercase`).
fn contains_lowercase(set: &HashSet<String>, word: &str) -> bool {
    with_lowercase(word, |low| set.contains(low))
}

/// `contains` asked of `word` in lower case, lowered without allocating when it is short.
fn with_lowercase(word: &str, contains: impl Fn(&str) -> bool) -> bool {
    if word.bytes().all(|b| b.is_ascii_lowercase()) {
        return contains(word);
    }
    let mut buf = [0; SHORT_WORD];
    match ascii_lowercase(word, &mut buf) {
        Some(low) => contains(low),
        None => contains(&word.to_lowercase()),
    }
}

impl Lang {
    pub fn code(&self) -> &str {
        &self.data.code
    }

    /// Whether `word` (any case) is a function word of the language.
    pub fn is_stopword(&self, word: &str) -> bool {
        with_lowercase(word, |low| self.stopwords.contains(low))
    }

    /// `is_stopword` of a word already in lower case.
    pub fn is_stopword_lower(&self, low: &str) -> bool {
        self.stopwords.contains(low)
    }

    /// Whether `word` (any case) marks a dateline or time stamp.
    pub fn is_dateline_word(&self, word: &str) -> bool {
        contains_lowercase(&self.dateline_words, word)
    }

    /// Whether `word` (without its final period, any case) is an abbreviation that does not end
    /// a sentence.
    pub fn is_abbreviation(&self, word: &str) -> bool {
        contains_lowercase(&self.abbreviations, word)
    }

    /// The concept (`~toll`) of a word (any case, accents ignored), if the lexicon has one.
    pub fn concept(&self, word: &str) -> Option<&str> {
        self.folded_concept(&fold(word))
    }

    /// The concept of a word already folded (`normalize::fold`).
    pub fn folded_concept(&self, f: &str) -> Option<&str> {
        if self.concepts.is_empty() && self.concept_prefixes.is_empty() {
            return None;
        }
        if let Some(c) = self.concepts.get(f) {
            return Some(c);
        }
        let shortest = self.prefix_lengths.last().copied().unwrap_or(0);
        let head_end = f.char_indices().nth(shortest).map_or(f.len(), |(i, _)| i);
        if !self.prefix_heads.contains(&f[..head_end]) {
            return None;
        }
        let n = f.chars().count();
        for &len in &self.prefix_lengths {
            if len > n {
                continue;
            }
            let end = f.char_indices().nth(len).map_or(f.len(), |(i, _)| i);
            if let Some(c) = self.concept_prefixes.get(&f[..end]) {
                return Some(c);
            }
        }
        None
    }

    /// What a figure measures, from the words right before it (nearest last) and right after
    /// it, as written: a phrase right after it wins ("245 morts", "245 people were killed"),
    /// then one right before it, past any qualifier ("killed at least 245", "un bilan de").
    /// A percentage has a measure only if it is a share (`share`: "54% of the vote"). A unit
    /// ("15 km") may say what it measures with a dimension right after it ("km deep", "km de
    /// profondeur") or before the figure ("at a depth of"): the measure is then the dimension,
    /// in that unit.
    pub fn measure(&self, before: &[&str], after: &[&str], percent: bool) -> Option<Measured> {
        let m = &self.data.measures;
        if m.is_empty() {
            return None;
        }
        let kind = if percent { Fit::Share } else { Fit::Count };
        let after_f: Vec<Cow<'_, str>> = after.iter().map(|w| fold_cow(w)).collect();
        let before_f: Vec<Cow<'_, str>> = before.iter().map(|w| fold_cow(w)).collect();
        if let Some(at) = m.after(&after_f, kind) {
            let found = Measured {
                key: at.key,
                unit: None,
                before: false,
                first: at.first,
                last: at.last,
            };
            if !m.unit(&found.key) {
                return Some(found);
            }
            let dimension = m
                .after(&after_f[at.last + 1..], Fit::Dimension)
                .map(|d| (false, at.last + 1 + d.first, at.last + 1 + d.last, d.key))
                .or_else(|| {
                    self.measure_before(&before_f, Fit::Dimension)
                        .map(|d| (true, d.first, d.last, d.key))
                });
            return Some(match dimension {
                Some((before, first, last, key)) => Measured {
                    key,
                    unit: Some(found.key),
                    before,
                    first,
                    last,
                },
                None => found,
            });
        }
        self.measure_before(&before_f, kind).map(|at| Measured {
            key: at.key,
            unit: None,
            before: true,
            first: at.first,
            last: at.last,
        })
    }

    /// Whether a measured figure, with the words `before` (nearest last) and `after` it as
    /// written, is a change, an earlier value or another event's figure
    /// (`MeasureWords::apart`; the event nouns are `[dates] event_nouns`).
    pub fn measure_apart(&self, before: &[&str], after: &[&str]) -> bool {
        let before: Vec<Cow<'_, str>> = before.iter().map(|w| fold_cow(w)).collect();
        let after: Vec<Cow<'_, str>> = after.iter().map(|w| fold_cow(w)).collect();
        let dates = &self.data.dates;
        self.data
            .measures
            .apart(&before, &after, |w| dates.is_event_noun(w))
    }

    /// The measure named right before a figure (`before`: folded, nearest last), by a phrase
    /// ending right before it or before the qualifier words in between ("toll rose to 245":
    /// "to" is no qualifier there, though "up to" is one).
    fn measure_before(&self, before_f: &[Cow<'_, str>], kind: Fit) -> Option<measures::MeasureAt> {
        let m = &self.data.measures;
        let mut end = before_f.len();
        loop {
            if let Some(at) = m
                .before(&before_f[..end], kind)
                .or_else(|| m.subject(&before_f[..end], kind))
            {
                return Some(at);
            }
            // Past one qualifier phrase at most, whole: "killed at least", not "killed a".
            if end < before_f.len() {
                return None;
            }
            let q = self.qualifiers.iter().find(|q| {
                q.len() <= end
                    && q.iter()
                        .zip(&before_f[end - q.len()..end])
                        .all(|(p, w)| word_matches(p, w))
            })?;
            end -= q.len();
        }
    }

    /// The marker phrases in `words` (the word tokens of a sentence, as written), in order.
    pub fn find_markers(&self, words: &[&str]) -> Vec<MarkerAt> {
        let mut out = Vec::new();
        if self.markers.is_empty() || words.is_empty() {
            return out;
        }
        let folded: Vec<Cow<'_, str>> = words.iter().map(|w| fold_cow(w)).collect();
        let mut k = 0;
        let none = Vec::new();
        while k < folded.len() {
            let mut found = None;
            // The phrases that can start here, in the order of `markers` (the first that
            // matches wins, as when every phrase was tried).
            let exact = self.marker_first.get(&*folded[k]).unwrap_or(&none);
            let (mut x, mut y) = (0, 0);
            while x < exact.len() || y < self.marker_prefixed.len() {
                let i = match (exact.get(x), self.marker_prefixed.get(y)) {
                    (Some(&a), Some(&b)) if a < b => {
                        x += 1;
                        a
                    }
                    (Some(&a), None) => {
                        x += 1;
                        a
                    }
                    (_, Some(&b)) => {
                        y += 1;
                        b
                    }
                    (None, None) => break,
                };
                let (phrase, kind) = &self.markers[i];
                if k + phrase.len() <= folded.len()
                    && phrase
                        .iter()
                        .zip(&folded[k..])
                        .all(|(p, w)| word_matches(p, w))
                {
                    found = Some((phrase.len(), *kind));
                    break;
                }
            }
            match found {
                Some((len, kind)) => {
                    out.push(MarkerAt {
                        first: k,
                        last: k + len - 1,
                        kind,
                    });
                    k += len;
                }
                None => k += 1,
            }
        }
        out
    }

    pub fn parse(origin: &str, source: &str) -> Result<Lang, Error> {
        let mut data: LangFile =
            toml::from_str(source).map_err(|e| toml_error(origin, source, &e))?;
        data.names.prepare();
        let lower = |v: &[String]| v.iter().map(|w| w.to_lowercase()).collect::<HashSet<_>>();
        let mut concepts = HashMap::default();
        let mut concept_prefixes = HashMap::default();
        for (concept, words) in &data.lexicon {
            for word in words {
                let (map, key) = match word.strip_suffix('*') {
                    Some(prefix) => (&mut concept_prefixes, fold(prefix)),
                    None => (&mut concepts, fold(word)),
                };
                if key.is_empty() {
                    continue;
                }
                if let Some(old) = map.insert(key, format!("~{concept}"))
                    && old[1..] != *concept
                {
                    let needle = format!("\"{word}\"");
                    let at = source.find(&needle).unwrap_or(0);
                    return Err(Error::DataFile {
                        path: origin.to_string(),
                        line: crate::error::line_of(source.as_bytes(), at),
                        message: format!(
                            "lexicon: \"{word}\" is listed under both `{}` and `{concept}`",
                            &old[1..]
                        ),
                    });
                }
            }
        }
        let mut prefix_lengths: Vec<usize> = concept_prefixes
            .keys()
            .map(|k: &String| k.chars().count())
            .collect::<BTreeSet<_>>()
            .into_iter()
            .collect();
        prefix_lengths.reverse();
        let shortest = prefix_lengths.last().copied().unwrap_or(0);
        let prefix_heads: HashSet<String> = concept_prefixes
            .keys()
            .map(|k: &String| k.chars().take(shortest).collect())
            .collect();
        // Longest phrases first: "previous toll" before a shorter phrase it starts with.
        let mut markers: Vec<(Vec<String>, Marker)> = [
            (&data.markers.earlier, Marker::Earlier),
            (&data.markers.revised, Marker::Revised),
            (&data.markers.attribution, Marker::Attribution),
        ]
        .into_iter()
        .flat_map(|(list, kind)| list.iter().map(move |p| (phrase_words(p), kind)))
        .filter(|(p, _)| !p.is_empty())
        .collect();
        markers.sort_by_key(|(p, _)| std::cmp::Reverse(p.len()));
        let mut marker_first: HashMap<String, Vec<usize>> = HashMap::default();
        let mut marker_prefixed = Vec::new();
        for (i, (phrase, _)) in markers.iter().enumerate() {
            if phrase[0].ends_with('*') {
                marker_prefixed.push(i);
            } else {
                marker_first.entry(phrase[0].clone()).or_default().push(i);
            }
        }
        let q = &data.figures.qualifiers;
        let mut qualifiers: Vec<Vec<String>> = [
            &q.approx,
            &q.more_than,
            &q.at_least,
            &q.less_than,
            &q.at_most,
        ]
        .into_iter()
        .flatten()
        .map(|p| phrase_words(p))
        .filter(|p| !p.is_empty())
        .collect();
        qualifiers.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
        Ok(Lang {
            qualifiers,
            concepts,
            concept_prefixes,
            prefix_lengths,
            prefix_heads,
            markers,
            marker_first,
            marker_prefixed,
            stopwords: lower(&data.stopwords).into_iter().collect(),
            detect: lower(&data.detect),
            abbreviations: lower(
                &data
                    .abbreviations
                    .iter()
                    .map(|a| a.trim_end_matches('.').to_string())
                    .collect::<Vec<_>>(),
            ),
            dateline_words: lower(&data.dateline_words),
            origin: origin.to_string(),
            data,
        })
    }
}

/// The languages crosscheck knows, in a fixed order.
#[derive(Debug, Clone)]
pub struct Languages {
    langs: Vec<Lang>,
}

impl Languages {
    /// The embedded language files.
    pub fn embedded() -> Result<Languages, Error> {
        let mut langs = Vec::new();
        for (origin, source) in EMBEDDED {
            langs.push(Lang::parse(origin, source)?);
        }
        Ok(Languages { langs })
    }

    /// Adds or replaces (same `code`) a language.
    pub fn insert(&mut self, lang: Lang) {
        match self.langs.iter_mut().find(|l| l.code() == lang.code()) {
            Some(slot) => *slot = lang,
            None => self.langs.push(lang),
        }
        self.langs.sort_by(|a, b| a.data.code.cmp(&b.data.code));
    }

    pub fn get(&self, code: &str) -> Option<&Lang> {
        self.langs.iter().find(|l| l.code() == code)
    }

    pub fn codes(&self) -> Vec<&str> {
        self.langs.iter().map(|l| l.code()).collect()
    }

    pub fn iter(&self) -> impl Iterator<Item = &Lang> {
        self.langs.iter()
    }

    /// Guesses the language of `text` by counting each language's frequent words; ties and
    /// texts with no known word go to the first language with the most hits, `en` when none.
    pub fn detect(&self, text: &str) -> &Lang {
        let mut counts = vec![0usize; self.langs.len()];
        for word in text
            .split(|c: char| !c.is_alphabetic() && c != '\'' && c != '’')
            .filter(|w| !w.is_empty())
            .take(2000)
        {
            let w = word.to_lowercase();
            for (i, lang) in self.langs.iter().enumerate() {
                if lang.detect.contains(&w) {
                    counts[i] += 1;
                }
            }
        }
        let best = counts.iter().copied().max().unwrap_or(0);
        if best == 0 {
            return self.get("en").unwrap_or(&self.langs[0]);
        }
        let i = counts.iter().position(|&c| c == best).unwrap_or(0);
        &self.langs[i]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_languages_load() {
        let langs = Languages::embedded().unwrap();
        assert_eq!(langs.codes(), vec!["en", "fr"]);
    }

    #[test]
    fn detects_french_and_english() {
        let langs = Languages::embedded().unwrap();
        assert_eq!(
            langs
                .detect("Le président a rencontré les ministres de la région.")
                .code(),
            "fr"
        );
        assert_eq!(
            langs
                .detect("The president met the ministers of the region.")
                .code(),
            "en"
        );
    }

    #[test]
    fn lexicon_maps_words_of_both_languages_to_one_concept() {
        let langs = Languages::embedded().unwrap();
        let (en, fr) = (langs.get("en").unwrap(), langs.get("fr").unwrap());
        assert_eq!(en.concept("toll"), Some("~toll"));
        assert_eq!(fr.concept("Bilan"), Some("~toll"));
        assert_eq!(en.concept("earthquakes"), Some("~earthquake"));
        assert_eq!(fr.concept("séismes"), Some("~earthquake"));
        assert_eq!(fr.concept("seisme"), Some("~earthquake"));
        assert_eq!(fr.concept("échanges"), en.concept("trade"));
        assert_eq!(fr.concept("tuées"), en.concept("killed"));
        assert_eq!(en.concept("Valdoria"), None);
    }

    #[test]
    fn a_word_in_two_concepts_is_an_error() {
        let en = EMBEDDED[0].1;
        let bad = en.replace(
            "toll = [\"toll\", \"tolls\"]",
            "toll = [\"toll\", \"tolls\", \"dead\"]",
        );
        let err = Lang::parse("lang/en.toml", &bad).unwrap_err().to_string();
        assert!(err.contains("\"dead\" is listed under both"), "{err}");
    }

    #[test]
    fn finds_marker_phrases() {
        let langs = Languages::embedded().unwrap();
        let fr = langs.get("fr").unwrap();
        let words = [
            "Le",
            "précédent",
            "bilan",
            "faisait",
            "état",
            "de",
            "300",
            "morts",
        ];
        let kinds: Vec<Marker> = fr.find_markers(&words).iter().map(|m| m.kind).collect();
        assert_eq!(kinds, vec![Marker::Earlier, Marker::Earlier]);
        let m = fr.find_markers(&["d", "après", "la", "police"]);
        assert_eq!(m.len(), 1);
        assert_eq!(
            (m[0].first, m[0].last, m[0].kind),
            (0, 1, Marker::Attribution)
        );
        let en = langs.get("en").unwrap();
        let m = en.find_markers(&["As", "of", "Sunday", "evening"]);
        assert_eq!(m[0].kind, Marker::Earlier);
        assert!(en.find_markers(&["the", "toll", "is", "high"]).is_empty());
    }
}
