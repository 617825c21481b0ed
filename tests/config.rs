//! The config file (`crosscheck.toml`) and folder walking, end to end: discovery, `--config`,
//! `--no-config`, every kind of config error, settings that change the report and the exit
//! code, include / exclude globs, `.gitignore`, hidden and binary files, symlink loops.
//!
//! Each test works in its own temporary folder, so that no config file is discovered by
//! another test.

mod common;
use common::{crosscheck_in as run_in, json, stderr};

use std::path::{Path, PathBuf};

use serde_json::Value;

const SEEDS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/seeds");

/// A temporary project: the five seed articles in `articles/`.
fn project() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let articles = dir.path().join("articles");
    std::fs::create_dir(&articles).unwrap();
    for entry in std::fs::read_dir(SEEDS).unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(&path, articles.join(path.file_name().unwrap())).unwrap();
    }
    dir
}

fn write(dir: &Path, rel: &str, text: &str) -> PathBuf {
    let path = dir.join(rel);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(&path, text).unwrap();
    path
}

/// The rules of the findings of a JSON report, sorted.
fn rules_of(report: &Value) -> Vec<String> {
    let mut out: Vec<String> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["rule"].as_str().unwrap().to_string())
        .collect();
    out.sort();
    out
}

/// The paths of the articles of a JSON report.
fn paths_of(report: &Value) -> Vec<String> {
    report["articles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["path"].as_str().unwrap().to_string())
        .collect()
}

/// A run that stops on a config error: exit 2, one line on stderr, nothing on stdout.
fn config_error(dir: &Path, args: &[&str]) -> String {
    let o = run_in(dir, args);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(2), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(o.stdout.is_empty());
    assert!(!err.contains("panicked"), "{err}");
    err.trim_end().to_string()
}

// -----------------------------------------------------------------------------------------
// Finding the config file

#[test]
fn the_seeds_without_config_give_five_findings() {
    let p = project();
    let o = run_in(p.path(), &["check", "articles", "--format", "json"]);
    assert_eq!(rules_of(&json(&o)).len(), 5, "{}", stderr(&o));
}

#[test]
fn discovered_from_a_subfolder_upwards() {
    let p = project();
    write(
        p.path(),
        "crosscheck.toml",
        "disable = [\"name-transliteration\"]\n",
    );
    let sub = p.path().join("articles");
    let o = run_in(&sub, &["check", ".", "--format", "json"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert_eq!(
        rules_of(&json(&o)),
        ["name-initial", "name-spelling", "name-spelling"]
    );
    // --no-config ignores it.
    let o = run_in(&sub, &["check", ".", "--format", "json", "--no-config"]);
    assert_eq!(rules_of(&json(&o)).len(), 5);
}

#[test]
fn the_nearest_config_wins() {
    let p = project();
    write(
        p.path(),
        "crosscheck.toml",
        "disable = [\"name-transliteration\"]\n",
    );
    write(
        p.path(),
        "articles/crosscheck.toml",
        "disable = [\"name-spelling\"]\n",
    );
    let o = run_in(
        &p.path().join("articles"),
        &["check", ".", "--format", "json"],
    );
    assert_eq!(
        rules_of(&json(&o)),
        [
            "name-initial",
            "name-transliteration",
            "name-transliteration"
        ]
    );
}

#[test]
fn config_given_with_a_flag() {
    let p = project();
    let cfg = write(
        p.path(),
        "elsewhere/strict.toml",
        "[rules.name-transliteration]\nseverity = \"error\"\n",
    );
    let o = run_in(
        p.path(),
        &[
            "check",
            "articles",
            "--format",
            "json",
            "--config",
            cfg.to_str().unwrap(),
        ],
    );
    let r = json(&o);
    let severities: Vec<&str> = r["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["rule"] == "name-transliteration")
        .map(|f| f["severity"].as_str().unwrap())
        .collect();
    assert_eq!(severities, ["error", "error"]);
    // --config and --no-config together are a usage error.
    let o = run_in(
        p.path(),
        &["check", "articles", "--config", "x.toml", "--no-config"],
    );
    assert_eq!(o.status.code(), Some(2));
    // A missing config file is an error naming it.
    let err = config_error(p.path(), &["check", "articles", "--config", "nope.toml"]);
    assert_eq!(err, "crosscheck: error: nope.toml: no such file or folder");
}

#[test]
fn the_rules_listing_shows_the_override() {
    let p = project();
    write(
        p.path(),
        "crosscheck.toml",
        "[rules.name-spelling]\nseverity = \"error\"\n",
    );
    let o = run_in(p.path(), &["rules"]);
    let out = String::from_utf8(o.stdout).unwrap();
    assert!(out.contains("overridden by crosscheck.toml"), "{out}");
}

// -----------------------------------------------------------------------------------------
// Settings

#[test]
fn fail_on_and_format_from_config_and_flags_win() {
    let p = project();
    write(
        p.path(),
        "crosscheck.toml",
        "fail-on = \"error\"\nformat = \"json\"\n",
    );
    // Only warnings and info in the seeds: exit 0 with fail-on = error.
    let o = run_in(p.path(), &["check", "articles"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(json(&o)["schema"], "crosscheck-report/1");
    // Flags win.
    let o = run_in(
        p.path(),
        &[
            "check",
            "articles",
            "--fail-on",
            "warning",
            "--format",
            "text",
        ],
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(
        String::from_utf8(o.stdout)
            .unwrap()
            .contains("warning[name-spelling]")
    );
    // A severity raised by the config makes the run fail again.
    write(
        p.path(),
        "crosscheck.toml",
        "fail-on = \"error\"\n[rules.name-transliteration]\nseverity = \"error\"\n",
    );
    let o = run_in(p.path(), &["check", "articles"]);
    assert_eq!(o.status.code(), Some(1));
    write(p.path(), "crosscheck.toml", "fail-on = \"never\"\n");
    let o = run_in(p.path(), &["check", "articles"]);
    assert_eq!(o.status.code(), Some(0));
}

#[test]
fn thresholds_house_style_and_rule_dirs_from_config() {
    let p = project();
    // A rule folder relative to the config file, with a rule that raises name-initial.
    write(
        p.path(),
        "team/initial.toml",
        "id = \"name-initial\"\nseverity = \"error\"\n",
    );
    write(
        p.path(),
        "crosscheck.toml",
        "rule-dirs = [\"team\"]\n\
         [rules.name-spelling]\nmax-edits = 0\n\
         [[house]]\nspelling = \"Tokaïev\"\n",
    );
    let sub = p.path().join("articles");
    let o = run_in(&sub, &["check", ".", "--format", "json"]);
    let r = json(&o);
    let findings = r["findings"].as_array().unwrap();
    // max-edits = 0: Kirghizistan / Kirghizstan (one letter dropped) is no longer one name;
    // Lutnik / Lutnick still is (ck / k is a matching rule, not an edit).
    let spelling: Vec<&str> = findings
        .iter()
        .filter(|f| f["rule"] == "name-spelling")
        .map(|f| f["subject"].as_str().unwrap())
        .collect();
    assert_eq!(spelling, ["Howard Lutnick"], "{r}");
    assert!(
        findings
            .iter()
            .any(|f| f["rule"] == "name-initial" && f["severity"] == "error")
    );
    assert!(
        findings.iter().any(|f| f["message"]
            .as_str()
            .unwrap()
            .contains("house style: Tokaïev")),
        "{r}"
    );
}

#[test]
fn marker_reach_from_config_decides_which_toll_is_an_earlier_report() {
    // Two reports of one day: a provisional toll marked "un premier bilan" agrees with the
    // later one; with `marker-reach = 0` no marker reaches its figure and the two tolls clash.
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "a.md",
        "---\ndate: 2025-09-08\nlang: fr\n---\n\
         Un premier bilan fait état de 300 morts dans le séisme de Valdoria.\n",
    );
    write(
        dir.path(),
        "b.md",
        "---\ndate: 2025-09-08\nlang: fr\n---\n\
         Le bilan du séisme de Valdoria s'élève à 2 012 morts.\n",
    );
    // The findings that compare the later toll, 2 012, with another.
    let tolls = |dir: &Path| -> usize {
        let o = run_in(dir, &["check", ".", "--format", "json"]);
        let r = json(&o);
        r["findings"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|f| {
                f["claims"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .any(|c| c["text"] == "2 012")
            })
            .count()
    };
    assert_eq!(tolls(dir.path()), 0);
    write(
        dir.path(),
        "crosscheck.toml",
        "[rules.figure-mismatch]\nmarker-reach = 0\n",
    );
    assert_eq!(tolls(dir.path()), 1);
}

// -----------------------------------------------------------------------------------------
// Errors: file, line, column, exit code 2, nothing else done

#[test]
fn config_errors_name_file_line_and_column() {
    let p = project();
    let cases: &[(&str, &str)] = &[
        (
            "fail-on = \"error\"\n\n[rules.name-spelling]\nseverty = \"error\"\n",
            "crosscheck.toml:4:1: unknown key `severty` in [rules.name-spelling], did you mean \
             `severity`?",
        ),
        (
            "exlude = [\"drafts\"]\n",
            "crosscheck.toml:1:1: unknown key `exlude`, did you mean `exclude`?",
        ),
        (
            "[rules.name-spelling]\nmin_length = 4\n",
            "crosscheck.toml:2:1: unknown key `min_length` in [rules.name-spelling], did you \
             mean `min-length`? (config keys are kebab-case)",
        ),
        (
            "[rules.name-spelling]\nseverity = \"loud\"\n",
            "crosscheck.toml:2:12: unknown severity `loud` (expected error, warning or info)",
        ),
        (
            "[rules.name-spelling]\nmin-length = 2.5\n",
            "crosscheck.toml:2:14: `min-length` must be a whole number (0 or more), not 2.5",
        ),
        (
            "[rules.name-spelling]\nenabled = \"no\"\n",
            "crosscheck.toml:2:11: `enabled` must be true or false, not a string",
        ),
        (
            "exclude = [\"a/[b\"]\n",
            "crosscheck.toml:1:12: invalid glob `a/[b` in `exclude`: unclosed character class; \
             missing ']'",
        ),
        (
            "[rules.name-speling]\nenabled = false\n",
            "crosscheck.toml:1:8: unknown rule `name-speling`, did you mean `name-spelling`?",
        ),
        (
            "disable = [\"date-mismatch\", \"figures\"]\n",
            "crosscheck.toml:1:29: unknown rule `figures` (expected one of: date-mismatch, \
             figure-mismatch, figure-scale, name-initial, name-spelling, name-transliteration)",
        ),
        (
            "format = \"yaml\"\n",
            "crosscheck.toml:1:10: unknown `format` value `yaml` (expected text, json, sarif, github, markdown, html)",
        ),
        (
            "lang = \"de\"\n",
            "crosscheck.toml:1:8: unknown `lang` value `de` (expected auto, fr, en)",
        ),
        (
            "fail-on = 1\n",
            "crosscheck.toml:1:11: `fail-on` must be a string, not an integer",
        ),
        (
            "rule-dirs = [\"missing\"]\n",
            "crosscheck.toml:1:14: rule folder `missing` not found (relative to the folder of \
             crosscheck.toml)",
        ),
        (
            "[[house]]\nspeling = \"Tokaïev\"\n",
            "crosscheck.toml:2:1: unknown field `speling`, expected `spelling` or `replaces`",
        ),
        ("fail-on = \n", "crosscheck.toml:1:11: "),
    ];
    for (src, want) in cases {
        write(p.path(), "crosscheck.toml", src);
        let err = config_error(p.path(), &["check", "articles"]);
        assert!(
            err.starts_with(&format!("crosscheck: error: {want}")),
            "{src:?}\n got: {err}\nwant: {want}"
        );
    }
    // A value a flag overrides is checked all the same.
    write(p.path(), "crosscheck.toml", "format = \"yaml\"\n");
    config_error(p.path(), &["check", "articles", "--format", "json"]);
    // `rules` and `extract` read the config too.
    write(p.path(), "crosscheck.toml", "[rules.nope]\n");
    config_error(p.path(), &["rules"]);
    config_error(p.path(), &["extract", "articles"]);
}

#[test]
fn config_error_snapshot() {
    let p = project();
    write(
        p.path(),
        "crosscheck.toml",
        "# team settings\nfail-on = \"error\"\n\n[rules.name-transliteration]\n  \
         severity = \"warning\"\n  min-similarty = 0.9\n",
    );
    let err = config_error(&p.path().join("articles"), &["check", "."]);
    insta::assert_snapshot!("config_unknown_key", err);
}

// -----------------------------------------------------------------------------------------
// Walking folders

const ARTICLE: &str = "Le président Donald Trump a parlé.\n";

#[test]
fn include_and_exclude_globs() {
    let p = tempfile::tempdir().unwrap();
    let d = p.path();
    for rel in [
        "content/a.md",
        "content/b.txt",
        "content/drafts/c.md",
        "content/old/d.md",
        "content/old/keep/e.md",
        "notes/f.md",
    ] {
        write(d, rel, ARTICLE);
    }
    write(
        d,
        "crosscheck.toml",
        "include = [\"content/**\"]\nexclude = [\"drafts\", \"content/old/*.md\", \"*.txt\"]\n",
    );
    let o = run_in(d, &["extract", ".", "--format", "json"]);
    assert_eq!(
        paths_of(&json(&o)),
        ["content/a.md", "content/old/keep/e.md"]
    );
    // From a subfolder the globs stay relative to the config file's folder.
    let o = run_in(&d.join("content"), &["extract", ".", "--format", "json"]);
    assert_eq!(paths_of(&json(&o)), ["a.md", "old/keep/e.md"]);
    // Files named on the command line are always read.
    let o = run_in(
        d,
        &[
            "extract",
            "content/drafts/c.md",
            "notes/f.md",
            "--format",
            "json",
        ],
    );
    assert_eq!(paths_of(&json(&o)), ["content/drafts/c.md", "notes/f.md"]);
    // A folder whose files are all excluded has no articles.
    let o = run_in(d, &["extract", "notes"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("notes: no articles found"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn gitignore_and_ignore_files_are_respected_outside_git() {
    let p = tempfile::tempdir().unwrap();
    let d = p.path();
    for rel in ["a.md", "generated/b.md", "c.txt", "sub/d.md", "sub/e.md"] {
        write(d, rel, ARTICLE);
    }
    write(d, ".gitignore", "generated/\n");
    write(d, ".ignore", "c.txt\n");
    write(d, "sub/.gitignore", "e.md\n");
    let o = run_in(d, &["extract", ".", "--format", "json", "--no-config"]);
    assert_eq!(paths_of(&json(&o)), ["a.md", "sub/d.md"]);
}

#[test]
fn hidden_entries_skipped_markdown_extension_read() {
    let p = tempfile::tempdir().unwrap();
    let d = p.path();
    for rel in [
        ".hidden.md",
        ".cache/x.md",
        "a.markdown",
        "b.md",
        "c.html",
        "d",
    ] {
        write(d, rel, ARTICLE);
    }
    let o = run_in(d, &["extract", ".", "--format", "json", "--no-config"]);
    assert_eq!(paths_of(&json(&o)), ["a.markdown", "b.md"]);
    // A hidden file named explicitly is read.
    let o = run_in(d, &["extract", ".hidden.md", "--format", "json"]);
    assert_eq!(paths_of(&json(&o)), [".hidden.md"]);
}

#[test]
fn binary_files_found_by_walking_are_skipped_with_a_note() {
    let p = tempfile::tempdir().unwrap();
    let d = p.path();
    write(d, "a.txt", ARTICLE);
    std::fs::write(d.join("b.txt"), b"PK\x03\x04\0\0binary").unwrap();
    let o = run_in(d, &["extract", ".", "--format", "json", "--no-config"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(paths_of(&json(&o)), ["a.txt"]);
    assert_eq!(stderr(&o), "crosscheck: note: skipping binary file b.txt\n");
    // --quiet leaves the note out.
    let o = run_in(d, &["check", ".", "--quiet", "--no-config"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(o.stderr.is_empty(), "{}", stderr(&o));
    // Named explicitly, it is an error.
    let o = run_in(d, &["extract", "b.txt"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("b.txt: looks like a binary file"));
}

#[cfg(unix)]
#[test]
fn symlink_loops_end_with_a_note_and_linked_files_are_read_once() {
    let p = tempfile::tempdir().unwrap();
    let d = p.path();
    write(d, "a/x.txt", ARTICLE);
    std::os::unix::fs::symlink(d, d.join("a/loop")).unwrap();
    std::os::unix::fs::symlink(d.join("a"), d.join("b")).unwrap();
    let o = run_in(d, &["extract", ".", "--format", "json", "--no-config"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(paths_of(&json(&o)), ["a/x.txt"]);
    let err = stderr(&o);
    assert!(err.contains("note: skipping symlink loop"), "{err}");
    assert!(!err.contains("error"), "{err}");
}
