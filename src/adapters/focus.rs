//! Moving the focus to a page's heading when the page changes, for keyboard and screen-reader
//! users (`App`, and `areas::mount` once the home app takes its copy's place).

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

fn document() -> Option<web_sys::Document> {
    web_sys::window().and_then(|w| w.document())
}

/// `scroll: false` where the page is where it should be (a page just loaded, or a copy just
/// replaced, which the reader may have scrolled): focusing then needs no layout of the page in
/// this task.
fn focus_first(e: Option<web_sys::Element>, scroll: bool) {
    if let Some(h) = e.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        if scroll {
            let _ = h.focus();
        } else {
            let options = web_sys::FocusOptions::new();
            options.set_prevent_scroll(true);
            let _ = h.focus_with_options(&options);
        }
    }
}

/// Nothing has the focus (it is on `<body>`): a focus moved later does not take it from
/// where the reader put it.
fn focus_is_free(d: &web_sys::Document) -> bool {
    let body: Option<web_sys::Element> = d.body().map(Into::into);
    d.active_element().is_none_or(|a| Some(a) == body)
}

/// Focuses the first element matching `selector`.
pub fn focus(selector: &str, scroll: bool) {
    if let Some(d) = document() {
        focus_first(d.query_selector(selector).ok().flatten(), scroll);
    }
}

/// A page's heading, which takes the focus when the page changes.
const HEADING: &str = "main h1";

/// Focuses the page heading under `root`, without scrolling, in a task after the next frame,
/// unless the reader has put the focus somewhere meanwhile. Focusing needs the page laid out:
/// the frame lays out a page just put in the document anyway, so focusing after it costs no
/// layout of its own, and the task that put the page there does not carry one.
pub fn focus_heading_after_frame(root: web_sys::Element) {
    let focus = move || {
        if document().is_some_and(|d| focus_is_free(&d)) {
            focus_first(root.query_selector(HEADING).ok().flatten(), false);
        }
    };
    let Some(w) = web_sys::window() else { return };
    let after_frame = Closure::once_into_js(move || {
        let task = Closure::once_into_js(focus);
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback(task.unchecked_ref());
        }
    });
    let _ = w.request_animation_frame(after_frame.unchecked_ref());
}

/// Waits for a heading that is not rendered yet (a page whose content loads asynchronously, such
/// as an exercise opened from another page); dropping it stops waiting.
pub struct HeadingWatch {
    observer: web_sys::MutationObserver,
    _callback: Closure<dyn FnMut(wasm_bindgen::JsValue, web_sys::MutationObserver)>,
}

impl Drop for HeadingWatch {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

/// Focuses the page's heading now if the page shows it; else returns a watch that focuses it
/// when it first appears, unless the reader has put the focus somewhere by then.
pub fn focus_heading(scroll: bool) -> Option<HeadingWatch> {
    let d = document()?;
    if let Ok(Some(h)) = d.query_selector(HEADING) {
        focus_first(Some(h), scroll);
        return None;
    }
    let main = d.query_selector("main").ok().flatten()?;
    let callback = Closure::<dyn FnMut(wasm_bindgen::JsValue, web_sys::MutationObserver)>::new(move |_, observer: web_sys::MutationObserver| {
        let Some(d) = document() else { return };
        if let Ok(Some(h)) = d.query_selector(HEADING) {
            observer.disconnect();
            if focus_is_free(&d) {
                focus_first(Some(h), scroll);
            }
        }
    });
    let observer = web_sys::MutationObserver::new(callback.as_ref().unchecked_ref()).ok()?;
    let options = web_sys::MutationObserverInit::new();
    options.set_child_list(true);
    options.set_subtree(true);
    observer.observe_with_options(&main, &options).ok()?;
    Some(HeadingWatch { observer, _callback: callback })
}
