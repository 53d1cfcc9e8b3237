//! backprep, the browser app: thin Yew components over the pure `backprep_core`, and thin
//! adapters for the browser (storage, location, clock, panic display).

pub mod adapters;
pub mod app;
pub mod components;
pub mod pages;

use backprep_core::content::Catalog;
use std::rc::Rc;

/// The content bundle compiled by `build.rs` from `questions/` and `exercises/`.
const CATALOG_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/catalog.json"));

thread_local! {
    static CATALOG: Rc<Catalog> = Rc::new(Catalog::from_json(CATALOG_JSON).unwrap_or_else(|e| {
        // The build validated this JSON; reaching here means a corrupted build artefact.
        panic!("{e}")
    }));
}

/// The shipped content, parsed once.
pub fn catalog() -> Rc<Catalog> {
    CATALOG.with(Rc::clone)
}

/// Installs the panic display and mounts the app into `<body>`.
pub fn start() {
    adapters::panic::install();
    yew::Renderer::<app::App>::new().render();
}
