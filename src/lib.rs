//! backprep, the browser app: thin Yew components over the pure `backprep_core`, and thin
//! adapters for the browser (storage, location, clock, panic display).

pub mod adapters;
pub mod app;
pub mod areas;
pub mod components;
pub mod hooks;
pub mod pages;
pub mod state;

use backprep_core::content::{CatalogIndex, ExerciseMeta};
use std::rc::Rc;

/// The content index compiled by `build.rs` from `questions/` and `exercises/`; the banks and
/// exercises themselves are loaded on demand (`adapters::content`).
const INDEX_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/index.json"));

thread_local! {
    static INDEX: Rc<CatalogIndex> = Rc::new(serde_json::from_str(INDEX_JSON).unwrap_or_else(|e| {
        // The build wrote and validated this JSON; reaching here means a corrupted build artefact.
        panic!("content index is unreadable: {e}")
    }));
}

/// The shipped content index, parsed once.
pub fn index() -> Rc<CatalogIndex> {
    INDEX.with(Rc::clone)
}

/// How many system-design prompts there are (the home page's count).
pub const DESIGN_PROMPTS: &str = env!("BACKPREP_DESIGN_PROMPTS");

const DESIGN_INDEX_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/design_index.json"));

thread_local! {
    static DESIGN_INDEX: Rc<Vec<ExerciseMeta>> = Rc::new(serde_json::from_str(DESIGN_INDEX_JSON).unwrap_or_else(|e| panic!("design index is unreadable: {e}")));
}

/// The system-design prompts (slug, title, summary, file), parsed once; embedded only in the
/// modules that call this (not in the home page's).
pub fn design_index() -> Rc<Vec<ExerciseMeta>> {
    DESIGN_INDEX.with(Rc::clone)
}

/// One design prompt's entry.
pub fn design_meta(slug: &str) -> Option<ExerciseMeta> {
    design_index().iter().find(|e| e.slug == slug).cloned()
}

/// How many behavioural prompts there are (the home page's count).
pub const BEHAVIOURAL_PROMPTS: &str = env!("BACKPREP_BEHAVIOURAL_PROMPTS");

const BEHAVIOURAL_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/behavioural.json"));

thread_local! {
    static BEHAVIOURAL: Rc<backprep_core::behavioural::spec::BehaviouralBank> = Rc::new(serde_json::from_str(BEHAVIOURAL_JSON).unwrap_or_else(|e| panic!("behavioural prompts are unreadable: {e}")));
}

/// The behavioural prompts and the questions to ask the interviewer, parsed once; embedded only
/// in the modules that call this (behavioural, mock, review), not in the home page's.
pub fn behavioural_bank() -> Rc<backprep_core::behavioural::spec::BehaviouralBank> {
    BEHAVIOURAL.with(Rc::clone)
}
