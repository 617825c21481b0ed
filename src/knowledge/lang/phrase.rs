//! Phrases of the language files (markers, measures) as folded words, matched word by word
//! against text: case and accents ignored, a final `*` matching every word it starts.

use crate::knowledge::normalize::fold;

/// The folded words of a phrase, split as the tokenizer splits text: "d'après" → ["d",
/// "apres"]; a final `*` is kept.
pub(crate) fn phrase_words(phrase: &str) -> Vec<String> {
    phrase
        .split(|c: char| c.is_whitespace() || matches!(c, '\'' | '’'))
        .filter(|w| !w.is_empty())
        .map(|w| {
            let star = w.ends_with('*');
            let mut f = fold(w);
            if star {
                f.push('*');
            }
            f
        })
        .filter(|w| !w.is_empty() && w != "*")
        .collect()
}

/// Whether a folded word matches a phrase word (`prefix*` matches every word it starts).
pub(crate) fn word_matches(pattern: &str, word: &str) -> bool {
    match pattern.strip_suffix('*') {
        Some(prefix) => word.starts_with(prefix),
        None => pattern == word,
    }
}
