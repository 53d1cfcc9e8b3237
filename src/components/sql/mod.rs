//! The SQL page's pieces: the schema panel, a result grid, and the graded verdicts.
pub mod grid;
pub mod schema;
pub mod verdicts;
