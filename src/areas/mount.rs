//! Mounting and unmounting one area's app, called by the page's loader (index.html) through the
//! functions each area bin exports. Each app gets its own host element, so unmounting removes
//! its nodes and its delegated event listeners with it.

use super::Pages;
use crate::app::App;
use std::cell::RefCell;

thread_local! {
    /// How to destroy the mounted app (its type names the area), and its host element.
    static MOUNTED: RefCell<Option<(Box<dyn FnOnce()>, web_sys::Element)>> = const { RefCell::new(None) };
}

/// Renders this module's app into a new `<div class="app-root">` at the end of `<body>`.
pub fn mount<P: Pages>() {
    crate::adapters::panic::install();
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
    let (Some(body), Ok(host)) = (doc.body(), doc.create_element("div")) else { return };
    host.set_class_name("app-root");
    // The static home copy (index.html) gives way in the same task as the first render, where it
    // stood: no frame shows both, and nothing shifts.
    let placed = match doc.get_element_by_id("prerender") {
        Some(pre) => pre.replace_with_with_node_1(&host).is_ok(),
        None => body.append_child(&host).is_ok(),
    };
    if !placed {
        return;
    }
    let handle = yew::Renderer::<App<P>>::with_root(host.clone()).render();
    MOUNTED.with(|m| *m.borrow_mut() = Some((Box::new(move || handle.destroy()), host)));
}

/// Destroys the mounted app (its effects clean up: listeners, timers, workers) and its host.
pub fn unmount() {
    if let Some((destroy, host)) = MOUNTED.with(|m| m.borrow_mut().take()) {
        destroy();
        host.remove();
    }
}
