//! Seasons, parts of a week, month or year (with or without their year), decades and
//! centuries in figures or words.

use super::{check, dates, none};

#[test]
fn french_seasons() {
    let a = Some("2016-11-07");
    check(
        "fr",
        a,
        "Il partira l'été 2016.",
        "été 2016",
        "2016-06/2016-08",
    );
    check(
        "fr",
        a,
        "Il est parti en été 2016.",
        "été 2016",
        "2016-06/2016-08",
    );
    check(
        "fr",
        a,
        "Il partira l'été de 2016.",
        "été de 2016",
        "2016-06/2016-08",
    );
    check(
        "fr",
        a,
        "Tout a changé l'hiver 2016.",
        "hiver 2016",
        "2016-12/2017-02",
    );
    check("fr", a, "Il partira cet été.", "cet été", "2016-06/2016-08");
    check(
        "fr",
        a,
        "Il est parti l'hiver dernier.",
        "hiver dernier",
        "2015-12/2016-02",
    );
    check(
        "fr",
        a,
        "Il partira cet hiver.",
        "cet hiver",
        "2016-12/2017-02",
    );
    check(
        "fr",
        a,
        "Il partira le printemps prochain.",
        "printemps prochain",
        "2017-03/2017-05",
    );
    check(
        "fr",
        a,
        "Il pleut en automne.",
        "automne",
        "XXXX-09/XXXX-11",
    );
    check(
        "fr",
        None,
        "Il est parti l'été dernier.",
        "été dernier",
        "null",
    );
    check(
        "fr",
        None,
        "Il partira l'été 2016.",
        "été 2016",
        "2016-06/2016-08",
    );
    check("fr", a, "En hiver, il neige.", "hiver", "XXXX-12/XXXX-02");
    // The participle.
    none("fr", "Il a été 2e du classement.");
    check(
        "fr",
        a,
        "Le bilan a été 1500 morts en 2015.",
        "2015",
        "2015",
    );
}

#[test]
fn english_seasons() {
    let a = Some("2016-11-07");
    check(
        "en",
        a,
        "He left in summer 2016.",
        "summer 2016",
        "2016-06/2016-08",
    );
    check(
        "en",
        a,
        "The summer of 2016 was hot.",
        "summer of 2016",
        "2016-06/2016-08",
    );
    check(
        "en",
        a,
        "He left last winter.",
        "last winter",
        "2015-12/2016-02",
    );
    check(
        "en",
        a,
        "He will leave this summer.",
        "this summer",
        "2016-06/2016-08",
    );
    check(
        "en",
        a,
        "He will leave next spring.",
        "next spring",
        "2017-03/2017-05",
    );
    check(
        "en",
        Some("2017-01-15"),
        "Prices rose this winter.",
        "this winter",
        "2016-12/2017-02",
    );
    check("en", None, "He left last winter.", "last winter", "null");
    check(
        "en",
        a,
        "He won at the Winter Olympics in 2014.",
        "2014",
        "2014",
    );
    none("en", "Donna Summer sang.");
    check(
        "en",
        a,
        "He signed later in the summer.",
        "summer",
        "XXXX-06/XXXX-08",
    );
    none("en", "They met during winter meetings in Las Vegas.");
}

#[test]
fn decades() {
    check(
        "fr",
        None,
        "Dans les années 1990, tout change.",
        "les années 1990",
        "1990/1999",
    );
    check(
        "fr",
        None,
        "La mode des années 70 revient.",
        "années 70",
        "1970/1979",
    );
    check(
        "en",
        None,
        "In the 1990s, it changed.",
        "1990s",
        "1990/1999",
    );
    check(
        "en",
        None,
        "In the 1970's, it changed.",
        "1970's",
        "1970/1979",
    );
    none("en", "He scored 1995s and 1990 points.");
}

#[test]
fn parts_of_the_week_month_or_year() {
    // A Wednesday.
    let a = Some("2021-03-10");
    check(
        "en",
        a,
        "Talks go on for the rest of the week.",
        "rest of the week",
        "2021-03-10/2021-03-14",
    );
    check(
        "en",
        a,
        "The vote comes later this week.",
        "later this week",
        "2021-03-11/2021-03-14",
    );
    check(
        "en",
        a,
        "They met earlier in the week.",
        "earlier in the week",
        "2021-03-08/2021-03-09",
    );
    check(
        "en",
        a,
        "Prices stay high for the rest of the month.",
        "rest of the month",
        "2021-03-10/2021-03-31",
    );
    check(
        "en",
        a,
        "More cuts come later in the year.",
        "later in the year",
        "2021",
    );
    check(
        "en",
        a,
        "Rain fell over the past fortnight.",
        "past fortnight",
        "2021-02-22/2021-03-07",
    );
    check(
        "fr",
        a,
        "La grève durera le reste de l'année.",
        "reste de l'année",
        "2021-03-10/2021-12-31",
    );
    check(
        "fr",
        a,
        "Le vote aura lieu plus tard cette semaine.",
        "plus tard cette semaine",
        "2021-03-11/2021-03-14",
    );
    check(
        "en",
        None,
        "The rest of the week is free.",
        "rest of the week",
        "null",
    );
    none("en", "The week was long and the rest was short.");
    none("en", "He spent the rest of his life abroad.");
}

#[test]
fn decades_and_centuries_in_words() {
    let a = Some("2019-04-03");
    check(
        "en",
        a,
        "Music of the nineteen sixties.",
        "nineteen sixties",
        "1960/1969",
    );
    check(
        "en",
        a,
        "Rents rose in the twenty-tens.",
        "twenty-tens",
        "2010/2019",
    );
    check(
        "en",
        a,
        "Built in the 18th century.",
        "18th century",
        "1700/1799",
    );
    check(
        "en",
        a,
        "A problem of the twenty-first century.",
        "twenty-first century",
        "2000/2099",
    );
    check(
        "fr",
        a,
        "Une église du XIIe siècle.",
        "XIIe siècle",
        "1100/1199",
    );
    check(
        "fr",
        a,
        "Au XXème siècle, la ville a grandi.",
        "XXème siècle",
        "1900/1999",
    );
    check(
        "fr",
        a,
        "Dans les années deux mille, tout change.",
        "les années deux mille",
        "2000/2009",
    );
    none("en", "Temperatures stayed in the seventies.");
    none("en", "He is in his sixties.");
    none("en", "The 20th Century Fox lot was sold.");
    none("en", "A 19th-century house burned.");
    none("fr", "Le XXe arrondissement vote.");
    none("fr", "Éèe siècle, Xème, IVXLème, LLLLe siècle.");
}

#[test]
fn parts_of_a_year() {
    check(
        "fr",
        None,
        "Au premier trimestre 2019, les ventes ont baissé.",
        "premier trimestre 2019",
        "2019-01/2019-03",
    );
    check(
        "fr",
        None,
        "Le T3 2020 a été bon.",
        "T3 2020",
        "2020-07/2020-09",
    );
    check(
        "en",
        None,
        "In the first half of 2020, sales fell.",
        "first half of 2020",
        "2020-01/2020-06",
    );
    check(
        "en",
        None,
        "Results for Q4 2023 are out.",
        "Q4 2023",
        "2023-10/2023-12",
    );
    check(
        "en",
        None,
        "Results for 2019-Q1 are out.",
        "2019-Q1",
        "2019-01/2019-03",
    );
    check(
        "fr",
        Some("2024-04-18"),
        "Le trimestre dernier, rien.",
        "Le trimestre dernier",
        "2024-01/2024-03",
    );
    // A half of a match is not a half of a year.
    none("en", "He scored in the second half.");
}

#[test]
fn parts_of_a_year_without_year() {
    let at = Some("2016-11-07");
    check("en", at, "I'll be back during Q2.", "Q2", "XXXX-04/XXXX-06");
    check(
        "en",
        at,
        "Sales fell 3% in the second quarter.",
        "second quarter",
        "XXXX-04/XXXX-06",
    );
    check(
        "en",
        None,
        "Q3 results beat forecasts.",
        "Q3",
        "XXXX-07/XXXX-09",
    );
    assert_eq!(
        dates("en", at, "q1 and q2 could be any year"),
        vec![
            ("q1".to_string(), "XXXX-01/XXXX-03".to_string()),
            ("q2".to_string(), "XXXX-04/XXXX-06".to_string()),
        ]
    );
    check(
        "en",
        None,
        "I'll be out during 2016H2.",
        "2016H2",
        "2016-07/2016-12",
    );
    check(
        "en",
        None,
        "Results for 2019Q1 are out.",
        "2019Q1",
        "2019-01/2019-03",
    );
    check(
        "fr",
        at,
        "Au deuxième trimestre, les ventes ont baissé.",
        "deuxième trimestre",
        "XXXX-04/XXXX-06",
    );
    check(
        "fr",
        None,
        "Les résultats du premier semestre sont bons.",
        "premier semestre",
        "XXXX-01/XXXX-06",
    );
    check(
        "fr",
        None,
        "Le troisième trimestre 2016 a été bon.",
        "troisième trimestre 2016",
        "2016-07/2016-09",
    );
}

#[test]
fn parts_of_a_year_without_year_guards() {
    // A model's name, a part of something else, a part with no context.
    none("en", "The Audi Q2 sold well.");
    none("en", "Audi Q2 sales rose.");
    none("en", "The second quarter of the game was dull.");
    none("en", "The second quarter was slow.");
    // Halves and codes that are also other things need their year.
    none("en", "He scored in the second half.");
    none("en", "They invest in H2 and batteries.");
    none("fr", "Il habite au T2 de la résidence.");
    none("fr", "Au dernier trimestre, le PIB a progressé.");
    // An article about sports.
    none(
        "en",
        "The quarterback threw for 200 yards, most of them in the fourth quarter.",
    );
}

#[test]
fn decades_in_words() {
    check(
        "en",
        None,
        "In the noughties, it grew.",
        "noughties",
        "2000/2009",
    );
    check(
        "en",
        None,
        "In the two thousands, it grew.",
        "two thousands",
        "2000/2009",
    );
    check(
        "en",
        None,
        "Music of the Seventies.",
        "Seventies",
        "1970/1979",
    );
    check(
        "fr",
        None,
        "Pendant les années folles, Paris dansait.",
        "années folles",
        "1920/1929",
    );
    // A decade name alone in lower case may be temperatures or ages.
    none("en", "Highs will be in the nineties.");
    none("en", "Two thousands people came.");
}
