//! French: numbers in digits and words, money, percentages, ordinals, fractions, and what is not a
//! figure (articles, identifiers, times, scores).

use super::*;

// ---- French: numbers

#[test]
fn fr_digit_formats() {
    check(
        "fr",
        "Le taux passe à 1,5 puis 1.5 ; on compte 1 500, 1\u{a0}500, 1\u{202f}500 et 1.500 visiteurs.",
        &[
            (Number, "1,5", n(1.5)),
            (Number, "1.5", n(1.5)),
            (Number, "1 500", n(1500.0)),
            (Number, "1\u{a0}500", n(1500.0)),
            (Number, "1\u{202f}500", n(1500.0)),
            (Number, "1.500", n(1500.0)),
        ],
    );
    check(
        "fr",
        "Il y a 2 500 000 habitants, 1 234,56 kilomètres et 1.234.567 votants.",
        &[
            (Number, "2 500 000", n(2_500_000.0)),
            (Number, "1 234,56", n(1234.56)),
            (Number, "1.234.567", n(1_234_567.0)),
        ],
    );
}

#[test]
fn fr_space_groups_need_three_digits() {
    // A year followed by a count is two numbers, not one.
    check(
        "fr",
        "En 2018 15 personnes sont venues, puis 12 345 autres.",
        &[
            (Number, "2018", n(2018.0)),
            (Number, "15", n(15.0)),
            (Number, "12 345", n(12345.0)),
        ],
    );
}

#[test]
fn fr_number_words() {
    let cases: &[(&str, f64)] = &[
        ("un milliard", 1e9),
        ("deux cent mille", 200_000.0),
        ("trois millions", 3e6),
        ("dix-huit", 18.0),
        ("vingt et un", 21.0),
        ("vingt-et-un", 21.0),
        ("soixante-dix", 70.0),
        ("soixante et onze", 71.0),
        ("quatre-vingts", 80.0),
        ("quatre-vingt-dix", 90.0),
        ("quatre-vingt-dix-neuf", 99.0),
        ("mille deux cents", 1200.0),
        ("cent un", 101.0),
        ("deux millions trois cent mille", 2_300_000.0),
        ("mille milliards", 1e12),
    ];
    for &(words, v) in cases {
        let text = format!("Ils étaient {words} à manifester.");
        check("fr", &text, &[(Number, words, n(v))]);
    }
}

#[test]
fn fr_scale_words_after_digits() {
    check(
        "fr",
        "Il faut 1,5 milliard, puis 3 millions, 2,25 milliards et 1 billion ; 10k abonnés.",
        &[
            (Number, "1,5 milliard", n(1_500_000_000.0)),
            (Number, "3 millions", n(3e6)),
            (Number, "2,25 milliards", n(2_250_000_000.0)),
            (Number, "1 billion", n(1e12)),
            (Number, "10k", n(10_000.0)),
        ],
    );
}

#[test]
fn fr_negative_numbers() {
    check(
        "fr",
        "Il fait -5 degrés, puis −3,5 (et -12).",
        &[
            (Number, "-5", n(-5.0)),
            (Number, "−3,5", n(-3.5)),
            (Number, "-12", n(-12.0)),
        ],
    );
}

#[test]
fn fr_qualifiers_stay_outside_the_span() {
    check_q(
        "fr",
        "Environ 300 personnes.",
        Number,
        "300",
        n(300.0),
        Approx,
    );
    check_q(
        "fr",
        "Il a réuni près de 2 000 personnes.",
        Number,
        "2 000",
        n(2000.0),
        Approx,
    );
    check_q(
        "fr",
        "Plus d'un million de visiteurs.",
        Number,
        "un million",
        n(1e6),
        MoreThan,
    );
    check_q("fr", "Au moins dix morts.", Number, "dix", n(10.0), AtLeast);
    check_q(
        "fr",
        "Moins de 5 % des voix.",
        Percent,
        "5 %",
        pc(5.0),
        LessThan,
    );
    check_q(
        "fr",
        "Jusqu'à 3 millions d'euros.",
        Money,
        "3 millions d'euros",
        money(3e6, "EUR"),
        AtMost,
    );
    check_q(
        "fr",
        "Une centaine de manifestants.",
        Number,
        "Une centaine",
        n(100.0),
        Approx,
    );
}

// ---- French: money

#[test]
fn fr_money() {
    check(
        "fr",
        "Un prêt de 1,5 milliard de dollars, puis 300 millions de dollars et 1,5 Md$.",
        &[
            (Money, "1,5 milliard de dollars", money(1.5e9, "USD")),
            (Money, "300 millions de dollars", money(3e8, "USD")),
            (Money, "1,5 Md$", money(1.5e9, "USD")),
        ],
    );
    check(
        "fr",
        "Le café coûte 3€ ou 3 €, le livre 50 euros, la taxe 10 000 tenge et 2 millions de roubles.",
        &[
            (Money, "3€", money(3.0, "EUR")),
            (Money, "3 €", money(3.0, "EUR")),
            (Money, "50 euros", money(50.0, "EUR")),
            (Money, "10 000 tenge", money(10_000.0, "KZT")),
            (Money, "2 millions de roubles", money(2e6, "RUB")),
        ],
    );
    check(
        "fr",
        "Soit 5 $US, USD 300 millions, 300 M€, un milliard d'euros et 1 dollar.",
        &[
            (Money, "5 $US", money(5.0, "USD")),
            (Money, "USD 300 millions", money(3e8, "USD")),
            (Money, "300 M€", money(3e8, "EUR")),
            (Money, "un milliard d'euros", money(1e9, "EUR")),
            (Money, "1 dollar", money(1.0, "USD")),
        ],
    );
}

#[test]
fn fr_money_abbreviation_needs_a_currency() {
    // "M" is a million only in an amount; alone it is just a letter after a number.
    check("fr", "Il a couru 5 M au total.", &[(Number, "5", n(5.0))]);
}

// ---- French: percentages

#[test]
fn fr_percentages() {
    check(
        "fr",
        "Il a obtenu 10%, 10 %, 80\u{a0}%, 3,5 %, dix pour cent et 10 pour cent.",
        &[
            (Percent, "10%", pc(10.0)),
            (Percent, "10 %", pc(10.0)),
            (Percent, "80\u{a0}%", pc(80.0)),
            (Percent, "3,5 %", pc(3.5)),
            (Percent, "dix pour cent", pc(10.0)),
            (Percent, "10 pour cent", pc(10.0)),
        ],
    );
}

#[test]
fn fr_percentage_points_are_not_percentages() {
    check(
        "fr",
        "Le chômage a baissé de 2 points de pourcentage.",
        &[(Number, "2", n(2.0))],
    );
    check("fr", "C'est pour cent raisons.", &[]);
}

// ---- French: ordinals

#[test]
fn fr_ordinals() {
    check(
        "fr",
        "Le 10e, le 10ème, le 10eme, le 1er, la 1re, la 1ère, le 2nd, le 1ᵉʳ.",
        &[
            (Ordinal, "10e", ord(10)),
            (Ordinal, "10ème", ord(10)),
            (Ordinal, "10eme", ord(10)),
            (Ordinal, "1er", ord(1)),
            (Ordinal, "1re", ord(1)),
            (Ordinal, "1ère", ord(1)),
            (Ordinal, "2nd", ord(2)),
            (Ordinal, "1ᵉʳ", ord(1)),
        ],
    );
    check(
        "fr",
        "La dixième édition, le premier jour, la première fois, la vingt et unième, la centième.",
        &[
            (Ordinal, "dixième", ord(10)),
            (Ordinal, "premier", ord(1)),
            (Ordinal, "première", ord(1)),
            (Ordinal, "vingt et unième", ord(21)),
            (Ordinal, "centième", ord(100)),
        ],
    );
    check(
        "fr",
        "Un deuxième mandat, le second tour, la seconde guerre.",
        &[
            (Ordinal, "deuxième", ord(2)),
            (Ordinal, "second", ord(2)),
            (Ordinal, "seconde", ord(2)),
        ],
    );
}

#[test]
fn fr_ambiguous_ordinal_words() {
    none("fr", "Le Premier ministre a attendu une seconde.");
    none("fr", "La première dame est venue.");
}

// ---- French: what is not a figure

#[test]
fn fr_articles_are_not_numbers() {
    none(
        "fr",
        "Un accord a été signé ; l'un d'eux est parti avec une valise.",
    );
    none(
        "fr",
        "Des milliers de personnes et des centaines de policiers, des millions d'euros.",
    );
    none(
        "fr",
        "Le pays est en quarantaine. Un bâtiment flambant neuf, rien de neuf.",
    );
    check(
        "fr",
        "Neuf personnes sont mortes.",
        &[(Number, "Neuf", n(9.0))],
    );
}

#[test]
fn fr_identifiers_times_and_scores() {
    none(
        "fr",
        "Le format C5+1, le G20, la COVID-19, un F-16 et un A320.",
    );
    none("fr", "Rendez-vous à 14h30, ou à 14 h 30, ou à 1:32.");
    none(
        "fr",
        "Le score final est de 9-3, en 2018-2019, ouvert 24/7.",
    );
    none("fr", "Le 1/2/2020, la voie A1/3 et le 1/250e.");
    none("fr", "La version 1.2.3 du 16.01.2018.");
}

#[test]
fn fr_fractions() {
    check(
        "fr",
        "Trois quarts des élus, un tiers des voix, un cinquième des sièges.",
        &[
            (Number, "Trois quarts", n(0.75)),
            (Number, "un tiers", n(1.0 / 3.0)),
            (Number, "un cinquième", n(0.2)),
        ],
    );
    none("fr", "Une demi-finale et un quart-monde.");
}

#[test]
fn fr_negative_adjectives_and_plural_firsts() {
    check(
        "fr",
        "Un écart de négatif trois, les trois premiers tours.",
        &[
            (Number, "négatif trois", n(-3.0)),
            (Number, "trois", n(3.0)),
            (Ordinal, "premiers", ord(1)),
        ],
    );
    check(
        "fr",
        "Un solde négatif de 5 millions ; les premiers ministres.",
        &[(Number, "5 millions", n(5e6))],
    );
}
