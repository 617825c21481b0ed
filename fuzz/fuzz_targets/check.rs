//! A whole `check` of two fuzzed articles (split at the first `\u{1}`), rendered in every
//! format, with and without draft mode.
#![no_main]

use std::collections::BTreeSet;

use crosscheck::load::{LangChoice, parse_article};
use crosscheck::report;
use crosscheck::report::text::Palette;
use crosscheck::workflow::{draft, suppress};
use libfuzzer_sys::fuzz_target;

#[path = "common.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    let Some((&flags, bytes)) = data.split_first() else {
        return;
    };
    let rules = common::rules();
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
    let corpus = crosscheck::extract_corpus(articles, &rules.langs, &rules.places).expect("extract");
    common::check_claims(&corpus);
    let mut report = crosscheck::check(corpus, rules);
    let ids: Vec<&str> = rules.rules.iter().map(|r| r.id.as_str()).collect();
    let _ = suppress::apply(&mut report, &ids);
    if flags & 8 == 8 {
        draft::focus(&mut report, BTreeSet::from([0]));
    }
    let json = report::json::render_report(&report);
    serde_json::from_str::<serde_json::Value>(&json).expect("the JSON report parses");
    let _ = report::text::render_report(&report, Palette { enabled: flags & 16 == 16 });
    let _ = report::sarif::render_report(&report, rules);
    let _ = report::github::render_report(&report);
    let _ = report::markdown::render_report(&report);
    let _ = report::stats::render_json(&report);
});
