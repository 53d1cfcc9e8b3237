//! The pure core of backprep: content model, quiz engine, spaced repetition, exercise specs and
//! result checking. Nothing here touches the browser (no yew, web-sys, gloo or wasm-bindgen), so
//! every rule is unit-tested natively with `cargo test` and runs unchanged in WebAssembly.

pub mod behavioural;
pub mod content;
pub mod copy;
pub mod design;
pub mod exercise;
pub mod format;
pub mod route;

#[cfg(feature = "authoring")]
pub mod authoring;
pub mod quiz;
pub mod rng;
pub mod sql;
pub mod srs;
pub mod store;
pub mod history;
pub mod mock;
pub mod prime;
