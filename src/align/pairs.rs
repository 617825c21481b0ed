//! Pairs of dates or figures about one fact, found through an inverted index of their context
//! words (weighted by rarity), so claims that share nothing are never compared.

use rustc_hash::FxHashMap as HashMap;
use std::collections::BTreeSet;

use rayon::prelude::*;

use super::alignment::Pair;
use super::context::Contexts;
use crate::knowledge::lang::Marker;
use crate::knowledge::normalize::fold;
use crate::knowledge::ruleset::Thresholds;
use crate::model::{Claim, Corpus};

impl Contexts {
    pub(super) fn weight(&self, id: u32) -> f64 {
        let n = self.items.len().max(1) as f64;
        let df = self.df.get(id as usize).copied().unwrap_or(1) as f64;
        (1.0 + n / df).ln()
    }

    /// Pairs of claims (selected by `pick`) from different articles that share enough
    /// context. Candidates come from an inverted index of context words, skipping words so
    /// common that they say nothing (and would make the search quadratic).
    pub(super) fn pairs(
        &self,
        corpus: &Corpus,
        pick: impl Fn(&Claim) -> bool + Sync,
        t: &Thresholds,
    ) -> Vec<Pair> {
        let claims = &corpus.claims;
        let min_shared = t.min_shared_words.unwrap_or(2);
        let min_context = t.min_context.unwrap_or(0.5);
        // Two figures of one named measure ("killed 245", "212 morts") need less shared
        // context to be about one fact: the measure says what they count.
        let measured_min_context = t.measured_min_context.unwrap_or(min_context);
        // Words in more contexts than this say nothing about which fact a claim states, and
        // would make candidate lists grow with the corpus.
        let max_df = 200;
        let mut index: HashMap<(&str, u32), Vec<usize>> = HashMap::default();
        for (i, item) in self.items.iter().enumerate() {
            let Some(ctx) = item.as_ref().filter(|_| pick(&claims[i])) else {
                continue;
            };
            for w in &ctx.words {
                if self.df.get(w.id as usize).copied().unwrap_or(0) <= max_df {
                    index.entry((ctx.unit.as_str(), w.id)).or_default().push(i);
                }
            }
        }
        // What each picked claim brings to every comparison, computed once: the sum of its
        // words' weights (in the order the score adds them) and its people (`#p` words).
        let picked = |i: usize| self.items[i].as_ref().filter(|_| pick(&claims[i]));
        let totals: Vec<f64> = (0..self.items.len())
            .into_par_iter()
            .map(|i| picked(i).map_or(0.0, |ctx| ctx.words.iter().map(|w| self.weight(w.id)).sum()))
            .collect();
        let people: Vec<Vec<u32>> = (0..self.items.len())
            .into_par_iter()
            .map(|i| {
                picked(i).map_or_else(Vec::new, |ctx| {
                    ctx.words
                        .iter()
                        .map(|w| w.id)
                        .filter(|&id| self.word(id).starts_with("#p"))
                        .collect()
                })
            })
            .collect();
        let disjoint = |a: &[u32], b: &[u32]| {
            // Both sorted (ids in the order of their words).
            let (mut x, mut y) = (0, 0);
            while x < a.len() && y < b.len() {
                match a[x].cmp(&b[y]) {
                    std::cmp::Ordering::Less => x += 1,
                    std::cmp::Ordering::Greater => y += 1,
                    std::cmp::Ordering::Equal => return false,
                }
            }
            true
        };
        // Shared-word counts of the candidates of one claim: a dense counter and the list of
        // the entries it touched, cleared after each claim.
        // Each claim's candidates are scored on their own, claims in parallel; the pairs come
        // out in claim order whatever the schedule.
        let n = self.items.len();
        let scored: Vec<(usize, usize, f64)> = (0..n)
            .into_par_iter()
            .with_min_len(256)
            .map_init(
                || (vec![0u32; n], Vec::<usize>::new()),
                |(counts, touched), i| {
                    let mut scored = Vec::new();
                    let Some(ctx) = self.items[i].as_ref().filter(|_| pick(&claims[i])) else {
                        return scored;
                    };
                    for w in &ctx.words {
                        if let Some(list) = index.get(&(ctx.unit.as_str(), w.id)) {
                            for &j in list {
                                if j > i && claims[j].article != claims[i].article {
                                    if counts[j] == 0 {
                                        touched.push(j);
                                    }
                                    counts[j] += 1;
                                }
                            }
                        }
                    }
                    touched.sort_unstable();
                    let candidates: Vec<(usize, u32)> =
                        touched.iter().map(|&j| (j, counts[j])).collect();
                    for &j in touched.iter() {
                        counts[j] = 0;
                    }
                    touched.clear();
                    for (j, shared) in candidates {
                        if (shared as usize) < min_shared {
                            continue;
                        }
                        let other = self.items[j].as_ref().unwrap();
                        match (&ctx.crowd, &other.crowd) {
                            (None, None) => {}
                            (Some(x), Some(y)) if x.matches(y) => {}
                            // A figure among many ("Lutnick, 63, said trade reached $3.2 billion, up
                            // 12%") and one alone ("trade reached $2.3bn last year") are one fact when
                            // the few words next to the crowded one are the other's words.
                            _ => continue,
                        }
                        if !ctx.years.is_empty()
                            && !other.years.is_empty()
                            && ctx.years.is_disjoint(&other.years)
                        {
                            continue;
                        }
                        // "In 2015, the quake killed 9,000" is about 2015, not about this year's quake,
                        // which a figure with no year in its sentence is about.
                        let far = |years: &BTreeSet<i32>, year: Option<i32>| {
                            !years.is_empty()
                                && year.is_some_and(|y| years.iter().all(|x| (x - y).abs() > 1))
                        };
                        if (other.years.is_empty() && far(&ctx.years, other.article_year))
                            || (ctx.years.is_empty() && far(&other.years, ctx.article_year))
                        {
                            continue;
                        }
                        // An earlier toll and a later one, or two sources, are not one report; nor are
                        // two earlier ones ("a previous toll of 53", "a previous toll of 32"): which
                        // earlier report each cites, nothing says.
                        if ctx.time != other.time || ctx.time == Some(Marker::Earlier) {
                            continue;
                        }
                        if let (Some(x), Some(y)) = (&ctx.source, &other.source)
                            && x.is_disjoint(y)
                        {
                            continue;
                        }
                        // A toll published on Monday and one published on Tuesday: an update.
                        if let (Some(x), Some(y)) = (ctx.day, other.day)
                            && x != y
                        {
                            continue;
                        }
                        // "1,340 in Kerman" and "870 in Bam": counts of one measure in two places.
                        if !ctx.places.is_empty()
                            && !other.places.is_empty()
                            && ctx.places.is_disjoint(&other.places)
                        {
                            continue;
                        }
                        // "Hansbrough finished with 20 points" / "Ford finished his career with 2,290
                        // points": two sentences about different people state different facts.
                        let (pa, pb) = (&people[i], &people[j]);
                        if !pa.is_empty() && !pb.is_empty() && disjoint(pa, pb) {
                            continue;
                        }
                        // Names alone do not make an event: two articles about the same countries
                        // date many different things. At least one shared word must say what happened.
                        if !ctx
                            .common_words(other)
                            .any(|w| !self.word(w).starts_with('#'))
                        {
                            continue;
                        }
                        let w_common: f64 = ctx.common_words(other).map(|w| self.weight(w)).sum();
                        let (w_a, w_b) = (totals[i], totals[j]);
                        let score = w_common / (w_a + w_b - w_common).max(f64::EPSILON);
                        let needed = if ctx.measure.is_some() {
                            measured_min_context
                        } else {
                            min_context
                        };
                        if score < needed {
                            continue;
                        }
                        scored.push((i, j, score));
                    }
                    scored
                },
            )
            .flatten_iter()
            .collect();
        // What only the scoring needed is freed before the pairs are built.
        drop((index, totals, people));
        // Keep a pair only if each claim is the other's best match in the other's article:
        // "nine in favour and three against" must not pair its nine with the other's three.
        // Each claim's best match in each other article: the candidates of both sides as
        // (claim, other's article, score, other), sorted so that the best (the highest score,
        // then the first claim) comes first for each claim and article.
        let mut best: Vec<(usize, usize, f64, usize)> = Vec::with_capacity(2 * scored.len());
        for &(i, j, score) in &scored {
            best.push((i, claims[j].article, score, j));
            best.push((j, claims[i].article, score, i));
        }
        best.sort_unstable_by(|a, b| {
            (a.0, a.1)
                .cmp(&(b.0, b.1))
                .then(b.2.total_cmp(&a.2))
                .then(a.3.cmp(&b.3))
        });
        best.dedup_by_key(|b| (b.0, b.1));
        let best_of = |x: usize, article: usize| {
            best.binary_search_by(|b| (b.0, b.1).cmp(&(x, article)))
                .map(|k| best[k].3)
                .ok()
        };
        let kept: Vec<(usize, usize)> = scored
            .iter()
            .filter(|(i, j, _)| {
                best_of(*i, claims[*j].article) == Some(*j)
                    && best_of(*j, claims[*i].article) == Some(*i)
            })
            .map(|&(a, b, _)| (a, b))
            .collect();
        drop((best, scored));
        // One allocation of the exact size: most candidates of a story told many times over
        // lose to a better match, so the kept pairs are far fewer. Their subjects are written
        // only for the pairs `rules` reports (`pair_subject`): most pairs agree, and folding and
        // formatting the shared words of every pair was half the time of the pairs of ECB+ x10.
        kept.into_iter()
            .map(|(a, b)| Pair {
                a,
                b,
                measure: self.items[a].as_ref().and_then(|c| c.measure.clone()),
                framed: false,
            })
            .collect()
    }

    /// The subject of a pair found by `pairs`: the context words its claims share, as written
    /// around `a`, the measure first.
    pub(super) fn pair_subject(&self, corpus: &Corpus, a: usize, b: usize) -> String {
        let claims = &corpus.claims;
        let text_of = |c: usize| corpus.articles[claims[c].article].text.as_str();
        let (Some(ctx), Some(other)) = (&self.items[a], &self.items[b]) else {
            return String::new();
        };
        let (mine_text, their_text) = (text_of(a), text_of(b));
        let common: Vec<u32> = ctx.common_words(other).collect();
        // The shared words in the order the first claim's sentence gives them; a concept
        // written with different words shows both ("bilan/toll").
        let mut subject: Vec<(usize, String)> = common
            .iter()
            .map(|w| {
                // Both contexts hold every word of `common`, each with its place.
                let (at, mine) = ctx.written(*w, mine_text).unwrap_or_default();
                let theirs = other.written(*w, their_text).unwrap_or_default().1;
                if self.word(*w).starts_with('~') && fold(mine) != fold(theirs) {
                    (at, format!("{mine}/{theirs}"))
                } else {
                    (at, mine.to_string())
                }
            })
            .collect();
        subject.sort();
        // The measure first, with what it is about: "deaths in Kerman, quake/séisme".
        let name = self.frame_name(ctx, other, mine_text, their_text);
        let named = name.as_deref().map(fold).unwrap_or_default();
        let mut seen = BTreeSet::new();
        let subject: Vec<&str> = name
            .iter()
            .map(String::as_str)
            .chain(
                subject
                    .iter()
                    .map(|(_, w)| w.as_str())
                    .filter(|w| !named.contains(&*fold(w))),
            )
            .filter(|w| seen.insert(fold(w)))
            .take(5)
            .collect();
        subject.join(", ")
    }
}
