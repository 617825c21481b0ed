//! Dates relative to the article's date: yesterday and tomorrow, weekdays (alone, with their
//! day, of a named week), days without their month, and what stays unresolved without a date.

use super::{check, dates, none};

#[test]
fn french_next_and_previous_day() {
    check(
        "fr",
        Some("2016-11-07"),
        "Il est revenu le jour suivant.",
        "le jour suivant",
        "2016-11-08",
    );
    check(
        "fr",
        None,
        "Il est revenu le jour suivant.",
        "le jour suivant",
        "null",
    );
    check(
        "fr",
        None,
        "Il est revenu le lendemain.",
        "lendemain",
        "null",
    );
}

#[test]
fn french_relative_dates() {
    let at = Some("2024-04-18"); // a Thursday
    check("fr", at, "Il est parti hier.", "hier", "2024-04-17");
    check(
        "fr",
        at,
        "Il part aujourd’hui.",
        "aujourd’hui",
        "2024-04-18",
    );
    check("fr", at, "Il partira demain.", "demain", "2024-04-19");
    check(
        "fr",
        at,
        "Il est parti avant-hier.",
        "avant-hier",
        "2024-04-16",
    );
    check("fr", at, "Le vote a eu lieu mardi.", "mardi", "2024-04-16");
    check("fr", at, "Le vote a eu lieu jeudi.", "jeudi", "2024-04-18");
    check(
        "fr",
        at,
        "Le vote a eu lieu jeudi dernier.",
        "jeudi dernier",
        "2024-04-11",
    );
    check(
        "fr",
        at,
        "Le vote aura lieu lundi prochain.",
        "lundi prochain",
        "2024-04-22",
    );
    check(
        "fr",
        at,
        "Le vote aura lieu ce samedi.",
        "ce samedi",
        "2024-04-20",
    );
    check(
        "fr",
        at,
        "Il l'a dit le 18 octobre dernier.",
        "18 octobre dernier",
        "2023-10-18",
    );
    check(
        "fr",
        at,
        "Il reviendra le 3 mai prochain.",
        "3 mai prochain",
        "2024-05-03",
    );
    check(
        "fr",
        at,
        "Elle partira l'année prochaine.",
        "l'année prochaine",
        "2025",
    );
    check(
        "fr",
        at,
        "Elle est partie l’an dernier.",
        "l’an dernier",
        "2023",
    );
    check(
        "fr",
        at,
        "Ils se sont vus le mois dernier.",
        "le mois dernier",
        "2024-03",
    );
    check(
        "fr",
        at,
        "Ils se verront la semaine prochaine.",
        "la semaine prochaine",
        "2024-04-22/2024-04-28",
    );
    check(
        "fr",
        at,
        "Il avait parlé la veille.",
        "la veille",
        "2024-04-17",
    );
    check(
        "fr",
        at,
        "Depuis septembre dernier, rien.",
        "septembre dernier",
        "2023-09",
    );
    check("fr", at, "Il a gelé en janvier.", "janvier", "2024-01");
    check(
        "fr",
        at,
        "Le scrutin de vendredi 12 a été annulé.",
        "vendredi 12",
        "2024-04-12",
    );
}

#[test]
fn english_relative_dates() {
    let at = Some("2024-04-18"); // a Thursday
    check(
        "en",
        at,
        "It happened last Tuesday.",
        "last Tuesday",
        "2024-04-16",
    );
    check(
        "en",
        at,
        "It happened last Thursday.",
        "last Thursday",
        "2024-04-11",
    );
    check("en", at, "They met on Saturday.", "Saturday", "2024-04-13");
    check(
        "en",
        at,
        "They meet next Monday.",
        "next Monday",
        "2024-04-22",
    );
    check("en", at, "They met yesterday.", "yesterday", "2024-04-17");
    check(
        "en",
        at,
        "Results come next month.",
        "next month",
        "2024-05",
    );
    check("en", at, "Sales fell last year.", "last year", "2023");
    check(
        "en",
        at,
        "He had arrived the previous day.",
        "the previous day",
        "2024-04-17",
    );
    check(
        "en",
        at,
        "The vote is this Friday.",
        "this Friday",
        "2024-04-19",
    );
    check("en", at, "It rained in February.", "February", "2024-02");
    check(
        "en",
        at,
        "It closed last September.",
        "last September",
        "2023-09",
    );
}

#[test]
fn relative_dates_without_article_date_stay_unresolved() {
    check("fr", None, "Le vote a eu lieu jeudi.", "jeudi", "null");
    check("fr", None, "Il est parti hier.", "hier", "null");
    // The month and day are known even when the year is not.
    check(
        "fr",
        None,
        "Il l'a dit le 18 octobre dernier.",
        "18 octobre dernier",
        "XXXX-10-18",
    );
    check(
        "en",
        None,
        "It happened last Tuesday.",
        "last Tuesday",
        "null",
    );
    check("en", None, "They met on Thursday.", "Thursday", "null");
    check("en", None, "Sales fell last year.", "last year", "null");
}

#[test]
fn days_of_a_month_named_from_the_article_date() {
    let at = Some("2024-04-18");
    check(
        "en",
        at,
        "Payment is due the 20th of next month.",
        "20th of next month",
        "2024-05-20",
    );
    check(
        "en",
        at,
        "It opens on the 15th day of next month.",
        "15th day of next month",
        "2024-05-15",
    );
    check(
        "en",
        at,
        "Closed from 4 to 22 this month.",
        "from 4 to 22 this month",
        "2024-04-04/2024-04-22",
    );
    check(
        "en",
        at,
        "Closed between 4 and 22 next month.",
        "between 4 and 22 next month",
        "2024-05-04/2024-05-22",
    );
    check(
        "fr",
        at,
        "Fermé du 4 au 23 du mois prochain.",
        "du 4 au 23 du mois prochain",
        "2024-05-04/2024-05-23",
    );
    check(
        "en",
        None,
        "Payment is due the 20th of next month.",
        "20th of next month",
        "null",
    );
    // A count sold this month is not a day.
    let got = dates("en", at, "They sold 4 this month.");
    assert_eq!(got, vec![("this month".to_string(), "2024-04".to_string())]);
}

#[test]
fn next_weekday_by_language() {
    // A Monday: English "next Sunday" is the Sunday of next week, French "dimanche
    // prochain" the coming one.
    let at = Some("2024-04-15");
    check(
        "en",
        at,
        "They meet next Sunday.",
        "next Sunday",
        "2024-04-28",
    );
    check(
        "en",
        at,
        "They meet this Sunday.",
        "this Sunday",
        "2024-04-21",
    );
    check(
        "fr",
        at,
        "Ils se voient dimanche prochain.",
        "dimanche prochain",
        "2024-04-21",
    );
}

#[test]
fn weekdays_of_named_weeks() {
    let at = Some("2024-04-18"); // a Thursday
    check(
        "fr",
        at,
        "Il viendra vendredi de la semaine prochaine.",
        "vendredi de la semaine prochaine",
        "2024-04-26",
    );
    check(
        "fr",
        at,
        "Il viendra mardi cette semaine.",
        "mardi cette semaine",
        "2024-04-16",
    );
    check(
        "en",
        at,
        "He comes next week on Tuesday.",
        "next week on Tuesday",
        "2024-04-23",
    );
    check(
        "en",
        at,
        "He came Tuesday of last week.",
        "Tuesday of last week",
        "2024-04-09",
    );
    check(
        "en",
        at,
        "He comes this weekend.",
        "this weekend",
        "2024-04-20/2024-04-21",
    );
    check(
        "fr",
        at,
        "Il est venu le week-end dernier.",
        "le week-end dernier",
        "2024-04-13/2024-04-14",
    );
    // The final week of a year is not last week.
    check(
        "en",
        Some("2024-04-18"),
        "Sales in the last week of 2016 fell.",
        "last week of 2016",
        "2016-12-26/2017-01-01",
    );
}

#[test]
fn days_without_their_month() {
    let a = Some("2019-04-03");
    check("en", a, "The rally is on the 27th.", "27th", "XXXX-XX-27");
    check(
        "en",
        a,
        "They left on the 3rd at dawn.",
        "3rd",
        "XXXX-XX-03",
    );
    check("en", a, "The vote was held on the 12.", "12", "XXXX-XX-12");
    check("fr", a, "Le vote aura lieu le 23.", "23", "XXXX-XX-23");
    check("fr", a, "Il est arrivé le 1er à Lyon.", "1er", "XXXX-XX-01");
    check(
        "en",
        None,
        "Talks resume on the 9th, officials said.",
        "9th",
        "XXXX-XX-09",
    );
    none("en", "He lives on the 27th floor.");
    none("en", "She won on the 3rd attempt.");
    none("en", "They scored on the 12 yard line.");
    none("en", "Focus on the 27 members.");
    none("fr", "Il a fini le 23 en course.");
    none("en", "The 27th anniversary was held.");
    none("en", "Troops said they were fired on first.");
}

#[test]
fn days_alone_after_a_preposition() {
    let a = Some("2016-11-07");
    check("en", a, "I went back for the 27.", "27", "XXXX-XX-27");
    check("en", a, "I went back for the 27 !", "27", "XXXX-XX-27");
    check("en", a, "I went back for the 22nd", "22nd", "XXXX-XX-22");
    check(
        "en",
        a,
        "Pay by the 15th, officials said.",
        "15th",
        "XXXX-XX-15",
    );
    check(
        "en",
        a,
        "I went back for the twenty second",
        "twenty second",
        "XXXX-XX-22",
    );
    check(
        "en",
        None,
        "The offer runs until the twenty-first.",
        "twenty-first",
        "XXXX-XX-21",
    );
    check("en", a, "I'll go back on 15", "15", "XXXX-XX-15");
    check(
        "en",
        a,
        "Coffee on 29th - meet at the station.",
        "29th",
        "XXXX-XX-29",
    );
    none("en", "He lives on 29th-floor flats.");
    check(
        "en",
        a,
        "He left on 15. Then he came back.",
        "15",
        "XXXX-XX-15",
    );
    check("fr", a, "Payez pour le 27.", "27", "XXXX-XX-27");
    // Counts, ranks and ordinals that are not days.
    none("en", "A vigil for the 12, then a march.");
    none("en", "They met for the 27 victims.");
    none("en", "It was the second time.");
    none("en", "He was jailed for the 3rd time.");
    none("en", "He won on the 3rd round.");
    none("en", "He was charged on 15 counts.");
    none("en", "The second blast came minutes after the first.");
    none("en", "The list grows by the second.");
    none("en", "It closed on 15. 5 points higher.");
    none("en", "He left on 15, with his wife.");
    none(
        "en",
        "The sequel was released after the 20th and 21st films.",
    );
}

#[test]
fn weekdays_with_their_day() {
    let a = Some("2017-09-27");
    check(
        "en",
        a,
        "I went back Friday the fifteen",
        "Friday the fifteen",
        "2017-09-15",
    );
    check(
        "en",
        a,
        "We meet Friday the fifteenth.",
        "Friday the fifteenth",
        "2017-09-15",
    );
    // The nearest month where the 31st is a Friday.
    check(
        "en",
        Some("2019-02-25"),
        "Do you have any arrangement on Friday 31!",
        "Friday 31",
        "2019-05-31",
    );
    check(
        "en",
        Some("2022-05-01"),
        "I'll go back Tue 13th",
        "Tue 13th",
        "2022-09-13",
    );
    // The article's month first when the day falls on that weekday in it.
    check(
        "en",
        Some("2015-02-28"),
        "on Friday 13th",
        "Friday 13th",
        "2015-02-13",
    );
    check(
        "en",
        None,
        "I'll go back Tue 13th",
        "Tue 13th",
        "XXXX-XX-13",
    );
    check(
        "en",
        None,
        "I went back Friday the fifteen",
        "Friday the fifteen",
        "XXXX-XX-15",
    );
    check(
        "fr",
        None,
        "Il vient vendredi 15.",
        "vendredi 15",
        "XXXX-XX-15",
    );
    // An explicit date wins over the weekday.
    let a = Some("2018-06-20");
    check(
        "en",
        a,
        "Set up a call sometime this Friday-Jun-15 with Jim",
        "this Friday-Jun-15",
        "2018-06-15",
    );
    check(
        "en",
        a,
        "Set up a call sometime this friday (jun-15) with Jim",
        "this friday (jun-15)",
        "2018-06-15",
    );
    check(
        "en",
        a,
        "The vote is on Thursday (June 14).",
        "Thursday (June 14)",
        "2018-06-14",
    );
    check(
        "en",
        a,
        "He came on Friday the second round.",
        "Friday",
        "2018-06-15",
    );
    check(
        "en",
        a,
        "On Friday the fifteen members met.",
        "Friday",
        "2018-06-15",
    );
}

#[test]
fn weekdays_of_next_or_last_week() {
    let a = Some("2016-11-07"); // a Monday
    for (lang, text, span, value) in [
        (
            "fr",
            "Il reviendra vendredi la semaine prochaine.",
            "vendredi la semaine prochaine",
            "2016-11-18",
        ),
        (
            "fr",
            "Il reviendra vendredi de la semaine prochaine.",
            "vendredi de la semaine prochaine",
            "2016-11-18",
        ),
        (
            "fr",
            "Il est venu vendredi de la semaine dernière.",
            "vendredi de la semaine dernière",
            "2016-11-04",
        ),
        (
            "en",
            "He comes Friday next week.",
            "Friday next week",
            "2016-11-18",
        ),
        (
            "en",
            "He comes Friday of next week.",
            "Friday of next week",
            "2016-11-18",
        ),
        (
            "en",
            "He came Friday of last week.",
            "Friday of last week",
            "2016-11-04",
        ),
    ] {
        check(lang, a, text, span, value);
    }
}

#[test]
fn phrases_of_the_story_s_time_count_from_the_last_date_told() {
    let got = dates(
        "en",
        Some("2025-03-13"),
        "The firm was founded in 1998. The following year, it went public. That year, sales \
         doubled.",
    );
    assert_eq!(
        got,
        vec![
            ("1998".to_string(), "1998".to_string()),
            ("The following year".to_string(), "1999".to_string()),
            ("That year".to_string(), "1999".to_string()),
        ]
    );
    let got = dates(
        "fr",
        Some("2025-03-13"),
        "L'usine a fermé le 4 mars 2019 ; la veille, les salariés avaient manifesté.",
    );
    assert_eq!(got[1], ("la veille".to_string(), "2019-03-03".to_string()));
    // With no date told before, the article's date.
    check(
        "en",
        Some("2025-03-13"),
        "The following year, it went public.",
        "The following year",
        "2026",
    );
}
