//! Names: which name claims are one person, place or organisation. Keys (`Translit::key`) are
//! clustered through a deletion neighbourhood, never all pairs; people are told apart by their
//! given names and initials.

use rayon::prelude::*;
use rustc_hash::FxHashMap as HashMap;
use std::collections::{BTreeMap, BTreeSet};

use super::alignment::{Alignment, Entity, Mention};
use crate::knowledge::normalize::{
    CharHashes, MAX_FUZZY_CHARS, edits, fold, fuzzy_short, similarity,
};
use crate::knowledge::ruleset::{Check, RuleSet, Thresholds};
use crate::model::{Claim, ClaimKind, Corpus, Value};

/// A person's name split into given names and surname.
#[derive(Debug, Clone)]
pub(super) struct PersonName {
    /// Given names: `Some(word)` written in full, `None` for an initial.
    pub(super) given: Vec<GivenName>,
    pub(super) surname: String,
}

#[derive(Debug, Clone)]
pub(super) enum GivenName {
    Full(String),
    /// The letters of an initial: "K.-J." → ['k', 'j'].
    Initial(Vec<char>),
}

pub(super) fn parse_person(name: &str) -> PersonName {
    let words: Vec<&str> = name.split(' ').filter(|w| !w.is_empty()).collect();
    let surname = words.last().copied().unwrap_or("").to_string();
    let mut given = Vec::new();
    for w in &words[..words.len().saturating_sub(1)] {
        if w.chars().next().is_some_and(|c| c.is_lowercase()) {
            continue; // a particle
        }
        // "J." and "K.-J.", and "J" written without its period.
        if w.ends_with('.') || (w.chars().count() == 1 && w.chars().all(char::is_uppercase)) {
            let letters: Vec<char> = w
                .split(['.', '-'])
                .filter_map(|p| fold(p).chars().next())
                .collect();
            given.push(GivenName::Initial(letters));
        } else {
            given.push(GivenName::Full(w.to_string()));
        }
    }
    PersonName { given, surname }
}

/// Whether two matching keys are close enough to be one name misspelled: the same first
/// letter (typing slips rarely hit it), and one letter added, dropped or two swapped in a short
/// name (a changed letter in a short word makes another word: Boston / Bolton), up to
/// `max_edits` of any kind in a long one.
pub(super) fn similar_keys(a: &str, b: &str, t: &Thresholds) -> bool {
    if a == b {
        return true;
    }
    let min_len = t.min_length.unwrap_or(5);
    let (la, lb) = (a.chars().count(), b.chars().count());
    if la < min_len || lb < min_len || a.chars().next() != b.chars().next() {
        return false;
    }
    let d = edits(a, b);
    let close = if la.min(lb) < FAR_MIN {
        (la != lb && d == 1) || (la == lb && d == 2 && strsim::osa_distance(a, b) == 1)
    } else {
        d <= t.max_edits.unwrap_or(2)
    };
    close && similarity(a, b) >= t.min_similarity.unwrap_or(0.88)
}

/// The key names are clustered on; an acronym is its own key, letters as written ("CNN" and
/// "CN" are different names).
pub(super) fn match_key(tr: &crate::knowledge::normalize::Translit, name: &str) -> String {
    if has_acronym(name) {
        format!("={name}")
    } else {
        tr.key(name)
    }
}

/// Whether a name is, or contains, an acronym ("CNN", "AM PDT"): acronyms match only exactly.
pub(super) fn has_acronym(name: &str) -> bool {
    name.split([' ', '-']).any(|w| {
        w.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !w.chars().any(|c| c.is_lowercase())
    })
}

/// Whether two given names can belong to one person.
pub(super) fn given_compatible(a: &GivenName, b: &GivenName, rules: &RuleSet) -> bool {
    match (a, b) {
        (GivenName::Full(x), GivenName::Full(y)) => {
            // One letter apart in a long enough name, but not a short form and its long form
            // (Steve / Steven) nor names with different initials (Catherine / Katherine); or
            // one name transliterated (`given_names` of `rules/translit.toml`: Kassym /
            // Qasym).
            let (kx, ky) = (rules.translit.key(x), rules.translit.key(y));
            kx == ky
                || rules.translit.same_given(x, y)
                || (kx.len() >= 5
                    && ky.len() >= 5
                    && kx.chars().next() == ky.chars().next()
                    && edits(&kx, &ky) <= 1
                    && !rules.translit.derived(x, y))
        }
        (GivenName::Initial(i), GivenName::Full(f))
        | (GivenName::Full(f), GivenName::Initial(i)) => {
            let parts: Vec<char> = f
                .split('-')
                .filter_map(|p| fold(p).chars().next())
                .collect();
            parts.starts_with(i) || parts.first() == i.first()
        }
        (GivenName::Initial(x), GivenName::Initial(y)) => x.first() == y.first(),
    }
}

/// Whether two people named with a full given name can be one person. A compound given name
/// ("Kassym-Jomart", "Jean-Pierre") is one name: every part of it must be matched, part by
/// part, by the other's given names, hyphenated or not ("Qasym-Zhomart", "Kasim Jomart"), so
/// "Jean" and "Jean-Pierre" stay two people. Other given names are compared on the first.
pub(super) fn people_compatible(a: &PersonName, b: &PersonName, rules: &RuleSet) -> bool {
    let (Some(GivenName::Full(x)), Some(GivenName::Full(y))) = (a.given.first(), b.given.first())
    else {
        return match (a.given.first(), b.given.first()) {
            (Some(ga), Some(gb)) => given_compatible(ga, gb, rules),
            _ => true,
        };
    };
    if !x.contains('-') && !y.contains('-') {
        return given_compatible(&a.given[0], &b.given[0], rules);
    }
    let parts = |p: &PersonName| -> Vec<String> {
        p.given
            .iter()
            .take_while(|g| matches!(g, GivenName::Full(_)))
            .flat_map(|g| match g {
                GivenName::Full(f) => f.split('-').map(str::to_string).collect(),
                GivenName::Initial(_) => Vec::new(),
            })
            .collect()
    };
    let (pa, pb) = (parts(a), parts(b));
    pa.len() == pb.len()
        && pa.iter().zip(&pb).all(|(p, q)| {
            given_compatible(
                &GivenName::Full(p.clone()),
                &GivenName::Full(q.clone()),
                rules,
            )
        })
}

/// Union-find over `n` items.
pub(super) struct Sets {
    pub(super) parent: Vec<usize>,
}

impl Sets {
    pub(super) fn new(n: usize) -> Sets {
        Sets {
            parent: (0..n).collect(),
        }
    }

    pub(super) fn find(&mut self, mut x: usize) -> usize {
        while self.parent[x] != x {
            self.parent[x] = self.parent[self.parent[x]];
            x = self.parent[x];
        }
        x
    }

    pub(super) fn union(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            // The smaller index is the root, so groups come out in a stable order.
            let (lo, hi) = if ra < rb { (ra, rb) } else { (rb, ra) };
            self.parent[hi] = lo;
        }
    }
}

/// Keys at least this many letters long may be two slips apart ("Kirchnner" / "Kirschner"),
/// when the articles around them confirm it (`far_confirmed`).
const FAR_MIN: usize = 8;

/// The most keys one key is compared with in a bucket of `cluster_keys` (keys sharing a
/// deletion variant). Real names share a variant with a handful of others; thousands of
/// made-up or generated names can share one with thousands, which would cost the square of
/// their number. Each bucket over this size counts as a group cut short.
pub(super) const MAX_BUCKET: usize = 64;

/// The most distinct given names (or people) of one surname compared pairwise in
/// `align_people`. A surname group with more is cut short: given names are joined only when
/// written alike, and surnames alone or initials attached only in their own article.
pub(super) const MAX_GROUP_PEOPLE: usize = 64;

/// Compares each key of `bucket` with the next `MAX_BUCKET` keys, joining those `test`
/// accepts. Returns whether the bucket was too large to compare every pair.
fn join_bucket(bucket: &[usize], sets: &mut Sets, test: &impl Fn(usize, usize) -> bool) -> bool {
    for (x, &i) in bucket.iter().enumerate() {
        for &j in bucket[x + 1..].iter().take(MAX_BUCKET) {
            if i != j && sets.find(i) != sets.find(j) && test(i, j) {
                sets.union(i, j);
            }
        }
    }
    bucket.len() > MAX_BUCKET + 1
}

/// Groups distinct keys that are the same name up to `near`, comparing only keys that share
/// a deletion variant of the key or of one of its other `forms` (the folded spellings behind
/// it, which the key may have simplified). Then keys of at least `FAR_MIN` letters that share
/// a variant with two letters deleted, two slips apart, join when `far` accepts them. Returns
/// the group id of each key. Buckets larger than `MAX_BUCKET` are compared in part, and
/// counted in `cut`.
pub(super) fn cluster_keys(
    keys: &[String],
    forms: &[Vec<String>],
    near: impl Fn(usize, usize) -> bool,
    far: impl Fn(usize, usize) -> bool,
    cut: &mut usize,
) -> Vec<usize> {
    // Each key's spellings and their one-letter deletions, by the hash of their characters
    // (`variant_hashes`: no string built per variant), in one sorted vector of (hash, key)
    // (`pack`): a bucket is a run of one hash, its keys in order. Equal hashes of different
    // variants only cost a comparison more.
    let mut index: Vec<u128> = Vec::new();
    let mut variants: Vec<u64> = Vec::new();
    for (i, k) in keys.iter().enumerate() {
        variants.clear();
        for f in std::iter::once(k).chain(forms.get(i).into_iter().flatten()) {
            variant_hashes(f, &mut variants);
        }
        variants.sort_unstable();
        variants.dedup();
        index.extend(variants.iter().map(|&v| pack(v, i)));
    }
    index.sort_unstable();
    let mut buckets: Vec<Vec<usize>> = index
        .chunk_by(|a, b| a >> 64 == b >> 64)
        .map(|run| run.iter().map(|&e| unpack(e)).collect())
        .collect();
    drop(index);
    buckets.sort_unstable();
    let mut sets = Sets::new(keys.len());
    for bucket in &buckets {
        *cut += usize::from(join_bucket(bucket, &mut sets, &near));
    }
    drop(buckets);

    // Variants with two letters deleted, indexed by their hash (`CharHashes`: no string built
    // per variant); a collision only costs one more `far` call. The index is one sorted vector
    // of (hash, key) (`pack`): a bucket is a run of one hash, its keys in order (a map of
    // vectors cost a vector per variant).
    let mut index: Vec<u128> = Vec::new();
    for (i, k) in keys.iter().enumerate() {
        let h = CharHashes::new(k);
        let n = h.chars();
        if !(FAR_MIN..=MAX_FUZZY_CHARS).contains(&n) {
            continue;
        }
        let mut variants = Vec::with_capacity(n * (n - 1) / 2);
        for a in 0..n {
            variants.extend((a + 1..n).map(|b| h.without_two(a, b)));
        }
        variants.sort_unstable();
        variants.dedup();
        index.extend(variants.into_iter().map(|v| pack(v, i)));
    }
    index.sort_unstable();
    let mut buckets: Vec<Vec<usize>> = index
        .chunk_by(|a, b| a >> 64 == b >> 64)
        .filter(|run| run.len() >= 2)
        .map(|run| run.iter().map(|&e| unpack(e)).collect())
        .collect();
    buckets.sort_unstable();
    for bucket in &buckets {
        *cut += usize::from(join_bucket(bucket, &mut sets, &far));
    }
    (0..keys.len()).map(|i| sets.find(i)).collect()
}

/// The distinct `keys`, sorted. They are made distinct first: most are shared by many
/// mentions, and sorting strings is dear.
fn distinct_sorted<'k>(keys: impl Iterator<Item = &'k str>) -> Vec<String> {
    let mut seen: rustc_hash::FxHashSet<&str> = Default::default();
    let mut out: Vec<String> = keys
        .filter(|k| seen.insert(k))
        .map(str::to_string)
        .collect();
    out.sort_unstable();
    out
}

/// A variant's hash and its key's place as one integer, so that the index sorts by hash,
/// then key, on one comparison (a tuple compared field by field sorted slower).
fn pack(hash: u64, key: usize) -> u128 {
    (u128::from(hash) << 64) | key as u128
}

/// The key's place of a `pack`ed entry.
fn unpack(entry: u128) -> usize {
    (entry & u128::from(u64::MAX)) as usize
}

/// Appends to `out` the hash of `word` and, for a word of three characters or more that is
/// `fuzzy_short`, the hash of each word made by leaving out one of its characters
/// (`CharHashes`).
fn variant_hashes(word: &str, out: &mut Vec<u64>) {
    let h = CharHashes::new(word);
    out.push(h.whole());
    if h.chars() < 3 || !fuzzy_short(word) {
        return;
    }
    out.extend((0..h.chars()).map(|a| h.without(a)));
}

/// Whether two keys of at least `FAR_MIN` letters are two slips apart and alike enough to be
/// one name misspelled twice: the same first letter, two letters changed, added, dropped or
/// swapped, and the Jaro-Winkler similarity of `similar_keys`.
fn far_keys(a: &str, b: &str, t: &Thresholds) -> bool {
    a.chars().count().min(b.chars().count()) >= FAR_MIN
        && a.chars().next() == b.chars().next()
        && strsim::osa_distance(a, b) == 2
        && similarity(a, b) >= t.min_similarity.unwrap_or(0.88)
}

/// Whether two keys are one slip apart in a short name where `similar_keys` does not trust
/// the string alone: one letter changed ("Lynch" / "Lyhch": a changed letter in a short word
/// often makes another word, Boston / Bolton), or one dropped below `min_length` ("Gupta" /
/// "Gupt"). `short_confirmed` decides.
fn short_keys(a: &str, b: &str, t: &Thresholds) -> bool {
    let (la, lb) = (a.chars().count(), b.chars().count());
    let min_len = t.min_length.unwrap_or(5);
    la.min(lb) >= 4
        && la.max(lb) >= min_len
        && la.min(lb) < FAR_MIN
        && a.chars().next() == b.chars().next()
        && edits(a, b) == 1
        && (la == lb || la.min(lb) < min_len)
        && similarity(a, b) >= t.min_similarity.unwrap_or(0.88)
}

/// What the articles say around the mentions of one key, to confirm two spellings two slips
/// apart as one name.
#[derive(Debug, Default)]
pub(super) struct KeyContext {
    kinds: BTreeSet<ClaimKind>,
    /// Mentions per article.
    articles: BTreeMap<usize, usize>,
    /// Titles and roles written before it, folded.
    roles: BTreeSet<String>,
    /// Full given names written with it (people), as keys.
    given: BTreeSet<String>,
    /// The last word of every other name in its sentences, as keys.
    neighbours: BTreeSet<String>,
}

impl KeyContext {
    /// Whether both name one kind of thing.
    fn same_kind(&self, other: &KeyContext) -> bool {
        self.kinds.len() == 1 && self.kinds == other.kinds
    }

    /// Whether both are written with one full given name or one title.
    fn given_or_title_shared(&self, other: &KeyContext) -> bool {
        !self.given.is_disjoint(&other.given) || !self.roles.is_disjoint(&other.roles)
    }
}

/// The names of each sentence, and the key of each name's last word: computed once a corpus,
/// for the neighbours of every `KeyContext`.
pub(super) struct SentenceNames {
    last_key: Vec<String>,
    in_sentence: HashMap<(usize, usize), Vec<usize>>,
}

impl SentenceNames {
    pub(super) fn new(corpus: &Corpus, rules: &RuleSet) -> SentenceNames {
        let claims = &corpus.claims;
        let mut last_key: Vec<String> = vec![String::new(); claims.len()];
        let mut in_sentence: HashMap<(usize, usize), Vec<usize>> = HashMap::default();
        for (i, c) in claims.iter().enumerate().filter(|(_, c)| c.kind.is_name()) {
            let name = name_of(c);
            last_key[i] = match_key(&rules.translit, name.rsplit(' ').next().unwrap_or(name));
            in_sentence
                .entry((c.article, c.sentence.start))
                .or_default()
                .push(i);
        }
        SentenceNames {
            last_key,
            in_sentence,
        }
    }
}

/// The context of each key, from the claims written with it (`mentions`: claim, key index),
/// each of kind `kind` when given (the people, whatever the extractor typed a lone surname).
pub(super) fn key_contexts(
    corpus: &Corpus,
    rules: &RuleSet,
    sentences: &SentenceNames,
    mentions: &[(usize, usize)],
    n: usize,
    kind: Option<ClaimKind>,
) -> Vec<KeyContext> {
    let tr = &rules.translit;
    let claims = &corpus.claims;
    let SentenceNames {
        last_key,
        in_sentence,
    } = sentences;
    let mut out: Vec<KeyContext> = (0..n).map(|_| KeyContext::default()).collect();
    for &(ci, k) in mentions {
        let c = &claims[ci];
        let ctx = &mut out[k];
        ctx.kinds.insert(kind.unwrap_or(c.kind));
        *ctx.articles.entry(c.article).or_default() += 1;
        if let Some(r) = &c.role {
            ctx.roles.insert(fold(r));
        }
        if kind.unwrap_or(c.kind) == ClaimKind::Person
            && let Some(GivenName::Full(g)) = parse_person(name_of(c)).given.first()
        {
            ctx.given.insert(tr.key(g));
        }
        let own = &last_key[ci];
        for &o in &in_sentence[&(c.article, c.sentence.start)] {
            let other = &last_key[o];
            if o != ci && other != own && !ctx.neighbours.contains(other) {
                ctx.neighbours.insert(other.clone());
            }
        }
    }
    out
}

/// Whether the articles confirm two short spellings one slip apart as one name: both name one
/// kind of thing, no article writes both but as a slip, and they share a full given name or a
/// title, or one of them is a `slip` of the other. Other names around them are not enough
/// here: Boston and Bolton may both be near Massachusetts.
pub(super) fn short_confirmed(a: &KeyContext, b: &KeyContext) -> bool {
    a.same_kind(b) && apart(a, b) && (a.given_or_title_shared(b) || slip(a, b))
}

/// Whether one of two spellings is a slip of the other: written once in the whole corpus, in
/// an article that writes the other at least twice, the other being written in other
/// articles too. Only a slip overrides a derived form ("Gupt" / "Gupta"); a given name or
/// title in common does not ("Indianapolis Colt" / "Indianapolis Colts").
fn slip(a: &KeyContext, b: &KeyContext) -> bool {
    let once_among = |v: &KeyContext, c: &KeyContext| {
        v.articles.values().sum::<usize>() == 1
            && c.articles.len() >= 2
            && v.articles
                .keys()
                .all(|art| c.articles.get(art).is_some_and(|&n| n >= 2))
    };
    once_among(a, b) || once_among(b, a)
}

/// Whether no article writes both spellings, unless one of them once among repeats of the
/// other (a slip).
fn apart(a: &KeyContext, b: &KeyContext) -> bool {
    a.articles
        .iter()
        .all(|(art, &na)| match b.articles.get(art) {
            Some(&nb) => (na == 1 && nb >= 2) || (nb == 1 && na >= 2),
            None => true,
        })
}

/// Whether the articles confirm two spellings two slips apart as one name: both name one kind
/// of thing; no article writes both (unless one of them once, among repeats of the other: a
/// slip); and they share a full given name, a title, or another name in their sentences.
/// Context, not string distance alone: "Medicaid" and "Medicare" are written side by side.
pub(super) fn far_confirmed(a: &KeyContext, b: &KeyContext, keys: (&str, &str)) -> bool {
    let neighbour_shared = || {
        a.neighbours
            .intersection(&b.neighbours)
            .any(|n| n != keys.0 && n != keys.1)
    };
    a.same_kind(b) && apart(a, b) && (a.given_or_title_shared(b) || neighbour_shared())
}

pub(super) fn name_of(c: &Claim) -> &str {
    match &c.value {
        Value::Name(s) => s,
        _ => &c.text,
    }
}

/// Each name's reading: its key, and whether it is a person's (with the reading as a person's
/// name and the key of its surname) or another name's.
struct Readings {
    /// The keys of the distinct spellings, and for each claim the index of its spelling's key
    /// (`u32::MAX` for claims that are not names).
    key_list: Vec<String>,
    name_ids: Vec<u32>,
    /// The people: claim and reading, and the key of each one's surname.
    people: Vec<(usize, PersonName)>,
    surname_keys: Vec<String>,
    /// The claims of the other names: places and organisations.
    others: Vec<usize>,
}

fn read_names(corpus: &Corpus, rules: &RuleSet, t: &Thresholds) -> Readings {
    let claims = &corpus.claims;
    let tr = &rules.translit;

    // Each name's reading as a person's name, and the keys of the name and of its surname:
    // computed once (every step below asks for them again and again), the keys once per
    // distinct spelling, on all cores.
    let mut parsed: Vec<Option<PersonName>> = claims
        .par_iter()
        .map(|c| c.kind.is_name().then(|| parse_person(name_of(c))))
        .collect();
    let (key_list, name_ids, surname_ids) = {
        let mut ids: HashMap<&str, u32> = HashMap::default();
        let mut distinct: Vec<&str> = Vec::new();
        let mut id = |s| {
            *ids.entry(s).or_insert_with(|| {
                distinct.push(s);
                u32::try_from(distinct.len() - 1).unwrap_or(u32::MAX)
            })
        };
        let mut name_ids = vec![u32::MAX; claims.len()];
        let mut surname_ids = vec![u32::MAX; claims.len()];
        for (i, (c, p)) in claims.iter().zip(&parsed).enumerate() {
            if let Some(p) = p {
                name_ids[i] = id(name_of(c));
                surname_ids[i] = id(p.surname.as_str());
            }
        }
        let keys: Vec<String> = distinct.par_iter().map(|n| match_key(tr, n)).collect();
        (keys, name_ids, surname_ids)
    };
    let name_key = |i: usize| {
        key_list
            .get(name_ids[i] as usize)
            .map_or("", String::as_str)
    };
    let surname_key = |i: usize| {
        key_list
            .get(surname_ids[i] as usize)
            .map_or("", String::as_str)
    };

    // Surnames of people named with a given name or initial, anywhere in the corpus: a lone
    // capitalised word with one of these keys is that person, not a place.
    let mut person_surnames: BTreeSet<String> = BTreeSet::new();
    // And how often each article writes a person's surname: a lone word one slip from a
    // surname its article writes at least twice ("Gupt" beside "Sanjay Gupta", "Gupta") is
    // that person misspelled, left for `short_confirmed` to judge.
    let mut surname_counts: BTreeMap<(usize, String), usize> = BTreeMap::new();
    for (i, (c, parsed)) in claims.iter().zip(&parsed).enumerate() {
        let Some(p) = parsed.as_ref().filter(|_| c.kind == ClaimKind::Person) else {
            continue;
        };
        if !p.given.is_empty() {
            person_surnames.insert(surname_key(i).to_string());
        }
        *surname_counts
            .entry((c.article, surname_key(i).to_string()))
            .or_default() += 1;
    }
    let slip_of_surname = |c: &Claim, key: &str| {
        surname_counts
            .range((c.article, String::new())..)
            .take_while(|((a, _), _)| *a == c.article)
            .any(|((_, s), &n)| n >= 2 && short_keys(key, s, t))
    };

    let mut is_person = vec![false; claims.len()];
    let mut others: Vec<usize> = Vec::new();
    for (i, c) in claims.iter().enumerate() {
        if !c.kind.is_name() {
            continue;
        }
        let name = name_of(c);
        let single = !name.contains(' ');
        is_person[i] = c.kind == ClaimKind::Person
            || (single && !rules.places.contains(name) && {
                let key = name_key(i);
                person_surnames.contains(key) || slip_of_surname(c, key)
            });
        if !is_person[i] {
            others.push(i);
        }
    }
    let mut people: Vec<(usize, PersonName)> = Vec::new();
    let mut surname_keys: Vec<String> = Vec::new();
    for (i, parsed) in parsed.iter_mut().enumerate() {
        if is_person[i]
            && let Some(p) = parsed.take()
        {
            people.push((i, p));
            surname_keys.push(surname_key(i).to_string());
        }
    }
    // The other names' readings as people are not asked for again.
    drop(parsed);

    Readings {
        key_list,
        name_ids,
        people,
        surname_keys,
        others,
    }
}

pub(super) fn align_names(corpus: &Corpus, rules: &RuleSet, out: &mut Alignment) {
    let t = rules.thresholds(Check::NameSpelling);
    // The names of each sentence do not depend on the readings: both at once.
    let (sentences, readings) = rayon::join(
        || SentenceNames::new(corpus, rules),
        || read_names(corpus, rules, &t),
    );
    let Readings {
        key_list,
        name_ids,
        people,
        surname_keys,
        others,
    } = readings;
    let name_key = |i: usize| {
        key_list
            .get(name_ids[i] as usize)
            .map_or("", String::as_str)
    };
    // People and the other names are clustered apart, so at once; the people's entities come
    // first, in the order `align_people` sorts them, then the others in theirs.
    let mut people_out = Alignment::default();
    let (_, (others_entities, others_cut)) = rayon::join(
        || {
            align_people(
                corpus,
                rules,
                &t,
                &sentences,
                &people,
                &surname_keys,
                &mut people_out,
            )
        },
        || align_others(corpus, rules, &t, &sentences, &others, &name_key),
    );
    out.entities.append(&mut people_out.entities);
    out.entities.extend(others_entities);
    out.initial_conflicts
        .append(&mut people_out.initial_conflicts);
    out.groups_cut += people_out.groups_cut + others_cut;
}

/// The places and organisations (`others`: the claims of the names that are not people), one
/// entity per group of close spellings, and how many groups were compared in part.
fn align_others<'k>(
    corpus: &Corpus,
    rules: &RuleSet,
    t: &Thresholds,
    sentences: &SentenceNames,
    others: &[usize],
    name_key: &(dyn Fn(usize) -> &'k str + Sync),
) -> (Vec<Entity>, usize) {
    let claims = &corpus.claims;
    let tr = &rules.translit;
    let mut entities: Vec<Entity> = Vec::new();
    let mut groups_cut = 0;

    // Places and organisations: one entity per group of close spellings, except names that
    // are both known places (Iran / Iraq, or one place's names in two languages).
    let keys = distinct_sorted(others.iter().map(|&i| name_key(i)));
    // Each mention as (claim, its key's place in `keys`).
    let mentions: Vec<(usize, usize)> = others
        .iter()
        .filter_map(|&i| {
            let k = keys
                .binary_search_by(|k| k.as_str().cmp(name_key(i)))
                .ok()?;
            Some((i, k))
        })
        .collect();
    // Each key's first spelling, and what the comparisons below ask of it, once per key (they
    // are asked for every pair of close keys).
    let mut examples: Vec<&str> = vec![""; keys.len()];
    let mut seen = vec![false; keys.len()];
    for &(i, k) in &mentions {
        if !seen[k] {
            seen[k] = true;
            examples[k] = name_of(&claims[i]);
        }
    }
    let acronym: Vec<bool> = examples.par_iter().map(|a| has_acronym(a)).collect();
    let place: Vec<bool> = examples
        .par_iter()
        .map(|a| rules.places.contains(a))
        .collect();
    // Names that are never one name misspelled; a word and its derived form ("Africa" /
    // "African") only unless the context confirms a slip ("Gupt" once beside "Gupta").
    let different = |i: usize, j: usize| {
        acronym[i]
            || acronym[j]
            || (place[i] && place[j])
            || rules.aliases.distinct_names(examples[i], examples[j])
    };
    let distinct = |i: usize, j: usize| different(i, j) || tr.derived(examples[i], examples[j]);
    let context = key_contexts(corpus, rules, sentences, &mentions, keys.len(), None);
    let groups = cluster_keys(
        &keys,
        &[],
        |i, j| {
            (similar_keys(&keys[i], &keys[j], t) && !distinct(i, j))
                || (short_keys(&keys[i], &keys[j], t)
                    && short_confirmed(&context[i], &context[j])
                    && !different(i, j)
                    && (!distinct(i, j) || slip(&context[i], &context[j])))
        },
        |i, j| {
            far_keys(&keys[i], &keys[j], t)
                && !distinct(i, j)
                && far_confirmed(&context[i], &context[j], (&keys[i], &keys[j]))
        },
        &mut groups_cut,
    );
    let mut by_group: BTreeMap<usize, Vec<Mention>> = BTreeMap::new();
    for &(i, k) in &mentions {
        let name = name_of(&claims[i]);
        by_group.entry(groups[k]).or_default().push(Mention {
            claim: i,
            form: name.to_string(),
            given: None,
            alias: rules.aliases.lookup(name),
        });
    }
    // Names of one alias group are one entity; a spelling that is no listed name (a
    // misspelling, a transliteration) goes with the listed name of its cluster.
    let mut by_alias: BTreeMap<usize, usize> = BTreeMap::new();
    for (_, mut mentions) in by_group {
        let listed = mentions.iter().find_map(|m| m.alias);
        for m in &mut mentions {
            m.alias = m.alias.or(listed);
        }
        match listed.and_then(|(g, _)| by_alias.get(&g)) {
            Some(&e) => entities[e].mentions.extend(mentions),
            None => {
                if let Some((g, _)) = listed {
                    by_alias.insert(g, entities.len());
                }
                entities.push(Entity {
                    person: false,
                    mentions,
                });
            }
        }
    }
    for &e in by_alias.values() {
        entities[e].mentions.sort_by_key(|m| m.claim);
    }
    (entities, groups_cut)
}

pub(super) fn align_people(
    corpus: &Corpus,
    rules: &RuleSet,
    t: &Thresholds,
    sentences: &SentenceNames,
    people: &[(usize, PersonName)],
    surname_keys: &[String],
    out: &mut Alignment,
) {
    let tr = &rules.translit;
    let claims = &corpus.claims;
    let keys = distinct_sorted(surname_keys.iter().map(String::as_str));
    // The key of `people[n]`'s surname, as its place in `keys`.
    let key_at: Vec<usize> = surname_keys
        .iter()
        .map(|k| keys.binary_search(k).unwrap_or(0))
        .collect();
    let mut sample: Vec<&str> = vec![""; keys.len()];
    // The folded spellings behind each key ("pennings" behind "penings"), and the full given
    // names written with it.
    let mut folded: Vec<Vec<String>> = vec![Vec::new(); keys.len()];
    let mut given: Vec<BTreeSet<String>> = vec![BTreeSet::new(); keys.len()];
    for (&k, (_, p)) in key_at.iter().zip(people) {
        if sample[k].is_empty() {
            sample[k] = &p.surname;
        }
        let f = fold(&p.surname);
        if !folded[k].contains(&f) {
            folded[k].push(f);
        }
        if let Some(GivenName::Full(g)) = p.given.first() {
            given[k].insert(tr.key(g));
        }
    }
    let family = |i: usize, j: usize| tr.distinct_family_forms(sample[i], sample[j]);
    let distinct = |i: usize, j: usize| family(i, j) || tr.derived(sample[i], sample[j]);
    let mentions: Vec<(usize, usize)> = people
        .iter()
        .zip(&key_at)
        .map(|((c, _), &k)| (*c, k))
        .collect();
    let context = key_contexts(
        corpus,
        rules,
        sentences,
        &mentions,
        keys.len(),
        Some(ClaimKind::Person),
    );
    let groups = cluster_keys(
        &keys,
        &folded,
        |i, j| {
            let close = similar_keys(&keys[i], &keys[j], t)
                || folded[i]
                    .iter()
                    .any(|a| folded[j].iter().any(|b| similar_keys(a, b, t)));
            // One slip in a short surname ("Trmp") when both are written with the same
            // given name ("Donald Trump"): the given name says it is one person. Or the
            // context confirms it (`short_confirmed`); a derived form ("Gupt" / "Gupta",
            // "Britney Spear" / "Britney Spears") is then no objection when one is a slip of
            // the other.
            let same_given = !given[i].is_disjoint(&given[j])
                && keys[i].chars().count().min(keys[j].chars().count()) >= 3
                && keys[i].chars().next() == keys[j].chars().next()
                && strsim::osa_distance(&keys[i], &keys[j]) == 1;
            let confirmed =
                short_keys(&keys[i], &keys[j], t) && short_confirmed(&context[i], &context[j]);
            ((close || same_given || confirmed) && !distinct(i, j))
                || ((confirmed || same_given) && !family(i, j) && slip(&context[i], &context[j]))
        },
        |i, j| {
            far_keys(&keys[i], &keys[j], t)
                && !distinct(i, j)
                && far_confirmed(&context[i], &context[j], (&keys[i], &keys[j]))
        },
        &mut out.groups_cut,
    );
    let mut by_group: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for (n, &k) in key_at.iter().enumerate() {
        by_group.entry(groups[k]).or_default().push(n);
    }

    for (_, members) in by_group {
        // Full given names first: people told apart by them.
        let full: Vec<usize> = members
            .iter()
            .copied()
            .filter(|&n| matches!(people[n].1.given.first(), Some(GivenName::Full(_))))
            .collect();
        // Compare distinct given names only: a surname shared by many mentions has few.
        let mut given_keys: Vec<String> = full
            .iter()
            .map(|&n| match &people[n].1.given[0] {
                GivenName::Full(g) => g.to_lowercase(),
                GivenName::Initial(_) => String::new(),
            })
            .collect();
        given_keys.sort();
        given_keys.dedup();
        let mut first_with: Vec<usize> = vec![usize::MAX; given_keys.len()];
        let key_pos = |n: usize| match &people[n].1.given[0] {
            GivenName::Full(g) => given_keys.binary_search(&g.to_lowercase()).unwrap_or(0),
            GivenName::Initial(_) => 0,
        };
        for &n in &full {
            let k = key_pos(n);
            if first_with[k] == usize::MAX {
                first_with[k] = n;
            }
        }
        let mut sets = Sets::new(given_keys.len());
        let crowded = given_keys.len() > MAX_GROUP_PEOPLE;
        out.groups_cut += usize::from(crowded);
        for a in (0..given_keys.len()).filter(|_| !crowded) {
            for b in a + 1..given_keys.len() {
                let (pa, pb) = (&people[first_with[a]].1, &people[first_with[b]].1);
                if people_compatible(pa, pb, rules) {
                    sets.union(a, b);
                }
            }
        }
        let mut persons: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
        for &n in &full {
            let root = first_with[sets.find(key_pos(n))];
            persons.entry(root).or_default().push(n);
        }
        // Initials and surnames alone join the one person they fit, in their article first
        // (only there, when too many people share the surname to look at each).
        let crowded = crowded || persons.len() > MAX_GROUP_PEOPLE;
        let is_full: BTreeSet<usize> = full.iter().copied().collect();
        let mut by_article: BTreeMap<usize, BTreeSet<usize>> = BTreeMap::new();
        for (&root, ms) in &persons {
            for &m in ms {
                by_article
                    .entry(claims[people[m].0].article)
                    .or_default()
                    .insert(root);
            }
        }
        let mut loose: Vec<usize> = Vec::new();
        for &n in &members {
            if is_full.contains(&n) {
                continue;
            }
            let p = &people[n].1;
            let article = claims[people[n].0].article;
            let fits = |root: &usize| -> bool {
                match p.given.first() {
                    Some(g) => persons[root]
                        .iter()
                        .filter_map(|&m| people[m].1.given.first())
                        .any(|h| given_compatible(g, h, rules)),
                    None => true,
                }
            };
            let in_article: Vec<usize> = by_article
                .get(&article)
                .into_iter()
                .flatten()
                .copied()
                .filter(|r| fits(r))
                .collect();
            let anywhere: Vec<usize> = if crowded {
                in_article.clone()
            } else {
                persons.keys().copied().filter(|r| fits(r)).collect()
            };
            let target = match (in_article.as_slice(), anywhere.as_slice()) {
                ([r], _) => Some(*r),
                ([], [r]) => Some(*r),
                _ => None,
            };
            match target {
                Some(r) => persons.get_mut(&r).unwrap().push(n),
                None if anywhere.is_empty() => loose.push(n),
                None => {} // ambiguous: several people fit
            }
        }
        // One person of this surname named in full, and elsewhere only an initial that
        // contradicts the given name ("Wilbur Ross" / "U. Ross"), in another article or in the
        // same one: a wrong initial. Not when several people share the surname (a relative
        // is named in full).
        if persons.len() == 1 {
            let named = &persons[persons.keys().next().unwrap()];
            // Every letter any given name or initial of that person starts with.
            let letters: BTreeSet<char> = named
                .iter()
                .flat_map(|&m| &people[m].1.given)
                .filter_map(|g| match g {
                    GivenName::Full(f) => fold(f).chars().next(),
                    GivenName::Initial(l) => l.first().copied(),
                })
                .collect();
            // Initials only, one or two of them ("W.", "A.J."; "W. H. O." is an acronym).
            let initials_only = |n: usize| {
                let g = &people[n].1.given;
                !g.is_empty()
                    && g.iter().all(|g| matches!(g, GivenName::Initial(_)))
                    && g.iter()
                        .map(|g| match g {
                            GivenName::Initial(l) => l.len(),
                            GivenName::Full(_) => 0,
                        })
                        .sum::<usize>()
                        <= 2
            };
            let loose_initials: Vec<usize> = loose
                .iter()
                .copied()
                .filter(|&n| initials_only(n))
                .collect();
            let wrong: Vec<usize> = loose_initials
                .iter()
                .copied()
                .filter(|&n| match people[n].1.given.first() {
                    Some(GivenName::Initial(l)) => l.first().is_some_and(|c| !letters.contains(c)),
                    _ => false,
                })
                .collect();
            let surname_ok = fold(&people[named[0]].1.surname)
                .chars()
                .filter(|c| c.is_alphabetic())
                .count()
                >= 3;
            if surname_ok && !wrong.is_empty() && wrong.len() == loose_initials.len() {
                let mut group: Vec<usize> = named
                    .iter()
                    .filter(|&&m| matches!(people[m].1.given.first(), Some(GivenName::Full(_))))
                    .chain(&wrong)
                    .map(|&m| people[m].0)
                    .collect();
                group.sort();
                out.initial_conflicts.push(group);
            }
        }
        // People known only by initials or surname: group by first initial, and report
        // contradicting initials inside one article.
        let mut by_initial: BTreeMap<Option<char>, Vec<usize>> = BTreeMap::new();
        let mut bare: Vec<usize> = Vec::new();
        for &n in &loose {
            match people[n].1.given.first() {
                Some(GivenName::Initial(l)) => {
                    by_initial.entry(l.first().copied()).or_default().push(n)
                }
                _ => bare.push(n),
            }
        }
        if by_initial.len() >= 2 {
            // Each article's claims, and the initials they give.
            let mut per_article: BTreeMap<usize, (Vec<usize>, BTreeSet<Option<char>>)> =
                BTreeMap::new();
            for (initial, ns) in &by_initial {
                for &n in ns {
                    let entry = per_article.entry(claims[people[n].0].article).or_default();
                    entry.0.push(people[n].0);
                    entry.1.insert(*initial);
                }
            }
            for (_, (mut cs, initials)) in per_article {
                if initials.len() >= 2 {
                    cs.sort();
                    out.initial_conflicts.push(cs);
                }
            }
            // Across articles, only when the context says it is one person: two initials
            // with one title ("the minister R. Ivanov" / "the minister B. Ivanov"), each
            // article using one initial. Without the title, two people may share the surname.
            let role_of = |n: usize| claims[people[n].0].role.as_deref().map(fold);
            let mut by_role: BTreeMap<String, BTreeMap<Option<char>, Vec<usize>>> = BTreeMap::new();
            for (initial, ns) in &by_initial {
                for &n in ns {
                    if let Some(r) = role_of(n) {
                        by_role
                            .entry(r)
                            .or_default()
                            .entry(*initial)
                            .or_default()
                            .push(n);
                    }
                }
            }
            for groups in by_role.values() {
                if groups.len() != 2 {
                    continue;
                }
                let articles: Vec<BTreeSet<usize>> = groups
                    .values()
                    .map(|ns| ns.iter().map(|&n| claims[people[n].0].article).collect())
                    .collect();
                if !articles[0].is_disjoint(&articles[1]) {
                    continue; // one article with both: reported above
                }
                let mut cs: Vec<usize> = groups.values().flatten().map(|&n| people[n].0).collect();
                cs.sort();
                out.initial_conflicts.push(cs);
            }
        }
        if by_initial.len() <= 1 {
            // One initial (or none): all the loose mentions are one person.
            let all: Vec<usize> = by_initial.into_values().flatten().chain(bare).collect();
            if let Some(&first) = all.first() {
                persons.insert(first, all);
            }
        } else {
            for (_, ns) in by_initial {
                persons.insert(ns[0], ns);
            }
            if !bare.is_empty() {
                persons.insert(bare[0], bare);
            }
        }
        for (_, mut ns) in persons {
            ns.sort_by_key(|&n| people[n].0);
            out.entities.push(Entity {
                person: true,
                mentions: ns
                    .iter()
                    .map(|&n| Mention {
                        claim: people[n].0,
                        form: people[n].1.surname.clone(),
                        given: match people[n].1.given.first() {
                            Some(GivenName::Full(g)) => Some(g.clone()),
                            _ => None,
                        },
                        alias: None,
                    })
                    .collect(),
            });
        }
    }
    out.entities
        .sort_by_key(|e| e.mentions.first().map(|m| m.claim));
}

/// The entity each name claim belongs to.
pub(super) fn entity_index(al: &Alignment, n: usize) -> Vec<Option<usize>> {
    let mut out = vec![None; n];
    for (e, ent) in al.entities.iter().enumerate() {
        for m in &ent.mentions {
            out[m.claim] = Some(e);
        }
    }
    out
}
