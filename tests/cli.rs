//! End-to-end tests: the `crosscheck` binary on the seeds and on fixtures, its reports as insta
//! snapshots, its exit codes, and its errors on bad input.

mod common;
use common::{crosscheck, json, stderr, stdout};

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

use serde_json::Value;

/// (rule, [(article, text)]) of every finding.
fn findings(report: &Value) -> Vec<(String, Vec<(String, String)>)> {
    report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            let claims = f["claims"]
                .as_array()
                .unwrap()
                .iter()
                .map(|c| {
                    (
                        c["article"].as_str().unwrap().to_string(),
                        c["text"].as_str().unwrap().to_string(),
                    )
                })
                .collect();
            (f["rule"].as_str().unwrap().to_string(), claims)
        })
        .collect()
}

fn has_finding(report: &Value, rule: &str, wanted: &[(&str, &str)]) -> bool {
    findings(report).iter().any(|(r, claims)| {
        r == rule
            && wanted.iter().all(|(a, t)| {
                claims
                    .iter()
                    .any(|(ca, ct)| ca.starts_with(a) && ct.contains(t))
            })
    })
}

/// The JSON report of `crosscheck check PATH`.
fn check_json(path: &str) -> Value {
    json(&crosscheck(&["check", path, "--format", "json"]))
}

/// The plain-text report of `check` on `paths`, without colour.
fn check_text(paths: &[&str]) -> String {
    stdout(&crosscheck(
        &[&["check"], paths, &["--color", "never"]].concat(),
    ))
}

// -----------------------------------------------------------------------------------------
// The seeds

#[test]
fn seeds_give_their_spelling_conflicts_and_nothing_else() {
    let o = crosscheck(&["check", "seeds/", "--format", "json"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let r = json(&o);
    assert_eq!(r["schema"], "crosscheck-report/1");
    assert!(has_finding(
        &r,
        "name-spelling",
        &[("001", "Howard Lutnick"), ("004", "Howard Lutnik")]
    ));
    assert!(has_finding(
        &r,
        "name-transliteration",
        &[("000", "Tokayev"), ("003", "Tokaïev"), ("004", "Tokayev")]
    ));
    // Both spellings inside 004.
    let tokayev = findings(&r)
        .into_iter()
        .find(|(_, c)| c.iter().any(|(_, t)| t.contains("Tokaïev")))
        .unwrap();
    let in_004: Vec<_> = tokayev
        .1
        .iter()
        .filter(|(a, _)| a.starts_with("004"))
        .collect();
    assert_eq!(in_004.len(), 2, "{tokayev:?}");
    assert!(has_finding(
        &r,
        "name-transliteration",
        &[("000", "Nazarbayev"), ("002", "Nazarbaïev")]
    ));
    assert!(has_finding(
        &r,
        "name-spelling",
        &[
            ("001", "Kirghizistan"),
            ("002", "Kirghizstan"),
            ("003", "Kirghizistan"),
            ("003", "Kirghizstan")
        ]
    ));
    assert!(has_finding(
        &r,
        "name-initial",
        &[("000", "W.Ross"), ("000", "U. Ross")]
    ));
    for f in r["findings"].as_array().unwrap() {
        assert_eq!(f["kind"], "spelling", "{f}");
    }
}

#[test]
fn seeds_text_report() {
    let o = crosscheck(&["check", "seeds/", "--color", "never"]);
    assert_eq!(o.status.code(), Some(1));
    insta::assert_snapshot!("check_seeds_text", stdout(&o));
}

#[test]
fn seeds_json_report() {
    let o = crosscheck(&["check", "seeds/", "--format", "json"]);
    insta::assert_snapshot!("check_seeds_json", stdout(&o));
}

#[test]
fn seeds_extract_json() {
    let o = crosscheck(&["extract", "seeds/", "--format", "json"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    insta::assert_snapshot!("extract_seeds_json", stdout(&o));
}

#[test]
fn seeds_extract_text() {
    let o = crosscheck(&["extract", "seeds/", "--color", "never"]);
    insta::assert_snapshot!("extract_seeds_text", stdout(&o));
}

#[test]
fn extract_offsets_point_at_the_claim_text() {
    let o = crosscheck(&["extract", "seeds/", "--format", "json"]);
    let r = json(&o);
    for c in r["claims"].as_array().unwrap() {
        let article = c["article"].as_str().unwrap();
        let path = format!("seeds/{article}.txt");
        let bytes = std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join(path)).unwrap();
        let (s, e) = (
            c["start"].as_u64().unwrap() as usize,
            c["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(
            std::str::from_utf8(&bytes[s..e]).unwrap(),
            c["text"].as_str().unwrap()
        );
    }
}

#[test]
fn output_is_deterministic() {
    let a = crosscheck(&["check", "seeds/", "--format", "json"]);
    let b = crosscheck(&["check", "seeds/", "--format", "json"]);
    assert_eq!(a.stdout, b.stdout);
}

#[test]
fn rules_listing() {
    let o = crosscheck(&["rules"]);
    assert_eq!(o.status.code(), Some(0));
    insta::assert_snapshot!("rules_default", stdout(&o));
}

#[test]
fn fail_on_controls_the_exit_code() {
    let never = crosscheck(&["check", "seeds/", "--fail-on", "never"]);
    assert_eq!(never.status.code(), Some(0));
    let error = crosscheck(&["check", "seeds/", "--fail-on", "error"]);
    assert_eq!(error.status.code(), Some(0));
    let info = crosscheck(&["check", "seeds/", "--fail-on", "info"]);
    assert_eq!(info.status.code(), Some(1));
}

#[test]
fn stdin_is_one_article() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_crosscheck"))
        .args([
            "check",
            "-",
            "seeds/001_7cf346121d34070f.txt",
            "--format",
            "json",
        ])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(
            "---\nlang: fr\n---\nLe secrétaire au Commerce, Howard Lutnik, a signé.\n".as_bytes(),
        )
        .unwrap();
    let o = child.wait_with_output().unwrap();
    let r = json(&o);
    assert!(has_finding(
        &r,
        "name-spelling",
        &[("stdin", "Howard Lutnik"), ("001", "Howard Lutnick")]
    ));
}

// -----------------------------------------------------------------------------------------
// English fixtures

#[test]
fn english_cluster_spelling_date_and_scale() {
    let o = crosscheck(&["check", "tests/fixtures/quake", "--format", "json"]);
    let r = json(&o);
    assert!(
        has_finding(
            &r,
            "name-spelling",
            &[("draft", "Laftitt"), ("wire-a", "Laftit")]
        ),
        "{r:#}"
    );
    assert!(has_finding(
        &r,
        "date-mismatch",
        &[
            ("draft", "September 9, 2023"),
            ("wire-b", "September 8, 2023")
        ]
    ));
    assert!(has_finding(
        &r,
        "figure-scale",
        &[("draft", "$1.5 million"), ("wire-a", "$1.5 billion")]
    ));
    assert_eq!(r["summary"]["findings"], 3, "{r:#}");
    assert_eq!(o.status.code(), Some(1));
    insta::assert_snapshot!("check_quake_text", check_text(&["tests/fixtures/quake"]));
}

#[test]
fn benign_rewrites_are_not_findings() {
    let o = crosscheck(&["check", "tests/fixtures/benign", "--format", "json"]);
    let r = json(&o);
    assert_eq!(r["findings"].as_array().unwrap().len(), 0, "{r:#}");
    assert_eq!(o.status.code(), Some(0));
}

#[test]
fn usage_errors_exit_2() {
    let o = crosscheck(&["check"]);
    assert_eq!(o.status.code(), Some(2));
    let o = crosscheck(&["check", "seeds/", "--format", "yaml"]);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn a_team_rule_overrides_a_default() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("strict.toml"),
        "id = \"name-transliteration\"\nseverity = \"error\"\n",
    )
    .unwrap();
    let rules = dir.path().to_str().unwrap();
    let o = crosscheck(&[
        "check",
        "seeds/",
        "--rules",
        rules,
        "--format",
        "json",
        "--fail-on",
        "error",
    ]);
    assert_eq!(o.status.code(), Some(1));
    let r = json(&o);
    assert!(
        r["findings"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f["rule"] == "name-transliteration" && f["severity"] == "error")
    );
}

#[test]
fn datelines_and_statistics_lines_are_not_compared() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("a.md"),
        "---\nlang: en\n---\nUpdated 4/11/2007 1:26 PM\n\
         Smith completed 29 of 34 passes for 364 yards and three touchdowns in the win.\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("b.md"),
        "---\nlang: en\n---\nUpdated 4/9/2007 9:10 AM\n\
         Smith completed 17 of 20 passes for 201 yards and two touchdowns in the win.\n",
    )
    .unwrap();
    let path = dir.path().to_str().unwrap();
    let o = crosscheck(&["check", path, "--format", "json"]);
    let r = json(&o);
    assert_eq!(r["findings"].as_array().unwrap().len(), 0, "{r:#}");
}

// -----------------------------------------------------------------------------------------
// Aliases and house style (rules/aliases.toml)

#[test]
fn alias_names_are_not_misspellings_but_their_misspellings_are() {
    let r = check_json("tests/fixtures/aliases");
    // Astana / Nur-Sultan, Kiev / Kyiv, Odesa / Odessa: names of one alias group.
    for (rule, claims) in findings(&r) {
        let texts: Vec<&str> = claims.iter().map(|(_, t)| t.as_str()).collect();
        let odessa = texts.iter().any(|t| t.contains("Odessa"));
        assert!(!(rule == "name-spelling" && odessa), "{rule}: {texts:?}");
    }
    // A misspelling of one name of a group is still caught against that name.
    assert!(
        has_finding(
            &r,
            "name-spelling",
            &[("c", "Nur-Sultn"), ("b", "Nur-Sultan")]
        ),
        "{r:#}"
    );
    let f = &r["findings"][0];
    assert_eq!(f["suggestion"], "Nur-Sultan", "{r:#}");
    assert_eq!(r["summary"]["findings"], 2, "{r:#}");
    insta::assert_snapshot!(
        "check_aliases_text",
        check_text(&["tests/fixtures/aliases"])
    );
}

#[test]
fn house_style_is_the_suggestion() {
    let args = [
        "check",
        "tests/fixtures/aliases",
        "--rules",
        "tests/fixtures/alias-rules",
    ];
    let r = json(&crosscheck(&[&args[..], &["--format", "json"]].concat()));
    let tokayev: Vec<&Value> = r["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["subject"] == "Kassym-Jomart Tokayev")
        .collect();
    // Without house style, the one source writing "Tokaïev" is flagged; with it, the three
    // writing "Tokayev" are, and "Tokaïev" never is.
    assert_eq!(tokayev.len(), 1, "{r:#}");
    assert_eq!(tokayev[0]["suggestion"], "Tokaïev");
    assert_eq!(
        tokayev[0]["message"],
        "\"Tokayev\" here; house style: Tokaïev (transliteration)"
    );
    insta::assert_snapshot!(
        "check_aliases_house_text",
        stdout(&crosscheck(&[&args[..], &["--color", "never"]].concat()))
    );
}

#[test]
fn house_style_flags_a_name_all_sources_agree_on() {
    let o = crosscheck(&[
        "check",
        "tests/fixtures/aliases/a.md",
        "tests/fixtures/aliases/b.md",
        "--rules",
        "tests/fixtures/alias-rules",
        "--format",
        "json",
    ]);
    let r = json(&o);
    assert_eq!(r["summary"]["findings"], 1, "{r:#}");
    let f = &r["findings"][0];
    assert_eq!(f["rule"], "name-transliteration");
    assert_eq!(f["suggestion"], "Tokaïev");
    assert!(has_finding(
        &r,
        "name-transliteration",
        &[("a", "Tokayev"), ("b", "Tokayev")]
    ));
}

#[test]
fn rules_listing_shows_team_aliases_and_house_style() {
    let out = stdout(&crosscheck(&[
        "rules",
        "--rules",
        "tests/fixtures/alias-rules",
    ]));
    assert!(
        out.contains("Astana (1998–2019, since 2022) / Nur-Sultan (2019–2022)"),
        "{out}"
    );
    assert!(out.contains("Alma-Ata / Almaty / Almaaty"), "{out}");
    assert!(out.contains("House style:\n  Tokaïev\n"), "{out}");
}

// -----------------------------------------------------------------------------------------
// Across languages, earlier reports and sources

#[test]
fn french_and_english_dates_and_figures_are_compared() {
    let r = check_json("tests/fixtures/bilingual");
    assert!(
        has_finding(&r, "figure-mismatch", &[("fr", "212"), ("en", "245")]),
        "{r:#}"
    );
    assert!(
        has_finding(
            &r,
            "date-mismatch",
            &[("fr", "12 mars 2025"), ("en", "March 11, 2025")]
        ),
        "{r:#}"
    );
    assert_eq!(r["summary"]["findings"], 2, "{r:#}");
    let subjects: Vec<&str> = r["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["subject"].as_str().unwrap())
        .collect();
    assert!(
        subjects.iter().any(|s| s.contains("toll/bilan")),
        "{subjects:?}"
    );
    insta::assert_snapshot!(
        "check_bilingual_text",
        check_text(&["tests/fixtures/bilingual"])
    );
}

#[test]
fn figures_are_compared_by_measure_and_place_across_languages() {
    // tests/fixtures/measures: three reports of one quake. The deaths in Kerman disagree
    // ("killed 1,340 people" / "1 430 morts"); the deaths in Zarand, the injured (bounded and
    // approximate) and the depth (km / kilomètres) agree, and no place's count is compared
    // with another's. The magnitudes (6.6 / 6,6 / 6.9) share few words, but their frame (the
    // magnitude of the quake in Valdoria, given by one institute) makes them one quantity.
    let r = check_json("tests/fixtures/measures");
    let findings = r["findings"].as_array().unwrap();
    assert_eq!(findings.len(), 2, "{r:#}");
    assert!(
        has_finding(
            &r,
            "figure-mismatch",
            &[("update", "1,340"), ("depeche", "1 430")]
        ),
        "{r:#}"
    );
    assert!(
        has_finding(&r, "figure-mismatch", &[("update", "6.9"), ("wire", "6.6")]),
        "{r:#}"
    );
    let mut measures: Vec<&str> = findings
        .iter()
        .map(|f| f["measure"].as_str().unwrap())
        .collect();
    measures.sort();
    assert_eq!(measures, ["deaths", "magnitude"], "{r:#}");
    insta::assert_snapshot!(
        "check_measures_text",
        check_text(&["tests/fixtures/measures"])
    );
}

#[test]
fn frames_keep_apart_what_is_not_one_quantity() {
    // tests/fixtures/frames-quake: the day the quake struck differs (28 February / 1er
    // mars); the depth agrees by rounding (18.5 km / 18 km de profondeur), the distance from
    // Bresk agrees, the aftershocks' magnitudes (5.1 / 4,8) are another event's and the
    // winds (80 km/h / 60 km/h) are no distance.
    let r = check_json("tests/fixtures/frames-quake");
    assert_eq!(r["findings"].as_array().unwrap().len(), 1, "{r:#}");
    assert!(
        has_finding(
            &r,
            "date-mismatch",
            &[("wire", "Friday 28 February"), ("depeche", "1er mars")]
        ),
        "{r:#}"
    );
    // tests/fixtures/frames-vote: the winner's share differs (54.28% / 54,58 %); the
    // runner-up's votes agree, and a party's gain ("gagne neuf sièges") is no count of its
    // seats ("won 47 seats").
    let r = check_json("tests/fixtures/frames-vote");
    let findings = r["findings"].as_array().unwrap();
    assert_eq!(findings.len(), 1, "{r:#}");
    assert_eq!(findings[0]["measure"], "vote_share", "{r:#}");
    insta::assert_snapshot!(
        "check_frames_text",
        check_text(&["tests/fixtures/frames-quake", "tests/fixtures/frames-vote"])
    );
}

#[test]
fn updates_and_different_counts_are_not_conflicts() {
    // tests/fixtures/updates: a morning and an evening report. "At least 30" and "at least 48"
    // dead are two moments of a rising toll, both true; two earlier tolls (12, 20) may cite
    // two different reports; "175 passengers and six crew members" and "181 passengers and
    // crew" count different things. The magnitudes (5.8 / 5.9) do disagree.
    let r = check_json("tests/fixtures/updates");
    let findings = r["findings"].as_array().unwrap();
    assert_eq!(findings.len(), 1, "{r:#}");
    assert!(
        has_finding(
            &r,
            "figure-mismatch",
            &[("morning", "5.8"), ("evening", "5.9")]
        ),
        "{r:#}"
    );
}

#[test]
fn units_are_converted_before_figures_are_compared() {
    // tests/fixtures/units: "12 miles east of Bresk" is 19.3 km, not "25 kilomètres";
    // "a depth of 6.2 miles" is the "10 kilomètres" of the other, converted and rounded.
    let r = check_json("tests/fixtures/units");
    let findings = r["findings"].as_array().unwrap();
    assert_eq!(findings.len(), 1, "{r:#}");
    assert!(
        has_finding(
            &r,
            "figure-mismatch",
            &[("survey", "12"), ("depeche", "25")]
        ),
        "{r:#}"
    );
    let message = findings[0]["message"].as_str().unwrap();
    assert!(message.contains("12 (19.31 km)"), "{r:#}");
}

#[test]
fn given_names_in_several_transliterations_are_one_person() {
    // tests/fixtures/given-names: "Qasym-Zhomart Tokayev", "Kasim Jomart Tokayev",
    // "Kassym-Jomart Tokaïev" and "Kassym-Jomart Tokayev" are one person (`given_names` of
    // rules/translit.toml): transliterations are reported as such, never as misspellings, and
    // "Kasim" is the first part of "Kassym-Jomart".
    let r = check_json("tests/fixtures/given-names");
    let findings = r["findings"].as_array().unwrap();
    let rules: Vec<&str> = findings
        .iter()
        .map(|f| f["rule"].as_str().unwrap())
        .collect();
    assert_eq!(
        rules,
        ["name-transliteration", "name-transliteration"],
        "{r:#}"
    );
    assert!(
        has_finding(
            &r,
            "name-transliteration",
            &[
                ("qasym", "Qasym-Zhomart Tokayev"),
                ("kassym-en", "Kassym-Jomart Tokayev")
            ]
        ),
        "{r:#}"
    );
}

#[test]
fn initials_across_articles_conflict_only_with_one_title() {
    // tests/fixtures/initials-role/same: "the minister R. Ivanov" / "the minister B. Ivanov":
    // one title, two initials, in two articles: a wrong initial. In `other`, a minister and a
    // coach who share a surname are two people.
    let r = check_json("tests/fixtures/initials-role/same");
    assert!(
        has_finding(
            &r,
            "name-initial",
            &[("wire", "R. Ivanov"), ("daily", "B. Ivanov")]
        ),
        "{r:#}"
    );
    let r = check_json("tests/fixtures/initials-role/other");
    assert_eq!(r["findings"].as_array().unwrap().len(), 0, "{r:#}");
    // `in-article`: one article names "Aurelio Bastardi", then quotes "G. Bastardi": the
    // initial contradicts the given name the same article (and the others) gives.
    let r = check_json("tests/fixtures/initials-role/in-article");
    assert!(
        has_finding(
            &r,
            "name-initial",
            &[("herald", "G. Bastardi"), ("wire", "Aurelio Bastardi")]
        ),
        "{r:#}"
    );
}

#[test]
fn dates_of_past_events_are_compared_across_languages() {
    // tests/fixtures/event-dates: "first elected in 2005" / "élu pour la première fois en
    // 2015", and "the 1999 Izmit earthquake" / "the Izmit earthquake of August 1998": a year
    // that names an event is a date of that event.
    let r = check_json("tests/fixtures/event-dates");
    assert_eq!(r["findings"].as_array().unwrap().len(), 2, "{r:#}");
    assert!(
        has_finding(
            &r,
            "date-mismatch",
            &[("wire", "2005"), ("depeche", "2015")]
        ),
        "{r:#}"
    );
    assert!(
        has_finding(
            &r,
            "date-mismatch",
            &[("wire", "1999"), ("update", "August 1998")]
        ),
        "{r:#}"
    );
}

#[test]
fn french_and_english_formats_of_one_fact_agree() {
    let o = crosscheck(&[
        "check",
        "tests/fixtures/bilingual-benign",
        "--format",
        "json",
    ]);
    let r = json(&o);
    assert_eq!(r["findings"].as_array().unwrap().len(), 0, "{r:#}");
    assert_eq!(o.status.code(), Some(0));
}

#[test]
fn earlier_tolls_and_other_sources_are_not_conflicts() {
    let r = check_json("tests/fixtures/earlier");
    // The one real conflict: two counts of survivors, neither earlier nor attributed.
    assert!(
        has_finding(&r, "figure-mismatch", &[("fr-a", "64"), ("fr-b", "46")]),
        "{r:#}"
    );
    assert_eq!(r["summary"]["findings"], 1, "{r:#}");
    insta::assert_snapshot!(
        "check_earlier_text",
        check_text(&["tests/fixtures/earlier"])
    );
}

#[test]
fn a_toll_updated_in_two_languages_is_no_conflict_but_a_changed_figure_is() {
    // A provisional toll ("au moins 820 morts selon un bilan provisoire"), the later toll in
    // French and English ("2 012 morts", "2,012") and a bound ("more than 2,100") agree; the
    // days of mourning (three in three sources, four in one) do not, across both languages.
    let r = check_json("tests/fixtures/bilingual-update");
    assert_eq!(r["summary"]["findings"], 1, "{r:#}");
    assert!(
        has_finding(
            &r,
            "figure-mismatch",
            &[
                ("en-monday", "four"),
                ("fr-afp-samedi", "trois"),
                ("fr-dimanche", "trois"),
                ("en-sunday", "three"),
            ]
        ),
        "{r:#}"
    );
}

#[test]
fn three_slips_in_a_bilingual_trade_story_and_nothing_else() {
    // en-wire writes "Lutnik, 63, said" at a sentence's start, en-daily "$2.3bn" for the trade
    // figure the others give as 3.2 billion, fr-agence "jeudi 18 avril" for the signing the
    // English wires date April 17; Tokaïev / Tokayev is a transliteration.
    let r = check_json("tests/fixtures/trade");
    assert!(
        has_finding(&r, "name-spelling", &[("en-wire", "Lutnik")]),
        "{r:#}"
    );
    assert!(
        has_finding(
            &r,
            "figure-mismatch",
            &[
                ("en-daily", "$2.3bn"),
                ("en-wire", "$3.2 billion"),
                ("fr-agence", "3,2 milliards")
            ]
        ),
        "{r:#}"
    );
    assert!(
        has_finding(&r, "date-mismatch", &[("fr-agence", "jeudi 18 avril")]),
        "{r:#}"
    );
    assert!(has_finding(
        &r,
        "name-transliteration",
        &[("fr-agence", "Tokaïev")]
    ));
    assert_eq!(r["summary"]["findings"], 4, "{r:#}");

    // The same articles without the three slips: only the transliteration remains.
    let dir = tempfile::tempdir().unwrap();
    for (name, from, to) in [
        ("en-wire.md", "Lutnik, 63", "Lutnick, 63"),
        ("en-daily.md", "$2.3bn", "$3.2bn"),
        ("fr-agence.md", "jeudi 18 avril", "mercredi 17 avril"),
    ] {
        let text = std::fs::read_to_string(Path::new("tests/fixtures/trade").join(name)).unwrap();
        assert!(text.contains(from));
        std::fs::write(dir.path().join(name), text.replace(from, to)).unwrap();
    }
    let r = json(&crosscheck(&[
        "check",
        dir.path().to_str().unwrap(),
        "--format",
        "json",
    ]));
    let rules: Vec<&str> = r["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["rule"].as_str().unwrap())
        .collect();
    assert_eq!(rules, ["name-transliteration"], "{r:#}");
}

#[test]
fn the_ends_of_a_range_are_not_compared_as_values() {
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, lang: &str, body: &str| {
        std::fs::write(
            dir.path().join(name),
            format!("---\nlang: {lang}\n---\n{body}\n"),
        )
        .unwrap();
    };
    write(
        "a.md",
        "en",
        "The Orioles have offered Teixeira a deal worth between $140 million and $150 million.",
    );
    write(
        "b.md",
        "en",
        "The Orioles have offered Teixeira a deal worth $200 million.",
    );
    write(
        "c.md",
        "fr",
        "Les Orioles ont offert à Teixeira un contrat de 140 à 150 millions de dollars.",
    );
    let path = dir.path().to_str().unwrap();
    let r = json(&crosscheck(&["check", path, "--format", "json"]));
    assert_eq!(r["summary"]["findings"], 0, "{r:#}");
    // A single value is compared.
    write(
        "a.md",
        "en",
        "The Orioles have offered Teixeira a deal worth $140 million.",
    );
    let r = json(&crosscheck(&["check", path, "--format", "json"]));
    assert_eq!(r["summary"]["findings"], 1, "{r:#}");
}
