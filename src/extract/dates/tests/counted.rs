//! Dates counted in units: back from, ahead of or from another date ("three days ago", "in two
//! weeks", "3 days before May 13"), the spans they cover, relative quarters and decades.

use super::{check, dates, none};

#[test]
fn counted_back_from_the_article_date() {
    let at = Some("2024-04-18");
    check(
        "fr",
        at,
        "Il est arrivé il y a deux ans.",
        "il y a deux ans",
        // Years back name a year, not the article's day two years back.
        "2022",
    );
    check(
        "fr",
        at,
        "Il est arrivé il y a 3 jours.",
        "il y a 3 jours",
        "2024-04-15",
    );
    check(
        "fr",
        Some("2023-02-01"),
        "Au cours des dix derniers mois, rien.",
        "dix derniers mois",
        "2022-04/2023-01",
    );
    check(
        "fr",
        at,
        "Il est parti il y a à peu près un mois.",
        "il y a à peu près un mois",
        "2024-03-18",
    );
    check(
        "fr",
        at,
        "Il est parti il y a environ deux ans.",
        "il y a environ deux ans",
        "2022",
    );
    // A bound is not an approximation of a date: left to the figures.
    none("fr", "Il est parti il y a plus de cent personnes.");
    check(
        "en",
        at,
        "He arrived two weeks ago.",
        "two weeks ago",
        "2024-04-04",
    );
    check(
        "en",
        at,
        "He arrived a month ago.",
        "a month ago",
        "2024-03-18",
    );
    check(
        "en",
        None,
        "He arrived two weeks ago.",
        "two weeks ago",
        "null",
    );
    none("en", "He stayed two weeks.");
}

#[test]
fn counted_from_another_date() {
    let at = Some("2024-04-18");
    check(
        "en",
        at,
        "The vote is three weeks from tomorrow.",
        "three weeks from tomorrow",
        "2024-05-10",
    );
    check(
        "en",
        at,
        "The deal closed 10 days after March 3, 2021.",
        "10 days after March 3, 2021",
        "2021-03-13",
    );
    check(
        "en",
        at,
        "It fell two weeks before June 20, 2019.",
        "two weeks before June 20, 2019",
        "2019-06-06",
    );
    check(
        "en",
        at,
        "Talks resume two weeks from now.",
        "two weeks from now",
        "2024-05-02",
    );
    check(
        "en",
        at,
        "Polls close for 3 days from today.",
        "for 3 days from today",
        "2024-04-18/2024-04-20",
    );
    check(
        "en",
        at,
        "Strikes run a week starting tomorrow.",
        "a week starting tomorrow",
        "2024-04-19/2024-04-25",
    );
    check(
        "en",
        at,
        "He left 1 year 2 months ago.",
        "1 year 2 months ago",
        "2023-02-18",
    );
    check(
        "en",
        at,
        "Three years later he resigned.",
        "Three years later",
        "null",
    );
    check(
        "en",
        None,
        "The vote is three weeks from tomorrow.",
        "three weeks from tomorrow",
        "null",
    );
    check(
        "fr",
        at,
        "Il partira trois jours après le 5 mars 2025.",
        "trois jours après le 5 mars 2025",
        "2025-03-08",
    );
    check(
        "fr",
        at,
        "Deux semaines plus tard, il a démissionné.",
        "Deux semaines plus tard",
        "null",
    );
    // Counts of other things, and durations that are not dates.
    none("en", "The team won three games after the break.");
    none("en", "He served 10 years after a trial.");
    none("en", "The race took 3 days from start to finish.");
    none("fr", "Il a marché trois jours après la chute.");
}

#[test]
fn counted_ahead_of_the_article_date() {
    let at = Some("2024-04-18");
    check(
        "en",
        at,
        "The minister will resign in two weeks.",
        "in two weeks",
        "2024-05-02",
    );
    check(
        "en",
        at,
        "Results come in a fortnight's time.",
        "in a fortnight",
        "2024-05-02",
    );
    check(
        "fr",
        at,
        "Il démissionnera dans trois ans.",
        "dans trois ans",
        "2027-04-18",
    );
    check(
        "fr",
        None,
        "Il démissionnera dans trois ans.",
        "dans trois ans",
        "null",
    );
    // Said of the past, "in two years" is a length of time.
    none("en", "Prices hit their highest level in two years.");
    none("en", "It was the first win in 3 months.");
}

#[test]
fn spans_of_counted_units() {
    let at = Some("2024-04-18");
    check(
        "en",
        at,
        "Sales rose over the past 10 years.",
        "past 10 years",
        "2014-04-18/2024-04-17",
    );
    check(
        "en",
        at,
        "Rain is due in the next 3 days.",
        "next 3 days",
        "2024-04-19/2024-04-21",
    );
    check(
        "en",
        at,
        "Output in the 2 upcoming months.",
        "2 upcoming months",
        "2024-04-19/2024-06-18",
    );
    check(
        "en",
        at,
        "Profits fell for the last 2 quarters.",
        "last 2 quarters",
        "2023-10/2024-03",
    );
    check(
        "en",
        at,
        "Growth over the next 3 decades.",
        "next 3 decades",
        "2030/2059",
    );
    check(
        "en",
        at,
        "Work ends within 5 days.",
        "within 5 days",
        "2024-04-18/2024-04-22",
    );
    check(
        "fr",
        at,
        "Il sera absent les 3 prochaines semaines.",
        "3 prochaines semaines",
        "2024-04-19/2024-05-09",
    );
    check(
        "fr",
        at,
        "Les prix ont baissé ces dix derniers mois.",
        "dix derniers mois",
        "2023-06-18/2024-04-17",
    );
    check(
        "en",
        None,
        "Rain is due in the next 3 days.",
        "next 3 days",
        "null",
    );
    none("en", "He scored in the last 3 games.");
    none("en", "The next 3 players were cut.");
    none("fr", "Les 3 derniers joueurs sont partis.");
}

#[test]
fn relative_quarters_and_decades() {
    let at = Some("2024-04-18");
    check(
        "en",
        at,
        "Sales fell last quarter.",
        "last quarter",
        "2024-01/2024-03",
    );
    check(
        "en",
        at,
        "Sales will rise next quarter.",
        "next quarter",
        "2024-07/2024-09",
    );
    check(
        "en",
        at,
        "Prices rose this decade.",
        "this decade",
        "2020/2029",
    );
    check(
        "en",
        at,
        "It opens in the next decade.",
        "the next decade",
        "2030/2039",
    );
    check(
        "fr",
        at,
        "Les prix ont monté cette décennie.",
        "cette décennie",
        "2020/2029",
    );
}

#[test]
fn tomorrow_abbreviated_and_counts_of_one() {
    let a = Some("2016-11-07");
    check(
        "en",
        a,
        "I'll go back the day after tmrw",
        "the day after tmrw",
        "2016-11-09",
    );
    check("en", a, "I'll go back tmr.", "tmr", "2016-11-08");
    check("en", a, "I'll go back tmrw", "tmrw", "2016-11-08");
    check(
        "en",
        a,
        "He will be back in a week.",
        "in a week",
        "2016-11-14",
    );
    check(
        "en",
        a,
        "He will be back in a month.",
        "in a month",
        "2016-12-07",
    );
}

#[test]
fn later_and_earlier_count_from_the_story_s_time() {
    let got = dates(
        "en",
        Some("2025-03-13"),
        "The company was founded in 1998. A year later, it moved to Boston. Two years \
         earlier, its founders had met. Three days later, it hired a chef.",
    );
    assert_eq!(
        got,
        vec![
            ("1998".to_string(), "1998".to_string()),
            ("A year later".to_string(), "1999".to_string()),
            ("Two years earlier".to_string(), "1997".to_string()),
            // A count of days from a year alone says no day.
            ("Three days later".to_string(), "null".to_string()),
        ]
    );
    let got = dates(
        "fr",
        Some("2025-03-13"),
        "L'usine a fermé le 4 mars 2019. Deux jours plus tard, les salariés ont manifesté.",
    );
    assert_eq!(
        got[1],
        ("Deux jours plus tard".to_string(), "2019-03-06".to_string())
    );
    // With no date told before, nothing to count from.
    check(
        "en",
        Some("2025-03-13"),
        "A year later, it moved.",
        "A year later",
        "null",
    );
}
