//! crosscheck reads several news articles about one story and reports where they disagree:
//! a name spelled two ways, one event given different dates, one quantity different figures.
//!
//! The pipeline: load → extract → align → rules → report.

pub mod calendar;
pub mod error;
pub mod extract;
pub mod lang;
pub mod load;
pub mod model;
pub mod text;
