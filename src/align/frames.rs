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

use rustc_hash::FxHashMap as HashMap;
use std::collections::{BTreeMap, BTreeSet};

use super::alignment::Pair;
use super::context::{Context, Contexts};
use crate::knowledge::lang::Marker;
use crate::model::{Claim, Corpus, DateValue, Value};
use crate::text::{rounds_to, written_step};

/// What an article may give one value of: the measure in its unit, the places a bare unit is
/// measured from, the holders, and the years it is about when they are not the article's own
/// (a figure with no year, or with this year or last, is about the story's present).
fn scope_of(ctx: &Context) -> String {
    let years = if ctx.years.is_empty() {
        &ctx.story_years
    } else {
        &ctx.years
    };
    let years: BTreeSet<i32> = if about_present(ctx, years) {
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

/// Whether `years` are all the article's present: its year or the one before (no years at all
/// is the present too).
fn about_present(ctx: &Context, years: &BTreeSet<i32>) -> bool {
    years
        .iter()
        .all(|y| ctx.present_year.is_some_and(|p| (p - y).abs() <= 1))
}

impl Contexts {
    /// Pairs of framed figures from different articles, beyond the `known` pairs. In each
    /// frame, every article's figure is paired with one figure of the value most articles
    /// give, so a minority value meets the consensus and the number of pairs stays linear in
    /// the number of articles.
    /// `tolerance` is the figure rule's: how much rounding may change a figure.
    pub(super) fn frame_pairs(&self, corpus: &Corpus, known: &[Pair], tolerance: f64) -> Vec<Pair> {
        let claims = &corpus.claims;
        let framed = self.items.iter().enumerate().filter_map(|(i, item)| {
            // Earlier reports are not compared on their frame: which one each cites is unknown.
            let ctx = item
                .as_ref()
                .filter(|c| c.framed && c.time != Some(Marker::Earlier))?;
            let v = claims[i].value.amount()?;
            let scope = scope_of(ctx);
            let key = format!(
                "{scope}|{:?}|{:?}|{:?}|{:?}",
                ctx.time, ctx.day, ctx.source, ctx.measured_by
            );
            // In the unit's base, to the precision written: "12 miles (19 km)" is one value.
            let step = written_step(&claims[i].text, v) * ctx.scale;
            Some((i, key, scope, (v * ctx.scale, step)))
        });
        self.pairs_by_frame(corpus, known, framed, tolerance)
    }

    /// The factor of each figure given in a unit that converts to another.
    pub(super) fn scales(&self) -> BTreeMap<usize, (f64, String)> {
        self.items
            .iter()
            .enumerate()
            .filter_map(|(i, c)| {
                let c = c.as_ref().filter(|c| c.scale != 1.0)?;
                let unit = c.unit.rsplit(':').next().unwrap_or_default();
                Some((i, (c.scale, unit.to_string())))
            })
            .collect()
    }

    /// Pairs of dates of one event, by frame: the event (`Context::event`: "the quake
    /// struck on Friday 8 September" / "le séisme qui a frappé le Maroc le 8 septembre"), its
    /// time marker and its source. An article that gives its event two different days is left
    /// out, like a figure's frame with two values.
    pub(super) fn date_frame_pairs(&self, corpus: &Corpus, known: &[Pair]) -> Vec<Pair> {
        let claims = &corpus.claims;
        let framed = self.items.iter().enumerate().filter_map(|(i, item)| {
            let ctx = item.as_ref().filter(|c| c.time != Some(Marker::Earlier))?;
            let (event, _) = ctx.event.as_ref()?;
            let Value::Date(Some(DateValue::Point(p))) = &claims[i].value else {
                return None;
            };
            // The day of the year: a date whose year is unknown ("vendredi 9 septembre" in an
            // undated article) still says which day. Two days of different years are kept
            // apart by `one_quantity`.
            let day = u32::from(p.month?) * 32 + u32::from(p.day?);
            let key = format!("{event}|{:?}|{:?}", ctx.time, ctx.source);
            Some((i, key, event.clone(), (f64::from(day), 0.0)))
        });
        self.pairs_by_frame(corpus, known, framed, 0.0)
    }

    /// Pairs of claims by frame: `framed` gives each claim's frame, its scope (what an
    /// article may give one value of, whatever the time or source) and its value with the step
    /// of its last written digit (0 for a day); values within `tolerance` rounding are one.
    fn pairs_by_frame(
        &self,
        corpus: &Corpus,
        known: &[Pair],
        framed: impl Iterator<Item = (usize, String, String, (f64, f64))>,
        tolerance: f64,
    ) -> Vec<Pair> {
        let claims = &corpus.claims;
        // Values as (value, step of its last written digit): one value when one rounds the
        // other.
        let same = |(a, sa): (f64, f64), (b, sb): (f64, f64)| rounds_to(a, sa, b, sb, tolerance);
        // Frame → article → its claims of that frame, in order.
        let mut frames: BTreeMap<String, BTreeMap<usize, Vec<usize>>> = BTreeMap::new();
        // The values each article gives a frame's measure and qualifiers, whatever their
        // source or time: two of them ("7.2 according to one agency", "7.4") make the
        // article's claims of that measure too ambiguous to compare on their frame alone.
        let mut scopes: HashMap<(String, usize), Vec<(f64, f64)>> = HashMap::default();
        let mut value_of: HashMap<usize, (f64, f64)> = HashMap::default();
        let mut scope_key: HashMap<usize, String> = HashMap::default();
        for (i, key, scope, v) in framed {
            let values = scopes
                .entry((scope.clone(), claims[i].article))
                .or_default();
            if !values.iter().any(|&w| same(w, v)) {
                values.push(v);
            }
            value_of.insert(i, v);
            scope_key.insert(i, scope);
            frames
                .entry(key)
                .or_default()
                .entry(claims[i].article)
                .or_default()
                .push(i);
        }
        // The known pairs, each as (lower claim, higher claim), sorted: looked up by binary
        // search (a set of both orders held four times the memory).
        let mut linked: Vec<(usize, usize)> =
            known.iter().map(|p| (p.a.min(p.b), p.a.max(p.b))).collect();
        linked.sort_unstable();
        let linked_to = |x: usize, y: usize| linked.binary_search(&(x.min(y), x.max(y))).is_ok();
        let mut out = Vec::new();
        for by_article in frames.values() {
            if by_article.len() < 2 {
                continue;
            }
            // One figure per article that gives the frame one value.
            let reps: Vec<(usize, (f64, f64))> = by_article
                .values()
                .filter_map(|list| {
                    let scope = scope_key[&list[0]].clone();
                    if scopes[&(scope, claims[list[0]].article)].len() > 1 {
                        return None;
                    }
                    let v = value_of[&list[0]];
                    list.iter()
                        .all(|o| same(value_of[o], v))
                        .then_some((list[0], v))
                })
                .collect();
            if reps.len() < 2 {
                continue;
            }
            // The value most articles give (the first given, on a tie) and its first figure.
            let mut counts: Vec<((f64, f64), usize, usize)> = Vec::new();
            for &(i, v) in &reps {
                match counts.iter_mut().find(|(x, _, _)| same(*x, v)) {
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
                    .any(|&x| theirs.iter().any(|&y| linked_to(x, y)))
                {
                    continue;
                }
                // The first two figures, one of each article, that may be one quantity.
                let Some((x, y)) = mine
                    .iter()
                    .flat_map(|&x| theirs.iter().map(move |&y| (x, y)))
                    .find(|&(x, y)| self.one_quantity(claims, x, y))
                else {
                    continue;
                };
                let (a, b) = (x.min(y), x.max(y));
                out.push(Pair {
                    a,
                    b,
                    measure: self.items[a].as_ref().and_then(|c| c.measure.clone()),
                    framed: true,
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
    fn one_quantity(&self, claims: &[Claim], a: usize, b: usize) -> bool {
        let (Some(x), Some(y)) = (&self.items[a], &self.items[b]) else {
            return false;
        };
        if !x.places.is_empty() && !y.places.is_empty() && x.places.is_disjoint(&y.places) {
            return false;
        }
        // Dates of one event in two different years are two events.
        if let (Value::Date(Some(DateValue::Point(p))), Value::Date(Some(DateValue::Point(q)))) =
            (&claims[a].value, &claims[b].value)
            && let (Some(py), Some(qy)) = (p.year, q.year)
            && py != qy
        {
            return false;
        }
        x.bare_unit
            || !x.holders.is_empty()
            || (!x.years.is_empty() && x.years == y.years && !about_present(x, &x.years))
            || x.words
                .iter()
                .any(|w| self.word(w.id).starts_with('#') && y.has(w.id))
    }

    /// The subject of a frame pair: what was compared, in words ("deaths in Kerman", "votes
    /// of Amina Sow", "km from Bresk", "magnitude according to USGS", "date of the quake").
    pub(super) fn frame_subject(&self, corpus: &Corpus, a: usize, b: usize) -> String {
        let (Some(x), Some(y)) = (&self.items[a], &self.items[b]) else {
            return String::new();
        };
        let text_of = |c: usize| corpus.articles[corpus.claims[c].article].text.as_str();
        if let Some(name) = self.frame_name(x, y, text_of(a), text_of(b)) {
            return name;
        }
        match &x.event {
            Some((_, surface)) => format!("date of the {surface}"),
            None => String::new(),
        }
    }

    /// A measured claim's measure and qualifiers in words: "deaths in Kerman", "votes of Amina
    /// Sow", "km from Bresk", "magnitude according to USGS". `y` is the claim it is compared
    /// with, whose sentence may name what `x`'s does not; `tx` and `ty` are the texts of their
    /// articles.
    pub(super) fn frame_name(
        &self,
        x: &Context,
        y: &Context,
        tx: &str,
        ty: &str,
    ) -> Option<String> {
        let mut out = x.measure.as_ref()?.replace('_', " ");
        let names = |set: &BTreeSet<usize>| {
            let mut seen = BTreeSet::new();
            let list: Vec<String> = set
                .iter()
                .filter_map(|e| {
                    [format!("#{e}"), format!("#p{e}")]
                        .iter()
                        .find_map(|k| {
                            let id = self.id_of(k)?;
                            x.written(id, tx).or_else(|| y.written(id, ty))
                        })
                        .map(|(_, s)| s.to_string())
                })
                .filter(|n| seen.insert(n.clone()))
                .collect();
            (!list.is_empty()).then(|| list.join(" and "))
        };
        if let Some(p) = names(&x.places) {
            out.push_str(if x.bare_unit { " from " } else { " in " });
            out.push_str(&p);
        }
        if let Some(h) = names(&x.holders) {
            out.push_str(" of ");
            out.push_str(&h);
        }
        if let Some(o) = names(&x.measured_by) {
            out.push_str(" according to ");
            out.push_str(&o);
        }
        Some(out)
    }
}
