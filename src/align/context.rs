//! The context of each date and figure claim: its unit, the content words and entities around
//! it (stemmed, or mapped to a concept of the lexicon), the years beside it, its place in a
//! crowded sentence, its time marker and its source. Built in one pass over the corpus.

use rayon::prelude::*;
use rustc_hash::FxHashMap as HashMap;
use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::{Arc, Mutex};

use super::sentence::{SentenceData, marker_distance};
use crate::knowledge::lang::{Lang, Marker};
use crate::knowledge::normalize::{fold, fold_cow};
use crate::knowledge::ruleset::{RuleSet, Thresholds};
use crate::model::{Claim, ClaimKind, Corpus, DatePoint, DateValue, Span, Value};
use crate::text::TokKind;

/// What a date or figure claim is compared on.
pub(super) struct Context {
    /// Kind and unit: only claims with the same one are compared.
    pub(super) unit: String,
    /// Stemmed content words and entity ids around the claim (by id in `Contexts::vocab`, in
    /// order), each with where it is first written in the claim's article.
    pub(super) words: Vec<Word>,
    /// Years of the other dates in the sentence (the time a figure refers to).
    pub(super) years: BTreeSet<i32>,
    /// For a figure, the year its article was published: the time a figure refers to when
    /// its sentence names none.
    pub(super) article_year: Option<i32>,
    /// For a figure in a sentence with many figures: its place among them and the words and
    /// numbers of the whole sentence.
    pub(super) crowd: Option<Crowd>,
    /// For a figure given as an earlier report or as a revision of one (`[markers]` of the
    /// language file): compared only with figures marked the same way.
    pub(super) time: Option<Marker>,
    /// The source the claim is attributed to ("according to the USGS"): the entity ids or
    /// keys of the first words after the attribution phrase.
    pub(super) source: Option<BTreeSet<String>>,
    /// What a bare count measures (`[measures]` of the language file), by its key.
    pub(super) measure: Option<String>,
    /// The places a measured figure is about, by entity: the place named right after it
    /// ("245 dead in Kerman", "12 miles east of Cloverdale"). Two figures about different
    /// places are not one fact.
    pub(super) places: BTreeSet<usize>,
    /// For a measure held by someone (`held` in `[measures]`: votes, seats), who holds it: the
    /// person or organisation named last before the figure in its sentence, with no other
    /// figure of the measure in between ("Amadou Ba a recueilli 1 605 086 voix").
    pub(super) holders: BTreeSet<usize>,
    /// For a figure, the years the story was telling when it was given: those of the last
    /// date with a year before it, in its paragraph or the one before ("In 2019, ... \n\n The
    /// Conservatives won 365 seats"), when none is in its sentence. Frames only.
    pub(super) story_years: BTreeSet<i32>,
    /// For a measurement agencies make each their own (`sourced` in `[measures]`: a
    /// magnitude), the organisation named last before it in its sentence ("the USGS put the
    /// magnitude at 7.4").
    pub(super) measured_by: BTreeSet<usize>,
    /// The year the article is about: its publication year, or else the corpus's latest.
    /// Frames only: figures about this year or the one before are about the story's present.
    pub(super) present_year: Option<i32>,
    /// For a date of a day (its year may be unknown), the event it is the date of, by its
    /// noun's key (`~earthquake`) and as written: an event noun (`[dates] event_nouns`) and a
    /// verb saying it took place (`[dates] happened`) in its clause, with no other date nearer
    /// ("the quake struck the province late on Friday 8 September").
    pub(super) event: Option<(String, String)>,
    /// The factor that converts the figure to its unit's base (1.609344 for miles to km).
    pub(super) scale: f64,
    /// Whether the measure is a bare unit (km): its places are what it is measured from, so
    /// they are part of its frame. Other measures are only kept apart by different places.
    pub(super) bare_unit: bool,
    /// Whether the figure's frame (its measure and qualifiers) says on its own which quantity
    /// of the story it is: a measure that is no bare unit ("magnitude", "depth:km") or a unit
    /// with a place ("12 km from Cloverdale"), held by someone when the measure is held
    /// (votes), and not one of many figures of its measure in a sentence unless qualified.
    pub(super) framed: bool,
    /// For a count that grows as a story unfolds (`evolving` in `[measures]`: a toll), the
    /// day its article was published: reports of different days are updates.
    pub(super) day: Option<DatePoint>,
}

pub(super) struct Crowd {
    pub(super) rank: usize,
    /// The sentence's words and numbers, shared by its figures.
    pub(super) sentence: Arc<BTreeSet<String>>,
    /// The share of words and numbers two crowded sentences must have in common
    /// (`crowded_min_sentence`).
    pub(super) min_shared: f64,
}

impl Crowd {
    /// Two figures in crowded sentences are one fact only when the sentences are one
    /// sentence, copied or lightly edited, and the figures stand at the same place in it.
    pub(super) fn matches(&self, other: &Crowd) -> bool {
        if self.rank != other.rank {
            return false;
        }
        let common = self.sentence.intersection(&other.sentence).count();
        let union = self.sentence.len() + other.sentence.len() - common;
        union > 0 && common as f64 / union as f64 >= self.min_shared
    }
}

/// A word of a context: its id in `Contexts::vocab` and where it is first written around the
/// claim (its byte range in the claim's article).
#[derive(Debug, Clone, Copy)]
pub(super) struct Word {
    pub(super) id: u32,
    len: u32,
    start: usize,
}

pub(super) struct Contexts {
    pub(super) items: Vec<Option<Box<Context>>>,
    /// Every word of every context, sorted: a word's id is its place here, so that ids
    /// compare as the words do. Each context holds ids (a corpus repeats a few thousand
    /// stems in hundreds of thousands of contexts).
    pub(super) vocab: Vec<String>,
    /// Number of claims whose context has each word, by id.
    pub(super) df: Vec<usize>,
}

impl std::fmt::Debug for Contexts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Contexts")
            .field("items", &self.items.iter().flatten().count())
            .field("vocab", &self.vocab.len())
            .finish()
    }
}

/// Context words as they are met, on all cores: ids in order of arrival, made ranks at the end.
#[derive(Default)]
struct Interner {
    ids: HashMap<String, u32>,
    words: Vec<String>,
}

impl Interner {
    fn id(&mut self, word: String) -> u32 {
        if let Some(&id) = self.ids.get(&word) {
            return id;
        }
        let id = u32::try_from(self.words.len()).unwrap_or(u32::MAX);
        self.words.push(word.clone());
        self.ids.insert(word, id);
        id
    }
}

/// The key a content word is compared on: its concept in the language's lexicon (`~toll` for
/// "toll" and "bilan"), so that words meet across languages, or else its stem: folded, cut to
/// six letters ("échanges" and "échange" agree; so do "commerciaux" and "commerce").
pub(super) fn word_key(lang: Option<&Lang>, word: &str) -> String {
    let f = fold_cow(word);
    match lang.and_then(|l| l.folded_concept(&f)) {
        Some(c) => c.to_string(),
        None => f.chars().take(6).collect(),
    }
}

pub(super) fn unit_of(c: &Claim) -> Option<String> {
    Some(match &c.value {
        Value::Date(Some(_)) => "date".into(),
        Value::Date(None) => return None,
        Value::Number(_) => "number".into(),
        Value::Money { currency, .. } => format!("money:{currency}"),
        Value::Percent(_) => "percent".into(),
        Value::Ordinal(_) => "ordinal".into(),
        Value::Name(_) => return None,
    })
}

pub(super) fn years_of(v: &DateValue) -> Vec<i32> {
    match v {
        DateValue::Point(p) => p.year.into_iter().collect(),
        DateValue::Range(a, b) => a.year.into_iter().chain(b.year).collect(),
    }
}

/// Whether the figure at `span` is a piece of a decimal broken by a stray space ("6. 1",
/// "7, 5"): digits, a point or comma and one space on either side of it.
fn broken_decimal(text: &str, span: Span) -> bool {
    let before = &text[..span.start];
    let after = &text[span.end..];
    let digit_before = |s: &str| s.chars().next_back().is_some_and(|c| c.is_ascii_digit());
    let digit_after = |s: &str| s.chars().next().is_some_and(|c| c.is_ascii_digit());
    let starts_digit = text[span.start..span.end].starts_with(|c: char| c.is_ascii_digit());
    let ends_digit = digit_before(&text[span.start..span.end]);
    (starts_digit
        && (before
            .strip_suffix(". ")
            .or_else(|| before.strip_suffix(", ")))
        .is_some_and(digit_before))
        || (ends_digit
            && (after
                .strip_prefix(". ")
                .or_else(|| after.strip_prefix(", ")))
            .is_some_and(digit_after))
}

/// The words right before a claim (tokens `own`), nearest last, and right after it, as
/// written, up to the nearest punctuation or number on each side (apostrophes are skipped, so
/// "l'échelle" is two words; a hyphen right after the claim too: "7.0-magnitude"). At most
/// `reach` words each way.
fn words_around<'t>(
    toks: &[crate::text::Token],
    text: &'t str,
    (start, end): (usize, usize),
    reach: usize,
) -> (Vec<&'t str>, Vec<&'t str>) {
    let word = |k: usize| -> Option<Option<&'t str>> {
        let t = &toks[k];
        let w = t.text(text);
        match t.kind {
            TokKind::Word => Some(Some(w)),
            TokKind::Punct if matches!(w, "'" | "’") => Some(None),
            _ => None,
        }
    };
    let mut after = Vec::new();
    let mut k = end;
    if k < toks.len() && toks[k].kind == TokKind::Punct && toks[k].text(text) == "-" {
        k += 1;
    }
    while k < toks.len() && after.len() < reach {
        match word(k) {
            Some(Some(w)) => after.push(w),
            Some(None) => {}
            None => break,
        }
        k += 1;
    }
    let mut before = Vec::new();
    let mut k = start;
    while k > 0 && before.len() < reach {
        k -= 1;
        match word(k) {
            Some(Some(w)) => before.push(w),
            Some(None) => {}
            None => break,
        }
    }
    before.reverse();
    (before, after)
}

impl Context {
    /// The ids of the words this context and `other` share, in order.
    pub(super) fn common_words<'s>(&'s self, other: &'s Context) -> impl Iterator<Item = u32> + 's {
        let ids = |c: &'s Context| c.words.iter().map(|w| w.id).peekable();
        let (mut a, mut b) = (ids(self), ids(other));
        std::iter::from_fn(move || {
            loop {
                match a.peek()?.cmp(b.peek()?) {
                    std::cmp::Ordering::Less => {
                        a.next();
                    }
                    std::cmp::Ordering::Greater => {
                        b.next();
                    }
                    std::cmp::Ordering::Equal => {
                        b.next();
                        return a.next();
                    }
                }
            }
        })
    }

    /// How the word `id` is first written around the claim, with its offset, read from the
    /// text of the claim's article.
    pub(super) fn written<'t>(&self, id: u32, text: &'t str) -> Option<(usize, &'t str)> {
        let w = self.words[self.words.binary_search_by_key(&id, |w| w.id).ok()?];
        let end = w.start + w.len as usize;
        Some((w.start, text.get(w.start..end).unwrap_or("")))
    }

    /// Whether this context scores as `other` does against any context (`Contexts::pairs`):
    /// the same unit, words, years, crowd, marker, source, day and places, and a measure
    /// or none alike. Where each word is written does not count.
    pub(super) fn scores_as(&self, other: &Context) -> bool {
        let crowds = match (&self.crowd, &other.crowd) {
            (None, None) => true,
            (Some(x), Some(y)) => {
                x.rank == y.rank && x.min_shared == y.min_shared && x.sentence == y.sentence
            }
            _ => false,
        };
        self.unit == other.unit
            && self.words.len() == other.words.len()
            && self
                .words
                .iter()
                .zip(&other.words)
                .all(|(x, y)| x.id == y.id)
            && self.years == other.years
            && self.article_year == other.article_year
            && crowds
            && self.time == other.time
            && self.source == other.source
            && self.day == other.day
            && self.places == other.places
            && self.measure.is_some() == other.measure.is_some()
    }

    /// A hash of what `scores_as` compares first: contexts that score alike hash alike.
    pub(super) fn score_hash(&self) -> u64 {
        use std::hash::{Hash, Hasher};
        let mut h = rustc_hash::FxHasher::default();
        self.unit.hash(&mut h);
        for w in &self.words {
            w.id.hash(&mut h);
        }
        self.years.hash(&mut h);
        self.article_year.hash(&mut h);
        h.finish()
    }

    /// Whether the context has the word `id`.
    pub(super) fn has(&self, id: u32) -> bool {
        self.words.binary_search_by_key(&id, |w| w.id).is_ok()
    }
}

impl Contexts {
    pub(super) fn build(
        corpus: &Corpus,
        rules: &RuleSet,
        entity_of: &[Option<usize>],
        person: &[bool],
        date_t: &Thresholds,
        figure_t: &Thresholds,
    ) -> Contexts {
        let claims = &corpus.claims;
        // The present of an article with no publication date: the latest publication year of
        // the corpus. With none, a year in a figure's sentence may be the story's or a past
        // event's: it is kept apart from figures with none.
        let corpus_year = corpus
            .articles
            .iter()
            .filter_map(|a| a.date.and_then(|d| d.year))
            .max();
        // Claims are ordered by article then offset: walk each article's claims once, the
        // articles in parallel; their contexts are put back in claim order and their word
        // counts summed.
        let mut ranges = Vec::new();
        let mut start = 0;
        while start < claims.len() {
            let article = claims[start].article;
            let end = start
                + claims[start..]
                    .iter()
                    .take_while(|c| c.article == article)
                    .count();
            ranges.push((article, start, end));
            start = end;
        }
        type Part = (Vec<Option<Box<Context>>>, HashMap<u32, usize>);
        let interner: Mutex<Interner> = Mutex::default();
        let parts: Vec<Part> = ranges
            .par_iter()
            .map(|&(article, start, end)| {
                let mut items: Vec<Option<Box<Context>>> = Vec::with_capacity(end - start);
                let mut df: HashMap<u32, usize> = HashMap::default();
                let a = &corpus.articles[article];
                let lang = rules.langs.get(&a.lang);
                // The sentence of the previous claim: its claims are consecutive.
                let mut cached: Option<SentenceData> = None;
                // The words of that sentence, when it is crowded with figures.
                let mut crowd_words: Option<Arc<BTreeSet<String>>> = None;
                let present_year = a.date.and_then(|d| d.year).or(corpus_year);
                // The end of the last date with a year seen in the article, and its years.
                let mut last_dated: Option<(usize, Vec<i32>)> = None;
                // The measures of that sentence's figures, by claim, as they are asked for.
                let measures: RefCell<HashMap<usize, Option<(String, Span)>>> = Default::default();
                for ci in start..end {
                    let c = &claims[ci];
                    let story_years: BTreeSet<i32> = match &last_dated {
                        Some((at, years)) if c.kind.is_figure() && *at <= c.span.start => {
                            // At most one paragraph break between, read on a bounded stretch.
                            let gap = &a.text[*at..c.span.start];
                            let near = gap.len() <= 3000
                                && gap
                                    .split('\n')
                                    .skip(1)
                                    .filter(|line| line.trim().is_empty())
                                    .count()
                                    <= 1;
                            if near {
                                years.iter().copied().collect()
                            } else {
                                BTreeSet::new()
                            }
                        }
                        _ => BTreeSet::new(),
                    };
                    if let Value::Date(Some(d)) = &c.value {
                        let years = years_of(d);
                        if !years.is_empty() {
                            last_dated = Some((c.span.end, years));
                        }
                    }
                    // "000" or "07" on their own are pieces of a number broken by a stray space
                    // ("1, 000", "0. 07 percent"), not figures.
                    let fragment = c.kind.is_figure()
                        && (c.text.starts_with('0')
                            && c.text[1..].starts_with(|ch: char| ch.is_ascii_digit())
                            || matches!(c.value, Value::Number(_))
                                && broken_decimal(&a.text, c.span));
                    let Some(unit) = unit_of(c).filter(|_| !fragment) else {
                        items.push(None);
                        continue;
                    };
                    let window = if c.kind == ClaimKind::Date {
                        date_t.window.unwrap_or(10)
                    } else {
                        figure_t.window.unwrap_or(10)
                    };
                    let mut ctx = Context {
                        unit,
                        words: Vec::new(),
                        years: BTreeSet::new(),
                        crowd: None,
                        time: None,
                        source: None,
                        measure: None,
                        places: BTreeSet::new(),
                        holders: BTreeSet::new(),
                        framed: false,
                        bare_unit: false,
                        measured_by: BTreeSet::new(),
                        event: None,
                        scale: 1.0,
                        present_year,
                        story_years,
                        day: None,
                        article_year: a.date.and_then(|d| d.year).filter(|_| c.kind.is_figure()),
                    };
                    let sentence = c.sentence;
                    if cached.as_ref().is_some_and(|d| d.span != sentence) {
                        cached = None;
                        crowd_words = None;
                        measures.borrow_mut().clear();
                    }
                    let sd: &SentenceData =
                        cached.get_or_insert_with(|| SentenceData::new(&a.text, sentence, lang));
                    let toks = &sd.toks;
                    // The article's claims in this sentence: claims are ordered by offset, so they
                    // are one run, found by binary search rather than a scan of the article.
                    let lo_c = start
                        + claims[start..end].partition_point(|o| o.span.start < sentence.start);
                    let hi_c =
                        start + claims[start..end].partition_point(|o| o.span.start < sentence.end);
                    let in_sentence = &claims[lo_c..hi_c];

                    // Datelines ("Updated 4/11/2007 1:26 PM") date the article, not the story; and
                    // in a sentence listing many figures (sports statistics, tallies) every figure
                    // shares the same words, so none can be told from the others.
                    let t = if c.kind == ClaimKind::Date {
                        date_t
                    } else {
                        figure_t
                    };
                    let dateline = sd.opens_with_dateline
                        || (sd.has_dateline_word
                            && sd.words() <= t.dateline_max_words.unwrap_or(12));
                    let max_figures = figure_t.max_sentence_figures.unwrap_or(2);
                    let figures_here: Vec<usize> = (lo_c..hi_c)
                        .filter(|&o| claims[o].sentence == sentence && claims[o].kind.is_figure())
                        .collect();
                    // An amount of money or a percentage is told apart from the other figures by
                    // its kind (an age, a percentage beside an amount): only figures of its kind
                    // crowd it. Bare counts and ranks (statistics, tallies) crowd each other and
                    // everything else.
                    let apart = |v: &Value| matches!(v, Value::Money { .. } | Value::Percent(_));
                    let same_kind: Vec<usize> = figures_here
                        .iter()
                        .copied()
                        .filter(|&o| {
                            !apart(&c.value)
                                || std::mem::discriminant(&claims[o].value)
                                    == std::mem::discriminant(&c.value)
                        })
                        .collect();
                    // A bare number measures what the words next to it say (`[measures]` of the
                    // language file: "245 morts", "killed 245 people", "magnitude 7.0"): figures
                    // of one measure are compared, in any language, and never with another
                    // measure's.
                    // Worked out once per figure of the sentence: a figure's neighbours ask for it
                    // too (crowding, coordination).
                    let measure_of = |o: usize| -> Option<(String, Span)> {
                        if let Some(m) = measures.borrow().get(&o) {
                            return m.clone();
                        }
                        let cl = &claims[o];
                        let percent = match (&cl.value, lang) {
                            (Value::Number(_), Some(_)) => false,
                            (Value::Percent(_), Some(_)) => true,
                            _ => return None,
                        };
                        let l = lang?;
                        let own = (
                            toks.partition_point(|t| t.span.end <= cl.span.start),
                            toks.partition_point(|t| t.span.start < cl.span.end),
                        );
                        let (before, after) =
                            words_around(toks, &a.text, own, l.data.measures.reach);
                        let m = l.measure(&before, &after, percent);
                        // "80 km/h" is a speed, not a distance: a unit followed by a slash is
                        // a rate, which no measure names.
                        let rate = |m: &crate::knowledge::lang::Measured| {
                            !m.before && m.unit.is_none() && l.data.measures.unit(&m.key) && {
                                let last = after[m.last];
                                let end =
                                    last.as_ptr() as usize - a.text.as_ptr() as usize + last.len();
                                a.text[end..].starts_with('/')
                            }
                        };
                        let m = m.filter(|m| !rate(m)).map(|m| {
                            let words = if m.before { &before } else { &after };
                            // The words are slices of the article's text: their offsets give the
                            // phrase's span.
                            let at = |w: &str| w.as_ptr() as usize - a.text.as_ptr() as usize;
                            let span = Span::new(
                                at(words[m.first]),
                                at(words[m.last]) + words[m.last].len(),
                            );
                            // A dimension is compared only in its unit: "depth:km".
                            let key = match m.unit {
                                Some(unit) => format!("{}:{unit}", m.key),
                                None => m.key,
                            };
                            (key, span)
                        });
                        measures.borrow_mut().insert(o, m.clone());
                        m
                    };
                    // A count with no measure of its own, coordinated with the measured count before
                    // it ("killed 1,340 in Kerman and 96 in Zarand"), shares its measure.
                    let measured = measure_of(ci).or_else(|| {
                        let l = lang?;
                        if !matches!(c.value, Value::Number(_)) {
                            return None;
                        }
                        let prev = *figures_here.iter().rev().find(|&&o| o < ci)?;
                        let (key, phrase) = measure_of(prev)?;
                        let gap = Span::new(claims[prev].span.end, c.span.start);
                        let named = |s: Span| {
                            in_sentence.iter().any(|o| {
                                o.kind.is_name() && o.span.start <= s.start && s.end <= o.span.end
                            })
                        };
                        // What is left between the two counts, less the first one's phrase, names
                        // and function words, must be a coordination word and nothing else.
                        let mut between = Vec::new();
                        let first = toks.partition_point(|t| t.span.start < gap.start);
                        let last = toks.partition_point(|t| t.span.end <= gap.end);
                        for t in &toks[first..last.max(first)] {
                            let w = t.text(&a.text);
                            let skipped = phrase.overlaps(&t.span)
                                || named(t.span)
                                || (l.is_stopword(w) && !l.data.measures.coordinates(&[fold(w)]));
                            match t.kind {
                                TokKind::Word if skipped => {}
                                TokKind::Word => between.push(fold(w)),
                                TokKind::Punct if matches!(w, "," | "'" | "’") => {}
                                _ => return None,
                            }
                        }
                        l.data
                            .measures
                            .coordinates(&between)
                            .then(|| (key, Span::new(c.span.start, c.span.start)))
                    });
                    // A measured figure is told apart from the others by its measure: only figures
                    // of the same measure crowd it ("six miles west of Cobb and seven miles from
                    // Anderson Springs"), not the dead, the injured and the magnitude of one
                    // sentence. A unit (km) is shared by a depth and a distance: it tells nothing
                    // apart.
                    let crowded = c.kind.is_figure()
                        && match &measured {
                            Some((key, _)) if !lang.is_some_and(|l| l.data.measures.unit(key)) => {
                                figures_here
                                    .iter()
                                    .filter(|&&o| {
                                        o == ci || measure_of(o).is_some_and(|(k, _)| k == *key)
                                    })
                                    .count()
                                    > max_figures
                            }
                            _ => same_kind.len() > max_figures,
                        };
                    // An end of a range ("between $140 million and $150 million", "10 to 15
                    // percent", "de 3 à 5 milliards") is no value of its own.
                    // Only the figures next to it can be the other end: the words between two
                    // ends are a join, never another figure (two on each side, for a figure
                    // written inside another).
                    let at = figures_here.partition_point(|&o| o < ci);
                    let neighbours =
                        &figures_here[at.saturating_sub(2)..(at + 3).min(figures_here.len())];
                    let range_end = c.kind.is_figure()
                        && neighbours.iter().any(|&o| {
                            // "de 140 à 150 millions": the first end may be a bare number.
                            if o == ci {
                                return false;
                            }
                            let (x, y) = if o < ci { (o, ci) } else { (ci, o) };
                            let (gap_start, gap_end) = (claims[x].span.end, claims[y].span.start);
                            gap_start <= gap_end
                                && lang.is_some_and(|l| {
                                    l.data.dates.is_range_join(&a.text[gap_start..gap_end])
                                })
                        });
                    // "10 miles (16 kilometres)": the figure in brackets converts the one before
                    // it, in another unit of the same base; it is no claim of its own.
                    let base_of = |key: &str| {
                        let l = lang?;
                        let unit = key.rsplit(':').next().unwrap_or(key);
                        l.data.measures.unit(unit).then(|| {
                            l.data
                                .measures
                                .base(unit)
                                .map_or(unit.to_string(), |(b, _)| b.to_string())
                        })
                    };
                    let gloss = measured
                        .as_ref()
                        .and_then(|(key, _)| base_of(key))
                        .is_some_and(|base| {
                            figures_here
                                .iter()
                                .rev()
                                .find(|&&o| o < ci)
                                .is_some_and(|&o| {
                                    let gap =
                                        &a.text[claims[o].span.end.min(c.span.start)..c.span.start];
                                    gap.len() <= 40
                                        && gap.trim_end().ends_with('(')
                                        && !gap.contains(')')
                                        && measure_of(o).and_then(|(k, _)| base_of(&k))
                                            == Some(base)
                                })
                        });
                    if range_end || gloss {
                        items.push(None);
                        continue;
                    }
                    if dateline {
                        items.push(None);
                        continue;
                    }
                    // In a sentence listing many figures (tallies, results, statistics) the words
                    // of the sentence are shared by all of them: only the few words next to a
                    // figure ("182 seats", "turnout 66.6%") say which one it is.
                    let window = if crowded {
                        ctx.crowd = Some(Crowd {
                            rank: same_kind.iter().position(|&o| o == ci).unwrap_or(0),
                            min_shared: figure_t.crowded_min_sentence.unwrap_or(0.6),
                            sentence: crowd_words
                                .get_or_insert_with(|| {
                                    Arc::new(
                                        toks.iter()
                                            .map(|t| t.text(&a.text))
                                            .filter(|w| {
                                                w.chars()
                                                    .next()
                                                    .is_some_and(|ch| ch.is_ascii_digit())
                                                    || (w.chars().count() >= 3
                                                        && !lang.is_some_and(|l| l.is_stopword(w)))
                                            })
                                            .map(|w| word_key(lang, w))
                                            .collect(),
                                    )
                                })
                                .clone(),
                        });
                        window.min(figure_t.crowded_window.unwrap_or(3))
                    } else {
                        window
                    };
                    let here = toks.partition_point(|t| t.span.end <= c.span.start);
                    // The window counts words: "$1.5 billion" or "17, 2024" are several tokens
                    // but no words of the subject.
                    let lo = here.saturating_sub(window * 4);
                    let hi = (here + window * 4).min(toks.len());
                    let words_between =
                        |from: usize, to: usize| sd.words_before[to] - sd.words_before[from];
                    let tok_range = |sp: Span| {
                        (
                            toks.partition_point(|t| t.span.end <= sp.start),
                            toks.partition_point(|t| t.span.start < sp.end),
                        )
                    };
                    let dist = |k: usize, (s, e): (usize, usize)| {
                        if k < s {
                            words_between(k, s)
                        } else if k >= e {
                            words_between(e, k + 1)
                        } else {
                            0
                        }
                    };
                    let own = tok_range(c.span);
                    // The sentence's other dates, for a date: a word or name nearer to one of them
                    // is about that one ("searching on Thursday for survivors of the ferry that
                    // sank on March 13": "searching" is Thursday's, "sank" March 13's).
                    let rivals: Vec<(usize, usize)> = if c.kind == ClaimKind::Date {
                        in_sentence
                            .iter()
                            .filter(|o| {
                                o.sentence == sentence
                                    && o.span != c.span
                                    && o.kind == ClaimKind::Date
                            })
                            .map(|o| tok_range(o.span))
                            .collect()
                    } else {
                        Vec::new()
                    };
                    if let (Value::Date(Some(DateValue::Point(p))), Some(l)) = (&c.value, lang)
                        && p.month.is_some()
                        && p.day.is_some()
                    {
                        let d = &l.data.dates;
                        let rival_at = |k: usize| rivals.iter().any(|&(s, e)| s <= k && k < e);
                        let stop = |k: usize| {
                            let t = &toks[k];
                            rival_at(k)
                                || (t.kind == TokKind::Punct
                                    && matches!(t.text(&a.text), "." | ";" | ":" | "!" | "?"))
                        };
                        let mut noun: Option<(usize, String, String)> = None;
                        let mut happened = false;
                        let mut look = |k: usize, distance: usize| {
                            let t = &toks[k];
                            if t.kind != TokKind::Word {
                                return;
                            }
                            let w = t.text(&a.text);
                            let f = fold(w);
                            if d.happened.contains(&f) {
                                happened = true;
                            } else if d.is_event_noun(&f)
                                && noun.as_ref().is_none_or(|(n, _, _)| distance < *n)
                            {
                                noun = Some((distance, word_key(lang, w), w.to_string()));
                            }
                        };
                        let mut k = own.0;
                        let mut n = 0;
                        while k > 0 && n < 15 {
                            k -= 1;
                            if stop(k) {
                                break;
                            }
                            n += 1;
                            look(k, n);
                        }
                        let mut k = own.1;
                        let mut n = 0;
                        while k < toks.len() && n < 10 && !stop(k) {
                            n += 1;
                            look(k, n);
                            k += 1;
                        }
                        if happened && let Some((_, key, surface)) = noun {
                            ctx.event = Some((key, surface));
                        }
                    }
                    let theirs = |sp: Span| {
                        let (s, e) = tok_range(sp);
                        let d = dist(s, own).min(dist(e.saturating_sub(1).max(s), own));
                        rivals
                            .iter()
                            .any(|&r| dist(s, r).min(dist(e.saturating_sub(1).max(s), r)) < d)
                    };
                    if let Some((key, _)) = &measured {
                        // A unit converts to its base ("7.5 miles" is 12.07 km): figures of one
                        // quantity in two units meet.
                        let (dimension, unit) = match key.split_once(':') {
                            Some((d, u)) => (Some(d), u),
                            None => (None, key.as_str()),
                        };
                        let (unit, scale) = lang
                            .and_then(|l| l.data.measures.base(unit))
                            .unwrap_or((unit, 1.0));
                        ctx.scale = scale;
                        ctx.unit = match dimension {
                            Some(d) => format!("measure:{d}:{unit}"),
                            None => format!("measure:{unit}"),
                        };
                        ctx.measure = Some(dimension.unwrap_or(unit).to_string());
                        if lang.is_some_and(|l| l.data.measures.evolving(key)) {
                            ctx.day = a.date.filter(|d| d.day.is_some());
                        }
                        // The place named right after the figure, in the same clause: "245 dead in
                        // Kerman", "12 miles east of Cloverdale", "212 morts à Bam".
                        for (oi, o) in in_sentence.iter().enumerate() {
                            if o.sentence != sentence
                                || o.kind != ClaimKind::Place
                                || o.span.start < c.span.end
                            {
                                continue;
                            }
                            let (s, _) = tok_range(o.span);
                            let clause = toks[own.1..s].iter().all(|t| {
                                t.kind != TokKind::Punct
                                    || matches!(t.text(&a.text), "'" | "’" | "-")
                            });
                            let reach = lang.map_or(0, |l| l.data.measures.place_reach);
                            if clause
                                && words_between(own.1, s) <= reach
                                && let Some(e) = entity_of[lo_c + oi]
                            {
                                ctx.places.insert(e);
                            }
                            break;
                        }
                        // Else the place the sentence names before it, with no other figure in
                        // between: "In Kerman, the quake killed 1,340 people".
                        if ctx.places.is_empty() {
                            let nearest = in_sentence.iter().enumerate().rev().find(|(_, o)| {
                                o.sentence == sentence
                                    && o.kind == ClaimKind::Place
                                    && o.span.end <= c.span.start
                            });
                            if let Some((oi, o)) = nearest
                                && !figures_here.iter().any(|&f| {
                                    claims[f].span.start >= o.span.end
                                        && claims[f].span.end <= c.span.start
                                })
                                && let Some(e) = entity_of[lo_c + oi]
                            {
                                ctx.places.insert(e);
                            }
                        }
                    }
                    let held = |key: &str| lang.is_some_and(|l| l.data.measures.held(key));
                    let sourced = |key: &str| lang.is_some_and(|l| l.data.measures.sourced(key));
                    if let Some((key, _)) = &measured
                        && (held(key) || sourced(key))
                    {
                        // A measurement's source is an organisation ("the USGS put the magnitude
                        // at 7.4"); a count's holder a person or an organisation.
                        let nearest = in_sentence.iter().enumerate().rev().find(|(_, o)| {
                            o.sentence == sentence
                                && (o.kind == ClaimKind::Org
                                    || (held(key) && o.kind == ClaimKind::Person))
                                && o.span.end <= c.span.start
                        });
                        if let Some((oi, o)) = nearest
                            && !figures_here.iter().any(|&f| {
                                claims[f].span.start >= o.span.end
                                    && claims[f].span.end <= c.span.start
                                    && measure_of(f).is_some_and(|(k, _)| k == *key)
                            })
                            && let Some(e) = entity_of[lo_c + oi]
                        {
                            if held(key) {
                                ctx.holders.insert(e);
                            } else {
                                ctx.measured_by.insert(e);
                            }
                        }
                    }
                    if let (Some((key, _)), Some(l)) = (&measured, lang) {
                        let m = &l.data.measures;
                        let qualified = !ctx.places.is_empty() || !ctx.holders.is_empty();
                        // A count that grows (a toll) has as many values as reports: which two
                        // are one report, only the context can say.
                        ctx.bare_unit = m.unit(key);
                        ctx.framed = !m.evolving(key)
                            && (!m.unit(key) || !ctx.places.is_empty())
                            && (!m.held(key) || !ctx.holders.is_empty())
                            && (!crowded || qualified)
                            && {
                                let (before, after) = words_around(toks, &a.text, own, m.reach);
                                !l.measure_apart(&before, &after)
                            };
                    }
                    // A bare number with no measure is about the noun it counts ("40 hours",
                    // "deux pays", "eight of the jurors"); without one it says too little to
                    // compare.
                    if matches!(c.value, Value::Number(_)) && measured.is_none() {
                        let after = toks.partition_point(|t| t.span.start < c.span.end);
                        let mut noun = None;
                        for (k, t) in toks.iter().enumerate().skip(after).take(4) {
                            let w = t.text(&a.text);
                            if t.kind == TokKind::Punct {
                                if matches!(w, "'" | "’") {
                                    continue;
                                }
                                break;
                            }
                            if lang.is_some_and(|l| l.is_stopword(w)) || w.chars().count() < 3 {
                                continue;
                            }
                            if t.kind == TokKind::Word {
                                noun = Some(word_key(lang, w));
                                // "181 passengers and crew" counts both: not the passengers of
                                // "175 passengers and six crew members".
                                let joined =
                                    toks.get(k + 1).zip(toks.get(k + 2)).filter(|(j, x)| {
                                        j.kind == TokKind::Word
                                            && x.kind == TokKind::Word
                                            && lang.is_some_and(|l| {
                                                l.data
                                                    .measures
                                                    .coordinates(&[fold(j.text(&a.text))])
                                                    && !l.is_stopword(x.text(&a.text))
                                            })
                                    });
                                if let (Some(n), Some((_, x))) = (&mut noun, joined) {
                                    n.push('+');
                                    n.push_str(&word_key(lang, x.text(&a.text)));
                                }
                            }
                            break;
                        }
                        match noun {
                            Some(n) => ctx.unit = format!("number:{n}"),
                            None => {
                                items.push(None);
                                continue;
                            }
                        }
                    }
                    // Words of names are the entity's id; words of other dates and figures ("last
                    // year", "12 percent") are values, not what the claim is about.
                    // The words of the measure's phrase ("killed", "morts") say what the figure
                    // counts, which its unit already says, not which event it is about.
                    // They still count in the words' frequencies, which weigh every claim's words
                    // alike.
                    let phrase = measured.as_ref().map(|(_, s)| *s);
                    let mut muted: BTreeSet<String> = BTreeSet::new();
                    // The context's words, each with where it is first written.
                    let mut words: BTreeMap<String, (usize, usize)> = BTreeMap::new();
                    let covered = |s: Span| in_sentence.iter().any(|o| o.span.overlaps(&s));
                    for (k, tok) in toks[lo..hi].iter().enumerate().map(|(k, t)| (lo + k, t)) {
                        if tok.kind != TokKind::Word || tok.span.overlaps(&c.span) {
                            continue;
                        }
                        let distance = dist(k, own);
                        if distance > window || rivals.iter().any(|&r| dist(k, r) < distance) {
                            continue;
                        }
                        let w = tok.text(&a.text);
                        if w.chars().count() < 3
                            || lang.is_some_and(|l| l.is_stopword(w))
                            || covered(tok.span)
                        {
                            continue;
                        }
                        let s = word_key(lang, w);
                        if phrase.is_some_and(|p| p.overlaps(&tok.span)) {
                            muted.insert(s);
                            continue;
                        }
                        words.entry(s).or_insert((tok.span.start, tok.span.end));
                    }
                    // Names in the sentence, by entity: "Tokayev" and "Tokaïev" agree.
                    for (oi, o) in in_sentence.iter().enumerate() {
                        if o.sentence == sentence
                            && o.kind.is_name()
                            && !theirs(o.span)
                            && let Some(e) = entity_of[lo_c + oi]
                        {
                            // People are marked: a figure about one person is not about another.
                            let key = if person[e] {
                                format!("#p{e}")
                            } else {
                                format!("#{e}")
                            };
                            words.entry(key).or_insert((o.span.start, o.span.end));
                        }
                        if o.sentence == sentence
                            && lo_c + oi != ci
                            && let Value::Date(Some(d)) = &o.value
                        {
                            ctx.years.extend(years_of(d));
                        }
                    }
                    // Earlier reports and attributions ("le précédent bilan faisait état de 300
                    // morts", "according to the USGS").
                    let markers = &sd.markers;
                    if !markers.is_empty() {
                        let tok_of = |s: Span| toks.partition_point(|t| t.span.end <= s.start);
                        let figure_toks: Vec<(usize, usize)> = figures_here
                            .iter()
                            .map(|&o| (o, tok_of(claims[o].span)))
                            .collect();
                        if c.kind.is_figure() {
                            // A time marker qualifies the figure nearest to it.
                            let mut best: Option<(usize, Marker)> = None;
                            for m in markers.iter().filter(|m| m.kind != Marker::Attribution) {
                                // A figure inside the phrase ("premier" in "premier bilan") is
                                // part of it, not what it qualifies.
                                let nearest = figure_toks
                                    .iter()
                                    .filter(|&&(_, k)| k < m.first || k > m.last)
                                    .map(|&(o, k)| (marker_distance(m, k), o))
                                    .min();
                                if let Some((d, o)) = nearest
                                    && o == ci
                                    && d <= figure_t.marker_reach.unwrap_or(12)
                                    && best.is_none_or(|(bd, _)| d < bd)
                                {
                                    best = Some((d, m.kind));
                                }
                            }
                            ctx.time = best.map(|(_, k)| k);
                        }
                        // An attribution holds for the whole sentence; with several, each claim
                        // takes the nearest.
                        if let Some(m) = markers
                            .iter()
                            .filter(|m| m.kind == Marker::Attribution)
                            .min_by_key(|m| marker_distance(m, here))
                        {
                            let mut keys = BTreeSet::new();
                            let mut words_seen = 0;
                            for t in toks[m.last + 1..].iter().take(6) {
                                let w = t.text(&a.text);
                                if t.kind == TokKind::Punct {
                                    if matches!(w, "'" | "’") {
                                        continue;
                                    }
                                    break;
                                }
                                if t.kind != TokKind::Word || lang.is_some_and(|l| l.is_stopword(w))
                                {
                                    continue;
                                }
                                // A named source is its entity and its words: "the Interior
                                // Ministry" and "le ministère de l'Intérieur" meet on the words.
                                let name = in_sentence.iter().enumerate().find_map(|(oi, o)| {
                                    (o.kind.is_name() && o.span.overlaps(&t.span))
                                        .then(|| entity_of[lo_c + oi])
                                        .flatten()
                                });
                                if let Some(e) = name {
                                    keys.insert(format!("#{e}"));
                                }
                                keys.insert(word_key(lang, w));
                                words_seen += 1;
                                if words_seen == 2 {
                                    break;
                                }
                            }
                            if !keys.is_empty() {
                                ctx.source = Some(keys);
                            }
                        }
                    }
                    muted.retain(|w| !words.contains_key(w));
                    // One lock per context: its words get their ids, and the muted ones count.
                    let mut interner = interner.lock().unwrap_or_else(|e| e.into_inner());
                    ctx.words = words
                        .into_iter()
                        .map(|(w, (start, end))| Word {
                            id: interner.id(w),
                            len: u32::try_from(end - start).unwrap_or(0),
                            start,
                        })
                        .collect();
                    for w in &ctx.words {
                        *df.entry(w.id).or_default() += 1;
                    }
                    for w in muted {
                        *df.entry(interner.id(w)).or_default() += 1;
                    }
                    drop(interner);
                    items.push(Some(Box::new(ctx)));
                }
                (items, df)
            })
            .collect();
        // Ids by arrival become ranks in the sorted vocabulary: deterministic, and ordered as
        // the words are.
        let Interner { words: arrived, .. } =
            interner.into_inner().unwrap_or_else(|e| e.into_inner());
        let mut order: Vec<u32> = (0..arrived.len() as u32).collect();
        order.sort_unstable_by(|&a, &b| arrived[a as usize].cmp(&arrived[b as usize]));
        let mut rank = vec![0u32; arrived.len()];
        for (r, &a) in order.iter().enumerate() {
            rank[a as usize] = r as u32;
        }
        let mut arrived: Vec<Option<String>> = arrived.into_iter().map(Some).collect();
        let vocab: Vec<String> = order
            .iter()
            .map(|&a| arrived[a as usize].take().unwrap_or_default())
            .collect();
        let mut items: Vec<Option<Box<Context>>> = Vec::with_capacity(claims.len());
        let mut df = vec![0usize; vocab.len()];
        for (part, counts) in parts {
            items.extend(part);
            for (id, n) in counts {
                df[rank[id as usize] as usize] += n;
            }
        }
        items.par_iter_mut().flatten().for_each(|ctx| {
            for w in &mut ctx.words {
                w.id = rank[w.id as usize];
            }
            ctx.words.sort_unstable_by_key(|w| w.id);
        });
        Contexts { items, vocab, df }
    }

    /// The word of id `id`.
    pub(super) fn word(&self, id: u32) -> &str {
        &self.vocab[id as usize]
    }

    /// The id of `word`, when some context has it (`vocab` is sorted).
    pub(super) fn id_of(&self, word: &str) -> Option<u32> {
        let at = self.vocab.binary_search_by(|w| w.as_str().cmp(word)).ok()?;
        u32::try_from(at).ok()
    }
}
