//! Names: people ("Kassym-Jomart Tokaïev", "N. Nazarbayev", "B.Sultanov"), places and
//! organisations (capitalised names that are not people), with the title or role written
//! before a person ("le président", "Secretary of Commerce").
//!
//! A name is a run of capitalised words and initials on one line, with lowercase particles
//! ("de", "van", "of") allowed between them. What is not a name is decided from the language
//! data and from the article itself: function words, month and weekday names, titles (kept as
//! the person's role), a sentence's first word when the article also writes it in lowercase or
//! never capitalises it elsewhere, and the title-case words of headlines.
//!
//! Files: `units` (the grammar of a name), `vocabulary` (what the article says about its
//! words), `candidates` (cutting names out of runs), `role` (titles before a person), `kind`
//! (person, place or organisation); this file walks the tokens and makes the claims.

mod candidates;
mod kind;
mod role;
#[cfg(test)]
mod tests;
mod units;
mod vocabulary;

use crate::extract::doc::Doc;
use crate::knowledge::normalize::tidy_name;
use crate::model::{Claim, ClaimKind, Value};
use candidates::{split, trim};
use kind::{Known, Surnames, classify};
use units::{Candidate, Unit, sequence, span_of, unit_at};
use vocabulary::{headline_sentences, sentence_first_words, vocabulary};

pub fn extract(doc: &Doc) -> Vec<Claim> {
    let words = &doc.lang.data.names;
    let toks = &doc.tokens;
    let first_words = sentence_first_words(doc);
    let headline = headline_sentences(doc);

    // The runs of units first, all in one vector: the vocabulary is gathered for their words
    // only.
    let mut all: Vec<Unit> = Vec::new();
    let mut runs: Vec<(usize, usize)> = Vec::new();
    let mut units = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let Some(first) = unit_at(doc, i) else {
            i += 1;
            continue;
        };
        sequence(doc, first, &mut units);
        let next = units.last().map_or(i + 1, |u| u.next);
        runs.push((all.len(), all.len() + units.len()));
        all.extend_from_slice(&units);
        i = next;
    }
    let vocab = vocabulary(doc, &first_words, &all);

    let mut candidates: Vec<Candidate> = Vec::new();
    // One vector for every run's parts.
    let mut parts = Vec::new();
    for &(from, to) in &runs {
        let units = &all[from..to];
        let in_headline = doc
            .sentence_at(units[0].span.start)
            .is_some_and(|s| headline.contains(&s.start));
        split(doc, units, &vocab, in_headline, &mut parts);
        for part in parts.drain(..) {
            if let Some(c) = trim(doc, part, &first_words, &vocab) {
                candidates.push(c);
            }
        }
    }

    // Whether the gazetteer knows each candidate as a whole, and whether it looks like a
    // person: each asked once, read below more than once.
    let known: Vec<Known> = candidates.iter().map(|c| Known::of(doc, c)).collect();
    // Surnames of the people named in full, so that a surname alone is known as a person.
    let surnames = Surnames::new(candidates.iter().zip(&known).filter_map(|(c, k)| {
        c.units
            .last()
            .filter(|_| k.person)
            .map(|last| doc.fold_span(last.span, last.first).into_owned())
    }));

    let mut claims = Vec::new();
    for (c, known) in candidates.into_iter().zip(known) {
        let single = c.units.len() == 1;
        let word = doc.fold_span(c.units[0].span, c.units[0].first);
        let word = word.as_ref();
        let known_place = known.place;
        if single
            && c.role.is_none()
            && !known_place
            && !surnames.contains(word)
            && !(c.at_sentence_start && !vocab.lower(word) && surnames.near(word, words))
        {
            // A lone capitalised word the article also writes in lowercase is a common noun
            // ("Commerce"); at a sentence's start, one never capitalised elsewhere is just the
            // first word.
            if vocab.lower(word) || (c.at_sentence_start && !vocab.inner_caps(word)) {
                continue;
            }
        }
        let kind = classify(doc, &c, &surnames, known, words);
        let span = span_of(&c.units);
        let mut claim = doc.claim(kind, span, Value::Name(tidy_name(doc.slice(span))));
        if kind == ClaimKind::Person {
            claim.role = c.role.map(|r| tidy_name(doc.slice(r)));
        }
        claims.push(claim);
    }
    claims
}
