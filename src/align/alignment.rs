//! What the alignment finds: entities and the claims that name them, initial conflicts, and
//! pairs of dates and figures about one fact. `rules` reads these; nothing here decides what
//! disagrees.

use std::sync::Arc;

use super::context::Contexts;
use crate::model::Corpus;

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
///
/// Its subject, the context words the two share, is written only when asked for
/// (`Alignment::subject`): most pairs agree and are never reported.
#[derive(Debug, Clone)]
pub struct Pair {
    pub a: usize,
    pub b: usize,
    /// What the two figures measure, when the words next to them say it (`deaths`).
    pub measure: Option<String>,
    /// Paired by their frames (measure, qualifiers, places), not by shared context words.
    pub(super) framed: bool,
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
    /// For a figure in a unit that converts to another ("7.5 miles" to km), the factor its
    /// value is multiplied by before it is compared, and the unit it then is in. Figures not
    /// listed are compared as written.
    pub scale: std::collections::BTreeMap<usize, (f64, String)>,
    /// Groups of names too large to compare every pair of (`names::MAX_BUCKET`,
    /// `names::MAX_GROUP_PEOPLE`): compared in part.
    pub groups_cut: usize,
    /// The contexts the pairs were found in, which their subjects are written from.
    pub(super) contexts: Option<Arc<Contexts>>,
}

impl Alignment {
    /// The subject of a pair of `dates` or `figures`: the context words its two claims
    /// share, as written around `a`, what they measure first ("deaths in Kerman,
    /// quake/séisme").
    pub fn subject(&self, corpus: &Corpus, pair: &Pair) -> String {
        let Some(contexts) = &self.contexts else {
            return String::new();
        };
        if pair.framed {
            contexts.frame_subject(corpus, pair.a, pair.b)
        } else {
            contexts.pair_subject(corpus, pair.a, pair.b)
        }
    }
}
