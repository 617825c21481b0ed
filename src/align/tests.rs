use super::*;
use crate::load::{LangChoice, parse_article};

/// The figure pairs of a corpus of (language, text) articles, as (text, text).
fn figure_pairs(articles: &[(&str, &str)]) -> Vec<(String, String)> {
    let rules = RuleSet::defaults().unwrap();
    let docs = articles
        .iter()
        .enumerate()
        .map(|(i, (lang, text))| {
            let md = format!("---\ndate: 2025-03-13\nlang: {lang}\n---\n{text}\n");
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
