//! Alignment: which claims, in different articles or in one, are about the same person,
//! place, event or quantity.
//!
//! - Names are clustered on normalised keys (`normalize::Translit::key`). Keys are blocked by a
//!   deletion neighbourhood (every key and every key with one letter dropped), so only keys one
//!   or two edits apart are ever compared: no all-pairs loop. People are then told apart by
//!   their given names: an initial agrees with a given name it starts, a surname alone joins the
//!   one person of that surname in its article (or in the corpus), and two different given names
//!   are two people.
//! - Dates and figures are paired through an inverted index of the content words and names
//!   around them: two claims of the same kind and unit are compared only when they share
//!   enough rare context words, and never inside one article.
//!
//! This module decides what is comparable; `rules::evaluate` decides what disagrees.
//!
//! Files: `alignment` (what comes out), `names` (entities), `sentence` (what a sentence gives
//! its claims), `context` (the context of each date and figure), `pairs` (the inverted index
//! that pairs them).

mod alignment;
mod context;
mod frames;
mod names;
mod pairs;
mod sentence;
#[cfg(test)]
mod tests;

pub use alignment::{Alignment, Entity, Mention, Pair};

use crate::knowledge::ruleset::{Check, RuleSet, Thresholds};
use crate::model::{ClaimKind, Corpus};
use context::Contexts;
use names::{align_names, entity_index};

pub fn align(corpus: &Corpus, rules: &RuleSet) -> Alignment {
    let mut out = Alignment::default();
    align_names(corpus, rules, &mut out);
    let entity_of = entity_index(&out, corpus.claims.len());
    let date_t = rules.thresholds(Check::DateMismatch);
    let mut figure_t = rules.thresholds(Check::FigureMismatch);
    if figure_t == Thresholds::default() {
        figure_t = rules.thresholds(Check::FigureScale);
    }
    let person: Vec<bool> = out.entities.iter().map(|e| e.person).collect();
    let contexts = Contexts::build(corpus, rules, &entity_of, &person, &date_t, &figure_t);
    out.dates = contexts.pairs(corpus, |c| c.kind == ClaimKind::Date, &date_t);
    let framed = contexts.date_frame_pairs(corpus, &out.dates);
    out.dates.extend(framed);
    out.figures = contexts.pairs(corpus, |c| c.kind.is_figure(), &figure_t);
    let framed = contexts.frame_pairs(corpus, &out.figures, figure_t.tolerance.unwrap_or(0.05));
    out.figures.extend(framed);
    out.scale = contexts.scales();
    out.contexts = Some(std::sync::Arc::new(contexts));
    out
}
