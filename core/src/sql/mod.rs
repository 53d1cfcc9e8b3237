//! The SQL round: "write the query" exercises graded on a real SQLite in a Web Worker. This core
//! holds everything that is not the engine: the exercise model, seeded random datasets, the
//! worker protocol, result comparison, query-plan rules and the verdict per dataset. The browser
//! adapter (`src/adapters/sql.rs`) and the native tests (rusqlite) only execute jobs.

pub mod attempt;
pub mod compare;
pub mod dataset;
pub mod grade;
#[cfg(feature = "authoring")]
pub mod load;
pub mod plan;
pub mod protocol;
pub mod spec;

pub use spec::{Cell, SqlExercise, SqlKind};
