//! The CI gate on a living archive, on a real git repository made in a temporary folder:
//! baselines that record who is at fault (`crosscheck-baseline/2`), `--since REF` and
//! `--staged` (only what a change touches, from its side), and the cache of extracted claims.

mod common;
use common::{crosscheck_in, git, json, stderr, stdout};

use std::path::Path;
use std::process::Command;

use serde_json::Value;

/// A repository whose `main` holds the seeds as `content/`.
fn archive() -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    git(dir, &["init", "-q", "-b", "main"]);
    let content = dir.join("content");
    std::fs::create_dir(&content).unwrap();
    let seeds = Path::new(common::ROOT).join("seeds");
    for e in std::fs::read_dir(seeds).unwrap() {
        let e = e.unwrap();
        std::fs::copy(e.path(), content.join(e.file_name())).unwrap();
    }
    git(dir, &["add", "."]);
    git(dir, &["commit", "-q", "-m", "the archive"]);
    tmp
}

/// `check content` against the baseline `bl.json`, as JSON, with `extra` arguments.
fn judged(dir: &Path, extra: &[&str]) -> std::process::Output {
    let mut args = vec![
        "check",
        "content",
        "--baseline",
        "bl.json",
        "--format",
        "json",
    ];
    args.extend_from_slice(extra);
    crosscheck_in(dir, &args)
}

fn write(dir: &Path, path: &str, text: &str) {
    std::fs::write(dir.join(path), text).unwrap();
}

/// (rule, message, path of the first claim) of every finding of a JSON report.
fn findings(report: &Value) -> Vec<(String, String, String)> {
    let ids: Vec<(String, String)> = report["articles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| {
            (
                a["id"].as_str().unwrap().to_string(),
                a["path"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            let first = f["claims"][0]["article"].as_str().unwrap();
            let path = ids.iter().find(|(id, _)| id == first).unwrap().1.clone();
            (
                f["rule"].as_str().unwrap().to_string(),
                f["message"].as_str().unwrap().to_string(),
                path,
            )
        })
        .collect()
}

const AGREES: &str = "Le président Kassym-Jomart Tokayev a reçu jeudi une délégation.\n";
const MINORITY: &str = "Le président Kassym-Jomart Tokaïev a reçu jeudi une délégation.\n";
/// A new misspelling of a name the seeds write once: a disagreement no baseline knows.
const NEW_SLIP: &str = "Le président Sadyr Japarrov a reçu jeudi une délégation.\n";

// -----------------------------------------------------------------------------------------
// Baselines

#[test]
fn a_new_article_that_agrees_never_brings_a_recorded_finding_back() {
    let tmp = archive();
    let dir = tmp.path();
    let o = crosscheck_in(dir, &["check", "content", "--write-baseline", "bl.json"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(
        stderr(&o),
        "crosscheck: wrote 7 flagged readings to bl.json\n"
    );
    let written = std::fs::read_to_string(dir.join("bl.json")).unwrap();
    insta::assert_snapshot!("baseline_v2_seeds", written);

    // The case: a new article spelling the name as most sources do.
    write(dir, "content/005_new.txt", AGREES);
    let o = crosscheck_in(dir, &["check", "content", "--baseline", "bl.json"]);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    assert_eq!(
        stderr(&o),
        "crosscheck: 5 findings hidden by the baseline bl.json\n"
    );

    // A new article adopting the minority reading: reported, for that article.
    write(dir, "content/005_new.txt", MINORITY);
    let o = judged(dir, &["--fail-on", "info"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert_eq!(
        findings(&json(&o)),
        [(
            "name-transliteration".to_string(),
            "\"Tokaïev\" in 005_new — 3 sources write \"Tokayev\"".to_string(),
            "content/005_new.txt".to_string()
        )]
    );
    assert!(
        stderr(&o).contains("1 reported only for the articles"),
        "{}",
        stderr(&o)
    );

    // An old article edited to a new reading is at fault too.
    std::fs::remove_file(dir.join("content/005_new.txt")).unwrap();
    let path = dir.join("content/001_7cf346121d34070f.txt");
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(&path, text.replace("Tokayev", "Tokaev")).unwrap();
    let o = judged(dir, &[]);
    let f = findings(&json(&o));
    assert_eq!(f.len(), 1, "{f:?}");
    assert!(f[0].1.starts_with("\"Tokaev\""), "{f:?}");
    assert_eq!(f[0].2, "content/001_7cf346121d34070f.txt");
}

#[test]
fn a_new_disagreement_is_reported_whole() {
    let tmp = archive();
    let dir = tmp.path();
    crosscheck_in(dir, &["check", "content", "--write-baseline", "bl.json"]);
    write(dir, "content/005_new.txt", NEW_SLIP);
    let o = judged(dir, &[]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let f = findings(&json(&o));
    assert_eq!(f.len(), 1, "{f:?}");
    assert!(f[0].1.contains("Japarrov"), "{f:?}");
}

#[test]
fn a_version_1_baseline_is_read_and_upgraded() {
    let tmp = archive();
    let dir = tmp.path();
    // A /1 file as the previous release wrote it: fingerprints of the seeds' findings.
    let v1 = std::fs::read_to_string(
        Path::new(common::ROOT).join("tests/fixtures/baseline-v1/seeds.json"),
    )
    .unwrap();
    write(dir, "old.json", &v1);
    let o = crosscheck_in(dir, &["check", "content", "--baseline", "old.json"]);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    assert!(
        stderr(&o).contains("old.json is a crosscheck-baseline/1 file")
            && stderr(&o).contains("--baseline old.json --write-baseline old.json"),
        "{}",
        stderr(&o)
    );
    // The upgrade records what the old file accepted, and leaves a new finding out.
    write(dir, "content/005_new.txt", NEW_SLIP);
    let o = crosscheck_in(
        dir,
        &[
            "check",
            "content",
            "--baseline",
            "old.json",
            "--write-baseline",
            "new.json",
        ],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stderr(&o).contains("1 finding with something the old baseline does not accept"));
    let new = std::fs::read_to_string(dir.join("new.json")).unwrap();
    let fresh = tempfile::tempdir().unwrap();
    std::fs::remove_file(dir.join("content/005_new.txt")).unwrap();
    let o = crosscheck_in(
        dir,
        &[
            "check",
            "content",
            "--write-baseline",
            fresh.path().join("b.json").to_str().unwrap(),
        ],
    );
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(
        new,
        std::fs::read_to_string(fresh.path().join("b.json")).unwrap()
    );
    let o = crosscheck_in(dir, &["check", "content", "--baseline", "new.json"]);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    assert!(!stderr(&o).contains("crosscheck-baseline/1"));
}

// -----------------------------------------------------------------------------------------
// --since and --staged

/// A branch that adds an article misspelling a name and edits an old one without a new
/// finding.
fn branch(dir: &Path) {
    git(dir, &["checkout", "-q", "-b", "pr"]);
    write(
        dir,
        "content/005_new.txt",
        "Le secrétaire américain au Commerce, Howard Lutnik, a reçu jeudi une délégation.\n",
    );
    let path = dir.join("content/002_2c3aa320740fe74b.txt");
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(
        &path,
        format!("{text}\nUn paragraphe ajouté sans nom propre.\n"),
    )
    .unwrap();
    git(dir, &["add", "."]);
    git(dir, &["commit", "-q", "-m", "the branch"]);
}

#[test]
fn since_reports_only_what_the_branch_touches() {
    let tmp = archive();
    let dir = tmp.path();
    // On main itself nothing changed: nothing to report, and the run passes.
    let o = crosscheck_in(dir, &["check", "content", "--since", "main"]);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    assert!(stderr(&o).contains("0 of the articles checked were changed since main"));
    branch(dir);
    let o = crosscheck_in(
        dir,
        &["check", "content", "--since", "main", "--format", "json"],
    );
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert_eq!(
        findings(&json(&o)),
        [(
            "name-spelling".to_string(),
            "\"Lutnik\" in 005_new — sources are split: 1 source writes \"Lutnick\", 1 writes \
             \"Lutnik\""
                .to_string(),
            "content/005_new.txt".to_string()
        )]
    );
    assert!(stderr(&o).contains("2 of the articles checked were changed since main"));
    // The annotation sits on the new article's line, where the pull request's diff is.
    let o = crosscheck_in(
        dir,
        &["check", "content", "--since", "main", "--format", "github"],
    );
    assert!(
        stdout(&o).starts_with("::warning file=content/005_new.txt,line=1,col=38,"),
        "{}",
        stdout(&o)
    );
    // Unstaged and untracked work counts as changed too, from any folder.
    write(dir, "content/006_draft.txt", MINORITY);
    let o = crosscheck_in(
        dir.join("content").as_path(),
        &[
            "check",
            ".",
            "--since",
            "main",
            "--format",
            "json",
            "--fail-on",
            "info",
        ],
    );
    let f = findings(&json(&o));
    assert_eq!(f.len(), 2, "{f:?}");
    assert!(f.iter().any(|f| f.2 == "006_draft.txt"), "{f:?}");
}

#[test]
fn staged_reports_only_what_the_next_commit_adds() {
    let tmp = archive();
    let dir = tmp.path();
    write(
        dir,
        "content/005_new.txt",
        "Le secrétaire américain au Commerce, Howard Lutnik, a reçu jeudi une délégation.\n",
    );
    // Not staged yet: nothing.
    let o = crosscheck_in(dir, &["check", "content", "--staged"]);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    git(dir, &["add", "content/005_new.txt"]);
    let o = crosscheck_in(dir, &["check", "content", "--staged", "--format", "json"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let f = findings(&json(&o));
    assert_eq!(f.len(), 1, "{f:?}");
    assert_eq!(f[0].2, "content/005_new.txt");
    // A name git quotes in its diffs (a space, a quote, an accent) is found all the same.
    git(dir, &["rm", "-q", "--cached", "content/005_new.txt"]);
    let odd = "content/new é \"q\".txt";
    std::fs::rename(dir.join("content/005_new.txt"), dir.join(odd)).unwrap();
    git(dir, &["add", odd]);
    let o = crosscheck_in(dir, &["check", "content", "--staged", "--format", "json"]);
    let f = findings(&json(&o));
    assert_eq!(f.len(), 1, "{f:?}");
    assert_eq!(f[0].2, odd);
}

#[test]
fn since_errors_are_clear() {
    let tmp = archive();
    let dir = tmp.path();
    let o = crosscheck_in(dir, &["check", "content", "--since", "no-such-branch"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).starts_with("crosscheck: error: --since: unknown revision `no-such-branch`"),
        "{}",
        stderr(&o)
    );
    let outside = tempfile::tempdir().unwrap();
    write(outside.path(), "a.txt", AGREES);
    let o = crosscheck_in(outside.path(), &["check", "a.txt", "--since", "main"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("--since reads the change from git, but")
            && stderr(&o).contains("is not in a git repository"),
        "{}",
        stderr(&o)
    );
    let o = crosscheck_in(
        dir,
        &[
            "check",
            "content",
            "--since",
            "main",
            "--against",
            "content",
        ],
    );
    assert_eq!(o.status.code(), Some(2));
}

// -----------------------------------------------------------------------------------------
// The cache

/// Every file under `dir`, by path relative to it, with its bytes.
fn tree(dir: &Path) -> Vec<(String, Vec<u8>)> {
    fn walk(root: &Path, dir: &Path, out: &mut Vec<(String, Vec<u8>)>) {
        for e in std::fs::read_dir(dir).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                walk(root, &p, out);
            } else {
                let rel = p.strip_prefix(root).unwrap().to_string_lossy().into_owned();
                out.push((rel, std::fs::read(&p).unwrap()));
            }
        }
    }
    let mut out = Vec::new();
    walk(dir, dir, &mut out);
    out.sort();
    out
}

#[test]
fn the_cache_gives_the_same_report_and_survives_damage() {
    let tmp = archive();
    let dir = tmp.path();
    let json_report = |extra: &[&str]| {
        let mut args = vec!["check", "content", "--format", "json"];
        args.extend_from_slice(extra);
        let o = crosscheck_in(dir, &args);
        assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
        assert_eq!(stderr(&o), "", "no note");
        o.stdout
    };
    let fresh = json_report(&["--no-cache"]);
    assert!(
        !dir.join(".crosscheck-cache").exists(),
        "--no-cache writes nothing"
    );
    // The first run writes the cache beside the articles' repository root (the current
    // folder), tagged and ignored by git; the second reads it and writes nothing.
    assert_eq!(json_report(&[]), fresh);
    let cache = dir.join(".crosscheck-cache");
    assert!(cache.join("CACHEDIR.TAG").is_file());
    let status = Command::new("git")
        .args(["status", "--porcelain"])
        .current_dir(dir)
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8_lossy(&status.stdout),
        "",
        "git ignores the cache"
    );
    let written = tree(&cache);
    let claims: Vec<&String> = written
        .iter()
        .map(|(p, _)| p)
        .filter(|p| p.contains("/claims/"))
        .collect();
    assert_eq!(claims.len(), 5, "one entry per article: {claims:?}");
    assert_eq!(json_report(&[]), fresh);
    assert_eq!(
        tree(&cache),
        written,
        "a run over unchanged articles writes nothing"
    );

    // Damaged entries (garbage, a truncated file, a claim pointing elsewhere, a stray
    // temporary file) are misses: the report is the same, and the entries are written again.
    let files: Vec<std::path::PathBuf> = written
        .iter()
        .map(|(p, _)| cache.join(p))
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    std::fs::write(&files[0], b"\0garbage{").unwrap();
    let text = std::fs::read(&files[1]).unwrap();
    std::fs::write(&files[1], &text[..text.len() / 2]).unwrap();
    let shifted = String::from_utf8(std::fs::read(&files[2]).unwrap())
        .unwrap()
        .replacen("\"start\":", "\"start\":1", 1);
    std::fs::write(&files[2], shifted).unwrap();
    let run = files
        .iter()
        .find(|p| p.to_string_lossy().contains("/runs/"))
        .unwrap();
    std::fs::write(run, b"{\"key\": \"x\"}").unwrap();
    std::fs::write(files[3].with_extension("json.123.tmp"), b"half").unwrap();
    assert_eq!(json_report(&[]), fresh);
    for f in &files[..3] {
        let v: Value = serde_json::from_slice(&std::fs::read(f).unwrap()).unwrap();
        assert!(v["claims"].is_array(), "{} written again", f.display());
    }

    // An edited article is read again; the others come from the cache.
    let path = dir.join("content/004_182e4f8ee1982a11.txt");
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(&path, text.replace("Howard Lutnik", "Howard Lutnick")).unwrap();
    let edited = json_report(&[]);
    assert_eq!(edited, json_report(&["--no-cache"]));
    assert_ne!(edited, fresh);
}

#[test]
fn the_cache_folder_is_where_it_is_told_and_never_read_as_articles() {
    let tmp = archive();
    let dir = tmp.path();
    // Inside the articles' folder, under a name the walk would read if it held articles:
    // written by the first run, not read as articles by the second.
    for _ in 0..2 {
        let args = [
            "check",
            "content",
            "--cache-dir",
            "content/cache",
            "--format",
            "json",
        ];
        let o = crosscheck_in(dir, &args);
        assert_eq!(json(&o)["summary"]["articles"], 5);
        assert!(dir.join("content/cache/CACHEDIR.TAG").is_file());
    }
    // The config's cache-dir, relative to it; and the environment's over it.
    write(dir, "crosscheck.toml", "cache-dir = \"build/cc\"\n");
    crosscheck_in(dir, &["check", "content"]);
    assert!(dir.join("build/cc/CACHEDIR.TAG").is_file());
    let o = Command::new(env!("CARGO_BIN_EXE_crosscheck"))
        .args(["check", "content"])
        .current_dir(dir)
        .env("CROSSCHECK_CACHE_DIR", dir.join("env-cache"))
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
    assert!(dir.join("env-cache/CACHEDIR.TAG").is_file());
    // A cache that cannot be written: the run goes on, with one note.
    write(dir, "not-a-folder", "x");
    let o = crosscheck_in(dir, &["check", "content", "--cache-dir", "not-a-folder/c"]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        stderr(&o)
            .matches("crosscheck: note: cache not written")
            .count(),
        1,
        "{}",
        stderr(&o)
    );
}
