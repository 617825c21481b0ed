//! The bodies of the fuzz targets (`fuzz/`), here so that `cargo test` replays every input
//! the fuzzers ever found (`tests/fixtures/fuzz/<target>/`) through the same code on stable.
//! Each function takes the fuzzer's bytes, runs one stage on them and panics only when an
//! invariant breaks: a claim that is not the slice of its span, a JSON report that does not
//! parse, a baseline that hides more than it holds. Errors are answers, not failures.

use std::collections::BTreeSet;
use std::sync::OnceLock;

use crate::knowledge::aliases::Aliases;
use crate::knowledge::gazetteer::Gazetteer;
use crate::knowledge::lang::Lang;
use crate::knowledge::normalize::Translit;
use crate::knowledge::ruleset::RuleSet;
use crate::load::{LangChoice, parse_article};
use crate::model::{Article, Corpus, DatePoint, LineIndex, Span};
use crate::report::text::Palette;
use crate::workflow::{baseline, config, draft, suppress};
use crate::{extract, report};

/// One fuzz target's body: the fuzzer's bytes in, a panic only on a broken invariant.
pub type Target = fn(&[u8]);

/// The fuzz targets, by name: what `fuzz/fuzz_targets/NAME.rs` runs.
pub const TARGETS: &[(&str, Target)] = &[
    ("load", load),
    ("extract", extract),
    ("rules", rules),
    ("config", config),
    ("baseline", baseline),
    ("check", check),
];

/// The default rules, loaded once per process.
pub fn default_rules() -> &'static RuleSet {
    static RULES: OnceLock<RuleSet> = OnceLock::new();
    RULES.get_or_init(|| RuleSet::defaults().expect("default rules"))
}

/// Every claim's span lies on character boundaries inside its article's body, its text is
/// that slice, its line and column are 1-based, and claims are in article then offset order.
pub fn check_claims(corpus: &Corpus) {
    let mut last = (0, 0);
    for c in &corpus.claims {
        let a = &corpus.articles[c.article];
        assert!(c.span.start <= c.span.end && c.span.end <= a.text.len());
        assert!(a.text.is_char_boundary(c.span.start) && a.text.is_char_boundary(c.span.end));
        assert!(c.span.start >= a.body.start, "a claim in the front matter");
        assert_eq!(c.text, &a.text[c.span.start..c.span.end]);
        assert!((c.article, c.span.start) >= last, "claims out of order");
        last = (c.article, c.span.start);
        let (line, col) = a.lines.line_col(&a.text, c.span.start);
        assert!(line >= 1 && col >= 1);
    }
}

/// The loader on any bytes: the first byte says Markdown or not and the language choice.
pub fn load(data: &[u8]) {
    let Some((&flags, bytes)) = data.split_first() else {
        return;
    };
    let rules = default_rules();
    let choice = match flags >> 1 & 3 {
        0 => LangChoice::Fixed("fr".into()),
        1 => LangChoice::Fixed("en".into()),
        _ => LangChoice::Auto,
    };
    let markdown = flags & 1 == 1;
    let Ok(a) = parse_article(
        "fuzz.md",
        "fuzz",
        bytes.to_vec(),
        markdown,
        &rules.langs,
        &choice,
    ) else {
        return;
    };
    assert!(a.body.start <= a.body.end && a.body.end == a.text.len());
    assert!(a.text.is_char_boundary(a.body.start));
    let masked = suppress::masked_text(&a);
    assert_eq!(masked.len(), a.text.len(), "masking moved offsets");
    for m in suppress::scan(&a) {
        assert!(a.text.is_char_boundary(m.span.start) && a.text.is_char_boundary(m.span.end));
    }
    for offset in [0, a.body.start, a.text.len()] {
        let (line, col) = a.lines.line_col(&a.text, offset);
        assert!(line >= 1 && col >= 1);
    }
}

/// The extractors on any text: the first byte says French or English, with or without a
/// publication date.
pub fn extract(data: &[u8]) {
    let Some((&flags, bytes)) = data.split_first() else {
        return;
    };
    let Ok(text) = std::str::from_utf8(bytes) else {
        return;
    };
    let rules = default_rules();
    let code = if flags & 1 == 0 { "fr" } else { "en" };
    let lang = rules.langs.get(code).expect("language");
    let date = (flags & 2 == 2).then_some(DatePoint {
        year: Some(2024),
        month: Some(3),
        day: Some(12),
    });
    let body = Span::new(0, text.len());
    let doc = extract::Doc::new(0, text, body, lang, date).with_places(&rules.places);
    let claims = extract::extract(&doc);
    let corpus = Corpus {
        articles: vec![Article {
            id: "fuzz".into(),
            path: "fuzz.txt".into(),
            lines: LineIndex::new(text),
            body,
            lang: code.into(),
            date,
            title: None,
            source: None,
            url: None,
            text: text.to_string(),
        }],
        claims,
        ..Default::default()
    };
    check_claims(&corpus);
}

/// The parsers of the rule folder's files on any text: the first byte picks the file.
pub fn rules(data: &[u8]) {
    let Some((&which, bytes)) = data.split_first() else {
        return;
    };
    let Ok(source) = std::str::from_utf8(bytes) else {
        return;
    };
    match which % 5 {
        0 => drop(Lang::parse("lang/xx.toml", source)),
        1 => drop(Translit::parse("translit.toml", source)),
        2 => drop(Gazetteer::parse("gazetteer.toml", source)),
        3 => drop(Aliases::parse("aliases.toml", source)),
        _ => {
            if let Ok(rules) = default_rules().clone().with_rule_file("fuzz.toml", source) {
                let _ = report::text::render_rules(&rules);
            }
        }
    }
}

/// The config file parser, and applying what it parsed to the default rules.
pub fn config(data: &[u8]) {
    let Ok(source) = std::str::from_utf8(data) else {
        return;
    };
    let dir = std::path::Path::new("/nonexistent");
    if let Ok(cfg) = config::parse("crosscheck.toml", dir, source) {
        let mut rules = default_rules().clone();
        let _ = cfg.apply(&mut rules);
    }
}

/// The baseline parser, then a real report filtered through what it parsed.
pub fn baseline(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(b) = baseline::Baseline::parse("baseline.json", text) else {
        return;
    };
    let rules = default_rules();
    let fr = LangChoice::Fixed("fr".into());
    let articles = [
        "Howard Lutnick a annoncé mardi 12 mars 2024 un accord de 45 millions d'euros.\n",
        "Howard Lutnik a annoncé mercredi 13 mars 2024 un accord de 47 millions d'euros.\n",
    ]
    .iter()
    .enumerate()
    .map(|(i, t)| {
        let id = format!("a{i}");
        parse_article(&id, &id, t.as_bytes().to_vec(), false, &rules.langs, &fr)
    })
    .collect::<Result<Vec<_>, _>>()
    .expect("articles");
    let corpus = crate::extract_corpus(articles, &rules.langs, &rules.places).expect("extract");
    let mut report = crate::check(corpus, rules);
    let before = report.findings.len();
    let verdict = baseline::filter(&mut report, &b);
    assert_eq!(verdict.hidden + report.findings.len(), before);
    assert!(verdict.narrowed <= report.findings.len());
    let _ = baseline::accepted(&report, &b);
    let _ = b.render();
}

/// A whole check of two articles (split at the first `\x01` byte), rendered in every format,
/// with ignore markers and, by the first byte, in draft mode.
pub fn check(data: &[u8]) {
    let Some((&flags, bytes)) = data.split_first() else {
        return;
    };
    let rules = default_rules();
    let (first, second) = match bytes.iter().position(|&b| b == 1) {
        Some(i) => (&bytes[..i], &bytes[i + 1..]),
        None => (bytes, &b""[..]),
    };
    let choice = match flags & 3 {
        0 => LangChoice::Fixed("fr".into()),
        1 => LangChoice::Fixed("en".into()),
        _ => LangChoice::Auto,
    };
    let markdown = flags & 4 == 4;
    let mut articles = Vec::new();
    for (i, b) in [first, second].iter().enumerate() {
        let name = format!("a{i}.md");
        match parse_article(&name, &name, b.to_vec(), markdown, &rules.langs, &choice) {
            Ok(a) => articles.push(a),
            Err(_) => return,
        }
    }
    let corpus = crate::extract_corpus(articles, &rules.langs, &rules.places).expect("extract");
    check_claims(&corpus);
    let mut report = crate::check(corpus, rules);
    let ids: Vec<&str> = rules.rules.iter().map(|r| r.id.as_str()).collect();
    let _ = suppress::apply(&mut report, &ids);
    if flags & 8 == 8 {
        draft::focus(&mut report, BTreeSet::from([0]));
    }
    let json = report::json::render_report(&report);
    serde_json::from_str::<serde_json::Value>(&json).expect("the JSON report parses");
    let palette = Palette {
        enabled: flags & 16 == 16,
    };
    let _ = report::text::render_report(&report, palette);
    let _ = report::sarif::render_report(&report, rules);
    let _ = report::github::render_report(&report);
    let _ = report::markdown::render_report(&report);
    let _ = report::stats::render_json(&report);
}
