//! Mounting and unmounting one area's app, called by the page's loader (index.html) through the
//! functions each area bin exports. Each app gets its own host element, so unmounting removes
//! its nodes and its delegated event listeners with it.
//!
//! Where the home page's static copy (index.html) is on screen, the home app renders into a host
//! that is not in the document yet, and parts of the page may come a task later (`Later`); the
//! host takes the copy's place once all of it is rendered. The first render, the page's longest
//! task, becomes a few short ones, and no frame shows a half-built page
//! (`Pages::RENDERS_BEHIND_COPY`; the exercise page's copy is replaced in the first render's
//! task: its effects measure and focus what they render).

use super::Pages;
use crate::app::App;
use std::cell::{Cell, RefCell};

thread_local! {
    /// How to destroy the mounted app (its type names the area), and its host element.
    static MOUNTED: RefCell<Option<(Box<dyn FnOnce()>, web_sys::Element)>> = const { RefCell::new(None) };
    /// While a static copy stands in for the app: the copy, and the host that replaces it.
    static SWAP: RefCell<Option<(web_sys::Element, web_sys::Element)>> = const { RefCell::new(None) };
    /// Parts of the page still to render before the swap (`Hold`s alive).
    static HELD: Cell<usize> = const { Cell::new(0) };
    /// The app's first render (with its effects) is done.
    static FIRST_DONE: Cell<bool> = const { Cell::new(false) };
}

/// Renders this module's app into a new `<div class="app-root">`: in place of the page's static
/// copy (`#prerender`) if there is one, else at the end of `<body>`.
pub fn mount<P: Pages>() {
    crate::adapters::panic::install();
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
    let (Some(body), Ok(host)) = (doc.body(), doc.create_element("div")) else { return };
    host.set_class_name("app-root");
    FIRST_DONE.with(|d| d.set(false));
    let placed = match doc.get_element_by_id("prerender") {
        // The home copy stays until the app is whole (see `first_render_done` and `Hold`).
        Some(pre) if P::RENDERS_BEHIND_COPY => {
            SWAP.with(|s| *s.borrow_mut() = Some((pre, host.clone())));
            true
        }
        // Any other copy gives way in the same task as the first render, where it stood: no
        // frame shows both, and nothing shifts.
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
    // A swap still to come is off: the next app replaces the copy itself.
    SWAP.with(|s| s.borrow_mut().take());
    if let Some((destroy, host)) = MOUNTED.with(|m| m.borrow_mut().take()) {
        destroy();
        host.remove();
    }
}

/// Whether the app is rendering out of sight while a static copy is on screen (so a part of the
/// page may wait a task: `Later`).
pub fn copy_on_screen() -> bool {
    SWAP.with(|s| s.borrow().is_some())
}

/// Called once the app's first render and its effects are done (`App`).
pub fn first_render_done() {
    FIRST_DONE.with(|d| d.set(true));
    swap_when_whole();
}

/// A part of the page that is not rendered yet: the copy stays on screen while one is alive.
pub struct Hold(());

impl Hold {
    pub fn new() -> Hold {
        HELD.with(|h| h.set(h.get() + 1));
        Hold(())
    }
}

impl Drop for Hold {
    fn drop(&mut self) {
        HELD.with(|h| h.set(h.get().saturating_sub(1)));
        swap_when_whole();
    }
}

/// Puts the host in the copy's place once the first render is done and nothing is held, then
/// (after the next frame) gives the page's heading the focus, as `App` does for every page it
/// shows.
fn swap_when_whole() {
    if !FIRST_DONE.with(|d| d.get()) || HELD.with(|h| h.get()) > 0 {
        return;
    }
    let Some((pre, host)) = SWAP.with(|s| s.borrow_mut().take()) else { return };
    if pre.replace_with_with_node_1(&host).is_ok() {
        crate::adapters::focus::focus_heading_after_frame(host);
    }
}
