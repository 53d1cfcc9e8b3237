//! Side effects, one small module each. Components call these; the core never does.
pub mod clock;
pub mod location;
pub mod panic;
pub mod storage;
pub mod theme;
