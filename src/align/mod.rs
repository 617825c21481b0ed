//! Alignment: which claims, in different articles or in one, are about the same person,
//! place, event or quantity.
//!
//! - Names are clustered on normalised keys (`normalize::Translit::key`). Keys are blocked by a
//!   deletion neighbourhood (every key and every key with one letter dropped), so only keys one
//!   or two edits apart are ever compared: no all-pairs loop. People are then told apart by
//!   their given names: an initial agrees with a given name it starts, a surname alone joins the
//!   one person of that surname in its article (or in the corpus), and two different given names
//!   are two people.
//! - Dates and figures are paired through an inverted index of the content words and names
//!   around them: two claims of the same kind and unit are compared only when they share
//!   enough rare context words, and never inside one article.
//!
//! This module decides what is comparable; `rules::evaluate` decides what disagrees.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use crate::knowledge::lang::{Lang, Marker, MarkerAt};
use crate::knowledge::normalize::{edits, fold, similarity};
use crate::knowledge::ruleset::{Check, RuleSet, Thresholds};
use crate::model::Corpus;
use crate::model::{Claim, ClaimKind, DateValue, Span, Value};
use crate::text::{TokKind, tokenize};

/// One entity and the claims that name it.
#[derive(Debug, Clone)]
pub struct Entity {
    pub person: bool,
    pub mentions: Vec<Mention>,
}

/// A claim naming an entity, with the parts of the name that spellings are compared on.
#[derive(Debug, Clone)]
pub struct Mention {
    pub claim: usize,
    /// The compared form: a person's surname, or the whole name of a place or organisation.
    pub form: String,
    /// A person's first given name written in full, if any.
    pub given: Option<String>,
    /// For a place or organisation named by an alias group (`rules/aliases.toml`): the
    /// group and the name of the group this spelling is (or misspells). Spellings are
    /// compared only between mentions of one name.
    pub alias: Option<(usize, usize)>,
}

/// Two date or figure claims about the same fact.
#[derive(Debug, Clone)]
pub struct Pair {
    pub a: usize,
    pub b: usize,
    /// The context words the two claims share, as written around `a`.
    pub subject: String,
}

#[derive(Debug, Clone, Default)]
pub struct Alignment {
    pub entities: Vec<Entity>,
    /// Groups of claims giving one person different initials: inside one article with no full
    /// given name, or an initial in some articles that contradicts the one given name the
    /// others write.
    pub initial_conflicts: Vec<Vec<usize>>,
    /// Pairs of dates about one event.
    pub dates: Vec<Pair>,
    /// Pairs of figures about one quantity.
    pub figures: Vec<Pair>,
}

pub fn align(corpus: &Corpus, rules: &RuleSet) -> Alignment {
    let mut out = Alignment::default();
    align_names(corpus, rules, &mut out);
    let entity_of = entity_index(&out, corpus.claims.len());
    let date_t = rules.thresholds(Check::DateMismatch);
    let mut figure_t = rules.thresholds(Check::FigureMismatch);
    if figure_t == Thresholds::default() {
        figure_t = rules.thresholds(Check::FigureScale);
    }
    let person: Vec<bool> = out.entities.iter().map(|e| e.person).collect();
    let contexts = Contexts::build(corpus, rules, &entity_of, &person, &date_t, &figure_t);
    out.dates = contexts.pairs(corpus, |c| c.kind == ClaimKind::Date, &date_t);
    out.figures = contexts.pairs(corpus, |c| c.kind.is_figure(), &figure_t);
    out
}

// ---------------------------------------------------------------------------------------
// Names

/// A person's name split into given names and surname.
#[derive(Debug, Clone)]
struct PersonName {
    /// Given names: `Some(word)` written in full, `None` for an initial.
    given: Vec<GivenName>,
    surname: String,
}

#[derive(Debug, Clone)]
enum GivenName {
    Full(String),
    /// The letters of an initial: "K.-J." → ['k', 'j'].
    Initial(Vec<char>),
}

fn parse_person(name: &str) -> PersonName {
    let words: Vec<&str> = name.split(' ').filter(|w| !w.is_empty()).collect();
    let surname = words.last().copied().unwrap_or("").to_string();
    let mut given = Vec::new();
    for w in &words[..words.len().saturating_sub(1)] {
        if w.chars().next().is_some_and(|c| c.is_lowercase()) {
            continue; // a particle
        }
        if w.ends_with('.') {
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
fn similar_keys(a: &str, b: &str, t: &Thresholds) -> bool {
    if a == b {
        return true;
    }
    let min_len = t.min_length.unwrap_or(5);
    let (la, lb) = (a.chars().count(), b.chars().count());
    if la < min_len || lb < min_len || a.chars().next() != b.chars().next() {
        return false;
    }
    let d = edits(a, b);
    let close = if la.min(lb) < 8 {
        (la != lb && d == 1) || (la == lb && d == 2 && strsim::osa_distance(a, b) == 1)
    } else {
        d <= t.max_edits.unwrap_or(2)
    };
    close && similarity(a, b) >= t.min_similarity.unwrap_or(0.88)
}

/// The key names are clustered on; an acronym is its own key, letters as written ("CNN" and
/// "CN" are different names).
fn match_key(tr: &crate::knowledge::normalize::Translit, name: &str) -> String {
    if has_acronym(name) {
        format!("={name}")
    } else {
        tr.key(name)
    }
}

/// Whether a name is, or contains, an acronym ("CNN", "AM PDT"): acronyms match only exactly.
fn has_acronym(name: &str) -> bool {
    name.split([' ', '-']).any(|w| {
        w.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !w.chars().any(|c| c.is_lowercase())
    })
}

/// Whether two given names can belong to one person.
fn given_compatible(a: &GivenName, b: &GivenName, rules: &RuleSet) -> bool {
    match (a, b) {
        (GivenName::Full(x), GivenName::Full(y)) => {
            // One letter apart in a long enough name, but not a short form and its long form
            // (Steve / Steven) nor names with different initials (Catherine / Katherine).
            let (kx, ky) = (rules.translit.key(x), rules.translit.key(y));
            kx == ky
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

/// Union-find over `n` items.
struct Sets {
    parent: Vec<usize>,
}

impl Sets {
    fn new(n: usize) -> Sets {
        Sets {
            parent: (0..n).collect(),
        }
    }

    fn find(&mut self, mut x: usize) -> usize {
        while self.parent[x] != x {
            self.parent[x] = self.parent[self.parent[x]];
            x = self.parent[x];
        }
        x
    }

    fn union(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            // The smaller index is the root, so groups come out in a stable order.
            let (lo, hi) = if ra < rb { (ra, rb) } else { (rb, ra) };
            self.parent[hi] = lo;
        }
    }
}

/// Groups distinct keys that are the same name up to `accept`, comparing only keys that share
/// a deletion variant of the key or of one of its other `forms` (the folded spellings behind
/// it, which the key may have simplified). Returns the group id of each key.
fn cluster_keys(
    keys: &[String],
    forms: &[Vec<String>],
    accept: impl Fn(usize, usize) -> bool,
) -> Vec<usize> {
    let mut index: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, k) in keys.iter().enumerate() {
        let mut variants = BTreeSet::new();
        for f in std::iter::once(k).chain(forms.get(i).into_iter().flatten()) {
            let chars: Vec<char> = f.chars().collect();
            variants.insert(f.clone());
            if chars.len() >= 3 {
                for skip in 0..chars.len() {
                    let v: String = chars
                        .iter()
                        .enumerate()
                        .filter(|&(j, _)| j != skip)
                        .map(|(_, c)| c)
                        .collect();
                    variants.insert(v);
                }
            }
        }
        for v in variants {
            index.entry(v).or_default().push(i);
        }
    }
    let mut sets = Sets::new(keys.len());
    let mut buckets: Vec<&Vec<usize>> = index.values().collect();
    buckets.sort();
    for bucket in buckets {
        for (x, &i) in bucket.iter().enumerate() {
            for &j in &bucket[x + 1..] {
                if i != j && sets.find(i) != sets.find(j) && accept(i, j) {
                    sets.union(i, j);
                }
            }
        }
    }
    (0..keys.len()).map(|i| sets.find(i)).collect()
}

fn name_of(c: &Claim) -> &str {
    match &c.value {
        Value::Name(s) => s,
        _ => &c.text,
    }
}

fn align_names(corpus: &Corpus, rules: &RuleSet, out: &mut Alignment) {
    let t = rules.thresholds(Check::NameSpelling);
    let claims = &corpus.claims;
    let tr = &rules.translit;

    // Surnames of people named with a given name or initial, anywhere in the corpus: a lone
    // capitalised word with one of these keys is that person, not a place.
    let mut person_surnames: BTreeSet<String> = BTreeSet::new();
    for c in claims.iter().filter(|c| c.kind == ClaimKind::Person) {
        let p = parse_person(name_of(c));
        if !p.given.is_empty() {
            person_surnames.insert(match_key(tr, &p.surname));
        }
    }

    let mut people: Vec<(usize, PersonName)> = Vec::new();
    let mut others: Vec<usize> = Vec::new();
    for (i, c) in claims.iter().enumerate() {
        if !c.kind.is_name() {
            continue;
        }
        let name = name_of(c);
        let single = !name.contains(' ');
        let is_person = c.kind == ClaimKind::Person
            || (single
                && person_surnames.contains(&match_key(tr, name))
                && !rules.places.contains(name));
        if is_person {
            people.push((i, parse_person(name)));
        } else {
            others.push(i);
        }
    }

    align_people(corpus, rules, &t, &people, out);

    // Places and organisations: one entity per group of close spellings, except names that
    // are both known places (Iran / Iraq, or one place's names in two languages).
    let mut keys: Vec<String> = others
        .iter()
        .map(|&i| match_key(tr, name_of(&claims[i])))
        .collect();
    keys.sort();
    keys.dedup();
    let mut examples: HashMap<&str, &str> = HashMap::new();
    for &i in &others {
        let name = name_of(&claims[i]);
        let k = keys
            .binary_search(&match_key(tr, name))
            .map(|p| keys[p].as_str());
        if let Ok(k) = k {
            examples.entry(k).or_insert(name);
        }
    }
    let groups = cluster_keys(&keys, &[], |i, j| {
        let (a, b) = (examples[keys[i].as_str()], examples[keys[j].as_str()]);
        let acronym = has_acronym(a) || has_acronym(b);
        let known_places = rules.places.contains(a) && rules.places.contains(b);
        let aliases = rules.aliases.distinct_names(a, b);
        similar_keys(&keys[i], &keys[j], &t)
            && !acronym
            && !known_places
            && !aliases
            && !tr.derived(a, b)
    });
    let mut by_group: BTreeMap<usize, Vec<Mention>> = BTreeMap::new();
    for &i in &others {
        let name = name_of(&claims[i]);
        let Ok(k) = keys.binary_search(&match_key(tr, name)) else {
            continue;
        };
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
            Some(&e) => out.entities[e].mentions.extend(mentions),
            None => {
                if let Some((g, _)) = listed {
                    by_alias.insert(g, out.entities.len());
                }
                out.entities.push(Entity {
                    person: false,
                    mentions,
                });
            }
        }
    }
    for &e in by_alias.values() {
        out.entities[e].mentions.sort_by_key(|m| m.claim);
    }
}

fn align_people(
    corpus: &Corpus,
    rules: &RuleSet,
    t: &Thresholds,
    people: &[(usize, PersonName)],
    out: &mut Alignment,
) {
    let tr = &rules.translit;
    let claims = &corpus.claims;
    let mut keys: Vec<String> = people
        .iter()
        .map(|(_, p)| match_key(tr, &p.surname))
        .collect();
    keys.sort();
    keys.dedup();
    let key_of = |p: &PersonName| keys.binary_search(&match_key(tr, &p.surname)).unwrap_or(0);
    let mut sample: Vec<&str> = vec![""; keys.len()];
    // The folded spellings behind each key ("pennings" behind "penings"), and the full given
    // names written with it.
    let mut folded: Vec<Vec<String>> = vec![Vec::new(); keys.len()];
    let mut given: Vec<BTreeSet<String>> = vec![BTreeSet::new(); keys.len()];
    for (_, p) in people {
        let k = key_of(p);
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
    let groups = cluster_keys(&keys, &folded, |i, j| {
        let close = similar_keys(&keys[i], &keys[j], t)
            || folded[i]
                .iter()
                .any(|a| folded[j].iter().any(|b| similar_keys(a, b, t)))
            // One slip in a short surname ("Trmp") when both are written with the same
            // given name ("Donald Trump"): the given name says it is one person.
            || (!given[i].is_disjoint(&given[j])
                && keys[i].chars().count().min(keys[j].chars().count()) >= 3
                && keys[i].chars().next() == keys[j].chars().next()
                && strsim::osa_distance(&keys[i], &keys[j]) == 1);
        close
            && !tr.distinct_family_forms(sample[i], sample[j])
            && !tr.derived(sample[i], sample[j])
    });
    let mut by_group: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for (n, (_, p)) in people.iter().enumerate() {
        by_group.entry(groups[key_of(p)]).or_default().push(n);
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
        for a in 0..given_keys.len() {
            for b in a + 1..given_keys.len() {
                let (ga, gb) = (
                    &people[first_with[a]].1.given[0],
                    &people[first_with[b]].1.given[0],
                );
                if given_compatible(ga, gb, rules) {
                    sets.union(a, b);
                }
            }
        }
        let mut persons: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
        for &n in &full {
            let root = first_with[sets.find(key_pos(n))];
            persons.entry(root).or_default().push(n);
        }
        // Initials and surnames alone join the one person they fit, in their article first.
        let mut loose: Vec<usize> = Vec::new();
        for &n in &members {
            if full.contains(&n) {
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
            let in_article: Vec<usize> = persons
                .keys()
                .copied()
                .filter(|r| fits(r))
                .filter(|r| {
                    persons[r]
                        .iter()
                        .any(|&m| claims[people[m].0].article == article)
                })
                .collect();
            let anywhere: Vec<usize> = persons.keys().copied().filter(|r| fits(r)).collect();
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
        // One person of this surname named in full, and in other articles only an initial
        // that contradicts the given name ("Wilbur Ross" / "U. Ross"): a wrong initial. Not
        // when the article with the initial names that person too (then it may be a
        // relative), nor when several people share the surname.
        if persons.len() == 1 {
            let named = &persons[persons.keys().next().unwrap()];
            let named_in: BTreeSet<usize> = named
                .iter()
                .filter(|&&m| matches!(people[m].1.given.first(), Some(GivenName::Full(_))))
                .map(|&m| claims[people[m].0].article)
                .collect();
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
                .filter(|&n| !named_in.contains(&claims[people[n].0].article))
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
            let mut per_article: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
            for ns in by_initial.values() {
                for &n in ns {
                    per_article
                        .entry(claims[people[n].0].article)
                        .or_default()
                        .push(people[n].0);
                }
            }
            for (_, mut cs) in per_article {
                let initials: BTreeSet<Option<char>> =
                    cs.iter()
                        .filter_map(|&c| {
                            people.iter().find(|(ci, _)| *ci == c).map(|(_, p)| {
                                match p.given.first() {
                                    Some(GivenName::Initial(l)) => l.first().copied(),
                                    _ => None,
                                }
                            })
                        })
                        .collect();
                if initials.len() >= 2 {
                    cs.sort();
                    out.initial_conflicts.push(cs);
                }
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
fn entity_index(al: &Alignment, n: usize) -> Vec<Option<usize>> {
    let mut out = vec![None; n];
    for (e, ent) in al.entities.iter().enumerate() {
        for m in &ent.mentions {
            out[m.claim] = Some(e);
        }
    }
    out
}

// ---------------------------------------------------------------------------------------
// Dates and figures

/// What a date or figure claim is compared on.
struct Context {
    /// Kind and unit: only claims with the same one are compared.
    unit: String,
    /// Stemmed content words and entity ids around the claim.
    words: BTreeSet<String>,
    /// The surface form of each stem, as first written around the claim, with its offset.
    surface: BTreeMap<String, (usize, String)>,
    /// Years of the other dates in the sentence (the time a figure refers to).
    years: BTreeSet<i32>,
    /// For a figure in a sentence with many figures: its place among them and the words and
    /// numbers of the whole sentence.
    crowd: Option<Crowd>,
    /// For a figure given as an earlier report or as a revision of one (`[markers]` of the
    /// language file): compared only with figures marked the same way.
    time: Option<Marker>,
    /// The source the claim is attributed to ("according to the USGS"): the entity ids or
    /// keys of the first words after the attribution phrase.
    source: Option<BTreeSet<String>>,
}

struct Crowd {
    rank: usize,
    sentence: BTreeSet<String>,
    /// The share of words and numbers two crowded sentences must have in common
    /// (`crowded_min_sentence`).
    min_shared: f64,
}

impl Crowd {
    /// Two figures in crowded sentences are one fact only when the sentences are one
    /// sentence, copied or lightly edited, and the figures stand at the same place in it.
    fn matches(&self, other: &Crowd) -> bool {
        if self.rank != other.rank {
            return false;
        }
        let common = self.sentence.intersection(&other.sentence).count();
        let union = self.sentence.len() + other.sentence.len() - common;
        union > 0 && common as f64 / union as f64 >= self.min_shared
    }
}

struct Contexts {
    items: Vec<Option<Context>>,
    /// Number of claims whose context has each word.
    df: HashMap<String, usize>,
}

/// The key a content word is compared on: its concept in the language's lexicon (`~toll` for
/// "toll" and "bilan"), so that words meet across languages, or else its stem: folded, cut to
/// six letters ("échanges" and "échange" agree; so do "commerciaux" and "commerce").
fn word_key(lang: Option<&Lang>, word: &str) -> String {
    let f = fold(word);
    match lang.and_then(|l| l.folded_concept(&f)) {
        Some(c) => c.to_string(),
        None => f.chars().take(6).collect(),
    }
}

/// Token distance between a marker (tokens `m.first..=m.last`) and token `k`.
fn marker_distance(m: &MarkerAt, k: usize) -> usize {
    if k < m.first {
        m.first - k
    } else {
        k.saturating_sub(m.last)
    }
}

fn unit_of(c: &Claim) -> Option<String> {
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

fn years_of(v: &DateValue) -> Vec<i32> {
    match v {
        DateValue::Point(p) => p.year.into_iter().collect(),
        DateValue::Range(a, b) => a.year.into_iter().chain(b.year).collect(),
    }
}

/// The marker phrases of a sentence, with token indexes into `toks`.
fn sentence_markers(lang: &Lang, text: &str, toks: &[crate::text::Token]) -> Vec<MarkerAt> {
    // Numbers stay in the sequence, so a phrase never spans one: "up 12% from the previous
    // year" is not "up from".
    let word_toks: Vec<usize> = (0..toks.len())
        .filter(|&k| toks[k].kind != TokKind::Punct)
        .collect();
    let words: Vec<&str> = word_toks.iter().map(|&k| toks[k].text(text)).collect();
    lang.find_markers(&words)
        .into_iter()
        .map(|m| MarkerAt {
            first: word_toks[m.first],
            last: word_toks[m.last],
            ..m
        })
        .collect()
}

/// What the claims of one sentence share, worked out once per sentence.
struct SentenceData {
    span: Span,
    toks: Vec<crate::text::Token>,
    /// The number of word tokens before each token (and, last, in the whole sentence), so that
    /// distances in words are a subtraction.
    words_before: Vec<usize>,
    /// Whether the sentence opens with a dateline word ("Updated: …") or has one anywhere:
    /// it is a time stamp ("Updated 4/11/2007 1:26 PM") when it opens with one, or when it
    /// has one and is short (`dateline_max_words`); in a sentence of the story, "published"
    /// is an ordinary verb ("a toll published on Saturday").
    opens_with_dateline: bool,
    has_dateline_word: bool,
    /// Earlier-report, revision and attribution phrases, in token indexes.
    markers: Vec<MarkerAt>,
}

impl SentenceData {
    /// The number of words in the sentence.
    fn words(&self) -> usize {
        self.words_before.last().copied().unwrap_or(0)
    }

    fn new(text: &str, span: Span, lang: Option<&Lang>) -> SentenceData {
        let toks = tokenize(text, span.start, span.end);
        let mut words_before = Vec::with_capacity(toks.len() + 1);
        let mut n = 0;
        for t in &toks {
            words_before.push(n);
            n += usize::from(t.kind == TokKind::Word);
        }
        words_before.push(n);
        let dateline_at: Vec<usize> = lang.map_or_else(Vec::new, |l| {
            toks.iter()
                .filter(|t| t.kind == TokKind::Word)
                .enumerate()
                .filter(|(_, t)| l.is_dateline_word(t.text(text)))
                .map(|(k, _)| k)
                .collect()
        });
        let markers = lang.map_or_else(Vec::new, |l| sentence_markers(l, text, &toks));
        SentenceData {
            span,
            toks,
            words_before,
            opens_with_dateline: dateline_at.first().is_some_and(|&k| k < 2),
            has_dateline_word: !dateline_at.is_empty(),
            markers,
        }
    }
}

impl Contexts {
    fn build(
        corpus: &Corpus,
        rules: &RuleSet,
        entity_of: &[Option<usize>],
        person: &[bool],
        date_t: &Thresholds,
        figure_t: &Thresholds,
    ) -> Contexts {
        let claims = &corpus.claims;
        let mut items: Vec<Option<Context>> = Vec::with_capacity(claims.len());
        let mut df: HashMap<String, usize> = HashMap::new();
        // Claims are ordered by article then offset: walk each article's claims once.
        let mut start = 0;
        while start < claims.len() {
            let article = claims[start].article;
            let end = start
                + claims[start..]
                    .iter()
                    .take_while(|c| c.article == article)
                    .count();
            let a = &corpus.articles[article];
            let lang = rules.langs.get(&a.lang);
            // The sentence of the previous claim: its claims are consecutive.
            let mut cached: Option<SentenceData> = None;
            for ci in start..end {
                let c = &claims[ci];
                // "000" or "07" on their own are pieces of a number broken by a stray space
                // ("1, 000", "0. 07 percent"), not figures.
                let fragment = c.kind.is_figure()
                    && c.text.starts_with('0')
                    && c.text[1..].starts_with(|ch: char| ch.is_ascii_digit());
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
                    words: BTreeSet::new(),
                    surface: BTreeMap::new(),
                    years: BTreeSet::new(),
                    crowd: None,
                    time: None,
                    source: None,
                };
                let sentence = c.sentence;
                if cached.as_ref().is_some_and(|d| d.span != sentence) {
                    cached = None;
                }
                let sd: &SentenceData =
                    cached.get_or_insert_with(|| SentenceData::new(&a.text, sentence, lang));
                let toks = &sd.toks;
                // The article's claims in this sentence: claims are ordered by offset, so they
                // are one run, found by binary search rather than a scan of the article.
                let lo_c =
                    start + claims[start..end].partition_point(|o| o.span.start < sentence.start);
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
                    || (sd.has_dateline_word && sd.words() <= t.dateline_max_words.unwrap_or(12));
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
                let crowded = c.kind.is_figure() && same_kind.len() > max_figures;
                // An end of a range ("between $140 million and $150 million", "10 to 15
                // percent", "de 3 à 5 milliards") is no value of its own.
                let range_end = c.kind.is_figure()
                    && figures_here.iter().any(|&o| {
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
                if range_end {
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
                        sentence: toks
                            .iter()
                            .map(|t| t.text(&a.text))
                            .filter(|w| {
                                w.chars().next().is_some_and(|ch| ch.is_ascii_digit())
                                    || (w.chars().count() >= 3
                                        && !lang.is_some_and(|l| l.is_stopword(w)))
                            })
                            .map(|w| word_key(lang, w))
                            .collect(),
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
                            o.sentence == sentence && o.span != c.span && o.kind == ClaimKind::Date
                        })
                        .map(|o| tok_range(o.span))
                        .collect()
                } else {
                    Vec::new()
                };
                let theirs = |sp: Span| {
                    let (s, e) = tok_range(sp);
                    let d = dist(s, own).min(dist(e.saturating_sub(1).max(s), own));
                    rivals
                        .iter()
                        .any(|&r| dist(s, r).min(dist(e.saturating_sub(1).max(s), r)) < d)
                };
                // A bare number is about the noun it counts ("40 hours", "deux pays", "eight
                // of the jurors"); without one it says too little to compare.
                if matches!(c.value, Value::Number(_)) {
                    let after = toks.partition_point(|t| t.span.start < c.span.end);
                    let mut noun = None;
                    for t in toks[after..].iter().take(4) {
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
                    ctx.surface
                        .entry(s.clone())
                        .or_insert_with(|| (tok.span.start, w.to_string()));
                    ctx.words.insert(s);
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
                        ctx.surface
                            .entry(key.clone())
                            .or_insert_with(|| (o.span.start, o.text.clone()));
                        ctx.words.insert(key);
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
                            if t.kind != TokKind::Word || lang.is_some_and(|l| l.is_stopword(w)) {
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
                for w in &ctx.words {
                    *df.entry(w.clone()).or_default() += 1;
                }
                items.push(Some(ctx));
            }
            start = end;
        }
        Contexts { items, df }
    }

    fn weight(&self, w: &str) -> f64 {
        let n = self.items.len().max(1) as f64;
        let df = self.df.get(w).copied().unwrap_or(1) as f64;
        (1.0 + n / df).ln()
    }

    /// Pairs of claims (selected by `pick`) from different articles that share enough
    /// context. Candidates come from an inverted index of context words, skipping words so
    /// common that they say nothing (and would make the search quadratic).
    fn pairs(&self, corpus: &Corpus, pick: impl Fn(&Claim) -> bool, t: &Thresholds) -> Vec<Pair> {
        let claims = &corpus.claims;
        let min_shared = t.min_shared_words.unwrap_or(2);
        let min_context = t.min_context.unwrap_or(0.5);
        // Words in more contexts than this say nothing about which fact a claim states, and
        // would make candidate lists grow with the corpus.
        let max_df = 200;
        let mut index: HashMap<(&str, &str), Vec<usize>> = HashMap::new();
        for (i, item) in self.items.iter().enumerate() {
            let Some(ctx) = item.as_ref().filter(|_| pick(&claims[i])) else {
                continue;
            };
            for w in &ctx.words {
                if self.df.get(w).copied().unwrap_or(0) <= max_df {
                    index
                        .entry((ctx.unit.as_str(), w.as_str()))
                        .or_default()
                        .push(i);
                }
            }
        }
        let mut scored: Vec<(usize, usize, f64, String)> = Vec::new();
        for (i, item) in self.items.iter().enumerate() {
            let Some(ctx) = item.as_ref().filter(|_| pick(&claims[i])) else {
                continue;
            };
            let mut candidates: BTreeMap<usize, usize> = BTreeMap::new();
            for w in &ctx.words {
                if let Some(list) = index.get(&(ctx.unit.as_str(), w.as_str())) {
                    for &j in list {
                        if j > i && claims[j].article != claims[i].article {
                            *candidates.entry(j).or_default() += 1;
                        }
                    }
                }
            }
            for (j, shared) in candidates {
                if shared < min_shared {
                    continue;
                }
                let other = self.items[j].as_ref().unwrap();
                match (&ctx.crowd, &other.crowd) {
                    (None, None) => {}
                    (Some(x), Some(y)) if x.matches(y) => {}
                    // A figure among many ("Lutnick, 63, said trade reached $3.2 billion, up
                    // 12%") and one alone ("trade reached $2.3bn last year") are one fact when
                    // the few words next to the crowded one are the other's words.
                    _ => continue,
                }
                if !ctx.years.is_empty()
                    && !other.years.is_empty()
                    && ctx.years.is_disjoint(&other.years)
                {
                    continue;
                }
                // An earlier toll and a later one, or two sources, are not one report.
                if ctx.time != other.time {
                    continue;
                }
                if let (Some(x), Some(y)) = (&ctx.source, &other.source)
                    && x.is_disjoint(y)
                {
                    continue;
                }
                // "Hansbrough finished with 20 points" / "Ford finished his career with 2,290
                // points": two sentences about different people state different facts.
                let pa: BTreeSet<&String> =
                    ctx.words.iter().filter(|w| w.starts_with("#p")).collect();
                let pb: BTreeSet<&String> =
                    other.words.iter().filter(|w| w.starts_with("#p")).collect();
                if !pa.is_empty() && !pb.is_empty() && pa.is_disjoint(&pb) {
                    continue;
                }
                let common: Vec<&String> = ctx.words.intersection(&other.words).collect();
                // Names alone do not make an event: two articles about the same countries
                // date many different things. At least one shared word must say what happened.
                if !common.iter().any(|w| !w.starts_with('#')) {
                    continue;
                }
                let w_common: f64 = common.iter().map(|w| self.weight(w)).sum();
                let w_a: f64 = ctx.words.iter().map(|w| self.weight(w)).sum();
                let w_b: f64 = other.words.iter().map(|w| self.weight(w)).sum();
                let score = w_common / (w_a + w_b - w_common).max(f64::EPSILON);
                if score < min_context {
                    continue;
                }
                // The shared words in the order the first claim's sentence gives them; a concept
                // written with different words shows both ("bilan/toll").
                let mut subject: Vec<(usize, String)> = common
                    .iter()
                    .map(|w| {
                        let (at, mine) = &ctx.surface[*w];
                        let theirs = &other.surface[*w].1;
                        if w.starts_with('~') && fold(mine) != fold(theirs) {
                            (*at, format!("{mine}/{theirs}"))
                        } else {
                            (*at, mine.clone())
                        }
                    })
                    .collect();
                subject.sort();
                let subject: Vec<&str> = subject.iter().take(5).map(|(_, w)| w.as_str()).collect();
                scored.push((i, j, score, subject.join(", ")));
            }
        }
        // Keep a pair only if each claim is the other's best match in the other's article:
        // "nine in favour and three against" must not pair its nine with the other's three.
        let mut best: HashMap<(usize, usize), (f64, usize)> = HashMap::new();
        for &(i, j, score, _) in &scored {
            for (x, y) in [(i, j), (j, i)] {
                let slot = best.entry((x, claims[y].article)).or_insert((score, y));
                if score > slot.0 || (score == slot.0 && y < slot.1) {
                    *slot = (score, y);
                }
            }
        }
        scored
            .into_iter()
            .filter(|(i, j, _, _)| {
                best[&(*i, claims[*j].article)].1 == *j && best[&(*j, claims[*i].article)].1 == *i
            })
            .map(|(a, b, _, subject)| Pair { a, b, subject })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::{LangChoice, parse_article};

    /// The figure pairs of a corpus of (language, text) articles, as (text, text).
    fn figure_pairs(articles: &[(&str, &str)]) -> Vec<(String, String)> {
        let rules = RuleSet::defaults().unwrap();
        let docs = articles
            .iter()
            .enumerate()
            .map(|(i, (lang, text))| {
                let md = format!("---\ndate: 2025-03-13\nlang: {lang}\n---\n{text}\n");
                parse_article(
                    &format!("{i}.md"),
                    &i.to_string(),
                    md.into_bytes(),
                    true,
                    &rules.langs,
                    &LangChoice::Auto,
                )
                .unwrap()
            })
            .collect();
        let corpus = crate::extract_corpus(docs, &rules.langs, &rules.places).unwrap();
        let al = align(&corpus, &rules);
        al.figures
            .iter()
            .map(|p| {
                (
                    corpus.claims[p.a].text.clone(),
                    corpus.claims[p.b].text.clone(),
                )
            })
            .collect()
    }

    #[test]
    fn words_meet_across_languages_through_the_lexicon() {
        let pairs = figure_pairs(&[
            ("fr", "Le bilan s'élève à 212 morts, selon les autorités."),
            (
                "en",
                "The toll stands at 245 dead, according to the authorities.",
            ),
        ]);
        assert_eq!(pairs, vec![("212".to_string(), "245".to_string())]);
    }

    #[test]
    fn an_earlier_toll_is_not_compared_with_a_later_one() {
        let pairs = figure_pairs(&[
            (
                "fr",
                "Le précédent bilan du séisme faisait état de 300 morts à Valdoria.",
            ),
            ("fr", "Le bilan du séisme s'élève à 2 012 morts à Valdoria."),
        ]);
        assert!(pairs.is_empty(), "{pairs:?}");
        let pairs = figure_pairs(&[
            (
                "en",
                "As of Sunday evening, the Valdoria earthquake had left 120 dead.",
            ),
            ("en", "The Valdoria earthquake left 150 dead."),
        ]);
        assert!(pairs.is_empty(), "{pairs:?}");
        // Without the marker, the same figures are compared.
        let pairs = figure_pairs(&[
            (
                "en",
                "On Sunday evening, the Valdoria earthquake had left 120 dead.",
            ),
            ("en", "The Valdoria earthquake left 150 dead."),
        ]);
        assert_eq!(pairs.len(), 1, "{pairs:?}");
    }

    #[test]
    fn figures_from_different_sources_are_not_compared() {
        let pairs = figure_pairs(&[
            (
                "en",
                "According to the police, 40,000 people were evacuated in Valdoria.",
            ),
            (
                "en",
                "According to aid groups, 55,000 people were evacuated in Valdoria.",
            ),
        ]);
        assert!(pairs.is_empty(), "{pairs:?}");
        // One source named, the other not: compared.
        let pairs = figure_pairs(&[
            (
                "en",
                "According to the police, 40,000 people were evacuated in Valdoria.",
            ),
            ("en", "In Valdoria, 55,000 people were evacuated."),
        ]);
        assert_eq!(pairs.len(), 1, "{pairs:?}");
    }
}
