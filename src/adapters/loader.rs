//! The page's loader (`scripts/loader.js`, inlined into index.html): the functions it offers to
//! the area modules. Each call tolerates a missing loader (the browser tests mount the app
//! without one).

use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(catch, js_namespace = backprep, js_name = open)]
    fn js_open(area: &str, carry: &str) -> Result<js_sys::Promise, JsValue>;
    #[wasm_bindgen(catch, js_namespace = backprep, js_name = take)]
    fn js_take(file: &str) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(catch, js_namespace = backprep, js_name = takeText)]
    fn js_take_text(file: &str) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(catch, js_namespace = backprep, js_name = carried)]
    fn js_carried() -> Result<JsValue, JsValue>;
    #[wasm_bindgen(catch, js_namespace = backprep, js_name = mounts)]
    fn js_mounts() -> Result<JsValue, JsValue>;
    #[wasm_bindgen(catch, js_namespace = backprep, js_name = quizCopy)]
    fn js_quiz_copy() -> Result<JsValue, JsValue>;
}

/// Asks for `area`'s module, handing it `carry` (this app's user data as JSON, which may hold
/// changes that could not be saved); resolves once that module is mounted in place of this one.
pub fn open(area: &str, carry: &str) -> Result<js_sys::Promise, String> {
    js_open(area, carry).map_err(|_| "the page loader is missing".to_string())
}

/// The loader's early fetch of `file` (a quiz link's question banks), once: a promise of its
/// text, or of null when that fetch failed.
pub fn take_early(file: &str) -> Option<js_sys::Promise> {
    js_take(file).ok().and_then(|p| p.dyn_into::<js_sys::Promise>().ok())
}

/// The text of `file` if the loader's early fetch of it has already arrived, once.
pub fn take_text(file: &str) -> Option<String> {
    js_take_text(file).ok().and_then(|t| t.as_string())
}

/// The user data the previous area's module handed over (see `open`), once.
pub fn take_carried() -> Option<String> {
    js_carried().ok().and_then(|v| v.as_string())
}

/// Whether this app is the first the page mounted since it loaded (so the page is at its top).
/// False without a loader.
pub fn first_mount() -> bool {
    js_mounts().ok().and_then(|v| v.as_f64()) == Some(1.0)
}

/// What the reader did on a quiz link's copy of its first question, as JSON
/// (`backprep_core::copy::quiz::Carried`), once; `None` if no copy was painted.
pub fn take_quiz_copy() -> Option<String> {
    js_quiz_copy().ok().and_then(|v| v.as_string())
}
