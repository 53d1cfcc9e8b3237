//! Shared by the browser tests that mount the app: wait for Yew's asynchronous renders by
//! yielding to the browser, never by sleeping a fixed time.

use web_sys::Element;

/// Lets the browser run pending tasks (Yew renders asynchronously).
pub async fn tick() {
    let p = js_sys::Promise::new(&mut |resolve, _| {
        let _ = web_sys::window().expect("window").set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(p).await;
}

/// Waits (by ticks, up to ~2 s) until `selector` matches inside `root`.
pub async fn find(root: &Element, selector: &str) -> Element {
    for _ in 0..400 {
        if let Ok(Some(e)) = root.query_selector(selector) {
            return e;
        }
        tick().await;
    }
    panic!("`{selector}` never appeared; page was:\n{}", root.inner_html());
}
