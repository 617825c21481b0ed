//! What a change touched, read from git: the lines a pull request or a commit adds or edits,
//! so that a check of the whole archive reports only the findings that involve them
//! (`--since REF`, `--staged`; `draft::focus_on` words them from the changed article's side).
//!
//! `--since REF` compares the work tree with the point where the current branch left REF
//! (`git merge-base REF HEAD`, as a pull request's diff does), so the branch's commits, staged
//! and unstaged edits all count, and so do untracked files that `.gitignore` does not hide (a
//! new article not yet added). `--staged` takes what is staged for the next commit, for a
//! pre-commit hook. A new, untracked or renamed-and-edited file counts whole; an edited file
//! counts by its changed lines (from `git diff -U0`), so that editing one paragraph of an old
//! article does not bring back the old disagreements of the others. Deleted files and lines
//! are not articles any more and count for nothing.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::error::Error;

/// Which change to focus on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    /// Everything since the branch left this revision.
    Since(String),
    /// What is staged for the next commit.
    Staged,
}

impl Change {
    /// How a note names it: "changed since main", "staged for commit".
    pub fn describe(&self) -> String {
        match self {
            Change::Since(r) => format!("changed since {r}"),
            Change::Staged => "staged for commit".to_string(),
        }
    }

    fn flag(&self) -> &'static str {
        match self {
            Change::Since(_) => "--since",
            Change::Staged => "--staged",
        }
    }
}

/// Runs git in `dir`; its standard output, or an error saying what `flag` needed.
fn git(dir: &Path, args: &[&str], flag: &str) -> Result<Vec<u8>, Error> {
    let out = Command::new("git")
        .args(args)
        .current_dir(dir)
        .output()
        .map_err(|e| {
            Error::Usage(format!(
                "{flag} reads the change from git: cannot run git ({e})"
            ))
        })?;
    if out.status.success() {
        Ok(out.stdout)
    } else {
        let why = String::from_utf8_lossy(&out.stderr);
        let why = why
            .lines()
            .find(|l| !l.trim().is_empty())
            .unwrap_or("")
            .trim();
        Err(Error::Usage(format!(
            "{flag}: `git {}` failed: {why}",
            args.join(" ")
        )))
    }
}

/// The lines of a file a change touched (1-based), or all of them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Lines {
    All,
    Some(BTreeSet<usize>),
}

impl Lines {
    pub fn contains(&self, line: usize) -> bool {
        match self {
            Lines::All => true,
            Lines::Some(set) => set.contains(&line),
        }
    }
}

/// The files a change touched, by canonical path.
pub type Changed = BTreeMap<PathBuf, Lines>;

/// NUL-separated paths, relative to `top`, as canonical paths of files that exist.
fn paths(top: &Path, out: &[u8]) -> Vec<PathBuf> {
    out.split(|&b| b == 0)
        .filter(|p| !p.is_empty())
        .filter_map(|p| std::fs::canonicalize(top.join(String::from_utf8_lossy(p).as_ref())).ok())
        .collect()
}

/// A path as git quotes it in a patch header (`"a\tb"`, octal escapes for other bytes).
fn unquote(s: &str) -> String {
    let Some(inner) = s.strip_prefix('"').and_then(|s| s.strip_suffix('"')) else {
        return s.to_string();
    };
    let mut bytes = Vec::new();
    let mut it = inner.bytes().peekable();
    while let Some(b) = it.next() {
        if b != b'\\' {
            bytes.push(b);
            continue;
        }
        match it.next() {
            Some(b'n') => bytes.push(b'\n'),
            Some(b't') => bytes.push(b'\t'),
            Some(b'r') => bytes.push(b'\r'),
            Some(d @ b'0'..=b'7') => {
                let mut v = u32::from(d - b'0');
                for _ in 0..2 {
                    if let Some(&d @ b'0'..=b'7') = it.peek() {
                        v = v * 8 + u32::from(d - b'0');
                        it.next();
                    }
                }
                bytes.push(v as u8);
            }
            Some(other) => bytes.push(other),
            None => {}
        }
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

/// The new-side lines of each file of a `git diff -U0` patch, by path relative to `top`:
/// `+++ b/PATH` headers, then `@@ -a,b +c,d @@` hunks (lines c to c+d-1; d is 1 when left
/// out, 0 for a deletion).
fn changed_lines(top: &Path, patch: &[u8]) -> Changed {
    let text = String::from_utf8_lossy(patch);
    let mut out = Changed::new();
    let mut current: Option<PathBuf> = None;
    for line in text.lines() {
        if let Some(path) = line.strip_prefix("+++ ") {
            // A name with a space ends with a tab; one with a quote or a control character
            // is quoted whole, `"b/…"`.
            let path = unquote(path.trim_end_matches('\t'));
            current = path
                .strip_prefix("b/")
                .and_then(|p| std::fs::canonicalize(top.join(p)).ok());
            if let Some(p) = &current {
                out.entry(p.clone())
                    .or_insert_with(|| Lines::Some(BTreeSet::new()));
            }
        } else if let (Some(hunk), Some(p)) = (line.strip_prefix("@@ "), &current) {
            let Some(new) = hunk.split(' ').find_map(|w| w.strip_prefix('+')) else {
                continue;
            };
            let (start, len) = match new.split_once(',') {
                Some((s, l)) => (s.parse().unwrap_or(0), l.parse().unwrap_or(0)),
                None => (new.parse().unwrap_or(0), 1),
            };
            if let Some(Lines::Some(set)) = out.get_mut(p) {
                set.extend(start..start + len);
            }
        }
    }
    out
}

/// The files and lines `change` adds or edits, read with git from the repository holding
/// `dir`.
pub fn changed(dir: &Path, change: &Change) -> Result<Changed, Error> {
    let flag = change.flag();
    let top = git(dir, &["rev-parse", "--show-toplevel"], flag).map_err(|_| {
        Error::Usage(format!(
            "{flag} reads the change from git, but {} is not in a git repository",
            crate::error::display_path(dir)
        ))
    })?;
    let top = PathBuf::from(String::from_utf8_lossy(&top).trim_end_matches(['\n', '\r']));
    let diff = |base: Option<&str>| -> Result<Changed, Error> {
        let mut args = vec![
            "-c",
            "core.quotePath=false",
            "diff",
            "-U0",
            "--no-color",
            "--no-ext-diff",
            "-M",
            "--diff-filter=AMR",
        ];
        match base {
            Some(b) => args.push(b),
            None => args.push("--cached"),
        }
        args.push("--");
        Ok(changed_lines(&top, &git(&top, &args, flag)?))
    };
    match change {
        Change::Staged => diff(None),
        Change::Since(rev) => {
            if rev.starts_with('-') {
                return Err(Error::Usage(format!("--since: `{rev}` is not a revision")));
            }
            let commit = format!("{rev}^{{commit}}");
            git(&top, &["rev-parse", "--verify", "--quiet", &commit], flag).map_err(|_| {
                Error::Usage(format!(
                    "--since: unknown revision `{rev}` in {} (a branch, tag or commit: \
                     `git fetch` it first in a shallow clone)",
                    crate::error::display_path(&top)
                ))
            })?;
            // Where the branch left REF; REF itself when HEAD has no common history with it.
            let base = git(&top, &["merge-base", rev, "HEAD"], flag)
                .map(|b| String::from_utf8_lossy(&b).trim().to_string())
                .unwrap_or_else(|_| rev.clone());
            let mut out = diff(Some(&base))?;
            let untracked = git(
                &top,
                &[
                    "ls-files",
                    "--others",
                    "--exclude-standard",
                    "--full-name",
                    "-z",
                ],
                flag,
            )?;
            for p in paths(&top, &untracked) {
                out.insert(p, Lines::All);
            }
            Ok(out)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hunks_give_the_new_lines() {
        let dir = std::env::temp_dir();
        let name = format!("crosscheck-since-{}.txt", std::process::id());
        let file = dir.join(&name);
        std::fs::write(&file, "x").unwrap();
        let patch = format!(
            "diff --git a/{name} b/{name}\n--- a/{name}\n+++ b/{name}\n@@ -3 +3 @@\n-a\n+b\n\
             @@ -10,0 +11,2 @@\n+c\n+d\n@@ -20,2 +22,0 @@\n-e\n-f\n"
        );
        let got = changed_lines(&dir, patch.as_bytes());
        let _ = std::fs::remove_file(&file);
        let lines = got.values().next().unwrap();
        assert_eq!(lines, &Lines::Some([3, 11, 12].into_iter().collect()));
    }

    #[test]
    fn quoted_paths() {
        assert_eq!(unquote("\"a\\tb\\\"c\\303\\251\""), "a\tb\"cé");
        assert_eq!(unquote("plain.md"), "plain.md");
    }
}
