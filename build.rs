//! Gives the build an identity for the cache of extracted claims (`workflow::cache`): a hash
//! of the version, the source code and the embedded `rules/`, so that a cache written by one
//! build of crosscheck is never read by a build that could extract differently, while two
//! builds of the same sources (a CI runner installing the same revision again) share it.

use std::path::Path;

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
}
