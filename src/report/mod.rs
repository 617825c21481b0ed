//! Rendering: one module per output format, each over the same `Report` (or, for `extract`,
//! the same `Corpus`). Renderers write to a `String`; printing is `main.rs`'s job.

pub mod fingerprint;
pub mod json;
pub mod text;

/// A number as JSON: an integer when it is one (`1500000000`, not `1500000000.0`).
pub fn json_number(x: f64) -> serde_json::Value {
    if x.fract() == 0.0 && x.abs() < 9.0e15 {
        serde_json::Value::from(x as i64)
    } else {
        serde_json::Number::from_f64(x)
            .map(serde_json::Value::Number)
            .unwrap_or(serde_json::Value::Null)
    }
}
