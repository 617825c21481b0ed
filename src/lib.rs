//! crosscheck reads several news articles about one story and reports where they disagree:
//! a name spelled two ways, one event given different dates, one quantity different figures.
//!
//! The pipeline, one module per stage:
//!
//! ```text
//! files ──load──▶ Article ──extract──▶ Claim ──align──▶ Alignment ──rules──▶ Finding ──report──▶ text | json | …
//! ```
//!
//! `knowledge` is what every stage reads from the `rules/` folder (language files and their
//! word tables, places, aliases, rule files); `model`, `text` and `error` are the types and
//! text primitives below everything. `load` and `report` sit at the edges, `workflow`
//! (config, baselines, ignore markers, draft mode) beside the command line; `extract`, `align`
//! and `rules` are pure functions over text and values. Imports point one way, from the edge
//! to the core; `ARCHITECTURE.md` is the map, and `tests/architecture.rs` checks it.

pub mod align;
pub mod error;
pub mod extract;
#[doc(hidden)]
pub mod fuzzing;
pub mod knowledge;
pub mod load;
pub mod model;
pub mod report;
pub mod rules;
pub mod text;
pub mod workflow;

use std::sync::atomic::{AtomicUsize, Ordering};

use rayon::prelude::*;

use crate::error::Error;
use crate::knowledge::gazetteer::Gazetteer;
use crate::knowledge::lang::Languages;
use crate::knowledge::ruleset::RuleSet;
use crate::model::{Article, Claim, Limits};
use crate::workflow::suppress;

pub use crate::model::{Corpus, Report};

/// Runs the extractors over every article.
pub fn extract_corpus(
    articles: Vec<Article>,
    langs: &Languages,
    places: &Gazetteer,
) -> Result<Corpus, Error> {
    extract_corpus_with(articles, langs, places, |_| {})
}

/// `extract_corpus`, calling `progress` with the number of articles done after each one.
///
/// Articles are extracted in parallel (each is independent of the others); the claims come
/// out in article order whatever the schedule, so the result is deterministic.
pub fn extract_corpus_with(
    articles: Vec<Article>,
    langs: &Languages,
    places: &Gazetteer,
    progress: impl Fn(usize) + Sync,
) -> Result<Corpus, Error> {
    let done = AtomicUsize::new(0);
    let per_article: Vec<Result<(Vec<Claim>, usize), Error>> = articles
        .par_iter()
        .enumerate()
        .map(|(i, article)| {
            let r = extract_one(i, article, langs, places);
            progress(done.fetch_add(1, Ordering::Relaxed) + 1);
            r
        })
        .collect();
    let total = per_article
        .iter()
        .map(|r| r.as_ref().map_or(0, |(c, _)| c.len()))
        .sum();
    let mut claims = Vec::with_capacity(total);
    let mut limits = Limits::default();
    for r in per_article {
        let (c, cut) = r?;
        claims.extend(c);
        limits.sentences_cut += cut;
    }
    Ok(Corpus {
        articles,
        claims,
        limits,
    })
}

/// `extract_corpus_with`, reading from `cache` the claims of the articles an earlier run
/// extracted (same bytes, language, date, build and language data) and storing the others.
/// The result is the same as without the cache.
pub fn extract_corpus_cached(
    articles: Vec<Article>,
    langs: &Languages,
    places: &Gazetteer,
    cache: &workflow::cache::Cache,
    progress: impl Fn(usize) + Sync,
) -> Result<(Corpus, Vec<String>), Error> {
    let keys: Vec<String> = articles.par_iter().map(|a| cache.article_key(a)).collect();
    let cached: Vec<Option<Extracted>> = articles
        .par_iter()
        .enumerate()
        .map(|(i, a)| cache.claims(&keys[i], a, i))
        .collect();
    // One store per distinct key (copies of one file are extracted alike).
    let mut seen = std::collections::HashSet::new();
    let first: Vec<bool> = keys.iter().map(|k| seen.insert(k.as_str())).collect();
    let done = AtomicUsize::new(cached.iter().filter(|c| c.is_some()).count());
    progress(done.load(Ordering::Relaxed));
    let fresh: Vec<Option<Result<Extracted, Error>>> = articles
        .par_iter()
        .enumerate()
        .map(|(i, article)| {
            if cached[i].is_some() {
                return None;
            }
            let r = extract_one(i, article, langs, places);
            if let Ok((claims, cut)) = &r
                && first[i]
            {
                cache.store_claims(&keys[i], claims, *cut);
            }
            progress(done.fetch_add(1, Ordering::Relaxed) + 1);
            Some(r)
        })
        .collect();
    let total: usize = cached
        .iter()
        .zip(&fresh)
        .map(|(c, f)| match (c, f) {
            (Some((c, _)), _) | (None, Some(Ok((c, _)))) => c.len(),
            _ => 0,
        })
        .sum();
    let mut claims = Vec::with_capacity(total);
    let mut limits = Limits::default();
    for (c, f) in cached.into_iter().zip(fresh) {
        let (c, cut) = match (c, f) {
            (Some(c), _) => c,
            (None, Some(r)) => r?,
            (None, None) => unreachable!("an article neither cached nor extracted"),
        };
        claims.extend(c);
        limits.sentences_cut += cut;
    }
    Ok((
        Corpus {
            articles,
            claims,
            limits,
        },
        keys,
    ))
}

/// `check`, reading the findings from `cache` when an earlier run checked the same articles
/// (`keys`, from `extract_corpus_cached`) with the same rules, and storing them otherwise.
pub fn check_cached(
    corpus: Corpus,
    rules: &RuleSet,
    cache: &workflow::cache::Cache,
    keys: &[String],
) -> Report {
    let list: Vec<(&str, &str, &str)> = corpus
        .articles
        .iter()
        .zip(keys)
        .map(|(a, k)| (a.id.as_str(), a.path.as_str(), k.as_str()))
        .collect();
    let key = cache.run_key(&list, "check");
    if let Some((findings, groups_cut)) = cache.findings(&key, corpus.claims.len()) {
        let mut corpus = corpus;
        corpus.limits.groups_cut += groups_cut;
        return Report {
            corpus,
            findings,
            drafts: Default::default(),
        };
    }
    let before = corpus.limits.groups_cut;
    let report = check(corpus, rules);
    cache.store_findings(
        &key,
        &report.findings,
        report.corpus.limits.groups_cut - before,
    );
    report
}

/// One article's claims and the number of its sentences cut short.
type Extracted = (Vec<Claim>, usize);

/// The claims of one article (index `i` in the corpus) and the number of sentences cut.
fn extract_one(
    i: usize,
    article: &Article,
    langs: &Languages,
    places: &Gazetteer,
) -> Result<Extracted, Error> {
    let lang = langs.get(&article.lang).ok_or_else(|| {
        Error::Usage(format!(
            "{}: no language data for `{}`",
            article.path, article.lang
        ))
    })?;
    // Ignore markers are blanked out (offsets unchanged): they are not article text.
    let text = suppress::masked_text(article);
    let doc = extract::Doc::new(i, &text, article.body, lang, article.date).with_places(places);
    let claims = extract::extract(&doc);
    Ok((claims, doc.sentences_cut))
}

/// Aligns the claims and applies the rules.
pub fn check(mut corpus: Corpus, rules: &RuleSet) -> Report {
    let alignment = align::align(&corpus, rules);
    corpus.limits.groups_cut += alignment.groups_cut;
    let findings = rules::evaluate(&corpus, &alignment, rules);
    Report {
        corpus,
        findings,
        drafts: Default::default(),
    }
}
