//! Invariants that hold for any input, checked on generated articles (proptest): claims point
//! into their article, reports are byte-identical across runs and thread counts, JSON output
//! parses, and `check` exits 0, 1 or 2 whatever it is given. The generators mix news-like
//! pieces (names, dates, figures, Markdown, front matter, ignore markers) with arbitrary
//! characters, so that cases stay close to what the extractors read.

mod common;

use crosscheck::fuzzing::{check_claims, default_rules as rules};
use crosscheck::load::{LangChoice, parse_article};
use crosscheck::model::Corpus;
use crosscheck::report;
use proptest::prelude::*;

/// Pieces of news text in both languages, and the characters that trip parsers.
const PIECES: &[&str] = &[
    "Howard Lutnick",
    "Howard Lutnik",
    "Kassym-Jomart Tokaïev",
    "le 12 mars 2024",
    "on March 12, 2024",
    "12-13 avril",
    "1,5 milliard de dollars",
    "$1.5 billion",
    "1 500 millions",
    "3,5 %",
    "7.1 magnitude",
    "245 morts",
    "killed 245 people",
    "M. Blinken",
    "Mr. Smith",
    "U.S.",
    "à Paris",
    "in Boston",
    "mardi",
    "Tuesday",
    "en 2023",
    " ",
    "  ",
    ", ",
    ". ",
    ".\n",
    "\n\n",
    "\r\n",
    "# ",
    "> ",
    "- ",
    "**",
    "`",
    "[lien](http://x.y)",
    "<!-- crosscheck-ignore name-spelling -->",
    "<!-- crosscheck-ignore-next-line -->",
    "---\n",
    "date: 2024-03-12\n",
    "lang: fr\n",
    "\u{feff}",
    "\u{a0}",
    "\u{202f}",
    "’",
    "«",
    "»",
    "é",
    "É",
    "\u{301}",
    "🙂",
    "0",
    "9",
    "-",
    "–",
    "/",
    "%",
    "€",
];

/// An article: a sequence of pieces and arbitrary characters.
fn article() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            4 => prop::sample::select(PIECES).prop_map(str::to_string),
            1 => any::<char>().prop_map(|c| c.to_string()),
            1 => "[A-Za-z0-9 .,]{1,12}",
        ],
        0..80,
    )
    .prop_map(|v| v.concat())
}

fn corpus_of(texts: &[String], markdown: bool) -> Option<Corpus> {
    let rules = rules();
    let mut articles = Vec::new();
    for (i, t) in texts.iter().enumerate() {
        let name = format!("a{i}.md");
        let a = parse_article(
            &name,
            &format!("a{i}"),
            t.as_bytes().to_vec(),
            markdown,
            &rules.langs,
            &LangChoice::Auto,
        )
        .ok()?;
        articles.push(a);
    }
    Some(crosscheck::extract_corpus(articles, &rules.langs, &rules.places).expect("extract"))
}

/// The JSON report of a check of `texts`, in a pool of `threads` threads.
fn report_json(texts: &[String], threads: usize) -> Option<String> {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .expect("thread pool");
    pool.install(|| {
        let corpus = corpus_of(texts, true)?;
        Some(report::json::render_report(&crosscheck::check(
            corpus,
            rules(),
        )))
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn claims_are_slices_of_their_article_on_character_boundaries(
        texts in prop::collection::vec(article(), 1..3),
        markdown in any::<bool>(),
    ) {
        let Some(corpus) = corpus_of(&texts, markdown) else {
            return Ok(());
        };
        // The same invariants as the fuzz targets check (a panic fails the case, and
        // proptest shrinks it like a failed assertion).
        check_claims(&corpus);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn reports_are_identical_across_runs_and_thread_counts(
        texts in prop::collection::vec(article(), 2..4),
    ) {
        let one = report_json(&texts, 1);
        let again = report_json(&texts, 1);
        let four = report_json(&texts, 4);
        prop_assert_eq!(&one, &again);
        prop_assert_eq!(&one, &four);
        if let Some(json) = one {
            let parsed: Result<serde_json::Value, _> = serde_json::from_str(&json);
            prop_assert!(parsed.is_ok(), "the JSON report does not parse: {}", json);
        }
    }
}

proptest! {
    // Each case runs the binary: few cases, larger inputs.
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    #[test]
    fn check_exits_0_1_or_2_and_its_json_parses(
        texts in prop::collection::vec(article(), 1..4),
        raw in prop::collection::vec(any::<u8>(), 0..200),
        format in prop::sample::select(&["json", "text", "sarif", "github", "markdown"][..]),
    ) {
        let dir = tempfile::tempdir().expect("temporary folder");
        for (i, t) in texts.iter().enumerate() {
            std::fs::write(dir.path().join(format!("a{i}.md")), t).expect("write");
        }
        std::fs::write(dir.path().join("raw.txt"), &raw).expect("write");
        let path = dir.path().to_str().expect("utf-8 path");
        let out = common::crosscheck(&["check", "--no-config", "--format", format, path]);
        let code = out.status.code();
        prop_assert!(matches!(code, Some(0..=2)), "exit {:?}: {}", code, common::stderr(&out));
        prop_assert!(!common::stderr(&out).contains("panicked"));
        if format == "json" && code != Some(2) {
            let parsed: Result<serde_json::Value, _> = serde_json::from_slice(&out.stdout);
            prop_assert!(parsed.is_ok());
        }
    }
}

/// The JSON reports of the seeds and the fixtures are byte-identical with one thread and
/// with the default pool, process to process.
#[test]
fn reports_do_not_depend_on_the_thread_count() {
    let mut inputs = vec!["seeds".to_string()];
    let ecb = std::path::Path::new(common::ROOT).join("../shared/corpora/ecbplus/1");
    if ecb.is_dir() {
        inputs.push(ecb.to_string_lossy().into_owned());
    }
    for input in &inputs {
        let run = |threads: Option<&str>| {
            let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_crosscheck"));
            cmd.args(["check", "--no-config", "--format", "json", input])
                .current_dir(common::ROOT);
            match threads {
                Some(n) => cmd.env("RAYON_NUM_THREADS", n),
                None => cmd.env_remove("RAYON_NUM_THREADS"),
            };
            cmd.output().expect("run crosscheck").stdout
        };
        let one = run(Some("1"));
        assert!(!one.is_empty(), "{input}: no report");
        assert_eq!(one, run(None), "{input}: one thread against the default");
        assert_eq!(one, run(Some("7")), "{input}: one thread against seven");
    }
}
