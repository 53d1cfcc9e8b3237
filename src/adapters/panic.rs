//! A Rust panic must never leave a dead page: show what happened and offer a reload. The reload
//! button uses an inline handler because the WASM instance is gone after `panic = "abort"`.

use wasm_bindgen::JsCast;

/// Id of the element that shows a panic; tests look for it.
pub const PANIC_ELEMENT_ID: &str = "panic-message";

pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        let message = info.to_string();
        web_sys::console::error_1(&message.clone().into());
        show(&message);
    }));
}

/// Replaces the page content with a readable error and a reload button.
pub fn show(message: &str) {
    if let Some(body) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.body()) {
        show_in(&body, message);
    }
}

/// Replaces the content of `container` with the error panel.
pub fn show_in(container: &web_sys::Element, message: &str) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
    let Ok(panel) = doc.create_element("div") else { return };
    panel.set_id(PANIC_ELEMENT_ID);
    let _ = panel.set_attribute("role", "alert");
    let _ = panel.set_attribute("class", "panic");
    let title = doc.create_element("h1").ok();
    let text = doc.create_element("pre").ok();
    let button = doc.create_element("button").ok();
    if let Some(h) = &title {
        h.set_text_content(Some("Something went wrong"));
        let _ = panel.append_child(h);
    }
    if let Ok(p) = doc.create_element("p") {
        p.set_text_content(Some(
            "backprep hit an internal error. Your saved progress is safe in this browser. Reloading usually helps; if it happens again, please report the message below.",
        ));
        let _ = panel.append_child(&p);
    }
    if let Some(pre) = &text {
        pre.set_text_content(Some(message));
        let _ = panel.append_child(pre);
    }
    if let Some(b) = &button {
        b.set_text_content(Some("Reload"));
        let _ = b.set_attribute("type", "button");
        let _ = b.set_attribute("onclick", "location.reload()");
        let _ = panel.append_child(b);
    }
    container.set_inner_html("");
    let _ = container.append_child(&panel);
    if let Some(b) = button.and_then(|b| b.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = b.focus();
    }
}
