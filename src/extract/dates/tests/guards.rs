//! What is not a date (ordinary words, money, counts, impossible dates), odd input that must
//! not panic, and language data the loader must refuse.

use super::{check, dates, extract, none};
use crate::extract::doc::Doc;
use crate::knowledge::lang::{Lang, Languages};
use crate::model::{DatePoint, Span};

#[test]
fn invalid_dates_rejected() {
    none("fr", "Le 31/02/2018 n'existe pas.");
    none("fr", "Le 31 février 2018 n'existe pas.");
    none("en", "February 30, 2019 never was.");
    none("en", "Dated 13/13/2018.");
    none("fr", "Le 29 février 2023 n'existe pas.");
    check(
        "fr",
        None,
        "Le 29 février 2024 existe.",
        "29 février 2024",
        "2024-02-29",
    );
}

#[test]
fn ordinary_words_are_not_dates() {
    none("en", "You may 2 times ask.");
    none("en", "They may go home if they may, and may not stay.");
    none("en", "A protest march drew crowds.");
    none("en", "The second round starts. The sun rose.");
    none("en", "The march 3 times a year is over.");
    none("fr", "La sonde s'est posée sur Mars.");
    none(
        "fr",
        "La mission Mars 2020 a décollé, en direction de Mars.",
    );
    check(
        "fr",
        None,
        "Mars 2020 : le confinement commence.",
        "Mars 2020",
        "2020-03",
    );
    none("fr", "Le 3 est un nombre, et 12:30 une heure.");
    none("en", "Version 1.2.3 and phone 555-2010-2015 are not dates.");
    none("en", "Score 3-5 and 1/2 cup.");
}

#[test]
fn money_and_counts_are_not_dates() {
    check(
        "en",
        None,
        "He paid $12 December 27, 2019.",
        "December 27, 2019",
        "2019-12-27",
    );
    none("fr", "Entre 1500 et 2000 manifestants sont venus.");
    none("en", "From 1500 to 2000 people came.");
    check(
        "en",
        None,
        "The plan ran 2014 to 2018.",
        "2014 to 2018",
        "2014/2018",
    );
}

#[test]
fn bad_data_is_a_load_error() {
    let source = crate::knowledge::lang::EMBEDDED
        .iter()
        .find(|(path, _)| path.ends_with("fr.toml"))
        .unwrap()
        .1;
    for (from, to) in [
        ("numeric_order = \"dmy\"", "numeric_order = \"ymd\""),
        ("\"hier\" = \"day -1\"", "\"hier\" = \"century -1\""),
        (
            "ambiguous_months = [\"mars\"]",
            "ambiguous_months = [\"mardi\"]",
        ),
        ("t1 = \"1-3\"", "t1 = \"3-1\""),
        (
            "modifiers_follow = true",
            "modifiers_follow = true\nunknown_key = 1",
        ),
    ] {
        assert!(source.contains(from), "{from}");
        let bad = source.replace(from, to);
        assert!(
            crate::knowledge::lang::Lang::parse("fr.toml", &bad).is_err(),
            "{to}"
        );
    }
}

#[test]
fn calendar_words() {
    let langs = Languages::embedded().unwrap();
    let fr = &langs.get("fr").unwrap().data.dates;
    let en = &langs.get("en").unwrap().data.dates;
    for w in ["Janvier", "janv.", "AOÛT", "jeudi", "Mars"] {
        assert!(fr.is_calendar_word(w), "{w}");
    }
    for w in ["Monday", "Jan.", "Sept", "may", "DECEMBER"] {
        assert!(en.is_calendar_word(w), "{w}");
    }
    for w in ["Paris", "le", "", ".", "dernier"] {
        assert!(!fr.is_calendar_word(w), "{w}");
    }
}

#[test]
fn odd_input_does_not_panic() {
    let long_digits = "9".repeat(5000);
    let samples = [
        "",
        "2018-",
        "/2018/",
        "16/",
        "janvier",
        "le 1er",
        "31 -",
        "du 3 au",
        "entre 2014 et",
        "Thursday,",
        "Mi-",
        "-mars",
        "2018-01-16-",
        "١٢/٠١/٢٠١٨",
        "𝟏𝟔 janvier 𝟐𝟎𝟏𝟖",
        "16\u{301} janvier",
        "9999-99-99 0000/00/0000 00.00.00",
        &long_digits,
    ];
    for s in samples {
        for lang in ["fr", "en"] {
            dates(lang, None, s);
            dates(lang, Some("2024-02-29"), s);
        }
    }
    // A library caller may anchor on anything.
    let langs = Languages::embedded().unwrap();
    let text = "hier, le 3 mars, jeudi dernier, il y a 2 ans, l'an prochain, en mars, \
                vendredi 31, le premier dimanche, le dernier lundi du mois prochain";
    for date in [
        DatePoint::ymd(i32::MAX, 12, 31),
        DatePoint::ymd(i32::MIN, 1, 1),
        DatePoint::ymd(2024, 13, 40),
    ] {
        let doc = Doc::new(
            0,
            text,
            Span::new(0, text.len()),
            langs.get("fr").unwrap(),
            Some(date),
        );
        extract(&doc);
    }
}

#[test]
fn period_and_decade_data_are_checked() {
    let en = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/rules/lang/en.toml"));
    let bad_period = en.replace("year_only_periods = [\"h1\"", "year_only_periods = [\"h9\"");
    assert_ne!(bad_period, en);
    let err = Lang::parse("en.toml", &bad_period).unwrap_err().to_string();
    assert!(err.contains("year_only_periods"), "{err}");
    let bad_decade = en.replace("\"noughties\" = 2000", "\"noughties\" = 2001");
    assert_ne!(bad_decade, en);
    let err = Lang::parse("en.toml", &bad_decade).unwrap_err().to_string();
    assert!(err.contains("noughties"), "{err}");
}

#[test]
fn opening_words_and_numeral_letters_lead_to_dates_only_where_one_is() {
    // "in", "from", "last": phrases that open a date but make none alone, before a word the
    // language file does not know (`leads_nowhere`); the same words before a date still open
    // it.
    none("en", "The talks in Paris drew delegates from Brussels.");
    check(
        "en",
        Some("2024-05-10"),
        "The talks in Paris resume next Tuesday.",
        "next Tuesday",
        "2024-05-14",
    );
    check(
        "en",
        Some("2024-05-10"),
        "A deal is due within a year.",
        "within a year",
        "2024-05-10/2025-05-09",
    );
    // Capitals that start like a Roman numeral are a century only when the whole word is
    // one with an ordinal ending (`Feat::roman`).
    none("en", "The Indian Interior minister met Italian envoys.");
    check(
        "fr",
        None,
        "Au XIXe siècle, la ville grandit.",
        "XIXe siècle",
        "1800/1899",
    );
}
