//! Extraction: one article's text → its claims (names, dates, figures).
//!
//! Each claim kind has its own module with one entry point, `extract(&Doc) -> Vec<Claim>`;
//! this module prepares the shared view of the text (`Doc`: tokens, sentences, language) and
//! settles overlaps between extractors. Pure: no I/O, no knowledge of other articles.

pub mod dates;
pub mod doc;
pub mod figures;
pub mod names;

use std::collections::BTreeMap;

pub use doc::Doc;

use crate::model::{Claim, ClaimKind, Span};

/// When two extractors claim overlapping text, the more specific reading wins.
fn priority(kind: ClaimKind) -> u8 {
    match kind {
        ClaimKind::Date => 0,
        ClaimKind::Money => 1,
        ClaimKind::Percent => 2,
        ClaimKind::Ordinal => 3,
        ClaimKind::Number => 4,
        ClaimKind::Person | ClaimKind::Place | ClaimKind::Org => 5,
    }
}

/// All claims of one document, ordered by start offset, without overlaps. The three
/// extractors run side by side (rayon): a corpus of one large article uses every core too.
pub fn extract(doc: &Doc) -> Vec<Claim> {
    let (mut claims, (figures, names)) = rayon::join(
        || dates::extract(doc),
        || rayon::join(|| figures::extract(doc), || names::extract(doc)),
    );
    claims.extend(figures);
    claims.extend(names);
    settle(claims)
}

/// The order in which overlapping claims are kept: the highest priority, then the longest,
/// then the first; at a tie, the order the extractors gave them in.
fn rank(c: &Claim, index: usize) -> (u8, std::cmp::Reverse<usize>, usize, usize) {
    (
        priority(c.kind),
        std::cmp::Reverse(c.span.len()),
        c.span.start,
        index,
    )
}

/// The claims that survive their overlaps, ordered by start and end: in that rank order, a
/// claim is kept unless it overlaps one kept before it (`rank`).
///
/// Most claims overlap nothing, so the rank order is only followed within each run of
/// claims that overlap one another through a chain (a cluster, found by one pass in start
/// order): a claim's fate depends on the kept claims that overlap it, all in its cluster.
/// An empty span would overlap nothing yet sit inside a cluster's extent; extractors make
/// none, and when one does the whole list is settled in one rank order (`settle_all`).
fn settle(claims: Vec<Claim>) -> Vec<Claim> {
    if claims.iter().any(|c| c.span.is_empty()) {
        return settle_all(claims);
    }
    let mut order: Vec<usize> = (0..claims.len()).collect();
    order.sort_unstable_by_key(|&i| (claims[i].span.start, claims[i].span.end, i));
    let mut keep = vec![true; claims.len()];
    let mut from = 0;
    let mut cluster_end = 0;
    for k in 0..=order.len() {
        let next = order.get(k).map(|&i| claims[i].span);
        if let Some(s) = next
            && k > from
            && s.start < cluster_end
        {
            cluster_end = cluster_end.max(s.end);
            continue;
        }
        // `order[from..k]` is a cluster: settle it when it holds more than one claim.
        if k - from > 1 {
            let mut members = order[from..k].to_vec();
            members.sort_unstable_by_key(|&i| rank(&claims[i], i));
            let mut kept: Vec<Span> = Vec::with_capacity(members.len());
            for i in members {
                let s = claims[i].span;
                if kept.iter().any(|t| t.start < s.end && s.start < t.end) {
                    keep[i] = false;
                } else {
                    kept.push(s);
                }
            }
        }
        from = k;
        cluster_end = next.map_or(0, |s| s.end);
    }
    // The article's claims stay in memory until the corpus is aligned: the kept ones are
    // moved into a vector of their exact size.
    let mut kept = Vec::with_capacity(keep.iter().filter(|&&k| k).count());
    let mut claims: Vec<Option<Claim>> = claims.into_iter().map(Some).collect();
    kept.extend(
        order
            .into_iter()
            .filter(|&i| keep[i])
            .filter_map(|i| claims[i].take()),
    );
    kept
}

/// `settle` in one pass over the whole list in rank order.
fn settle_all(mut claims: Vec<Claim>) -> Vec<Claim> {
    // Keep the highest-priority, then longest, claim among overlapping ones.
    claims.sort_by(|a, b| {
        priority(a.kind)
            .cmp(&priority(b.kind))
            .then(b.span.len().cmp(&a.span.len()))
            .then(a.span.start.cmp(&b.span.start))
    });
    // Kept spans never overlap, so by start they are also ordered by end: a new span overlaps
    // a kept one only if it overlaps its neighbour on either side.
    let mut taken: BTreeMap<usize, usize> = BTreeMap::new();
    let mut kept: Vec<Claim> = Vec::with_capacity(claims.len());
    for c in claims {
        let before = taken.range(..c.span.end).next_back();
        if before.is_some_and(|(_, &end)| end > c.span.start) {
            continue;
        }
        taken.insert(c.span.start, c.span.end);
        kept.push(c);
    }
    kept.sort_by(|a, b| {
        a.span
            .start
            .cmp(&b.span.start)
            .then(a.span.end.cmp(&b.span.end))
    });
    kept
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Value;

    fn claim(kind: usize, start: usize, len: usize, n: usize) -> Claim {
        let span = Span::new(start, start + len);
        Claim {
            article: 0,
            kind: ClaimKind::ALL[kind % ClaimKind::ALL.len()],
            span,
            // Which claim it was, so that equal spans of one kind stay told apart.
            text: n.to_string(),
            sentence: span,
            value: Value::Number(n as f64),
            qualifier: None,
            role: None,
        }
    }

    #[test]
    fn settle_keeps_the_ranked_claim_of_each_overlap() {
        let claims = vec![
            claim(4, 10, 2, 0), // "12" of a date: the date wins
            claim(3, 5, 10, 1), // the date
            claim(0, 20, 8, 2), // a name overlapping a number: the number wins
            claim(4, 26, 4, 3),
            claim(0, 40, 3, 4), // alone
        ];
        let kept: Vec<String> = settle(claims).into_iter().map(|c| c.text).collect();
        assert_eq!(kept, ["1", "3", "4"]);
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(500))]
        /// Settling cluster by cluster keeps what one pass over the whole list in rank order
        /// keeps, ties and chains of overlaps included.
        #[test]
        fn settle_by_cluster_agrees_with_one_pass(
            spans in proptest::collection::vec((0usize..8, 0usize..60, 1usize..8), 0..40),
        ) {
            let claims: Vec<Claim> = spans
                .iter()
                .enumerate()
                .map(|(n, &(kind, start, len))| claim(kind, start, len, n))
                .collect();
            proptest::prop_assert_eq!(settle(claims.clone()), settle_all(claims));
        }
    }
}
