//! Normalised forms of names, for comparing spellings.
//!
//! Three levels, each coarser than the last:
//! - `fold`: lowercase, diacritics removed, ligatures expanded, separators (spaces, hyphens,
//!   apostrophes, periods) dropped. Two names with the same fold differ only in case,
//!   accents or punctuation.
//! - `Translit::equivalent`: the fold with the transliteration equivalences of
//!   `rules/translit.toml` applied (ay/aï, ou/u, zh/j, -yev/-ev...). Two names with the same
//!   equivalent form are the same name under another romanisation scheme.
//! - `Translit::key`: the equivalent form with the looser matching rules applied (ck/k,
//!   doubled letters). Names are clustered on this key; a difference that survives only up to
//!   here is a spelling difference, not a transliteration.

use serde::Deserialize;

pub use super::fold::{fold, fold_into, push_ascii_lowercase};

use crate::error::{Error, toml_error};

/// `fold`, borrowing `s` when it is folded already (ASCII lowercase letters and digits, as
/// most words of a sentence are): no allocation for those.
pub fn fold_cow(s: &str) -> std::borrow::Cow<'_, str> {
    if s.bytes()
        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
    {
        std::borrow::Cow::Borrowed(s)
    } else {
        std::borrow::Cow::Owned(fold(s))
    }
}

/// The transliteration data file, `rules/translit.toml`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TranslitFile {
    /// Ordered rewrites applied to folded names: spellings equal after them are
    /// transliteration variants of one name.
    #[serde(default)]
    pub equivalent: Vec<[String; 2]>,
    /// Ordered rewrites applied after `equivalent`, for matching only: spellings equal after
    /// them are the same name misspelled.
    #[serde(default)]
    pub similar: Vec<[String; 2]>,
    /// Pairs of endings that make two otherwise equal surnames different names (a family's
    /// masculine and feminine forms).
    #[serde(default)]
    pub distinct_endings: Vec<[String; 2]>,
    /// Endings that derive another word from a name: "Africa" / "African", "Award" /
    /// "Awards". A name and the same name with one of these added are different words.
    #[serde(default)]
    pub derived_endings: Vec<String>,
    /// Groups of given names that are one name transliterated: "Kassym" / "Qasym" / "Kasim",
    /// "Muhammad" / "Mukhammad" / "Mouhammad". A person written with either is one person.
    #[serde(default)]
    pub given_names: Vec<Vec<String>>,
}

/// Transliteration and matching rules, loaded from data.
#[derive(Debug, Clone, Default)]
pub struct Translit {
    equivalent: Vec<(String, String)>,
    similar: Vec<(String, String)>,
    distinct_endings: Vec<(String, String)>,
    derived_endings: Vec<String>,
    /// Matching key of a given name → its group in `given_names`.
    given_groups: std::collections::HashMap<String, usize>,
    given_count: usize,
    /// `key` of the names already keyed: alignment asks for the key of one given name once
    /// per pair of people (an eighth of a check's time when it was computed each time).
    keys: KeyMemo,
}

/// A memo of `Translit::key`, emptied when the rules change (and when cloned).
#[derive(Default)]
struct KeyMemo(std::sync::Mutex<std::collections::HashMap<String, String>>);

impl Clone for KeyMemo {
    fn clone(&self) -> Self {
        KeyMemo::default()
    }
}

impl std::fmt::Debug for KeyMemo {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("KeyMemo")
    }
}

/// `s` with each rule's `from` replaced by its `to`, the rules in order. A rule is searched
/// for only when every byte of its `from` is in the name: most rules are passed over on a few
/// bit tests instead of a substring search.
fn rewrite(s: &str, rules: &[(String, String)]) -> String {
    let bytes_of = |s: &str| {
        let mut set = [0u64; 4];
        for b in s.bytes() {
            set[usize::from(b >> 6)] |= 1 << (b & 63);
        }
        set
    };
    let mut cur = s.to_string();
    let mut present = bytes_of(&cur);
    for (from, to) in rules {
        if !from
            .bytes()
            .all(|b| present[usize::from(b >> 6)] & (1 << (b & 63)) != 0)
        {
            continue;
        }
        if cur.contains(from.as_str()) {
            cur = cur.replace(from.as_str(), to);
            present = bytes_of(&cur);
        }
    }
    cur
}

impl Translit {
    pub fn parse(origin: &str, source: &str) -> Result<Translit, Error> {
        let file: TranslitFile =
            toml::from_str(source).map_err(|e| toml_error(origin, source, &e))?;
        let mut t = Translit::default();
        t.extend(file);
        Ok(t)
    }

    /// Adds another file's rules after these.
    pub fn extend(&mut self, file: TranslitFile) {
        self.keys = KeyMemo::default();
        let pairs = |v: Vec<[String; 2]>| {
            v.into_iter()
                .map(|[a, b]| (fold(&a), fold(&b)))
                .collect::<Vec<_>>()
        };
        self.equivalent.extend(pairs(file.equivalent));
        self.similar.extend(pairs(file.similar));
        self.distinct_endings.extend(pairs(file.distinct_endings));
        self.derived_endings
            .extend(file.derived_endings.iter().map(|e| fold(e)));
        for group in &file.given_names {
            let id = self.given_count;
            self.given_count += 1;
            for name in group {
                let key = self.key(name);
                self.given_groups.entry(key).or_insert(id);
            }
        }
    }

    /// Whether two given names are one name in two transliterations (`given_names`).
    pub fn same_given(&self, a: &str, b: &str) -> bool {
        match (
            self.given_groups.get(&self.key(a)),
            self.given_groups.get(&self.key(b)),
        ) {
            (Some(x), Some(y)) => x == y,
            _ => false,
        }
    }

    /// The folded name with transliteration equivalences applied.
    pub fn equivalent(&self, name: &str) -> String {
        rewrite(&fold(name), &self.equivalent)
    }

    /// The matching key: the equivalent form with the looser rules applied and doubled
    /// letters collapsed.
    pub fn key(&self, name: &str) -> String {
        if let Ok(memo) = self.keys.0.lock()
            && let Some(k) = memo.get(name)
        {
            return k.clone();
        }
        let key = self.compute_key(name);
        if let Ok(mut memo) = self.keys.0.lock() {
            memo.insert(name.to_string(), key.clone());
        }
        key
    }

    fn compute_key(&self, name: &str) -> String {
        let s = rewrite(&self.equivalent(name), &self.similar);
        let mut out = String::with_capacity(s.len());
        for c in s.chars() {
            if !out.ends_with(c) {
                out.push(c);
            }
        }
        out
    }

    /// Whether two surnames are different names of one family ("Nazarbayev" / "Nazarbayeva").
    pub fn distinct_family_forms(&self, a: &str, b: &str) -> bool {
        let (a, b) = (self.equivalent(a), self.equivalent(b));
        self.distinct_endings.iter().any(|(x, y)| {
            let pair = |p: &str, q: &str| {
                p.strip_suffix(x.as_str())
                    .zip(q.strip_suffix(y.as_str()))
                    .is_some_and(|(s, t)| s == t)
            };
            pair(&a, &b) || pair(&b, &a)
        })
    }
}

impl Translit {
    /// Whether one name is the other with a derivational ending added ("Indian" / "India").
    pub fn derived(&self, a: &str, b: &str) -> bool {
        let (a, b) = (fold(a), fold(b));
        let (short, long) = if a.len() <= b.len() {
            (&a, &b)
        } else {
            (&b, &a)
        };
        long.strip_prefix(short.as_str())
            .is_some_and(|rest| self.derived_endings.iter().any(|e| e == rest))
    }
}

/// Whitespace normalised: runs of spaces (including no-break spaces) become one space, and an
/// initial glued to the next word gets its space back (`B.Sultanov` → `B. Sultanov`).
pub fn tidy_name(s: &str) -> String {
    if is_tidy(s) {
        return s.to_string();
    }
    tidy_chars(s)
}

/// Whether `tidy_name` leaves `s` as it is: printable ASCII with no period and single
/// spaces between words, as most names are. Read as bytes.
fn is_tidy(s: &str) -> bool {
    let mut prev_space = true;
    for &b in s.as_bytes() {
        match b {
            b' ' if prev_space => return false,
            b' ' => prev_space = true,
            b'.' => return false,
            // Control characters (some are whitespace) and all of non-ASCII.
            b if !(0x20..0x7f).contains(&b) => return false,
            _ => prev_space = false,
        }
    }
    !prev_space || s.is_empty()
}

/// `tidy_name` read character by character.
fn tidy_chars(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    let mut pending_space = false;
    let mut prev: Option<char> = None;
    for c in s.chars() {
        if c.is_whitespace() {
            pending_space = !out.is_empty();
            prev = Some(' ');
            continue;
        }
        if pending_space {
            out.push(' ');
            pending_space = false;
        } else if prev == Some('.') && c.is_alphabetic() {
            // "B.Sultanov": an initial's period directly before a word.
            let before_dot = out[..out.len() - 1].chars().next_back();
            if before_dot.is_some_and(|b| b.is_uppercase()) {
                out.push(' ');
            }
        }
        out.push(c);
        prev = Some(c);
    }
    out
}

/// Names longer than this many characters are compared only as written: the deletion
/// variants of a word cost the square of its length, and no name is that long (a "name" of
/// megabytes comes from a run of hyphenated words with no space).
pub const MAX_FUZZY_CHARS: usize = 80;

/// Whether the words made by leaving out one character of `word` are compared (it has at
/// most `MAX_FUZZY_CHARS` characters): two such words one edit apart share one of those, or
/// one is the other's.
pub fn fuzzy_short(word: &str) -> bool {
    word.len() <= 4 * MAX_FUZZY_CHARS && word.chars().count() <= MAX_FUZZY_CHARS
}

/// Polynomial hashes of a word's characters and of its runs of characters, from prefix
/// hashes: the hash of the word with one or two characters left out is computed without
/// building it, and equals the hash of that shorter word however it was made. The indexes of
/// words one or two slips apart key their variants by these hashes; two different variants
/// with one hash only cost those indexes one comparison more.
pub struct CharHashes {
    pre: Vec<u64>,
    pow: Vec<u64>,
}

impl CharHashes {
    const P: u64 = 1_000_003;

    pub fn new(word: &str) -> CharHashes {
        // A word has at most as many characters as bytes: one allocation each.
        let mut pre = Vec::with_capacity(word.len() + 1);
        let mut pow = Vec::with_capacity(word.len() + 1);
        pre.push(0u64);
        pow.push(1u64);
        for c in word.chars() {
            let x = pre.len() - 1;
            pre.push(pre[x].wrapping_mul(Self::P).wrapping_add(c as u64 + 1));
            pow.push(pow[x].wrapping_mul(Self::P));
        }
        CharHashes { pre, pow }
    }

    /// The number of characters.
    pub fn chars(&self) -> usize {
        self.pre.len() - 1
    }

    /// The hash of characters `x..y`.
    fn part(&self, x: usize, y: usize) -> u64 {
        self.pre[y].wrapping_sub(self.pre[x].wrapping_mul(self.pow[y - x]))
    }

    /// The hash of the whole word.
    pub fn whole(&self) -> u64 {
        self.pre[self.chars()]
    }

    /// The hash of the word without its character `a`.
    pub fn without(&self, a: usize) -> u64 {
        let n = self.chars();
        self.part(0, a)
            .wrapping_mul(self.pow[n - a - 1])
            .wrapping_add(self.part(a + 1, n))
    }

    /// The hash of the word without its characters `a` and `b` (`a < b`).
    pub fn without_two(&self, a: usize, b: usize) -> u64 {
        let n = self.chars();
        self.part(0, a)
            .wrapping_mul(self.pow[b - a - 1])
            .wrapping_add(self.part(a + 1, b))
            .wrapping_mul(self.pow[n - b - 1])
            .wrapping_add(self.part(b + 1, n))
    }
}

/// Levenshtein distance between two strings of characters.
pub fn edits(a: &str, b: &str) -> usize {
    strsim::levenshtein(a, b)
}

/// Jaro-Winkler similarity (0..1).
pub fn similarity(a: &str, b: &str) -> f64 {
    strsim::jaro_winkler(a, b)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn translit() -> Translit {
        Translit::parse(
            "rules/translit.toml",
            include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/rules/translit.toml")),
        )
        .unwrap()
    }

    #[test]
    fn folding_drops_case_diacritics_and_separators() {
        assert_eq!(fold("Kassym-Jomart Tokaïev"), "kassymjomarttokaiev");
        assert_eq!(fold("États-Unis"), "etatsunis");
        assert_eq!(fold("Œuvre"), "oeuvre");
    }

    #[test]
    fn a_folded_word_is_borrowed_as_it_is() {
        for w in [
            "toll",
            "2025",
            "according",
            "Toll",
            "l'état",
            "up-to",
            "é",
            "",
            "ab.c",
        ] {
            assert_eq!(fold_cow(w), fold(w), "{w}");
        }
        assert!(matches!(fold_cow("toll"), std::borrow::Cow::Borrowed(_)));
        assert!(matches!(fold_cow("Toll"), std::borrow::Cow::Owned(_)));
    }

    #[test]
    fn transliteration_variants_share_their_equivalent_form() {
        let t = translit();
        assert_eq!(t.equivalent("Tokayev"), t.equivalent("Tokaïev"));
        assert_eq!(t.equivalent("Tokaev"), t.equivalent("Tokaïev"));
        assert_eq!(t.equivalent("Noursoultan"), t.equivalent("Nursultan"));
        assert_eq!(t.equivalent("Zhaparov"), t.equivalent("Japarov"));
        // A dropped letter is not a transliteration...
        assert_ne!(t.equivalent("Lutnick"), t.equivalent("Lutnik"));
        assert_ne!(t.equivalent("Kirghizistan"), t.equivalent("Kirghizstan"));
        // ... but it matches.
        assert_eq!(t.key("Lutnick"), t.key("Lutnik"));
        assert_eq!(t.key("Sultanov"), t.key("Sulttanov"));
    }

    #[test]
    fn family_forms_are_distinct() {
        let t = translit();
        assert!(t.distinct_family_forms("Nazarbayev", "Nazarbayeva"));
        assert!(!t.distinct_family_forms("Nazarbayev", "Nazarbaïev"));
    }

    #[test]
    fn tidy_names() {
        assert_eq!(tidy_name("B.Sultanov"), "B. Sultanov");
        assert_eq!(tidy_name("K.-J.  Tokayev"), "K.-J. Tokayev");
        assert_eq!(tidy_name("Howard\u{a0}Lutnick"), "Howard Lutnick");
    }

    #[test]
    fn char_hashes_of_a_word_less_characters_are_those_of_the_shorter_word() {
        for word in ["Tokaïev", "lutnick", "ab", "été"] {
            let h = CharHashes::new(word);
            let chars: Vec<char> = word.chars().collect();
            let without = |skip: &[usize]| -> String {
                (0..chars.len())
                    .filter(|k| !skip.contains(k))
                    .map(|k| chars[k])
                    .collect()
            };
            assert_eq!(h.chars(), chars.len());
            assert_eq!(h.whole(), CharHashes::new(&without(&[])).whole());
            for a in 0..chars.len() {
                assert_eq!(h.without(a), CharHashes::new(&without(&[a])).whole());
                for b in a + 1..chars.len() {
                    assert_eq!(
                        h.without_two(a, b),
                        CharHashes::new(&without(&[a, b])).whole()
                    );
                }
            }
        }
        assert_ne!(
            CharHashes::new("gupta").whole(),
            CharHashes::new("gutpa").whole()
        );
    }

    #[test]
    fn a_rule_applies_to_what_an_earlier_rule_wrote() {
        let rules = [
            ("a".to_string(), "b".to_string()),
            ("bc".to_string(), "d".to_string()),
        ];
        assert_eq!(rewrite("ac", &rules), "d");
        assert_eq!(rewrite("xc", &rules), "xc");
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(500))]
        #[test]
        fn names_read_as_tidy_are_those_the_full_reading_keeps(
            pieces in proptest::collection::vec(
                proptest::sample::select(
                    [
                        "B", "Sultanov", "al", " ", "  ", "\u{a0}", "\t", "\n", "\u{b}", ".", "-",
                        "'", "é", "\u{7f}", "\u{1f}", "O", "x", "B.", "K.-J.",
                    ]
                    .as_slice(),
                ),
                0..8,
            )
        ) {
            let name = pieces.concat();
            proptest::prop_assert_eq!(tidy_name(&name), tidy_chars(&name));
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(300))]
        #[test]
        fn rewriting_skips_only_rules_that_cannot_apply(
            pieces in proptest::collection::vec(
                proptest::sample::select(
                    [
                        "ou", "kh", "y", "i", "ev", "d", "z", "h", "j", "c", "k", "p", "re", "tre",
                        "our", "cen", "col", "or", "me", "fence", "lab", "organi", "sation",
                    ]
                        .as_slice(),
                ),
                0..8,
            )
        ) {
            // The reference: every rule searched for, as before the byte test.
            let naive = |s: &str, rules: &[(String, String)]| {
                let mut cur = s.to_string();
                for (from, to) in rules {
                    if cur.contains(from.as_str()) {
                        cur = cur.replace(from.as_str(), to);
                    }
                }
                cur
            };
            let t = translit();
            let name = pieces.concat();
            for rules in [&t.equivalent, &t.similar] {
                proptest::prop_assert_eq!(rewrite(&name, rules), naive(&name, rules));
            }
        }
    }
}
