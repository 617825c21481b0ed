use super::*;
use crate::load::{LangChoice, parse_article};
use std::collections::BTreeSet;

/// The figure pairs of a corpus of (language, text) articles published on 13 March 2025, as
/// (text, text).
fn figure_pairs(articles: &[(&str, &str)]) -> Vec<(String, String)> {
    let dated: Vec<(&str, &str, &str)> = articles
        .iter()
        .map(|&(lang, text)| (lang, "2025-03-13", text))
        .collect();
    dated_figure_pairs(&dated)
}

/// The corpus of (language, publication date, text) articles, and its alignment.
fn aligned(articles: &[(&str, &str, &str)]) -> (Corpus, Alignment) {
    let rules = RuleSet::defaults().unwrap();
    let docs = articles
        .iter()
        .enumerate()
        .map(|(i, (lang, date, text))| {
            let md = format!("---\ndate: {date}\nlang: {lang}\n---\n{text}\n");
            parse_article(
                &format!("{i}.md"),
                &i.to_string(),
                md.into_bytes(),
                true,
                &rules.langs,
                &LangChoice::Auto,
            )
            .unwrap()
        })
        .collect();
    let corpus = crate::extract_corpus(docs, &rules.langs, &rules.places).unwrap();
    let al = align(&corpus, &rules);
    (corpus, al)
}

/// The figure pairs of a corpus of (language, publication date, text) articles.
fn dated_figure_pairs(articles: &[(&str, &str, &str)]) -> Vec<(String, String)> {
    let (corpus, al) = aligned(articles);
    al.figures
        .iter()
        .map(|p| {
            (
                corpus.claims[p.a].text.clone(),
                corpus.claims[p.b].text.clone(),
            )
        })
        .collect()
}

#[test]
fn words_meet_across_languages_through_the_lexicon() {
    let pairs = figure_pairs(&[
        ("fr", "Le bilan s'élève à 212 morts, selon les autorités."),
        (
            "en",
            "The toll stands at 245 dead, according to the authorities.",
        ),
    ]);
    assert_eq!(pairs, vec![("212".to_string(), "245".to_string())]);
}

#[test]
fn an_earlier_toll_is_not_compared_with_a_later_one() {
    let pairs = figure_pairs(&[
        (
            "fr",
            "Le précédent bilan du séisme faisait état de 300 morts à Valdoria.",
        ),
        ("fr", "Le bilan du séisme s'élève à 2 012 morts à Valdoria."),
    ]);
    assert!(pairs.is_empty(), "{pairs:?}");
    let pairs = figure_pairs(&[
        (
            "en",
            "As of Sunday evening, the Valdoria earthquake had left 120 dead.",
        ),
        ("en", "The Valdoria earthquake left 150 dead."),
    ]);
    assert!(pairs.is_empty(), "{pairs:?}");
    // Without the marker, the same figures are compared.
    let pairs = figure_pairs(&[
        (
            "en",
            "On Sunday evening, the Valdoria earthquake had left 120 dead.",
        ),
        ("en", "The Valdoria earthquake left 150 dead."),
    ]);
    assert_eq!(pairs.len(), 1, "{pairs:?}");
}

#[test]
fn figures_from_different_sources_are_not_compared() {
    let pairs = figure_pairs(&[
        (
            "en",
            "According to the police, 40,000 people were evacuated in Valdoria.",
        ),
        (
            "en",
            "According to aid groups, 55,000 people were evacuated in Valdoria.",
        ),
    ]);
    assert!(pairs.is_empty(), "{pairs:?}");
    // One source named, the other not: compared.
    let pairs = figure_pairs(&[
        (
            "en",
            "According to the police, 40,000 people were evacuated in Valdoria.",
        ),
        ("en", "In Valdoria, 55,000 people were evacuated."),
    ]);
    assert_eq!(pairs.len(), 1, "{pairs:?}");
}

#[test]
fn one_measure_written_many_ways_in_two_languages() {
    // A verb before the number, a noun after it, a counted noun in between: all `deaths`.
    for (fr, en) in [
        (
            "Le séisme qui a frappé Valdoria a fait 212 morts.",
            "The earthquake that struck Valdoria killed 245 people.",
        ),
        (
            "Le séisme de Valdoria a tué au moins 212 personnes.",
            "The Valdoria earthquake left 245 people dead.",
        ),
        (
            "Le bilan du séisme de Valdoria s'élève à 212.",
            "The earthquake in Valdoria has a death toll of 245.",
        ),
    ] {
        let pairs = figure_pairs(&[("fr", fr), ("en", en)]);
        assert_eq!(
            pairs,
            vec![("212".to_string(), "245".to_string())],
            "{fr} / {en}"
        );
    }
}

#[test]
fn different_measures_are_never_compared() {
    let pairs = figure_pairs(&[
        ("en", "The earthquake in Valdoria killed 245 people."),
        ("en", "The earthquake in Valdoria injured 245 people."),
    ]);
    assert_eq!(pairs.len(), 0, "{pairs:?}");
    let pairs = figure_pairs(&[
        (
            "fr",
            "Le séisme de Valdoria a fait 212 morts et des centaines de blessés.",
        ),
        ("en", "The Valdoria earthquake left 250 people missing."),
    ]);
    assert!(pairs.is_empty(), "{pairs:?}");
    // A depth and a distance are two measures, whatever their units.
    let pairs = figure_pairs(&[
        ("en", "The Valdoria quake struck 12 km below the surface."),
        ("en", "The Valdoria quake struck 7.5 miles east of Bresk."),
    ]);
    assert!(pairs.is_empty(), "{pairs:?}");
    // A depth in kilometres and one in miles are one measure, compared in kilometres.
    let pairs = figure_pairs(&[
        ("en", "The Valdoria quake struck 12 km below the surface."),
        (
            "en",
            "The Valdoria quake struck 7.5 miles below the surface.",
        ),
    ]);
    assert_eq!(pairs, vec![("12".to_string(), "7.5".to_string())]);
}

#[test]
fn units_and_magnitudes_written_differently() {
    let pairs = figure_pairs(&[
        (
            "fr",
            "Le séisme a frappé Valdoria à 12 kilomètres de profondeur.",
        ),
        ("en", "The quake struck Valdoria at a depth of 15 km."),
    ]);
    assert_eq!(pairs, vec![("12".to_string(), "15".to_string())]);
    let pairs = figure_pairs(&[
        ("fr", "Un séisme de magnitude 7,1 a frappé Valdoria."),
        ("en", "A 7.0-magnitude earthquake struck Valdoria."),
    ]);
    assert_eq!(pairs, vec![("7,1".to_string(), "7.0".to_string())]);
}

#[test]
fn counts_of_one_measure_in_two_places_are_two_facts() {
    let pairs = figure_pairs(&[
        (
            "en",
            "The earthquake in the province left 1,340 dead in Kerman on Friday.",
        ),
        (
            "en",
            "The earthquake in the province left 870 dead in Zarand on Friday.",
        ),
    ]);
    assert!(pairs.is_empty(), "{pairs:?}");
    let pairs = figure_pairs(&[
        (
            "en",
            "The earthquake in the province left 1,340 dead in Kerman on Friday.",
        ),
        (
            "fr",
            "Le séisme dans la province a fait 1 430 morts à Kerman vendredi.",
        ),
    ]);
    assert_eq!(pairs, vec![("1,340".to_string(), "1 430".to_string())]);
}

#[test]
fn a_decimal_broken_by_a_stray_space_is_no_figure() {
    let pairs = figure_pairs(&[
        ("en", "The magnitude 6. 1 quake struck Aceh province."),
        ("en", "The magnitude 6.1 quake struck Aceh province."),
    ]);
    assert!(pairs.is_empty(), "{pairs:?}");
}

#[test]
fn a_toll_published_a_day_later_is_an_update() {
    let day_one = "The earthquake in Valdoria killed 245 people, officials said.";
    let day_two = "The earthquake in Valdoria killed 312 people, officials said.";
    let pairs = dated_figure_pairs(&[("en", "2025-03-13", day_one), ("en", "2025-03-14", day_two)]);
    assert!(pairs.is_empty(), "{pairs:?}");
    let pairs = dated_figure_pairs(&[("en", "2025-03-13", day_one), ("en", "2025-03-13", day_two)]);
    assert_eq!(pairs.len(), 1, "{pairs:?}");
    // A magnitude does not grow: compared across days.
    let pairs = dated_figure_pairs(&[
        (
            "en",
            "2025-03-13",
            "The earthquake in Valdoria had a magnitude of 6.4, officials said.",
        ),
        (
            "en",
            "2025-03-14",
            "The earthquake in Valdoria had a magnitude of 6.1, officials said.",
        ),
    ]);
    assert_eq!(pairs.len(), 1, "{pairs:?}");
}

#[test]
fn a_figure_of_a_past_year_is_about_another_event() {
    let pairs = figure_pairs(&[
        (
            "en",
            "In 2015, an earthquake in Valdoria killed about 9,000 people, officials said.",
        ),
        (
            "en",
            "The earthquake in Valdoria killed 157 people, officials said.",
        ),
    ]);
    assert!(pairs.is_empty(), "{pairs:?}");
    // The same year as the article's, written or not: compared.
    let pairs = figure_pairs(&[
        (
            "en",
            "In March 2025, the earthquake in Valdoria killed 190 people, officials said.",
        ),
        (
            "en",
            "The earthquake in Valdoria killed 157 people, officials said.",
        ),
    ]);
    assert_eq!(pairs.len(), 1, "{pairs:?}");
}

#[test]
fn a_count_coordinated_with_a_measured_one_shares_its_measure() {
    let mut pairs = figure_pairs(&[
        (
            "en",
            "The earthquake in the province killed 1,340 people in Kerman and 96 in Zarand.",
        ),
        (
            "fr",
            "Le séisme dans la province a fait 1 340 morts à Kerman et 112 à Zarand.",
        ),
    ]);
    pairs.sort();
    assert_eq!(
        pairs,
        vec![
            ("1,340".to_string(), "1 340".to_string()),
            ("96".to_string(), "112".to_string())
        ]
    );
}

#[test]
fn a_breakdown_by_place_in_brackets() {
    let mut pairs = figure_pairs(&[
        (
            "fr",
            "Le séisme a fait de nombreuses victimes dans la province, surtout à Kerman (1 340 morts) et à Zarand (96 morts).",
        ),
        (
            "fr",
            "Le séisme a fait de nombreuses victimes dans la province : 1 430 morts à Kerman et 96 morts à Zarand.",
        ),
    ]);
    pairs.sort();
    assert_eq!(
        pairs,
        vec![
            ("1 340".to_string(), "1 430".to_string()),
            ("96".to_string(), "96".to_string())
        ]
    );
}

#[test]
fn compound_given_names_are_matched_part_by_part() {
    let rules = RuleSet::defaults().unwrap();
    let same = |a: &str, b: &str| {
        names::people_compatible(&names::parse_person(a), &names::parse_person(b), &rules)
    };
    assert!(same("Kassym-Jomart Tokayev", "Qasym-Zhomart Tokayev"));
    assert!(same("Kassym-Jomart Tokayev", "Kasim Jomart Tokayev"));
    assert!(same("Jean-Pierre Dupont", "Jean Pierre Dupont"));
    // A compound given name is one name: "Jean" is someone else.
    assert!(!same("Jean-Pierre Dupont", "Jean Dupont"));
    assert!(!same("Jean-Pierre Dupont", "Jean-Luc Dupont"));
    // A middle name dropped is still the same person.
    assert!(same("Donald John Trump", "Donald Trump"));
}

/// The entities of a corpus of English articles, each as its sorted distinct spellings.
fn entities(articles: &[&str]) -> Vec<Vec<String>> {
    let dated: Vec<(&str, &str, &str)> = articles
        .iter()
        .map(|&text| ("en", "2025-03-13", text))
        .collect();
    let (corpus, al) = aligned(&dated);
    al.entities
        .iter()
        .map(|e| {
            let forms: BTreeSet<String> = e
                .mentions
                .iter()
                .map(|m| corpus.claims[m.claim].text.clone())
                .collect();
            forms.into_iter().collect()
        })
        .collect()
}

fn together(entities: &[Vec<String>], a: &str, b: &str) -> bool {
    entities
        .iter()
        .any(|e| e.iter().any(|f| f == a) && e.iter().any(|f| f == b))
}

#[test]
fn two_slips_in_a_long_name_are_one_name_when_the_context_agrees() {
    // The same given name says it is one person.
    let es = entities(&[
        "The mayor, Margarethe Oberlindacher, opened the bridge on Monday.",
        "Margarethe Oberlindacher said the bridge had cost too much.",
        "Margarethe Oberlandecher cut the ribbon on Monday.",
    ]);
    assert!(
        together(&es, "Margarethe Oberlindacher", "Margarethe Oberlandecher"),
        "{es:?}"
    );
    // A place: the same other place in its sentences.
    let es = entities(&[
        "The storm hit Quetzaltenango, Guatemala, on Monday.",
        "Roofs were torn off in Quetzaltenango, Guatemala.",
        "Rescuers reached Quetzeltenamgo, Guatemala, by road.",
    ]);
    assert!(together(&es, "Quetzaltenango", "Quetzeltenamgo"), "{es:?}");
}

#[test]
fn two_long_names_two_letters_apart_stay_apart_without_context() {
    // Written side by side in one article: two names.
    let es = entities(&[
        "Cuts to Medicaid and Medicare were debated in Washington.",
        "Medicaid pays for the care of the poor.",
        "Medicare covers people over 65.",
    ]);
    assert!(!together(&es, "Medicaid", "Medicare"), "{es:?}");
    // In different articles with nothing in common around them: two names.
    let es = entities(&[
        "Senator Vincenzo Amato spoke in Rome.",
        "Vincente Amato plays the guitar.",
    ]);
    assert!(!together(&es, "Vincenzo Amato", "Vincente Amato"), "{es:?}");
}

#[test]
fn one_slip_in_a_short_name_is_confirmed_by_the_context() {
    // Written once in an article that writes the name right twice, as the other sources do.
    let es = entities(&[
        "Dr. Sanjay Gupta examined the patient. Gupta said the case was rare, and Gupt added that it was closed.",
        "Sanjay Gupta spoke to reporters on Monday.",
        "The report by Sanjay Gupta was published.",
    ]);
    assert!(together(&es, "Gupta", "Gupt"), "{es:?}");
    // One letter changed, the same given name.
    let es = entities(&[
        "Director David Lynch arrived on Monday.",
        "David Lynch said the film was finished.",
        "David Lyhch presented the film.",
    ]);
    assert!(together(&es, "David Lynch", "David Lyhch"), "{es:?}");
    // A letter dropped that makes a derived form ("Spear" / "Spears"), written once beside
    // the right spelling: a slip.
    let es = entities(&[
        "Singer Britney Spears cancelled the show. Britney Spears said she was ill, and Britney Spear thanked her fans.",
        "Britney Spears cancelled a concert in Las Vegas.",
        "Fans of Britney Spears were told on Monday.",
    ]);
    assert!(together(&es, "Britney Spears", "Britney Spear"), "{es:?}");
    // Two towns one letter apart, each in its own articles, with a state in common: two places.
    let es = entities(&[
        "The storm hit Boston, Massachusetts, on Monday.",
        "Boston, Massachusetts, cleared the snow.",
        "Bolton, Massachusetts, closed its schools.",
    ]);
    assert!(!together(&es, "Boston", "Bolton"), "{es:?}");
}

#[test]
fn copies_of_an_article_pair_as_the_article_does() {
    // Three copies of one wire story and a fourth article: each copy's figure pairs with the
    // figure of every other copy and with the fourth's, in claim order, as it would alone.
    let wire = "The earthquake killed 245 people in the province, officials said on Friday.";
    let other = "The earthquake killed 212 people in the province, officials said on Friday.";
    let pairs = figure_pairs(&[("en", wire), ("en", wire), ("en", other), ("en", wire)]);
    let expected = [
        ("245", "245"),
        ("245", "212"),
        ("245", "245"),
        ("245", "212"),
        ("245", "245"),
        ("212", "245"),
    ];
    let expected: Vec<(String, String)> = expected
        .iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect();
    assert_eq!(pairs, expected);
    // The same story told by one article: one pair.
    assert_eq!(figure_pairs(&[("en", wire), ("en", other)]).len(), 1);
}
