//! The config file, `crosscheck.toml`: the nearest one in the current folder or above it (as
//! ruff finds its config), or the file given with `--config`.
//!
//! Keys are kebab-case (`fail-on`, `rule-dirs`, `min-length`), also the thresholds that rule
//! files spell in snake_case. Every key, type and value is checked before anything runs: an
//! error names the file, line and column, and for an unknown key the nearest valid one.
//! Command-line flags win over the file (`main.rs` applies that); `apply` changes a `RuleSet`.

use std::ops::Range;
use std::path::{Path, PathBuf};

use toml::Spanned;
use toml::de::{DeArray, DeTable, DeValue};

use crate::error::{Error, display_path, line_col};
use crate::knowledge::ruleset::{Number, RuleSet, THRESHOLDS, ThresholdSpec, Thresholds};
use crate::load::WalkFilter;
use crate::model::Severity;

/// The name of the config file looked for.
pub const FILE_NAME: &str = "crosscheck.toml";

/// The top-level keys.
const TOP_KEYS: &[&str] = &[
    "include",
    "exclude",
    "rule-dirs",
    "enable",
    "disable",
    "fail-on",
    "format",
    "lang",
    "max-file-size",
    "cache-dir",
    "rules",
    "alias",
    "house",
];

/// The values of `fail-on`.
pub const FAIL_ON: &[&str] = &["error", "warning", "info", "never"];

/// A string value and where it is written (byte span in the config file).
#[derive(Debug, Clone, PartialEq)]
pub struct Setting {
    pub value: String,
    pub span: Range<usize>,
}

/// One `[rules.ID]` table.
#[derive(Debug, Clone, PartialEq)]
struct RuleOverride {
    id: Setting,
    enabled: Option<bool>,
    severity: Option<Severity>,
    /// (threshold, as written and where, and its value, checked against its `Number`).
    thresholds: Vec<(&'static ThresholdSpec, Setting, f64)>,
}

/// A parsed config file.
#[derive(Debug, Clone, Default)]
pub struct Config {
    /// The file as shown in messages.
    pub origin: String,
    /// The file's folder, absolute: `include`, `exclude` and `rule-dirs` are relative to it.
    pub dir: PathBuf,
    source: String,
    /// `include` / `exclude`, for the folder walk.
    pub filter: WalkFilter,
    /// `rule-dirs`, resolved against `dir`.
    pub rule_dirs: Vec<PathBuf>,
    /// `fail-on`: one of `FAIL_ON`.
    pub fail_on: Option<Setting>,
    /// `format`: checked by the command line against its formats.
    pub format: Option<Setting>,
    /// `lang`: checked by the command line against its languages.
    pub lang: Option<Setting>,
    /// `cache-dir`, resolved against `dir`.
    pub cache_dir: Option<PathBuf>,
    /// `enable` / `disable` lists: (rule id, enabled).
    toggles: Vec<(Setting, bool)>,
    overrides: Vec<RuleOverride>,
    has_aliases: bool,
}

/// The nearest `crosscheck.toml` in `start` or a folder above it.
pub fn discover(start: &Path) -> Option<PathBuf> {
    start
        .ancestors()
        .map(|d| d.join(FILE_NAME))
        .find(|p| p.is_file())
}

/// The config in effect: the file given (`--config`), none (`--no-config`), or the nearest one
/// from the current folder up. A discovered file is shown relative to the current folder.
pub fn find(explicit: Option<&Path>, no_config: bool) -> Result<Option<Config>, Error> {
    if no_config {
        return Ok(None);
    }
    if let Some(path) = explicit {
        return load(path).map(Some);
    }
    let Ok(cwd) = std::env::current_dir() else {
        return Ok(None);
    };
    let Some(found) = discover(&cwd) else {
        return Ok(None);
    };
    let up = found
        .parent()
        .and_then(|d| cwd.strip_prefix(d).ok())
        .map_or(0, |rest| rest.components().count());
    let mut shown = PathBuf::new();
    for _ in 0..up {
        shown.push("..");
    }
    shown.push(FILE_NAME);
    load(&shown).map(Some)
}

/// Reads and checks a config file.
pub fn load(path: &Path) -> Result<Config, Error> {
    let bytes = std::fs::read(path).map_err(|e| Error::io(path, &e))?;
    let origin = display_path(path);
    let source = String::from_utf8(bytes).map_err(|e| {
        let offset = e.utf8_error().valid_up_to();
        Error::NotUtf8 {
            path: origin.clone(),
            line: crate::error::line_of(e.as_bytes(), offset),
            offset,
        }
    })?;
    let abs = if path.is_absolute() {
        path.to_path_buf()
    } else {
        std::env::current_dir()
            .map_err(|e| Error::io(path, &e))?
            .join(path)
    };
    let dir = abs.parent().map(clean).unwrap_or_default();
    parse(&origin, &dir, &source)
}

/// `path` without `.` and `..` components.
fn clean(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in path.components() {
        match c {
            std::path::Component::CurDir => {}
            std::path::Component::ParentDir => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}

/// The valid key nearest to `key`, if one is close enough to be a typo.
fn suggest<'a>(key: &str, valid: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let kebab = key.replace('_', "-");
    valid
        .into_iter()
        .map(|v| (strsim::damerau_levenshtein(&kebab, v), v))
        .filter(|(d, v)| *d <= 2.max(v.chars().count() / 3))
        .min_by_key(|(d, _)| *d)
        .map(|(_, v)| v)
}

fn did_you_mean(key: &str, valid: &[&str]) -> String {
    match suggest(key, valid.iter().copied()) {
        Some(s) if key.contains('_') && s == key.replace('_', "-") => {
            format!(", did you mean `{s}`? (config keys are kebab-case)")
        }
        Some(s) => format!(", did you mean `{s}`?"),
        None => format!(" (expected one of: {})", valid.join(", ")),
    }
}

/// Entries of a table sorted by their place in the file, so the first error is reported.
fn entries<'a, 'i>(
    table: &'a DeTable<'i>,
) -> Vec<(
    &'a Spanned<std::borrow::Cow<'i, str>>,
    &'a Spanned<DeValue<'i>>,
)> {
    let mut out: Vec<_> = table.iter().collect();
    out.sort_by_key(|(k, _)| k.span().start);
    out
}

struct Parser<'a> {
    origin: &'a str,
    source: &'a str,
}

impl Parser<'_> {
    fn err(&self, span: Range<usize>, message: String) -> Error {
        let (line, column) = line_col(self.source, span.start);
        Error::Config {
            path: self.origin.to_string(),
            line,
            column,
            message,
        }
    }

    fn string(&self, key: &str, v: &Spanned<DeValue<'_>>) -> Result<Setting, Error> {
        match v.get_ref() {
            DeValue::String(s) => Ok(Setting {
                value: s.to_string(),
                span: v.span(),
            }),
            other => Err(self.err(
                v.span(),
                format!(
                    "`{key}` must be a string, not {}",
                    article(other.type_str())
                ),
            )),
        }
    }

    fn strings(&self, key: &str, v: &Spanned<DeValue<'_>>) -> Result<Vec<Setting>, Error> {
        let DeValue::Array(items) = v.get_ref() else {
            return Err(self.err(
                v.span(),
                format!(
                    "`{key}` must be an array of strings, not {}",
                    article(v.get_ref().type_str())
                ),
            ));
        };
        let items: &DeArray<'_> = items;
        items
            .iter()
            .map(|item| match item.get_ref() {
                DeValue::String(s) => Ok(Setting {
                    value: s.to_string(),
                    span: item.span(),
                }),
                other => Err(self.err(
                    item.span(),
                    format!(
                        "`{key}` must be an array of strings; found {}",
                        article(other.type_str())
                    ),
                )),
            })
            .collect()
    }

    fn globs(&self, key: &str, v: &Spanned<DeValue<'_>>) -> Result<globset::GlobSet, Error> {
        let mut set = globset::GlobSetBuilder::new();
        for s in self.strings(key, v)? {
            let mut pattern = s.value.trim_end_matches('/').to_string();
            if let Some(rest) = pattern.strip_prefix("./") {
                pattern = rest.to_string();
            }
            let pattern = match pattern.strip_prefix('/') {
                Some(anchored) => anchored.to_string(),
                None if !pattern.contains('/') => format!("**/{pattern}"),
                None => pattern,
            };
            let glob = globset::GlobBuilder::new(&pattern)
                .literal_separator(true)
                .build()
                .map_err(|e| {
                    self.err(
                        s.span.clone(),
                        format!("invalid glob `{}` in `{key}`: {}", s.value, e.kind()),
                    )
                })?;
            set.add(glob);
        }
        set.build()
            .map_err(|e| self.err(v.span(), format!("invalid globs in `{key}`: {e}")))
    }

    fn rule(&self, id: Setting, v: &Spanned<DeValue<'_>>) -> Result<RuleOverride, Error> {
        let DeValue::Table(table) = v.get_ref() else {
            return Err(self.err(
                v.span(),
                format!(
                    "`rules.{}` must be a table ([rules.{}]), not {}",
                    id.value,
                    id.value,
                    article(v.get_ref().type_str())
                ),
            ));
        };
        let mut out = RuleOverride {
            id,
            enabled: None,
            severity: None,
            thresholds: Vec::new(),
        };
        let mut valid = vec!["enabled", "severity"];
        valid.extend(THRESHOLDS.iter().map(|t| t.config_key));
        for (k, v) in entries(table) {
            let key = k.get_ref().as_ref();
            match key {
                "enabled" => match v.get_ref() {
                    DeValue::Boolean(b) => out.enabled = Some(*b),
                    other => {
                        return Err(self.err(
                            v.span(),
                            format!(
                                "`enabled` must be true or false, not {}",
                                article(other.type_str())
                            ),
                        ));
                    }
                },
                "severity" => {
                    let s = self.string("severity", v)?;
                    out.severity = Some(Severity::parse(&s.value).ok_or_else(|| {
                        self.err(
                            s.span.clone(),
                            format!(
                                "unknown severity `{}` (expected error, warning or info)",
                                s.value
                            ),
                        )
                    })?);
                }
                "thresholds" => {
                    return Err(self.err(
                        k.span(),
                        format!(
                            "thresholds go directly in [rules.{}] (e.g. min-length = 4), not in \
                             a `thresholds` table",
                            out.id.value
                        ),
                    ));
                }
                _ => {
                    let Some(spec) = THRESHOLDS.iter().find(|t| t.config_key == key) else {
                        return Err(self.err(
                            k.span(),
                            format!(
                                "unknown key `{key}` in [rules.{}]{}",
                                out.id.value,
                                did_you_mean(key, &valid)
                            ),
                        ));
                    };
                    let num = self.number(key, spec.number, v)?;
                    out.thresholds.push((
                        spec,
                        Setting {
                            value: key.to_string(),
                            span: k.span(),
                        },
                        num,
                    ));
                }
            }
        }
        Ok(out)
    }

    fn number(&self, key: &str, ty: Number, v: &Spanned<DeValue<'_>>) -> Result<f64, Error> {
        let wrong = |what: &str| {
            self.err(
                v.span(),
                match ty {
                    Number::Count => format!("`{key}` must be a whole number (0 or more), {what}"),
                    Number::Fraction => {
                        format!("`{key}` must be a number between 0 and 1, {what}")
                    }
                },
            )
        };
        let value: f64 = match v.get_ref() {
            DeValue::Integer(i) => i64::from_str_radix(&i.as_str().replace('_', ""), i.radix())
                .map_err(|_| wrong("not a number that large"))?
                as f64,
            DeValue::Float(f) => f
                .as_str()
                .replace('_', "")
                .parse::<f64>()
                .map_err(|_| wrong(&format!("not {}", f.as_str())))?,
            other => return Err(wrong(&format!("not {}", article(other.type_str())))),
        };
        match ty {
            Number::Count => {
                if !v.get_ref().is_integer() || value < 0.0 {
                    return Err(wrong(&format!("not {}", self.source_of(v))));
                }
                Ok(value.trunc())
            }
            Number::Fraction => {
                if !(0.0..=1.0).contains(&value) {
                    return Err(wrong(&format!("not {}", self.source_of(v))));
                }
                Ok(value)
            }
        }
    }

    fn source_of(&self, v: &Spanned<DeValue<'_>>) -> String {
        self.source
            .get(v.span())
            .unwrap_or("this value")
            .trim()
            .to_string()
    }
}

/// "a string", "an integer".
fn article(type_str: &str) -> String {
    let an = type_str.starts_with(['a', 'e', 'i', 'o', 'u']);
    format!("{} {type_str}", if an { "an" } else { "a" })
}

/// Checks a config file's text. `dir` is its folder (absolute): `include`, `exclude` and
/// `rule-dirs` are relative to it.
pub fn parse(origin: &str, dir: &Path, source: &str) -> Result<Config, Error> {
    let p = Parser { origin, source };
    let doc = DeTable::parse(source).map_err(|e| {
        let message = e.message().lines().next().unwrap_or("invalid TOML").trim();
        p.err(e.span().unwrap_or(0..0), message.to_string())
    })?;
    let mut cfg = Config {
        origin: origin.to_string(),
        dir: dir.to_path_buf(),
        source: source.to_string(),
        filter: WalkFilter {
            base: dir.to_path_buf(),
            include: None,
            exclude: None,
            max_file_size: None,
        },
        ..Config::default()
    };
    for (k, v) in entries(doc.get_ref()) {
        let key = k.get_ref().as_ref();
        match key {
            "include" => cfg.filter.include = Some(p.globs(key, v)?),
            "exclude" => cfg.filter.exclude = Some(p.globs(key, v)?),
            "rule-dirs" => {
                for s in p.strings(key, v)? {
                    let path = dir.join(&s.value);
                    if !path.exists() {
                        return Err(p.err(
                            s.span,
                            format!(
                                "rule folder `{}` not found (relative to the folder of {origin})",
                                s.value
                            ),
                        ));
                    }
                    cfg.rule_dirs.push(path);
                }
            }
            "enable" | "disable" => {
                for s in p.strings(key, v)? {
                    cfg.toggles.push((s, key == "enable"));
                }
            }
            "fail-on" => {
                let s = p.string(key, v)?;
                if !FAIL_ON.contains(&s.value.as_str()) {
                    return Err(p.err(
                        s.span,
                        format!(
                            "unknown `fail-on` value `{}` (expected {})",
                            s.value,
                            FAIL_ON.join(", ")
                        ),
                    ));
                }
                cfg.fail_on = Some(s);
            }
            "format" => cfg.format = Some(p.string(key, v)?),
            "max-file-size" => {
                let written = match v.get_ref() {
                    DeValue::Integer(i) => i.to_string(),
                    _ => p.string(key, v)?.value,
                };
                let size = crate::load::parse_size(&written).map_err(|m| p.err(v.span(), m))?;
                cfg.filter.max_file_size = Some(size);
            }
            "lang" => cfg.lang = Some(p.string(key, v)?),
            "cache-dir" => cfg.cache_dir = Some(dir.join(p.string(key, v)?.value)),
            "rules" => {
                let DeValue::Table(rules) = v.get_ref() else {
                    return Err(p.err(
                        v.span(),
                        "`rules` must hold tables: [rules.name-spelling]".to_string(),
                    ));
                };
                for (id, table) in entries(rules) {
                    let id = Setting {
                        value: id.get_ref().to_string(),
                        span: id.span(),
                    };
                    cfg.overrides.push(p.rule(id, table)?);
                }
            }
            "alias" | "house" => {
                if !v.get_ref().is_array() {
                    return Err(p.err(v.span(), format!("`{key}` entries are written [[{key}]]")));
                }
                cfg.has_aliases = true;
            }
            _ => {
                return Err(p.err(
                    k.span(),
                    format!("unknown key `{key}`{}", did_you_mean(key, TOP_KEYS)),
                ));
            }
        }
    }
    Ok(cfg)
}

impl Config {
    /// An error about the value at `span` of this file.
    pub fn error_at(&self, span: Range<usize>, message: String) -> Error {
        Parser {
            origin: &self.origin,
            source: &self.source,
        }
        .err(span, message)
    }

    /// Applies the file to the rules: `[[alias]]` / `[[house]]` entries are added (as a
    /// `--rules` folder's `aliases.toml` would be), `enable` / `disable` lists and then the
    /// `[rules.ID]` tables change rules. An unknown rule id is an error.
    pub fn apply(&self, rules: &mut RuleSet) -> Result<(), Error> {
        rules.digest =
            crate::knowledge::ruleset::digest_with(rules.digest, &self.origin, &self.source);
        if self.has_aliases {
            rules.aliases.extend_embedded(&self.origin, &self.source)?;
        }
        let ids: Vec<String> = rules.rules.iter().map(|r| r.id.clone()).collect();
        let unknown = |id: &Setting| {
            let valid: Vec<&str> = ids.iter().map(String::as_str).collect();
            self.error_at(
                id.span.clone(),
                format!(
                    "unknown rule `{}`{}",
                    id.value,
                    did_you_mean(&id.value, &valid)
                ),
            )
        };
        let overridden = format!(", overridden by {}", self.origin);
        for (id, enabled) in &self.toggles {
            let rule = rules.rule_mut(&id.value).ok_or_else(|| unknown(id))?;
            rule.enabled = *enabled;
            if !rule.origin.ends_with(&overridden) {
                rule.origin.push_str(&overridden);
            }
        }
        for o in &self.overrides {
            let rule = rules.rule_mut(&o.id.value).ok_or_else(|| unknown(&o.id))?;
            if let Some(e) = o.enabled {
                rule.enabled = e;
            }
            if let Some(s) = o.severity {
                rule.severity = s;
            }
            let mut t = Thresholds::default();
            for (spec, key, num) in &o.thresholds {
                if !spec.kinds.contains(&rule.kind) {
                    let own: Vec<&str> = THRESHOLDS
                        .iter()
                        .filter(|t| t.kinds.contains(&rule.kind))
                        .map(|t| t.config_key)
                        .collect();
                    return Err(self.error_at(
                        key.span.clone(),
                        format!(
                            "rule `{}` ({} rule) has no threshold `{}` (its thresholds: {})",
                            rule.id,
                            rule.kind.as_str(),
                            key.value,
                            own.join(", ")
                        ),
                    ));
                }
                t.set(spec.name, *num);
            }
            rule.thresholds.overlay(&t);
            if !rule.origin.ends_with(&overridden) {
                rule.origin.push_str(&overridden);
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_err(src: &str) -> String {
        parse("crosscheck.toml", Path::new("/nowhere"), src)
            .unwrap_err()
            .to_string()
    }

    fn apply_err(src: &str) -> String {
        let cfg = parse("crosscheck.toml", Path::new("/nowhere"), src).unwrap();
        let mut rules = RuleSet::defaults().unwrap();
        cfg.apply(&mut rules).unwrap_err().to_string()
    }

    #[test]
    fn line_and_column_count_characters() {
        assert_eq!(line_col("ab\ncé x", 0), (1, 1));
        assert_eq!(line_col("ab\ncé x", 3), (2, 1));
        assert_eq!(line_col("ab\ncé x", 7), (2, 4));
    }

    #[test]
    fn unknown_keys_name_line_column_and_suggestion() {
        assert_eq!(
            parse_err("fail-on = \"error\"\n\n[rules.name-spelling]\n  severty = \"error\"\n"),
            "crosscheck.toml:4:3: unknown key `severty` in [rules.name-spelling], did you mean \
             `severity`?"
        );
        assert_eq!(
            parse_err("[rules.name-spelling]\nmin_length = 4\n"),
            "crosscheck.toml:2:1: unknown key `min_length` in [rules.name-spelling], did you \
             mean `min-length`? (config keys are kebab-case)"
        );
        assert_eq!(
            parse_err("exlude = []\n"),
            "crosscheck.toml:1:1: unknown key `exlude`, did you mean `exclude`?"
        );
        assert_eq!(
            parse_err("[rules.name-spelling.thresholds]\nmin-length = 4\n"),
            "crosscheck.toml:1:22: thresholds go directly in [rules.name-spelling] (e.g. \
             min-length = 4), not in a `thresholds` table"
        );
        let e = parse_err("colour = 1\n");
        assert!(e.contains("expected one of: include, exclude"), "{e}");
    }

    #[test]
    fn bad_values_name_their_place() {
        assert_eq!(
            parse_err("[rules.name-spelling]\nseverity = \"loud\"\n"),
            "crosscheck.toml:2:12: unknown severity `loud` (expected error, warning or info)"
        );
        assert_eq!(
            parse_err("[rules.name-spelling]\nmin-length = \"4\"\n"),
            "crosscheck.toml:2:14: `min-length` must be a whole number (0 or more), not a string"
        );
        assert_eq!(
            parse_err("[rules.name-spelling]\nmin-similarity = 1.5\n"),
            "crosscheck.toml:2:18: `min-similarity` must be a number between 0 and 1, not 1.5"
        );
        assert_eq!(
            parse_err("fail-on = \"sometimes\"\n"),
            "crosscheck.toml:1:11: unknown `fail-on` value `sometimes` (expected error, \
             warning, info, never)"
        );
        assert_eq!(
            parse_err("exclude = [\"ok/**\", \"bad[\"]\n"),
            "crosscheck.toml:1:21: invalid glob `bad[` in `exclude`: unclosed character class; \
             missing ']'"
        );
        assert_eq!(
            parse_err("include = \"*.md\"\n"),
            "crosscheck.toml:1:11: `include` must be an array of strings, not a string"
        );
        let e = parse_err("fail-on = \n");
        assert!(e.starts_with("crosscheck.toml:1:"), "{e}");
    }

    #[test]
    fn unknown_rule_ids_and_foreign_thresholds() {
        assert_eq!(
            apply_err("disable = [\"name-speling\"]\n"),
            "crosscheck.toml:1:12: unknown rule `name-speling`, did you mean `name-spelling`?"
        );
        assert_eq!(
            apply_err("\n[rules.figure-mismatch]\nmin-length = 3\n"),
            "crosscheck.toml:3:1: rule `figure-mismatch` (figure rule) has no threshold \
             `min-length` (its thresholds: window, min-shared-words, min-context, \
             max-sentence-figures, tolerance, approx-tolerance, dateline-max-words, marker-reach, \
             crowded-window, crowded-min-sentence, measured-min-context)"
        );
    }

    #[test]
    fn settings_change_the_rules() {
        let src = "disable = [\"name-initial\"]\n\
                   [rules.name-transliteration]\nseverity = \"error\"\n\
                   [rules.name-spelling]\nmin-length = 4\nmin-similarity = 0.9\n\
                   [rules.figure-mismatch]\ntolerance = 0\n\
                   [[house]]\nspelling = \"Tokaïev\"\n";
        let cfg = parse("crosscheck.toml", Path::new("/nowhere"), src).unwrap();
        let mut rules = RuleSet::defaults().unwrap();
        cfg.apply(&mut rules).unwrap();
        let get = |id: &str| rules.rules.iter().find(|r| r.id == id).unwrap().clone();
        assert!(!get("name-initial").enabled);
        assert_eq!(get("name-transliteration").severity, Severity::Error);
        let spelling = get("name-spelling");
        assert_eq!(spelling.thresholds.min_length, Some(4));
        assert_eq!(spelling.thresholds.min_similarity, Some(0.9));
        assert_eq!(spelling.thresholds.max_edits, Some(2));
        assert!(spelling.origin.ends_with(", overridden by crosscheck.toml"));
        assert_eq!(get("figure-mismatch").thresholds.tolerance, Some(0.0));
        assert_eq!(rules.aliases.house[0].spelling, "Tokaïev");
    }

    #[test]
    fn globs_are_relative_to_the_config_folder() {
        let src = "include = [\"news/**\"]\nexclude = [\"drafts\", \"/news/old/*.md\"]\n";
        let cfg = parse("crosscheck.toml", Path::new("/base"), src).unwrap();
        let ex = cfg.filter.exclude.as_ref().unwrap();
        assert!(ex.is_match("drafts"));
        assert!(ex.is_match("news/drafts"));
        assert!(ex.is_match("news/old/a.md"));
        assert!(!ex.is_match("news/old/sub/a.md"));
        let inc = cfg.filter.include.as_ref().unwrap();
        assert!(inc.is_match("news/a/b.md"));
        assert!(!inc.is_match("other/b.md"));
    }

    #[test]
    fn the_example_file_parses_and_applies() {
        let src = include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/docs/crosscheck.example.toml"
        ));
        let cfg = parse("docs/crosscheck.example.toml", Path::new("/nowhere"), src).unwrap();
        let mut rules = RuleSet::defaults().unwrap();
        cfg.apply(&mut rules).unwrap();
    }
}
