//! The behavioural round: prompts grouped by competency (content as data, `behavioural/`), the
//! user's story bank, and the STAR check of an answer. Pure: the behavioural area renders it.

pub mod spec;
#[cfg(feature = "authoring")]
pub mod load;
pub mod star;
pub mod answer;
pub mod story;

/// The home page's line for the behavioural round (also in the pre-rendered shell).
pub const BEHAVIOURAL_BLURB: &str = "Say STAR stories out loud against a 60–90 s clock, or type them, and see what a fixed set of rules finds. Keep your own story bank.";
/// The home page's line for the mock interview.
pub const MOCK_BLURB: &str = "A phone screen or an onsite loop, timed part by part with no going back, then a debrief; what you miss goes to your review queue.";
