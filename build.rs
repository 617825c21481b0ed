//! Gives the build an identity for the cache of extracted claims (`workflow::cache`): a hash
//! of the version, the source code and the embedded `rules/`, so that a cache written by one
//! build of crosscheck is never read by a build that could extract differently, while two
//! builds of the same sources (a CI runner installing the same revision again) share it.
//!
//! And folds the names of several words of `rules/places.tsv` once, here, into a sorted list
//! the binary embeds (`knowledge::gazetteer`): folding 11,000 names took a run 7 ms the first
//! time it met a name of several words, which is nearly every run.

use std::path::Path;

#[path = "src/knowledge/fold.rs"]
mod fold;

/// The folded names of several words of a `places.tsv` file, sorted and unique, one a line:
/// what `Gazetteer::more` would index at run time.
fn multiword_places(source: &str) -> String {
    let mut names: Vec<String> = Vec::new();
    for line in source.lines() {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let Some(field) = line.rsplit('\t').next() else {
            continue;
        };
        names.extend(field.split('|').filter(|n| n.contains(' ')).map(fold::fold));
    }
    names.sort();
    names.dedup();
    let mut out = names.join("\n");
    out.push('\n');
    out
}

fn fnv(mut h: u64, bytes: &[u8]) -> u64 {
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

fn walk(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            walk(&p, out);
        } else {
            out.push(p);
        }
    }
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for dir in ["src", "rules"] {
        walk(&root.join(dir), &mut files);
        println!("cargo:rerun-if-changed={dir}");
    }
    files.push(root.join("Cargo.toml"));
    println!("cargo:rerun-if-changed=Cargo.toml");
    files.sort();
    let mut h = fnv(0xcbf2_9ce4_8422_2325, env!("CARGO_PKG_VERSION").as_bytes());
    for f in files {
        let rel = f.strip_prefix(root).unwrap_or(&f);
        h = fnv(h, rel.to_string_lossy().as_bytes());
        h = fnv(h, &std::fs::read(&f).unwrap_or_default());
    }
    println!("cargo:rustc-env=CROSSCHECK_BUILD_ID={h:016x}");

    let places = std::fs::read_to_string(root.join("rules/places.tsv")).unwrap_or_default();
    let out = std::path::PathBuf::from(std::env::var_os("OUT_DIR").unwrap_or_default());
    if let Err(e) = std::fs::write(out.join("places-multiword.txt"), multiword_places(&places)) {
        panic!("writing the folded place names: {e}");
    }
}
