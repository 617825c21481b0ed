//! Pairs of figures by frame: two figures of one measure about one thing ("the magnitude",
//! "the depth in km", "the votes of Amadou Ba", "deaths in Kerman", "km from Hérat") are one
//! quantity of the story, however differently their sentences are worded ("A 7.2-magnitude
//! earthquake shook the island" / "after a 7.3-magnitude quake struck"), so they are compared
//! even when they share too few context words to be paired by `pairs`.
//!
//! A frame is the figure's measure with everything that tells its quantities apart: the places
//! and holders it is about, its time marker (an earlier report), its source, the years of its
//! sentence and, for a toll, the day it was published. An article that gives one frame two
//! different values ("7.2 according to one agency, 7.4 according to another", a main quake and
//! an aftershock both unqualified) says it holds several quantities: it is left out of the
//! frame, since which of its values another source's should be compared with is a guess.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use super::alignment::Pair;
use super::context::{Context, Contexts};
use crate::model::{Corpus, Value};

fn amount(v: &Value) -> Option<f64> {
    match v {
        Value::Number(x) | Value::Percent(x) => Some(*x),
        _ => None,
    }
}

/// What an article may give one value of: the measure in its unit, the places a bare unit is
/// measured from, the holders, and the years it is about when they are not the article's own
/// (a figure with no year, or with this year or last, is about the story's present).
fn scope_of(ctx: &Context) -> String {
    let years = if ctx.years.is_empty() {
        &ctx.story_years
    } else {
        &ctx.years
    };
    let present = |y: &i32| ctx.present_year.is_some_and(|a| (a - y).abs() <= 1);
    let years: BTreeSet<i32> = if years.iter().all(present) {
        BTreeSet::new()
    } else {
        years.clone()
    };
    let places = if ctx.bare_unit {
        format!("{:?}", ctx.places)
    } else {
        String::new()
    };
    format!("{}|{places}|{:?}|{years:?}", ctx.unit, ctx.holders)
}

impl Contexts {
    /// Pairs of framed figures from different articles, beyond the `known` pairs. In each
    /// frame, every article's figure is paired with one figure of the value most articles
    /// give, so a minority value meets the consensus and the number of pairs stays linear in
    /// the number of articles.
    pub(super) fn frame_pairs(&self, corpus: &Corpus, known: &[Pair]) -> Vec<Pair> {
        let claims = &corpus.claims;
        // Frame → article → its claims of that frame, in order.
        let mut frames: BTreeMap<String, BTreeMap<usize, Vec<usize>>> = BTreeMap::new();
        // The values each article gives a frame's measure and qualifiers, whatever their
        // source or time: two of them ("7.2 according to one agency", "7.4") make the
        // article's figures of that measure too ambiguous to compare on their frame alone.
        let mut scopes: HashMap<(String, usize), Vec<u64>> = HashMap::new();
        for (i, item) in self.items.iter().enumerate() {
            let Some(ctx) = item.as_ref().filter(|c| c.framed) else {
                continue;
            };
            let Some(v) = amount(&claims[i].value) else {
                continue;
            };
            let scope = scope_of(ctx);
            let values = scopes.entry((scope, claims[i].article)).or_default();
            if !values.contains(&v.to_bits()) {
                values.push(v.to_bits());
            }
            let key = format!(
                "{}|{:?}|{:?}|{:?}|{:?}",
                scope_of(ctx),
                ctx.time,
                ctx.day,
                ctx.source,
                ctx.measured_by
            );
            frames
                .entry(key)
                .or_default()
                .entry(claims[i].article)
                .or_default()
                .push(i);
        }
        let linked: HashSet<(usize, usize)> = known
            .iter()
            .flat_map(|p| [(p.a, p.b), (p.b, p.a)])
            .collect();
        let mut out = Vec::new();
        for by_article in frames.values() {
            if by_article.len() < 2 {
                continue;
            }
            // One figure per article that gives the frame one value.
            let reps: Vec<(usize, f64)> = by_article
                .values()
                .filter_map(|list| {
                    let ctx = self.items[list[0]].as_ref()?;
                    let scope = scope_of(ctx);
                    if scopes[&(scope, claims[list[0]].article)].len() > 1 {
                        return None;
                    }
                    let v = amount(&claims[list[0]].value)?;
                    list.iter()
                        .all(|&o| amount(&claims[o].value) == Some(v))
                        .then_some((list[0], v))
                })
                .collect();
            if reps.len() < 2 {
                continue;
            }
            // The value most articles give (the first given, on a tie) and its first figure.
            let mut counts: Vec<(f64, usize, usize)> = Vec::new();
            for &(i, v) in &reps {
                match counts.iter_mut().find(|(x, _, _)| *x == v) {
                    Some(slot) => slot.1 += 1,
                    None => counts.push((v, 1, i)),
                }
            }
            let hub = counts
                .iter()
                .max_by(|a, b| a.1.cmp(&b.1).then(b.2.cmp(&a.2)))
                .map(|&(_, _, i)| i)
                .unwrap_or(reps[0].0);
            let hub_article = claims[hub].article;
            for &(rep, _) in &reps {
                let article = claims[rep].article;
                if article == hub_article {
                    continue;
                }
                let (mine, theirs) = (&by_article[&hub_article], &by_article[&article]);
                if mine
                    .iter()
                    .any(|&x| theirs.iter().any(|&y| linked.contains(&(x, y))))
                {
                    continue;
                }
                // The first two figures, one of each article, that may be one quantity.
                let Some((x, y)) = mine
                    .iter()
                    .flat_map(|&x| theirs.iter().map(move |&y| (x, y)))
                    .find(|&(x, y)| self.one_quantity(x, y))
                else {
                    continue;
                };
                let (a, b) = (x.min(y), x.max(y));
                out.push(Pair {
                    a,
                    b,
                    subject: self.frame_subject(a, b),
                    measure: self.items[a].as_ref().and_then(|c| c.measure.clone()),
                });
            }
        }
        out
    }

    /// Whether two figures of one frame may be one quantity: not about two different places
    /// ("magnitude 7.2 in Hualien", "7.3 in Taitung": two quakes), and anchored on the same
    /// event. A measure of the story's event (a magnitude, a turnout) is that event's only
    /// when both sentences name something in common ("the quake that struck Noto" / "a quake
    /// hit Noto"; not "a 6.1 quake hit the region today" / "the 7.7 quake damaged 42
    /// buildings", two quakes of one week) or the same past year; a holder or a bare unit's
    /// place is such a name already.
    fn one_quantity(&self, a: usize, b: usize) -> bool {
        let (Some(x), Some(y)) = (&self.items[a], &self.items[b]) else {
            return false;
        };
        if !x.places.is_empty() && !y.places.is_empty() && x.places.is_disjoint(&y.places) {
            return false;
        }
        x.bare_unit
            || !x.holders.is_empty()
            || (!x.years.is_empty()
                && x.years == y.years
                && !x
                    .years
                    .iter()
                    .all(|v| x.present_year.is_some_and(|p| (p - v).abs() <= 1)))
            || x.words
                .iter()
                .any(|w| w.starts_with('#') && y.words.contains(w))
    }

    /// The subject of a frame pair: the measure, then the places and holders it is about, as
    /// the first claim's sentence writes them ("votes, Amadou Ba").
    fn frame_subject(&self, a: usize, b: usize) -> String {
        let (Some(x), Some(y)) = (&self.items[a], &self.items[b]) else {
            return String::new();
        };
        let mut parts: Vec<String> = x.measure.iter().cloned().collect();
        let mut seen = BTreeSet::new();
        for e in x.places.iter().chain(&x.holders).chain(&x.measured_by) {
            let name = [format!("#{e}"), format!("#p{e}")]
                .iter()
                .find_map(|k| x.surface.get(k).or_else(|| y.surface.get(k)))
                .map(|(_, s)| s.clone());
            if let Some(name) = name
                && seen.insert(name.clone())
            {
                parts.push(name);
            }
        }
        parts.join(", ")
    }
}
