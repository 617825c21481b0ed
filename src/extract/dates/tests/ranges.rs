//! Ranges: in French and English, ends of different precision, plural articles, edges ("from
//! the end of March") and the forms that look like ranges but are not.

use super::{check, none};

#[test]
fn french_ranges() {
    check(
        "fr",
        None,
        "Le salon a lieu du 3 au 5 mars 2024.",
        "du 3 au 5 mars 2024",
        "2024-03-03/2024-03-05",
    );
    check(
        "fr",
        None,
        "Les 18-19 avril 2024, le sommet se tient.",
        "Les 18-19 avril 2024",
        "2024-04-18/2024-04-19",
    );
    check(
        "fr",
        None,
        "Les 18 et 19 avril, il pleuvra.",
        "Les 18 et 19 avril",
        "XXXX-04-18/XXXX-04-19",
    );
    check(
        "fr",
        Some("2024-03-01"),
        "Les 18 et 19 avril, il pleuvra.",
        "Les 18 et 19 avril",
        "2024-04-18/2024-04-19",
    );
    check(
        "fr",
        None,
        "Du 28 décembre au 3 janvier 2024, fermé.",
        "Du 28 décembre au 3 janvier 2024",
        "2023-12-28/2024-01-03",
    );
    check(
        "fr",
        None,
        "Il a dirigé le pays de 2015 à 2018.",
        "de 2015 à 2018",
        "2015/2018",
    );
    check(
        "fr",
        None,
        "Entre le 3 et le 5 mars 2024, grève.",
        "Entre le 3 et le 5 mars 2024",
        "2024-03-03/2024-03-05",
    );
}

#[test]
fn english_ranges() {
    check(
        "en",
        None,
        "The fair runs March 3-5, 2024 downtown.",
        "March 3-5, 2024",
        "2024-03-03/2024-03-05",
    );
    check(
        "en",
        Some("2024-01-10"),
        "It will close between March 3 and 5.",
        "between March 3 and 5",
        "2024-03-03/2024-03-05",
    );
    check(
        "en",
        None,
        "He served from September 2010 to January 2011.",
        "from September 2010 to January 2011",
        "2010-09/2011-01",
    );
    check(
        "en",
        None,
        "Talks ran from March 3 to April 5, 2024.",
        "from March 3 to April 5, 2024",
        "2024-03-03/2024-04-05",
    );
    check(
        "en",
        None,
        "The 2014-2018 plan failed.",
        "2014-2018",
        "2014/2018",
    );
    check(
        "en",
        None,
        "It grew between 2014 and 2018.",
        "between 2014 and 2018",
        "2014/2018",
    );
}

#[test]
fn a_plural_article_opens_a_range() {
    check(
        "fr",
        None,
        "Les 18-19 avril 2024, ils se sont rencontrés.",
        "Les 18-19 avril 2024",
        "2024-04-18/2024-04-19",
    );
}

#[test]
fn range_ends_of_different_precision() {
    let at = Some("2024-04-18");
    check(
        "en",
        at,
        "It ran from 2015 to May 5, 2017.",
        "from 2015 to May 5, 2017",
        "2015-01-01/2017-05-05",
    );
    check(
        "en",
        at,
        "It ran between 2015 and Feb 2018.",
        "between 2015 and Feb 2018",
        "2015-01/2018-02",
    );
    check(
        "en",
        at,
        "It ran from Feb 1 to March 2019.",
        "from Feb 1 to March 2019",
        "2019-02-01/2019-03-31",
    );
    check(
        "en",
        at,
        "Off april ninth through 17th.",
        "april ninth through 17th",
        "2024-04-09/2024-04-17",
    );
    check(
        "en",
        at,
        "The summit was on June 28 in 2020.",
        "June 28 in 2020",
        "2020-06-28",
    );
    check(
        "fr",
        at,
        "Le sommet a eu lieu le 28 juin en 2020.",
        "28 juin en 2020",
        "2020-06-28",
    );
}

#[test]
fn more_range_and_weekday_forms() {
    let a = Some("2019-04-03");
    check(
        "en",
        a,
        "Sales fell in Q2 this year.",
        "Q2 this year",
        "2019-04/2019-06",
    );
    check(
        "en",
        a,
        "Work starts in the second half of next year.",
        "second half of next year",
        "2020-07/2020-12",
    );
    check(
        "en",
        a,
        "The fair runs from 6/3 to 6/9, 2021 downtown.",
        "from 6/3 to 6/9, 2021",
        "2021-06-03/2021-06-09",
    );
    check(
        "en",
        a,
        "The strike lasted from 8 to March 19, 2003.",
        "from 8 to March 19, 2003",
        "2003-03-08/2003-03-19",
    );
    check(
        "en",
        a,
        "We meet Friday the 12th.",
        "Friday the 12th",
        "2019-04-12",
    );
    check(
        "en",
        a,
        "Lunch next week Thu.",
        "next week Thu",
        "2019-04-11",
    );
    check(
        "en",
        a,
        "Signed 14. Feb. 2011 in Bonn.",
        "14. Feb. 2011",
        "2011-02-14",
    );
    none("en", "Chapter 16. March ahead.");
    none("en", "From 8 to 10 people came.");
}

#[test]
fn more_ranges() {
    check(
        "en",
        None,
        "Talks ran Jan-Feb 2017 in Seoul.",
        "Jan-Feb 2017",
        "2017-01/2017-02",
    );
    check(
        "en",
        None,
        "Talks ran Nov-Feb 2017 in Seoul.",
        "Nov-Feb 2017",
        "2016-11/2017-02",
    );
    check(
        "en",
        None,
        "Closed from 10/1 to 11/7 for works.",
        "from 10/1 to 11/7",
        "XXXX-10-01/XXXX-11-07",
    );
    check(
        "en",
        Some("2024-04-18"),
        "Open from next Monday to Friday.",
        "from next Monday to Friday",
        "2024-04-22/2024-04-26",
    );
    check(
        "fr",
        Some("2024-04-18"),
        "Fermé de novembre à février.",
        "de novembre à février",
        "2023-11/2024-02",
    );
    check(
        "en",
        None,
        "Prices rose between 2014~2018.",
        "between 2014~2018",
        "2014/2018",
    );
}

#[test]
fn ranges_with_edges() {
    let at = Some("2016-11-07");
    check(
        "en",
        at,
        "It has been closed from April until the end of June.",
        "from April until the end of June",
        "2017-04/2017-06",
    );
    check(
        "en",
        at,
        "The range is from 2007 to the start of 2008.",
        "from 2007 to the start of 2008",
        "2007/2008",
    );
    check(
        "en",
        at,
        "The range is from the middle of 2007 to the end of 2008.",
        "from the middle of 2007 to the end of 2008",
        "2007/2008",
    );
    check(
        "en",
        None,
        "Cables were cut between late January and early February.",
        "between late January and early February",
        "XXXX-01/XXXX-02",
    );
    check(
        "fr",
        at,
        "Fermé du début avril à la fin juin.",
        "du début avril à la fin juin",
        "2017-04/2017-06",
    );
    check(
        "fr",
        None,
        "La gamme est de 2007 au début de 2008.",
        "de 2007 au début de 2008",
        "2007/2008",
    );
    check(
        "fr",
        None,
        "La fourchette se situe entre 2007 et la fin de 2008.",
        "entre 2007 et la fin de 2008",
        "2007/2008",
    );
    // An edge in front of no date leaves the rest as it was.
    check(
        "en",
        None,
        "From the end of the war until 2008, nothing.",
        "2008",
        "2008",
    );
}
