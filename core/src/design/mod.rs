//! The system-design round: prompts with hidden reference answers (`spec`, loaded by `load`),
//! the learner's attempt at one (`attempt`, stored as a `record`), log-scale credit for
//! estimates (`estimate`), a units calculator for back-of-the-envelope maths (`units`) and a
//! deterministic capacity simulator (`sim`).

pub mod attempt;
pub mod estimate;
#[cfg(feature = "authoring")]
pub mod load;
pub mod record;
pub mod sim;
pub mod spec;
pub mod units;
