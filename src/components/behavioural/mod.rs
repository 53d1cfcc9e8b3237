//! Pieces of the behavioural round, also used by the mock interview.
pub mod clock;
pub mod recorder;
pub mod star_report;
pub mod style;
