//! Fingerprints: a short, stable identity for a finding, for baselines and CI annotations.
//!
//! A fingerprint is the FNV-1a 64-bit hash (16 hex digits) of the rule id, the finding's
//! readings (lower-cased, whitespace collapsed, sorted) and the ids of the articles it cites
//! (sorted, deduplicated). It leaves out everything that moves when an article is edited
//! elsewhere: offsets, lines, columns, sentences, occurrence counts, the message, the subject
//! (for dates and figures, the context words it is made of) and which reading is the flagged
//! one (that flips when counts change). So a finding keeps its fingerprint when lines move,
//! paragraphs are added or other names change; it gets a new one when its readings change or
//! when an article joins or leaves the disagreement.

use crate::model::Finding;
use crate::model::Report;

use crate::knowledge::ruleset::{FNV_OFFSET, fnv1a64_from};

/// FNV-1a, 64 bits.
pub fn fnv1a64(bytes: &[u8]) -> u64 {
    fnv1a64_from(FNV_OFFSET, bytes)
}

/// A reading as fingerprinted (and as baselines compare readings and keys): lower case,
/// single spaces.
pub fn normalise(reading: &str) -> String {
    reading
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// The finding's fingerprint: 16 lowercase hex digits.
pub fn fingerprint(report: &Report, finding: &Finding) -> String {
    let mut readings: Vec<String> = finding.readings.iter().map(|r| normalise(r)).collect();
    readings.sort();
    readings.dedup();
    let mut articles: Vec<&str> = finding
        .citations
        .iter()
        .map(|c| {
            let claim = &report.corpus.claims[c.claim];
            report.corpus.articles[claim.article].id.as_str()
        })
        .collect();
    articles.sort_unstable();
    articles.dedup();
    // Fields separated by 0x1e, items by 0x1f: neither occurs in a reading or an id.
    let mut key = String::new();
    key.push_str(&finding.rule);
    key.push('\u{1e}');
    key.push_str(&readings.join("\u{1f}"));
    key.push('\u{1e}');
    key.push_str(&articles.join("\u{1f}"));
    format!("{:016x}", fnv1a64(key.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fnv1a64_reference_values() {
        assert_eq!(fnv1a64(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a64(b"a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(fnv1a64(b"foobar"), 0x8594_4171_f739_67e8);
    }

    #[test]
    fn readings_are_normalised() {
        assert_eq!(normalise("  Howard   LUTNIK "), "howard lutnik");
    }
}
