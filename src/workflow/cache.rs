//! The cache: what an earlier run extracted from an article, and what it found in a whole set
//! of articles, kept on disk so that a run over an unchanged archive reads the files, hashes
//! them and is done.
//!
//! - `DATA/claims/KK/KEY.json`: the claims of one article, keyed by the SHA-256 of its bytes,
//!   its language, publication date and body offset, and the *data key* `DATA`.
//! - `DATA/runs/KEY.json`: the findings of one check, keyed by the data key and the ordered
//!   ids, paths and claim keys of all its articles; the `MAX_RUNS` most recent are kept.
//!
//! The data key (`BUILD-RULES`) is the build's identity (`CROSSCHECK_BUILD_ID`, a hash of crosscheck's version,
//! source and embedded `rules/`, made by `build.rs`) and a digest of every rule, language and
//! config file the run read (`RuleSet::digest`). A key that does not match is a miss, never
//! an error, so a cache is never used by a crosscheck that could extract differently.
//!
//! Files are written whole, to a temporary name then renamed: a run that stops half-way leaves
//! no half-written entry. An entry is checked when read (its key; for claims, that each claim
//! is the slice of the text it says); a damaged entry is a miss and is written again. The
//! folder holds a `CACHEDIR.TAG` and a `.gitignore` of `*`: backup tools and git leave it
//! alone, and deleting it at any time is safe. The first write of a run removes the folders
//! of other builds, which no build will read again.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::model::{Article, Claim, Finding};

/// The build's identity (see `build.rs`).
pub const BUILD_ID: &str = env!("CROSSCHECK_BUILD_ID");

/// The folder name used when no other is given.
pub const DEFAULT_DIR: &str = ".crosscheck-cache";

/// The runs kept (the most recent): a run file is only useful to a run over the very same
/// articles.
pub const MAX_RUNS: usize = 32;

/// A cache folder and the data key of this run.
#[derive(Debug)]
pub struct Cache {
    dir: PathBuf,
    data: String,
    /// The folder made, tagged and pruned of other builds: once per run, at the first write.
    prepared: std::sync::Once,
    /// Why the first write that failed did, reported once by the caller; no write is tried
    /// after it.
    write_error: std::sync::OnceLock<String>,
}

/// The claims of one article, as stored.
#[derive(Serialize, Deserialize)]
struct ClaimsEntry {
    key: String,
    sentences_cut: usize,
    claims: Vec<Claim>,
}

/// The findings of one run, as stored.
#[derive(Serialize, Deserialize)]
struct RunEntry {
    key: String,
    groups_cut: usize,
    findings: Vec<Finding>,
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

impl Cache {
    /// The cache in `dir` for runs whose rules, languages and config have this digest.
    pub fn new(dir: PathBuf, rules_digest: u64) -> Cache {
        let data = format!("{BUILD_ID}-{rules_digest:016x}");
        Cache {
            dir,
            data,
            prepared: std::sync::Once::new(),
            write_error: std::sync::OnceLock::new(),
        }
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The key of an article's claims: everything extraction reads, and the data key.
    pub fn article_key(&self, a: &Article) -> String {
        let mut h = Sha256::new();
        h.update(self.data.as_bytes());
        h.update([0]);
        h.update(a.lang.as_bytes());
        h.update([0]);
        h.update(a.date.map(|d| d.to_string()).unwrap_or_default().as_bytes());
        h.update([0]);
        h.update(a.body.start.to_le_bytes());
        h.update(a.text.as_bytes());
        hex(&h.finalize())
    }

    /// The key of a whole run: the data key, the articles in order (id, path, claims key) and
    /// `extra` (anything else the findings depend on).
    pub fn run_key(&self, articles: &[(&str, &str, &str)], extra: &str) -> String {
        let mut h = Sha256::new();
        h.update(self.data.as_bytes());
        h.update([0]);
        h.update(extra.as_bytes());
        for (id, path, key) in articles {
            for part in [id, path, key] {
                h.update([0]);
                h.update(part.as_bytes());
            }
        }
        hex(&h.finalize())
    }

    fn claims_path(&self, key: &str) -> PathBuf {
        self.dir
            .join(&self.data)
            .join("claims")
            .join(&key[..2])
            .join(format!("{key}.json"))
    }

    fn run_path(&self, key: &str) -> PathBuf {
        self.dir
            .join(&self.data)
            .join("runs")
            .join(format!("{key}.json"))
    }

    /// Removes the folders of other builds (named `BUILD-RULES` with another `BUILD`).
    fn prune_builds(&self) {
        let Ok(entries) = std::fs::read_dir(&self.dir) else {
            return;
        };
        for e in entries.flatten() {
            let name = e.file_name().to_string_lossy().into_owned();
            let stale = name.split_once('-').is_some_and(|(build, rules)| {
                build.len() == 16
                    && rules.len() == 16
                    && build != BUILD_ID
                    && name.bytes().all(|b| b.is_ascii_hexdigit() || b == b'-')
            });
            if stale && e.path().is_dir() {
                let _ = std::fs::remove_dir_all(e.path());
            }
        }
    }

    /// Keeps the `MAX_RUNS` most recent run files.
    fn prune_runs(&self) {
        let Ok(entries) = std::fs::read_dir(self.dir.join(&self.data).join("runs")) else {
            return;
        };
        let mut runs: Vec<(std::time::SystemTime, PathBuf)> = entries
            .flatten()
            .filter(|e| e.file_name().to_string_lossy().ends_with(".json"))
            .filter_map(|e| Some((e.metadata().ok()?.modified().ok()?, e.path())))
            .collect();
        if runs.len() <= MAX_RUNS {
            return;
        }
        runs.sort();
        for (_, p) in &runs[..runs.len() - MAX_RUNS] {
            let _ = std::fs::remove_file(p);
        }
    }

    /// The claims stored for `article` (index `index` in the corpus) under `key`, if there is
    /// a sound entry: each claim must be the slice of the article it says it is.
    pub fn claims(
        &self,
        key: &str,
        article: &Article,
        index: usize,
    ) -> Option<(Vec<Claim>, usize)> {
        let bytes = std::fs::read(self.claims_path(key)).ok()?;
        let entry: ClaimsEntry = serde_json::from_slice(&bytes).ok()?;
        if entry.key != key {
            return None;
        }
        let text = &article.text;
        let mut claims = entry.claims;
        for c in &mut claims {
            let sound = c.span.start <= c.span.end
                && c.span.end <= text.len()
                && c.sentence.start <= c.sentence.end
                && c.sentence.end <= text.len()
                && text.get(c.span.start..c.span.end) == Some(c.text.as_str())
                && text.get(c.sentence.start..c.sentence.end).is_some();
            if !sound {
                return None;
            }
            c.article = index;
        }
        Some((claims, entry.sentences_cut))
    }

    /// Stores an article's claims under `key`.
    pub fn store_claims(&self, key: &str, claims: &[Claim], sentences_cut: usize) {
        let entry = ClaimsEntry {
            key: key.to_string(),
            sentences_cut,
            claims: claims.to_vec(),
        };
        if let Ok(bytes) = serde_json::to_vec(&entry) {
            self.write(&self.claims_path(key), &bytes);
        }
    }

    /// The findings stored for a run, if any: checked against the number of claims, since
    /// every citation points into them.
    pub fn findings(&self, key: &str, claims: usize) -> Option<(Vec<Finding>, usize)> {
        let bytes = std::fs::read(self.run_path(key)).ok()?;
        let entry: RunEntry = serde_json::from_slice(&bytes).ok()?;
        let sound = entry.key == key
            && entry.findings.iter().all(|f| {
                !f.citations.is_empty()
                    && f.citations
                        .iter()
                        .all(|c| c.claim < claims && c.reading < f.readings.len())
            });
        if !sound {
            return None;
        }
        Some((entry.findings, entry.groups_cut))
    }

    /// Stores a run's findings.
    pub fn store_findings(&self, key: &str, findings: &[Finding], groups_cut: usize) {
        let entry = RunEntry {
            key: key.to_string(),
            groups_cut,
            findings: findings.to_vec(),
        };
        if let Ok(bytes) = serde_json::to_vec(&entry) {
            self.write(&self.run_path(key), &bytes);
            self.prune_runs();
        }
    }

    /// Why writing failed, the first time it did (for one note), or None.
    pub fn write_error(&self) -> Option<String> {
        self.write_error.get().cloned()
    }

    /// Writes a file whole: to a temporary name beside it, then renamed. The folder is made,
    /// with its tag and `.gitignore`, the first time.
    fn write(&self, path: &Path, bytes: &[u8]) {
        if self.write_error.get().is_some() {
            return;
        }
        static COUNTER: AtomicUsize = AtomicUsize::new(0);
        self.prepared.call_once(|| {
            self.prune_builds();
            let tagged = (|| -> std::io::Result<()> {
                if !self.dir.join("CACHEDIR.TAG").exists() {
                    std::fs::create_dir_all(&self.dir)?;
                    std::fs::write(
                        self.dir.join("CACHEDIR.TAG"),
                        "Signature: 8a477f597d28d172789f06886806bc55\n\
                         # This folder is a cache made by crosscheck; it can be deleted at any \
                         time.\n",
                    )?;
                    std::fs::write(self.dir.join(".gitignore"), "*\n")?;
                }
                Ok(())
            })();
            if let Err(e) = tagged {
                self.fail(&e);
            }
        });
        if self.write_error.get().is_some() {
            return;
        }
        let result = (|| -> std::io::Result<()> {
            let parent = path.parent().unwrap_or(&self.dir);
            std::fs::create_dir_all(parent)?;
            let tmp = parent.join(format!(
                ".{}.{}.{}.tmp",
                path.file_name()
                    .map(|n| n.to_string_lossy())
                    .unwrap_or_default(),
                std::process::id(),
                COUNTER.fetch_add(1, Ordering::Relaxed)
            ));
            std::fs::write(&tmp, bytes)?;
            std::fs::rename(&tmp, path).inspect_err(|_| {
                let _ = std::fs::remove_file(&tmp);
            })
        })();
        if let Err(e) = result {
            self.fail(&e);
        }
    }

    /// Records why writing failed (the first reason only).
    fn fail(&self, e: &std::io::Error) {
        let _ = self
            .write_error
            .set(format!("{}: {e}", crate::error::display_path(&self.dir)));
    }
}
