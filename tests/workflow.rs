//! The editor's and CI's workflows: draft mode (`--against`), `--statistics`, `--quiet`, and
//! the CI recipes of `docs/ci.md` and `.pre-commit-hooks.yaml` run as written.

mod common;
use common::{ROOT, crosscheck, crosscheck_in, git, json, stderr, stdout};

use std::path::{Path, PathBuf};

use serde_json::Value;

/// (rule, message, [article ids]) of each finding.
fn summary(report: &Value) -> Vec<(String, String, Vec<String>)> {
    report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["rule"].as_str().unwrap().to_string(),
                f["message"].as_str().unwrap().to_string(),
                f["claims"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|c| c["article"].as_str().unwrap().to_string())
                    .collect(),
            )
        })
        .collect()
}

#[test]
fn draft_mode_reports_only_the_drafts_findings_with_the_sources_reading() {
    let args = [
        "check",
        "tests/fixtures/draft/draft.md",
        "--against",
        "tests/fixtures/draft/sources",
        "--color",
        "never",
    ];
    let o = crosscheck(&args);
    assert_eq!(o.status.code(), Some(1));
    insta::assert_snapshot!("draft_mode_text", stdout(&o));

    let mut with_json = args.to_vec();
    with_json.extend(["--format", "json"]);
    let report = json(&crosscheck(&with_json));
    let found = summary(&report);
    // The sources' own slip ("Nusantara Linnes" in one wire) is not the draft's business.
    assert_eq!(found.len(), 2, "{found:#?}");
    for (_, _, articles) in &found {
        assert_eq!(articles[0], "draft", "the draft's claim comes first");
    }
    let messages: Vec<&str> = found.iter().map(|f| f.1.as_str()).collect();
    assert!(messages.contains(&"\"Wicaksona\" in the draft — 3 sources write \"Wicaksono\""));
    assert!(
        messages
            .iter()
            .any(|m| m.starts_with("\"35 million\" (35,000,000) in the draft — 3 sources write"))
    );
    let suggestions: Vec<&str> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["suggestion"].as_str().unwrap())
        .collect();
    assert!(suggestions.contains(&"Wicaksono"));
    assert!(suggestions.contains(&"25 million"));

    // Without draft mode, the sources' slip is reported too.
    let all = json(&crosscheck(&[
        "check",
        "tests/fixtures/draft",
        "--format",
        "json",
    ]));
    assert_eq!(summary(&all).len(), 3, "{:#?}", summary(&all));
}

#[test]
fn a_draft_inside_the_sources_folder_is_not_its_own_source() {
    let o = crosscheck(&[
        "check",
        "tests/fixtures/draft/draft.md",
        "--against",
        "tests/fixtures/draft",
        "--format",
        "json",
    ]);
    let report = json(&o);
    assert_eq!(report["summary"]["articles"], 4);
    assert_eq!(summary(&report).len(), 2);
}

#[test]
fn a_draft_that_agrees_with_its_sources_passes() {
    let dir = tempfile::tempdir().unwrap();
    let draft = dir.path().join("draft.md");
    let text = std::fs::read_to_string(Path::new(ROOT).join("tests/fixtures/draft/draft.md"))
        .unwrap()
        .replace("Wicaksona", "Wicaksono")
        .replace("35 million", "25 million");
    std::fs::write(&draft, text).unwrap();
    let sources = Path::new(ROOT).join("tests/fixtures/draft/sources");
    let o = crosscheck(&[
        "check",
        draft.to_str().unwrap(),
        "--against",
        sources.to_str().unwrap(),
        "--color",
        "never",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    assert!(stdout(&o).starts_with("No disagreements found"));
}

/// The seeds are split on Lutnick (one source) / Lutnik (one source): a draft that writes
/// either took a side without knowing it, and is told so in every format. On Tokayev, three
/// sources of five agree with the draft: a clear majority, no finding.
#[test]
fn a_draft_that_takes_a_side_where_the_sources_are_split_is_told_so() {
    let dir = tempfile::tempdir().unwrap();
    for (name, spelling) in [("lutnik.txt", "Lutnik"), ("lutnick.txt", "Lutnick")] {
        let draft = dir.path().join(name);
        std::fs::write(
            &draft,
            format!(
                "Le ministre Howard {spelling} a reçu jeudi le président Kassym-Jomart Tokayev.\n"
            ),
        )
        .unwrap();
        let draft = draft.to_str().unwrap();
        let o = crosscheck(&["check", draft, "--against", "seeds/", "--format", "json"]);
        assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
        let report = json(&o);
        let findings = report["findings"].as_array().unwrap();
        assert_eq!(findings.len(), 1, "{findings:?}");
        let other = if spelling == "Lutnik" {
            "Lutnick"
        } else {
            "Lutnik"
        };
        assert_eq!(findings[0]["rule"], "name-spelling");
        assert_eq!(findings[0]["severity"], "warning");
        assert_eq!(
            findings[0]["message"],
            format!(
                "\"{spelling}\" in the draft — sources are split: 1 source writes \"{other}\", 1 \
                 writes \"{spelling}\""
            )
        );
        assert!(findings[0]["suggestion"].is_null(), "{:?}", findings[0]);
        for format in ["text", "github", "markdown", "sarif"] {
            let o = crosscheck(&["check", draft, "--against", "seeds/", "--format", format]);
            assert!(
                stdout(&o).contains("sources are split"),
                "{format}: {}",
                stdout(&o)
            );
        }
    }
}

#[test]
fn statistics_count_findings_per_rule_and_kind() {
    let o = crosscheck(&["check", "seeds", "--statistics"]);
    assert_eq!(
        o.status.code(),
        Some(1),
        "the exit code still follows --fail-on"
    );
    insta::assert_snapshot!("statistics_seeds", stdout(&o));
    let v = json(&crosscheck(&[
        "check",
        "seeds",
        "--statistics",
        "--format",
        "json",
    ]));
    assert_eq!(v["schema"], "crosscheck-statistics/1");
    assert_eq!(v["findings"], 5);
    assert_eq!(v["by_kind"]["spelling"], 5);
    let counted: u64 = v["rules"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["count"].as_u64().unwrap())
        .sum();
    assert_eq!(counted, 5);
}

#[test]
fn quiet_prints_the_findings_only() {
    let full = stdout(&crosscheck(&["check", "seeds", "--color", "never"]));
    let o = crosscheck(&["check", "seeds", "--color", "never", "--quiet"]);
    assert_eq!(o.status.code(), Some(1));
    let quiet = stdout(&o);
    assert!(full.contains("5 findings"));
    assert!(!quiet.contains("5 findings"));
    assert!(full.starts_with(&quiet));
    assert!(o.stderr.is_empty());
    // Nothing at all when there is nothing to report.
    let o = crosscheck(&["check", "tests/fixtures/benign", "--quiet"]);
    assert_eq!(o.status.code(), Some(0));
    assert!(o.stdout.is_empty() && o.stderr.is_empty());
}

#[test]
fn no_progress_bar_when_stderr_is_not_a_terminal() {
    let o = crosscheck(&["check", "seeds", "--color", "never"]);
    assert!(
        o.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
}

/// A repository as a pull request finds it: the seeds as `content/` on `main` (also as
/// `origin/main`), with their baseline `.crosscheck-baseline.json`, and on the branch `pr` a
/// new article, staged, that takes the minority's side on a split name.
fn repo_with_seeds() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let content = dir.path().join("content");
    std::fs::create_dir(&content).unwrap();
    for e in std::fs::read_dir(Path::new(ROOT).join("seeds")).unwrap() {
        let p = e.unwrap().path();
        std::fs::copy(&p, content.join(p.file_name().unwrap())).unwrap();
    }
    let o = crosscheck_in(
        dir.path(),
        &[
            "check",
            "content",
            "--write-baseline",
            ".crosscheck-baseline.json",
        ],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    git(dir.path(), &["init", "-q", "-b", "main"]);
    git(dir.path(), &["add", "."]);
    git(dir.path(), &["commit", "-q", "-m", "the archive"]);
    git(
        dir.path(),
        &["update-ref", "refs/remotes/origin/main", "HEAD"],
    );
    git(dir.path(), &["checkout", "-q", "-b", "pr"]);
    std::fs::write(
        content.join("005_new.txt"),
        "Le secrétaire américain au Commerce, Howard Lutnik, a reçu jeudi une délégation.\n",
    )
    .unwrap();
    git(dir.path(), &["add", "content/005_new.txt"]);
    dir
}

/// Splits a command line written in a doc into words (no quoting beyond `"..."`).
fn words(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut quoted = false;
    for ch in line.chars() {
        match ch {
            '"' => quoted = !quoted,
            ' ' if !quoted => {
                if !cur.is_empty() {
                    out.push(std::mem::take(&mut cur));
                }
            }
            _ => cur.push(ch),
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

#[test]
fn the_github_workflow_in_docs_ci_runs_as_written() {
    let doc = std::fs::read_to_string(Path::new(ROOT).join("docs/ci.md")).unwrap();
    let block = doc
        .split("```yaml")
        .nth(1)
        .and_then(|b| b.split("```").next())
        .expect("a yaml block in docs/ci.md");
    let commands: Vec<&str> = block
        .lines()
        .filter_map(|l| l.trim().strip_prefix("run: "))
        .filter(|c| c.starts_with("crosscheck "))
        .collect();
    assert!(commands.len() >= 3, "{commands:?}");
    let repo = repo_with_seeds();
    let summary_file = repo.path().join("summary.md");
    for command in commands {
        let (command, append_to) = match command.split_once(" >> ") {
            Some((c, target)) => (c, Some(target.trim())),
            None => (command, None),
        };
        // The runner's variables, as a pull request into main sets them.
        let command = command.replace("$GITHUB_BASE_REF", "main");
        let command = command.as_str();
        let args = words(command);
        assert_eq!(args[0], "crosscheck");
        let args: Vec<&str> = args[1..].iter().map(String::as_str).collect();
        let o = crosscheck_in(repo.path(), &args);
        let expected = if command.contains("--fail-on never") {
            0
        } else {
            1
        };
        assert_eq!(
            o.status.code(),
            Some(expected),
            "`{command}`: {}",
            String::from_utf8_lossy(&o.stderr)
        );
        if let Some(target) = append_to {
            assert_eq!(target, "\"$GITHUB_STEP_SUMMARY\"");
            std::fs::write(&summary_file, &o.stdout).unwrap();
        }
        if command.contains("--format github") {
            assert!(stdout(&o).lines().all(|l| l.starts_with("::")));
        }
    }
    assert!(std::fs::metadata(&summary_file).unwrap().len() > 0);
    let sarif: Value =
        serde_json::from_slice(&std::fs::read(repo.path().join("crosscheck.sarif")).unwrap())
            .expect("the SARIF file is JSON");
    assert_eq!(sarif["version"], "2.1.0");
}

/// The hooks of `.pre-commit-hooks.yaml`: a list of flat mappings, read line by line.
fn hooks() -> Vec<Vec<(String, String)>> {
    let text = std::fs::read_to_string(Path::new(ROOT).join(".pre-commit-hooks.yaml")).unwrap();
    let mut out: Vec<Vec<(String, String)>> = Vec::new();
    for line in text.lines() {
        if line.trim_start().starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let (new, rest) = match line.strip_prefix("- ") {
            Some(r) => (true, r),
            None => (
                false,
                line.strip_prefix("  ").expect("two-space indented keys"),
            ),
        };
        if new {
            out.push(Vec::new());
        }
        let (k, v) = rest.split_once(':').expect("key: value");
        out.last_mut()
            .expect("a hook")
            .push((k.trim().to_string(), v.trim().to_string()));
    }
    out
}

#[test]
fn the_pre_commit_hooks_are_valid_and_run() {
    let hooks = hooks();
    assert_eq!(hooks.len(), 2);
    let repo = repo_with_seeds();
    let files: Vec<PathBuf> = {
        let mut v: Vec<PathBuf> = std::fs::read_dir(repo.path().join("content"))
            .unwrap()
            .map(|e| PathBuf::from("content").join(e.unwrap().file_name()))
            .collect();
        v.sort();
        v
    };
    for hook in &hooks {
        let get = |k: &str| {
            hook.iter()
                .find(|(key, _)| key == k)
                .map(|(_, v)| v.as_str())
        };
        for key in ["id", "name", "entry", "language"] {
            assert!(get(key).is_some(), "hook without `{key}`: {hook:?}");
        }
        assert_eq!(get("language"), Some("rust"));
        let entry = words(get("entry").unwrap());
        assert_eq!(entry[0], "crosscheck");
        let mut args: Vec<String> = entry[1..].to_vec();
        if get("pass_filenames") != Some("false") {
            args.extend(files.iter().map(|p| p.to_string_lossy().into_owned()));
        }
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let o = crosscheck_in(repo.path(), &args);
        // The seeds disagree: the hook stops the commit, and says why.
        assert_eq!(o.status.code(), Some(1), "{:?}", get("id"));
        assert!(stdout(&o).contains("Lutnick"));
    }
}

#[test]
fn the_settings_explain_shows_are_a_valid_config() {
    let rules = stdout(&crosscheck(&["rules"]));
    let ids: Vec<&str> = rules
        .lines()
        .filter(|l| !l.starts_with(' '))
        .filter_map(|l| l.split_whitespace().next())
        .filter(|w| w.contains('-'))
        .collect();
    assert!(ids.len() >= 6, "{ids:?}");
    let mut config = String::new();
    for id in ids {
        let text = stdout(&crosscheck(&["explain", id]));
        let block = text
            .split("In crosscheck.toml:\n")
            .nth(1)
            .and_then(|b| b.split("\n\n").next())
            .unwrap_or_else(|| panic!("no crosscheck.toml example for {id}"));
        for line in block.lines() {
            config.push_str(line.trim_start());
            config.push('\n');
        }
        config.push('\n');
    }
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("crosscheck.toml"), &config).unwrap();
    let seeds = Path::new(ROOT).join("seeds");
    let o = crosscheck_in(dir.path(), &["check", seeds.to_str().unwrap(), "--quiet"]);
    assert_eq!(
        o.status.code(),
        Some(1),
        "{config}\n{}",
        String::from_utf8_lossy(&o.stderr)
    );
}

#[test]
fn statistics_in_a_format_of_findings_is_a_usage_error() {
    let o = crosscheck(&["check", "seeds", "--statistics", "--format", "sarif"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(o.stdout.is_empty());
    assert!(String::from_utf8_lossy(&o.stderr).contains("--statistics writes text or json"));
}

#[test]
fn a_draft_that_spells_a_name_two_ways_is_told_so_even_when_no_source_names_it() {
    let dir = tempfile::tempdir().unwrap();
    let draft = dir.path().join("draft.md");
    let text = std::fs::read_to_string(Path::new(ROOT).join("tests/fixtures/draft/draft.md"))
        .unwrap()
        .replace("Wicaksona", "Wicaksono")
        .replace("35 million", "25 million")
        + "\nHarbour master Bonifasius Hutagalung said the sea was calm. Later, Hutagallung \
           said the ferry had left on time.\n";
    std::fs::write(&draft, text).unwrap();
    let sources = Path::new(ROOT).join("tests/fixtures/draft/sources");
    let r = json(&crosscheck(&[
        "check",
        draft.to_str().unwrap(),
        "--against",
        sources.to_str().unwrap(),
        "--format",
        "json",
    ]));
    let found = summary(&r);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0].0, "name-spelling");
    assert!(found[0].2.iter().all(|a| a == "draft"), "{found:#?}");
}
