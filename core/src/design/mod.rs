//! The system-design round: prompts with hidden reference answers (`spec`, loaded by `load`),
//! the learner's attempt at one (`attempt`, stored as a `record`), log-scale credit for
//! estimates (`estimate`), a units calculator for back-of-the-envelope maths (`units`) and a
//! deterministic capacity simulator (`sim`).

/// The home page's words for the round (the app and its static home copy both use them).
pub const DESIGN_BLURB: &str = "From a URL shortener to a payment API: design phase by phase under a clock, then compare with a hidden reference, its key numbers and a rubric.";
pub const SIMULATOR_BLURB: &str = "Size each tier of a web service and see what saturates first, the latency it costs, and the highest load that meets an SLO.";

pub mod attempt;
pub mod estimate;
#[cfg(feature = "authoring")]
pub mod load;
pub mod record;
pub mod sim;
pub mod spec;
pub mod units;
