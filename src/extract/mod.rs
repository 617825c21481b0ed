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

use crate::model::{Claim, ClaimKind};

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
