//! Whether a name is a person, a place or an organisation, from the language's word lists,
//! the gazetteer and the article's own people.

use std::collections::HashSet;

use super::units::{Candidate, Unit, UnitKind, span_of};
use super::vocabulary::previous_word;
use crate::extract::doc::Doc;
use crate::knowledge::lang::names::NameWords;
use crate::knowledge::normalize::fold;
use crate::model::ClaimKind;

/// A word one slip away from the surname of a person the article names in full ("Lutnik, 63,
/// said" beside "Howard Lutnick"): that person's surname, misspelled, not a common word, when
/// it is long enough (`surname_slip_min_letters` of the language's `[names]`).
pub(super) fn near_surname(word: &str, surnames: &HashSet<String>, words: &NameWords) -> bool {
    let n = word.chars().count();
    n >= words.surname_slip_min_letters
        && surnames
            .iter()
            .any(|s| s.chars().count().abs_diff(n) <= 1 && strsim::osa_distance(s, word) == 1)
}

pub(super) fn classify(
    doc: &Doc,
    c: &Candidate,
    surnames: &HashSet<String>,
    known_place: bool,
    words: &NameWords,
) -> ClaimKind {
    let folded: Vec<String> = c
        .units
        .iter()
        .filter(|u| u.kind != UnitKind::Connector)
        .map(|u| fold(doc.slice(u.span)))
        .collect();
    if folded.iter().any(|w| words.sets.org_words.contains(w)) {
        return ClaimKind::Org;
    }
    if known_place || folded.iter().any(|w| words.sets.place_words.contains(w)) {
        return ClaimKind::Place;
    }
    // A name of several words that names a place somewhere (`rules/places.tsv`: "Banda Aceh",
    // "Al Haouz", "Des Moines"), with no title or initial to make it a person.
    if c.units.len() >= 2
        && c.role.is_none()
        && !c
            .units
            .iter()
            .any(|u| matches!(u.kind, UnitKind::Initial | UnitKind::Acronym))
        && doc
            .places
            .is_some_and(|p| p.known(doc.slice(span_of(&c.units))))
    {
        return ClaimKind::Place;
    }
    if looks_like_person(doc, c) {
        return ClaimKind::Person;
    }
    if c.units.iter().any(|u| u.kind == UnitKind::Acronym) {
        return ClaimKind::Org;
    }
    if c.units.len() == 1
        && (surnames.contains(&folded[0]) || near_surname(&folded[0], surnames, words))
    {
        return ClaimKind::Person;
    }
    let prev = previous_word(doc, c.units[0].first);
    if prev.is_some_and(|p| words.sets.place_prepositions.contains(&fold(p))) {
        return ClaimKind::Place;
    }
    if c.units.len() > 1 {
        // Several capitalised words joined by particles: an institution more often than a
        // person ("Banque de France").
        return ClaimKind::Org;
    }
    ClaimKind::Place
}

/// A person: a title before it, an initial, or several plain words with no particle.
pub(super) fn looks_like_person(doc: &Doc, c: &Candidate) -> bool {
    let words = &doc.lang.data.names.sets;
    let folded = |u: &Unit| fold(doc.slice(u.span));
    if c.units
        .iter()
        .any(|u| words.org_words.contains(&folded(u)) || words.place_words.contains(&folded(u)))
    {
        return false;
    }
    if doc
        .places
        .is_some_and(|p| p.contains(doc.slice(span_of(&c.units))))
    {
        return false;
    }
    let has_initial = c.units.iter().any(|u| u.kind == UnitKind::Initial);
    let last_is_word = c.units.last().is_some_and(|u| u.kind == UnitKind::Word);
    if !last_is_word || c.units.iter().any(|u| u.kind == UnitKind::Acronym) {
        return false;
    }
    if c.role.is_some() || has_initial {
        return true;
    }

    c.units.len() >= 2 && c.units.iter().all(|u| u.kind == UnitKind::Word)
}
