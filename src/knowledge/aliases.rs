//! Aliases and house style (`rules/aliases.toml`).
//!
//! - `[[alias]]` groups: names that are legitimately different for one referent (Astana /
//!   Nur-Sultan, Kyiv / Kiev, Myanmar / Burma), each optionally with the years it was in use.
//!   The alignment keeps the names of one group as one entity but never takes one for a
//!   misspelling of another; each name keeps its own spelling cluster.
//! - `[[house]]` entries: a newsroom's preferred spelling of a name (Tokaïev, Kirghizstan).
//!   A spelling finding on that name suggests the house spelling, and a name written the
//!   other way everywhere is flagged too.

use serde::Deserialize;

use crate::error::{Error, toml_error};
use crate::knowledge::normalize::{Translit, fold};

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct AliasesFile {
    #[serde(default)]
    alias: Vec<AliasEntry>,
    #[serde(default)]
    house: Vec<HouseStyle>,
}

/// The `alias` and `house` keys of a file that holds other keys too.
#[derive(Debug, Clone, Default, Deserialize)]
struct EmbeddedEntries {
    #[serde(default)]
    alias: Vec<AliasEntry>,
    #[serde(default)]
    house: Vec<HouseStyle>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct AliasEntry {
    /// What the names refer to ("capital of Kazakhstan").
    #[serde(default)]
    note: String,
    names: Vec<AliasName>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
enum AliasName {
    Plain(String),
    Dated {
        name: String,
        #[serde(default)]
        years: String,
    },
}

/// One name of an alias group, with the years it held (free text, documentation only).
#[derive(Debug, Clone, PartialEq)]
pub struct Alias {
    pub name: String,
    pub years: String,
}

/// Names that are legitimately different for one referent.
#[derive(Debug, Clone, PartialEq)]
pub struct AliasGroup {
    pub note: String,
    pub names: Vec<Alias>,
}

/// A newsroom's preferred spelling of one name.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HouseStyle {
    /// The preferred spelling ("Tokaïev").
    pub spelling: String,
    /// Other established spellings it replaces beyond its transliterations and diacritics
    /// ("Kirghizistan" for "Kirghizstan"); transliteration variants match without being listed.
    #[serde(default)]
    pub replaces: Vec<String>,
}

/// The alias groups and house-style spellings in effect.
#[derive(Debug, Clone, Default)]
pub struct Aliases {
    pub groups: Vec<AliasGroup>,
    pub house: Vec<HouseStyle>,
    /// Each folded name of the groups to its first (group, name) indices, rebuilt whenever a
    /// file adds groups: `lookup` folded every name of every group at each call.
    index: std::collections::HashMap<String, (usize, usize)>,
}

impl Aliases {
    pub fn parse(origin: &str, source: &str) -> Result<Aliases, Error> {
        let mut a = Aliases::default();
        a.extend(origin, source)?;
        Ok(a)
    }

    /// Adds the `[[alias]]` and `[[house]]` entries of a file that also holds other keys (a
    /// `crosscheck.toml`), with the same rules as `extend`. The other keys are left to the
    /// caller to check; errors inside the entries name `origin` and their line.
    pub fn extend_embedded(&mut self, origin: &str, source: &str) -> Result<(), Error> {
        let file: EmbeddedEntries = toml::from_str(source).map_err(|e| {
            let (line, column) = crate::error::line_col(source, e.span().map_or(0, |s| s.start));
            Error::Config {
                path: origin.to_string(),
                line,
                column,
                message: e
                    .message()
                    .lines()
                    .next()
                    .unwrap_or("invalid TOML")
                    .to_string(),
            }
        })?;
        self.add(
            origin,
            source,
            AliasesFile {
                alias: file.alias,
                house: file.house,
            },
        )
    }

    /// Adds another aliases file: a group that shares a name with an existing one replaces
    /// it, a house spelling for a name already styled replaces the old one; the rest are
    /// appended.
    pub fn extend(&mut self, origin: &str, source: &str) -> Result<(), Error> {
        let file: AliasesFile =
            toml::from_str(source).map_err(|e| toml_error(origin, source, &e))?;
        self.add(origin, source, file)
    }

    fn add(&mut self, origin: &str, source: &str, file: AliasesFile) -> Result<(), Error> {
        for entry in file.alias {
            let names: Vec<Alias> = entry
                .names
                .into_iter()
                .map(|n| match n {
                    AliasName::Plain(name) => Alias {
                        name,
                        years: String::new(),
                    },
                    AliasName::Dated { name, years } => Alias { name, years },
                })
                .collect();
            if names.len() < 2 {
                return Err(Error::DataFile {
                    path: origin.to_string(),
                    line: line_of_names(source, names.first().map(|n| n.name.as_str())),
                    message: "an [[alias]] group needs at least two `names`".into(),
                });
            }
            let group = AliasGroup {
                note: entry.note,
                names,
            };
            let folded: Vec<String> = group.names.iter().map(|n| fold(&n.name)).collect();
            self.groups
                .retain(|g| !g.names.iter().any(|n| folded.contains(&fold(&n.name))));
            self.groups.push(group);
        }
        for h in file.house {
            let key = fold(&h.spelling);
            self.house.retain(|o| fold(&o.spelling) != key);
            self.house.push(h);
        }
        self.index.clear();
        for (g, group) in self.groups.iter().enumerate() {
            for (i, n) in group.names.iter().enumerate() {
                self.index.entry(fold(&n.name)).or_insert((g, i));
            }
        }
        Ok(())
    }

    /// The (group, name) indices of `name` in an alias group, if it is one.
    pub fn lookup(&self, name: &str) -> Option<(usize, usize)> {
        self.index.get(&fold(name)).copied()
    }

    /// Whether `a` and `b` are different names of one alias group (Kyiv / Kiev): never one
    /// name misspelled.
    pub fn distinct_names(&self, a: &str, b: &str) -> bool {
        match (self.lookup(a), self.lookup(b)) {
            (Some((ga, ia)), Some((gb, ib))) => ga == gb && ia != ib,
            _ => false,
        }
    }

    /// The house spelling for a name written in any of `forms`: one of them is the house
    /// spelling up to transliteration and diacritics, or a form it replaces.
    pub fn house_for<'a>(
        &self,
        tr: &Translit,
        forms: impl IntoIterator<Item = &'a str> + Clone,
    ) -> Option<&str> {
        self.house
            .iter()
            .rev()
            .find(|h| {
                let eq = tr.equivalent(&h.spelling);
                forms.clone().into_iter().any(|f| {
                    tr.equivalent(f) == eq || h.replaces.iter().any(|r| fold(r) == fold(f))
                })
            })
            .map(|h| h.spelling.as_str())
    }
}

/// The line of the `names` key of an alias group holding `first`, or 1.
fn line_of_names(source: &str, first: Option<&str>) -> usize {
    source
        .lines()
        .position(|l| l.trim_start().starts_with("names") && first.is_none_or(|f| l.contains(f)))
        .map_or(1, |i| i + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    const BASE: &str = "[[alias]]\nnote = \"capital of Kazakhstan\"\nnames = [\n  \
        { name = \"Astana\", years = \"1998–2019, since 2022\" },\n  \
        { name = \"Nur-Sultan\", years = \"2019–2022\" },\n  \"Akmola\",\n]\n\
        [[alias]]\nnames = [\"Kyiv\", \"Kiev\"]\n";

    #[test]
    fn groups_and_years_load() {
        let a = Aliases::parse("a.toml", BASE).unwrap();
        assert_eq!(a.groups.len(), 2);
        assert_eq!(a.groups[0].names[1].years, "2019–2022");
        assert_eq!(a.groups[0].names[2].years, "");
        assert!(a.distinct_names("Kyiv", "kiev"));
        assert!(a.distinct_names("Astana", "Nur-Sultan"));
        assert!(!a.distinct_names("Astana", "Kyiv"));
        assert!(!a.distinct_names("Nur-Sultan", "Nur-Sultn"));
        assert!(a.house.is_empty());
    }

    #[test]
    fn a_team_file_appends_and_overrides() {
        let mut a = Aliases::parse("a.toml", BASE).unwrap();
        a.extend(
            "team/aliases.toml",
            "[[alias]]\nnames = [\"Kyiv\", \"Kiev\", \"Kyjiw\"]\n\
             [[alias]]\nnames = [\"Myanmar\", \"Burma\"]\n\
             [[house]]\nspelling = \"Tokaïev\"\n\
             [[house]]\nspelling = \"Kirghizstan\"\nreplaces = [\"Kirghizistan\"]\n",
        )
        .unwrap();
        // Kyiv's group replaced, Myanmar's appended.
        assert_eq!(a.groups.len(), 3);
        assert_eq!(a.groups[1].names.len(), 3);
        assert_eq!(a.groups[2].names[1].name, "Burma");
        let tr = Translit::parse(
            "rules/translit.toml",
            include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/rules/translit.toml")),
        )
        .unwrap();
        assert_eq!(a.house_for(&tr, ["Tokayev"]), Some("Tokaïev"));
        assert_eq!(a.house_for(&tr, ["Kirghizistan"]), Some("Kirghizstan"));
        assert_eq!(a.house_for(&tr, ["Nazarbayev"]), None);
        // A later house entry for the same name replaces the earlier one.
        a.extend("t2.toml", "[[house]]\nspelling = \"tokaïev\"\n")
            .unwrap();
        assert_eq!(a.house.len(), 2);
        assert_eq!(a.house_for(&tr, ["Tokaev"]), Some("tokaïev"));
    }

    #[test]
    fn entries_embedded_in_another_file() {
        let mut a = Aliases::parse("a.toml", BASE).unwrap();
        let src = "fail-on = \"error\"\n[rules.x]\nenabled = false\n\n\
                   [[alias]]\nnames = [\"Myanmar\", \"Burma\"]\n[[house]]\nspelling = \"Tokaïev\"\n";
        a.extend_embedded("crosscheck.toml", src).unwrap();
        assert_eq!(a.groups.len(), 3);
        assert_eq!(a.house[0].spelling, "Tokaïev");
        let e = a
            .extend_embedded("crosscheck.toml", "x = 1\n[[house]]\nspeling = \"A\"\n")
            .unwrap_err()
            .to_string();
        assert!(e.starts_with("crosscheck.toml:3:"), "{e}");
    }

    #[test]
    fn malformed_files_name_file_and_line() {
        let cases = [
            (
                "[[alias]]\nnames = [\"A\", \"B\"]\ncolour = 1\n",
                3,
                "unknown field `colour`",
            ),
            ("[[alias]]\nnames = [\"Kyiv\"]\n", 2, "at least two"),
            ("\n[[house]]\nspelling = 3\n", 3, ""),
            ("[[alias]]\nnames = [\"A\", \"B\"\n", 2, ""),
        ];
        for (src, line, what) in cases {
            let e = Aliases::parse("team/aliases.toml", src)
                .unwrap_err()
                .to_string();
            assert!(
                e.starts_with(&format!("team/aliases.toml:{line}:")),
                "{src:?}: {e}"
            );
            assert!(e.contains(what), "{e}");
        }
    }
}
