//! One component per route. Pages use `state`, `components`, `hooks` and `adapters`; no page
//! imports another page, except the mock interview, whose parts are the quiz run and the coding
//! and SQL workbenches in their mock mode.
pub mod behavioural;
pub mod data;
pub mod design;
pub mod exercise;
pub mod history;
pub mod home;
pub mod mock;
pub mod quiz;
pub mod results;
pub mod review;
pub mod sql;
