//! Adopting crosscheck on an existing archive: ignore markers in the articles, and baselines
//! of accepted findings that survive unrelated edits.

mod common;
use common::{crosscheck, crosscheck_in, json, stderr, stdout};

use std::path::Path;

use serde_json::Value;

/// (rule, texts of the cited claims) of every finding of a JSON report.
fn findings(report: &Value) -> Vec<(String, Vec<String>)> {
    report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            let texts = f["claims"]
                .as_array()
                .unwrap()
                .iter()
                .map(|c| c["text"].as_str().unwrap().to_string())
                .collect();
            (f["rule"].as_str().unwrap().to_string(), texts)
        })
        .collect()
}

/// A copy of `seeds/` in a fresh temporary folder, as `<tmp>/seeds`.
fn copy_seeds() -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    let dst = tmp.path().join("seeds");
    std::fs::create_dir(&dst).unwrap();
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    for e in std::fs::read_dir(src).unwrap() {
        let e = e.unwrap();
        std::fs::copy(e.path(), dst.join(e.file_name())).unwrap();
    }
    tmp
}

const EDITED: &str = "seeds/004_182e4f8ee1982a11.txt";

/// Edits one article without touching any finding: swaps two paragraphs and adds one.
fn unrelated_edit(dir: &Path) {
    let path = dir.join(EDITED);
    let text = std::fs::read_to_string(&path).unwrap();
    let mut lines: Vec<&str> = text.split('\n').collect();
    assert!(
        lines[8].starts_with("La signature a eu lieu après"),
        "{}",
        lines[8]
    );
    lines.swap(8, 9);
    lines.insert(
        5,
        "Le texte n'a pas été rendu public, a précisé un porte-parole à Astana.",
    );
    std::fs::write(&path, lines.join("\n")).unwrap();
}

/// Misspells one of the two "Donald Trump" of the edited article.
fn new_misspelling(dir: &Path) {
    let path = dir.join(EDITED);
    let text = std::fs::read_to_string(&path).unwrap();
    let from = "président américain Donald Trump à Washington";
    assert_eq!(text.matches(from).count(), 1);
    let text = text.replace(from, "président américain Donald Trumpp à Washington");
    std::fs::write(&path, text).unwrap();
}

/// The entries of a baseline file (flagged readings, by article).
fn entries(baseline: &Value) -> Vec<Value> {
    baseline["entries"].as_array().unwrap().clone()
}

// -----------------------------------------------------------------------------------------
// Baselines

#[test]
fn baseline_reports_only_the_new_misspelling_after_unrelated_edits() {
    let tmp = copy_seeds();
    let dir = tmp.path();

    let o = crosscheck_in(
        dir,
        &["check", "seeds", "--write-baseline", "baseline.json"],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(stdout(&o), "");
    assert_eq!(
        stderr(&o),
        "crosscheck: wrote 7 flagged readings to baseline.json\n"
    );
    let written = std::fs::read_to_string(dir.join("baseline.json")).unwrap();
    insta::assert_snapshot!("baseline_seeds", written);

    // A check of the copied seeds against the baseline, with more arguments.
    let with_baseline = |extra: &[&str]| {
        let mut args = vec!["check", "seeds", "--baseline", "baseline.json"];
        args.extend_from_slice(extra);
        crosscheck_in(dir, &args)
    };

    // Unchanged articles: everything is known.
    let o = with_baseline(&[]);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    assert_eq!(
        stderr(&o),
        "crosscheck: 5 findings hidden by the baseline baseline.json\n"
    );

    // Lines moved and a paragraph added: still nothing new.
    unrelated_edit(dir);
    let o = with_baseline(&["--format", "json"]);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    let r = json(&o);
    assert_eq!(r["schema"], "crosscheck-report/1");
    assert_eq!(r["findings"].as_array().unwrap().len(), 0);
    assert_eq!(r["summary"]["findings"], 0);
    // Without the baseline the five findings are all still there.
    let o = crosscheck_in(dir, &["check", "seeds", "--format", "json"]);
    assert_eq!(findings(&json(&o)).len(), 5);

    // One new misspelling: reported alone, and the run fails.
    new_misspelling(dir);
    let o = with_baseline(&["--color", "never"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert_eq!(
        stderr(&o),
        "crosscheck: 5 findings hidden by the baseline baseline.json\n"
    );
    insta::assert_snapshot!("baseline_new_misspelling", stdout(&o));
    let o = with_baseline(&["--format", "json"]);
    let f = findings(&json(&o));
    assert_eq!(f.len(), 1, "{f:?}");
    assert_eq!(f[0].0, "name-spelling");
    assert!(f[0].1[0].contains("Trumpp"), "{f:?}");

    // The entries about other names are unchanged; the new one is added.
    let o = crosscheck_in(dir, &["check", "seeds", "--write-baseline", "after.json"]);
    assert_eq!(o.status.code(), Some(0));
    let before: Value = serde_json::from_str(&written).unwrap();
    let after: Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("after.json")).unwrap()).unwrap();
    let (before, after) = (entries(&before), entries(&after));
    assert_eq!(after.len(), 8);
    assert!(
        before.iter().all(|f| after.contains(f)),
        "{before:?} {after:?}"
    );
}

#[test]
fn the_same_edit_without_a_misspelling_passes() {
    let tmp = copy_seeds();
    let dir = tmp.path();
    let o = crosscheck_in(dir, &["check", "seeds", "--write-baseline", "b.json"]);
    assert_eq!(o.status.code(), Some(0));
    unrelated_edit(dir);
    let o = crosscheck_in(
        dir,
        &["check", "seeds", "--baseline", "b.json", "--color", "never"],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    assert_eq!(
        stdout(&o),
        "No disagreements found in 5 articles (195 claims).\n"
    );
}

#[test]
fn baselines_are_deterministic() {
    let tmp = tempfile::tempdir().unwrap();
    let a = tmp.path().join("a.json");
    let b = tmp.path().join("b.json");
    for p in [&a, &b] {
        let o = crosscheck(&["check", "seeds/", "--write-baseline", p.to_str().unwrap()]);
        assert_eq!(o.status.code(), Some(0));
    }
    assert_eq!(
        std::fs::read(&a).unwrap(),
        std::fs::read(&b).unwrap(),
        "two runs, two different baselines"
    );
}

#[test]
fn a_malformed_baseline_is_an_error_naming_the_file() {
    let tmp = tempfile::tempdir().unwrap();
    let bad = tmp.path().join("bad.json");
    std::fs::write(
        &bad,
        "{\n  \"schema\": \"crosscheck-baseline/1\",\n  \"findings\": [\n",
    )
    .unwrap();
    let o = crosscheck_in(
        tmp.path(),
        &[
            "check",
            "--baseline",
            "bad.json",
            concat!(env!("CARGO_MANIFEST_DIR"), "/seeds"),
        ],
    );
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(stdout(&o), "");
    let e = stderr(&o);
    assert!(e.starts_with("crosscheck: error: bad.json:"), "{e}");
    assert!(e.contains("malformed baseline"), "{e}");
    assert_eq!(e.lines().count(), 1, "{e}");

    std::fs::write(&bad, r#"{"schema": "crosscheck-report/1", "findings": []}"#).unwrap();
    let o = crosscheck(&["check", "seeds/", "--baseline", bad.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    let e = stderr(&o);
    assert!(
        e.contains("bad.json:1: malformed baseline: schema is `crosscheck-report/1`"),
        "{e}"
    );
}

#[test]
fn a_missing_baseline_is_an_error_naming_the_file() {
    let o = crosscheck(&["check", "seeds/", "--baseline", "no-such-baseline.json"]);
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(
        stderr(&o),
        "crosscheck: error: no-such-baseline.json: no such file or folder\n"
    );
}

#[test]
fn baseline_and_write_baseline_do_not_mix() {
    let o = crosscheck(&[
        "check",
        "seeds/",
        "--baseline",
        "a.json",
        "--write-baseline",
        "b.json",
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        !Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("b.json")
            .exists()
    );
}

// -----------------------------------------------------------------------------------------
// Ignore markers

const PAIR: &str = "tests/fixtures/suppress/pair";

#[test]
fn markers_silence_their_paragraph_in_markdown_and_text() {
    let o = crosscheck(&["check", PAIR, "--color", "never"]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(stderr(&o), "");
    insta::assert_snapshot!("suppress_pair_text", stdout(&o));

    let o = crosscheck(&["check", PAIR, "--format", "json"]);
    let f = findings(&json(&o));
    assert_eq!(f.len(), 1, "{f:?}");
    assert!(f[0].1.iter().any(|t| t.contains("Japparov")), "{f:?}");

    // Without the markers, the two silenced misspellings come back.
    let o = crosscheck(&["check", PAIR, "--format", "json", "--no-ignore-markers"]);
    let f = findings(&json(&o));
    assert_eq!(f.len(), 3, "{f:?}");
    assert!(
        f.iter()
            .any(|(_, t)| t.iter().any(|t| t.contains("Lutnik")))
    );
    assert!(
        f.iter()
            .any(|(_, t)| t.iter().any(|t| t.contains("Rubbio")))
    );
}

#[test]
fn a_marker_only_silences_the_rules_it_names() {
    let tmp = tempfile::tempdir().unwrap();
    let a = "---\nlang: en\n---\n<!-- crosscheck-ignore date-mismatch -->\nCommerce Secretary \
             Howard Lutnik signed the memorandum.\n";
    let b = "---\nlang: en\n---\nCommerce Secretary Howard Lutnick signed the memorandum.\n";
    std::fs::write(tmp.path().join("a.md"), a).unwrap();
    std::fs::write(tmp.path().join("b.md"), b).unwrap();
    let o = crosscheck_in(tmp.path(), &["check", ".", "--format", "json"]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(findings(&json(&o)).len(), 1);

    // No rule id: every rule; a whole-file marker; a marker beside the text, for its line.
    for marker in [
        "<!-- crosscheck-ignore -->\n",
        "<!-- crosscheck-ignore-file name-spelling -->\n",
    ] {
        let a2 = a.replace("<!-- crosscheck-ignore date-mismatch -->\n", marker);
        std::fs::write(tmp.path().join("a.md"), a2).unwrap();
        let o = crosscheck_in(tmp.path(), &["check", ".", "--format", "json"]);
        assert_eq!(o.status.code(), Some(0), "{marker}");
    }
    let a3 = "---\nlang: en\n---\nCommerce Secretary Howard Lutnik signed. \
              <!-- crosscheck-ignore name-spelling -->\nHoward Lutnik was there.\n";
    std::fs::write(tmp.path().join("a.md"), a3).unwrap();
    let o = crosscheck_in(tmp.path(), &["check", ".", "--format", "json"]);
    // The second "Lutnik" is another occurrence of the silenced reading: silenced too.
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
}

#[test]
fn an_unknown_rule_in_a_marker_is_a_warning_with_file_and_line() {
    let o = crosscheck(&["check", "tests/fixtures/suppress/typo", "--color", "never"]);
    // A warning, not an error: the run goes on, and the misspelled id silences nothing.
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        stderr(&o),
        "crosscheck: warning: tests/fixtures/suppress/typo/a.md:4: unknown rule `name-speling` \
         in ignore marker, did you mean `name-spelling`?\n"
    );
    assert!(stdout(&o).contains("warning[name-spelling]"));
}

#[test]
fn markers_never_become_claims() {
    let o = crosscheck(&["extract", PAIR, "--format", "json"]);
    assert_eq!(o.status.code(), Some(0));
    let claims = json(&o)["claims"].as_array().unwrap().clone();
    assert!(!claims.is_empty());
    for c in &claims {
        let t = c["text"].as_str().unwrap();
        assert!(!t.contains("crosscheck") && !t.contains("ignore"), "{t}");
        assert!(
            !t.contains("name-spelling") && !t.contains("spelling"),
            "{t}"
        );
    }

    // Capitalised words in a marker are no names either.
    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(
        tmp.path().join("a.md"),
        "---\nlang: en\n---\n<!-- crosscheck-ignore Marco Rubio, Howard Lutnick -->\nMarco Rubio spoke.\n",
    )
    .unwrap();
    std::fs::write(
        tmp.path().join("b.txt"),
        "crosscheck-ignore-file Marco Rubio\nMarco Rubio spoke.\n",
    )
    .unwrap();
    let o = crosscheck_in(
        tmp.path(),
        &["extract", ".", "--format", "json", "--lang", "en"],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let texts: Vec<(String, u64)> = json(&o)["claims"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["text"].as_str().unwrap().to_string(),
                c["line"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        texts,
        [
            ("Marco Rubio".to_string(), 5),
            ("Marco Rubio".to_string(), 2)
        ]
    );
}

#[test]
fn a_marker_on_a_later_occurrence_silences_the_finding() {
    // The report cites the first "Lutnik" of a.md, `(×2)`; the editor marks the second one.
    let tmp = tempfile::tempdir().unwrap();
    let a = "---\nlang: en\n---\nCommerce Secretary Howard Lutnik signed the memorandum.\n\n\
             <!-- crosscheck-ignore name-spelling -->\nLutnik said the deal was good.\n";
    let b = "---\nlang: en\n---\nCommerce Secretary Howard Lutnick signed the memorandum.\n";
    std::fs::write(tmp.path().join("a.md"), a).unwrap();
    std::fs::write(tmp.path().join("b.md"), b).unwrap();
    let o = crosscheck_in(tmp.path(), &["check", ".", "--format", "json"]);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    let o = crosscheck_in(
        tmp.path(),
        &["check", ".", "--no-ignore-markers", "--color", "never"],
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(stdout(&o).contains("a.md:4:20 (×2)"), "{}", stdout(&o));
}
