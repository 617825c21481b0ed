//! What every fuzz target shares: the default rules, loaded once, and the invariants every
//! claim must keep.

#![allow(dead_code)]
use std::sync::OnceLock;

use crosscheck::knowledge::ruleset::RuleSet;
use crosscheck::model::Corpus;

pub fn rules() -> &'static RuleSet {
    static RULES: OnceLock<RuleSet> = OnceLock::new();
    RULES.get_or_init(|| RuleSet::defaults().expect("default rules"))
}

/// Every claim's span lies on character boundaries inside its article's body, its text is
/// that slice, and claims are in article then offset order.
pub fn check_claims(corpus: &Corpus) {
    let mut last = (0, 0);
    for c in &corpus.claims {
        let a = &corpus.articles[c.article];
        assert!(c.span.start <= c.span.end && c.span.end <= a.text.len(), "span out of the text");
        assert!(a.text.is_char_boundary(c.span.start) && a.text.is_char_boundary(c.span.end));
        assert!(c.span.start >= a.body.start, "claim in the front matter");
        assert_eq!(c.text, &a.text[c.span.start..c.span.end]);
        assert!((c.article, c.span.start) >= last, "claims out of order");
        last = (c.article, c.span.start);
    }
}
