//! Turning an alignment into findings: within each entity, spellings that differ; within each
//! group of aligned dates or figures, values that cannot both be true. The rule decides the
//! severity and the wording; the reading most sources agree on is the consensus.

use std::collections::{BTreeMap, BTreeSet};

use crate::align::{Alignment, Mention};
use crate::knowledge::calendar::{days_from_civil, days_in_month};
use crate::knowledge::normalize::fold;
use crate::knowledge::ruleset::{Check, Rule, RuleSet, Thresholds};
use crate::model::Corpus;
use crate::model::{Citation, DatePoint, DateValue, Finding, Qualifier, Value};
use crate::text::{rounds_to, written_step};

pub fn evaluate(corpus: &Corpus, alignment: &Alignment, rules: &RuleSet) -> Vec<Finding> {
    // The four kinds of check on all cores, their findings then put together in this order.
    let ((mut findings, initial), (dates, figures)) = rayon::join(
        || {
            let mut names_found = Vec::new();
            names(corpus, alignment, rules, &mut names_found);
            let mut initials_found = Vec::new();
            initials(corpus, alignment, rules, &mut initials_found);
            (names_found, initials_found)
        },
        || {
            rayon::join(
                || {
                    let mut found = Vec::new();
                    facts(corpus, alignment, rules, true, &mut found);
                    found
                },
                || {
                    let mut found = Vec::new();
                    facts(corpus, alignment, rules, false, &mut found);
                    found
                },
            )
        },
    );
    findings.extend(initial);
    findings.extend(dates);
    findings.extend(figures);
    // Deterministic order: by the first cited claim, then rule.
    findings.sort_by(|a, b| {
        let key = |f: &Finding| f.citations.first().map(|c| c.claim);
        key(a)
            .cmp(&key(b))
            .then(a.rule.cmp(&b.rule))
            .then(a.message.cmp(&b.message))
    });
    findings
}

/// One way of writing something, and who writes it.
struct Reading {
    /// As displayed (the most frequent casing).
    form: String,
    articles: BTreeSet<usize>,
    /// Claim indices, in corpus order.
    claims: Vec<usize>,
}

/// A name as typography leaves it: case ignored, a capital's accent ignored (French often drops
/// it: "Égypte" / "Egypte", "Éric" / "Eric"), every apostrophe one ("N’Djamena" / "N'Djamena")
/// and hyphens and spaces left out ("Kassym-Jomart" / "Kassym Jomart", "Latter-day" / "Latter
/// Day", "Nay Pyi Taw" / "Naypyitaw"). Spellings with one typographic form are one reading,
/// never a finding.
fn typographic(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for ch in name.chars() {
        match ch {
            '\u{2019}' | '\u{2018}' | '\u{02bc}' | '`' | '\u{b4}' => out.push('\''),
            '-' | '\u{2010}' | '\u{2011}' | '\u{2013}' | ' ' | '\u{a0}' => {}
            c if c.is_uppercase() => match fold(c.encode_utf8(&mut [0; 4])).chars().next() {
                Some(base) => out.push(base),
                None => out.extend(c.to_lowercase()),
            },
            c => out.extend(c.to_lowercase()),
        }
    }
    out
}

/// Groups `(key, form, claim)` by key and orders the readings by how many sources use them,
/// then how often, then where they first appear.
fn readings(
    corpus: &Corpus,
    items: impl IntoIterator<Item = (String, String, usize)>,
) -> Vec<Reading> {
    let mut by_key: BTreeMap<String, (BTreeMap<String, usize>, Vec<usize>)> = BTreeMap::new();
    for (key, form, claim) in items {
        let e = by_key.entry(key).or_default();
        *e.0.entry(form).or_default() += 1;
        e.1.push(claim);
    }
    let mut out: Vec<Reading> = by_key
        .into_values()
        .map(|(forms, mut claims)| {
            claims.sort();
            claims.dedup();
            let form = forms
                .iter()
                .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
                .map(|(f, _)| f.clone())
                .unwrap_or_default();
            Reading {
                form,
                articles: claims.iter().map(|&c| corpus.claims[c].article).collect(),
                claims,
            }
        })
        .collect();
    out.sort_by(|a, b| {
        b.articles
            .len()
            .cmp(&a.articles.len())
            .then(b.claims.len().cmp(&a.claims.len()))
            .then(a.claims[0].cmp(&b.claims[0]))
    });
    out
}

/// The first claim of a reading in each article, with how many times it occurs there.
fn cite(corpus: &Corpus, claims: &[usize], reading: usize) -> Vec<Citation> {
    let mut out: Vec<Citation> = Vec::new();
    for &c in claims {
        let article = corpus.claims[c].article;
        match out
            .iter_mut()
            .find(|x| corpus.claims[x.claim].article == article)
        {
            Some(x) => x.occurrences += 1,
            None => out.push(Citation {
                claim: c,
                occurrences: 1,
                reading,
            }),
        }
    }
    out
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "source" } else { "sources" }
}

fn finding(
    rule: &Rule,
    subject: String,
    variant: &Reading,
    consensus: &Reading,
    corpus: &Corpus,
) -> Finding {
    house_finding(rule, subject, variant, consensus, None, corpus)
}

/// A finding; with `house`, the consensus is the house-style spelling and the rule's
/// `house_message` is used.
fn house_finding(
    rule: &Rule,
    subject: String,
    variant: &Reading,
    consensus: &Reading,
    house: Option<&str>,
    corpus: &Corpus,
) -> Finding {
    let count = consensus.articles.len();
    let message = rule.render(
        &[
            ("variant", variant.form.clone()),
            ("consensus", consensus.form.clone()),
            ("count", count.to_string()),
            ("sources", plural(count).to_string()),
            ("subject", subject.clone()),
            ("variant_count", variant.articles.len().to_string()),
            ("house", house.unwrap_or_default().to_string()),
        ],
        house.is_some(),
    );
    let mut citations = cite(corpus, &variant.claims, 0);
    citations.extend(cite(corpus, &consensus.claims, 1));
    Finding {
        rule: rule.id.clone(),
        kind: rule.kind,
        severity: rule.severity,
        subject,
        message,
        suggestion: Some(consensus.form.clone()),
        readings: vec![variant.form.clone(), consensus.form.clone()],
        citations,
        measure: None,
    }
}

fn name_text(corpus: &Corpus, claim: usize) -> &str {
    match &corpus.claims[claim].value {
        Value::Name(s) => s,
        _ => &corpus.claims[claim].text,
    }
}

/// Spelling and transliteration findings, for each entity and each compared part of its name
/// (a person's surname and full given name; a place's whole name).
fn names(corpus: &Corpus, al: &Alignment, rules: &RuleSet, out: &mut Vec<Finding>) {
    let spelling: Vec<&Rule> = rules.using(Check::NameSpelling).collect();
    let translit: Vec<&Rule> = rules.using(Check::NameTransliteration).collect();
    for entity in &al.entities {
        // The names of an alias group (Astana / Nur-Sultan) are compared each on its own.
        let mut parts: BTreeMap<Option<(usize, usize)>, Vec<&Mention>> = BTreeMap::new();
        for m in &entity.mentions {
            parts.entry(m.alias).or_default().push(m);
        }
        for mentions in parts.into_values() {
            name_part(corpus, &mentions, rules, &spelling, &translit, out);
        }
    }
}

/// Spelling findings among `mentions`: one entity, or one name of an alias group.
fn name_part(
    corpus: &Corpus,
    mentions: &[&Mention],
    rules: &RuleSet,
    spelling: &[&Rule],
    translit: &[&Rule],
    out: &mut Vec<Finding>,
) {
    let tr = &rules.translit;
    {
        // The entity's name: the longest name among the most common spellings.
        let subject = {
            let all = readings(
                corpus,
                mentions.iter().map(|m| {
                    let n = name_text(corpus, m.claim);
                    (typographic(n), n.to_string(), m.claim)
                }),
            );
            all.iter()
                .max_by(|a, b| {
                    let words = |r: &Reading| r.form.split(' ').count();
                    let full = |r: &Reading| !r.form.split(' ').any(|w| w.ends_with('.'));
                    words(a)
                        .cmp(&words(b))
                        .then(full(a).cmp(&full(b)))
                        .then(a.articles.len().cmp(&b.articles.len()))
                        .then(b.claims[0].cmp(&a.claims[0]))
                })
                .map(|r| r.form.clone())
                .unwrap_or_default()
        };
        let slots: [Vec<(String, String, usize)>; 2] = [
            mentions
                .iter()
                .map(|m| (typographic(&m.form), m.form.clone(), m.claim))
                .collect(),
            mentions
                .iter()
                .filter_map(|m| {
                    m.given
                        .as_ref()
                        .map(|g| (typographic(g), g.clone(), m.claim))
                })
                .collect(),
        ];
        for (slot_index, slot) in slots.into_iter().enumerate() {
            let mut rs = readings(corpus, slot);
            // A house-style spelling is the consensus, whether or not a source uses it.
            let house = rules
                .aliases
                .house_for(tr, rs.iter().map(|r| r.form.as_str()));
            if let Some(h) = house {
                match rs.iter().position(|r| r.form == h) {
                    Some(i) => {
                        let r = rs.remove(i);
                        rs.insert(0, r);
                    }
                    None => rs.insert(
                        0,
                        Reading {
                            form: h.to_string(),
                            articles: BTreeSet::new(),
                            claims: Vec::new(),
                        },
                    ),
                }
            }
            let Some((consensus, others)) = rs.split_first() else {
                continue;
            };
            for variant in others {
                // "Jumaane D. Williams" / "Jumaane Williams": a middle initial written or left
                // out is no misspelling (contradicting initials are `name-initial`'s business).
                if !consensus.claims.is_empty()
                    && without_initials(&variant.form) == without_initials(&consensus.form)
                {
                    continue;
                }
                // One place's names in two languages that fold to one key ("Greece" /
                // "Grèce"): a translation, not a misspelling. An accent alone ("Herat" /
                // "Hérat") stays a transliteration.
                if slot_index == 0
                    && fold(&variant.form) != fold(&consensus.form)
                    && rules.places.same_place(&variant.form, &consensus.form)
                {
                    continue;
                }
                // Given names, part by part: one name transliterated ("Qasym-Zhomart" /
                // "Kassym-Jomart", `given_names` of `rules/translit.toml`) is a transliteration,
                // and a given name that is the first part of the other ("Kasim" /
                // "Kassym-Jomart") no finding.
                let parts =
                    |f: &str| -> Vec<String> { f.split(['-', ' ']).map(str::to_string).collect() };
                let (pv, pc) = (parts(&variant.form), parts(&consensus.form));
                let part_same = |a: &String, b: &String| {
                    tr.equivalent(a) == tr.equivalent(b) || tr.same_given(a, b)
                };
                let given_slot = slot_index == 1;
                if given_slot
                    && pv.len() != pc.len()
                    && pv.iter().zip(&pc).all(|(a, b)| part_same(a, b))
                {
                    continue;
                }
                let same = tr.equivalent(&variant.form) == tr.equivalent(&consensus.form)
                    || (given_slot
                        && pv.len() == pc.len()
                        && pv.iter().zip(&pc).all(|(a, b)| part_same(a, b)));
                let rules_here = if same { translit } else { spelling };
                for rule in rules_here {
                    out.push(house_finding(
                        rule,
                        subject.clone(),
                        variant,
                        consensus,
                        house,
                        corpus,
                    ));
                }
            }
        }
    }
}

/// A name's words, lower-cased, without its initials ("D.", "J").
fn without_initials(name: &str) -> Vec<String> {
    name.split(|c: char| c.is_whitespace())
        .filter(|w| {
            let letters = w.trim_end_matches('.');
            letters.chars().count() > 1 || !letters.chars().all(char::is_alphabetic)
        })
        .map(str::to_lowercase)
        .collect()
}

fn initials(corpus: &Corpus, al: &Alignment, rules: &RuleSet, out: &mut Vec<Finding>) {
    for rule in rules.using(Check::NameInitial) {
        for group in &al.initial_conflicts {
            let rs = readings(
                corpus,
                group.iter().map(|&c| {
                    let n = name_text(corpus, c);
                    (typographic(n), n.to_string(), c)
                }),
            );
            if rs.len() < 2 {
                continue;
            }
            let subject = rs[0].form.clone();
            let mut f = finding(rule, subject, &rs[1], &rs[0], corpus);
            f.suggestion = None;
            for (k, r) in rs[2..].iter().enumerate() {
                f.citations.extend(cite(corpus, &r.claims, k + 2));
                f.readings.push(r.form.clone());
            }
            out.push(f);
        }
    }
}

// ---------------------------------------------------------------------------------------
// Dates and figures

/// A date as the inclusive range of days it covers; `None` when the year is unknown.
fn day_range(d: &DateValue) -> Option<(i64, i64)> {
    fn bounds(p: &DatePoint) -> Option<(i64, i64)> {
        let y = p.year?;
        Some(match (p.month, p.day) {
            (Some(m), Some(d)) => {
                let x = days_from_civil(y, m, d);
                (x, x)
            }
            (Some(m), None) => (
                days_from_civil(y, m, 1),
                days_from_civil(y, m, days_in_month(y, m)),
            ),
            _ => (days_from_civil(y, 1, 1), days_from_civil(y, 12, 31)),
        })
    }
    match d {
        DateValue::Point(p) => bounds(p),
        DateValue::Range(a, b) => Some((bounds(a)?.0, bounds(b)?.1)),
    }
}

/// Whether two dates can describe the same event: their days overlap (or, without years,
/// their months and days agree).
fn dates_agree(a: &DateValue, b: &DateValue) -> bool {
    match (day_range(a), day_range(b)) {
        (Some((a0, a1)), Some((b0, b1))) => a0 <= b1 && b0 <= a1,
        _ => {
            let md = |d: &DateValue| match d {
                DateValue::Point(p) | DateValue::Range(p, _) => (p.month, p.day),
            };
            let ((ma, da), (mb, db)) = (md(a), md(b));
            match (ma, mb) {
                (Some(x), Some(y)) if x != y => false,
                (Some(_), Some(_)) => !matches!((da, db), (Some(x), Some(y)) if x != y),
                _ => true,
            }
        }
    }
}

/// Whether figure `a` (qualified `qa`, written to step `sa`) and `b` (`qb`, `sb`) can describe
/// one quantity. Figures written to one precision agree only when equal ("7.2" / "7.3" is a
/// difference); a figure written to fewer digits agrees with one it rounds ("18 km" / "18.5
/// km", "1,300" / "1,293") when rounding changes it by at most `tolerance` of its value.
#[allow(clippy::too_many_arguments)]
fn figures_agree(
    a: f64,
    qa: Option<Qualifier>,
    sa: f64,
    b: f64,
    qb: Option<Qualifier>,
    sb: f64,
    t: &Thresholds,
) -> bool {
    let tol = t.tolerance.unwrap_or(0.05);
    let approx = t.approx_tolerance.unwrap_or(0.1);
    let close = |x: f64, y: f64, tol: f64| (x - y).abs() <= tol * x.abs().max(y.abs());
    // A bound holds a figure that rounds to it: "more than 2,000" and "1,998" written as
    // "2,000" would agree; "1,990" does not.
    // Rounding is at most `tolerance` of the bound: "more than 240" and "more than 200"
    // disagree, though "200" may round 240 to its hundreds.
    let bound_ok = |bound: f64, q: Option<Qualifier>, other: f64, step: f64| {
        let slack = (step / 2.0).min(tol * bound.abs());
        match q {
            Some(Qualifier::MoreThan) | Some(Qualifier::AtLeast) => other >= bound - slack,
            Some(Qualifier::LessThan) | Some(Qualifier::AtMost) => other <= bound + slack,
            _ => true,
        }
    };
    let bounded = |q: Option<Qualifier>| {
        matches!(
            q,
            Some(
                Qualifier::MoreThan | Qualifier::AtLeast | Qualifier::LessThan | Qualifier::AtMost
            )
        )
    };
    if bounded(qa) || bounded(qb) {
        return bound_ok(a, qa, b, sb) && bound_ok(b, qb, a, sa);
    }
    if qa == Some(Qualifier::Approx) || qb == Some(Qualifier::Approx) {
        return close(a, b, approx);
    }
    rounds_to(a, sa, b, sb, tol)
}

/// Whether `a` and `b` differ by a factor of about a thousand.
fn scale_error(a: f64, b: f64, t: &Thresholds) -> bool {
    let tol = t.tolerance.unwrap_or(0.02);
    if a == 0.0 || b == 0.0 {
        return false;
    }
    let r = (a / b).abs().max((b / a).abs());
    (r / 1000.0 - 1.0).abs() <= tol || (r / 1_000_000.0 - 1.0).abs() <= tol
}

/// A figure or date as compared: ISO for dates, the number with its unit for figures.
fn value_label(v: &Value) -> String {
    let num = |x: f64| {
        if x.fract() == 0.0 && x.abs() < 1e15 {
            let digits = format!("{}", x.abs() as i64);
            let mut out = String::new();
            for (i, c) in digits.chars().enumerate() {
                if i > 0 && (digits.len() - i) % 3 == 0 {
                    out.push(',');
                }
                out.push(c);
            }
            if x < 0.0 { format!("-{out}") } else { out }
        } else {
            format!("{x}")
        }
    };
    match v {
        Value::Date(Some(d)) => d.to_string(),
        Value::Date(None) => "?".into(),
        Value::Number(x) => num(*x),
        Value::Percent(x) => format!("{}%", num(*x)),
        Value::Ordinal(n) => format!("#{n}"),
        Value::Money { amount, currency } => format!("{} {currency}", num(*amount)),
        Value::Name(s) => s.clone(),
    }
}

/// Findings for aligned dates (`dates`) or figures: pairs are grouped into facts; in each, the
/// reading most sources agree on is the consensus and every claim that cannot agree with it
/// and was aligned with one of its claims is flagged.
/// The alignment's `scale` converts figures given in another unit than their quantity's base
/// ("7.5 miles" to km) before they are compared.
fn facts(corpus: &Corpus, al: &Alignment, rules: &RuleSet, dates: bool, out: &mut Vec<Finding>) {
    let none = BTreeMap::new();
    let (pairs, scale) = if dates {
        (&al.dates, &none)
    } else {
        (&al.figures, &al.scale)
    };
    let scale_of = |c: usize| scale.get(&c).map_or(1.0, |s| s.0);
    // A converted figure reads with its value in the base unit: "7.5 (12.07 km)".
    let label = |c: usize| {
        let v = &corpus.claims[c].value;
        match (scale.get(&c), v.amount()) {
            (Some((f, unit)), Some(x)) => {
                let converted = (x * f * 100.0).round() / 100.0;
                format!("{} ({converted} {unit})", value_label(v))
            }
            _ => value_label(v),
        }
    };
    if pairs.is_empty() {
        return;
    }
    let claims = &corpus.claims;
    let mismatch: Vec<&Rule> = rules
        .using(if dates {
            Check::DateMismatch
        } else {
            Check::FigureMismatch
        })
        .collect();
    let scale: Vec<&Rule> = if dates {
        Vec::new()
    } else {
        rules.using(Check::FigureScale).collect()
    };
    let t = rules.thresholds(if dates {
        Check::DateMismatch
    } else {
        Check::FigureMismatch
    });
    // A count that grows as a story unfolds (a toll): two bounds the same way ("at least 30
    // dead", "at least 48 dead") are two moments of it, both true.
    let evolving = |m: Option<&str>| {
        m.is_some_and(|k| rules.langs.iter().any(|l| l.data.measures.evolving(k)))
    };
    let same_way = |a: Option<Qualifier>, b: Option<Qualifier>| {
        let up = |q| matches!(q, Some(Qualifier::MoreThan | Qualifier::AtLeast));
        let down = |q| matches!(q, Some(Qualifier::LessThan | Qualifier::AtMost));
        (up(a) && up(b)) || (down(a) && down(b))
    };
    let agree = |a: usize, b: usize, measure: Option<&str>| -> bool {
        let (ca, cb) = (&claims[a], &claims[b]);
        if evolving(measure) && same_way(ca.qualifier, cb.qualifier) {
            return true;
        }
        match (&ca.value, &cb.value) {
            (Value::Date(Some(x)), Value::Date(Some(y))) => dates_agree(x, y),
            (x, y) => match (x.amount(), y.amount()) {
                // In the unit's base, each to the precision written.
                (Some(x), Some(y)) => figures_agree(
                    x * scale_of(a),
                    ca.qualifier,
                    written_step(&ca.text, x) * scale_of(a),
                    y * scale_of(b),
                    cb.qualifier,
                    written_step(&cb.text, y) * scale_of(b),
                    &t,
                ),
                _ => true,
            },
        }
    };
    // Facts: claims linked by aligned pairs.
    let mut members: BTreeSet<usize> = BTreeSet::new();
    for p in pairs {
        members.insert(p.a);
        members.insert(p.b);
    }
    let ids: Vec<usize> = members.into_iter().collect();
    let pos = |c: usize| ids.binary_search(&c).unwrap_or(0);
    let mut parent: Vec<usize> = (0..ids.len()).collect();
    fn root(p: &mut [usize], mut x: usize) -> usize {
        while p[x] != x {
            p[x] = p[p[x]];
            x = p[x];
        }
        x
    }
    for p in pairs {
        let (a, b) = (root(&mut parent, pos(p.a)), root(&mut parent, pos(p.b)));
        if a != b {
            parent[a.max(b)] = a.min(b);
        }
    }
    let mut groups: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for (i, &c) in ids.iter().enumerate() {
        let r = root(&mut parent, i);
        groups.entry(r).or_default().push(c);
    }
    // Each group's pairs, in the order of `pairs`, by the group's root.
    let mut pairs_of: Vec<Vec<usize>> = vec![Vec::new(); ids.len()];
    for (k, p) in pairs.iter().enumerate() {
        pairs_of[root(&mut parent, pos(p.a))].push(k);
    }
    for (r, group) in groups {
        // Readings: claims grouped by value.
        let rs = readings(
            corpus,
            group.iter().map(|&c| {
                let key = match &claims[c].value {
                    Value::Date(Some(d)) => d.to_string(),
                    v => format!(
                        "{:?}{:?}",
                        v.amount().map(|x| (x * scale_of(c)).to_bits()),
                        claims[c].qualifier
                    ),
                };
                (key, label(c), c)
            }),
        );
        let Some((consensus, others)) = rs.split_first() else {
            continue;
        };
        // The reading of each claim of the group (sorted, as `ids` is), by its place there:
        // 0 for the consensus.
        let mut reading = vec![usize::MAX; group.len()];
        for (k, r) in rs.iter().enumerate() {
            for c in &r.claims {
                if let Ok(at) = group.binary_search(c) {
                    reading[at] = k;
                }
            }
        }
        let reading_of = |c: usize| group.binary_search(&c).map_or(usize::MAX, |at| reading[at]);
        for (v, variant) in (1..).zip(others) {
            // Flag only readings that disagree with the consensus and were aligned with it
            // directly, with the subject of that pair: the first such pair of the group.
            let direct = pairs_of[r].iter().map(|&k| &pairs[k]).find(|p| {
                let (ra, rb) = (reading_of(p.a), reading_of(p.b));
                ((ra == v && rb == 0) || (rb == v && ra == 0))
                    && !agree(p.a, p.b, p.measure.as_deref())
            });
            let Some(pair) = direct else {
                continue;
            };
            let is_scale = !dates
                && match (claims[pair.a].value.amount(), claims[pair.b].value.amount()) {
                    (Some(x), Some(y)) => {
                        scale_error(x * scale_of(pair.a), y * scale_of(pair.b), &t)
                    }
                    _ => false,
                };
            let chosen = if is_scale && !scale.is_empty() {
                &scale
            } else {
                &mismatch
            };
            let subject = al.subject(corpus, pair);
            for rule in chosen {
                let mut f = finding(rule, subject.clone(), variant, consensus, corpus);
                // The message quotes the flagged text as written, beside its value.
                let written = &claims[variant.claims[0]].text;
                f.message = f.message.replacen(
                    &variant.form,
                    &format!("\"{written}\" ({})", variant.form),
                    1,
                );
                f.suggestion = Some(claims[consensus.claims[0]].text.clone());
                f.measure = pair.measure.clone();
                out.push(f);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_middle_initial_is_no_misspelling() {
        assert_eq!(
            without_initials("Jumaane D. Williams"),
            without_initials("Jumaane Williams")
        );
        assert_eq!(without_initials("W. Ross"), without_initials("U. Ross"));
        assert_ne!(
            without_initials("Howard Lutnik"),
            without_initials("Howard Lutnick")
        );
        assert_ne!(without_initials("A-B"), without_initials("A"));
    }

    #[test]
    fn compatible_precision_is_not_a_conflict() {
        let day = DateValue::Point(DatePoint::ymd(2018, 1, 16));
        let month = DateValue::Point(DatePoint {
            year: Some(2018),
            month: Some(1),
            day: None,
        });
        let other = DateValue::Point(DatePoint::ymd(2018, 1, 17));
        assert!(dates_agree(&day, &month));
        assert!(!dates_agree(&day, &other));
        // A day without its month ("on the 27th") says too little to disagree with anything.
        let day_only = DateValue::Point(DatePoint {
            year: None,
            month: None,
            day: Some(27),
        });
        assert!(dates_agree(&day_only, &day));
        assert!(dates_agree(&day, &day_only));
        let range = DateValue::Range(DatePoint::ymd(2024, 4, 18), DatePoint::ymd(2024, 4, 19));
        assert!(dates_agree(
            &range,
            &DateValue::Point(DatePoint::ymd(2024, 4, 19))
        ));
    }

    #[test]
    fn figures_with_rounding_bounds_and_scale() {
        let t = Thresholds {
            tolerance: Some(0.05),
            approx_tolerance: Some(0.1),
            ..Thresholds::default()
        };
        let agree = |a: &str, qa, b: &str, qb| {
            let num = |s: &str| -> f64 {
                let (n, scale) = match s.strip_suffix(" billion") {
                    Some(n) => (n, 1e9),
                    None => (s, 1.0),
                };
                n.replace(',', "").parse::<f64>().unwrap() * scale
            };
            let (x, y) = (num(a), num(b));
            figures_agree(x, qa, written_step(a, x), y, qb, written_step(b, y), &t)
        };
        assert!(agree("1.5 billion", None, "1.5 billion", None));
        assert!(agree("1.5 billion", None, "1.52 billion", None));
        assert!(agree(
            "1.5 billion",
            Some(Qualifier::Approx),
            "1.58 billion",
            None
        ));
        assert!(!agree("1.5 billion", None, "1.8 billion", None));
        // One precision: any difference is one.
        assert!(!agree("7.2", None, "7.3", None));
        assert!(!agree("125690", None, "125625", None));
        // Rounding, when it changes the figure by at most 5 %.
        assert!(agree("18", None, "18.5", None));
        assert!(agree("1,300", None, "1,293", None));
        assert!(!agree("7", None, "6.8", None));
        assert!(!agree("10", None, "12", None));
        assert!(agree("2,000", Some(Qualifier::MoreThan), "2,012", None));
        assert!(!agree("2,000", Some(Qualifier::MoreThan), "1,500", None));
        assert!(!agree("2,000", Some(Qualifier::MoreThan), "1,990", None));
        assert!(!agree(
            "200",
            Some(Qualifier::MoreThan),
            "240",
            Some(Qualifier::MoreThan)
        ));
        assert!(scale_error(1.5e6, 1.5e9, &t));
        assert!(!scale_error(1.5e6, 1.6e6, &t));
    }

    #[test]
    fn typography_is_not_spelling() {
        assert_eq!(typographic("Égypte"), typographic("Egypte"));
        assert_eq!(typographic("N’Djamena"), typographic("N'Djamena"));
        assert_eq!(typographic("Kassym-Jomart"), typographic("Kassym Jomart"));
        assert_eq!(typographic("Nay Pyi Taw"), typographic("Naypyitaw"));
        // An accent inside the word is a transliteration, still reported as one.
        assert_ne!(typographic("Hérat"), typographic("Herat"));
        assert_ne!(typographic("Tokaïev"), typographic("Tokayev"));
    }

    #[test]
    fn the_step_of_the_last_written_digit() {
        assert_eq!(written_step("7.2", 7.2), 0.1);
        assert_eq!(written_step("54,28%", 54.28), 0.01);
        assert_eq!(written_step("1 605 086", 1_605_086.0), 1.0);
        assert_eq!(written_step("1.605.223", 1_605_223.0), 1.0);
        assert_eq!(written_step("2,400", 2400.0), 100.0);
        assert_eq!(written_step("1,5 milliard", 1.5e9), 1e8);
        assert_eq!(written_step("$3.25bn", 3.25e9), 1e7);
        assert_eq!(written_step("quarante-huit", 48.0), 1.0);
        assert_eq!(written_step("0", 0.0), 1.0);
        assert_eq!(written_step("four and a half", 4.5), 0.5);
        assert_eq!(written_step("2 1/2", 2.5), 0.5);
    }
}
