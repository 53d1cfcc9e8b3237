//! The mock interview: presets that mirror real loops, a seeded plan of parts, one clock per part
//! and for the whole, no going back, and the debrief. Pure: the mock area renders it.

pub mod plan;
pub mod preset;
pub mod record;
pub mod run;

pub use plan::{plan, MockPlan, Part, Pool};
pub use preset::{custom, from_query, preset, presets, to_query, PartKind, PartSpec, Preset};
pub use record::{history, MockRecord};
pub use run::{Debrief, DebriefPart, Miss, MockAction, MockPhase, MockState, PartOutcome, PartResult};
