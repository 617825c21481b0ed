//! Perturbation clusters: recall per edit class, silence on benign rewrites.
//!
//! Each base article (real English news under `tests/fixtures/perturb/en/`, French under
//! `tests/fixtures/perturb/fr/` and the seeds) is turned into clusters of three sources: the
//! article, an identical copy (two outlets running the same wire copy) and a third copy with
//! one edit a hurried writer makes — a letter dropped in a name, a day changed, an amount
//! changed by a fifth, million written for billion — or a rewrite that changes nothing a reader
//! would call a fact ("Donald Trump" → "D. Trump", "16 janvier 2018" → "16/01/2018"). The edit
//! targets are chosen from what the extractor finds in the base article, the same way for every
//! article, so a new base article adds cases without new code.
//!
//! An edit is caught when a finding of the expected rule cites the edited text in the third
//! copy and a claim of one of the untouched copies. A benign rewrite must add no finding to
//! what the three untouched copies already give.
//!
//! The table of figures is a snapshot: a change in recall is reviewed like any other output.

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::path::Path;

use crosscheck::knowledge::ruleset::RuleSet;
use crosscheck::load::{LangChoice, parse_article};
use crosscheck::model::{Claim, ClaimKind, DateValue, Finding, Span, Value};
use crosscheck::report::text::{Palette, render_report};
use crosscheck::{Report, check, extract_corpus};

/// How many targets of one class are taken from one base article.
const PER_ARTICLE: usize = 3;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Class {
    NameDrop,
    NameDouble,
    NameSwap,
    NameTranslit,
    NameInitial,
    DateDay,
    DateMonth,
    DateYear,
    Amount,
    Scale,
    Percent,
    // Benign rewrites.
    SurnameOnly,
    GivenInitial,
    NumericDate,
    ScaleRewrite,
    PercentSpacing,
    NumberWords,
}

const CLASSES: [Class; 17] = [
    Class::NameDrop,
    Class::NameDouble,
    Class::NameSwap,
    Class::NameTranslit,
    Class::NameInitial,
    Class::DateDay,
    Class::DateMonth,
    Class::DateYear,
    Class::Amount,
    Class::Scale,
    Class::Percent,
    Class::SurnameOnly,
    Class::GivenInitial,
    Class::NumericDate,
    Class::ScaleRewrite,
    Class::PercentSpacing,
    Class::NumberWords,
];

impl Class {
    fn label(self) -> &'static str {
        match self {
            Class::NameDrop => "name: letter dropped",
            Class::NameDouble => "name: letter doubled",
            Class::NameSwap => "name: letters swapped",
            Class::NameTranslit => "name: transliteration",
            Class::NameInitial => "name: wrong initial",
            Class::DateDay => "date: day changed",
            Class::DateMonth => "date: month changed",
            Class::DateYear => "date: year changed",
            Class::Amount => "figure: amount changed",
            Class::Scale => "figure: million/billion",
            Class::Percent => "figure: percentage changed",
            Class::SurnameOnly => "benign: surname alone",
            Class::GivenInitial => "benign: given name as initial",
            Class::NumericDate => "benign: date in figures",
            Class::ScaleRewrite => "benign: scale rewritten",
            Class::PercentSpacing => "benign: percent spelled",
            Class::NumberWords => "benign: number in words",
        }
    }

    /// The rule expected to catch the edit; `None` for a benign rewrite.
    fn rule(self) -> Option<&'static str> {
        Some(match self {
            Class::NameDrop | Class::NameDouble | Class::NameSwap => "name-spelling",
            Class::NameTranslit => "name-transliteration",
            Class::NameInitial => "name-initial",
            Class::DateDay | Class::DateMonth | Class::DateYear => "date-mismatch",
            Class::Amount | Class::Percent => "figure-mismatch",
            Class::Scale => "figure-scale",
            _ => return None,
        })
    }
}

struct Base {
    /// `en/6_5ecbplus`, `fr/seisme`, `seeds/000_…`.
    name: String,
    lang: &'static str,
    markdown: bool,
    text: String,
}

/// One edited copy: replacements in the base text, sorted and disjoint.
struct Variant {
    class: Class,
    base: usize,
    edits: Vec<(Span, String)>,
    /// What was changed, for the failure list: "Lutnick → Lutnik".
    what: String,
}

fn bases() -> Vec<Base> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut out = Vec::new();
    for (dir, lang, prefix) in [
        ("tests/fixtures/perturb/en", "en", "en"),
        ("tests/fixtures/perturb/fr", "fr", "fr"),
        ("seeds", "fr", "seeds"),
    ] {
        let mut files: Vec<_> = std::fs::read_dir(root.join(dir))
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| matches!(p.extension().and_then(|e| e.to_str()), Some("md" | "txt")))
            .collect();
        files.sort();
        for p in files {
            let stem = p.file_stem().unwrap().to_string_lossy().into_owned();
            out.push(Base {
                name: format!("{prefix}/{stem}"),
                lang,
                markdown: p.extension().is_some_and(|e| e == "md"),
                text: std::fs::read_to_string(&p).unwrap(),
            });
        }
    }
    out
}

fn article(rules: &RuleSet, base: &Base, suffix: &str, text: String) -> crosscheck::model::Article {
    let path = format!(
        "{}{suffix}.{}",
        base.name,
        if base.markdown { "md" } else { "txt" }
    );
    let stem = path.rsplit('/').next().unwrap().to_string();
    let stem = stem.rsplit_once('.').unwrap().0.to_string();
    parse_article(
        &path,
        &stem,
        text.into_bytes(),
        base.markdown,
        &rules.langs,
        &LangChoice::Fixed(base.lang.to_string()),
    )
    .unwrap()
}

fn run(rules: &RuleSet, base: &Base, third: Option<(&str, String)>) -> Report {
    let mut articles = vec![
        article(rules, base, "", base.text.clone()),
        article(rules, base, "~copy", base.text.clone()),
    ];
    match third {
        Some((suffix, text)) => articles.push(article(rules, base, suffix, text)),
        None => articles.push(article(rules, base, "~copy2", base.text.clone())),
    }
    let corpus = extract_corpus(articles, &rules.langs, &rules.places).unwrap();
    check(corpus, rules)
}

fn base_claims(rules: &RuleSet, base: &Base) -> Vec<Claim> {
    let a = article(rules, base, "", base.text.clone());
    extract_corpus(vec![a], &rules.langs, &rules.places)
        .unwrap()
        .claims
}

// ---------------------------------------------------------------------------------------
// Choosing targets and making edits

/// The line a byte offset stands on, 0-based, counted from the start of the body.
fn body_line(text: &str, offset: usize) -> usize {
    let body_start = if let Some(rest) = text.strip_prefix("---\n") {
        rest.find("\n---\n").map_or(0, |i| i + 4 + 5)
    } else {
        0
    };
    text[body_start.min(offset)..offset]
        .bytes()
        .filter(|&b| b == b'\n')
        .count()
}

/// Claims in the headline, the dateline or a time stamp ("Posted: Apr 02, 2009") are left
/// alone: they differ between outlets and date the copy, not the story.
fn in_body(text: &str, c: &Claim) -> bool {
    let line_start = text[..c.span.start].rfind('\n').map_or(0, |i| i + 1);
    let line_end = text[c.span.start..]
        .find('\n')
        .map_or(text.len(), |i| c.span.start + i);
    let words = text[line_start..line_end].split_whitespace().count();
    body_line(text, c.span.start) >= 2 && words > 12
}

fn words_at(text: &str, word: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(i) = text[from..].find(word) {
        let start = from + i;
        let end = start + word.len();
        let before = text[..start].chars().next_back();
        let after = text[end..].chars().next();
        if !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric) {
            out.push(Span { start, end });
        }
        from = end;
    }
    out
}

/// People's names written "Given Surname", each surname once, in order of first mention.
fn people(text: &str, claims: &[Claim], min_len: usize) -> Vec<(String, String)> {
    let mut seen = BTreeSet::new();
    let mut out = Vec::new();
    for c in claims {
        if c.kind != ClaimKind::Person || !in_body(text, c) {
            continue;
        }
        let words: Vec<&str> = c.text.split_whitespace().collect();
        if words.len() != 2 {
            continue;
        }
        let (given, surname) = (words[0], words[1]);
        let ok = |w: &str| {
            w.chars().all(char::is_alphabetic)
                && w.chars().next().is_some_and(char::is_uppercase)
                && w.chars().skip(1).all(char::is_lowercase)
        };
        if !ok(given) || !ok(surname) || surname.chars().count() < min_len || given.len() < 3 {
            continue;
        }
        if seen.insert(surname.to_string()) {
            out.push((given.to_string(), surname.to_string()));
        }
    }
    out
}

fn replace_all(text: &str, word: &str, with: &str) -> Vec<(Span, String)> {
    words_at(text, word)
        .into_iter()
        .map(|s| (s, with.to_string()))
        .collect()
}

fn respell(class: Class, surname: &str) -> Option<String> {
    let chars: Vec<char> = surname.chars().collect();
    let n = chars.len();
    let mid = n / 2;
    let mut out = chars.clone();
    match class {
        Class::NameDrop => {
            out.remove(mid);
        }
        Class::NameDouble => out.insert(mid, chars[mid]),
        Class::NameSwap => {
            let i = (1..n - 1).find(|&i| i >= mid.saturating_sub(1) && chars[i] != chars[i + 1])?;
            out.swap(i, i + 1);
        }
        Class::NameTranslit => {
            let s = surname;
            for (from, to) in [
                ("yev", "ev"),
                ("iev", "yev"),
                ("ay", "aï"),
                ("ai", "ay"),
                ("ou", "u"),
                ("zh", "j"),
                ("kh", "h"),
            ] {
                if let Some(i) = s[1..].find(from) {
                    let i = i + 1;
                    return Some(format!("{}{to}{}", &s[..i], &s[i + from.len()..]));
                }
            }
            // Otherwise an accent on a vowel: the same letters for a reader of the language.
            let i = (1..n).find(|&i| chars[i] == 'e' || chars[i] == 'o')?;
            out[i] = if chars[i] == 'e' { 'é' } else { 'ö' };
        }
        _ => return None,
    }
    Some(out.into_iter().collect())
}

fn name_variants(class: Class, base: usize, b: &Base, claims: &[Claim]) -> Vec<Variant> {
    let min_len = if class == Class::NameSwap { 5 } else { 4 };
    let mut out = Vec::new();
    for (given, surname) in people(&b.text, claims, min_len) {
        if out.len() == PER_ARTICLE {
            break;
        }
        let full = format!("{given} {surname}");
        let (edits, what) = match class {
            Class::NameDrop | Class::NameDouble | Class::NameSwap | Class::NameTranslit => {
                let Some(new) = respell(class, &surname) else {
                    continue;
                };
                (
                    replace_all(&b.text, &surname, &new),
                    format!("{surname} → {new}"),
                )
            }
            Class::NameInitial => {
                let first = given.chars().next().unwrap();
                let wrong = if first == 'Z' {
                    'Y'
                } else {
                    char::from_u32(first as u32 + 1).unwrap()
                };
                let new = format!("{wrong}. {surname}");
                (replace_all(&b.text, &full, &new), format!("{full} → {new}"))
            }
            Class::SurnameOnly | Class::GivenInitial => {
                let Some(&first) = words_at(&b.text, &full).first() else {
                    continue;
                };
                let new = if class == Class::SurnameOnly {
                    surname.clone()
                } else {
                    format!("{}. {surname}", given.chars().next().unwrap())
                };
                (vec![(first, new.clone())], format!("{full} → {new}"))
            }
            _ => unreachable!(),
        };
        if edits.is_empty() {
            continue;
        }
        out.push(Variant {
            class,
            base,
            edits,
            what,
        });
    }
    out
}

const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const MONTHS_FR: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];

/// Runs of ASCII digits in `s`, as byte ranges.
fn digit_runs(s: &str) -> Vec<(usize, usize)> {
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if b[i].is_ascii_digit() {
            let j = (i..b.len())
                .find(|&j| !b[j].is_ascii_digit())
                .unwrap_or(b.len());
            out.push((i, j));
            i = j;
        } else {
            i += 1;
        }
    }
    out
}

fn full_day(c: &Claim) -> Option<(Option<i32>, u32, u32)> {
    let Value::Date(Some(DateValue::Point(p))) = &c.value else {
        return None;
    };
    let s = p.to_string();
    let parts: Vec<&str> = s.split('-').collect();
    if parts.len() != 3 {
        return None;
    }
    Some((
        parts[0].parse().ok(),
        parts[1].parse().ok()?,
        parts[2].parse().ok()?,
    ))
}

fn date_variants(class: Class, base: usize, b: &Base, claims: &[Claim]) -> Vec<Variant> {
    let months = if b.lang == "fr" { MONTHS_FR } else { MONTHS_EN };
    let mut out = Vec::new();
    let mut seen = BTreeSet::new();
    for c in claims {
        if out.len() == PER_ARTICLE {
            break;
        }
        if c.kind != ClaimKind::Date || !in_body(&b.text, c) {
            continue;
        }
        let Some((year, month, day)) = full_day(c) else {
            continue;
        };
        if !seen.insert(c.text.clone()) {
            continue;
        }
        let t = &c.text;
        let runs = digit_runs(t);
        let month_word = months.iter().position(|m| {
            t.to_lowercase()
                .split(|ch: char| !ch.is_alphabetic())
                .any(|w| w == m.to_lowercase())
        });
        let new = match class {
            Class::DateDay => runs
                .iter()
                .find(|&&(s, e)| t[s..e].parse::<u32>() == Ok(day) && e - s <= 2)
                .map(|&(s, e)| {
                    let d = if day >= 28 { day - 3 } else { day + 2 };
                    let w = e - s;
                    format!("{}{d:0w$}{}", &t[..s], &t[e..])
                }),
            Class::DateMonth => month_word.map(|m| {
                let from = months[m];
                let to = months[(m + 1) % 12];
                let i = t.to_lowercase().find(&from.to_lowercase()).unwrap();
                let to = if t[i..].starts_with(char::is_uppercase) {
                    let mut c = to.chars();
                    let f = c.next().unwrap().to_uppercase().collect::<String>();
                    f + c.as_str()
                } else {
                    to.to_string()
                };
                format!("{}{to}{}", &t[..i], &t[i + from.len()..])
            }),
            Class::DateYear => year.and_then(|y| {
                runs.iter()
                    .find(|&&(s, e)| t[s..e].parse::<i32>() == Ok(y))
                    .map(|&(s, e)| format!("{}{}{}", &t[..s], y - 1, &t[e..]))
            }),
            Class::NumericDate => {
                let Some(y) = year.filter(|_| month_word.is_some()) else {
                    continue;
                };
                let starts_ok = t.starts_with(|ch: char| ch.is_ascii_digit())
                    || months
                        .iter()
                        .any(|m| t.to_lowercase().starts_with(&m.to_lowercase()));
                if !starts_ok {
                    continue;
                }
                Some(if b.lang == "fr" {
                    format!("{day:02}/{month:02}/{y}")
                } else {
                    format!("{month:02}/{day:02}/{y}")
                })
            }
            _ => unreachable!(),
        };
        out.extend(rewrite(class, base, c, new));
    }
    out
}

/// The amount changed by about a fifth, written with the same digits and separators.
fn change_amount(t: &str) -> Option<String> {
    let runs = digit_runs(t);
    let (&(s0, _), &(_, e1)) = (runs.first()?, runs.last()?);
    // The number: digit runs joined by single separators (",", ".", " ", no-break spaces).
    let number = &t[s0..e1];
    let digits: String = number.chars().filter(char::is_ascii_digit).collect();
    if digits.len() > 15 {
        return None;
    }
    let v: u64 = digits.parse().ok()?;
    if v < 2 {
        return None;
    }
    for f in [1.2, 0.8, 1.3, 0.75, 1.1, 0.9] {
        let w = (v as f64 * f).round() as u64;
        let wd = w.to_string();
        if wd.len() != digits.len() || w == v {
            continue;
        }
        let mut it = wd.chars();
        let rewritten: String = number
            .chars()
            .map(|ch| {
                if ch.is_ascii_digit() {
                    it.next().unwrap()
                } else {
                    ch
                }
            })
            .collect();
        return Some(format!("{}{rewritten}{}", &t[..s0], &t[e1..]));
    }
    None
}

const SCALES: [(&str, &str); 6] = [
    ("milliards", "millions"),
    ("milliard", "million"),
    ("millions", "milliards"),
    ("billion", "million"),
    ("million", "billion"),
    ("bn", "m"),
];

fn figure_variants(class: Class, base: usize, b: &Base, claims: &[Claim]) -> Vec<Variant> {
    let mut out = Vec::new();
    let mut seen = BTreeSet::new();
    for c in claims {
        if out.len() == PER_ARTICLE {
            break;
        }
        // "07 percent" is a piece of "0. 07 percent", a number broken by a stray space.
        let fragment =
            c.text.starts_with('0') && c.text[1..].starts_with(|ch: char| ch.is_ascii_digit());
        if !in_body(&b.text, c) || fragment || !seen.insert(c.text.clone()) {
            continue;
        }
        let t = &c.text;
        let fr = b.lang == "fr";
        let new = match (class, &c.value) {
            (Class::Amount, Value::Money { .. }) => change_amount(t),
            (Class::Amount, Value::Number(v)) => {
                // A count of something, not a year or a code.
                let counted = b.text[c.span.end..]
                    .trim_start()
                    .starts_with(|ch: char| ch.is_lowercase());
                let year_like = (1900.0..=2100.0).contains(v);
                if *v < 10.0
                    || year_like
                    || !counted
                    || !t.starts_with(|ch: char| ch.is_ascii_digit())
                {
                    continue;
                }
                change_amount(t)
            }
            (Class::Percent, Value::Percent(_)) => change_amount(t),
            (Class::Scale, Value::Money { .. } | Value::Number(_)) => {
                SCALES.iter().find_map(|(from, to)| {
                    let words: Vec<&str> = t.split(|ch: char| !ch.is_alphanumeric()).collect();
                    if !words.contains(from) {
                        return None;
                    }
                    let i = words_at(t, from).first()?.start;
                    let to = if fr && *from == "million" && t.contains(',') {
                        "milliard"
                    } else {
                        to
                    };
                    Some(format!("{}{to}{}", &t[..i], &t[i + from.len()..]))
                })
            }
            (Class::ScaleRewrite, Value::Money { .. } | Value::Number(_)) => {
                let (big, small) = if fr {
                    (["milliards", "milliard"], "millions")
                } else {
                    (["billion", "billion"], "million")
                };
                let Some(i) = big
                    .iter()
                    .find_map(|w| words_at(t, w).first().map(|s| s.start))
                else {
                    continue;
                };
                let runs = digit_runs(&t[..i]);
                let (Some(&(s0, _)), Some(&(_, e1))) = (runs.first(), runs.last()) else {
                    continue;
                };
                let num = &t[s0..e1];
                let dec = if fr { ',' } else { '.' };
                let v: f64 = num.replace(dec, ".").parse().ok().unwrap_or(f64::NAN);
                if !v.is_finite() || num.contains([' ', '\u{a0}', '\u{202f}']) {
                    continue;
                }
                let m = (v * 1000.0).round() as u64;
                let digits = m.to_string();
                let sep = if fr { " " } else { "," };
                let mut grouped = String::new();
                for (k, ch) in digits.chars().enumerate() {
                    if k > 0 && (digits.len() - k).is_multiple_of(3) {
                        grouped.push_str(sep);
                    }
                    grouped.push(ch);
                }
                let after_word = &t[i..];
                let word_end = after_word
                    .find(|ch: char| !ch.is_alphabetic())
                    .unwrap_or(after_word.len());
                Some(format!(
                    "{}{grouped}{}{small}{}",
                    &t[..s0],
                    &t[e1..i],
                    &after_word[word_end..]
                ))
            }
            (Class::PercentSpacing, Value::Percent(_)) => {
                if let Some(p) = t.strip_suffix(" %").or(t.strip_suffix("\u{a0}%")) {
                    Some(format!("{p}%"))
                } else if let Some(p) = t.strip_suffix('%') {
                    Some(if fr {
                        format!("{p} %")
                    } else {
                        format!("{p} percent")
                    })
                } else {
                    t.strip_suffix(" percent").map(|p| format!("{p}%"))
                }
            }
            (Class::NumberWords, Value::Money { .. } | Value::Number(_)) => {
                let words_fr = [
                    "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf",
                ];
                let words_en = [
                    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                ];
                let words = if fr { words_fr } else { words_en };
                let scale_after = |rest: &str| {
                    let w = rest.trim_start();
                    ["million", "milliard", "billion", "mille", "thousand"]
                        .iter()
                        .any(|s| w.starts_with(s))
                };
                let runs = digit_runs(t);
                if let [(s, e)] = runs[..]
                    && e - s == 1
                    && s == 0
                    && scale_after(&t[e..])
                {
                    let d: usize = t[s..e].parse().unwrap();
                    if d == 0 {
                        continue;
                    }
                    Some(format!("{}{}", words[d - 1], &t[e..]))
                } else if let Some(d) = words.iter().position(|w| t.eq_ignore_ascii_case(w)) {
                    let counted = b.text[c.span.end..]
                        .trim_start()
                        .starts_with(|ch: char| ch.is_lowercase());
                    if !counted {
                        continue;
                    }
                    Some((d + 1).to_string())
                } else {
                    None
                }
            }
            _ => continue,
        };
        out.extend(rewrite(class, base, c, new));
    }
    out
}

/// The claim's text replaced by `new`, unless that changes nothing.
fn rewrite(class: Class, base: usize, c: &Claim, new: Option<String>) -> Option<Variant> {
    let new = new.filter(|n| *n != c.text)?;
    Some(Variant {
        class,
        base,
        edits: vec![(c.span, new.clone())],
        what: format!("{} → {new}", c.text),
    })
}

fn variants(class: Class, base: usize, b: &Base, claims: &[Claim]) -> Vec<Variant> {
    match class {
        Class::NameDrop
        | Class::NameDouble
        | Class::NameSwap
        | Class::NameTranslit
        | Class::NameInitial
        | Class::SurnameOnly
        | Class::GivenInitial => name_variants(class, base, b, claims),
        Class::DateDay | Class::DateMonth | Class::DateYear | Class::NumericDate => {
            date_variants(class, base, b, claims)
        }
        _ => figure_variants(class, base, b, claims),
    }
}

/// The edited text and the spans of the replacements in it.
fn apply(text: &str, edits: &[(Span, String)]) -> (String, Vec<Span>) {
    let mut out = String::with_capacity(text.len());
    let mut spans = Vec::new();
    let mut at = 0;
    for (s, new) in edits {
        out.push_str(&text[at..s.start]);
        let start = out.len();
        out.push_str(new);
        spans.push(Span {
            start,
            end: out.len(),
        });
        at = s.end;
    }
    out.push_str(&text[at..]);
    (out, spans)
}

fn key(f: &Finding) -> (String, String, Vec<String>) {
    (f.rule.clone(), f.subject.clone(), f.readings.clone())
}

struct Outcome {
    class: Class,
    lang: &'static str,
    ok: bool,
    line: String,
    report: String,
}

fn evaluate(rules: &RuleSet, bases: &[Base], baseline: &[Vec<Finding>], v: &Variant) -> Outcome {
    let b = &bases[v.base];
    let (text, spans) = apply(&b.text, &v.edits);
    let suffix = format!("~{}", format!("{:?}", v.class).to_lowercase());
    let report = run(rules, b, Some((&suffix, text)));
    let claims = &report.corpus.claims;
    let touches = |f: &Finding| {
        let edited = f.citations.iter().any(|c| {
            let cl = &claims[c.claim];
            cl.article == 2
                && spans
                    .iter()
                    .any(|s| s.start < cl.span.end && cl.span.start < s.end)
        });
        let other = f.citations.iter().any(|c| claims[c.claim].article < 2);
        edited && other
    };
    let (ok, line) = match v.class.rule() {
        Some(rule) => {
            let hit = report.findings.iter().any(|f| f.rule == rule && touches(f));
            let got: Vec<&str> = report
                .findings
                .iter()
                .filter(|f| touches(f))
                .map(|f| f.rule.as_str())
                .collect();
            (
                hit,
                format!("{}: {} (found: {})", b.name, v.what, got.join(", ")),
            )
        }
        None => {
            let before: BTreeSet<_> = baseline[v.base].iter().map(key).collect();
            let new: Vec<String> = report
                .findings
                .iter()
                .filter(|f| !before.contains(&key(f)))
                .map(|f| format!("{} {}", f.rule, f.readings.join(" / ")))
                .collect();
            (
                new.is_empty(),
                format!("{}: {} (new: {})", b.name, v.what, new.join("; ")),
            )
        }
    };
    let report = render_report(&report, Palette { enabled: false });
    Outcome {
        class: v.class,
        lang: b.lang,
        ok,
        line,
        report,
    }
}

#[test]
fn perturbation_clusters() {
    let rules = RuleSet::defaults().unwrap();
    let bases = bases();
    let claims: Vec<Vec<Claim>> = bases.iter().map(|b| base_claims(&rules, b)).collect();
    let baseline: Vec<Vec<Finding>> = bases
        .iter()
        .map(|b| run(&rules, b, None).findings)
        .collect();
    let mut all = Vec::new();
    for class in CLASSES {
        for (i, b) in bases.iter().enumerate() {
            all.extend(variants(class, i, b, &claims[i]));
        }
    }
    let outcomes: Vec<Outcome> = std::thread::scope(|s| {
        let threads = std::thread::available_parallelism().map_or(4, |n| n.get());
        let chunk = all.len().div_ceil(threads).max(1);
        let handles: Vec<_> = all
            .chunks(chunk)
            .map(|part| {
                let (rules, bases, baseline) = (&rules, &bases, &baseline);
                s.spawn(move || {
                    part.iter()
                        .map(|v| evaluate(rules, bases, baseline, v))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap())
            .collect()
    });

    let mut table = String::new();
    let _ = writeln!(
        table,
        "{:<32} {:>4} {:>6} {:>6} {:>7}",
        "edit", "lang", "cases", "caught", "recall"
    );
    let mut failures = String::new();
    let mut below = Vec::new();
    for class in CLASSES {
        for lang in ["en", "fr", "all"] {
            let of: Vec<&Outcome> = outcomes
                .iter()
                .filter(|o| o.class == class && (lang == "all" || o.lang == lang))
                .collect();
            let ok = of.iter().filter(|o| o.ok).count();
            let n = of.len();
            let rate = if n == 0 {
                f64::NAN
            } else {
                ok as f64 / n as f64
            };
            let label = if class.rule().is_some() {
                "caught"
            } else {
                "silent"
            };
            let _ = label;
            let _ = writeln!(
                table,
                "{:<32} {:>4} {:>6} {:>6} {:>7.3}",
                class.label(),
                lang,
                n,
                ok,
                rate
            );
            if lang == "all" {
                let needed = if class.rule().is_some() { 0.9 } else { 1.0 };
                if n == 0 || rate < needed {
                    below.push(format!("{} ({ok}/{n})", class.label()));
                }
            }
        }
    }
    for o in outcomes.iter().filter(|o| !o.ok) {
        let _ = writeln!(failures, "{}: {}", o.class.label(), o.line);
    }
    println!("{table}\n{failures}");
    // One report per class of edit, to read what an editor would see.
    let mut reports = String::new();
    for class in CLASSES.iter().filter(|c| c.rule().is_some()) {
        if let Some(o) = outcomes.iter().find(|o| o.class == *class && o.ok) {
            let _ = writeln!(reports, "=== {}\n{}", class.label(), o.report);
        }
    }
    insta::assert_snapshot!("perturbation_recall", table);
    insta::assert_snapshot!("perturbation_reports", reports);
    assert!(
        below.is_empty(),
        "below target: {}\n\n{failures}",
        below.join(", ")
    );
}
