//! Whether a name is a person, a place or an organisation, from the language's word lists,
//! the gazetteer and the article's own people.

use super::units::{Candidate, UnitKind, span_of};
use super::vocabulary::previous_word;
use crate::extract::doc::Doc;
use crate::knowledge::lang::names::NameWords;
use crate::knowledge::normalize::{CharHashes, fuzzy_short};
use crate::model::ClaimKind;

/// The surnames of the people an article names in full, indexed so that a word one slip away
/// from one of them is found without comparing it with each (an article of tens of thousands
/// of names would otherwise cost the square of their number).
#[derive(Default)]
pub(super) struct Surnames {
    /// The surnames, sorted, each once.
    names: Vec<String>,
    /// Each short name (`fuzzy_short`), and each such name with one character left out, by its
    /// hash (`form_hashes`), with the name it comes from, sorted: two short words one edit
    /// apart share one of these forms. Equal hashes of different forms only make one
    /// comparison more, which the edit distance then settles. Built when `near` is first
    /// asked, as one sorted vector: a map of vectors cost a dozen allocations per article.
    forms: std::cell::OnceCell<Vec<(u64, u32)>>,
}

/// The hashes of a word and of the words made by leaving out one of its characters
/// (`CharHashes`).
fn form_hashes(word: &str) -> impl Iterator<Item = u64> {
    let h = CharHashes::new(word);
    std::iter::once(h.whole()).chain((0..h.chars()).map(move |a| h.without(a)))
}

impl Surnames {
    pub(super) fn new(names: impl IntoIterator<Item = String>) -> Surnames {
        let mut names: Vec<String> = names.into_iter().collect();
        names.sort_unstable();
        names.dedup();
        Surnames {
            names,
            forms: std::cell::OnceCell::new(),
        }
    }

    /// `forms`, built on first use.
    fn forms(&self) -> &[(u64, u32)] {
        self.forms.get_or_init(|| {
            let mut forms = Vec::new();
            for (i, name) in self.names.iter().enumerate() {
                if fuzzy_short(name) {
                    forms.extend(form_hashes(name).map(|form| (form, i as u32)));
                }
            }
            forms.sort_unstable();
            forms.dedup();
            forms
        })
    }

    pub(super) fn contains(&self, word: &str) -> bool {
        self.names
            .binary_search_by(|n| n.as_str().cmp(word))
            .is_ok()
    }

    /// A word one slip away from the surname of a person the article names in full ("Lutnik,
    /// 63, said" beside "Howard Lutnick"): that person's surname, misspelled, not a common
    /// word, when it is long enough (`surname_slip_min_letters` of the language's `[names]`).
    /// Two short words one edit apart (a letter changed, added, left out or two swapped)
    /// always share a form; a long word meets no other.
    pub(super) fn near(&self, word: &str, words: &NameWords) -> bool {
        let n = word.chars().count();
        n >= words.surname_slip_min_letters
            && fuzzy_short(word)
            && !self.forms().is_empty()
            && form_hashes(word).any(|form| {
                let forms = self.forms();
                forms[forms.partition_point(|&(h, _)| h < form)..]
                    .iter()
                    .take_while(|&&(h, _)| h == form)
                    .any(|&(_, i)| {
                        let s = &self.names[i as usize];
                        s.chars().count().abs_diff(n) <= 1 && strsim::osa_distance(s, word) == 1
                    })
            })
    }
}

/// What is asked of a candidate as a whole, once, and read more than once.
#[derive(Debug, Clone, Copy)]
pub(super) struct Known {
    /// The gazetteer knows the whole span as a place.
    pub(super) place: bool,
    /// `looks_like_person`.
    pub(super) person: bool,
    /// A word of the name but its particles is one of `org_words`.
    org_word: bool,
    /// A word of the name but its particles is one of `place_words`.
    place_word: bool,
}

impl Known {
    pub(super) fn of(doc: &Doc, c: &Candidate) -> Known {
        // A candidate of one token has its folded span in `Doc` already (`fold_span`).
        let place = doc.places.is_some_and(|p| {
            p.contains_folded(&doc.fold_span(span_of(&c.units), c.units[0].first))
        });
        // Each unit folded and looked up once: `classify` reads the words but particles,
        // `looks_like_person` every unit.
        let sets = &doc.lang.data.names.sets;
        let (mut org_word, mut place_word, mut particle_org_or_place) = (false, false, false);
        for u in &c.units {
            let f = doc.fold_span(u.span, u.first);
            let org = sets.org_words.contains(f.as_ref());
            let place = sets.place_words.contains(f.as_ref());
            if u.kind == UnitKind::Connector {
                particle_org_or_place |= org || place;
            } else {
                org_word |= org;
                place_word |= place;
            }
        }
        let org_or_place_word = org_word || place_word || particle_org_or_place;
        Known {
            place,
            person: looks_like_person(c, place, org_or_place_word),
            org_word,
            place_word,
        }
    }
}

/// The kind of a candidate, given what is `known` of it.
pub(super) fn classify(
    doc: &Doc,
    c: &Candidate,
    surnames: &Surnames,
    known: Known,
    words: &NameWords,
) -> ClaimKind {
    if known.org_word {
        return ClaimKind::Org;
    }
    if known.place || known.place_word {
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
    if known.person {
        return ClaimKind::Person;
    }
    if c.units.iter().any(|u| u.kind == UnitKind::Acronym) {
        return ClaimKind::Org;
    }
    // A candidate of one unit is no particle: `trim` strips them at both ends.
    if let [u] = c.units.as_slice() {
        let word = doc.fold_span(u.span, u.first);
        if surnames.contains(&word) || surnames.near(&word, words) {
            return ClaimKind::Person;
        }
    }
    let prev = previous_word(doc, c.units[0].first);
    if prev.is_some_and(|k| words.sets.place_prepositions.contains(doc.folded(k))) {
        return ClaimKind::Place;
    }
    if c.units.len() > 1 {
        // Several capitalised words joined by particles: an institution more often than a
        // person ("Banque de France").
        return ClaimKind::Org;
    }
    ClaimKind::Place
}

/// A person: a title before it, an initial, or several plain words with no particle; never a
/// name the gazetteer knows as a whole (`known_place`), nor one with a word of `org_words`
/// or `place_words` (`org_or_place_word`, particles included).
fn looks_like_person(c: &Candidate, known_place: bool, org_or_place_word: bool) -> bool {
    if org_or_place_word {
        return false;
    }
    if known_place {
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
