//! The report formats of `check` (sarif, github, markdown), `--output FILE`, and `explain`:
//! snapshots on the seeds and fixtures, the SARIF structure checked against the files it
//! points into, the reference SARIF validator when it is installed (`.ci/sarif-validate`
//! installs it), and the escaping of GitHub workflow commands.

mod common;
use common::{crosscheck, crosscheck_in, json, stderr, stdout};

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

/// The SARIF of a check, with the crate version masked so that a release does not change the
/// snapshots.
fn sarif_text(args: &[&str]) -> String {
    let mut all = vec!["check"];
    all.extend_from_slice(args);
    all.extend_from_slice(&["--format", "sarif"]);
    let o = crosscheck(&all);
    assert!(matches!(o.status.code(), Some(0 | 1)), "{}", stderr(&o));
    stdout(&o).replace(
        &format!("\"{}\"", env!("CARGO_PKG_VERSION")),
        "\"[version]\"",
    )
}

fn sarif(args: &[&str]) -> Value {
    serde_json::from_str(&sarif_text(args)).expect("SARIF is JSON")
}

// -----------------------------------------------------------------------------------------
// Snapshots

#[test]
fn seeds_sarif() {
    insta::assert_snapshot!("check_seeds_sarif", sarif_text(&["seeds/"]));
}

#[test]
fn seeds_github() {
    let o = crosscheck(&["check", "seeds/", "--format", "github"]);
    assert_eq!(o.status.code(), Some(1));
    insta::assert_snapshot!("check_seeds_github", stdout(&o));
}

#[test]
fn seeds_markdown() {
    let o = crosscheck(&["check", "seeds/", "--format", "markdown"]);
    assert_eq!(o.status.code(), Some(1));
    insta::assert_snapshot!("check_seeds_markdown", stdout(&o));
}

#[test]
fn fixture_github_and_markdown() {
    let dir = "tests/fixtures/formats/";
    let o = crosscheck(&["check", dir, "--format", "github"]);
    assert_eq!(o.status.code(), Some(1));
    insta::assert_snapshot!("check_formats_github", stdout(&o));
    let o = crosscheck(&["check", dir, "--format", "markdown"]);
    insta::assert_snapshot!("check_formats_markdown", stdout(&o));
}

#[test]
fn markdown_without_findings() {
    let o = crosscheck(&[
        "check",
        "tests/fixtures/benign/a.md",
        "--format",
        "markdown",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(
        stdout(&o),
        "### crosscheck: no findings\n\nNo disagreements found in 1 article (8 claims).\n"
    );
}

#[test]
fn formats_are_deterministic() {
    for format in ["sarif", "github", "markdown"] {
        let a = crosscheck(&["check", "seeds/", "--format", format]);
        let b = crosscheck(&["check", "seeds/", "--format", format]);
        assert_eq!(a.stdout, b.stdout, "{format}");
    }
}

// -----------------------------------------------------------------------------------------
// SARIF

/// The text of the file an artifact location names (relative to the repository).
fn artifact_text(loc: &Value) -> String {
    let uri = loc["uri"].as_str().unwrap();
    assert_eq!(loc["uriBaseId"], "%SRCROOT%");
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(uri);
    std::fs::read_to_string(path).unwrap()
}

/// Checks one region against the file: lines and UTF-16 columns name the same text as the
/// byte offset and length, and the snippet is that text.
fn check_region(text: &str, region: &Value) {
    let offset = region["byteOffset"].as_u64().unwrap() as usize;
    let len = region["byteLength"].as_u64().unwrap() as usize;
    let snippet = &text[offset..offset + len];
    assert_eq!(region["snippet"]["text"], snippet);
    let at = |line: &Value, col: &Value| -> usize {
        let (line, col) = (
            line.as_u64().unwrap() as usize,
            col.as_u64().unwrap() as usize,
        );
        assert!(line >= 1 && col >= 1, "{region}");
        let start: usize = text
            .split_inclusive('\n')
            .take(line - 1)
            .map(str::len)
            .sum();
        let mut units = 0;
        for (i, c) in text[start..].char_indices() {
            if units == col - 1 {
                return start + i;
            }
            units += c.len_utf16();
        }
        assert_eq!(units, col - 1, "{region}");
        text.len()
    };
    assert_eq!(at(&region["startLine"], &region["startColumn"]), offset);
    assert_eq!(
        at(&region["endLine"], &region["endColumn"]),
        offset + len,
        "{region}"
    );
}

#[test]
fn sarif_structure_and_regions_match_the_files() {
    for paths in ["seeds/", "tests/fixtures/formats/", "tests/fixtures/quake/"] {
        let doc = sarif(&[paths]);
        assert_eq!(doc["version"], "2.1.0");
        assert!(doc["$schema"].as_str().unwrap().contains("sarif-2.1.0"));
        let run = &doc["runs"][0];
        assert_eq!(run["columnKind"], "utf16CodeUnits");
        let driver = &run["tool"]["driver"];
        assert_eq!(driver["name"], "crosscheck");
        let rules = driver["rules"].as_array().unwrap();
        assert_eq!(rules.len(), 6);
        for r in rules {
            for key in ["id", "name", "shortDescription", "fullDescription", "help"] {
                assert!(!r[key].is_null(), "{key} in {r}");
            }
            assert!(
                r["help"]["markdown"]
                    .as_str()
                    .unwrap()
                    .contains("crosscheck-ignore")
            );
        }
        let artifacts = run["artifacts"].as_array().unwrap();
        let results = run["results"].as_array().unwrap();
        assert!(!results.is_empty(), "{paths}");
        let mut fingerprints = Vec::new();
        for res in results {
            let i = res["ruleIndex"].as_u64().unwrap() as usize;
            assert_eq!(rules[i]["id"], res["ruleId"]);
            assert!(["error", "warning", "note"].contains(&res["level"].as_str().unwrap()));
            assert!(res["message"]["text"].as_str().unwrap().ends_with('.'));
            let mut ids = Vec::new();
            let related = res["relatedLocations"].as_array().unwrap();
            assert!(!related.is_empty());
            for loc in res["locations"].as_array().unwrap().iter().chain(related) {
                let phys = &loc["physicalLocation"];
                let art = &phys["artifactLocation"];
                let index = art["index"].as_u64().unwrap() as usize;
                assert_eq!(artifacts[index]["location"]["uri"], art["uri"]);
                let text = artifact_text(art);
                check_region(&text, &phys["region"]);
                check_region(&text, &phys["contextRegion"]);
                if !loc["id"].is_null() {
                    ids.push(loc["id"].as_u64().unwrap());
                }
            }
            let n = ids.len();
            ids.sort();
            ids.dedup();
            assert_eq!(ids.len(), n, "related location ids are unique");
            let fp = res["partialFingerprints"]["crosscheckFindingHash/v1"]
                .as_str()
                .unwrap();
            assert_eq!(fp.len(), 16);
            fingerprints.push(fp.to_string());
        }
        let n = fingerprints.len();
        fingerprints.sort();
        fingerprints.dedup();
        assert_eq!(
            fingerprints.len(),
            n,
            "fingerprints are distinct in {paths}"
        );
    }
}

#[test]
fn sarif_columns_count_utf16_code_units() {
    // "« Déjà vu » 🙂 — chief executive Margret": the emoji is two UTF-16 code units.
    let doc = sarif(&["tests/fixtures/formats/"]);
    let res = &doc["runs"][0]["results"][0];
    let region = &res["locations"][0]["physicalLocation"]["region"];
    assert_eq!(region["snippet"]["text"], "Margret Okonkwo");
    assert_eq!(region["startLine"], 8);
    assert_eq!(region["startColumn"], 34);
    assert_eq!(region["endColumn"], 49);
}

fn fingerprints(dir: &Path) -> Vec<(String, String)> {
    let o = crosscheck_in(dir, &["check", ".", "--format", "sarif"]);
    let doc: Value = serde_json::from_slice(&o.stdout).unwrap();
    let mut out: Vec<(String, String)> = doc["runs"][0]["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["ruleId"].as_str().unwrap().to_string(),
                r["partialFingerprints"]["crosscheckFindingHash/v1"]
                    .as_str()
                    .unwrap()
                    .to_string(),
            )
        })
        .collect();
    out.sort();
    out
}

#[test]
fn fingerprints_survive_edits_elsewhere_in_the_files() {
    let dir = tempfile::tempdir().unwrap();
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/formats");
    for f in ["draft.md", "wire-a.md", "wire-b.md"] {
        std::fs::copy(src.join(f), dir.path().join(f)).unwrap();
    }
    let before = fingerprints(dir.path());
    assert_eq!(before.len(), 2);
    // A new paragraph moves every claim of the draft down and to other offsets.
    let draft = dir.path().join("draft.md");
    let text = std::fs::read_to_string(&draft).unwrap().replace(
        "The mining group",
        "Shares rose in early trading.\n\nThe mining group",
    );
    std::fs::write(&draft, text).unwrap();
    assert_eq!(fingerprints(dir.path()), before);
}

/// The reference validator: `SARIF_MULTITOOL`, or the copy `.ci/sarif-validate` installs.
fn multitool() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("SARIF_MULTITOOL") {
        return Some(PathBuf::from(p));
    }
    let p = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("target/sarif-tool/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool");
    p.is_file().then_some(p)
}

#[test]
fn sarif_passes_the_reference_validator() {
    let Some(tool) = multitool() else {
        eprintln!(
            "note: SARIF Multitool not installed, validation skipped (run .ci/sarif-validate, \
             or set SARIF_MULTITOOL)"
        );
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    for (name, paths) in [
        ("seeds", "seeds/"),
        ("formats", "tests/fixtures/formats/"),
        ("none", "tests/fixtures/benign/a.md"),
    ] {
        let file = dir.path().join(format!("{name}.sarif"));
        let o = crosscheck(&[
            "check",
            paths,
            "--format",
            "sarif",
            "--output",
            file.to_str().unwrap(),
        ]);
        assert!(matches!(o.status.code(), Some(0 | 1)), "{}", stderr(&o));
        let v = Command::new(&tool)
            .arg("validate")
            .arg(&file)
            .env("DOTNET_CLI_TELEMETRY_OPTOUT", "1")
            .output()
            .expect("run the SARIF Multitool");
        let log = String::from_utf8_lossy(&v.stdout).into_owned();
        assert!(
            v.status.success(),
            "{log}{}",
            String::from_utf8_lossy(&v.stderr)
        );
        assert!(log.contains("Analysis completed successfully"), "{log}");
        let problems: Vec<&str> = log
            .lines()
            .filter(|l| l.contains(": error ") || l.contains(": warning "))
            .collect();
        assert!(problems.is_empty(), "{name}: {problems:#?}");
    }
}

// -----------------------------------------------------------------------------------------
// GitHub annotations

#[test]
fn github_escapes_properties_and_data() {
    // File names with `%`, `,` and `:`: escaped in `file=` (a property) as %25, %2C, %3A; in
    // the message (data) only `%` and line breaks are.
    let dir = tempfile::tempdir().unwrap();
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/formats");
    let names = [
        ("draft.md", "Acme 100%, Inc: draft.md"),
        ("wire-a.md", "wire-a.md"),
        ("wire-b.md", "Acme 100%, Inc: wire-b.md"),
    ];
    for (from, to) in names {
        std::fs::copy(src.join(from), dir.path().join(to)).unwrap();
    }
    let o = crosscheck_in(dir.path(), &["check", ".", "--format", "github"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let out = stdout(&o);
    let line = out
        .lines()
        .find(|l| l.starts_with("::warning "))
        .expect("a warning");
    assert!(
        line.starts_with(
            "::warning file=Acme 100%25%2C Inc%3A draft.md,line=8,col=33,endLine=8,endColumn=48,\
             title=crosscheck name-spelling%3A Margaret Okonkwo::\"Margret\" is spelled"
        ),
        "{line}"
    );
    assert!(
        line.ends_with(
            "::\"Margret\" is spelled \"Margaret\" in 2 other sources%0AOther readings:%0A\
             \"Margaret\" at Acme 100%25, Inc: wire-b.md:9:17%0A\"Margaret\" at wire-a.md:9:17"
        ),
        "{line}"
    );
    assert!(!line.contains('\r'));
    assert_eq!(out.lines().count(), 2, "{out}");
}

// -----------------------------------------------------------------------------------------
// --output

#[test]
fn output_writes_the_file_and_nothing_on_stdout() {
    let dir = tempfile::tempdir().unwrap();
    for format in ["text", "json", "sarif", "github", "markdown"] {
        let file = dir.path().join(format!("report.{format}"));
        let o = crosscheck(&[
            "check",
            "seeds/",
            "--format",
            format,
            "--output",
            file.to_str().unwrap(),
        ]);
        assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
        assert!(o.stdout.is_empty(), "{format}");
        assert!(o.stderr.is_empty(), "{format}");
        let expected = crosscheck(&["check", "seeds/", "--format", format, "--color", "never"]);
        assert_eq!(std::fs::read(&file).unwrap(), expected.stdout, "{format}");
    }
    // Only the report is left in the folder: no temporary file.
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 5);
    // extract too.
    let file = dir.path().join("claims.json");
    let o = crosscheck(&[
        "extract",
        "seeds/",
        "--format",
        "json",
        "--output",
        file.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(o.stdout.is_empty());
    assert!(
        std::fs::read_to_string(&file)
            .unwrap()
            .contains("crosscheck-claims/1")
    );
}

#[test]
fn output_errors_name_the_path() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("no-such-folder/report.sarif");
    let o = crosscheck(&[
        "check",
        "seeds/",
        "--format",
        "sarif",
        "--output",
        file.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(2));
    let e = stderr(&o);
    assert!(e.contains("no-such-folder/report.sarif"), "{e}");
    assert_eq!(e.lines().count(), 1, "{e}");
    assert!(o.stdout.is_empty());
}

#[test]
fn extract_has_no_ci_formats() {
    let o = crosscheck(&["extract", "seeds/", "--format", "sarif"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("formats of `check`"), "{}", stderr(&o));
}

// -----------------------------------------------------------------------------------------
// explain

#[test]
fn explain_a_rule() {
    let o = crosscheck(&["explain", "name-spelling"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    insta::assert_snapshot!("explain_name_spelling", stdout(&o));
}

#[test]
fn explain_every_rule_says_how_to_configure_and_silence_it() {
    for id in [
        "date-mismatch",
        "figure-mismatch",
        "figure-scale",
        "name-initial",
        "name-spelling",
        "name-transliteration",
    ] {
        let o = crosscheck(&["explain", id]);
        assert_eq!(o.status.code(), Some(0), "{id}");
        let out = stdout(&o);
        for needle in [
            "What it flags",
            "Why",
            "Flagged:",
            "Not flagged:",
            "enabled = false",
            &format!("<!-- crosscheck-ignore {id} -->"),
            "--baseline",
        ] {
            assert!(out.contains(needle), "{id}: no {needle:?} in\n{out}");
        }
    }
}

#[test]
fn explain_an_unknown_rule() {
    let o = crosscheck(&["explain", "name-speling"]);
    assert_eq!(o.status.code(), Some(2));
    let e = stderr(&o);
    assert_eq!(
        e,
        "crosscheck: error: unknown rule `name-speling` (known: date-mismatch, figure-mismatch, \
         figure-scale, name-initial, name-spelling, name-transliteration); did you mean \
         `name-spelling`?\n"
    );
    let o = crosscheck(&["explain", "zzz"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(!stderr(&o).contains("did you mean"), "{}", stderr(&o));
}

#[test]
fn output_dash_is_standard_output() {
    let o = crosscheck(&["check", "seeds/", "--format", "github", "--output", "-"]);
    assert_eq!(o.status.code(), Some(1));
    let expected = crosscheck(&["check", "seeds/", "--format", "github"]);
    assert_eq!(o.stdout, expected.stdout);
}

#[test]
fn markdown_escapes_text_from_the_files() {
    // A file name with a table separator, an HTML tag and backticks stays inside its cell.
    let dir = tempfile::tempdir().unwrap();
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/formats");
    for (from, to) in [
        ("draft.md", "a|b <i>`x`.md"),
        ("wire-a.md", "wire-a.md"),
        ("wire-b.md", "wire-b.md"),
    ] {
        std::fs::copy(src.join(from), dir.path().join(to)).unwrap();
    }
    let o = crosscheck_in(dir.path(), &["check", ".", "--format", "markdown"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(
        out.contains("**[a\\|b &lt;i&gt;\\`x\\`.md:8:33](a%7Cb%20%3Ci%3E%60x%60.md#L8)**"),
        "{out}"
    );
    assert!(!out.contains("<i>"), "{out}");
    for row in out
        .lines()
        .filter(|l| l.starts_with("| warning") || l.starts_with("| error"))
    {
        // Six unescaped `|`: the five cells' borders.
        let cells = row.replace("\\|", "").matches('|').count();
        assert_eq!(cells, 6, "{row}");
    }
}

/// GitHub shows at most 10 warning annotations per step: crosscheck emits the 10 best
/// supported and ends with one notice counting the others and pointing to the job summary.
#[test]
fn github_annotations_stay_within_githubs_limits() {
    let surnames = [
        "Kowalczyk",
        "Brandstetter",
        "Oyelaran",
        "Villanueva",
        "Papadimitriou",
        "Lindqvist",
        "Okonkwo",
        "Ferreira",
        "Nakamura",
        "Abernathy",
        "Castellano",
        "Rosenthal",
        "Haverford",
        "Montgomery",
    ];
    let given = [
        "Anna", "Boris", "Carla", "Diego", "Elena", "Farid", "Greta", "Hugo", "Ines", "Jonas",
        "Karim", "Lena", "Marco", "Nora",
    ];
    let sentence = |g: &str, n: &str| format!("{g} {n} said on Tuesday that the plan was sound.");
    let right: Vec<String> = given
        .iter()
        .zip(surnames)
        .map(|(g, n)| sentence(g, n))
        .collect();
    // One letter dropped from each surname, in one article.
    let slips: Vec<String> = given
        .iter()
        .zip(surnames)
        .map(|(g, n)| sentence(g, &format!("{}{}", &n[..3], &n[4..])))
        .collect();
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.txt"), right.join("\n\n")).unwrap();
    std::fs::write(dir.path().join("c.txt"), right.join("\n\n")).unwrap();
    std::fs::write(dir.path().join("b.txt"), slips.join("\n\n")).unwrap();
    let o = crosscheck_in(dir.path(), &["check", ".", "--format", "github"]);
    let out = stdout(&o);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(
        lines.iter().filter(|l| l.starts_with("::warning ")).count(),
        10,
        "{out}"
    );
    assert_eq!(lines.len(), 11, "{out}");
    assert!(
        lines[10].starts_with(
            "::notice title=crosscheck%3A findings not annotated::4 more findings not annotated"
        ),
        "{out}"
    );
    assert!(lines[10].contains("GITHUB_STEP_SUMMARY"));
    // The statistics count all 14.
    let o = crosscheck_in(dir.path(), &["check", ".", "--format", "json"]);
    assert_eq!(json(&o)["summary"]["findings"], 14);
}
