//! Draft mode: an editor checks a draft against the sources it was written from.
//!
//! The whole corpus (drafts and sources) is checked as usual; then only the findings that
//! involve a draft are kept, and each is reworded from the draft's side: the reading the draft
//! gives first, then the reading most *sources* give and how many of them give it. A finding
//! among sources alone says nothing about the draft and is dropped; so is a finding where the
//! draft agrees with a clear majority of the sources (a source's slip is not the draft's
//! problem). When the sources are split (a tie, or no reading written by more than half of
//! them) and the draft takes one side, the finding says so: the draft chose without knowing.

use std::collections::{BTreeMap, BTreeSet};

use crate::model::Report;
use crate::model::{Citation, Finding, FindingKind};

/// Marks the `drafts` (article indices) in `report`, keeps the findings that involve one of
/// them and rewrites those from the draft's side. Findings stay in their deterministic order.
pub fn focus(report: &mut Report, drafts: BTreeSet<usize>) {
    report.drafts = drafts.clone();
    let findings = std::mem::take(&mut report.findings);
    report.findings = findings
        .into_iter()
        .filter_map(|f| refocus(report, f, &drafts, "in the draft"))
        .collect();
}

/// How `focus_on` names the articles it speaks for: `in 005_new`, `in a, b and c`, `in 4
/// changed articles`.
pub fn side_of(report: &Report, articles: &BTreeSet<usize>) -> String {
    let ids: Vec<&str> = articles
        .iter()
        .map(|&a| report.corpus.articles[a].id.as_str())
        .collect();
    match ids.as_slice() {
        [one] => format!("in {one}"),
        [a, b] => format!("in {a} and {b}"),
        [a, b, c] => format!("in {a}, {b} and {c}"),
        _ => format!("in {} changed articles", ids.len()),
    }
}

/// `focus` for a change rather than drafts: the findings that cite a claim (by index) that
/// `touched` accepts (a claim on a line a change added or edited), each from the side of the
/// articles of those claims, the others dropped; `report.drafts` is left as it is. A finding where those
/// articles agree with a clear majority of the others is dropped too: not theirs to fix.
pub fn focus_on(report: &mut Report, touched: impl Fn(usize) -> bool) {
    let findings = std::mem::take(&mut report.findings);
    report.findings = findings
        .into_iter()
        .filter_map(|f| {
            let mine: BTreeSet<usize> = f
                .citations
                .iter()
                .filter(|c| touched(c.claim))
                .map(|c| report.corpus.claims[c.claim].article)
                .collect();
            if mine.is_empty() {
                return None;
            }
            let side = side_of(report, &mine);
            refocus(report, f, &mine, &side)
        })
        .collect();
}

/// One finding from the side of `drafts`, which `side` names ("in the draft"), or None when
/// it is not theirs to fix.
pub fn refocus(
    report: &Report,
    mut f: Finding,
    drafts: &BTreeSet<usize>,
    side: &str,
) -> Option<Finding> {
    let article = |c: &Citation| report.corpus.claims[c.claim].article;
    // The articles behind each reading, split into drafts and sources.
    let mut in_drafts: BTreeMap<usize, BTreeSet<usize>> = BTreeMap::new();
    let mut in_sources: BTreeMap<usize, BTreeSet<usize>> = BTreeMap::new();
    for c in &f.citations {
        let a = article(c);
        let side = if drafts.contains(&a) {
            &mut in_drafts
        } else {
            &mut in_sources
        };
        side.entry(c.reading).or_default().insert(a);
    }
    // The draft's reading: the one the most drafts give (the first on a tie).
    let draft_reading = *in_drafts
        .iter()
        .max_by(|a, b| a.1.len().cmp(&b.1.len()).then(b.0.cmp(a.0)))?
        .0;
    let sources_of = |r: usize| in_sources.get(&r).map_or(0, |s| s.len());
    // What the sources say: their most common reading other than the draft's.
    let best = in_sources
        .iter()
        .filter(|(r, _)| **r != draft_reading)
        .max_by(|a, b| a.1.len().cmp(&b.1.len()).then(b.0.cmp(a.0)))
        .map(|(r, s)| (*r, s.len()));
    // The sources that give any reading of this finding.
    let sources: BTreeSet<usize> = in_sources.values().flatten().copied().collect();
    let mut contested = false;
    let consensus = match best {
        // The draft gives two readings itself and no source settles it: its own
        // inconsistency is worth reporting as it stands.
        None if in_drafts.len() > 1 => return Some(f),
        None => return None,
        Some((r, n)) if n <= sources_of(draft_reading) => {
            // A clear majority of the sources writes what the draft writes: not the draft's
            // error. A tie, or no majority, is: the draft took a side without knowing it.
            if 2 * sources_of(draft_reading) > sources.len() {
                return None;
            }
            contested = true;
            r
        }
        Some((r, _)) => r,
    };
    let count = sources_of(consensus);
    // Readings renumbered: the draft's first, the sources' consensus second, others after.
    let order: Vec<usize> = [draft_reading, consensus]
        .into_iter()
        .chain((0..f.readings.len()).filter(|r| *r != draft_reading && *r != consensus))
        .collect();
    let renumber = |r: usize| order.iter().position(|&o| o == r).unwrap_or(r);
    let readings: Vec<String> = order
        .iter()
        .filter_map(|&r| f.readings.get(r).cloned())
        .collect();
    for c in &mut f.citations {
        c.reading = renumber(c.reading);
    }
    // The drafts' claims lead their reading: formats that anchor a finding on its first
    // citation anchor it there.
    f.citations
        .sort_by_key(|c| (c.reading, !drafts.contains(&article(c)), c.claim));
    let agreed = readings.get(1).cloned().unwrap_or_default();
    let plural = if count == 1 { "source" } else { "sources" };
    let quote = |r: &str| {
        if f.kind == FindingKind::Spelling {
            format!("\"{r}\"")
        } else {
            r.to_string()
        }
    };
    // The draft's words as written, beside their value for a date or figure.
    let written = f
        .citations
        .iter()
        .find(|c| c.reading == 0 && drafts.contains(&article(c)))
        .map(|c| report.corpus.claims[c.claim].text.clone())
        .unwrap_or_default();
    let draft_side = if f.kind == FindingKind::Spelling || written == readings[0] {
        quote(&readings[0])
    } else {
        format!("\"{written}\" ({})", readings[0])
    };
    f.message = if contested {
        // Every reading the sources give, most sources first, the draft's last among equals.
        let mut split: Vec<(usize, usize)> = (0..readings.len())
            .map(|r| (r, sources_of(order[r])))
            .filter(|&(_, n)| n > 0)
            .collect();
        split.sort_by_key(|&(r, n)| (std::cmp::Reverse(n), r == 0, r));
        let parts: Vec<String> = split
            .iter()
            .enumerate()
            .map(|(i, &(r, n))| {
                let who = match (i, n) {
                    (0, 1) => "1 source writes".to_string(),
                    (0, n) => format!("{n} sources write"),
                    (_, 1) => "1 writes".to_string(),
                    (_, n) => format!("{n} write"),
                };
                format!("{who} {}", quote(&readings[r]))
            })
            .collect();
        format!(
            "{draft_side} {side} — sources are split: {}",
            parts.join(", ")
        )
    } else {
        format!(
            "{draft_side} {side} — {count} {plural} write {}",
            quote(&agreed)
        )
    };
    if f.kind != FindingKind::Spelling && !f.subject.is_empty() {
        f.message.push_str(&format!(" ({})", f.subject));
    }
    // What to write instead: the sources' words for a date or figure, the spelling for a name.
    let source_text = f
        .citations
        .iter()
        .find(|c| c.reading == 1 && !drafts.contains(&article(c)))
        .map(|c| report.corpus.claims[c.claim].text.clone());
    // With the sources split, no reading is the one to write: the editor checks.
    f.suggestion = (!contested).then(|| match source_text {
        Some(t) if f.kind != FindingKind::Spelling => t,
        _ => agreed,
    });
    f.readings = readings;
    Some(f)
}
