//! `check --format html` without a browser: snapshots of the seeds, a draft and the hostile
//! corpus; the page's markup never carries what the articles wrote as markup; deterministic
//! output; the formats `extract` and `--statistics` refuse. `tests/browser.rs` renders the
//! same pages in Chromium.

mod common;
use common::{crosscheck, crosscheck_in, stderr, stdout};

use std::path::Path;

/// The page of a check on stdout, with the version, the inline style sheet and the script
/// masked: the snapshots show the report, `page.css` and `page.js` are read on their own.
fn page(dir: &Path, args: &[&str]) -> String {
    let mut all = vec!["check"];
    all.extend_from_slice(args);
    all.extend_from_slice(&["--format", "html"]);
    let o = crosscheck_in(dir, &all);
    assert!(matches!(o.status.code(), Some(0 | 1)), "{}", stderr(&o));
    let html = stdout(&o);
    mask(&html)
}

fn mask(html: &str) -> String {
    let cut = |s: &str, open: &str, close: &str, with: &str| -> String {
        match (s.find(open), s.find(close)) {
            (Some(a), Some(b)) if a < b => format!("{}{with}{}", &s[..a + open.len()], &s[b..]),
            _ => s.to_string(),
        }
    };
    let html = cut(html, "<style>", "</style>", "[page.css]");
    let html = cut(&html, "<script>", "</script>", "[page.js]");
    let html = html.replace(
        &format!("crosscheck {}", env!("CARGO_PKG_VERSION")),
        "crosscheck [version]",
    );
    let re_hash = |s: &str| -> String {
        // The policy's hashes change with the style sheet and the script.
        let mut out = String::new();
        let mut rest = s;
        while let Some(i) = rest.find("'sha256-") {
            out.push_str(&rest[..i + 8]);
            rest = &rest[i + 8..];
            let end = rest.find('\'').unwrap_or(0);
            out.push_str("[hash]");
            rest = &rest[end..];
        }
        out.push_str(rest);
        out
    };
    re_hash(&html)
}

#[test]
fn seeds_html() {
    insta::assert_snapshot!(
        "check_seeds_html",
        page(Path::new(common::ROOT), &["seeds/"])
    );
}

#[test]
fn draft_html() {
    insta::assert_snapshot!(
        "check_draft_html",
        page(
            Path::new(common::ROOT),
            &[
                "tests/fixtures/draft/draft.md",
                "--against",
                "tests/fixtures/draft/sources"
            ]
        )
    );
}

#[test]
fn hostile_html() {
    let html = page(
        Path::new(common::ROOT),
        &[
            "tests/fixtures/hostile-html/articles",
            "--rules",
            "tests/fixtures/hostile-html/rules",
        ],
    );
    insta::assert_snapshot!("check_hostile_html", html);
}

/// Whatever the articles, the front matter, the file names and the rule files write, the page
/// has one style element, one script element and no other tag or attribute of its own making.
#[test]
fn markup_from_the_files_is_escaped() {
    let dir = tempfile::tempdir().unwrap();
    let src = Path::new(common::ROOT).join("tests/fixtures/hostile-html");
    std::fs::create_dir_all(dir.path().join("rules")).unwrap();
    for (from, to) in [
        ("articles/wire-a.md", "wire-a.md"),
        ("articles/wire-b.md", "wire \"b\" <i>'quoted'.md"),
        ("articles/draft.md", "draft.md"),
        ("rules/name-spelling.toml", "rules/name-spelling.toml"),
    ] {
        std::fs::copy(src.join(from), dir.path().join(to)).unwrap();
    }
    for args in [
        &[".", "--rules", "rules"][..],
        &["draft.md", "--against", ".", "--rules", "rules"],
    ] {
        let mut all = vec!["check"];
        all.extend_from_slice(args);
        all.extend_from_slice(&["--format", "html"]);
        let o = crosscheck_in(dir.path(), &all);
        assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
        let html = stdout(&o);
        assert_eq!(html.matches("<script").count(), 1, "one script");
        assert_eq!(html.matches("<style").count(), 1, "one style");
        assert_eq!(html.matches("</style").count(), 1);
        for bad in [
            "<img",
            "<svg",
            "<base",
            "<iframe",
            "<i>",
            "</textarea",
            "onerror=\"",
            "onload=\"",
            "href=\"javascript",
            "<!--",
        ] {
            assert!(!html.contains(bad), "{bad} in the page");
        }
        // Shown as text, escaped.
        assert!(html.contains("&lt;script&gt;document.title=&#39;pwned&#39;&lt;/script&gt;"));
        assert!(html.contains("wire &quot;b&quot; &lt;i&gt;&#39;quoted&#39;.md"));
        // The findings are there all the same.
        assert_eq!(html.matches("<article class=\"finding").count(), 2);
    }
}

#[test]
fn no_findings_page() {
    let html = page(Path::new(common::ROOT), &["tests/fixtures/benign/a.md"]);
    assert!(html.contains("<title>crosscheck: 0 findings in 1 article</title>"));
    assert!(html.contains("<p class=\"none\">No disagreements found in 1 article (8 claims).</p>"));
    assert!(
        !html.contains("id=\"filters\""),
        "no filters without findings"
    );
}

#[test]
fn html_is_deterministic_and_written_with_output() {
    let a = crosscheck(&["check", "seeds/", "--format", "html"]);
    let b = crosscheck(&["check", "seeds/", "--format", "html"]);
    assert_eq!(a.stdout, b.stdout);
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("report.html");
    let o = crosscheck(&[
        "check",
        "seeds/",
        "--format",
        "html",
        "--output",
        file.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(o.stdout.is_empty());
    let written = std::fs::read_to_string(&file).unwrap();
    assert!(written.starts_with("<!DOCTYPE html>"));
    // The command is on the page, the output path with it.
    assert!(written.contains("--output"), "the command line");
    assert!(written.ends_with("</html>\n"));
}

#[test]
fn extract_and_statistics_do_not_write_html() {
    let o = crosscheck(&["extract", "seeds/", "--format", "html"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("formats of `check`"), "{}", stderr(&o));
    let o = crosscheck(&["check", "seeds/", "--format", "html", "--statistics"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("--statistics writes text or json"),
        "{}",
        stderr(&o)
    );
}
