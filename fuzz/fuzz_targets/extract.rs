//! The French and English extractors on arbitrary text: no panic, and claims that point into
//! the text they came from.
#![no_main]

use crosscheck::extract::{self, Doc};
use crosscheck::model::{Article, Corpus, DatePoint, LineIndex, Span};
use libfuzzer_sys::fuzz_target;

#[path = "common.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    let Some((&flags, bytes)) = data.split_first() else {
        return;
    };
    let Ok(text) = std::str::from_utf8(bytes) else {
        return;
    };
    let rules = common::rules();
    let code = if flags & 1 == 0 { "fr" } else { "en" };
    let lang = rules.langs.get(code).expect("language");
    let date = (flags & 2 == 2).then(|| DatePoint {
        year: Some(2024),
        month: Some(3),
        day: Some(12),
    });
    let body = Span::new(0, text.len());
    let doc = Doc::new(0, text, body, lang, date).with_places(&rules.places);
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
    common::check_claims(&corpus);
});
