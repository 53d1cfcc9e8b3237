//! The quiz engine: settings and presets, seeded selection, the running quiz as a pure state
//! machine driven by actions that carry the time (an injected clock), and scoring.

pub mod engine;
pub mod scoring;
pub mod settings;

pub use engine::{Attempt, AttemptItem, FinishReason, Phase, QuizAction, QuizItem, QuizState, Selection};
pub use scoring::{is_correct, Response, Score};
pub use settings::{Preset, QuizSettings};
