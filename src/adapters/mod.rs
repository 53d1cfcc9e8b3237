//! Side effects, one small module each. Components call these; the core never does.
pub mod audio_store;
pub mod clock;
pub mod content;
pub mod location;
pub mod download;
pub mod editor;
pub mod events;
pub mod file;
pub mod loader;
pub mod panic;
pub mod prefs;
pub mod recorder;
pub mod runner;
pub mod speech;
pub mod sql;
pub mod storage;
pub mod theme;
