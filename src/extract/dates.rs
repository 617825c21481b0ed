//! Dates: full ("16 janvier 2018", "January 16, 2018"), partial ("septembre 2019"), ranges
//! ("les 18-19 avril 2024"), years in context ("en 2023") and relative dates anchored on the
//! article's date ("jeudi", "last Tuesday"), unresolved (value `None`) when they cannot be.

use serde::Deserialize;

use super::Doc;
use crate::model::Claim;

/// The `[dates]` section of a language file.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DateWords {}

pub fn extract(_doc: &Doc) -> Vec<Claim> {
    Vec::new()
}

impl DateWords {
    /// Whether `word` names a month or a weekday (any case).
    pub fn is_calendar_word(&self, _word: &str) -> bool {
        false
    }
}
