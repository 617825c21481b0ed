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
        let n = self.items.len();
        let picked = |i: usize| self.items[i].as_ref().filter(|_| pick(&claims[i]));
        // Claims whose contexts score alike against any other (`Context::scores_as`: the
        // same words, unit, years, places, sources...) are scored once, as a class: copies
        // of one wire story would otherwise compare every copy of a claim with every copy of
        // its match, the work growing with the square of the copies. Each class is named by
        // its first claim, so classes come in claim order.
        let mut class_of: Vec<u32> = vec![u32::MAX; n];
        let mut reps: Vec<usize> = Vec::new();
        let mut members: Vec<Vec<usize>> = Vec::new();
        {
            let mut by_hash: HashMap<u64, Vec<u32>> = HashMap::default();
            for (i, slot) in class_of.iter_mut().enumerate() {
                let Some(ctx) = picked(i) else {
                    continue;
                };
                let bucket = by_hash.entry(ctx.score_hash()).or_default();
                let class = match bucket
                    .iter()
                    .find(|&&c| ctx.scores_as(self.items[reps[c as usize]].as_ref().unwrap()))
                {
                    Some(&c) => c,
                    None => {
                        let c = reps.len() as u32;
                        reps.push(i);
                        members.push(Vec::new());
                        bucket.push(c);
                        c
                    }
                };
                *slot = class;
                members[class as usize].push(i);
            }
        }
        let classes = reps.len();
        let rep_ctx = |c: usize| self.items[reps[c]].as_ref().unwrap();
        let mut index: HashMap<(&str, u32), Vec<u32>> = HashMap::default();
        for c in 0..classes {
            let ctx = rep_ctx(c);
            for w in &ctx.words {
                if self.df.get(w.id as usize).copied().unwrap_or(0) <= max_df {
                    index
                        .entry((ctx.unit.as_str(), w.id))
                        .or_default()
                        .push(c as u32);
                }
            }
        }
        // What each class brings to every comparison, computed once: the sum of its words'
        // weights (in the order the score adds them) and its people (`#p` words).
        let totals: Vec<f64> = (0..classes)
            .into_par_iter()
            .map(|c| rep_ctx(c).words.iter().map(|w| self.weight(w.id)).sum())
            .collect();
        let people: Vec<Vec<u32>> = (0..classes)
            .into_par_iter()
            .map(|c| {
                rep_ctx(c)
                    .words
                    .iter()
                    .map(|w| w.id)
                    .filter(|&id| self.word(id).starts_with("#p"))
                    .collect()
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
        // The score of a claim of class `a` with a later claim of class `b`, if they may be
        // about one fact: the earlier claim's context is the one the thresholds read.
        let score = |a: usize, b: usize| -> Option<f64> {
            let (ctx, other) = (rep_ctx(a), rep_ctx(b));
            match (&ctx.crowd, &other.crowd) {
                (None, None) => {}
                (Some(x), Some(y)) if x.matches(y) => {}
                // A figure among many ("Lutnick, 63, said trade reached $3.2 billion, up
                // 12%") and one alone ("trade reached $2.3bn last year") are one fact when
                // the few words next to the crowded one are the other's words.
                _ => return None,
            }
            if !ctx.years.is_empty()
                && !other.years.is_empty()
                && ctx.years.is_disjoint(&other.years)
            {
                return None;
            }
            // "In 2015, the quake killed 9,000" is about 2015, not about this year's quake,
            // which a figure with no year in its sentence is about.
            let far = |years: &BTreeSet<i32>, year: Option<i32>| {
                !years.is_empty() && year.is_some_and(|y| years.iter().all(|x| (x - y).abs() > 1))
            };
            if (other.years.is_empty() && far(&ctx.years, other.article_year))
                || (ctx.years.is_empty() && far(&other.years, ctx.article_year))
            {
                return None;
            }
            // An earlier toll and a later one, or two sources, are not one report; nor are
            // two earlier ones ("a previous toll of 53", "a previous toll of 32"): which
            // earlier report each cites, nothing says.
            if ctx.time != other.time || ctx.time == Some(Marker::Earlier) {
                return None;
            }
            if let (Some(x), Some(y)) = (&ctx.source, &other.source)
                && x.is_disjoint(y)
            {
                return None;
            }
            // A toll published on Monday and one published on Tuesday: an update.
            if let (Some(x), Some(y)) = (ctx.day, other.day)
                && x != y
            {
                return None;
            }
            // "1,340 in Kerman" and "870 in Bam": counts of one measure in two places.
            if !ctx.places.is_empty()
                && !other.places.is_empty()
                && ctx.places.is_disjoint(&other.places)
            {
                return None;
            }
            // "Hansbrough finished with 20 points" / "Ford finished his career with 2,290
            // points": two sentences about different people state different facts.
            let (pa, pb) = (&people[a], &people[b]);
            if !pa.is_empty() && !pb.is_empty() && disjoint(pa, pb) {
                return None;
            }
            // Names alone do not make an event: two articles about the same countries
            // date many different things. At least one shared word must say what happened.
            if !ctx
                .common_words(other)
                .any(|w| !self.word(w).starts_with('#'))
            {
                return None;
            }
            let w_common: f64 = ctx.common_words(other).map(|w| self.weight(w)).sum();
            let (w_a, w_b) = (totals[a], totals[b]);
            let score = w_common / (w_a + w_b - w_common).max(f64::EPSILON);
            let needed = if ctx.measure.is_some() {
                measured_min_context
            } else {
                min_context
            };
            (score >= needed).then_some(score)
        };
        // Each class's candidates (the classes that share enough indexed words with it, itself
        // included), scored both ways, classes in parallel. Shared-word counts go to a dense
        // counter and the list of the entries it touched, cleared after each class.
        // `linked[c]`: (other class, score when the claim of `c` comes first, score when the
        // other's does).
        type Link = (u32, Option<f64>, Option<f64>);
        let found: Vec<Vec<Link>> = (0..classes)
            .into_par_iter()
            .with_min_len(256)
            .map_init(
                || (vec![0u32; classes], Vec::<usize>::new()),
                |(counts, touched), c| {
                    let ctx = rep_ctx(c);
                    for w in &ctx.words {
                        if let Some(list) = index.get(&(ctx.unit.as_str(), w.id)) {
                            for &d in list {
                                let d = d as usize;
                                if d >= c {
                                    if counts[d] == 0 {
                                        touched.push(d);
                                    }
                                    counts[d] += 1;
                                }
                            }
                        }
                    }
                    touched.sort_unstable();
                    let mut links = Vec::new();
                    for &d in touched.iter() {
                        if (counts[d] as usize) < min_shared {
                            continue;
                        }
                        let forward = score(c, d);
                        let backward = if d == c { forward } else { score(d, c) };
                        if forward.is_some() || backward.is_some() {
                            links.push((d as u32, forward, backward));
                        }
                    }
                    for &d in touched.iter() {
                        counts[d] = 0;
                    }
                    touched.clear();
                    links
                },
            )
            .collect();
        drop((index, totals, people));
        let mut linked: Vec<Vec<Link>> = vec![Vec::new(); classes];
        for (c, links) in found.into_iter().enumerate() {
            for (d, forward, backward) in links {
                linked[c].push((d, forward, backward));
                if d as usize != c {
                    linked[d as usize].push((c as u32, backward, forward));
                }
            }
        }
        // Keep a pair only if each claim is the other's best match in the other's article:
        // "nine in favour and three against" must not pair its nine with the other's three.
        // A claim's candidates are the claims of other articles in the classes its own is
        // linked to, scored as the earlier of each two reads them. Its best match in each
        // article is the one of the highest score, then the first; as (article, claim),
        // sorted by article.
        let art = |i: usize| claims[i].article;
        let (class_of, linked, members) = (&class_of, &linked, &members);
        let candidates = move |i: usize| {
            let links: &[Link] = match class_of[i] {
                u32::MAX => &[],
                c => &linked[c as usize],
            };
            links.iter().flat_map(move |&(d, forward, backward)| {
                members[d as usize].iter().filter_map(move |&j| {
                    if j == i || art(j) == art(i) {
                        return None;
                    }
                    if j > i { forward } else { backward }.map(|score| (j, score))
                })
            })
        };
        let best: Vec<Vec<(usize, usize)>> = (0..n)
            .into_par_iter()
            .with_min_len(256)
            .map(|i| {
                let mut all: Vec<(usize, f64, usize)> =
                    candidates(i).map(|(j, score)| (art(j), score, j)).collect();
                all.sort_unstable_by(|a, b| {
                    a.0.cmp(&b.0).then(b.1.total_cmp(&a.1)).then(a.2.cmp(&b.2))
                });
                all.dedup_by_key(|a| a.0);
                all.into_iter()
                    .map(|(article, _, j)| (article, j))
                    .collect()
            })
            .collect();
        let best_of = |x: usize, article: usize| {
            let list = &best[x];
            list.binary_search_by_key(&article, |b| b.0)
                .ok()
                .map(|k| list[k].1)
        };
        // The pairs kept, in claim order: each claim with the later claims it is kept with.
        let kept: Vec<(usize, usize)> = (0..n)
            .into_par_iter()
            .with_min_len(256)
            .flat_map_iter(|i| {
                let mut out: Vec<(usize, usize)> = candidates(i)
                    .filter(|&(j, _)| {
                        j > i && best_of(i, art(j)) == Some(j) && best_of(j, art(i)) == Some(i)
                    })
                    .map(|(j, _)| (i, j))
                    .collect();
                out.sort_unstable();
                out
            })
            .collect();
        drop(best);
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
