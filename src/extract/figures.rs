//! Figures: numbers ("1,5", "1 500", "deux cent mille"), money ("1,5 milliard de dollars",
//! "$1.5bn"), percentages ("10 %", "ten percent") and ordinals ("10e", "10th").

use serde::Deserialize;

use super::Doc;
use crate::model::Claim;

/// The `[figures]` section of a language file.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FigureWords {}

pub fn extract(_doc: &Doc) -> Vec<Claim> {
    Vec::new()
}
