//! Unit tests of the figures extractor and their helpers (`run`, `check`, `check_q`, `none`):
//! `fr.rs` and `en.rs` by language, `edge.rs` for compounds and edge forms in both languages,
//! `robustness.rs` for odd input, offsets and throughput.

mod edge;
mod en;
mod fr;
mod robustness;

use super::extract;
use crate::extract::doc::Doc;
use crate::knowledge::lang::Languages;
use crate::model::{ClaimKind, Qualifier, Span, Value};

type Found = (ClaimKind, String, Value, Option<Qualifier>);

fn run(lang: &str, text: &str) -> Vec<Found> {
    let langs = Languages::embedded().unwrap();
    let l = langs.get(lang).unwrap();
    let doc = Doc::new(0, text, Span::new(0, text.len()), l, None);
    extract(&doc)
        .into_iter()
        .map(|c| {
            assert_eq!(&text[c.span.start..c.span.end], c.text);
            (c.kind, c.text, c.value, c.qualifier)
        })
        .collect()
}

use ClaimKind::{Money, Number, Ordinal, Percent};
use Qualifier::{Approx, AtLeast, AtMost, LessThan, MoreThan};

fn n(v: f64) -> Value {
    Value::Number(v)
}
fn pc(v: f64) -> Value {
    Value::Percent(v)
}
fn ord(v: i64) -> Value {
    Value::Ordinal(v)
}
fn money(amount: f64, currency: &str) -> Value {
    Value::Money {
        amount,
        currency: currency.to_string(),
    }
}

/// Asserts the figures of `text`, in order: kind, exact span text, value, no qualifier.
fn check(lang: &str, text: &str, want: &[(ClaimKind, &str, Value)]) {
    let got = run(lang, text);
    let got: Vec<(ClaimKind, &str, Value)> = got
        .iter()
        .map(|(k, t, v, q)| {
            assert_eq!(*q, None, "unexpected qualifier on {t:?} in {text:?}");
            (*k, t.as_str(), v.clone())
        })
        .collect();
    assert_eq!(got, want, "in {text:?}");
}

/// Asserts the single figure of `text`, with its qualifier.
fn check_q(lang: &str, text: &str, kind: ClaimKind, span: &str, value: Value, q: Qualifier) {
    let got = run(lang, text);
    assert_eq!(
        got,
        vec![(kind, span.to_string(), value, Some(q))],
        "in {text:?}"
    );
}

fn none(lang: &str, text: &str) {
    assert_eq!(run(lang, text), vec![], "in {text:?}");
}
