//! Feasts: with a year or a context word, standing alone, with modifiers, and their weekends.

use super::{check, none};

#[test]
fn feasts() {
    let at = Some("2024-04-18");
    check(
        "en",
        at,
        "Shops shut on Christmas Day.",
        "Christmas Day",
        "2023-12-25",
    );
    check(
        "en",
        at,
        "They met at Easter 2018.",
        "Easter 2018",
        "2018-04-01",
    );
    check(
        "en",
        at,
        "It fell two weeks before Christmas.",
        "two weeks before Christmas",
        "2023-12-11",
    );
    check(
        "en",
        at,
        "Parades ran on Thanksgiving 2023.",
        "Thanksgiving 2023",
        "2023-11-23",
    );
    check(
        "en",
        at,
        "He spoke last Easter.",
        "last Easter",
        "2024-03-31",
    );
    check("fr", at, "Il est revenu à Noël.", "Noël", "2023-12-25");
    check(
        "fr",
        at,
        "Il est parti le lundi de Pâques 2020.",
        "le lundi de Pâques 2020",
        "2020-04-13",
    );
    check(
        "en",
        None,
        "Shops shut on Christmas Day.",
        "Christmas Day",
        "XXXX-12-25",
    );
    check("en", None, "They met at Easter.", "Easter", "null");
    none("en", "Christmas shopping rose 4%.");
    none("en", "Easter eggs sold out.");
    none("fr", "Les cadeaux de Noël coûtent cher.");
}

#[test]
fn feasts_standing_alone() {
    let at = Some("2020-06-12");
    check(
        "en",
        at,
        "Juneteenth, which is also known as Freedom Day, is observed every year.",
        "Juneteenth",
        "2020-06-19",
    );
    check("en", at, "It was Christmas.", "Christmas", "2019-12-25");
    check(
        "fr",
        at,
        "Pâques, qui tombe tard, approche.",
        "Pâques",
        "2020-04-12",
    );
    // Words that qualify a noun, or a name.
    none("en", "Christmas shopping rose 4%.");
    none("en", "They felt the spirit of Christmas.");
    none("en", "Merry Christmas!");
    none("en", "Halloween costumes sold out.");
    none("fr", "Le père Noël.");
    none("fr", "Ils ont acheté des œufs de Pâques.");
    none("fr", "Noël Mamère a parlé.");
    none("fr", "L'ascension de la candidate surprend.");
}

#[test]
fn feasts_with_modifiers() {
    check(
        "en",
        Some("2019-02-12"),
        "When was the previous easter?",
        "previous easter",
        "2018-04-01",
    );
    check(
        "en",
        Some("2019-06-12"),
        "When was the following easter?",
        "following easter",
        "2020-04-12",
    );
    check(
        "fr",
        Some("2019-03-02"),
        "Il est venu à Pâques dernier.",
        "Pâques dernier",
        "2018-04-01",
    );
    check(
        "fr",
        Some("2019-03-02"),
        "Noël prochain, il viendra.",
        "Noël prochain",
        "2019-12-25",
    );
    // "following" as a preposition names the feast itself.
    check(
        "en",
        Some("2019-05-02"),
        "Following Easter Sunday's attacks, police searched homes.",
        "Easter Sunday",
        "2019-04-21",
    );
}

#[test]
fn feast_weekends() {
    let at = Some("2021-11-09");
    check(
        "en",
        at,
        "I need to prepare for labor day weekend.",
        "labor day weekend",
        "2021-09-04/2021-09-06",
    );
    check(
        "en",
        at,
        "I need to prepare for labor day 2021 weekend.",
        "labor day 2021 weekend",
        "2021-09-04/2021-09-06",
    );
    check(
        "en",
        at,
        "I want to book a flight for the weekend of halloween.",
        "the weekend of halloween",
        "2021-10-30/2021-10-31",
    );
    check(
        "en",
        None,
        "I want to book a flight for halloween weekend 2021.",
        "halloween weekend 2021",
        "2021-10-30/2021-10-31",
    );
    check(
        "en",
        None,
        "We'll take weekend of thanksgiving 2023 off.",
        "weekend of thanksgiving 2023",
        "2023-11-23/2023-11-26",
    );
    check(
        "fr",
        Some("2019-03-02"),
        "Ils partent le week-end de Pâques.",
        "le week-end de Pâques",
        "2019-04-20/2019-04-21",
    );
    // Halloween 2018 was a Wednesday, between two weekends; a fixed feast without its
    // year has no known weekday.
    check(
        "en",
        None,
        "They met on Halloween weekend 2018.",
        "Halloween weekend 2018",
        "null",
    );
    check(
        "en",
        None,
        "They met on Halloween weekend.",
        "Halloween weekend",
        "null",
    );
}
