//! `Scan`: the article's tokens with their folded forms and word-table entries, and the
//! token-level questions every rule asks (a number? punctuation? a phrase of a list?).
//! Reading days, months and years is in `parts.rs`; the date grammar in the other files.

use super::expr::Hit;
use crate::knowledge::lang::Lang;
use crate::knowledge::lang::dates::{ByFirst, DateWords, List, Phrase, WordInfo, fold, word_hash};
use crate::model::DatePoint;
use crate::text::{TokKind, Token};

/// Slots of `Scan::singles`: the same token is asked again within a few tokens (a range
/// tries its first date, then the date alone; an offset its anchor), not much later.
pub(super) const SINGLES: usize = 64;

/// A slot of `Scan::singles`: the key (`2 * token + bare`) and `single_at`'s answer there.
pub(super) type Single = Option<(usize, Option<Hit>)>;

/// What the grammar asks of a token again and again, read once for the whole article: the
/// forms tried at a token mostly fail, and they fail on these.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Feat {
    /// The lists and tables (bits of `List`) with a phrase that starts at the token, as
    /// `phrase_at` and `row_at` match it: they look no further when its bit is not set.
    pub(super) at: u64,
    /// `num`: the token as an ASCII number of at most four digits, and its digit count.
    pub(super) num: Option<(u16, u8)>,
    /// `ordinal_day`: a day number with an ordinal ending ("16th", "1er").
    pub(super) ordinal: Option<u8>,
    /// The folded token holds a hyphen ("mi-mars", "vingt-neuf").
    pub(super) hyphen: bool,
    /// `read_roman`: a Roman numeral with an ordinal ending ("XXe", "XIXe", "Ier").
    pub(super) roman: Option<u32>,
    /// `may_start`: a date can start at the token (`may_start_at`).
    pub(super) may_start: bool,
    /// Where the token's phrases are in `Scan::matched`: the first of each list that matches
    /// there, in the list's order (the longest first), as `phrase_at` answers.
    pub(super) matched: (u32, u8),
}

/// A table's phrase by row.
type RowPhrase<'a> = dyn Fn(usize) -> &'a [String] + 'a;

/// The `List` bits the first words of the tables of phrases with a meaning carry.
const TABLES: u64 = List::Relative.bit()
    | List::Periods.bit()
    | List::Holidays.bit()
    | List::Portions.bit()
    | List::Decades.bit();

pub(super) struct Scan<'a> {
    pub(super) text: &'a str,
    pub(super) toks: &'a [Token],
    /// Each token folded by `lang::dates::fold`.
    pub(super) low: Vec<&'a str>,
    pub(super) info: Vec<Option<&'a WordInfo>>,
    /// For each token (and the end of the text), the lists with a phrase that ends just before
    /// it (bits of `List`): `phrase_before` is asked at almost every token, of many lists.
    pub(super) ends: Vec<u64>,
    /// Each token's `Feat`.
    pub(super) feats: Vec<Feat>,
    /// The first phrase of each list that starts at each word (numbers are read as numbers),
    /// as the list and the token after the phrase: `Feat::matched` says which are a token's.
    pub(super) matched: Vec<(List, u32)>,
    pub(super) w: &'a DateWords,
    pub(super) lang: &'a Lang,
    /// Whether the article is about sports (one of `season_words`), found when first asked.
    pub(super) sports: std::cell::OnceCell<bool>,
    /// The story's time: the last date with a year the article gave before the token being
    /// read, which "a year later" and "two days earlier" count from.
    pub(super) story: std::cell::Cell<Option<DatePoint>>,
    /// `single_at` by token and `bare`, for the last tokens asked (a slot per `SINGLES`
    /// keys, the newest wins): a range and the date alone both try the same token, and the
    /// answer depends on nothing that changes while the article is read.
    pub(super) singles: std::cell::RefCell<[Single; SINGLES]>,
}

/// `Feat::num` of a token: a number token of at most four ASCII digits.
fn read_num(kind: TokKind, raw: &str) -> Option<(u16, u8)> {
    if kind != TokKind::Number || raw.len() > 4 || !raw.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    raw.parse().ok().map(|v| (v, raw.len() as u8))
}

/// `Feat::ordinal` of a token: one or two digits and one of `day_suffixes` ("16th", "1er").
fn read_ordinal(low: &str, w: &DateWords) -> Option<u8> {
    let digits = low.bytes().take_while(|b| b.is_ascii_digit()).count();
    if digits == 0 || digits > 2 || !w.day_suffixes.iter().any(|x| x == &low[digits..]) {
        return None;
    }
    low[..digits].parse().ok()
}

/// `Feat::may_start` of a token: a number, a word whose entry in the language file may open
/// a date, or a word that may hold a date of its own ("mi-mars", "16th", "1990s", "XXe",
/// "Oct2"), given the token's other features. `first` is the token's first byte in the text,
/// `low` its folded form.
fn may_start_at(kind: TokKind, e: Option<&WordInfo>, first: u8, low: &str, f: &Feat) -> bool {
    if kind == TokKind::Number {
        return true;
    }
    // Context words ("in", "the", "of") only lead to a date that starts after them.
    if e.is_some_and(|e| {
        e.month != 0
            || e.weekday != 0
            || e.day != 0
            || e.number != 0
            || e.duration.is_some()
            || e.starts & List::OPENING != 0
    }) {
        return true;
    }
    kind == TokKind::Word
        && (first.is_ascii_digit()
            || low.as_bytes().last().is_some_and(u8::is_ascii_digit)
            || f.roman.is_some()
            || f.hyphen)
}

/// `Feat::roman` of a token: a Roman numeral in capitals (I, V, X, L) and one of
/// `day_suffixes` ("XXe", "XIXe", "Ier"), as centuries are written.
fn read_roman(raw: &str, w: &DateWords) -> Option<u32> {
    let k = raw.bytes().take_while(|b| b"IVXL".contains(b)).count();
    if k == 0 {
        return None;
    }
    // The numeral is ASCII, so `k` is a character boundary.
    let (numeral, rest) = raw.split_at(k);
    let rest = fold(rest);
    if !w.day_suffixes.iter().any(|x| *x == rest) {
        return None;
    }
    let value = |b: u8| match b {
        b'I' => 1,
        b'V' => 5,
        b'X' => 10,
        _ => 50,
    };
    let bytes = numeral.as_bytes();
    // Saturating: a token of millions of numeral letters is text anyone may write.
    let mut n: i32 = 0;
    for (k, &b) in bytes.iter().enumerate() {
        let v = value(b);
        if bytes.get(k + 1).is_some_and(|&c| value(c) > v) {
            n = n.saturating_sub(v);
        } else {
            n = n.saturating_add(v);
        }
    }
    u32::try_from(n).ok().filter(|&n| n > 0)
}

impl<'a> Scan<'a> {
    pub(super) fn n(&self) -> usize {
        self.toks.len()
    }

    pub(super) fn low(&self, i: usize) -> &str {
        self.low.get(i).copied().unwrap_or("")
    }

    pub(super) fn raw(&self, i: usize) -> &'a str {
        self.toks.get(i).map_or("", |t| t.text(self.text))
    }

    /// Whether a line break is in the text between byte offsets `from` and `to` (the gap
    /// between two tokens, mostly one space): read as bytes, with no searcher to set up.
    pub(super) fn line_break(&self, from: usize, to: usize) -> bool {
        self.text.as_bytes()[from..to].contains(&b'\n')
    }

    pub(super) fn info(&self, i: usize) -> Option<&'a WordInfo> {
        self.info.get(i).copied().flatten()
    }

    pub(super) fn start(&self, i: usize) -> usize {
        self.toks[i].span.start
    }

    /// Whether token `i` and token `i + 1` touch (no space between them).
    pub(super) fn tight(&self, i: usize) -> bool {
        i + 1 < self.n() && self.toks[i].span.end == self.toks[i + 1].span.start
    }

    pub(super) fn is_punct(&self, i: usize, chars: &str) -> bool {
        self.toks.get(i).is_some_and(|t| {
            t.kind == TokKind::Punct && {
                let raw = t.text(self.text);
                match raw.as_bytes() {
                    // An ASCII mark is one of `chars` when its byte is: the bytes of other
                    // characters are all above 0x7f.
                    &[b] => chars.as_bytes().contains(&b),
                    _ => chars.contains(raw),
                }
            }
        })
    }

    pub(super) fn is_number(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.kind == TokKind::Number)
    }

    pub(super) fn starts(&self, i: usize, list: List) -> bool {
        self.info(i).is_some_and(|e| e.starts & list.bit() != 0)
    }

    /// The token after a phrase of `list` starting at `i`: the first in the list's order (the
    /// longest) of those the token's word starts.
    pub(super) fn phrase_at(&self, i: usize, list: List) -> Option<usize> {
        let f = self.feats.get(i).filter(|f| f.at & list.bit() != 0)?;
        let (from, len) = f.matched;
        self.matched[from as usize..from as usize + len as usize]
            .iter()
            .find(|m| m.0 == list)
            .map(|m| m.1 as usize)
    }

    /// Whether a phrase of `list` (or of the tables that carry its bit) may start at token `i`:
    /// when not, none does.
    pub(super) fn at(&self, i: usize, list: List) -> bool {
        self.feats.get(i).is_some_and(|f| f.at & list.bit() != 0)
    }

    /// Whether the folded token `i` holds a hyphen.
    pub(super) fn hyphen(&self, i: usize) -> bool {
        self.feats.get(i).is_some_and(|f| f.hyphen)
    }

    /// The first row of `table` (in its order) whose phrase starts at token `i`, found among
    /// the rows whose phrase starts with the token's word (`by_first`).
    pub(super) fn row_at<'t, T>(
        &self,
        i: usize,
        table: &'t [T],
        by_first: &ByFirst,
        phrase: impl Fn(&T) -> &Phrase,
    ) -> Option<&'t T> {
        if !self.at(i, by_first.list) {
            return None;
        }
        by_first
            .get(self.low(i))
            .iter()
            .map(|&k| &table[k as usize])
            .find(|r| self.matches(i, phrase(r)))
    }

    /// Whether a phrase of `list` ends just before token `i`.
    pub(super) fn phrase_before(&self, i: usize, list: List) -> bool {
        self.ends.get(i).is_some_and(|&b| b & list.bit() != 0)
    }

    /// `ends`, `feats` and `matched` for an article: each phrase that a token starts (its
    /// first word is the token's) is matched once. `hyphens` says which folded tokens hold a
    /// hyphen.
    pub(super) fn features(
        text: &str,
        toks: &[Token],
        low: &[&str],
        info: &[Option<&WordInfo>],
        hyphens: &[bool],
        w: &'a DateWords,
    ) -> (Vec<u64>, Vec<Feat>, Vec<(List, u32)>) {
        let n = toks.len();
        let mut ends = vec![0u64; n + 1];
        let mut feats = vec![Feat::default(); n];
        // About one phrase per token or fewer, mostly of function words ("the", "in").
        let mut matched = Vec::with_capacity(n);
        let follows = |k: usize, p: &[String]| {
            k + p.len() <= n
                && p[1..]
                    .iter()
                    .zip(&low[k + 1..k + p.len()])
                    .all(|(w, l)| w == l)
        };
        for k in 0..n {
            let low_k = low[k];
            let f = &mut feats[k];
            // Only a number token is sliced out of the text to be read.
            if toks[k].kind == TokKind::Number {
                f.num = read_num(toks[k].kind, toks[k].text(text));
            }
            if low_k.as_bytes().first().is_some_and(u8::is_ascii_digit) {
                f.ordinal = read_ordinal(low_k, w);
            }
            f.hyphen = hyphens[k];
            // Most words start with no numeral letter.
            let first_byte = toks[k].first_byte(text);
            if b"IVXL".contains(&first_byte) {
                f.roman = read_roman(toks[k].text(text), w);
            }
            f.may_start = may_start_at(toks[k].kind, info[k], first_byte, low_k, f);
            // Numbers have no `info` (they are read as numbers), but a phrase may start with one.
            let e = match info[k] {
                Some(e) => e,
                None if toks[k].kind == TokKind::Number => match w.word(low_k) {
                    Some(e) => e,
                    None => continue,
                },
                None => continue,
            };
            let (from, to) = e.phrases;
            let first = matched.len();
            // The next word's hash, to pass over the phrases whose second word it is not.
            let next = low.get(k + 1).map_or(0, |l| word_hash(l));
            let entries = &w.starting[from as usize..to as usize];
            let seconds = &w.seconds[from as usize..to as usize];
            for (&(list, p), &second) in entries.iter().zip(seconds) {
                // A phrase of one word has 0 for its second word: any other is read only when
                // the next word may be its second, without loading it first. A real second
                // word may hash to 0 as well, so the phrase's length still decides below.
                if second != 0 && second != next {
                    continue;
                }
                let p = &w.list(list)[p as usize];
                if (p.len() == 1 || second == next) && follows(k, p) {
                    ends[k + p.len()] |= list.bit();
                    // `phrase_at` reads words only; the first phrase of a list is the longest.
                    if info[k].is_some() && f.at & list.bit() == 0 {
                        matched.push((list, (k + p.len()) as u32));
                    }
                    f.at |= list.bit();
                }
            }
            f.matched = (first as u32, (matched.len() - first) as u8);
            if e.starts & TABLES != 0 {
                let firsts = &w.firsts;
                // As above, a row whose second word is not the next token's is passed over
                // without reading its phrase.
                let found = |by_first: &ByFirst, phrase: &RowPhrase<'a>| {
                    let (rows, seconds) = by_first.get_with_seconds(low_k);
                    rows.iter().zip(seconds).any(|(&r, &second)| {
                        (second == 0 || second == next) && follows(k, phrase(r as usize))
                    })
                };
                let tables: [(&ByFirst, &RowPhrase<'a>); 6] = [
                    (&firsts.relative, &|r| &w.relative[r].0),
                    (&firsts.periods, &|r| &w.periods[r].0),
                    (&firsts.seasons, &|r| &w.seasons[r].0),
                    (&firsts.holidays, &|r| &w.holidays[r].0),
                    (&firsts.portions, &|r| &w.portions[r].0),
                    (&firsts.decades, &|r| &w.decades[r].0),
                ];
                for (by_first, phrase) in tables {
                    let bit = by_first.list.bit();
                    if e.starts & bit != 0 && f.at & bit == 0 && found(by_first, phrase) {
                        f.at |= bit;
                    }
                }
            }
        }
        (ends, feats, matched)
    }

    pub(super) fn matches(&self, i: usize, p: &[String]) -> bool {
        i + p.len() <= self.n() && p.iter().enumerate().all(|(k, w)| self.low(i + k) == w)
    }

    /// Skips one optional phrase of `list`.
    pub(super) fn skip(&self, i: usize, list: List) -> usize {
        self.phrase_at(i, list).unwrap_or(i)
    }

    /// Whether token `i` opens a sentence, a line or a quotation, where any word may take a
    /// capital.
    pub(super) fn sentence_start(&self, i: usize) -> bool {
        if i == 0 {
            return true;
        }
        self.line_break(self.toks[i - 1].span.end, self.toks[i].span.start)
            || self.is_punct(i - 1, ".!?:;«\"“—–-")
    }

    /// The token before an optional phrase of `list` that ends just before token `i`.
    pub(super) fn skip_back(&self, i: usize, list: List) -> usize {
        if !self.phrase_before(i, list) {
            return i;
        }
        self.w
            .list(list)
            .iter()
            .find(|p| p.len() <= i && self.matches(i - p.len(), p))
            .map_or(i, |p| i - p.len())
    }

    /// Whether one of `season_words` occurs in the article: it is about sports, where "Week
    /// 10" is a round of a season and "the second quarter" a part of a game.
    pub(super) fn sports(&self) -> bool {
        *self
            .sports
            .get_or_init(|| (0..self.n()).any(|k| self.phrase_at(k, List::SeasonWords).is_some()))
    }

    pub(super) fn context_year(&self, i: usize) -> bool {
        self.phrase_before(i, List::YearContext)
    }

    /// Whether a sentence ends before token `i`: the end of the text or a line, or a full
    /// stop, exclamation or question mark that no number follows ("6. 1m" is a figure).
    pub(super) fn sentence_ends(&self, i: usize) -> bool {
        if i >= self.n() || (i > 0 && self.line_break(self.toks[i - 1].span.end, self.start(i))) {
            return true;
        }
        self.is_punct(i, ".!?") && !self.is_number(i + 1)
    }

    /// Whether token `i` is a noun that makes the number before it a count ("1500 to 2000
    /// people"), not a year.
    pub(super) fn counted_noun(&self, i: usize) -> bool {
        let raw = self.raw(i);
        self.toks.get(i).is_some_and(|t| t.kind == TokKind::Word)
            && raw.chars().next().is_some_and(char::is_lowercase)
            && !self.lang.is_stopword(raw)
            && self
                .info(i)
                .is_none_or(|e| e.month == 0 && e.starts & !List::EVENT_CONTEXT == 0)
    }

    pub(super) fn numeric_run_before(&self, i: usize) -> bool {
        i >= 2
            && self.tight(i - 1)
            && self.is_punct(i - 1, "-/.")
            && self.tight(i - 2)
            && self.is_number(i - 2)
    }

    pub(super) fn numeric_run_after(&self, i: usize) -> bool {
        self.tight(i) && self.is_punct(i + 1, "-/.") && self.tight(i + 1) && self.is_number(i + 2)
    }
}

#[cfg(test)]
mod tests {
    use super::read_roman;
    use crate::knowledge::lang::Languages;

    #[test]
    fn roman_numerals_read_and_saturate() {
        let langs = Languages::embedded().unwrap();
        let w = &langs.get("fr").unwrap().data.dates;
        assert_eq!(read_roman("XIXe", w), Some(19));
        assert_eq!(read_roman("Ier", w), Some(1));
        assert_eq!(read_roman("Indien", w), None);
        // More numeral letters than an i32 counts: no overflow.
        let long = "L".repeat(43_000_000) + "e";
        assert_eq!(read_roman(&long, w), Some(i32::MAX as u32));
    }
}
