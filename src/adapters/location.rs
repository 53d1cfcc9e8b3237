//! The URL hash, read and written. Routes themselves are parsed in the core.

use backprep_core::route::Route;

pub fn current_route() -> Route {
    let hash = web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default();
    Route::parse(&hash)
}

/// Navigates to `route` (adds a history entry, fires `hashchange`).
pub fn go(route: &Route) {
    if let Some(w) = web_sys::window() {
        let _ = w.location().set_hash(&route.href());
    }
}

/// Replaces the current entry without a new history step (used for canonicalizing URLs).
pub fn replace(route: &Route) {
    if let Some(w) = web_sys::window() {
        if let Ok(h) = w.history() {
            let _ = h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&route.href()));
        }
    }
}

/// `path` resolved against the page (so it works under any sub-path).
pub fn page_url(path: &str) -> String {
    let base = web_sys::window().and_then(|w| w.document()).and_then(|d| d.base_uri().ok().flatten()).unwrap_or_default();
    web_sys::Url::new_with_base(path, &base).map(|u| u.href()).unwrap_or_else(|_| path.to_string())
}
