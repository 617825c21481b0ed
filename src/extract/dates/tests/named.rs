//! Dates written with month names, years and days in words, two-digit years after a month,
//! and the context a month, a year or a day and month alone needs.

use super::{check, dates, none};

#[test]
fn french_capitalised_month_before_year() {
    check(
        "fr",
        None,
        "Il est parti en Mars 2001.",
        "Mars 2001",
        "2001-03",
    );
    check(
        "fr",
        None,
        "Il a disparu Mars, 2001.",
        "Mars, 2001",
        "2001-03",
    );
    check(
        "fr",
        None,
        "Il est parti en mars 2001.",
        "mars 2001",
        "2001-03",
    );
    // A name: the rover, the planet.
    let got = dates("fr", None, "La mission Mars 2020 a décollé.");
    assert!(got.iter().all(|(t, _)| !t.contains("Mars")), "{got:?}");
    none("fr", "La sonde a atteint Mars.");
}

#[test]
fn french_full_dates() {
    check(
        "fr",
        None,
        "Il est arrivé le 16 janvier 2018 à Paris.",
        "16 janvier 2018",
        "2018-01-16",
    );
    check(
        "fr",
        None,
        "Le texte a été voté le 1er mars 2020.",
        "1er mars 2020",
        "2020-03-01",
    );
    check(
        "fr",
        None,
        "Signé le 1ᵉʳ mars 2020.",
        "1ᵉʳ mars 2020",
        "2020-03-01",
    );
    check(
        "fr",
        None,
        "Elle est née le 23 aout 1987.",
        "23 aout 1987",
        "1987-08-23",
    );
    check(
        "fr",
        None,
        "Depuis le 3 Décembre 2021, rien.",
        "3 Décembre 2021",
        "2021-12-03",
    );
    check(
        "fr",
        None,
        "Réunion le jeudi 16 janvier 2018.",
        "jeudi 16 janvier 2018",
        "2018-01-16",
    );
    check(
        "fr",
        None,
        "Publié le 5 janv. 2019 au matin.",
        "5 janv. 2019",
        "2019-01-05",
    );
    check(
        "fr",
        None,
        "La loi du 12 février, 2019 s'applique.",
        "12 février, 2019",
        "2019-02-12",
    );
}

#[test]
fn english_full_dates() {
    check(
        "en",
        None,
        "He arrived on January 16, 2018 in Paris.",
        "January 16, 2018",
        "2018-01-16",
    );
    check(
        "en",
        None,
        "He arrived on 16 January 2018.",
        "16 January 2018",
        "2018-01-16",
    );
    check(
        "en",
        None,
        "Filed Jan. 16, 2018 in court.",
        "Jan. 16, 2018",
        "2018-01-16",
    );
    check(
        "en",
        None,
        "It was May 03, 2013 when it began.",
        "May 03, 2013",
        "2013-05-03",
    );
    check(
        "en",
        None,
        "Thursday, May 2, 2013 was sunny.",
        "Thursday, May 2, 2013",
        "2013-05-02",
    );
    check(
        "en",
        None,
        "On the 16th of January, 2018 they met.",
        "16th of January, 2018",
        "2018-01-16",
    );
    check(
        "en",
        None,
        "Due Sept 3 2019 at noon.",
        "Sept 3 2019",
        "2019-09-03",
    );
    check(
        "en",
        None,
        "It opened on March the 3rd, 2020.",
        "March the 3rd, 2020",
        "2020-03-03",
    );
}

#[test]
fn partial_dates() {
    check(
        "fr",
        None,
        "Depuis septembre 2019, le chantier avance.",
        "septembre 2019",
        "2019-09",
    );
    check(
        "fr",
        None,
        "Les travaux ont repris mi-mars 2020.",
        "mars 2020",
        "2020-03",
    );
    check(
        "en",
        None,
        "The plant closed in March 2005.",
        "March 2005",
        "2005-03",
    );
    check(
        "en",
        None,
        "It started in September 2010 and stopped.",
        "September 2010",
        "2010-09",
    );
    check(
        "en",
        None,
        "Sales of Jan. 2001 were low.",
        "Jan. 2001",
        "2001-01",
    );
}

#[test]
fn years_need_context() {
    check(
        "fr",
        None,
        "En 2023, la croissance a ralenti.",
        "2023",
        "2023",
    );
    check("fr", None, "Il a été élu en 2023.", "2023", "2023");
    check("fr", None, "Il dirige le pays depuis 1991.", "1991", "1991");
    check("en", None, "It became independent in 1991.", "1991", "1991");
    check("en", None, "He has ruled since 1991.", "1991", "1991");
    check("en", None, "The feast dates back to 1865.", "1865", "1865");
    check(
        "fr",
        None,
        "La tradition remonte à 1865, selon l'historien.",
        "1865",
        "1865",
    );
    none("en", "The index went back to 1865 points.");
    check(
        "en",
        None,
        "Prices have risen since mid-2019.",
        "2019",
        "2019",
    );
    none("fr", "Le stade compte 2023 places.");
    none("en", "The team scored 2023 points.");
    none("en", "It rose by 2,023 units, or 20.23%.");
    // Years of finance and schedules.
    check(
        "en",
        None,
        "The company sold bonds due 1993.",
        "1993",
        "1993",
    );
    check("en", None, "Profit rose in fiscal 1989.", "1989", "1989");
    check("en", None, "Rates held throughout 2020.", "2020", "2020");
    check(
        "fr",
        None,
        "Le bénéfice a progressé sur l'exercice 2023.",
        "2023",
        "2023",
    );
    check(
        "fr",
        None,
        "Les prix ont baissé pendant 2020.",
        "2020",
        "2020",
    );
}

#[test]
fn yearless_dates() {
    check(
        "fr",
        None,
        "Le 16 janvier, il a neigé.",
        "16 janvier",
        "XXXX-01-16",
    );
    check(
        "fr",
        Some("2024-04-18"),
        "Le 16 janvier, il a neigé.",
        "16 janvier",
        "2024-01-16",
    );
    check(
        "en",
        None,
        "On June 8 the polls open.",
        "June 8",
        "XXXX-06-08",
    );
    check(
        "en",
        Some("2024-04-18"),
        "On June 8 the polls open.",
        "June 8",
        "2024-06-08",
    );
    // Early in January, late December is last year's.
    check(
        "fr",
        Some("2024-01-05"),
        "Le 28 décembre, il a neigé.",
        "28 décembre",
        "2023-12-28",
    );
}

#[test]
fn may_with_a_number_is_a_month() {
    check(
        "en",
        None,
        "It may rain on May 2, 2020.",
        "May 2, 2020",
        "2020-05-02",
    );
    check(
        "en",
        None,
        "In May 2021, prices fell.",
        "May 2021",
        "2021-05",
    );
    check(
        "en",
        Some("2024-04-18"),
        "Prices fell in May.",
        "May",
        // Told in the past: the May before the article's April.
        "2023-05",
    );
    check(
        "en",
        Some("2024-04-18"),
        "Prices will fall in May.",
        "May",
        "2024-05",
    );
    check(
        "en",
        Some("2024-01-15"),
        "The plant is scheduled to close Monday.",
        "Monday",
        "2024-01-22",
    );
    check(
        "en",
        Some("2024-01-15"),
        "The summit opens on June 14, officials said.",
        "June 14",
        "2024-06-14",
    );
    check(
        "en",
        Some("2024-01-15"),
        "Sales fell in June last year.",
        "June last year",
        "2023-06",
    );
    check(
        "fr",
        Some("2024-01-15"),
        "Les ventes ont chuté en juin de l'année dernière.",
        "juin de l'année dernière",
        "2023-06",
    );
    check(
        "fr",
        None,
        "Le 3 mars 2020, Mars était visible.",
        "3 mars 2020",
        "2020-03-03",
    );
    check(
        "fr",
        Some("2024-04-18"),
        "Il viendra en mars.",
        "mars",
        "2024-03",
    );
}

#[test]
fn day_and_month_without_year_need_context() {
    check("fr", None, "Il revient le 22/04.", "22/04", "XXXX-04-22");
    check("en", None, "He is back on 4/22.", "4/22", "XXXX-04-22");
    check(
        "en",
        Some("2024-04-18"),
        "Call on Friday 7/6 at noon.",
        "Friday 7/6",
        "2024-07-06",
    );
    none("fr", "Il a mangé 3/4 du gâteau et 22/04 ne dit rien.");
}

#[test]
fn french_months_alone() {
    check(
        "fr",
        None,
        "Rendez-vous Novembre, au plus tard.",
        "Novembre",
        "XXXX-11",
    );
    // Ambiguous ones still need a context word.
    none("fr", "Mars brille ce soir.");
    // English months alone need one too: June may be a name.
    none("en", "June said no.");
}

#[test]
fn day_numbers_in_words() {
    check(
        "en",
        None,
        "Born on the first of May, 1990.",
        "first of May, 1990",
        "1990-05-01",
    );
    check(
        "en",
        None,
        "Back on the twenty second of June 2017.",
        "twenty second of June 2017",
        "2017-06-22",
    );
    check(
        "fr",
        None,
        "Né le premier mai 1990.",
        "premier mai 1990",
        "1990-05-01",
    );
    none("en", "A second march began.");
}

#[test]
fn years_and_days_in_words() {
    let a = Some("2020-03-10");
    check(
        "en",
        a,
        "The mill closed in nineteen eighty four.",
        "nineteen eighty four",
        "1984",
    );
    check(
        "en",
        a,
        "It opened in two thousand and nine.",
        "two thousand and nine",
        "2009",
    );
    check(
        "en",
        a,
        "The bridge fell in August nineteen hundred twelve.",
        "August nineteen hundred twelve",
        "1912-08",
    );
    check(
        "en",
        a,
        "He was born on seventeen March nineteen sixty one.",
        "seventeen March nineteen sixty one",
        "1961-03-17",
    );
    check(
        "en",
        a,
        "The vote is on June twenty eight, 2021.",
        "June twenty eight, 2021",
        "2021-06-28",
    );
    check(
        "en",
        a,
        "We meet again April thirty.",
        "April thirty",
        "2020-04-30",
    );
    check(
        "fr",
        a,
        "La loi date de mars deux mille dix-neuf.",
        "mars deux mille dix-neuf",
        "2019-03",
    );
    check(
        "fr",
        a,
        "Elle est née en mille neuf cent quatre-vingt-dix-sept.",
        "mille neuf cent quatre-vingt-dix-sept",
        "1997",
    );
    check(
        "fr",
        a,
        "Le traité fut signé le vingt et un juin.",
        "vingt et un juin",
        // "fut signé": told in the past, the June before the article's date.
        "2019-06-21",
    );
    check(
        "fr",
        a,
        "Rendez-vous avril vingt-neuf.",
        "avril vingt-neuf",
        "2020-04-29",
    );
    // Counts of things stay counts.
    none("en", "In two thousand cases the test failed.");
    none("en", "She sold twenty five copies in a week.");
    none("en", "He bought five March tickets.");
    none("fr", "En deux mille endroits, la panne a duré.");
    assert_eq!(
        dates("en", a, "In May twenty people left."),
        vec![("May".to_string(), "2020-05".to_string())]
    );
}

#[test]
fn month_abbreviations_alone() {
    let a = Some("2019-04-03");
    check(
        "en",
        a,
        "Prices rose in Jan and fell later.",
        "Jan",
        "2019-01",
    );
    check(
        "en",
        a,
        "The plant reopens this Sept, they said.",
        "this Sept",
        "2019-09",
    );
    check(
        "en",
        a,
        "Sales peaked last Dec and then fell.",
        "last Dec",
        "2018-12",
    );
    check("fr", a, "Il partira en janv.", "janv.", "2019-01");
    none("en", "She met him in Jan Koum's office.");
    none("en", "The deal was led by Jan and Piet.");
    none("en", "He wrote it in Jan's notebook.");
    none("en", "Sept people were hurt.");
    none("en", "It has grown since Jan left.");
}

#[test]
fn months_after_weaker_context() {
    let a = Some("2018-05-24");
    check(
        "en",
        a,
        "I went back to China in the april.",
        "april",
        "2018-04",
    );
    check(
        "en",
        None,
        "I went back to China in the april.",
        "april",
        "XXXX-04",
    );
    check("en", a, "It may be in may", "may", "2018-05");
    check("en", a, "They met in march, then left.", "march", "2018-03");
    check(
        "en",
        Some("2019-08-24"),
        "My vacation will start from October",
        "October",
        "2019-10",
    );
    check(
        "en",
        None,
        "Starting October, fees rise.",
        "October",
        "XXXX-10",
    );
    check(
        "en",
        a,
        "Turnout in the April elections fell.",
        "April",
        "2018-04",
    );
    none("en", "They may 2 or 3 times.");
    none("en", "It may be in may be.");
    none("en", "A letter from June Carter arrived.");
    none("en", "A statement from May followed.");
    none("en", "It was in the April Jones case.");
    none("en", "They walked in the March for Our Lives.");
}

#[test]
fn two_digit_years_after_a_month() {
    check(
        "fr",
        None,
        "En juillet 98, la France a gagné.",
        "juillet 98",
        "1998-07",
    );
    check("fr", None, "Les événements de Mai 68.", "Mai 68", "1968-05");
    check(
        "en",
        None,
        "Show me the records for August 99",
        "August 99",
        "1999-08",
    );
    check(
        "en",
        None,
        "I was born on 15 April of 87",
        "15 April of 87",
        "1987-04-15",
    );
    check(
        "en",
        None,
        "It happened in Sept. '01.",
        "Sept. '01",
        "2001-09",
    );
    check(
        "en",
        None,
        "It was Sept. 11, '01.",
        "Sept. 11, '01",
        "2001-09-11",
    );
    check("en", None, "Born May ’68 in Paris.", "May ’68", "1968-05");
    // Counts, days and decades stay what they are.
    assert_eq!(
        dates("en", None, "In August 99 people died."),
        vec![("August".to_string(), "XXXX-08".to_string())]
    );
    assert_eq!(
        dates("en", None, "In July, 98 people came."),
        vec![("July".to_string(), "XXXX-07".to_string())]
    );
    assert_eq!(
        dates("en", None, "In March 45 Democrats voted."),
        vec![("March".to_string(), "XXXX-03".to_string())]
    );
    check(
        "en",
        None,
        "On 15 June 45 soldiers died.",
        "15 June",
        "XXXX-06-15",
    );
    check("en", None, "Due August 29.", "August 29", "XXXX-08-29");
    check("en", None, "The '90s were fun.", "90s", "1990/1999");
    none("fr", "La sonde Mars 96 a échoué.");
    assert_eq!(
        dates("fr", None, "En juin 40 % des votants."),
        vec![("juin".to_string(), "XXXX-06".to_string())]
    );
}

#[test]
fn a_year_that_names_an_event() {
    check(
        "en",
        None,
        "The 1999 Izmit earthquake killed thousands.",
        "1999",
        "1999",
    );
    check("en", None, "Memories of a 2015 election.", "2015", "2015");
    check(
        "en",
        None,
        "The earthquake of 1999 was the worst.",
        "1999",
        "1999",
    );
    check(
        "fr",
        None,
        "Le séisme de 1999 a tout détruit.",
        "1999",
        "1999",
    );
    check(
        "fr",
        None,
        "Les élections de 2015 ont été annulées.",
        "2015",
        "2015",
    );
    // Counts, not years: a plural event noun, no determiner, or no event noun.
    none("en", "There were 2000 earthquakes in the region.");
    none("en", "The 1500 workers of the plant went home.");
    none("fr", "Il y a eu 1999 répliques depuis le séisme.");
}
