//! Dates written in figures: by locale, with month names, spaces, commas, two-digit years,
//! glued to a month ("Oct2"), and a day and month alone after a word that calls for a day.

use super::{check, dates, none};

#[test]
fn numeric_dates_by_locale() {
    check(
        "fr",
        None,
        "Daté du 16/01/2018.",
        "16/01/2018",
        "2018-01-16",
    );
    check("en", None, "Dated 01/16/2018.", "01/16/2018", "2018-01-16");
    check(
        "fr",
        None,
        "Daté du 05/04/2018.",
        "05/04/2018",
        "2018-04-05",
    );
    check("en", None, "Dated 05/04/2018.", "05/04/2018", "2018-05-04");
    check(
        "fr",
        None,
        "Publié le 2018-01-16.",
        "2018-01-16",
        "2018-01-16",
    );
    check(
        "en",
        None,
        "Published 2018-01-16.",
        "2018-01-16",
        "2018-01-16",
    );
    check(
        "fr",
        None,
        "Le 16.01.2018 au soir.",
        "16.01.2018",
        "2018-01-16",
    );
    check("fr", None, "Reçu le 21/04/16.", "21/04/16", "2016-04-21");
    // Unambiguous in the other order only.
    check("en", None, "Dated 21/04/2016.", "21/04/2016", "2016-04-21");
}

#[test]
fn numeric_dates_with_month_names() {
    check(
        "en",
        None,
        "Filed 23-Sep-2020 in court.",
        "23-Sep-2020",
        "2020-09-23",
    );
    check(
        "en",
        None,
        "Filed 2020/Sep/23 in court.",
        "2020/Sep/23",
        "2020-09-23",
    );
    check(
        "fr",
        None,
        "Reçu le 23/sept/2020.",
        "23/sept/2020",
        "2020-09-23",
    );
    check(
        "en",
        None,
        "Plans for Dec-2018 are set.",
        "Dec-2018",
        "2018-12",
    );
    check(
        "en",
        None,
        "Week of Jan/3 was quiet.",
        "Jan/3",
        "XXXX-01-03",
    );
    check("en", None, "The 2016-11 report.", "2016-11", "2016-11");
    check(
        "fr",
        None,
        "Le rapport 11/2016 est paru.",
        "11/2016",
        "2016-11",
    );
    // "2010-12" may be a span of years, "3.5" a decimal.
    none("en", "The 2010-12 period and 3.5 points.");
}

#[test]
fn numeric_dates_with_spaces() {
    let a = Some("2020-03-10");
    check(
        "en",
        a,
        "The file is dated 2019 / 4.",
        "2019 / 4",
        "2019-04",
    );
    check(
        "en",
        a,
        "Filed in 7 - 2018, closed later.",
        "7 - 2018",
        "2018-07",
    );
    check(
        "en",
        a,
        "Meeting held 2021 11 23 at noon.",
        "2021 11 23",
        "2021-11-23",
    );
    check(
        "en",
        a,
        "Shipped 3 14 2019 by sea.",
        "3 14 2019",
        "2019-03-14",
    );
    check(
        "fr",
        a,
        "Signé le 14 3 2019 à Paris.",
        "14 3 2019",
        "2019-03-14",
    );
    check(
        "en",
        a,
        "The 2012 October storm hit hard.",
        "2012 October",
        "2012-10",
    );
    check(
        "en",
        a,
        "Reference 20190315 in the log.",
        "20190315",
        "2019-03-15",
    );
    // Spans of years, scores, sums and codes stay what they are.
    none("en", "The 2010 - 12 seasons were hard.");
    none("en", "They won 21 - 14 at home.");
    none("en", "A budget of 20000000 was voted.");
    none("en", "Code 20191345 is wrong.");
    none("en", "The count rose 12 13 14 2015 2016.");
}

#[test]
fn month_glued_to_its_day() {
    check("en", None, "I'll go back Oct2", "Oct2", "XXXX-10-02");
    check("en", None, "mar3 works for me.", "mar3", "XXXX-03-03");
    check("en", None, "He left on 22april.", "22april", "XXXX-04-22");
    check(
        "en",
        None,
        "Filed Oct2, 2016 in court.",
        "Oct2, 2016",
        "2016-10-02",
    );
    check("fr", None, "Il revient le 3mars.", "3mars", "XXXX-03-03");
    check(
        "fr",
        None,
        "Il revient le 14juillet.",
        "14juillet",
        "XXXX-07-14",
    );
    // Codes, genes, products and weekday abbreviations are no dates.
    none("en", "The Q2 model, the MP3 file, the F16 jet and H2O.");
    none("en", "The OCT4 gene and JAN2 code.");
    none("en", "Cells expressing Oct4 and Sox2 were used.");
    none("en", "The Oct3/4 marker and the Oct-4 one.");
    none("en", "The mar33 file and the oct0 entry.");
    none("fr", "Le mar3 est un code.");
}

#[test]
fn comma_before_the_year_of_a_numeric_date() {
    check(
        "en",
        None,
        "I'll go back 08/12,2015",
        "08/12,2015",
        "2015-08-12",
    );
    check(
        "en",
        None,
        "I'll go back 08/12,15",
        "08/12,15",
        "2015-08-12",
    );
    check(
        "fr",
        None,
        "Je reviendrai 12/08,2015",
        "12/08,2015",
        "2015-08-12",
    );
    check(
        "fr",
        None,
        "Je reviendrai 12/08,15",
        "12/08,15",
        "2015-08-12",
    );
    // Lists of fractions or numbers stay what they are.
    none("en", "Votes: 3/4,1999 and 1/2,15 and 08/12,15,16.");
    check(
        "en",
        None,
        "I'll go back October. 2",
        "October. 2",
        "XXXX-10-02",
    );
    check(
        "en",
        None,
        "i'll go back october. 2, 2016",
        "october. 2, 2016",
        "2016-10-02",
    );
    assert_eq!(
        dates("en", None, "It ended in October. 2 people left."),
        vec![("October".to_string(), "XXXX-10".to_string())]
    );
}

#[test]
fn yearless_numeric_dates_after_a_word_that_calls_for_a_day() {
    let at = Some("2019-05-20");
    check(
        "en",
        at,
        "It should be done this 5/12",
        "this 5/12",
        "2019-05-12",
    );
    check(
        "en",
        at,
        "It should be done next 5/12",
        "next 5/12",
        "2020-05-12",
    );
    check(
        "en",
        at,
        "Done last 5/12, as planned.",
        "last 5/12",
        "2019-05-12",
    );
    check(
        "en",
        Some("2019-05-01"),
        "from this 5/12 to next 5/19",
        "from this 5/12 to next 5/19",
        "2019-05-12/2019-05-19",
    );
    check("en", None, "Closed until 5/12.", "5/12", "XXXX-05-12");
    check(
        "en",
        None,
        "Back on 22/04, she said.",
        "22/04",
        "XXXX-04-22",
    );
    check("en", None, "Back on 5.12, she said.", "5.12", "XXXX-05-12");
    check("fr", None, "Fermé jusqu'au 22/04.", "22/04", "XXXX-04-22");
    check("fr", None, "Fermé depuis 14/07.", "14/07", "XXXX-07-14");
    // Fractions, shares, scores, decimals and "24/7" are no dates.
    none("en", "Open 24/7 until 24/7 ends, on 24/7 too.");
    none("en", "It won on 9/10 of votes and on 3/4 of days.");
    none("en", "It happened on 2/3 votes, on 5/6 players and 9/10 %.");
    none("en", "It closed on 1/2 and on 3/4.");
    none("en", "It fell this 3/4 and rose next 1/2.");
    none("en", "It grew by 2/3 and ranged from 2.8 to 3.8.");
    none("en", "He went back in 4.22 and this 5.12.");
    none("fr", "Il a eu 9/10 depuis 3/4 des votes.");
    none("fr", "Ouvert 24h/24 et 7j/7, jusqu'au 3/4 du parcours.");
}

#[test]
fn year_then_month_after_a_comma() {
    check("en", None, "I'll be out 2016, nov", "2016, nov", "2016-11");
    check(
        "en",
        None,
        "I'll be out 2016 , nov.",
        "2016 , nov.",
        "2016-11",
    );
    // Two dates when the sentence goes on.
    check("en", None, "In 2015, March saw rain.", "2015", "2015");
}

#[test]
fn numeric_dates_with_spaces_and_two_digit_years() {
    check(
        "fr",
        None,
        "Je retournerai 18 08 78 à la maison.",
        "18 08 78",
        "1978-08-18",
    );
    check("fr", None, "Il est né le 18 8 78.", "18 8 78", "1978-08-18");
    // Three small numbers without a cue or a padded month are no date.
    none("fr", "Je retournerai 18 8 78.");
    none("fr", "Il a gagné 6 4 63 fois et le 18 08 78 personnes.");
    none("fr", "Appelez le 01 23 45 67 89.");
}
