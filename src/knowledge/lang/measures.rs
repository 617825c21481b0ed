//! The `[measures]` section of the language files: what a bare count measures, read from the
//! words around it ("245 morts", "killed 245 people", "un bilan de 245", "magnitude 7.0",
//! "12 kilomètres"). Each measure has a key shared by all languages (`deaths`, `injured`,
//! `magnitude`, `km`...), so that a French and an English figure of one measure meet.
//!
//! The section is a table of measures, each with the phrases that name it right after the
//! number (`after`), right before it (`before`), and the nouns that name it as the subject of
//! a linking verb (`nouns`: "the death toll in Valdoria rose to 245", "le bilan du séisme
//! s'élève à 212"). Beside them, `counted`: the nouns that only say what is counted
//! ("people", "personnes") and may stand between the number and the phrase after it ("245
//! people were killed"); `auxiliaries`, which may stand before a participle after it ("had
//! been injured", "ont été blessés"); and `links`: the linking verbs ("rose to", "s'élève
//! à"). Phrases match word by word, case and accents ignored; a final `*` matches every word
//! it starts ("tué*"). A measure marked `evolving` is a count that grows as a story unfolds
//! (a toll): its figures are compared only between articles published on the same day. A
//! measure marked `unit` (kilometres, miles) names a unit several quantities share. A count
//! with no phrase of its own, joined to a measured one by a `coordination` word ("1,340 in
//! Kerman and 96 in Zarand"), has its measure.

use std::collections::BTreeMap;

use serde::Deserialize;

use super::phrase::{phrase_words, word_matches};

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct MeasureData {
    #[serde(default)]
    after: Vec<String>,
    #[serde(default)]
    before: Vec<String>,
    #[serde(default)]
    nouns: Vec<String>,
    #[serde(default)]
    evolving: bool,
    #[serde(default)]
    unit: bool,
    #[serde(default)]
    dimension: bool,
    #[serde(default)]
    share: bool,
    #[serde(default)]
    held: bool,
    #[serde(default)]
    sourced: bool,
    #[serde(default)]
    base: Option<String>,
    #[serde(default)]
    factor: Option<f64>,
}

/// A phrase as folded words, a final `*` kept.
type Phrase = Vec<String>;

#[derive(Debug, Clone)]
struct Measure {
    key: String,
    after: Vec<Phrase>,
    before: Vec<Phrase>,
    nouns: Vec<Phrase>,
    evolving: bool,
    unit: bool,
    dimension: bool,
    share: bool,
    held: bool,
    sourced: bool,
    /// For a unit, the unit it converts to and by how much ("miles": km, 1.609344).
    base: Option<(String, f64)>,
}

/// The `[measures]` section, with its phrases folded once.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(try_from = "BTreeMap<String, toml::Value>")]
pub struct MeasureWords {
    /// How many words on each side of a figure are read for its measure ("the death toll in
    /// the province of Valdoria rose to" is ten).
    pub reach: usize,
    /// How many words after a counted figure its place may stand ("1,340 people were killed
    /// in Kerman").
    pub place_reach: usize,
    counted: Vec<Phrase>,
    auxiliaries: Vec<Phrase>,
    links: Vec<Phrase>,
    coordination: Vec<Phrase>,
    /// Phrases right before a figure that make it a change or an earlier value rather than
    /// the quantity itself ("gained nine seats", "contre 250 sièges", "down from").
    apart_before: Vec<Phrase>,
    /// The same right after it ("211 more than in 2019").
    apart_after: Vec<Phrase>,
    /// Nouns of another event than the one a story is about ("aftershock", "réplique"): a
    /// figure whose nearest event noun is one of them measures that other event.
    other_events: Vec<Phrase>,
    /// In key order; within a measure, longest phrases first.
    measures: Vec<Measure>,
}

/// Which measures a figure may have: a bare count's, a percentage's (a share), or the
/// dimension a unit measures (a depth in kilometres).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fit {
    Count,
    Share,
    Dimension,
}

/// What a figure measures, found in the words around it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MeasureAt {
    /// The measure's key, shared by all languages: `deaths`, `magnitude`, `km`.
    pub key: String,
    /// The indexes (into the words given) of the first and last word of the phrase.
    pub first: usize,
    pub last: usize,
}

fn phrases(list: &[String]) -> Vec<Phrase> {
    let mut out: Vec<Phrase> = list
        .iter()
        .map(|p| phrase_words(p))
        .filter(|p| !p.is_empty())
        .collect();
    out.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
    out
}

impl TryFrom<BTreeMap<String, toml::Value>> for MeasureWords {
    type Error = String;

    fn try_from(map: BTreeMap<String, toml::Value>) -> Result<MeasureWords, String> {
        let mut out = MeasureWords {
            reach: 12,
            place_reach: 6,
            ..MeasureWords::default()
        };
        let list = |key: &str, v: toml::Value| -> Result<Vec<Phrase>, String> {
            let list: Vec<String> = v
                .try_into()
                .map_err(|_| format!("[measures] `{key}` must be a list of phrases"))?;
            Ok(phrases(&list))
        };
        let count = |key: &str, v: &toml::Value| -> Result<usize, String> {
            v.as_integer()
                .and_then(|n| usize::try_from(n).ok())
                .filter(|&n| n > 0)
                .ok_or_else(|| format!("[measures] `{key}` must be a whole number above 0"))
        };
        for (key, value) in map {
            match key.as_str() {
                "reach" => out.reach = count(&key, &value)?,
                "place_reach" => out.place_reach = count(&key, &value)?,
                "counted" => out.counted = list(&key, value)?,
                "links" => out.links = list(&key, value)?,
                "auxiliaries" => out.auxiliaries = list(&key, value)?,
                "coordination" => out.coordination = list(&key, value)?,
                "apart_before" => out.apart_before = list(&key, value)?,
                "apart_after" => out.apart_after = list(&key, value)?,
                "other_events" => out.other_events = list(&key, value)?,
                _ => {
                    if !value.is_table() {
                        return Err(format!(
                            "[measures] `{key}` must be a table of `after`, `before` or `nouns` \
                             phrases (or one of reach, place_reach, counted, auxiliaries, links, \
                             coordination, apart_before, apart_after, other_events)"
                        ));
                    }
                    let m: MeasureData = value
                        .try_into()
                        .map_err(|e| format!("[measures.{key}]: {}", e.message()))?;
                    if m.after.is_empty() && m.before.is_empty() && m.nouns.is_empty() {
                        return Err(format!(
                            "measure `{key}` has no `after`, `before` or `nouns` phrase"
                        ));
                    }
                    let base = match (m.base, m.factor) {
                        (Some(b), Some(f)) if f.is_finite() && f > 0.0 => Some((b, f)),
                        (None, None) => None,
                        _ => {
                            return Err(format!(
                                "[measures.{key}]: `base` and `factor` go together, and the \
                                 factor is a number above 0 (miles: base = \"km\", factor = \
                                 1.609344)"
                            ));
                        }
                    };
                    out.measures.push(Measure {
                        key,
                        after: phrases(&m.after),
                        before: phrases(&m.before),
                        nouns: phrases(&m.nouns),
                        evolving: m.evolving,
                        unit: m.unit,
                        dimension: m.dimension,
                        share: m.share,
                        held: m.held,
                        sourced: m.sourced,
                        base,
                    });
                }
            }
        }
        Ok(out)
    }
}

/// The length of `phrase` if it matches `words` from the start.
fn matches_at(phrase: &[String], words: &[impl AsRef<str>]) -> bool {
    phrase.len() <= words.len()
        && phrase
            .iter()
            .zip(words)
            .all(|(p, w)| word_matches(p, w.as_ref()))
}

impl MeasureWords {
    pub fn is_empty(&self) -> bool {
        self.measures.is_empty()
    }

    /// The measure named by `key`; a dimension's key names its unit after a colon
    /// ("depth:km"), and is the dimension's.
    fn get(&self, key: &str) -> Option<&Measure> {
        let name = key.split(':').next().unwrap_or(key);
        self.measures.iter().find(|m| m.key == name)
    }

    /// Whether the measure `key` is a count that grows as a story unfolds (a toll, the
    /// injured, the missing): reports of it published on different days are updates, not
    /// disagreements.
    pub fn evolving(&self, key: &str) -> bool {
        self.get(key).is_some_and(|m| m.evolving)
    }

    /// Whether `between` (the folded words between two figures, less function words, names
    /// and the first figure's own phrase) joins them as two counts of one measure: a
    /// coordination word and nothing else ("1,340 in Kerman and 96 in Zarand").
    pub fn coordinates(&self, between: &[String]) -> bool {
        // The first count's counted noun may come too: "1,340 people in Kerman and 96".
        let rest: Vec<String> = between
            .iter()
            .filter(|w| {
                !self
                    .counted
                    .iter()
                    .any(|c| c.len() == 1 && word_matches(&c[0], w))
            })
            .cloned()
            .collect();
        self.coordination
            .iter()
            .any(|c| c.len() == rest.len() && matches_at(c, &rest))
    }

    /// Whether the measure `key` is a unit that several quantities share (kilometres: a
    /// depth, a distance, a height), so that its name alone does not tell one from another.
    pub fn unit(&self, key: &str) -> bool {
        self.get(key).is_some_and(|m| m.unit)
    }

    /// Whether the words right around a figure (folded; `before` nearest last) say it is
    /// not the quantity itself but a change or an earlier value (`apart_before`,
    /// `apart_after`), or that it measures another event: the event noun nearest to it
    /// (`other_events`, or one of `is_event`) is another event's ("an aftershock of 6.5").
    pub fn apart(
        &self,
        before: &[impl AsRef<str>],
        after: &[impl AsRef<str>],
        is_event: impl Fn(&str) -> bool,
    ) -> bool {
        let ends = |p: &Phrase| {
            p.len() <= before.len() && matches_at(p, &before[before.len() - p.len()..])
        };
        if self.apart_before.iter().any(ends)
            || self.apart_after.iter().any(|p| matches_at(p, after))
        {
            return true;
        }
        let other = |w: &str| {
            self.other_events
                .iter()
                .any(|p| p.len() == 1 && word_matches(&p[0], w))
        };
        let mut nearest: Option<(usize, bool)> = None;
        for (d, w) in before.iter().map(AsRef::as_ref).rev().enumerate() {
            if other(w) || is_event(w) {
                nearest = Some((d, other(w)));
                break;
            }
        }
        for (d, w) in after.iter().map(AsRef::as_ref).enumerate() {
            if nearest.is_some_and(|(n, _)| n <= d) {
                break;
            }
            if other(w) || is_event(w) {
                nearest = Some((d, other(w)));
                break;
            }
        }
        nearest.is_some_and(|(_, o)| o)
    }

    /// The unit `key` converts to and the factor ("miles" → ("km", 1.609344)); a unit with no
    /// `base` is its own.
    pub fn base(&self, key: &str) -> Option<(&str, f64)> {
        self.get(key)
            .and_then(|m| m.base.as_ref())
            .map(|(b, f)| (b.as_str(), *f))
    }

    /// Whether the measure `key` is held by someone (a candidate's votes, a party's seats):
    /// its figures are about the person or organisation named before them in their clause.
    pub fn held(&self, key: &str) -> bool {
        self.get(key).is_some_and(|m| m.held)
    }

    /// Whether the measure `key` is a measurement that agencies make each their own (a
    /// magnitude, a depth): the organisation named last before a figure of it, in its
    /// sentence, is its source ("the USGS put the magnitude at 7.4").
    pub fn sourced(&self, key: &str) -> bool {
        self.get(key).is_some_and(|m| m.sourced)
    }

    /// Whether a measure may be what a figure measures: a share (`share`: of the vote, of the
    /// registered voters) is a percentage and a percentage is nothing else; a dimension (a
    /// depth) is looked for only beside a unit (`dimension`), and only then.
    fn fits(m: &Measure, kind: Fit) -> bool {
        match kind {
            Fit::Count => !m.share && !m.dimension,
            Fit::Share => m.share,
            Fit::Dimension => m.dimension,
        }
    }

    /// The measure named right after a figure: `after` holds the folded words that follow it
    /// in its sentence, up to the next figure or punctuation. A `counted` noun may come first
    /// ("245 people were killed"); the longest phrase wins.
    pub fn after(&self, after: &[impl AsRef<str>], kind: Fit) -> Option<MeasureAt> {
        let mut starts = vec![0];
        if let Some(c) = self.counted.iter().find(|c| matches_at(c, after)) {
            starts.push(c.len());
        }
        // An auxiliary may stand before a participle: "people had been injured".
        for s in starts.clone() {
            if let Some(a) = self.auxiliaries.iter().find(|a| matches_at(a, &after[s..])) {
                starts.push(s + a.len());
            }
        }
        let mut best: Option<MeasureAt> = None;
        for &s in &starts {
            for m in self.measures.iter().filter(|m| Self::fits(m, kind)) {
                if let Some(p) = m.after.iter().find(|p| matches_at(p, &after[s..])) {
                    let found = MeasureAt {
                        key: m.key.clone(),
                        first: s,
                        last: s + p.len() - 1,
                    };
                    if best
                        .as_ref()
                        .is_none_or(|b| found.last - found.first > b.last - b.first)
                    {
                        best = Some(found);
                    }
                }
            }
        }
        best
    }

    /// The measure named right before a figure: `before` holds the folded words that precede
    /// it, nearest last; the phrase must end on the last word.
    pub fn before(&self, before: &[impl AsRef<str>], kind: Fit) -> Option<MeasureAt> {
        let mut best: Option<MeasureAt> = None;
        for m in self.measures.iter().filter(|m| Self::fits(m, kind)) {
            for p in &m.before {
                if p.len() > before.len() {
                    continue;
                }
                let first = before.len() - p.len();
                if matches_at(p, &before[first..])
                    && best
                        .as_ref()
                        .is_none_or(|b| before.len() - first > b.last + 1 - b.first)
                {
                    best = Some(MeasureAt {
                        key: m.key.clone(),
                        first,
                        last: before.len() - 1,
                    });
                }
            }
        }
        best
    }
}

impl MeasureWords {
    /// The measure named by the subject of a linking verb that ends right before a figure
    /// ("the death toll in Valdoria rose to"): `before` holds the folded words that precede
    /// it, nearest last. The noun nearest to the verb wins; the phrase found is the noun's.
    pub fn subject(&self, before: &[impl AsRef<str>], kind: Fit) -> Option<MeasureAt> {
        let link = self
            .links
            .iter()
            .filter(|l| l.len() <= before.len())
            .find(|l| matches_at(l, &before[before.len() - l.len()..]))?;
        let head = &before[..before.len() - link.len()];
        for end in (1..=head.len()).rev() {
            let mut best: Option<MeasureAt> = None;
            for m in self.measures.iter().filter(|m| Self::fits(m, kind)) {
                for p in m.nouns.iter().filter(|p| p.len() <= end) {
                    let first = end - p.len();
                    if matches_at(p, &head[first..end])
                        && best.as_ref().is_none_or(|b| first < b.first)
                    {
                        best = Some(MeasureAt {
                            key: m.key.clone(),
                            first,
                            last: end - 1,
                        });
                    }
                }
            }
            if best.is_some() {
                return best;
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<String> {
        phrase_words(s)
    }

    fn section() -> MeasureWords {
        toml::from_str(
            "counted = [\"people\", \"personnes\"]\n\
             links = [\"rose to\", \"s'élève à\", \"is\"]\n\
             auxiliaries = [\"had been\", \"ont été\"]\n\
             [deaths]\nafter = [\"dead\", \"killed\", \"were killed\", \"mort*\"]\n\
             before = [\"killed\", \"death toll of\", \"bilan de\"]\n\
             nouns = [\"death toll\", \"toll\", \"bilan\"]\n\
             [injured]\nafter = [\"injured\", \"blessé*\"]\n",
        )
        .unwrap()
    }

    #[test]
    fn after_the_number_with_or_without_a_counted_noun() {
        let m = section();
        let key = |s: &str| m.after(&words(s), Fit::Count).map(|a| a.key);
        assert_eq!(key("morts dans le séisme").as_deref(), Some("deaths"));
        assert_eq!(key("people were killed").as_deref(), Some("deaths"));
        assert_eq!(key("Personnes blessées").as_deref(), Some("injured"));
        assert_eq!(key("people in the streets"), None);
        assert_eq!(key("people had been injured").as_deref(), Some("injured"));
        assert_eq!(
            key("personnes ont été blessées").as_deref(),
            Some("injured")
        );
        let at = m
            .after(&words("people were killed on Monday"), Fit::Count)
            .unwrap();
        assert_eq!((at.first, at.last), (1, 2));
    }

    #[test]
    fn before_the_number_ending_on_the_last_word() {
        let m = section();
        let key = |s: &str| m.before(&words(s), Fit::Count).map(|a| a.key);
        assert_eq!(key("the quake killed").as_deref(), Some("deaths"));
        assert_eq!(key("a death toll of").as_deref(), Some("deaths"));
        assert_eq!(key("un bilan de").as_deref(), Some("deaths"));
        assert_eq!(key("killed in the town of"), None);
    }

    #[test]
    fn the_subject_of_a_linking_verb() {
        let m = section();
        let key = |s: &str| m.subject(&words(s), Fit::Count).map(|a| a.key);
        assert_eq!(
            key("the death toll in the Valdoria quake rose to").as_deref(),
            Some("deaths")
        );
        assert_eq!(
            key("le bilan du séisme s'élève à").as_deref(),
            Some("deaths")
        );
        assert_eq!(key("the toll in Valdoria"), None);
        assert_eq!(key("the price rose to"), None);
        let at = m
            .subject(&words("the death toll rose to"), Fit::Count)
            .unwrap();
        assert_eq!((at.first, at.last), (1, 2));
    }

    #[test]
    fn errors_say_which_key_is_wrong() {
        let err = |src: &str| toml::from_str::<MeasureWords>(src).unwrap_err().to_string();
        assert!(err("[km]\nafter = \"km\"\n").contains("[measures.km]"));
        assert!(err("[km]\nwords = [\"km\"]\n").contains("unknown field `words`"));
        assert!(err("counted = \"people\"\n").contains("`counted` must be a list"));
        assert!(err("reach = 0\n").contains("`reach` must be a whole number"));
        assert!(err("deaths = [\"dead\"]\n").contains("`deaths` must be a table"));
    }

    #[test]
    fn malformed_sections_are_errors() {
        assert!(toml::from_str::<MeasureWords>("counted = 3\n").is_err());
        assert!(toml::from_str::<MeasureWords>("deaths = [\"dead\"]\n").is_err());
        assert!(toml::from_str::<MeasureWords>("[deaths]\nwords = [\"dead\"]\n").is_err());
        assert!(toml::from_str::<MeasureWords>("[deaths]\n").is_err());
    }
}
