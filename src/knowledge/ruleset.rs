//! Rules: what counts as a disagreement, how severe it is and how it is worded — data in
//! TOML files, one rule per file (`rules/*.toml`, embedded in the binary), plus the knowledge
//! files beside them (`translit.toml`, `gazetteer.toml`, `aliases.toml`, `lang/*.toml`).
//!
//! A rule names a `check` (one of the comparisons crosscheck knows how to make) and sets its
//! severity, message and thresholds. A team's own folder (`--rules DIR`) adds rules, or
//! overrides fields of a rule with the same `id`; its `translit.toml`, `gazetteer.toml` and
//! `aliases.toml` add to the defaults and its `lang/*.toml` replace a language.
//!
//! This module loads the rule book (`RuleSet`) and holds `THRESHOLDS`, the one table of every
//! tunable number. It decides nothing: the alignment reads the thresholds, and
//! `rules::evaluate` turns an alignment into findings.

use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::error::{Error, display_path, toml_error};
use crate::knowledge::aliases::Aliases;
use crate::knowledge::gazetteer::Gazetteer;
use crate::knowledge::lang::{Lang, Languages};
use crate::knowledge::normalize::{Translit, TranslitFile};
use crate::model::{FindingKind, Severity};

/// The default rule files, embedded: (path shown to users, contents).
const DEFAULT_RULES: &[(&str, &str)] = &[
    (
        "rules/date-mismatch.toml",
        include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/rules/date-mismatch.toml"
        )),
    ),
    (
        "rules/figure-mismatch.toml",
        include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/rules/figure-mismatch.toml"
        )),
    ),
    (
        "rules/figure-scale.toml",
        include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/rules/figure-scale.toml"
        )),
    ),
    (
        "rules/name-initial.toml",
        include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/rules/name-initial.toml"
        )),
    ),
    (
        "rules/name-spelling.toml",
        include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/rules/name-spelling.toml"
        )),
    ),
    (
        "rules/name-transliteration.toml",
        include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/rules/name-transliteration.toml"
        )),
    ),
];

const TRANSLIT: (&str, &str) = (
    "rules/translit.toml",
    include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/rules/translit.toml")),
);
const ALIASES: (&str, &str) = (
    "rules/aliases.toml",
    include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/rules/aliases.toml")),
);
const GAZETTEER: (&str, &str) = (
    "rules/gazetteer.toml",
    include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/rules/gazetteer.toml")),
);
/// GeoNames cities and ISO 3166 places (`scripts/gazetteer-geonames.py`).
/// The names of several words of `rules/places.tsv`, folded by `build.rs`.
const PLACES_MULTIWORD: &str = include_str!(concat!(env!("OUT_DIR"), "/places-multiword.txt"));

const PLACES: (&str, &str) = (
    "rules/places.tsv",
    include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/rules/places.tsv")),
);

/// The placeholders a rule's message may use; every check fills all of them.
const MESSAGE_PLACEHOLDERS: &[&str] = &[
    "variant",
    "consensus",
    "count",
    "sources",
    "subject",
    "variant_count",
    "house",
];

/// The comparisons crosscheck knows how to make; a rule picks one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Check {
    /// Spellings of one name that differ by more than transliteration.
    NameSpelling,
    /// Spellings of one name that differ only by diacritics or transliteration.
    NameTransliteration,
    /// Initials that contradict each other for one person.
    NameInitial,
    /// Dates of one event that cannot both be true.
    DateMismatch,
    /// Figures of one quantity that differ beyond tolerance.
    FigureMismatch,
    /// Figures of one quantity that differ by a factor of a thousand (million / billion).
    FigureScale,
}

impl Check {
    const ALL: [(&'static str, Check); 6] = [
        ("name-spelling", Check::NameSpelling),
        ("name-transliteration", Check::NameTransliteration),
        ("name-initial", Check::NameInitial),
        ("date-mismatch", Check::DateMismatch),
        ("figure-mismatch", Check::FigureMismatch),
        ("figure-scale", Check::FigureScale),
    ];

    fn parse(s: &str) -> Option<Check> {
        Check::ALL.iter().find(|(n, _)| *n == s).map(|(_, c)| *c)
    }

    pub fn as_str(self) -> &'static str {
        Check::ALL
            .iter()
            .find(|(_, c)| *c == self)
            .map_or("", |(n, _)| n)
    }
}

/// The numbers a check uses; every rule file may set any of them, each check reads its own.
#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Thresholds {
    /// Names: shortest name (in letters) compared with fuzzy matching; shorter ones must match
    /// exactly.
    pub min_length: Option<usize>,
    /// Names: most letters added, dropped or changed between two spellings of one name.
    pub max_edits: Option<usize>,
    /// Names: least Jaro-Winkler similarity (0–1) between two spellings of one name.
    pub min_similarity: Option<f64>,
    /// Dates and figures: least share (0–1, weighted Jaccard) of the context words of two
    /// claims that they must have in common to be about the same fact.
    pub min_context: Option<f64>,
    /// Dates and figures: fewest context words two claims must have in common.
    pub min_shared_words: Option<usize>,
    /// Dates and figures: how many words on each side of a claim make its context.
    pub window: Option<usize>,
    /// Figures: relative difference (0–1) still taken as the same value (rounding).
    pub tolerance: Option<f64>,
    /// Figures: relative difference accepted when one figure is approximate ("environ").
    pub approx_tolerance: Option<f64>,
    /// Figures: a sentence with more figures than this is a list (statistics, tallies) whose
    /// figures cannot be told apart by their words, and is not compared.
    pub max_sentence_figures: Option<usize>,
    /// Dates and figures: a sentence of at most this many words with a dateline word
    /// ("updated", "publié le") is a time stamp, whose dates and figures are not compared.
    pub dateline_max_words: Option<usize>,
    /// Figures: how far, in tokens, an earlier-report or revision phrase ("previous toll",
    /// "rose to") reaches to the figure it qualifies.
    pub marker_reach: Option<usize>,
    /// Figures: the context window, in words, of a figure in a sentence with more than
    /// `max_sentence_figures` figures.
    pub crowded_window: Option<usize>,
    /// Figures: least share (0-1) of words and numbers two such crowded sentences must have in
    /// common for their figures to be compared.
    pub crowded_min_sentence: Option<f64>,
    /// Figures: least share (0-1) of context words two figures of one named measure
    /// ("killed 245", "212 morts") must have in common, instead of `min_context`.
    pub measured_min_context: Option<f64>,
}

impl Thresholds {
    /// Sets the thresholds `o` sets, keeps the others.
    pub fn overlay(&mut self, o: &Thresholds) {
        macro_rules! take {
            ($($f:ident),*) => { $( if o.$f.is_some() { self.$f = o.$f; } )* };
        }
        take!(
            min_length,
            max_edits,
            min_similarity,
            min_context,
            min_shared_words,
            window,
            tolerance,
            approx_tolerance,
            max_sentence_figures,
            dateline_max_words,
            marker_reach,
            crowded_window,
            crowded_min_sentence,
            measured_min_context
        );
    }
}

/// The kind of number a threshold takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Number {
    /// A whole number, 0 or more.
    Count,
    /// A number between 0 and 1.
    Fraction,
}

/// What there is to know about one threshold, for rule files, `crosscheck.toml` and
/// `crosscheck explain`.
#[derive(Debug, PartialEq)]
pub struct ThresholdSpec {
    /// Its name in a rule file's `[thresholds]` table.
    pub name: &'static str,
    /// Its name in `crosscheck.toml`, kebab-case like every config key.
    pub config_key: &'static str,
    pub number: Number,
    /// The kinds of rule whose checks read it.
    pub kinds: &'static [FindingKind],
    pub meaning: &'static str,
}

const NAMES: &[FindingKind] = &[FindingKind::Spelling];
const FACTS: &[FindingKind] = &[FindingKind::Date, FindingKind::Figure];
const FIGURES: &[FindingKind] = &[FindingKind::Figure];

/// Every threshold, in the order `explain` lists them.
pub const THRESHOLDS: &[ThresholdSpec] = &[
    ThresholdSpec {
        name: "min_length",
        config_key: "min-length",
        number: Number::Count,
        kinds: NAMES,
        meaning: "shortest name (in letters) compared with fuzzy matching; shorter names must \
                  match exactly",
    },
    ThresholdSpec {
        name: "max_edits",
        config_key: "max-edits",
        number: Number::Count,
        kinds: NAMES,
        meaning: "most letters added, dropped, changed or swapped between two spellings of one \
                  name",
    },
    ThresholdSpec {
        name: "min_similarity",
        config_key: "min-similarity",
        number: Number::Fraction,
        kinds: NAMES,
        meaning: "least Jaro-Winkler similarity (0-1) between two spellings of one name",
    },
    ThresholdSpec {
        name: "window",
        config_key: "window",
        number: Number::Count,
        kinds: FACTS,
        meaning: "how many words on each side of a claim make its context",
    },
    ThresholdSpec {
        name: "min_shared_words",
        config_key: "min-shared-words",
        number: Number::Count,
        kinds: FACTS,
        meaning: "fewest context words two claims must share to be about the same fact",
    },
    ThresholdSpec {
        name: "min_context",
        config_key: "min-context",
        number: Number::Fraction,
        kinds: FACTS,
        meaning: "least share (0-1, weighted Jaccard) of context words two claims must share",
    },
    ThresholdSpec {
        name: "max_sentence_figures",
        config_key: "max-sentence-figures",
        number: Number::Count,
        kinds: FIGURES,
        meaning: "a sentence with more figures than this is a list and is not compared",
    },
    ThresholdSpec {
        name: "tolerance",
        config_key: "tolerance",
        number: Number::Fraction,
        kinds: FIGURES,
        meaning: "largest share (0-1) of a figure that rounding to its last written digit may \
                  change (\"18\" rounds \"18.5\"); figures of one precision agree only when equal",
    },
    ThresholdSpec {
        name: "approx_tolerance",
        config_key: "approx-tolerance",
        number: Number::Fraction,
        kinds: FIGURES,
        meaning: "relative difference accepted when one figure is approximate (\"about\")",
    },
    ThresholdSpec {
        name: "dateline_max_words",
        config_key: "dateline-max-words",
        number: Number::Count,
        kinds: FACTS,
        meaning: "a sentence of at most this many words with a dateline word (\"updated\") is a \
                  time stamp, and its dates and figures are not compared",
    },
    ThresholdSpec {
        name: "marker_reach",
        config_key: "marker-reach",
        number: Number::Count,
        kinds: FIGURES,
        meaning: "how far, in tokens, an earlier-report or revision phrase (\"previous toll\") \
                  reaches to the figure it qualifies",
    },
    ThresholdSpec {
        name: "crowded_window",
        config_key: "crowded-window",
        number: Number::Count,
        kinds: FIGURES,
        meaning: "context window, in words, of a figure in a sentence with more than \
                  max_sentence_figures figures",
    },
    ThresholdSpec {
        name: "crowded_min_sentence",
        config_key: "crowded-min-sentence",
        number: Number::Fraction,
        kinds: FIGURES,
        meaning: "least share (0-1) of words and numbers two such crowded sentences must have in \
                  common for their figures to be compared",
    },
    ThresholdSpec {
        name: "measured_min_context",
        config_key: "measured-min-context",
        number: Number::Fraction,
        kinds: FIGURES,
        meaning: "least share (0-1) of context words two figures of one named measure (\"killed \
                  245\", \"212 morts\") must have in common, instead of min_context",
    },
];

impl Thresholds {
    /// The value of the threshold `name` (as in `THRESHOLDS`), when set; a count as a whole
    /// number.
    pub fn get(&self, name: &str) -> Option<f64> {
        let count = |v: Option<usize>| v.map(|v| v as f64);
        match name {
            "min_length" => count(self.min_length),
            "max_edits" => count(self.max_edits),
            "min_similarity" => self.min_similarity,
            "window" => count(self.window),
            "min_shared_words" => count(self.min_shared_words),
            "min_context" => self.min_context,
            "max_sentence_figures" => count(self.max_sentence_figures),
            "tolerance" => self.tolerance,
            "approx_tolerance" => self.approx_tolerance,
            "dateline_max_words" => count(self.dateline_max_words),
            "marker_reach" => count(self.marker_reach),
            "crowded_window" => count(self.crowded_window),
            "crowded_min_sentence" => self.crowded_min_sentence,
            "measured_min_context" => self.measured_min_context,
            _ => None,
        }
    }

    /// Sets the threshold `name` (as in `THRESHOLDS`); a count takes the whole part of `value`.
    pub fn set(&mut self, name: &str, value: f64) {
        let count = Some(value as usize);
        match name {
            "min_length" => self.min_length = count,
            "max_edits" => self.max_edits = count,
            "min_similarity" => self.min_similarity = Some(value),
            "window" => self.window = count,
            "min_shared_words" => self.min_shared_words = count,
            "min_context" => self.min_context = Some(value),
            "max_sentence_figures" => self.max_sentence_figures = count,
            "tolerance" => self.tolerance = Some(value),
            "approx_tolerance" => self.approx_tolerance = Some(value),
            "dateline_max_words" => self.dateline_max_words = count,
            "marker_reach" => self.marker_reach = count,
            "crowded_window" => self.crowded_window = count,
            "crowded_min_sentence" => self.crowded_min_sentence = Some(value),
            "measured_min_context" => self.measured_min_context = Some(value),
            _ => {}
        }
    }
}

/// A rule file as written: every field optional, so an override can set just one.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RuleFile {
    id: Option<String>,
    kind: Option<String>,
    check: Option<String>,
    severity: Option<String>,
    enabled: Option<bool>,
    summary: Option<String>,
    message: Option<String>,
    house_message: Option<String>,
    thresholds: Option<Thresholds>,
    doc: Option<String>,
}

/// A rule in effect.
#[derive(Debug, Clone)]
pub struct Rule {
    pub id: String,
    pub kind: FindingKind,
    pub check: Check,
    pub severity: Severity,
    pub enabled: bool,
    pub summary: String,
    /// The message template, with `{placeholders}`.
    pub message: String,
    /// The message template when the name has a house-style spelling (`rules/aliases.toml`);
    /// `message` when unset.
    pub house_message: Option<String>,
    pub thresholds: Thresholds,
    /// The rule's documentation: what it flags, why, examples, how to configure it.
    pub doc: String,
    /// Where the rule was loaded from, and overridden.
    pub origin: String,
}

impl Rule {
    /// Fills the message template (the house-style one when `house`).
    pub fn render(&self, vars: &[(&str, String)], house: bool) -> String {
        let mut out = match (&self.house_message, house) {
            (Some(m), true) => m.clone(),
            _ => self.message.clone(),
        };
        for (k, v) in vars {
            out = out.replace(&format!("{{{k}}}"), v);
        }
        out
    }
}

/// Everything the rules stage knows: the rules, the languages, transliterations, places,
/// aliases and house style.
#[derive(Debug, Clone)]
pub struct RuleSet {
    /// Sorted by id.
    pub rules: Vec<Rule>,
    pub langs: Languages,
    pub translit: Translit,
    pub places: Gazetteer,
    pub aliases: Aliases,
    /// A digest of every file read beyond the embedded defaults (rule, language, translit,
    /// gazetteer and aliases files, and the config that edits the set): with the build's
    /// identity, what says whether a cached extraction can be trusted.
    pub digest: u64,
}

/// The FNV-1a 64-bit hash's starting state.
pub const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;

/// FNV-1a, 64 bits, from `state` (`FNV_OFFSET` to start): the rules' digest here, finding
/// fingerprints in `report::fingerprint`.
pub fn fnv1a64_from(state: u64, bytes: &[u8]) -> u64 {
    bytes.iter().fold(state, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

/// Folds a file's name and text into a digest.
pub fn digest_with(digest: u64, origin: &str, source: &str) -> u64 {
    [origin.as_bytes(), &[0], source.as_bytes(), &[0]]
        .iter()
        .fold(digest, |h, b| fnv1a64_from(h, b))
}

impl RuleSet {
    /// The embedded defaults.
    pub fn defaults() -> Result<RuleSet, Error> {
        RuleSet::load(&[])
    }

    /// The embedded defaults, then each of `extra` (a folder or a single rule file) in order.
    pub fn load(extra: &[PathBuf]) -> Result<RuleSet, Error> {
        let mut files = default_rule_files();
        let mut langs = Languages::embedded()?;
        let mut translit = Translit::parse(TRANSLIT.0, TRANSLIT.1)?;
        let mut places = Gazetteer::parse(GAZETTEER.0, GAZETTEER.1)?;
        places.extend_more_folded(PLACES.0, PLACES.1, PLACES_MULTIWORD);
        let mut aliases = Aliases::parse(ALIASES.0, ALIASES.1)?;
        let mut digest = FNV_OFFSET;
        for path in extra {
            let meta = std::fs::metadata(path).map_err(|e| Error::io(path, &e))?;
            if !meta.is_dir() {
                let source = read(path)?;
                digest = digest_with(digest, &display_path(path), &source);
                files.push((display_path(path), source));
                continue;
            }
            for file in toml_files(path)? {
                let name = file.file_name().map(|n| n.to_string_lossy().into_owned());
                let source = read(&file)?;
                let origin = display_path(&file);
                digest = digest_with(digest, &origin, &source);
                match name.as_deref() {
                    Some("translit.toml") => {
                        let f: TranslitFile = toml::from_str(&source)
                            .map_err(|e| toml_error(&origin, &source, &e))?;
                        translit.extend(f);
                    }
                    Some("gazetteer.toml") => places.extend(&origin, &source)?,
                    Some("aliases.toml") => aliases.extend(&origin, &source)?,
                    _ => files.push((origin, source)),
                }
            }
            let lang_dir = path.join("lang");
            if lang_dir.is_dir() {
                for file in toml_files(&lang_dir)? {
                    let source = read(&file)?;
                    digest = digest_with(digest, &display_path(&file), &source);
                    langs.insert(Lang::parse(&display_path(&file), &source)?);
                }
            }
        }
        let rules = merge_rules(&files)?;
        Ok(RuleSet {
            rules,
            langs,
            translit,
            places,
            aliases,
            digest,
        })
    }

    /// The default rules and one more rule file, given as text (`origin` names it in errors),
    /// as `load` reads a file of a `--rules` folder; the languages and word tables of `self`
    /// are kept.
    pub fn with_rule_file(mut self, origin: &str, source: &str) -> Result<RuleSet, Error> {
        let mut files = default_rule_files();
        files.push((origin.to_string(), source.to_string()));
        self.rules = merge_rules(&files)?;
        self.digest = digest_with(self.digest, origin, source);
        Ok(self)
    }

    /// The enabled rules that use `check`.
    pub fn using(&self, check: Check) -> impl Iterator<Item = &Rule> {
        self.rules
            .iter()
            .filter(move |r| r.enabled && r.check == check)
    }

    /// The thresholds of the first enabled rule using `check`, for the alignment stage.
    pub fn thresholds(&self, check: Check) -> Thresholds {
        self.using(check)
            .next()
            .map(|r| r.thresholds.clone())
            .unwrap_or_default()
    }

    /// The rule with this id, to change its severity, `enabled` or thresholds (a config file).
    pub fn rule_mut(&mut self, id: &str) -> Option<&mut Rule> {
        self.rules.iter_mut().find(|r| r.id == id)
    }
}

fn read(path: &Path) -> Result<String, Error> {
    let bytes = std::fs::read(path).map_err(|e| Error::io(path, &e))?;
    String::from_utf8(bytes).map_err(|e| Error::NotUtf8 {
        path: display_path(path),
        line: crate::error::line_of(e.as_bytes(), e.utf8_error().valid_up_to()),
        offset: e.utf8_error().valid_up_to(),
    })
}

fn toml_files(dir: &Path) -> Result<Vec<PathBuf>, Error> {
    let mut out: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| Error::io(dir, &e))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_file() && p.extension().is_some_and(|e| e == "toml"))
        .collect();
    out.sort();
    Ok(out)
}

/// The 1-based line where `key = ` is set in a TOML source, or 1.
fn line_of_key(source: &str, key: &str) -> usize {
    source
        .lines()
        .position(|l| {
            l.trim_start()
                .strip_prefix(key)
                .is_some_and(|r| r.trim_start().starts_with('='))
        })
        .map_or(1, |i| i + 1)
}

/// Parses every rule file, merging files with the same `id` in order.
/// The embedded rule files, as (origin, text), before any team file.
fn default_rule_files() -> Vec<(String, String)> {
    DEFAULT_RULES
        .iter()
        .map(|(p, s)| (p.to_string(), s.to_string()))
        .collect()
}

fn merge_rules(files: &[(String, String)]) -> Result<Vec<Rule>, Error> {
    let mut merged: Vec<(RuleFile, Vec<String>)> = Vec::new();
    for (origin, source) in files {
        let file: RuleFile = toml::from_str(source).map_err(|e| toml_error(origin, source, &e))?;
        let Some(id) = file.id.clone() else {
            return Err(Error::DataFile {
                path: origin.clone(),
                line: 1,
                message: "a rule file needs an `id` (e.g. id = \"name-spelling\")".into(),
            });
        };
        validate(origin, source, &file)?;
        match merged
            .iter_mut()
            .find(|(f, _)| f.id.as_deref() == Some(&id))
        {
            Some((base, origins)) => {
                overlay(base, file);
                origins.push(origin.clone());
            }
            None => merged.push((file, vec![origin.clone()])),
        }
    }
    let mut rules = Vec::new();
    for (f, origins) in merged {
        let origin = origins.join(", overridden by ");
        let missing = |key: &str| Error::DataFile {
            path: origins[0].clone(),
            line: 1,
            message: format!("rule `{}` has no `{key}`", f.id.as_deref().unwrap_or("?")),
        };
        let kind = f.kind.as_deref().ok_or_else(|| missing("kind"))?;
        let check = f.check.as_deref().ok_or_else(|| missing("check"))?;
        let severity = f.severity.as_deref().ok_or_else(|| missing("severity"))?;
        rules.push(Rule {
            id: f.id.clone().unwrap_or_default(),
            kind: FindingKind::parse(kind).ok_or_else(|| missing("kind"))?,
            check: Check::parse(check).ok_or_else(|| missing("check"))?,
            severity: Severity::parse(severity).ok_or_else(|| missing("severity"))?,
            enabled: f.enabled.unwrap_or(true),
            summary: f.summary.clone().unwrap_or_default(),
            message: f.message.clone().ok_or_else(|| missing("message"))?,
            house_message: f.house_message.clone(),
            thresholds: f.thresholds.clone().unwrap_or_default(),
            doc: f.doc.clone().unwrap_or_default(),
            origin,
        });
    }
    rules.sort_by(|a, b| a.id.cmp(&b.id));
    Ok(rules)
}

fn overlay(base: &mut RuleFile, o: RuleFile) {
    macro_rules! take {
        ($($f:ident),*) => { $( if o.$f.is_some() { base.$f = o.$f.clone(); } )* };
    }
    take!(
        kind,
        check,
        severity,
        enabled,
        summary,
        message,
        house_message,
        doc
    );
    if let Some(t) = &o.thresholds {
        base.thresholds
            .get_or_insert_with(Thresholds::default)
            .overlay(t);
    }
}

/// Checks the values of one file, with the line of the offending key.
fn validate(origin: &str, source: &str, f: &RuleFile) -> Result<(), Error> {
    let err = |key: &str, message: String| Error::DataFile {
        path: origin.to_string(),
        line: line_of_key(source, key),
        message,
    };
    if let Some(k) = &f.kind
        && FindingKind::parse(k).is_none()
    {
        return Err(err(
            "kind",
            format!("unknown kind `{k}` (expected spelling, date or figure)"),
        ));
    }
    if let Some(s) = &f.severity
        && Severity::parse(s).is_none()
    {
        return Err(err(
            "severity",
            format!("unknown severity `{s}` (expected error, warning or info)"),
        ));
    }
    if let Some(c) = &f.check
        && Check::parse(c).is_none()
    {
        let known: Vec<&str> = Check::ALL.iter().map(|(n, _)| *n).collect();
        return Err(err(
            "check",
            format!("unknown check `{c}` (known: {})", known.join(", ")),
        ));
    }
    for (key, m) in [("message", &f.message), ("house_message", &f.house_message)] {
        let Some(m) = m else { continue };
        let allowed = MESSAGE_PLACEHOLDERS;
        let mut rest = m.as_str();
        while let Some(open) = rest.find('{') {
            let Some(close) = rest[open..].find('}') else {
                return Err(err(key, format!("unclosed `{{` in {key}")));
            };
            let name = &rest[open + 1..open + close];
            if !allowed.contains(&name) {
                return Err(err(
                    key,
                    format!(
                        "unknown placeholder `{{{name}}}` (known: {})",
                        allowed
                            .iter()
                            .map(|p| format!("{{{p}}}"))
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                ));
            }
            rest = &rest[open + close + 1..];
        }
    }
    if let Some(t) = &f.thresholds {
        for spec in THRESHOLDS.iter().filter(|s| s.number == Number::Fraction) {
            let key = spec.name;
            if let Some(v) = t.get(key)
                && !(0.0..=1.0).contains(&v)
            {
                return Err(err(
                    key,
                    format!("`{key}` must be between 0 and 1, not {v}"),
                ));
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_threshold_of_the_table_is_a_field() {
        for spec in THRESHOLDS {
            let mut t = Thresholds::default();
            assert_eq!(t.get(spec.name), None, "{}", spec.name);
            t.set(spec.name, 1.0);
            assert_eq!(t.get(spec.name), Some(1.0), "{}", spec.name);
            assert_eq!(spec.config_key, spec.name.replace('_', "-"));
        }
        // And every field is in the table: a rule file setting them all sets fourteen.
        let all: Thresholds = toml::from_str(
            "min_length = 1\nmax_edits = 1\nmin_similarity = 1.0\nmin_context = 1.0\n\
             min_shared_words = 1\nwindow = 1\ntolerance = 1.0\napprox_tolerance = 1.0\n\
             max_sentence_figures = 1\ndateline_max_words = 1\nmarker_reach = 1\n\
             crowded_window = 1\ncrowded_min_sentence = 1.0\nmeasured_min_context = 1.0\n",
        )
        .unwrap();
        let set = THRESHOLDS
            .iter()
            .filter(|s| all.get(s.name).is_some())
            .count();
        assert_eq!(set, 14);
        assert_eq!(THRESHOLDS.len(), 14);
    }

    #[test]
    fn defaults_load_and_are_sorted() {
        let set = RuleSet::defaults().unwrap();
        let ids: Vec<&str> = set.rules.iter().map(|r| r.id.as_str()).collect();
        let mut sorted = ids.clone();
        sorted.sort();
        assert_eq!(ids, sorted);
        assert!(ids.contains(&"name-spelling"));
        assert!(ids.contains(&"date-mismatch"));
        assert!(ids.contains(&"figure-mismatch"));
    }

    #[test]
    fn an_override_changes_only_what_it_sets() {
        let mut files: Vec<(String, String)> = DEFAULT_RULES
            .iter()
            .map(|(p, s)| (p.to_string(), s.to_string()))
            .collect();
        files.push((
            "team/strict.toml".into(),
            "id = \"name-spelling\"\nseverity = \"error\"\n".into(),
        ));
        let rules = merge_rules(&files).unwrap();
        let r = rules.iter().find(|r| r.id == "name-spelling").unwrap();
        assert_eq!(r.severity, Severity::Error);
        assert_eq!(r.kind, FindingKind::Spelling);
        assert!(r.origin.ends_with("overridden by team/strict.toml"));
    }

    #[test]
    fn aliases_load_and_a_team_folder_extends_them() {
        let set = RuleSet::defaults().unwrap();
        assert!(set.aliases.groups.len() >= 12);
        assert!(set.aliases.house.is_empty());
        assert!(set.aliases.distinct_names("Kiev", "Kyiv"));
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("aliases.toml"),
            "[[house]]\nspelling = \"Tokaïev\"\n[[alias]]\nnames = [\"Frunze\", \"Bishkek\", \"Pishpek\"]\n",
        )
        .unwrap();
        let set = RuleSet::load(&[dir.path().to_path_buf()]).unwrap();
        assert_eq!(set.aliases.house[0].spelling, "Tokaïev");
        let bishkek: Vec<_> = set
            .aliases
            .groups
            .iter()
            .filter(|g| g.names.iter().any(|n| n.name == "Bishkek"))
            .collect();
        assert_eq!(bishkek.len(), 1);
        assert_eq!(bishkek[0].names.len(), 3);
        assert!(set.aliases.distinct_names("Pishpek", "Frunze"));
        std::fs::write(dir.path().join("aliases.toml"), "[[alias]]\nnames = 3\n").unwrap();
        let e = RuleSet::load(&[dir.path().to_path_buf()])
            .unwrap_err()
            .to_string();
        assert!(e.contains("aliases.toml:2:"), "{e}");
    }

    #[test]
    fn house_message_is_checked_and_used() {
        let files = vec![(
            "team/x.toml".to_string(),
            "id = \"x\"\nkind = \"spelling\"\ncheck = \"name-spelling\"\nseverity = \"info\"\n\
             message = \"{variant} / {consensus}\"\nhouse_message = \"{variant}; house: {house}\"\n"
                .to_string(),
        )];
        let rules = merge_rules(&files).unwrap();
        let vars = [
            ("variant", "a".to_string()),
            ("consensus", "b".to_string()),
            ("house", "c".to_string()),
        ];
        assert_eq!(rules[0].render(&vars, false), "a / b");
        assert_eq!(rules[0].render(&vars, true), "a; house: c");
        let e = merge_rules(&[(
            "team/bad.toml".into(),
            "id = \"x\"\nmessage = \"{house}\"\nhouse_message = \"{hose}\"\n".into(),
        )])
        .unwrap_err()
        .to_string();
        assert!(
            e.starts_with("team/bad.toml:3: unknown placeholder `{hose}`"),
            "{e}"
        );
    }

    #[test]
    fn malformed_rule_files_name_file_and_line() {
        let cases = [
            (
                "id = \"x\"\nkind = \"spelling\"\nseverity = \"loud\"\n",
                3,
                "unknown severity",
            ),
            (
                "id = \"x\"\n\nmessage = \"{nope}\"\n",
                3,
                "unknown placeholder",
            ),
            ("id = \"x\"\ncolour = 3\n", 2, "unknown field"),
            ("id = \"x\"\ncheck = \"nope\"\n", 2, "unknown check `nope`"),
            (
                "id = \"x\"\n[thresholds]\nmin_similarity = 3.0\n",
                3,
                "between 0 and 1",
            ),
            ("id = \n", 1, ""),
        ];
        for (src, line, what) in cases {
            let e = merge_rules(&[("team/bad.toml".into(), src.into())])
                .unwrap_err()
                .to_string();
            assert!(e.starts_with(&format!("team/bad.toml:{line}:")), "{e}");
            assert!(e.contains(what), "{e}");
        }
    }

    #[test]
    fn embedded_places_are_well_formed_and_known() {
        let rules = RuleSet::defaults().unwrap();
        assert!(rules.places.malformed_more().is_empty());
        // Several words, from GeoNames or ISO 3166-2: places; one word there is not enough.
        assert!(rules.places.known("Banda Aceh"));
        assert!(rules.places.known("Al Haouz"));
        assert!(!rules.places.known("Jackson"));
        assert!(rules.places.known("Iraq"));
    }

    /// `build.rs` folds the several-word names of `places.tsv` with the same `fold` as a run
    /// would: the embedded list is exactly what folding the file now gives.
    #[test]
    fn place_names_folded_at_build_time_match_the_file() {
        let mut names: Vec<String> = PLACES
            .1
            .lines()
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .filter_map(|l| l.rsplit('\t').next())
            .flat_map(|field| field.split('|'))
            .filter(|n| n.contains(' '))
            .map(crate::knowledge::normalize::fold)
            .collect();
        names.sort();
        names.dedup();
        let embedded: Vec<&str> = PLACES_MULTIWORD.lines().collect();
        assert!(embedded.len() > 1000, "{} names", embedded.len());
        assert_eq!(embedded, names);
    }
}
