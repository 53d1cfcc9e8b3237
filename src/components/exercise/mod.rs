//! The exercise page's parts. Each renders its props and emits callbacks; reading files, running
//! code and saving drafts happen in the page and its hooks.
pub mod code_input;
pub mod hints;
pub mod reset_dialog;
pub mod solution;
pub mod statement;
pub mod toolbar;
