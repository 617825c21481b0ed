//! Text primitives shared by the extractors and the language data: tokens and sentences. Pure
//! functions over `&str`; offsets are always byte offsets into the whole file. Knows no
//! language: the caller says which words are abbreviations.

use crate::model::Span;

/// What a token is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokKind {
    /// Letters, possibly with digits and inner hyphens: `Kassym-Jomart`, `C5`, `dix-huit`.
    Word,
    /// ASCII or Unicode decimal digits only: `2018`.
    Number,
    /// Any other visible character, one per token.
    Punct,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub span: Span,
    pub kind: TokKind,
    /// What the tokenizer saw of the token's bytes, read as they went by (bits
    /// `Token::UPPER`, `Token::NON_ASCII`, `Token::HYPHEN`, `Token::DIGIT`): most folds and
    /// checks of a token need no second pass over it.
    pub shape: u8,
}

impl Token {
    /// A byte of the token is an ASCII capital.
    pub const UPPER: u8 = 1;
    /// A byte of the token is not ASCII.
    pub const NON_ASCII: u8 = 2;
    /// A byte of the token is the ASCII hyphen `-`.
    pub const HYPHEN: u8 = 4;
    /// A byte of the token is an ASCII digit.
    pub const DIGIT: u8 = 8;

    /// The `shape` of the token `text`: the definition the tokenizer's bits are held to.
    pub fn shape_of(text: &str) -> u8 {
        text.bytes().fold(0, |s, b| {
            s | if b.is_ascii_uppercase() {
                Token::UPPER
            } else if !b.is_ascii() {
                Token::NON_ASCII
            } else if b == b'-' {
                Token::HYPHEN
            } else if b.is_ascii_digit() {
                Token::DIGIT
            } else {
                0
            }
        })
    }

    /// Whether the token is a word or number of ASCII letters and digits only (no hyphen,
    /// nothing beyond ASCII): its fold, by `normalize::fold` or the dates' own, is its lower
    /// case.
    #[inline]
    pub fn ascii_alphanumeric(&self) -> bool {
        self.kind != TokKind::Punct && self.shape & (Token::NON_ASCII | Token::HYPHEN) == 0
    }

    /// Whether the token is ASCII without capitals.
    #[inline]
    pub fn ascii_without_capitals(&self) -> bool {
        self.shape & (Token::UPPER | Token::NON_ASCII) == 0
    }

    /// Whether the token is ASCII lowercase letters and digits only: a word or number that
    /// `normalize::fold` leaves as it is.
    #[inline]
    pub fn folds_to_itself(&self) -> bool {
        self.kind != TokKind::Punct && self.shape & !Token::DIGIT == 0
    }

    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        &text[self.span.start..self.span.end]
    }

    /// The token's first byte: enough to pass over most words (a lowercase ASCII letter, no
    /// digit) without slicing the token out as `str`, which checks character boundaries.
    pub fn first_byte(&self, text: &str) -> u8 {
        text.as_bytes()[self.span.start]
    }
}

/// A set of strings known only by the first byte, last byte and length (modulo 4) of each,
/// one bit apiece: a string whose bit is not set is not one of them. A test of a few
/// instructions before a hash look-up, for tables that most words of a text are not in.
/// Each of the 26 ASCII letters has its own first and last bits (bytes modulo 32).
#[derive(Clone, PartialEq, Eq)]
pub struct KeyFilter([u64; 64]);

impl Default for KeyFilter {
    fn default() -> KeyFilter {
        KeyFilter([0; 64])
    }
}

impl std::fmt::Debug for KeyFilter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let bits: u32 = self.0.iter().map(|w| w.count_ones()).sum();
        write!(f, "KeyFilter({bits} of 4096 bits)")
    }
}

impl KeyFilter {
    /// The filter of `keys`.
    pub fn of<'k>(keys: impl IntoIterator<Item = &'k str>) -> KeyFilter {
        let mut f = KeyFilter::default();
        for k in keys {
            f.add(k);
        }
        f
    }

    #[inline]
    fn slot(b: &[u8]) -> (usize, u64) {
        let (first, last) = match b {
            [] => (0, 0),
            [f] => (*f, *f),
            [f, .., l] => (*f, *l),
        };
        let k = (usize::from(first % 32) << 7) | (usize::from(last % 32) << 2) | (b.len() % 4);
        (k / 64, 1 << (k % 64))
    }

    pub fn add(&mut self, key: &str) {
        let (k, bit) = KeyFilter::slot(key.as_bytes());
        self.0[k] |= bit;
    }

    /// Whether `key` may be one of the strings added: `false` means it is none of them.
    #[inline]
    pub fn may_hold(&self, key: &str) -> bool {
        self.may_hold_bytes(key.as_bytes())
    }

    /// `may_hold` of the string whose bytes are `key`, read without making it a `str`.
    #[inline]
    pub fn may_hold_bytes(&self, key: &[u8]) -> bool {
        let (k, bit) = KeyFilter::slot(key);
        self.0[k] & bit != 0
    }
}

/// A set of words with a `KeyFilter` before it: most words asked about are none of them, and
/// are told so without a hash.
#[derive(Debug, Clone, Default)]
pub struct WordSet {
    words: rustc_hash::FxHashSet<String>,
    filter: KeyFilter,
}

impl WordSet {
    #[inline]
    pub fn contains(&self, word: &str) -> bool {
        self.filter.may_hold(word) && self.words.contains(word)
    }
}

impl FromIterator<String> for WordSet {
    fn from_iter<I: IntoIterator<Item = String>>(words: I) -> WordSet {
        let words: rustc_hash::FxHashSet<String> = words.into_iter().collect();
        let filter = KeyFilter::of(words.iter().map(String::as_str));
        WordSet { words, filter }
    }
}

/// One form of each token (or atom) of a text, folded or lowercased, most of them the text
/// itself: the forms that differ are written end to end into one buffer, the others are
/// ranges of the text, so that most words are not copied.
#[derive(Debug, Default)]
pub struct Forms {
    buf: String,
    /// Form `i`'s range: of `buf` when its start has `IN_BUFFER` set, else of the text.
    at: Vec<(usize, usize)>,
}

/// The bit of a `Forms::at` start that says the range is in `Forms::buf`: text offsets never
/// reach it.
const IN_BUFFER: usize = 1 << (usize::BITS - 1);

impl Forms {
    /// Room for `n` forms, `bytes` of them written to the buffer.
    pub fn with_capacity(n: usize, bytes: usize) -> Forms {
        Forms {
            buf: String::with_capacity(bytes),
            at: Vec::with_capacity(n),
        }
    }

    /// The next form is the text's bytes `start..end`.
    #[inline]
    pub fn push_same(&mut self, start: usize, end: usize) {
        self.at.push((start, end));
    }

    /// The next form is what `write` appends to the buffer; returned.
    #[inline]
    pub fn push_with(&mut self, write: impl FnOnce(&mut String)) -> &str {
        let from = self.buf.len();
        write(&mut self.buf);
        self.at.push((from | IN_BUFFER, self.buf.len()));
        &self.buf[from..]
    }

    /// Form `i`, `text` being the text the forms were made of.
    #[inline(always)]
    pub fn get<'s>(&'s self, text: &'s str, i: usize) -> &'s str {
        match self.at[i] {
            (start, end) if start & IN_BUFFER != 0 => &self.buf[start & !IN_BUFFER..end],
            (start, end) => &text[start..end],
        }
    }
}

pub fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}')
}

/// The character at byte `i` of `s` and its length: ASCII bytes without decoding.
#[inline]
fn char_at(s: &str, i: usize) -> (char, usize) {
    let b = s.as_bytes()[i];
    if b < 0x80 {
        (char::from(b), 1)
    } else {
        let c = s[i..].chars().next().unwrap_or('\u{fffd}');
        (c, c.len_utf8())
    }
}

/// `ASCII_CLASS`'s bit for an ASCII letter (the others are `Token`'s shape bits).
const LETTER: u8 = 16;
/// The bits of `ASCII_CLASS` that are `Token::shape` bits.
const SHAPE_BITS: u8 = Token::UPPER | Token::DIGIT | Token::HYPHEN;

/// For each byte: `LETTER` for an ASCII letter, and its `Token::shape` bits (capital, digit,
/// hyphen); 0 for the rest, the bytes beyond ASCII included.
const ASCII_CLASS: [u8; 256] = {
    let mut t = [0; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        t[b] = if c.is_ascii_uppercase() {
            LETTER | Token::UPPER
        } else if c.is_ascii_lowercase() {
            LETTER
        } else if c.is_ascii_digit() {
            Token::DIGIT
        } else if c == b'-' {
            Token::HYPHEN
        } else {
            0
        };
        b += 1;
    }
    t
};

/// Splits `text[range]` into tokens; whitespace separates tokens and is dropped.
pub fn tokenize(text: &str, start: usize, end: usize) -> Vec<Token> {
    let s = &text[start..end];
    // About one token per five or six bytes of news text (5.3 in ECB+): room for one per
    // four, so that the vector is not copied to grow on most articles.
    let mut out = Vec::with_capacity(s.len() / 4);
    let mut i = 0;
    while i < s.len() {
        // Most gaps are one space.
        if s.as_bytes()[i] == b' ' {
            i += 1;
            continue;
        }
        let b = s.as_bytes()[i];
        // An ASCII mark or space (not a letter or digit) is told by its byte.
        if b.is_ascii() && ASCII_CLASS[usize::from(b)] & (LETTER | Token::DIGIT) == 0 {
            if !char::from(b).is_whitespace() {
                out.push(Token {
                    span: Span::new(start + i, start + i + 1),
                    kind: TokKind::Punct,
                    shape: ASCII_CLASS[usize::from(b)] & SHAPE_BITS,
                });
            }
            i += 1;
            continue;
        }
        let (c, w) = char_at(s, i);
        if c.is_whitespace() {
            i += w;
            continue;
        }
        let from = i;
        i += w;
        // A character's shape bit: an ASCII capital, a digit, a hyphen, beyond ASCII.
        let shape_of_char = |c: char| match u8::try_from(c) {
            Ok(b) if b.is_ascii() => ASCII_CLASS[usize::from(b)] & SHAPE_BITS,
            _ => Token::NON_ASCII,
        };
        if c.is_alphanumeric() {
            // The shape bits and `LETTER` (the word holds a letter) of the word so far.
            let letter = |alphabetic: bool| if alphabetic { LETTER } else { 0 };
            let mut shape = shape_of_char(c) | letter(c.is_alphabetic());
            let bytes = s.as_bytes();
            while i < s.len() {
                // ASCII letters and digits, most of a word, need no decoding: one look-up
                // says which, with its shape bits and `LETTER`, gathered as they are.
                let b = bytes[i];
                let class = ASCII_CLASS[usize::from(b)];
                if class & (LETTER | Token::DIGIT) != 0 {
                    shape |= class;
                    i += 1;
                    continue;
                }
                // Any other ASCII byte but a hyphen ends the word: a space, a punctuation mark.
                if b < 0x80 && b != b'-' {
                    break;
                }
                let (d, dw) = char_at(s, i);
                if d.is_alphanumeric() {
                    shape |= shape_of_char(d) | letter(d.is_alphabetic());
                    i += dw;
                } else if is_hyphen(d) && shape & LETTER != 0 {
                    // An inner hyphen joins two letters: "Kassym-Jomart", "dix-huit".
                    if i + dw < s.len() && char_at(s, i + dw).0.is_alphabetic() {
                        shape |= shape_of_char(d);
                        i += dw;
                    } else {
                        break;
                    }
                } else {
                    break;
                }
            }
            out.push(Token {
                span: Span::new(start + from, start + i),
                kind: if shape & LETTER != 0 {
                    TokKind::Word
                } else {
                    TokKind::Number
                },
                shape: shape & !LETTER,
            });
        } else {
            out.push(Token {
                span: Span::new(start + from, start + i),
                kind: TokKind::Punct,
                shape: shape_of_char(c),
            });
        }
    }
    out
}

/// Whether a word starts with an uppercase letter.
pub fn is_capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(|c| c.is_uppercase())
}

/// The longest sentence, in bytes. A longer run of text with no sentence end (a table
/// flattened to one line, a page stripped of its punctuation) is cut at the last space before
/// this length: the claims of one sentence are read against each other, so an unbounded
/// sentence would cost the square of its length. Real news sentences stay far below it (the
/// longest of the 982 ECB+ articles has about 500 bytes).
pub const MAX_SENTENCE_BYTES: usize = 1000;

/// How far before a period the word it closes is looked for (abbreviations and initials are
/// short).
const MAX_ABBREVIATION_BYTES: usize = 32;

/// Sentences, and how many of them were cut at `MAX_SENTENCE_BYTES`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Sentences {
    pub spans: Vec<Span>,
    /// How many sentences were longer than `MAX_SENTENCE_BYTES` (each cut into pieces).
    pub cut: usize,
}

/// Whether byte `b` may end a sentence: a line break, `.`, `!`, `?`, or the first byte of
/// `…` (and of other characters from U+2000 to U+2FFF, which the caller decodes).
#[inline]
fn may_end_sentence(b: u8) -> bool {
    matches!(b, b'\n' | b'.' | b'!' | b'?' | 0xE2)
}

/// The first byte of `bytes` that may end a sentence (`may_end_sentence`), eight bytes at a
/// time: most bytes of a sentence are passed over, and a byte-by-byte loop branched on each.
fn next_may_end(bytes: &[u8]) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    // The high bit of each byte of `x` equal to `b`, and maybe of bytes above such a byte:
    // the lowest one set is exact (the classic zero-byte test on `x ^ b`).
    let equal = |x: u64, b: u8| {
        let y = x ^ (ONES * u64::from(b));
        y.wrapping_sub(ONES) & !y & HIGHS
    };
    let mut chunks = bytes.chunks_exact(8);
    let mut at = 0;
    for c in &mut chunks {
        let x = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
        let found =
            equal(x, b'\n') | equal(x, b'.') | equal(x, b'!') | equal(x, b'?') | equal(x, 0xE2);
        if found != 0 {
            return Some(at + found.trailing_zeros() as usize / 8);
        }
        at += 8;
    }
    chunks
        .remainder()
        .iter()
        .position(|&b| may_end_sentence(b))
        .map(|p| at + p)
}

/// Splits `text[start..end]` into sentences. A line break always ends a sentence (articles put
/// paragraphs, titles and list items on lines of their own); `.`, `!`, `?` and `…` end one when
/// followed by a space and a capital, a digit, a quote or a dash, unless the period closes an
/// initial ("N. Nazarbayev") or one of the language's abbreviations ("M.", "Mr."). A sentence
/// longer than `MAX_SENTENCE_BYTES` is cut at its last space before that length (or, with no
/// space, at the length), and counted.
pub fn sentences(
    text: &str,
    start: usize,
    end: usize,
    is_abbreviation: &dyn Fn(&str) -> bool,
) -> Sentences {
    let mut out = Vec::new();
    let mut cut = 0;
    // Whether the current sentence has been cut already (it counts once).
    let mut cutting = false;
    let bytes = text.as_bytes();
    let mut sent_start = start;
    let mut i = start;
    let push = |out: &mut Vec<Span>, a: usize, b: usize| {
        let slice = &text[a..b];
        let lead = slice.len() - slice.trim_start().len();
        let trail = slice.len() - slice.trim_end().len();
        if a + lead < b - trail {
            out.push(Span::new(a + lead, b - trail));
        }
    };
    // Only a line break, `.`, `!`, `?` and `…` (whose UTF-8 starts with 0xE2) can end a
    // sentence: the bytes between them are passed over without decoding.
    while i < end {
        if i - sent_start >= MAX_SENTENCE_BYTES {
            // At the last whitespace after the sentence's start, else here.
            let at = text[sent_start..i]
                .char_indices()
                .rev()
                .find(|&(p, c)| p > 0 && c.is_whitespace())
                .map_or(i, |(p, _)| sent_start + p);
            push(&mut out, sent_start, at);
            cut += usize::from(!cutting);
            cutting = true;
            sent_start = at;
        }
        if !may_end_sentence(bytes[i]) {
            let next = next_may_end(&bytes[i + 1..end]).map_or(end, |p| i + 1 + p);
            // Stop where an overlong sentence is cut: the first character at its length.
            let mut limit = (sent_start + MAX_SENTENCE_BYTES).max(i + 1);
            while limit < next && !text.is_char_boundary(limit) {
                limit += 1;
            }
            i = next.min(limit);
            continue;
        }
        let (c, w) = char_at(text, i);
        if c == '\n' {
            push(&mut out, sent_start, i);
            sent_start = i + 1;
            cutting = false;
        } else if matches!(c, '.' | '!' | '?' | '…') {
            let (j, ends) = terminal_run(text, end, sent_start, i, is_abbreviation);
            if ends {
                push(&mut out, sent_start, j);
                sent_start = j;
                cutting = false;
            }
            i = j;
            continue;
        }
        i += w;
    }
    push(&mut out, sent_start, end);
    Sentences { spans: out, cut }
}

/// At the `.`, `!`, `?` or `…` at byte `i` of `text[..end]`: the byte after the run of terminal
/// punctuation and closing quotes it opens, and whether the sentence begun at `sent_start`
/// ends there: a space, then a capital, a digit, a quote or a dash, and not a period that
/// closes an initial or abbreviation.
fn terminal_run(
    text: &str,
    end: usize,
    sent_start: usize,
    i: usize,
    is_abbreviation: &dyn Fn(&str) -> bool,
) -> (usize, bool) {
    let (c, w) = char_at(text, i);
    // Swallow runs of terminal punctuation and closing quotes.
    let mut j = i + w;
    while j < end {
        let d = text[j..].chars().next().unwrap_or(' ');
        if matches!(d, '.' | '!' | '?' | '…' | '"' | '»' | '”' | ')' | '’') {
            j += d.len_utf8();
        } else {
            break;
        }
    }
    let bytes = text.as_bytes();
    let followed_by_space = j < end && (bytes[j] == b' ' || bytes[j] == b'\t');
    if !followed_by_space
        || (c == '.' && j == i + 1 && !period_ends_sentence(text, sent_start, i, is_abbreviation))
    {
        return (j, false);
    }
    let rest = text[j..end].trim_start_matches([' ', '\t', '\u{a0}']);
    let ends = rest.chars().next().is_some_and(|n| {
        n.is_uppercase()
            || n.is_ascii_digit()
            || matches!(n, '"' | '«' | '“' | '—' | '–' | '-' | '(' | '\'' | '‘')
    });
    (j, ends)
}

/// Whether the period at byte `dot` can end a sentence: not after an initial or abbreviation.
fn period_ends_sentence(
    text: &str,
    floor: usize,
    dot: usize,
    is_abbreviation: &dyn Fn(&str) -> bool,
) -> bool {
    let mut floor = floor.max(dot.saturating_sub(MAX_ABBREVIATION_BYTES));
    while !text.is_char_boundary(floor) {
        floor += 1;
    }
    let before = &text[floor..dot];
    let word_start = before
        .rfind(|c: char| !c.is_alphabetic() && c != '.')
        .map(|p| p + before[p..].chars().next().map_or(1, |c| c.len_utf8()))
        .unwrap_or(0);
    let word = &before[word_start..];
    let mut chars = word.chars();
    let single_capital =
        matches!((chars.next(), chars.next()), (Some(c), None) if c.is_uppercase());
    // "U.S." and "J.-P." style abbreviations contain inner periods.
    !(single_capital || is_abbreviation(word) || word.contains('.'))
}

/// A unit of text as the figures extractor and its word tables see it: a word (hyphenated words
/// split), a run of digits (possibly with glued letters, "10e"), or one punctuation character.
/// Apostrophes are dropped so that "d’euros" reads as "d euros".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Atom {
    pub start: usize,
    pub end: usize,
    pub kind: AtomKind,
    /// `Token::shape` bits of the atom's bytes: its token's when it is the whole token.
    pub shape: u8,
}

impl Atom {
    /// ASCII without capitals: the atom is its own lowercase.
    #[inline]
    pub fn lowercase(&self) -> bool {
        self.shape & (Token::UPPER | Token::NON_ASCII) == 0
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AtomKind {
    Word,
    Digits,
    Punct,
}

pub fn atomize(text: &str, tokens: &[Token]) -> Vec<Atom> {
    // One atom per token, and one more per hyphen inside a word: room for a few of those.
    let mut out = Vec::with_capacity(tokens.len() + tokens.len() / 8);
    for t in tokens {
        let whole = |kind| Atom {
            start: t.span.start,
            end: t.span.end,
            kind,
            shape: t.shape,
        };
        match t.kind {
            TokKind::Punct => {
                if !t.text(text).starts_with(['\'', '’', 'ʼ']) {
                    out.push(whole(AtomKind::Punct));
                }
            }
            _ if t.first_byte(text).is_ascii_digit() => out.push(whole(AtomKind::Digits)),
            // A hyphen is "-" or beyond ASCII (`is_hyphen`): most words hold neither.
            _ if t.shape & (Token::HYPHEN | Token::NON_ASCII) == 0 => {
                out.push(whole(AtomKind::Word));
            }
            _ => {
                let bytes = t.text(text).as_bytes();
                let shape = |from: usize, to: usize| Token::shape_of(&text[from..to]);
                // Hyphens (`is_hyphen`) found by byte: "-", and U+2010 and U+2011, whose UTF-8
                // forms start with 0xE2, which only ever starts a character.
                let mut from = t.span.start;
                let mut k = 0;
                while k < bytes.len() {
                    let hyphen = match bytes[k] {
                        b'-' => 1,
                        0xE2 if matches!(bytes.get(k + 1..k + 3), Some([0x80, 0x90 | 0x91])) => 3,
                        _ => 0,
                    };
                    if hyphen == 0 {
                        k += 1;
                        continue;
                    }
                    let at = t.span.start + k;
                    if at > from {
                        out.push(Atom {
                            start: from,
                            end: at,
                            kind: AtomKind::Word,
                            shape: shape(from, at),
                        });
                    }
                    from = at + hyphen;
                    k += hyphen;
                }
                if t.span.end > from {
                    out.push(Atom {
                        start: from,
                        end: t.span.end,
                        kind: AtomKind::Word,
                        shape: shape(from, t.span.end),
                    });
                }
            }
        }
    }
    out
}

/// The step of the last digit a figure is written to, in its value's terms: 0.1 for "7.2",
/// 100 for "1,300" (trailing zeros may be rounding), 100 million for "1.5 billion", 1 for a
/// figure in words. `value` is the figure's value; `text` as written.
pub fn written_step(text: &str, value: f64) -> f64 {
    // The numeral: the first run of digits and separators between digits.
    let bytes = text.as_bytes();
    let Some(first) = bytes.iter().position(u8::is_ascii_digit) else {
        return fraction_step(value, 1.0);
    };
    let mut end = first;
    let mut k = first;
    while k < bytes.len() {
        let b = bytes[k];
        if b.is_ascii_digit() {
            end = k + 1;
            k += 1;
        } else if matches!(b, b'.' | b',' | b' ') || text[k..].starts_with(['\u{a0}', '\u{202f}']) {
            k += text[k..].chars().next().map_or(1, char::len_utf8);
        } else {
            break;
        }
    }
    let numeral = &text[first..end];
    let digits: String = numeral.chars().filter(char::is_ascii_digit).collect();
    let Ok(whole) = digits.parse::<f64>() else {
        return 1.0;
    };
    // Read with its last separator as a decimal point, or with every separator a thousands
    // separator: the reading whose ratio to the value is a plain scale (none, thousand,
    // million...) is the one the extractor made.
    let last_sep = numeral.rfind(['.', ',']);
    let decimals = last_sep.map_or(0, |i| numeral[i + 1..].chars().count());
    let plain = |ratio: f64| {
        [1.0, 1e3, 1e6, 1e9, 1e12]
            .iter()
            .any(|s| (ratio / s - 1.0).abs() < 1e-9)
    };
    if value == 0.0 || whole == 0.0 {
        return 1.0;
    }
    if decimals > 0 {
        let as_decimal = whole / 10f64.powi(decimals as i32);
        let ratio = value.abs() / as_decimal;
        if plain(ratio) && !(decimals == 3 && plain(value.abs() / whole)) {
            return ratio / 10f64.powi(decimals as i32);
        }
    }
    let ratio = value.abs() / whole;
    let zeros = digits.len() - digits.trim_end_matches('0').len();
    let zeros = zeros.min(digits.len().saturating_sub(1));
    let step = (if plain(ratio) { ratio } else { 1.0 }) * 10f64.powi(zeros as i32);
    fraction_step(value, step)
}

/// Whether `a` (written to step `sa`, as `written_step` gives it) and `b` (step `sb`) can be one
/// value as written: equal within the finer one's last digit (one value converted: "10 km" and
/// "6.2 miles", 9.98 km), or the coarser one the other rounded, when rounding to its last digit
/// changes a figure by at most `tolerance` of it ("18" / "18.5", "1,300" / "1,293"; not "7" /
/// "6.8", nor "7.2" / "7.3", written to one precision).
pub fn rounds_to(a: f64, sa: f64, b: f64, sb: f64, tolerance: f64) -> bool {
    let size = a.abs().max(b.abs());
    let tiny = 1e-9 * size.max(1.0);
    let half = sa.max(sb) / 2.0;
    (a - b).abs() <= sa.min(sb) / 2.0 + tiny
        || ((a - b).abs() <= half + tiny && half <= tolerance * size + tiny)
}

/// A step that divides `value`: "four and a half" or "2 1/2" is written to the half, not to
/// the unit its digits suggest.
fn fraction_step(value: f64, step: f64) -> f64 {
    let fits = |s: f64| {
        let n = value.abs() / s;
        (n - n.round()).abs() < 1e-6
    };
    if fits(step) {
        return step;
    }
    [0.5, 0.25, 0.1, 0.05, 0.01, 0.001]
        .iter()
        .map(|f| f * step)
        .find(|&s| fits(s))
        .unwrap_or(step / 1000.0)
}

/// The longest word `ascii_lowercase` lowers without allocating.
pub const SHORT_WORD: usize = 48;

/// `word` in lower case in `buf` when it is ASCII and at most `SHORT_WORD` bytes, without
/// allocating: word lists are asked about capitalised names and sentence starts, each lowered
/// once per question. `None` for the others, which the caller lowers as it must.
pub fn ascii_lowercase<'b>(word: &str, buf: &'b mut [u8; SHORT_WORD]) -> Option<&'b str> {
    if word.len() > SHORT_WORD || !word.is_ascii() {
        return None;
    }
    let out = &mut buf[..word.len()];
    out.copy_from_slice(word.as_bytes());
    out.make_ascii_lowercase();
    std::str::from_utf8(out).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<&str> {
        tokenize(s, 0, s.len()).iter().map(|t| t.text(s)).collect()
    }

    #[test]
    fn ascii_lowercase_lowers_short_ascii_words_only() {
        let mut buf = [0; SHORT_WORD];
        assert_eq!(ascii_lowercase("McCain", &mut buf), Some("mccain"));
        assert_eq!(ascii_lowercase("", &mut buf), Some(""));
        // The caller lowers the others with `str::to_lowercase` or its own folding.
        assert_eq!(ascii_lowercase("Évry", &mut buf), None);
        let long = "A".repeat(SHORT_WORD + 1);
        assert_eq!(ascii_lowercase(&long, &mut buf), None);
        let fits = "B".repeat(SHORT_WORD);
        assert_eq!(
            ascii_lowercase(&fits, &mut buf),
            Some("b".repeat(SHORT_WORD).as_str())
        );
    }

    #[test]
    fn tokens_keep_inner_hyphens_and_split_apostrophes() {
        assert_eq!(
            words("Kassym-Jomart Tokaïev, l’année C5+1 dix-huit 2018."),
            vec![
                "Kassym-Jomart",
                "Tokaïev",
                ",",
                "l",
                "’",
                "année",
                "C5",
                "+",
                "1",
                "dix-huit",
                "2018",
                "."
            ]
        );
    }

    #[test]
    fn overlong_sentences_are_cut_at_a_space_and_counted_once() {
        let none = |_: &str| false;
        let long = "mot ".repeat(600); // 2,400 bytes, no sentence end
        let s = format!("Court. Des {long}\nFin.");
        let got = sentences(&s, 0, s.len(), &none);
        assert_eq!(got.cut, 1);
        assert_eq!(&s[got.spans[0].start..got.spans[0].end], "Court.");
        for sp in &got.spans {
            assert!(sp.end - sp.start <= MAX_SENTENCE_BYTES);
            assert!(!s[sp.start..sp.end].starts_with(' ') && !s[sp.start..sp.end].ends_with(' '));
        }
        assert_eq!(got.spans.len(), 5, "Court., three pieces, Fin.");
        // No space at all: cut on a character boundary.
        let word = "é".repeat(1500);
        let got = sentences(&word, 0, word.len(), &none);
        assert_eq!(got.cut, 1);
        assert!(got.spans.iter().all(|sp| word.is_char_boundary(sp.end)));
        assert_eq!(
            got.spans.iter().map(|sp| sp.end - sp.start).sum::<usize>(),
            word.len()
        );
        // The only space is the sentence's first byte: no place to cut but the length.
        let s = format!("\n {}", "m".repeat(1200));
        let got = sentences(&s, 0, s.len(), &none);
        assert_eq!(got.cut, 1);
        assert_eq!(got.spans[0], Span::new(2, 1 + MAX_SENTENCE_BYTES));
    }

    #[test]
    fn sentences_skip_initials_and_abbreviations() {
        let abbreviation = |w: &str| w == "Mr";
        let s = "He met N. Nazarbayev. Mr. Smith left! Then\nA new line";
        let got: Vec<&str> = sentences(s, 0, s.len(), &abbreviation)
            .spans
            .iter()
            .map(|sp| &s[sp.start..sp.end])
            .collect();
        assert_eq!(
            got,
            vec![
                "He met N. Nazarbayev.",
                "Mr. Smith left!",
                "Then",
                "A new line"
            ]
        );
    }

    /// `tokenize` as it read every character: the reference its byte shortcuts are held to.
    fn tokenize_char_by_char(s: &str) -> Vec<Token> {
        let chars: Vec<(usize, char)> = s.char_indices().collect();
        let at = |k: usize| chars.get(k).map_or(s.len(), |&(i, _)| i);
        let mut out = Vec::new();
        let mut k = 0;
        while k < chars.len() {
            let c = chars[k].1;
            if c.is_whitespace() {
                k += 1;
                continue;
            }
            let from = k;
            k += 1;
            if !c.is_alphanumeric() {
                out.push(Token {
                    span: Span::new(at(from), at(k)),
                    kind: TokKind::Punct,
                    shape: Token::shape_of(&s[at(from)..at(k)]),
                });
                continue;
            }
            let mut has_alpha = c.is_alphabetic();
            while let Some(&(_, d)) = chars.get(k) {
                if d.is_alphanumeric() {
                    has_alpha |= d.is_alphabetic();
                    k += 1;
                } else if is_hyphen(d)
                    && has_alpha
                    && chars.get(k + 1).is_some_and(|&(_, e)| e.is_alphabetic())
                {
                    k += 1;
                } else {
                    break;
                }
            }
            out.push(Token {
                span: Span::new(at(from), at(k)),
                kind: if has_alpha {
                    TokKind::Word
                } else {
                    TokKind::Number
                },
                shape: Token::shape_of(&s[at(from)..at(k)]),
            });
        }
        out
    }

    /// `atomize` as it read every character: the reference the byte scan is held to.
    fn atomize_char_by_char(text: &str, tokens: &[Token]) -> Vec<Atom> {
        let mut out = Vec::new();
        for t in tokens {
            let s = t.text(text);
            let first = s.chars().next().unwrap_or(' ');
            match t.kind {
                TokKind::Punct => {
                    if !matches!(first, '\'' | '’' | 'ʼ') {
                        out.push(Atom {
                            start: t.span.start,
                            end: t.span.end,
                            kind: AtomKind::Punct,
                            shape: 0,
                        });
                    }
                }
                _ if first.is_ascii_digit() => out.push(Atom {
                    start: t.span.start,
                    end: t.span.end,
                    kind: AtomKind::Digits,
                    shape: 0,
                }),
                _ => {
                    let mut from = t.span.start;
                    for (i, c) in s.char_indices() {
                        if is_hyphen(c) {
                            let at = t.span.start + i;
                            if at > from {
                                out.push(Atom {
                                    start: from,
                                    end: at,
                                    kind: AtomKind::Word,
                                    shape: 0,
                                });
                            }
                            from = at + c.len_utf8();
                        }
                    }
                    if t.span.end > from {
                        out.push(Atom {
                            start: from,
                            end: t.span.end,
                            kind: AtomKind::Word,
                            shape: 0,
                        });
                    }
                }
            }
        }
        for a in &mut out {
            a.shape = Token::shape_of(&text[a.start..a.end]);
        }
        out
    }

    /// `sentences` as first written, reading every character: the reference the byte skipping
    /// of `sentences` must agree with.
    fn sentences_char_by_char(
        text: &str,
        start: usize,
        end: usize,
        is_abbreviation: &dyn Fn(&str) -> bool,
    ) -> Sentences {
        let mut out = Vec::new();
        let mut cut = 0;
        let mut cutting = false;
        let mut sent_start = start;
        let mut last_space = None;
        let mut i = start;
        let push = |out: &mut Vec<Span>, a: usize, b: usize| {
            let slice = &text[a..b];
            let lead = slice.len() - slice.trim_start().len();
            let trail = slice.len() - slice.trim_end().len();
            if a + lead < b - trail {
                out.push(Span::new(a + lead, b - trail));
            }
        };
        while i < end {
            if i - sent_start >= MAX_SENTENCE_BYTES {
                let at = last_space.filter(|&s| s > sent_start).unwrap_or(i);
                push(&mut out, sent_start, at);
                cut += usize::from(!cutting);
                cutting = true;
                sent_start = at;
                last_space = None;
            }
            let (c, w) = char_at(text, i);
            if c.is_whitespace() {
                last_space = Some(i);
            }
            if c == '\n' {
                push(&mut out, sent_start, i);
                sent_start = i + 1;
                cutting = false;
            } else if matches!(c, '.' | '!' | '?' | '…') {
                let (j, ends) = terminal_run(text, end, sent_start, i, is_abbreviation);
                if ends {
                    push(&mut out, sent_start, j);
                    sent_start = j;
                    last_space = None;
                    cutting = false;
                }
                i = j;
                continue;
            }
            i += w;
        }
        push(&mut out, sent_start, end);
        Sentences { spans: out, cut }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(1000))]
        /// A filter holds every key added to it, and a word it holds shares a key's first
        /// letter and length modulo 4; a `WordSet` answers as its set.
        #[test]
        fn key_filter_and_word_set_hold_every_key(
            keys in proptest::collection::vec("[a-zé'$%-]{0,9}", 0..40),
            other in "[a-z]{1,9}",
        ) {
            let f = KeyFilter::of(keys.iter().map(String::as_str));
            for k in &keys {
                proptest::prop_assert!(f.may_hold(k));
            }
            let shares_a_slot = keys.iter().any(|k| {
                k.len() % 4 == other.len() % 4
                    && k.bytes().next().map(|b| b % 32) == other.bytes().next().map(|b| b % 32)
            });
            proptest::prop_assert!(!f.may_hold(&other) || shares_a_slot);
            // A `WordSet` answers as its set, the filter before it or not.
            let set: WordSet = keys.iter().cloned().collect();
            for k in &keys {
                proptest::prop_assert!(set.contains(k));
            }
            proptest::prop_assert_eq!(set.contains(&other), keys.contains(&other));
        }

        /// Eight bytes at a time, the first byte that may end a sentence is the one a byte loop
        /// finds, whatever the bytes around it (every value, the marks' neighbours).
        #[test]
        fn next_may_end_agrees_with_a_byte_loop(
            bytes in proptest::collection::vec(
                proptest::prop_oneof![
                    proptest::prelude::any::<u8>(),
                    proptest::sample::select(vec![b'a', b' ', 0, 1, 0x7f, 0x80, 0xe1, 0xe3, 0xff]),
                    proptest::sample::select(vec![b'\n', b'.', b'!', b'?', 0xe2, b'\t', b'-', b'/', b'>', b'@']),
                ],
                0..40,
            ),
        ) {
            let expected = bytes.iter().position(|&b| may_end_sentence(b));
            proptest::prop_assert_eq!(next_may_end(&bytes), expected);
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(300))]
        #[test]
        fn sentences_agree_with_reading_every_character(
            pieces in proptest::collection::vec(
                proptest::sample::select(
                    [
                        "mot", "Mot", " ", "  ", "\u{a0}", "\u{2009}", "\n", "\n ", "\t", ".", ". ",
                        "!", "?", "… ", "…", "é", "Évian", "N.", "Mr.", "U.S.", "\"", "»", "”", ")",
                        "’", "1", "2018", "«", "—", "(",
                    ]
                    .iter()
                    .map(|p| p.to_string())
                    // Runs with no space, so that sentences overrun `MAX_SENTENCE_BYTES`.
                    .chain(["m".repeat(400), "é".repeat(300)])
                    .collect::<Vec<String>>(),
                ),
                0..700,
            ),
            skip in 0usize..4,
        ) {
            let text: String = pieces.concat();
            let mut start = skip.min(text.len());
            while !text.is_char_boundary(start) {
                start += 1;
            }
            let abbreviation = |w: &str| w == "Mr";
            proptest::prop_assert_eq!(
                sentences(&text, start, text.len(), &abbreviation),
                sentences_char_by_char(&text, start, text.len(), &abbreviation)
            );
        }
    }

    #[test]
    fn forms_read_back_from_the_text_or_the_buffer() {
        let text = "Le mot Été";
        let mut forms = Forms::with_capacity(0, 0);
        forms.push_with(|out| out.push_str("le"));
        forms.push_same(3, 6);
        assert_eq!(forms.push_with(|_| {}), "");
        assert_eq!(forms.push_with(|out| out.push_str("été")), "été");
        let read: Vec<&str> = (0..4).map(|i| forms.get(text, i)).collect();
        assert_eq!(read, ["le", "mot", "", "été"]);
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(300))]
        #[test]
        fn tokens_and_atoms_agree_with_reading_every_character(
            pieces in proptest::collection::vec(
                proptest::sample::select(vec![
                    "mot", "Mot", " ", "-", "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "—",
                    "'", "’", "ʼ", "é", "ﬁ", "1", "2018", ".", ",", "€", "½", "\u{e2}", "a-b",
                    "x\u{2010}y", "Saint-Étienne", "3-4", "vingt-et-un", "\n", "\t", "\u{a0}",
                    "\u{2009}", "-x", "٣", "Ⅻ",
                ]),
                0..200,
            ),
        ) {
            let text: String = pieces.concat();
            let tokens = tokenize(&text, 0, text.len());
            proptest::prop_assert_eq!(&tokens, &tokenize_char_by_char(&text));
            proptest::prop_assert_eq!(
                atomize(&text, &tokens),
                atomize_char_by_char(&text, &tokens)
            );
        }
    }
}
