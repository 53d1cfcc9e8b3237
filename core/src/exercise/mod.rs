//! Coding exercises: the spec of an exercise, the wire protocol to the sandboxed JavaScript
//! runner, the comparison of what user code returned with what was expected (expected values
//! never leave Rust), and Rust reference models that generate randomized tests.

pub mod check;
pub mod models;
pub mod protocol;
pub mod spec;
pub mod value;

pub use check::{check, Report, Row, Status};
pub use spec::{Complexity, ExerciseKind, Op, RandomTests, TestCase, TestInput};
