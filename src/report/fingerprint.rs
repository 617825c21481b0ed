//! A stable identity for a finding, shared by the SARIF `partialFingerprints` and the baseline
//! of known findings: the same disagreement gets the same fingerprint from one run to the
//! next, even when the articles are edited elsewhere (it is computed from the rule, the
//! normalised values compared and the articles they come from, never from offsets or lines).
//! A source that joins or leaves the finding (a new article with one of the readings, an
//! article fixed) changes it: that is a different disagreement.

use crate::Report;
use crate::model::Finding;
use crate::report::json::claim_value;

/// 64-bit FNV-1a: small, deterministic on every platform and every run.
pub fn fnv1a64(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

/// Lowercase, whitespace collapsed: "Howard  Lutnick" and "howard lutnick" are one value.
fn normalise(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// The fingerprint of `finding` in `report`: 16 hex digits over the rule id and the sorted,
/// de-duplicated (article id, normalised value) pairs of the claims it cites.
pub fn fingerprint(report: &Report, finding: &Finding) -> String {
    let corpus = &report.corpus;
    let mut parts: Vec<String> = finding
        .citations
        .iter()
        .filter_map(|c| corpus.claims.get(c.claim))
        .map(|claim| {
            let article = corpus
                .articles
                .get(claim.article)
                .map_or("", |a| a.id.as_str());
            let value = match claim_value(&claim.value) {
                serde_json::Value::String(s) => s,
                v => v.to_string(),
            };
            format!("{article}\u{1f}{}", normalise(&value))
        })
        .collect();
    parts.sort();
    parts.dedup();
    let mut key = finding.rule.clone();
    for p in &parts {
        key.push('\u{1e}');
        key.push_str(p);
    }
    format!("{:016x}", fnv1a64(key.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fnv1a64_known_values() {
        assert_eq!(fnv1a64(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a64(b"a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(fnv1a64(b"foobar"), 0x8594_4171_f739_67e8);
    }

    #[test]
    fn normalise_ignores_case_and_spacing() {
        assert_eq!(normalise(" Howard \n Lutnick "), "howard lutnick");
    }
}
