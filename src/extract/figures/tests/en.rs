//! English: numbers in digits and words, scales, qualifiers, money, percentages, ordinals,
//! fractions, and what is not a figure (articles, pronouns, identifiers, times, scores).

use super::*;

// ---- English: numbers

#[test]
fn en_digit_formats() {
    check(
        "en",
        "It rose 1.5 then 1,5; 1,500 and 1,500,000 came, 1,234.56 miles and 1\u{202f}500 more.",
        &[
            (Number, "1.5", n(1.5)),
            (Number, "1,5", n(1.5)),
            (Number, "1,500", n(1500.0)),
            (Number, "1,500,000", n(1_500_000.0)),
            (Number, "1,234.56", n(1234.56)),
            (Number, "1\u{202f}500", n(1500.0)),
        ],
    );
}

#[test]
fn en_number_words() {
    let cases: &[(&str, f64)] = &[
        ("a dozen", 12.0),
        ("two dozen", 24.0),
        ("two hundred", 200.0),
        ("twenty-one", 21.0),
        ("twenty one", 21.0),
        ("ninety-nine", 99.0),
        ("a hundred and five", 105.0),
        ("one hundred thousand", 100_000.0),
        ("three million", 3e6),
        ("a billion", 1e9),
        ("seven", 7.0),
    ];
    for &(words, v) in cases {
        let text = format!("They counted {words} protesters.");
        check("en", &text, &[(Number, words, n(v))]);
    }
}

#[test]
fn en_scales() {
    check(
        "en",
        "It cost 2 billion, then 1.5 million, 10k and 3tn.",
        &[
            (Number, "2 billion", n(2e9)),
            (Number, "1.5 million", n(1.5e6)),
            (Number, "10k", n(10_000.0)),
            (Number, "3tn", n(3e12)),
        ],
    );
}

#[test]
fn en_negative_numbers() {
    check(
        "en",
        "It fell to -5 and -0.5.",
        &[(Number, "-5", n(-5.0)), (Number, "-0.5", n(-0.5))],
    );
    // Two hyphens are a dash, not a minus.
    check(
        "en",
        "He has 2,129 points--13 more than Buford.",
        &[(Number, "2,129", n(2129.0)), (Number, "13", n(13.0))],
    );
}

#[test]
fn en_qualifiers() {
    check_q("en", "About 300 people.", Number, "300", n(300.0), Approx);
    check_q(
        "en",
        "It took nearly 40 days.",
        Number,
        "40",
        n(40.0),
        Approx,
    );
    check_q("en", "Around 5% of them.", Percent, "5%", pc(5.0), Approx);
    check_q(
        "en",
        "More than 1,000 died.",
        Number,
        "1,000",
        n(1000.0),
        MoreThan,
    );
    check_q("en", "Over 20 countries.", Number, "20", n(20.0), MoreThan);
    check_q(
        "en",
        "At least three people.",
        Number,
        "three",
        n(3.0),
        AtLeast,
    );
    check_q(
        "en",
        "Less than $5m was paid.",
        Money,
        "$5m",
        money(5e6, "USD"),
        LessThan,
    );
    check_q(
        "en",
        "Up to 10 percent.",
        Percent,
        "10 percent",
        pc(10.0),
        AtMost,
    );
}

// ---- English: money

#[test]
fn en_money() {
    check(
        "en",
        "A $1.5bn loan, USD 300 million, US$20, £5, ¥100 and €3.",
        &[
            (Money, "$1.5bn", money(1.5e9, "USD")),
            (Money, "USD 300 million", money(3e8, "USD")),
            (Money, "US$20", money(20.0, "USD")),
            (Money, "£5", money(5.0, "GBP")),
            (Money, "¥100", money(100.0, "JPY")),
            (Money, "€3", money(3.0, "EUR")),
        ],
    );
    check(
        "en",
        "It paid 300 dollars, 5 million euros, 1 dollar, 40,000 tenge and two billion roubles.",
        &[
            (Money, "300 dollars", money(300.0, "USD")),
            (Money, "5 million euros", money(5e6, "EUR")),
            (Money, "1 dollar", money(1.0, "USD")),
            (Money, "40,000 tenge", money(40_000.0, "KZT")),
            (Money, "two billion roubles", money(2e9, "RUB")),
        ],
    );
    check(
        "en",
        "Then $2.5 billion, 30 Canadian dollars.",
        &[
            (Money, "$2.5 billion", money(2.5e9, "USD")),
            (Money, "30 Canadian dollars", money(30.0, "CAD")),
        ],
    );
}

// ---- English: percentages

#[test]
fn en_percentages() {
    check(
        "en",
        "It got 10%, 10 percent, 10 per cent, ten percent and 80 %.",
        &[
            (Percent, "10%", pc(10.0)),
            (Percent, "10 percent", pc(10.0)),
            (Percent, "10 per cent", pc(10.0)),
            (Percent, "ten percent", pc(10.0)),
            (Percent, "80 %", pc(80.0)),
        ],
    );
    check(
        "en",
        "Rates rose 2 percentage points.",
        &[(Number, "2", n(2.0))],
    );
}

// ---- English: ordinals

#[test]
fn en_ordinals() {
    check(
        "en",
        "The 1st, 2nd, 3rd and 10th; the tenth, the first, the twenty-first and the second round.",
        &[
            (Ordinal, "1st", ord(1)),
            (Ordinal, "2nd", ord(2)),
            (Ordinal, "3rd", ord(3)),
            (Ordinal, "10th", ord(10)),
            (Ordinal, "tenth", ord(10)),
            (Ordinal, "first", ord(1)),
            (Ordinal, "twenty-first", ord(21)),
            (Ordinal, "second", ord(2)),
        ],
    );
    none(
        "en",
        "Wait a second. She will second the motion. At first it failed.",
    );
}

// ---- English: what is not a figure

#[test]
fn en_articles_and_pronouns_are_not_numbers() {
    none(
        "en",
        "One of them signed a deal; no one else did. The one who left.",
    );
    none(
        "en",
        "Hundreds of people and thousands of police; millions of dollars.",
    );
    check("en", "Only one person died.", &[(Number, "one", n(1.0))]);
}

#[test]
fn en_identifiers_times_and_scores() {
    none(
        "en",
        "The C5+1 format, the G20, COVID-19, an F-16 and an A320.",
    );
    none("en", "At 1:32 PM, or 5 p.m., the score was 9-3.");
    none("en", "In the 1990s, version 2.0.1.");
}

#[test]
fn en_fractions() {
    check(
        "en",
        "A third of voters, two thirds of seats, a half; a third term.",
        &[
            (Number, "A third", n(1.0 / 3.0)),
            (Number, "two thirds", n(2.0 / 3.0)),
            (Number, "a half", n(0.5)),
            (Ordinal, "third", ord(3)),
        ],
    );
}
