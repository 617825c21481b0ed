//! Helpers shared by the end-to-end tests: run the `crosscheck` binary and read its output.
#![allow(dead_code)]

use std::path::Path;
use std::process::{Command, Output};

use serde_json::Value;

/// The repository's root, where `seeds/` and `tests/fixtures/` are.
pub const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// Runs crosscheck in `dir`, with colour settings of the environment removed.
pub fn crosscheck_in(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_crosscheck"))
        .args(args)
        .current_dir(dir)
        .env_remove("NO_COLOR")
        .output()
        .expect("run crosscheck")
}

/// Runs crosscheck at the repository's root.
pub fn crosscheck(args: &[&str]) -> Output {
    crosscheck_in(Path::new(ROOT), args)
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("utf-8 stdout")
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).expect("utf-8 stderr")
}

/// Standard output as JSON; on failure, says what stderr said.
pub fn json(o: &Output) -> Value {
    serde_json::from_slice(&o.stdout)
        .unwrap_or_else(|e| panic!("JSON on stdout ({e}); stderr: {}", stderr(o)))
}

/// Runs git in `dir` with a fixed author and no system config; fails the test on an error.
pub fn git(dir: &Path, args: &[&str]) {
    let o = Command::new("git")
        .args([
            "-c",
            "user.name=crosscheck",
            "-c",
            "user.email=ci@example.org",
        ])
        .args(args)
        .current_dir(dir)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .output()
        .expect("run git");
    assert!(
        o.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&o.stderr)
    );
}
