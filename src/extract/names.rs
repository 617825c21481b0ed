//! Names: people ("Kassym-Jomart Tokaïev", "N. Nazarbayev", "B.Sultanov"), places and
//! organisations (capitalised names that are not people), with the title or role written
//! before a person ("le président", "Secretary of Commerce").

use serde::Deserialize;

use super::Doc;
use crate::model::Claim;

/// The `[names]` section of a language file.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NameWords {}

pub fn extract(_doc: &Doc) -> Vec<Claim> {
    Vec::new()
}
