//! Known places (`rules/gazetteer.toml`): one entry per place with its standard names in each
//! language. Used to recognise a capitalised word as a place, and to keep two different places
//! with close names (Iran / Iraq) from being taken for one name misspelled.

use std::collections::{BTreeMap, HashMap};

use serde::Deserialize;

use crate::error::{Error, toml_error};
use crate::knowledge::normalize::fold;

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct GazetteerFile {
    #[serde(default)]
    place: Vec<PlaceEntry>,
}

#[derive(Debug, Clone, Deserialize)]
struct PlaceEntry {
    #[allow(dead_code)]
    kind: String,
    /// Names per language code (`en = [...]`, `fr = [...]`).
    #[serde(flatten)]
    names: BTreeMap<String, Vec<String>>,
}

/// Folded place name → the places it names.
#[derive(Debug, Clone, Default)]
pub struct Gazetteer {
    index: HashMap<String, Vec<usize>>,
    count: usize,
}

impl Gazetteer {
    pub fn parse(origin: &str, source: &str) -> Result<Gazetteer, Error> {
        let mut g = Gazetteer::default();
        g.extend(origin, source)?;
        Ok(g)
    }

    /// Adds the places of another gazetteer file.
    pub fn extend(&mut self, origin: &str, source: &str) -> Result<(), Error> {
        let file: GazetteerFile =
            toml::from_str(source).map_err(|e| toml_error(origin, source, &e))?;
        for entry in file.place {
            let id = self.count;
            self.count += 1;
            for name in entry.names.values().flatten() {
                let ids = self.index.entry(fold(name)).or_default();
                if !ids.contains(&id) {
                    ids.push(id);
                }
            }
        }
        Ok(())
    }

    /// Whether `name` is a known place name.
    pub fn contains(&self, name: &str) -> bool {
        self.index.contains_key(&fold(name))
    }

    /// Whether `a` and `b` are both known names and name no common place.
    pub fn distinct(&self, a: &str, b: &str) -> bool {
        match (self.index.get(&fold(a)), self.index.get(&fold(b))) {
            (Some(x), Some(y)) => !x.iter().any(|i| y.contains(i)),
            _ => false,
        }
    }

    /// Whether `a` and `b` are known names of one place (Kyrgyzstan / Kirghizistan).
    pub fn same_place(&self, a: &str, b: &str) -> bool {
        match (self.index.get(&fold(a)), self.index.get(&fold(b))) {
            (Some(x), Some(y)) => x.iter().any(|i| y.contains(i)),
            _ => false,
        }
    }

    pub fn len(&self) -> usize {
        self.count
    }

    pub fn is_empty(&self) -> bool {
        self.count == 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distinct_and_same_places() {
        let g = Gazetteer::parse(
            "t.toml",
            "[[place]]\nkind = \"country\"\nen = [\"Iran\"]\nfr = [\"Iran\"]\n\
             [[place]]\nkind = \"country\"\nen = [\"Iraq\"]\nfr = [\"Irak\"]\n\
             [[place]]\nkind = \"country\"\nen = [\"Kyrgyzstan\"]\nfr = [\"Kirghizistan\"]\n",
        )
        .unwrap();
        assert!(g.distinct("Iran", "Iraq"));
        assert!(g.same_place("Kyrgyzstan", "Kirghizistan"));
        assert!(!g.distinct("Kirghizistan", "Kirghizstan"));
        assert!(g.contains("irak"));
    }

    #[test]
    fn errors_name_the_line() {
        let e = Gazetteer::parse("g.toml", "[[place]]\nkind = \"country\"\nen = 3\n")
            .unwrap_err()
            .to_string();
        assert!(e.starts_with("g.toml:"), "{e}");
    }
}
