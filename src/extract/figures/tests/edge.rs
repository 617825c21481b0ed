//! Compounds and edge forms, in both languages: currency codes and shorthands, cents, compound
//! denominators, spoken decimals, powers, ratios, lists, fractions of scale words, negative words.

use super::*;

// ---- Compounds and edge forms, both languages

#[test]
fn currency_prefixes_codes_and_finance_shorthands() {
    check(
        "en",
        "A c $ 2.1 million grant, nzd$40, then EUR250 and 90GBP; a 35 MEUR deal, MUSD 4.",
        &[
            (Money, "c $ 2.1 million", money(2.1e6, "CAD")),
            (Money, "nzd$40", money(40.0, "NZD")),
            (Money, "EUR250", money(250.0, "EUR")),
            (Money, "90GBP", money(90.0, "GBP")),
            (Money, "35 MEUR", money(35e6, "EUR")),
            (Money, "MUSD 4", money(4e6, "USD")),
        ],
    );
    check(
        "en",
        "They raised 40 USD million.",
        &[(Money, "40 USD million", money(4e7, "USD"))],
    );
    check(
        "fr",
        "Une charge de 2,5 millions de $ c, puis 8 $ hk et 3 mxn$.",
        &[
            (Money, "2,5 millions de $ c", money(2.5e6, "CAD")),
            (Money, "8 $ hk", money(8.0, "HKD")),
            (Money, "3 mxn$", money(3.0, "MXN")),
        ],
    );
    // An elided word after the symbol is no country letter.
    check(
        "fr",
        "Payer 5 $ c'est peu.",
        &[(Money, "5 $", money(5.0, "USD"))],
    );
    // Codes glued to other words or letters are identifiers.
    none("en", "Flight EUR2X and the XEUR250 index.");
}

#[test]
fn hundredths_without_a_subunit_word() {
    check(
        "en",
        "It sold for twelve dollars sixty.",
        &[(Money, "twelve dollars sixty", money(12.6, "USD"))],
    );
    check(
        "en",
        "A ticket is 9 dollars and 25.",
        &[(Money, "9 dollars and 25", money(9.25, "USD"))],
    );
    check(
        "en",
        "The fare rose to 4 CHF 20.",
        &[(Money, "4 CHF 20", money(4.2, "CHF"))],
    );
    // A range is not an amount with hundredths.
    check(
        "en",
        "Prices between 5 dollars and 10.",
        &[
            (Money, "5 dollars", money(5.0, "USD")),
            (Number, "10", n(10.0)),
        ],
    );
    check(
        "fr",
        "Le prix varie entre 5 euros et 12.",
        &[
            (Money, "5 euros", money(5.0, "EUR")),
            (Number, "12", n(12.0)),
        ],
    );
}

#[test]
fn compound_denominators() {
    check(
        "en",
        "One thirty-second of the budget, three sixty-fourths of it, a forty-first.",
        &[
            (Number, "One thirty-second", n(1.0 / 32.0)),
            (Number, "three sixty-fourths", n(3.0 / 64.0)),
            (Number, "a forty-first", n(1.0 / 41.0)),
        ],
    );
    check(
        "en",
        "Two hundred and fifty tenths, two hundred seventy-fifths.",
        &[
            (Number, "Two hundred and fifty tenths", n(25.0)),
            (Number, "two hundred seventy-fifths", n(200.0 / 75.0)),
        ],
    );
    check(
        "fr",
        "Il en reste un trente-deuxième. Une quarante et unième part.",
        &[
            (Number, "un trente-deuxième", n(1.0 / 32.0)),
            (Ordinal, "quarante et unième", ord(41)),
        ],
    );
    // A simple ordinal at the end of a clause stays a rank.
    check(
        "en",
        "Two were killed and a third, injured; he wounded a fifth.",
        &[
            (Number, "Two", n(2.0)),
            (Ordinal, "third", ord(3)),
            (Ordinal, "fifth", ord(5)),
        ],
    );
    // Ranks stay ranks: a noun after them, or a hyphenated compound.
    check(
        "en",
        "The three twentieth-century wars and a twenty-first season.",
        &[
            (Number, "three", n(3.0)),
            (Ordinal, "twentieth", ord(20)),
            (Ordinal, "twenty-first", ord(21)),
        ],
    );
}

#[test]
fn spoken_decimals_and_spaced_hyphens() {
    check(
        "en",
        "It grew six point two five, then nought point nought seven, minus four point nine.",
        &[
            (Number, "six point two five", n(6.25)),
            (Number, "nought point nought seven", n(0.07)),
            (Number, "minus four point nine", n(-4.9)),
        ],
    );
    check(
        "en",
        "Sales hit three point five million; forty - six remained.",
        &[
            (Number, "three point five million", n(3.5e6)),
            (Number, "forty - six", n(46.0)),
        ],
    );
    check(
        "fr",
        "Un indice de trois virgule quatre, puis cent virgule vingt-cinq.",
        &[
            (Number, "trois virgule quatre", n(3.4)),
            (Number, "cent virgule vingt-cinq", n(100.25)),
        ],
    );
    // "point" as a noun, and "naught" as an idiom, are no figures.
    check("en", "The point is moot; it was all for naught.", &[]);
    check(
        "en",
        "Scores were two - one and twenty - 5.",
        &[
            (Number, "two", n(2.0)),
            (Number, "one", n(1.0)),
            (Number, "twenty", n(20.0)),
            (Number, "5", n(5.0)),
        ],
    );
}

#[test]
fn slash_unicode_and_mixed_fractions() {
    check(
        "en",
        "Then 2/3 of voters, ¾ and 1½ cups, 2 1/4 miles.",
        &[
            (Number, "2/3", n(2.0 / 3.0)),
            (Number, "¾", n(0.75)),
            (Number, "1½", n(1.5)),
            (Number, "2 1/4", n(2.25)),
        ],
    );
    check(
        "fr",
        "Les 3/4 des élus, soit -1/2 point.",
        &[(Number, "3/4", n(0.75)), (Number, "-1/2", n(-0.5))],
    );
    // Dates, opening hours, paths and big denominators are no fractions.
    none("en", "Open 24/7 since 3/14/2015, see a/3/4.");
    check("en", "Route 9/120 closed.", &[]);
    none("en", "After 9/11 the show drew a 17/35 rating.");
}

#[test]
fn powers() {
    check(
        "en",
        "It is 2^10, or 1.5^-2, and -3^2.",
        &[
            (Number, "2^10", n(1024.0)),
            (Number, "1.5^-2", n(1.0 / 2.25)),
            (Number, "-3^2", n(-9.0)),
        ],
    );
    check("fr", "Soit 1,5^2 %.", &[(Percent, "1,5^2 %", pc(2.25))]);
    none("en", "Variable x^2 and 2^n.");
}

#[test]
fn ratios() {
    check(
        "en",
        "One in four adults, 3 out of 10 homes, one over 8.",
        &[
            (Number, "One in four", n(0.25)),
            (Number, "3 out of 10", n(0.3)),
            (Number, "one over 8", n(0.125)),
        ],
    );
    check(
        "fr",
        "Un Français sur trois ; 12 sur 20 ; un sur cent vingt.",
        &[
            (Number, "trois", n(3.0)),
            (Number, "12 sur 20", n(0.6)),
            (Number, "un sur cent vingt", n(1.0 / 120.0)),
        ],
    );
    // Not ratios: an article, a year, a duration, a count above its total.
    check(
        "en",
        "He was exhibit number one in a hearing.",
        &[(Number, "one", n(1.0))],
    );
    check(
        "en",
        "They won 5 in 2020 and earned 2000 in 3 years; 5 out of 2.",
        &[
            (Number, "5", n(5.0)),
            (Number, "2020", n(2020.0)),
            (Number, "2000", n(2000.0)),
            (Number, "3", n(3.0)),
            (Number, "5", n(5.0)),
            (Number, "2", n(2.0)),
        ],
    );
}

#[test]
fn lists_and_indian_grouping() {
    check(
        "en",
        "See pages 4,7,19. The fund holds 3,25,000.50 rupees and 1,50,00,000 in bonds.",
        &[
            (Number, "4", n(4.0)),
            (Number, "7", n(7.0)),
            (Number, "19", n(19.0)),
            (Money, "3,25,000.50 rupees", money(325_000.5, "INR")),
            (Number, "1,50,00,000", n(15_000_000.0)),
        ],
    );
    // A comma is the French decimal mark: no list, no figure.
    none("fr", "Voir 4,7,19.");
    // Thousands stay thousands.
    check(
        "en",
        "It had 1,234,567 votes.",
        &[(Number, "1,234,567", n(1_234_567.0))],
    );
}

#[test]
fn fractions_of_scale_words() {
    check(
        "en",
        "A quarter of a million, half million, two fifths of a billion; one million and a half thousand.",
        &[
            (Number, "A quarter of a million", n(250_000.0)),
            (Number, "half million", n(500_000.0)),
            (Number, "two fifths of a billion", n(4e8)),
            (Number, "one million and a half thousand", n(1_000_500.0)),
        ],
    );
    check(
        "fr",
        "Les trois quarts d'un million.",
        &[(Number, "trois quarts d'un million", n(750_000.0))],
    );
    // "half" and "quarter" alone are no figures.
    none("en", "Half the team reached a quarter-final.");
}

#[test]
fn digits_with_hundreds_and_dozens() {
    check(
        "en",
        "Then 4 hundred and 12 people bought 5 dzs.",
        &[
            (Number, "4 hundred and 12", n(412.0)),
            (Number, "5 dzs", n(60.0)),
        ],
    );
    check(
        "fr",
        "Soit 20 pourcentages et une tierce personne.",
        &[
            (Percent, "20 pourcentages", pc(20.0)),
            (Ordinal, "tierce", ord(3)),
        ],
    );
}

#[test]
fn fractions_joined_to_a_number() {
    check(
        "fr",
        "Un million et demi de dollars, 3 millions et demi, cinq milliards et trois quarts.",
        &[
            (Money, "Un million et demi de dollars", money(1.5e6, "USD")),
            (Number, "3 millions et demi", n(3.5e6)),
            (Number, "cinq milliards et trois quarts", n(5.75e9)),
        ],
    );
    check(
        "en",
        "One and a half, five and a half million, half a million people, a quarter million.",
        &[
            (Number, "One and a half", n(1.5)),
            (Number, "five and a half million", n(5.5e6)),
            (Number, "half a million", n(5e5)),
            (Number, "a quarter million", n(2.5e5)),
        ],
    );
    // An article and a connector alone make nothing.
    none("fr", "Un accord et demi-tour.");
}

#[test]
fn negative_words_but_not_bounds() {
    check(
        "fr",
        "Il fait moins 5 degrés.",
        &[(Number, "moins 5", n(-5.0))],
    );
    check_q("fr", "Au moins 5 blessés.", Number, "5", n(5.0), AtLeast);
    check(
        "en",
        "It fell minus five percent.",
        &[(Percent, "minus five percent", pc(-5.0))],
    );
}

#[test]
fn leading_decimals_and_exponents() {
    check(
        "en",
        "A rate of .08 and 1.3e6 or 12.32e+14.",
        &[
            (Number, ".08", n(0.08)),
            (Number, "1.3e6", n(1.3e6)),
            (Number, "12.32e+14", n(1.232e15)),
        ],
    );
    check(
        "fr",
        "Un taux de ,5 et 1e10.",
        &[(Number, ",5", n(0.5)), (Number, "1e10", n(1e10))],
    );
}

#[test]
fn english_space_groups_and_scales() {
    let got = run("en", "Then 40 000 came; 3 hundred, 3 dozens and 10M more.");
    let texts: Vec<&str> = got.iter().map(|f| f.1.as_str()).collect();
    assert_eq!(texts, vec!["40 000", "3 hundred", "3 dozens", "10M"]);
    // "5 cents" in French is money, not 500.
    check("fr", "Une pièce de 5 cents.", &[(Number, "5", n(5.0))]);
}

#[test]
fn cents_after_an_amount() {
    check(
        "en",
        "It cost 3 dollars 50 cents, then thirteen dollars and forty-five cents.",
        &[
            (Money, "3 dollars 50 cents", money(3.5, "USD")),
            (
                Money,
                "thirteen dollars and forty-five cents",
                money(13.45, "USD"),
            ),
        ],
    );
    check(
        "fr",
        "Le ticket coûte 2 euros 50.",
        &[(Money, "2 euros 50", money(2.5, "EUR"))],
    );
    // Two amounts side by side stay two amounts.
    check(
        "fr",
        "Soit 10 $ 30 $, ou 5 euros 20 personnes.",
        &[
            (Money, "10 $", money(10.0, "USD")),
            (Money, "30 $", money(30.0, "USD")),
            (Money, "5 euros", money(5.0, "EUR")),
            (Number, "20", n(20.0)),
        ],
    );
}

#[test]
fn currency_names_that_need_a_scale() {
    check(
        "en",
        "Profit rose to 361 million pounds; he weighs 200 pounds.",
        &[
            (Money, "361 million pounds", money(3.61e8, "GBP")),
            (Number, "200", n(200.0)),
        ],
    );
}

#[test]
fn symbol_before_an_amount_wins() {
    check(
        "en",
        "Costs: $ 20,000.00 $ 37,305.97 in all.",
        &[
            (Money, "$ 20,000.00", money(20_000.0, "USD")),
            (Money, "$ 37,305.97", money(37_305.97, "USD")),
        ],
    );
    // "A$" is one symbol only when written glued.
    check(
        "en",
        "A $5 fee and A$5 more.",
        &[
            (Money, "$5", money(5.0, "USD")),
            (Money, "A$5", money(5.0, "AUD")),
        ],
    );
}

#[test]
fn url_percent_signs_are_not_percentages() {
    none(
        "en",
        "See http://example.com/search?q=30%25%2020%2D9114%29 now.",
    );
    check("en", "It rose 5% today.", &[(Percent, "5%", pc(5.0))]);
}

#[test]
fn glued_units_are_not_numbers() {
    none("en", "A 1m fall and a 5km run.");
}
