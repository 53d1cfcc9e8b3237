//! Hooks: content loaded on demand, and the exercise page's side effects, each wrapping one
//! adapter (the runner worker, the lazy editor, draft saving) so that pages only render state and
//! dispatch actions.

mod content;
pub mod draft;
pub mod editor;
pub mod runner;
pub mod sql;
pub mod visit;
pub mod worker;

pub use content::{loading_view, use_design_prompt, use_exercise, use_sql_exercise, use_topics, Load};
