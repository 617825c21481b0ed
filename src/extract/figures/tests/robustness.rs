//! Robustness: exact values, huge and random input without panics, spans as file offsets; and
//! two ignored tools (`throughput`, `dump`).

use super::*;

// ---- Robustness

#[test]
fn exact_values_without_float_noise() {
    for (text, v) in [
        ("1,1 milliard", 1_100_000_000.0),
        ("0,3 million", 300_000.0),
        ("2,7 milliards", 2_700_000_000.0),
        ("0,1", 0.1),
    ] {
        check("fr", text, &[(Number, text, n(v))]);
    }
}

#[test]
fn huge_and_odd_input_does_not_panic() {
    let long = "9".repeat(400);
    let inputs = [
        format!("{long} dollars"),
        format!("{long},{long} %"),
        format!("$ {long} billion trillion"),
        "mille milliards de milliards de billions".repeat(20),
        "1e999 1,,,2 .5 ,5 5, 5. -".to_string(),
        "€$£ % %% 1ᵉʳᵉʳ 10èmes ٣٤ ١٢٣ ５０ 10\u{a0}\u{a0}000".to_string(),
        "vingt et et un, quatre-vingt-vingt, cent cent, un un un, a a dozen".to_string(),
    ];
    for t in &inputs {
        for lang in ["fr", "en"] {
            for f in run(lang, t) {
                match f.2 {
                    Value::Number(v) | Value::Percent(v) => assert!(v.is_finite()),
                    Value::Money { amount, .. } => assert!(amount.is_finite()),
                    _ => {}
                }
            }
        }
    }
    // Beyond what an f64 holds: no claim rather than an infinite one.
    none("en", &format!("{long} people"));
    let big = "9".repeat(60);
    assert_eq!(run("en", &big)[0].2, n(1e60));
}

#[test]
fn random_input_does_not_panic() {
    // Pieces that exercise every path, glued in pseudo-random order.
    const PIECES: &[&str] = &[
        "^",
        "½",
        "USD",
        "MEUR",
        "sur",
        "in",
        "out of",
        "point",
        "virgule",
        "nought",
        "c $",
        "$ c",
        "fifths",
        "dollars",
        "dzs",
        "1",
        "23",
        "456",
        "7890",
        ",",
        ".",
        " ",
        "\u{a0}",
        "\u{202f}",
        "-",
        "−",
        "+",
        "%",
        "$",
        "€",
        "US",
        "e",
        "E",
        "er",
        "th",
        "M",
        "Md",
        "bn",
        "k",
        "h",
        ":",
        "/",
        "'",
        "’",
        "un",
        "une",
        "a",
        "one",
        "deux",
        "vingt",
        "et",
        "and",
        "cent",
        "mille",
        "million",
        "milliards",
        "hundred",
        "dozen",
        "demi",
        "half",
        "quart",
        "tiers",
        "quarts",
        "cinquièmes",
        "premier",
        "second",
        "dixième",
        "twenty",
        "first",
        "de",
        "d",
        "of",
        "dollars",
        "euros",
        "pounds",
        "cents",
        "pour",
        "percent",
        "points",
        "moins",
        "minus",
        "environ",
        "plus",
        "au",
        "centaine",
        "é",
        "ᵉʳ",
        "½",
        "٣",
        "\n",
        "\u{0}",
        "😀",
    ];
    let langs = Languages::embedded().unwrap();
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    for _ in 0..3000 {
        let mut text = String::new();
        let len = (seed >> 59) as usize + 1;
        for _ in 0..len {
            seed = seed
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            text.push_str(PIECES[(seed >> 33) as usize % PIECES.len()]);
            if seed & 1 == 0 {
                text.push(' ');
            }
        }
        for lang in ["fr", "en"] {
            let l = langs.get(lang).unwrap();
            let doc = Doc::new(0, &text, Span::new(0, text.len()), l, None);
            for c in extract(&doc) {
                assert!(c.span.start < c.span.end && c.span.end <= text.len());
                if let Value::Number(v) | Value::Percent(v) = c.value {
                    assert!(v.is_finite(), "{text:?}");
                }
            }
        }
    }
}

#[test]
fn spans_are_file_offsets() {
    let langs = Languages::embedded().unwrap();
    let text = "---\ntitle: x\n---\nIl a payé 3 € et 2 %.";
    let body = text.find("Il").unwrap();
    let doc = Doc::new(
        0,
        text,
        Span::new(body, text.len()),
        langs.get("fr").unwrap(),
        None,
    );
    let claims = extract(&doc);
    assert_eq!(claims.len(), 2);
    for c in &claims {
        assert_eq!(&text[c.span.start..c.span.end], c.text);
    }
    assert_eq!(claims[0].text, "3 €");
}

/// Throughput on a few MB of seed articles: `cargo test --release -- --ignored throughput`.
#[test]
#[ignore]
fn throughput() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds");
    let mut one = String::new();
    for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        one.push_str(&std::fs::read_to_string(e.path()).unwrap_or_default());
    }
    let text = one.repeat((8 << 20) / one.len().max(1) + 1);
    let langs = Languages::embedded().unwrap();
    let doc = Doc::new(
        0,
        &text,
        Span::new(0, text.len()),
        langs.get("fr").unwrap(),
        None,
    );
    let t = std::time::Instant::now();
    let n = extract(&doc).len();
    let secs = t.elapsed().as_secs_f64();
    println!(
        "{} MB, {n} figures, {:.3} s, {:.1} MB/s",
        text.len() >> 20,
        secs,
        text.len() as f64 / 1e6 / secs
    );
}

#[test]
#[ignore]
fn dump() {
    let lang = std::env::var("FIG_LANG").unwrap_or_else(|_| "fr".into());
    let text = std::env::var("FIG_TEXT").unwrap_or_default();
    for f in run(&lang, &text) {
        println!("{f:?}");
    }
}

/// Atoms kept as they are and atoms lowercased into the buffer read back alike.
#[test]
fn every_atom_reads_back_lowercase() {
    let langs = Languages::embedded().unwrap();
    let text = "Les 3 000 Euros, ÉTÉ 2018 : 12,5 % des ﬁlms — Saint-Étienne a vendu 1 200 t.";
    let doc = Doc::new(
        0,
        text,
        Span::new(0, text.len()),
        langs.get("fr").unwrap(),
        None,
    );
    let scan = crate::extract::figures::scan::Scan::new(&doc, doc.lang.data.figures.index());
    assert!(scan.atoms.len() > 20);
    for (k, a) in scan.atoms.iter().enumerate() {
        assert_eq!(scan.low(k), text[a.start..a.end].to_lowercase());
    }
}
