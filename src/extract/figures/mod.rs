//! Figures: numbers ("1,5", "1 500", "deux cent mille"), money ("1,5 milliard de dollars",
//! "$1.5bn"), percentages ("10 %", "ten percent") and ordinals ("10e", "10th", "vingtième").
//!
//! Every word the extractor knows comes from the `[figures]` section of the language files, loaded
//! into `FigureWords` and its look-up index by `knowledge::lang::figures`. Numerals written with
//! digits are read in either locale's format; numerals written in words go through one small
//! grammar whose words all come from the language data (units and tens add up, "cent"/"hundred"
//! multiply the current group, scale words close it), so French and English — and a third language
//! — share the code. Around each numeral the extractor looks for what makes it a percentage, an
//! amount, an ordinal or a mere identifier, and for a qualifier ("environ", "more than") kept on
//! the claim but outside its span.
//!
//! The files: `dec.rs` (exact decimals), `digits.rs` (the digit lexer) and `words.rs` (the
//! number-word grammar) know no document; `scan.rs` holds the scanner (`Scan`, `Fig`) and its atom
//! helpers; `at_digits.rs`, `at_words.rs`, `fractions.rs` and `money.rs` read numerals from the
//! atoms; `context.rs` reads what is around one and emits its claim; `extract`, below, walks the
//! atoms. The files import what they build on (dec, digits, words, scan), never this one.

mod at_digits;
mod at_words;
mod context;
mod dec;
mod digits;
mod fractions;
mod money;
mod scan;
#[cfg(test)]
mod tests;
mod words;

use self::scan::Scan;
use crate::extract::doc::Doc;
use crate::model::Claim;
use crate::text::AtomKind;

pub fn extract(doc: &Doc) -> Vec<Claim> {
    let ix = doc.lang.data.figures.index();
    let mut s = Scan::new(doc, ix);
    let mut i = 0;
    while i < s.atoms.len() {
        let next = match s.atoms[i].kind {
            AtomKind::Digits => s.at_digits(i),
            // Most words start no entry of the tables and hold no digit: neither reader
            // can start a figure there.
            AtomKind::Word if s.plain_word(i) => None,
            AtomKind::Word => s.at_glued_code(i).or_else(|| s.at_words(i)),
            AtomKind::Punct => None,
        };
        i = next.map_or(i + 1, |n| n.max(i + 1));
    }
    s.out
}
