//! The exercise page's parts. Each renders its props and emits callbacks; reading files, running
//! code and saving drafts happen in the page and its hooks.
pub mod code_input;
pub mod complexity_chart;
pub mod custom_input;
pub mod help_ladder;
pub mod hints;
pub mod parsons;
pub mod previous;
pub mod reset_dialog;
pub mod shrunk;
pub mod solution;
pub mod split;
pub mod statement;
pub mod style;
pub mod toolbar;
