//! Tests of the date extractor, through `extract` only: the helpers here, the cases by theme
//! in the files beside it.

mod counted;
mod feasts;
mod guards;
mod named;
mod numeric;
mod periods;
mod ranges;
mod ranked;
mod relative;

use super::extract;
use crate::extract::doc::Doc;
use crate::knowledge::lang::Languages;
use crate::model::{DatePoint, Span, Value};

/// (span text, value) of every date claim in `text`, read as language `lang` with the
/// article's date `anchor` ("2024-04-18"), if any.
fn dates(lang: &str, anchor: Option<&str>, text: &str) -> Vec<(String, String)> {
    let langs = Languages::embedded().unwrap();
    let lang = langs.get(lang).unwrap();
    let date = anchor.map(|s| {
        let p: Vec<i32> = s.split('-').map(|x| x.parse().unwrap()).collect();
        DatePoint::ymd(p[0], p[1] as u8, p[2] as u8)
    });
    let doc = Doc::new(0, text, Span::new(0, text.len()), lang, date);
    extract(&doc)
        .into_iter()
        .map(|c| {
            let v = match &c.value {
                Value::Date(Some(v)) => v.to_string(),
                Value::Date(None) => "null".to_string(),
                other => panic!("not a date: {other:?}"),
            };
            (c.text, v)
        })
        .collect()
}

fn one(lang: &str, anchor: Option<&str>, text: &str) -> (String, String) {
    let got = dates(lang, anchor, text);
    assert_eq!(got.len(), 1, "{text:?} gave {got:?}");
    got.into_iter().next().unwrap()
}

fn check(lang: &str, anchor: Option<&str>, text: &str, span: &str, value: &str) {
    assert_eq!(
        one(lang, anchor, text),
        (span.to_string(), value.to_string()),
        "{text:?}"
    );
}

fn none(lang: &str, text: &str) {
    let got = dates(lang, Some("2024-04-18"), text);
    assert!(got.is_empty(), "{text:?} gave {got:?}");
}
