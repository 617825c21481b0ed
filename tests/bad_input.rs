//! The bad-input matrix (README, "Bad input"): one test per class of hostile or broken input,
//! with the exit status and the message a user sees. Errors are one line naming the file (and
//! line), exit status 2, nothing on stdout; files that cannot be articles met while walking a
//! folder are skipped with a note and the run goes on. Nothing is ever modified.

mod common;

use std::path::Path;

use common::{ROOT, crosscheck, crosscheck_in, json, stderr, stdout};

/// `args` fail with exit status 2 and one line on stderr containing `names`.
fn assert_error(args: &[&str], names: &str) {
    assert_error_in(Path::new(ROOT), args, names);
}

/// `args`, run in `dir`, fail with exit status 2 and one line on stderr containing `names`.
fn assert_error_in(dir: &Path, args: &[&str], names: &str) {
    let o = crosscheck_in(dir, args);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(2), "{args:?}: {err}");
    assert_eq!(err.lines().count(), 1, "{args:?}: {err}");
    assert!(err.contains(names), "{args:?}: {err}");
    assert!(!err.contains("panicked"), "{err}");
    assert!(o.stdout.is_empty());
}

/// A folder holding `files` (name, bytes).
fn folder(files: &[(&str, &[u8])]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (name, bytes) in files {
        let path = dir.path().join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, bytes).unwrap();
    }
    dir
}

fn in_dir(dir: &Path, args: &[&str]) -> std::process::Output {
    crosscheck_in(dir, args)
}

/// A claim as `extract --format json` places it.
#[derive(Debug)]
struct Placed {
    article: String,
    text: String,
    line: u64,
    column: u64,
    start: u64,
}

/// The claims of `extract ARGS --format json`, run in `dir` (which must succeed).
fn placed(dir: &Path, args: &[&str]) -> Vec<Placed> {
    let args: Vec<&str> = ["extract"]
        .into_iter()
        .chain(args.iter().copied())
        .chain(["--format", "json"])
        .collect();
    let o = in_dir(dir, &args);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    json(&o)["claims"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| Placed {
            article: c["article"].as_str().unwrap().to_string(),
            text: c["text"].as_str().unwrap().to_string(),
            line: c["line"].as_u64().unwrap(),
            column: c["column"].as_u64().unwrap(),
            start: c["start"].as_u64().unwrap(),
        })
        .collect()
}

/// Line and column of the claim of `article` (any, when empty) written `text`.
fn line_col(claims: &[Placed], article: &str, text: &str) -> Option<(u64, u64)> {
    claims
        .iter()
        .find(|c| (article.is_empty() || c.article == article) && c.text == text)
        .map(|c| (c.line, c.column))
}

const ARTICLE: &[u8] = b"Le 3 mars 2024, Howard Lutnick a annonce 12 morts a Lyon.\n";

#[test]
fn missing_path() {
    assert_error(
        &["check", "no/such/folder"],
        "no/such/folder: no such file or folder",
    );
}

#[test]
fn empty_folder() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().to_str().unwrap().to_string();
    let o = crosscheck(&["check", &path]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(err.contains("no articles found"), "{err}");
    assert!(err.contains(&path), "{err}");
}

#[test]
fn empty_file_is_an_article_with_no_claims_and_a_note() {
    let dir = folder(&[("empty.txt", b""), ("a.txt", ARTICLE)]);
    let o = in_dir(dir.path(), &["check", ".", "--format", "json"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(json(&o)["summary"]["articles"], 2);
    assert!(stderr(&o).contains("note: empty.txt is empty: it has no claims"));
}

#[test]
fn non_utf8_file() {
    assert_error(
        &["check", "tests/fixtures/bad/latin1.txt"],
        "tests/fixtures/bad/latin1.txt:1: not valid UTF-8",
    );
}

/// UTF-16 with a byte-order mark, as Windows tools write it, is decoded: little and big
/// endian give the same claims at the same lines and columns.
#[test]
fn utf16_with_a_byte_order_mark_is_decoded() {
    let text = "Titre\nLe 3 mars, Howard Lutnick a parlé.\n";
    let le: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain(text.encode_utf16().flat_map(u16::to_le_bytes))
        .collect();
    let be: Vec<u8> = [0xFE, 0xFF]
        .into_iter()
        .chain(text.encode_utf16().flat_map(u16::to_be_bytes))
        .collect();
    let dir = folder(&[("le.txt", &le), ("be.txt", &be)]);
    let claims = placed(dir.path(), &[".", "--lang", "fr"]);
    let person = |id: &str| line_col(&claims, id, "Howard Lutnick");
    assert_eq!(person("le"), Some((2, 12)), "{claims:?}");
    assert_eq!(person("be"), Some((2, 12)), "{claims:?}");
}

#[test]
fn broken_utf16_names_its_offset() {
    let dir = folder(&[("odd.txt", &[0xFF, 0xFE, b'L', 0, 0x00, 0xD8, b'x'])]);
    assert_error_in(
        dir.path(),
        &["check", "odd.txt"],
        "odd.txt: starts with a UTF-16 byte-order mark but is not valid UTF-16 (at byte offset 6)",
    );
}

/// A UTF-8 byte-order mark is no text: offsets stay those of the file's bytes, and the
/// column of a name that opens the first line is 1.
#[test]
fn utf8_byte_order_mark_keeps_columns_right() {
    let dir = folder(&[(
        "bom.txt",
        "\u{feff}Howard Lutnick a parlé le 3 mars.\n".as_bytes(),
    )]);
    let claims = placed(dir.path(), &["bom.txt"]);
    assert_eq!(line_col(&claims, "", "Howard Lutnick"), Some((1, 1)));
    let name = claims.iter().find(|c| c.text == "Howard Lutnick").unwrap();
    assert_eq!(name.start, 3, "byte offsets count the mark");
}

#[test]
fn crlf_line_ends_keep_lines_and_columns_right() {
    let dir = folder(&[(
        "crlf.txt",
        b"Titre\r\nLe 3 mars, Howard Lutnick a parl\xc3\xa9.\r\nLe 4 mars, 12 morts.\r\n",
    )]);
    let claims = placed(dir.path(), &["crlf.txt"]);
    assert_eq!(line_col(&claims, "", "Howard Lutnick"), Some((2, 12)));
    assert_eq!(line_col(&claims, "", "4 mars"), Some((3, 4)));
    let text = stdout(&in_dir(dir.path(), &["extract", "crlf.txt"]));
    assert!(!text.contains('\r'), "{text}");
}

#[test]
fn binary_file_named_is_an_error_and_walked_is_skipped() {
    assert_error(
        &["extract", "tests/fixtures/bad/binary.txt"],
        "tests/fixtures/bad/binary.txt: looks like a binary file",
    );
    let dir = folder(&[("bin.txt", b"GIF89a\0\0\x01"), ("a.txt", ARTICLE)]);
    let o = in_dir(dir.path(), &["check", "."]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stderr(&o).contains("note: skipping binary file bin.txt"));
}

#[test]
fn files_over_the_size_limit_are_skipped_with_a_note() {
    let big = ARTICLE.repeat(100);
    let dir = folder(&[("big.txt", &big), ("a.txt", ARTICLE)]);
    let o = in_dir(dir.path(), &["check", ".", "--max-file-size", "2K"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(
        err.contains(
            "note: skipping big.txt: 5.7 KiB is over the size limit of 2 KiB (--max-file-size)"
        ),
        "{err}"
    );
    assert!(stdout(&o).contains("in 1 article"), "{}", stdout(&o));
    // Named explicitly, the same; and from the config file.
    let o = in_dir(
        dir.path(),
        &["check", "big.txt", "a.txt", "--max-file-size", "2048"],
    );
    assert!(stderr(&o).contains("skipping big.txt"), "{}", stderr(&o));
    std::fs::write(
        dir.path().join("crosscheck.toml"),
        "max-file-size = \"2K\"\n",
    )
    .unwrap();
    let o = in_dir(dir.path(), &["check", "."]);
    assert!(stderr(&o).contains("skipping big.txt"), "{}", stderr(&o));
    // The flag wins over the file.
    let o = in_dir(dir.path(), &["check", ".", "--max-file-size", "1M"]);
    assert!(!stderr(&o).contains("skipping"), "{}", stderr(&o));
}

#[test]
fn standard_input_over_the_size_limit_and_nothing_left_to_check() {
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_crosscheck"))
        .args(["check", "-", "--max-file-size", "1K"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write as _;
    // The reader may stop before the end: a broken pipe here is expected.
    let _ = child.stdin.take().unwrap().write_all(&ARTICLE.repeat(100));
    let o = child.wait_with_output().unwrap();
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(
        err.contains("note: skipping standard input: it is over the size limit of 1 KiB"),
        "{err}"
    );
    assert!(
        err.contains("error: no article to read: every file found was skipped"),
        "{err}"
    );
}

/// A folder whose only article file is skipped is not "empty": the note says why, then the
/// run stops, since nothing was checked.
#[test]
fn a_folder_whose_files_are_all_skipped() {
    let dir = folder(&[("big.txt", &ARTICLE.repeat(100)), ("bin.txt", b"a\0b")]);
    let o = in_dir(dir.path(), &["check", ".", "--max-file-size", "2K"]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(
        err.contains("note: skipping big.txt: 5.7 KiB is over the size limit"),
        "{err}"
    );
    assert!(err.contains("note: skipping binary file bin.txt"), "{err}");
    assert!(
        err.contains(
            "error: no article to read: every file found was skipped (see the notes above)"
        ),
        "{err}"
    );
}

#[test]
fn a_bad_size_is_a_usage_error() {
    let o = crosscheck(&["check", "seeds", "--max-file-size", "ten"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("`ten` is not a size"), "{}", stderr(&o));
    let dir = folder(&[
        ("a.txt", ARTICLE),
        ("crosscheck.toml", b"max-file-size = \"0\"\n"),
    ]);
    assert_error_in(
        dir.path(),
        &["check", "."],
        "crosscheck.toml:1:17: `0` is not a usable size",
    );
}

#[cfg(unix)]
#[test]
fn symlink_loops_are_skipped_with_a_note() {
    let dir = tempfile::tempdir().unwrap();
    let sub = dir.path().join("a");
    std::fs::create_dir(&sub).unwrap();
    std::fs::write(sub.join("x.txt"), "Le président Donald Trump a parlé.\n").unwrap();
    std::os::unix::fs::symlink(dir.path(), sub.join("loop")).unwrap();
    let path = dir.path().to_str().unwrap();
    let o = crosscheck(&["extract", path, "--format", "json"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(json(&o)["articles"].as_array().unwrap().len(), 1);
    assert!(
        stderr(&o).contains("note: skipping symlink loop"),
        "{}",
        stderr(&o)
    );
}

/// A FIFO may have no writer: reading it would hang. Walked or named, it is skipped.
#[cfg(unix)]
#[test]
fn fifos_and_devices_are_skipped_not_read() {
    let dir = folder(&[("a.txt", ARTICLE)]);
    let fifo = dir.path().join("pipe.txt");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    if !made.is_ok_and(|s| s.success()) {
        eprintln!("mkfifo unavailable: skipped");
        return;
    }
    let o = in_dir(dir.path(), &["check", "."]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("note: skipping pipe.txt: not a regular file (a FIFO)"),
        "{}",
        stderr(&o)
    );
    let o = in_dir(dir.path(), &["check", "pipe.txt", "a.txt"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("standard input with `-`"),
        "{}",
        stderr(&o)
    );
    let o = in_dir(dir.path(), &["check", "/dev/zero", "a.txt"]);
    assert!(stderr(&o).contains("skipping /dev/zero: not a regular file (a device)"));
}

#[test]
fn malformed_front_matter() {
    assert_error(
        &["check", "tests/fixtures/bad/unclosed-front-matter.md"],
        "tests/fixtures/bad/unclosed-front-matter.md:1: malformed front matter",
    );
}

#[test]
fn an_impossible_date_in_front_matter() {
    let dir = folder(&[("a.md", b"---\ndate: 2024-02-30\n---\nLe 3 mars.\n")]);
    assert_error_in(
        dir.path(),
        &["check", "a.md"],
        "a.md:2: malformed front matter: date `2024-02-30` is not an ISO date",
    );
}

#[test]
fn an_unknown_language() {
    let dir = folder(&[("a.md", b"---\nlang: xx\n---\nLe 3 mars.\n")]);
    assert_error_in(
        dir.path(),
        &["check", "a.md"],
        "a.md:2: malformed front matter: unknown language `xx` (known: en, fr)",
    );
    let o = crosscheck(&["check", "seeds", "--lang", "xx"]);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn malformed_rule_file() {
    assert_error(
        &["check", "seeds/", "--rules", "tests/fixtures/bad-rules"],
        "tests/fixtures/bad-rules/strict.toml:2: unknown severity `loud`",
    );
}

#[test]
fn malformed_aliases_file() {
    assert_error(
        &["check", "seeds/", "--rules", "tests/fixtures/bad-aliases"],
        "tests/fixtures/bad-aliases/aliases.toml:3: missing comma",
    );
}

#[test]
fn malformed_config_file() {
    let dir = folder(&[("a.txt", ARTICLE), ("c.toml", b"fail-on = 3\n")]);
    assert_error_in(
        dir.path(),
        &["check", ".", "--config", "c.toml"],
        "c.toml:1:11: `fail-on` must be a string, not an integer",
    );
}

#[test]
fn malformed_baseline_file() {
    let dir = folder(&[("a.txt", ARTICLE), ("b.json", b"{")]);
    assert_error_in(
        dir.path(),
        &["check", ".", "--baseline", "b.json"],
        "b.json:1: malformed baseline",
    );
}

#[test]
fn an_unwritable_output() {
    assert_error(
        &[
            "check",
            "seeds",
            "--output",
            "/nonexistent/folder/report.json",
        ],
        "/nonexistent/folder/report.json: cannot write the report",
    );
}

/// `crosscheck check … | head -1`: the reader goes away; crosscheck stops quietly with the
/// status of its findings.
#[cfg(unix)]
#[test]
fn a_closed_stdout() {
    let bin = env!("CARGO_BIN_EXE_crosscheck");
    let script = format!(
        "'{bin}' check --no-config '{ROOT}/seeds' | head -c 1 >/dev/null; exit ${{PIPESTATUS[0]}}"
    );
    let o = std::process::Command::new("bash")
        .arg("-c")
        .arg(&script)
        .output()
        .expect("run bash");
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(stderr(&o).is_empty(), "{}", stderr(&o));
}

/// Nothing crosscheck reads is ever modified: the folder's files keep their bytes and times.
/// The one thing added is the cache folder, tagged and ignored by git.
#[test]
fn inputs_are_never_modified() {
    let dir = folder(&[("a.txt", ARTICLE), ("bin.txt", b"\0\0"), ("empty.md", b"")]);
    let before: Vec<(String, Vec<u8>, std::time::SystemTime)> = listing(dir.path());
    let out = tempfile::tempdir().unwrap();
    let baseline = out.path().join("baseline.json");
    for args in [
        vec!["check", "."],
        vec!["check", ".", "--format", "json", "--statistics"],
        vec!["extract", "."],
        vec!["check", ".", "--write-baseline", baseline.to_str().unwrap()],
    ] {
        in_dir(dir.path(), &args);
    }
    assert_eq!(before, listing(dir.path()));
    let cache = dir.path().join(".crosscheck-cache");
    assert!(cache.join("CACHEDIR.TAG").is_file());
    assert_eq!(
        std::fs::read_to_string(cache.join(".gitignore")).unwrap(),
        "*\n"
    );
}

fn listing(dir: &Path) -> Vec<(String, Vec<u8>, std::time::SystemTime)> {
    let mut v: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .filter(|e| e.as_ref().unwrap().file_name() != ".crosscheck-cache")
        .map(|e| {
            let e = e.unwrap();
            let meta = e.metadata().unwrap();
            (
                e.file_name().to_string_lossy().into_owned(),
                std::fs::read(e.path()).unwrap(),
                meta.modified().unwrap(),
            )
        })
        .collect();
    v.sort();
    v
}

/// A run of text with no sentence end is cut into sentences of at most 1,000 bytes, and the
/// cut is said: on the summary's `Cut short:` line, in `--statistics`, in the JSON report.
#[test]
fn overlong_sentences_are_cut_and_counted() {
    let line = "Howard Lutnick said 12 people died in Boston ".repeat(100);
    let dir = folder(&[("long.txt", line.as_bytes()), ("a.txt", ARTICLE)]);
    let o = in_dir(dir.path(), &["check", ".", "--color", "never"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let cut = "Cut short: 1 sentence longer than 1000 bytes cut into pieces (text without sentence \
               ends?).";
    assert!(stdout(&o).contains(cut), "{}", stdout(&o));
    let o = in_dir(dir.path(), &["check", ".", "--statistics"]);
    assert!(stdout(&o).contains(cut), "{}", stdout(&o));
    let o = in_dir(dir.path(), &["check", ".", "--format", "json"]);
    let report = json(&o);
    assert_eq!(report["summary"]["limits"]["sentences_cut"], 1);
    assert_eq!(report["summary"]["limits"]["groups_cut"], 0);
    assert!(
        stderr(&o).contains("note: cut short: 1 sentence longer than 1000 bytes cut into pieces"),
        "{}",
        stderr(&o)
    );
    let o = in_dir(
        dir.path(),
        &["check", ".", "--statistics", "--format", "json"],
    );
    assert_eq!(json(&o)["limits"]["sentences_cut"], 1);
    // Nothing cut: no line, no field.
    let o = crosscheck(&["check", "seeds", "--format", "json"]);
    assert!(json(&o)["summary"].get("limits").is_none());
}
