//! `fold`: a name lowercase, without diacritics or separators, the finest of the normalised
//! forms of `normalize`. On its own because the build folds the embedded place names with it
//! (`build.rs` includes this file): it uses nothing of the crate.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// Lowercase, without diacritics or separators: `Kassym-Jomart Tokaïev` → `kassymjomarttokaiev`.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    fold_into(s, &mut out);
    out
}

/// `s` in ASCII lower case, appended to `out`: copied, then lowercased in place. The fold of
/// a word of ASCII letters and digits, which a caller may know from the tokenizer.
pub fn push_ascii_lowercase(s: &str, out: &mut String) {
    let from = out.len();
    out.push_str(s);
    out[from..].make_ascii_lowercase();
}

/// `fold`, appended to `out`: the folded words of a whole article share one buffer.
pub fn fold_into(s: &str, out: &mut String) {
    if s.bytes().all(|b| b.is_ascii_alphanumeric()) {
        // Most words are letters and digits only: their fold is their lower case.
        push_ascii_lowercase(s, out);
        return;
    }
    if s.is_ascii() {
        // No decomposition either: a byte loop (pushing an ASCII `char` is one byte).
        for b in s.bytes().filter(u8::is_ascii_alphanumeric) {
            out.push(char::from(b.to_ascii_lowercase()));
        }
        return;
    }
    for c in s.nfd() {
        if is_combining_mark(c) || !c.is_alphanumeric() {
            continue;
        }
        match c {
            'ß' => out.push_str("ss"),
            'æ' | 'Æ' => out.push_str("ae"),
            'œ' | 'Œ' => out.push_str("oe"),
            'ø' | 'Ø' => out.push('o'),
            'ł' | 'Ł' => out.push('l'),
            'đ' | 'Đ' => out.push('d'),
            'ı' => out.push('i'),
            _ => out.extend(c.to_lowercase()),
        }
    }
}
