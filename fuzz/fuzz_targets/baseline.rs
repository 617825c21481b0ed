//! The baseline parser, and filtering a real report through what it parsed.
#![no_main]

use crosscheck::load::{LangChoice, parse_article};
use crosscheck::workflow::baseline::{self, Baseline};
use libfuzzer_sys::fuzz_target;

#[path = "common.rs"]
mod common;

const A: &str = "Howard Lutnick a annoncé mardi 12 mars 2024 un accord de 45 millions d'euros.\n";
const B: &str = "Howard Lutnik a annoncé mercredi 13 mars 2024 un accord de 47 millions d'euros.\n";

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(b) = Baseline::parse("baseline.json", text) else {
        return;
    };
    let rules = common::rules();
    let fr = LangChoice::Fixed("fr".into());
    let articles = [("a", A), ("b", B)]
        .iter()
        .map(|(id, t)| parse_article(id, id, t.as_bytes().to_vec(), false, &rules.langs, &fr))
        .collect::<Result<Vec<_>, _>>()
        .expect("articles");
    let corpus = crosscheck::extract_corpus(articles, &rules.langs, &rules.places).expect("extract");
    let mut report = crosscheck::check(corpus, rules);
    let before = report.findings.len();
    let hidden = baseline::filter(&mut report, &b);
    assert_eq!(hidden + report.findings.len(), before);
    let _ = b.render();
});
