//! Known places (`rules/gazetteer.toml`): one entry per place with its standard names in each
//! language. Used to recognise a capitalised word as a place, and to keep two different places
//! with close names (Iran / Iraq) from being taken for one name misspelled.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::collections::BTreeMap;

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
    /// The places of `rules/places.tsv` (GeoNames cities, countries, ISO 3166-2
    /// subdivisions): names that are places somewhere, known less surely than the curated
    /// ones ("Jackson" is a city and a surname), read on first use.
    /// Each file with its origin, and whether its names were folded beforehand.
    more: Vec<(String, &'static str, bool)>,
    more_index: std::sync::OnceLock<HashSet<String>>,
    /// For `more` files folded when crosscheck was built (the embedded `rules/places.tsv`):
    /// the folded names of several words, sorted, one a line.
    more_folded: Vec<&'static str>,
    /// Their lines, split into a set on first use (`folded_more`).
    more_folded_index: std::sync::OnceLock<HashSet<&'static str>>,
    /// The first three bytes of the curated names (folded) of three bytes or more, gathered
    /// on first use (`curated_head`).
    heads: std::sync::OnceLock<HashSet<[u8; 3]>>,
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
        self.more_index = std::sync::OnceLock::new();
        self.heads = std::sync::OnceLock::new();
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

    /// Adds the places of a `places.tsv` file (kind, country code, population, names
    /// separated by `|`, one place a line; `#` starts a comment line), indexed on first use:
    /// reading it costs nothing to a run that never asks. The embedded file is checked by a
    /// test, not at each start.
    pub fn extend_more(&mut self, origin: &str, source: &'static str) {
        self.more.push((origin.to_string(), source, false));
        self.more_index = std::sync::OnceLock::new();
    }

    /// `extend_more` for a file whose names of several words were folded beforehand (`folded`:
    /// sorted, unique, one a line, as `build.rs` writes them for the embedded file): they are
    /// looked up as they are, not folded at run time.
    pub fn extend_more_folded(&mut self, origin: &str, source: &'static str, folded: &'static str) {
        self.more.push((origin.to_string(), source, true));
        self.more_folded.push(folded);
        self.more_folded_index = std::sync::OnceLock::new();
    }

    /// The lines of `places.tsv` files that are not places, with their origin and line number.
    pub fn malformed_more(&self) -> Vec<(String, usize)> {
        let mut out = Vec::new();
        for (origin, source, _) in &self.more {
            for (n, line) in source.lines().enumerate() {
                if line.is_empty() || line.starts_with('#') {
                    continue;
                }
                let fields: Vec<&str> = line.split('\t').collect();
                if fields.len() != 4
                    || fields[2].parse::<u64>().is_err()
                    || fields[3].split('|').any(str::is_empty)
                {
                    out.push((origin.clone(), n + 1));
                }
            }
        }
        out
    }

    /// The folded names of several words in the extra places (`places.tsv`), built on first
    /// use: only whether a name is there is asked (a list of place ids per name cost a vector
    /// per name, for nothing).
    fn more(&self) -> &HashSet<String> {
        self.more_index.get_or_init(|| {
            let mut index: HashSet<String> = HashSet::default();
            // Files folded beforehand (`extend_more_folded`) are looked up in `more_folded`.
            for (_, source, _) in self.more.iter().filter(|(_, _, folded)| !folded) {
                for line in source.lines() {
                    if line.is_empty() || line.starts_with('#') {
                        continue;
                    }
                    let Some(names) = line.rsplit('\t').next() else {
                        continue;
                    };
                    // Only names of several words are looked up in this list (`known`).
                    for name in names.split('|').filter(|n| n.contains(' ')) {
                        index.insert(fold(name));
                    }
                }
            }
            index
        })
    }

    /// Whether `name` is a known place name of the curated list (`gazetteer.toml`).
    pub fn contains(&self, name: &str) -> bool {
        self.index.contains_key(&fold(name))
    }

    /// `contains` for a name already folded (`normalize::fold`, which folding again leaves
    /// as it is).
    pub fn contains_folded(&self, folded: &str) -> bool {
        self.index.contains_key(folded)
    }

    /// Whether a curated name starts with the first three bytes of `folded` (a folded name of
    /// three bytes or more): when not, `contains_folded` is false for every name that starts
    /// with them, which lets a caller pass over the names it would build from `folded`.
    pub fn curated_head(&self, folded: &str) -> bool {
        let Some(&[a, b, c]) = folded.as_bytes().first_chunk::<3>() else {
            return false;
        };
        self.heads
            .get_or_init(|| {
                self.index
                    .keys()
                    .filter_map(|k| k.as_bytes().first_chunk::<3>().copied())
                    .collect()
            })
            .contains(&[a, b, c])
    }

    /// Whether `name` names a place in the curated list, or is a name of several words in
    /// `places.tsv` ("Banda Aceh", "Des Moines"). A single word there may as well be a person
    /// ("Jackson", "Florence"), so single words are not looked up in it.
    pub fn known(&self, name: &str) -> bool {
        let f = fold(name);
        self.index.contains_key(&f)
            || (name.contains(' ')
                && (self.folded_more().contains(f.as_str()) || self.more().contains(&f)))
    }

    /// The names of `more_folded`, in a set: `known` asks it of every candidate name of
    /// several words, and a binary search of the sorted lists compared a dozen strings each
    /// time. Built on first use (9,000 names in the embedded lists).
    fn folded_more(&self) -> &HashSet<&'static str> {
        self.more_folded_index.get_or_init(|| {
            self.more_folded
                .iter()
                .flat_map(|list| list.lines())
                .collect()
        })
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
    fn curated_heads_follow_the_names_added() {
        let mut g = Gazetteer::parse(
            "t.toml",
            "[[place]]\nkind = \"country\"\nen = [\"Ukraine\"]\nfr = [\"Ukraine\"]\n",
        )
        .unwrap();
        assert!(g.curated_head("ukrainian"));
        assert!(g.curated_head("ukr"));
        assert!(!g.curated_head("uk"));
        assert!(!g.curated_head("kenyan"));
        // Heads are gathered on first use: a file added later is read again.
        g.extend(
            "u.toml",
            "[[place]]\nkind = \"country\"\nen = [\"Kenya\"]\nfr = [\"Kenya\"]\n",
        )
        .unwrap();
        assert!(g.curated_head("kenyan"));
    }

    #[test]
    fn errors_name_the_line() {
        let e = Gazetteer::parse("g.toml", "[[place]]\nkind = \"country\"\nen = 3\n")
            .unwrap_err()
            .to_string();
        assert!(e.starts_with("g.toml:"), "{e}");
    }
}
