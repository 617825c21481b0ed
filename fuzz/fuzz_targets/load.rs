//! The loader: encodings, front matter, Markdown and ignore markers, on arbitrary bytes.
#![no_main]

use crosscheck::load::{LangChoice, parse_article};
use crosscheck::workflow::suppress;
use libfuzzer_sys::fuzz_target;

#[path = "common.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    let Some((&flags, bytes)) = data.split_first() else {
        return;
    };
    let rules = common::rules();
    let markdown = flags & 1 == 1;
    let choice = match flags >> 1 & 3 {
        0 => LangChoice::Fixed("fr".into()),
        1 => LangChoice::Fixed("en".into()),
        _ => LangChoice::Auto,
    };
    let Ok(article) = parse_article("fuzz.md", "fuzz", bytes.to_vec(), markdown, &rules.langs, &choice)
    else {
        return;
    };
    assert!(article.body.start <= article.body.end && article.body.end == article.text.len());
    assert!(article.text.is_char_boundary(article.body.start));
    let masked = suppress::masked_text(&article);
    assert_eq!(masked.len(), article.text.len(), "masking moved offsets");
    for m in suppress::scan(&article) {
        let _ = m;
    }
    for offset in [0, article.body.start, article.text.len()] {
        let (line, col) = article.lines.line_col(&article.text, offset);
        assert!(line >= 1 && col >= 1);
    }
});
