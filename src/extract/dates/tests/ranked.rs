//! Weeks, weekdays and units ranked or numbered in a year or month: "the third week of 2027",
//! "week 31", "the first Sunday of May", "the first ten days of last year".

use super::{check, none};

#[test]
fn weeks_counted_in_a_year_or_month() {
    let at = Some("2024-04-18");
    check(
        "en",
        at,
        "Talks start in the first week of 2021.",
        "first week of 2021",
        "2021-01-04/2021-01-10",
    );
    check(
        "en",
        at,
        "It closes the last week of 2016.",
        "last week of 2016",
        "2016-12-26/2017-01-01",
    );
    check(
        "en",
        at,
        "Polls open the third week of this month.",
        "third week of this month",
        "2024-04-15/2024-04-21",
    );
    check(
        "en",
        at,
        "Polls open the second week of June.",
        "second week of June",
        "2024-06-10/2024-06-16",
    );
    check(
        "fr",
        at,
        "Le vote a lieu la troisième semaine de 2027.",
        "troisième semaine de 2027",
        "2027-01-18/2027-01-24",
    );
    check(
        "fr",
        at,
        "Le vote a lieu la dernière semaine de juillet.",
        "dernière semaine de juillet",
        "2024-07-22/2024-07-28",
    );
    none("en", "It was his first week in office.");
    none("fr", "C'était sa deuxième semaine de travail.");
}

#[test]
fn units_counted_in_a_year() {
    let a = Some("2020-11-07");
    check(
        "en",
        a,
        "Sales for the last three months of 2019 fell.",
        "last three months of 2019",
        "2019-10/2019-12",
    );
    check(
        "en",
        a,
        "It rained the first five days of next year.",
        "first five days of next year",
        "2021-01-01/2021-01-05",
    );
    check(
        "en",
        a,
        "Booked for the first 2 weeks of 2021.",
        "first 2 weeks of 2021",
        "2021-01-04/2021-01-17",
    );
    check(
        "en",
        a,
        "Figures for week 12 of 2019 came out.",
        "week 12 of 2019",
        "2019-03-18/2019-03-24",
    );
    check(
        "en",
        a,
        "They return the fourth month of 2022.",
        "fourth month of 2022",
        "2022-04",
    );
    check(
        "en",
        a,
        "The last four months were hard.",
        "last four months",
        "2020-07-07/2020-11-06",
    );
    none("en", "The team won in week 10 of the season.");
    none("en", "The third month of the war was the worst.");
}

#[test]
fn weekdays_ranked_in_a_month() {
    let a = Some("2017-09-27");
    check(
        "en",
        a,
        "I'll go back second Sunday",
        "second Sunday",
        "2017-09-10",
    );
    check(
        "en",
        a,
        "I'll go back first Sunday",
        "first Sunday",
        "2017-09-03",
    );
    check(
        "en",
        a,
        "I'll go back third Tuesday.",
        "third Tuesday",
        "2017-09-19",
    );
    // No fifth Sunday in September 2017.
    check("en", a, "I'll go back fifth Sunday", "fifth Sunday", "null");
    check(
        "en",
        a,
        "The vote is on the first Sunday of May.",
        "first Sunday of May",
        "2017-05-07",
    );
    check(
        "en",
        a,
        "It falls on the third Tuesday in May 2019.",
        "third Tuesday in May 2019",
        "2019-05-21",
    );
    check(
        "en",
        a,
        "It ends the last Friday of May.",
        "last Friday of May",
        "2017-05-26",
    );
    check(
        "en",
        a,
        "It opens the first Monday of next month.",
        "first Monday of next month",
        "2017-10-02",
    );
    check(
        "en",
        None,
        "It opens the first Monday of May.",
        "first Monday of May",
        "null",
    );
    check(
        "fr",
        a,
        "Il revient le premier dimanche de mai.",
        "premier dimanche de mai",
        "2017-05-07",
    );
    check(
        "fr",
        a,
        "Il revient le deuxième dimanche.",
        "deuxième dimanche",
        "2017-09-10",
    );
    check(
        "fr",
        a,
        "Il revient le dernier lundi du mois prochain.",
        "dernier lundi du mois prochain",
        "2017-10-30",
    );
    // "last Sunday" alone is still the most recent one.
    check("en", a, "He came last Sunday.", "last Sunday", "2017-09-24");
    check(
        "fr",
        a,
        "Il est venu dimanche dernier.",
        "dimanche dernier",
        "2017-09-24",
    );
    // Recurring, counted or belonging to something else: not a day of this month.
    none("en", "Patches come on the second Tuesday of each month.");
    none("en", "They marched for a third Saturday.");
    none("en", "Protests went on for the third Saturday.");
    none("en", "It was the second Sunday in a row.");
    none("en", "They met on the first Sunday of Lent.");
    none("en", "The third Saturday protest drew crowds.");
    none("fr", "Ils ont manifesté pour un troisième samedi.");
    none("fr", "Ils ont manifesté le troisième samedi consécutif.");
}

#[test]
fn week_numbers() {
    let at = Some("2018-07-02");
    check(
        "en",
        at,
        "Show sales in the week 31.",
        "week 31",
        "2018-07-30/2018-08-05",
    );
    check(
        "en",
        Some("2019-03-02"),
        "Sales fell in week 1.",
        "week 1",
        "2018-12-31/2019-01-06",
    );
    check(
        "en",
        at,
        "I'll be out between Week 31 and Week 35.",
        "between Week 31 and Week 35",
        "2018-07-30/2018-09-02",
    );
    check(
        "en",
        None,
        "Sales rose in week 31 of 2018.",
        "week 31 of 2018",
        "2018-07-30/2018-08-05",
    );
    check("en", None, "Sales rose in week 31.", "week 31", "null");
    check(
        "fr",
        at,
        "Les ventes de la semaine 12 ont baissé.",
        "la semaine 12",
        "2018-03-19/2018-03-25",
    );
    check(
        "fr",
        at,
        "Je serai absent entre la semaine 31 et la semaine 35.",
        "entre la semaine 31 et la semaine 35",
        "2018-07-30/2018-09-02",
    );
    check(
        "fr",
        None,
        "Les ventes de la semaine 31 de 2018.",
        "la semaine 31 de 2018",
        "2018-07-30/2018-08-05",
    );
    // 2019 has 52 ISO weeks; 2020 has 53.
    check(
        "en",
        None,
        "Sales rose in week 53 of 2019.",
        "week 53 of 2019",
        "null",
    );
    check(
        "en",
        None,
        "Sales rose in week 53 of 2020.",
        "week 53 of 2020",
        "2020-12-28/2021-01-03",
    );
}

#[test]
fn week_numbers_guards() {
    // Counts and other things' weeks.
    none("en", "He worked seven days a week 52 weeks a year.");
    none("en", "Weeks 3 and 4 were hard.");
    none("en", "It was week 10 of the season.");
    none("en", "By week 3 of the strike, talks resumed.");
    none("en", "Week 10-12 figures are due.");
    none("en", "Week 54 was a mess.");
    // In an article about sports, a numbered week is a round of the season.
    none(
        "en",
        "Brees threw for 300 yards. The Saints lost to the Falcons in Week 16.",
    );
    none("fr", "Le championnat reprend la semaine 12.");
}
