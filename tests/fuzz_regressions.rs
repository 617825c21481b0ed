//! Every input a fuzzer or a property test ever broke crosscheck with, replayed through the
//! fuzz target's own code (`crosscheck::fuzzing`) on stable: `tests/fixtures/fuzz/<target>/`
//! holds them, one file each, named after what went wrong. A new crash found by `cargo fuzz`
//! (see fuzz/README.md) is fixed, then its input copied here.

use std::path::Path;

#[test]
fn fuzz_regressions_stay_fixed() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/fuzz");
    let mut replayed = 0;
    for (target, run) in crosscheck::fuzzing::TARGETS {
        let dir = root.join(target);
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        let mut files: Vec<_> = entries.map(|e| e.unwrap().path()).collect();
        files.sort();
        for file in files {
            let data = std::fs::read(&file).unwrap();
            let outcome = std::panic::catch_unwind(|| run(&data));
            assert!(outcome.is_ok(), "{target}: {} fails again", file.display());
            replayed += 1;
        }
    }
    assert!(
        replayed > 0,
        "no regression inputs under {}",
        root.display()
    );
}

/// The repository's own fixtures and seeds pass through every target as the fuzzers' seed
/// corpora do (fuzz/seed-corpus): the harness itself accepts real input.
#[test]
fn every_target_accepts_the_fixtures() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for dir in ["seeds", "tests/fixtures/quake", "tests/fixtures/trade"] {
        let mut files: Vec<_> = std::fs::read_dir(root.join(dir))
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "txt" || e == "md"))
            .collect();
        files.sort();
        for pair in files.windows(2) {
            let (first, second) = (
                std::fs::read(&pair[0]).unwrap(),
                std::fs::read(&pair[1]).unwrap(),
            );
            let with_flags = |flags: u8, text: &[u8]| [&[flags][..], text].concat();
            crosscheck::fuzzing::check(&[with_flags(6, &first), vec![1], second].concat());
            crosscheck::fuzzing::load(&with_flags(5, &first));
            // French and English extractors, with a publication date.
            crosscheck::fuzzing::extract(&with_flags(2, &first));
            crosscheck::fuzzing::extract(&with_flags(3, &first));
        }
    }
}
