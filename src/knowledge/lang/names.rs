//! The `[names]` section of the language files: titles, name particles, the words that make a
//! name an organisation or a place, and the look-up sets built from them once (`NameWords`).
//! The names extractor (`extract::names`) reads these sets.

use rustc_hash::FxHashMap as HashMap;

use serde::Deserialize;

use crate::knowledge::normalize::fold;
use crate::text::WordSet;

/// The `[names]` section of a language file.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NameWords {
    /// Titles and roles written before a person's name ("président", "Secretary of State").
    #[serde(default)]
    pub titles: Vec<String>,
    /// Lowercase words allowed between the words of a name ("de", "van", "of").
    #[serde(default)]
    pub connectors: Vec<String>,
    /// Words that make a name an organisation ("Ministère", "University", "Bank").
    #[serde(default)]
    pub org_words: Vec<String>,
    /// Words that make a name a place ("République", "Lake", "New").
    #[serde(default)]
    pub place_words: Vec<String>,
    /// Words before a lone capitalised word that make it a place ("à", "in").
    #[serde(default)]
    pub place_prepositions: Vec<String>,
    /// Words that end the search for a person's role backwards ("et", "and").
    #[serde(default)]
    pub role_breaks: Vec<String>,
    /// Capitalised words that are never names, beyond the stop words ("Selon", "Newsletter").
    #[serde(default)]
    pub not_names: Vec<String>,
    /// Endings that make a demonym or an adjective of a place ("Ukrain-ian", "Australi-an",
    /// "Japon-ais"), and the letters a place name may end with that the demonym drops
    /// ("Ukraine", "Australia"): a lone capitalised word made so from a known place is no
    /// name.
    #[serde(default)]
    pub demonym_endings: Vec<String>,
    #[serde(default)]
    pub demonym_stems: Vec<String>,
    /// Plural endings of demonyms not built into `demonym_endings` ("German-s").
    #[serde(default)]
    pub demonym_plurals: Vec<String>,
    /// The fewest letters a capitalised word needs to be read as a slip of the surname of a
    /// person the article names in full ("Lutnik, 63, said" beside "Howard Lutnick"), even
    /// where it opens a sentence; shorter words are too often other words one letter away.
    #[serde(default = "default_surname_slip_min_letters")]
    pub surname_slip_min_letters: usize,
    #[serde(skip)]
    pub(crate) sets: Sets,
}

fn default_surname_slip_min_letters() -> usize {
    5
}

#[derive(Debug, Clone, Default)]
pub(crate) struct Sets {
    /// Folded, longest first.
    pub(crate) titles: Vec<Vec<String>>,
    /// Each word of a title, with where it is: (index in `titles`, position in the title), in
    /// that order. A run is read against the few titles its words start, not all of them.
    pub(crate) title_words: HashMap<String, Vec<(usize, usize)>>,
    pub(crate) connectors: WordSet,
    pub(crate) org_words: WordSet,
    pub(crate) place_words: WordSet,
    pub(crate) place_prepositions: WordSet,
    pub(crate) role_breaks: WordSet,
    pub(crate) not_names: WordSet,
    /// Folded, longest first.
    pub(crate) demonym_endings: Vec<String>,
    pub(crate) demonym_stems: Vec<String>,
    pub(crate) demonym_plurals: Vec<String>,
}

impl Sets {
    /// The titles with `word` at position `at`, in the order of `titles`.
    pub(crate) fn titles_with(&self, word: &str, at: usize) -> impl Iterator<Item = &[String]> {
        self.titles_at(word)
            .filter(move |&&(_, p)| p == at)
            .map(|&(k, _)| self.titles[k].as_slice())
    }

    /// Where `word` is in titles: (index in `titles`, position), in that order.
    pub(crate) fn titles_at(&self, word: &str) -> std::slice::Iter<'_, (usize, usize)> {
        self.title_words.get(word).map_or([].iter(), |v| v.iter())
    }

    /// Whether `word` is a word of some title.
    pub(crate) fn is_title_word(&self, word: &str) -> bool {
        self.title_words.contains_key(word)
    }
}

impl NameWords {
    /// Builds the look-up sets; called once when the language file is loaded.
    pub fn prepare(&mut self) {
        let set = |v: &[String]| v.iter().map(|w| fold(w)).collect::<WordSet>();
        let mut titles: Vec<Vec<String>> = self
            .titles
            .iter()
            .map(|t| {
                t.split(|c: char| !c.is_alphanumeric())
                    .filter(|w| !w.is_empty())
                    .map(fold)
                    .collect()
            })
            .filter(|t: &Vec<String>| !t.is_empty())
            .collect();
        // Longest first, so "Secretary of State" wins over "Secretary".
        titles.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
        let mut title_words: HashMap<String, Vec<(usize, usize)>> = HashMap::default();
        for (k, t) in titles.iter().enumerate() {
            for (at, w) in t.iter().enumerate() {
                title_words.entry(w.clone()).or_default().push((k, at));
            }
        }
        self.sets = Sets {
            titles,
            title_words,
            connectors: set(&self.connectors),
            org_words: set(&self.org_words),
            place_words: set(&self.place_words),
            place_prepositions: set(&self.place_prepositions),
            role_breaks: set(&self.role_breaks),
            not_names: set(&self.not_names),
            demonym_endings: {
                let mut v: Vec<String> = self.demonym_endings.iter().map(|w| fold(w)).collect();
                v.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
                v
            },
            demonym_stems: self.demonym_stems.iter().map(|w| fold(w)).collect(),
            demonym_plurals: self.demonym_plurals.iter().map(|w| fold(w)).collect(),
        };
    }
}
