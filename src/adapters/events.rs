//! DOM event listeners that remove themselves when dropped (gloo's `EventListener`), so an
//! effect's cleanup is just dropping the guard. Handlers get the event as the type they name.

use gloo_events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use web_sys::EventTarget;

/// A listener, removed when this guard is dropped.
pub struct Listener {
    _listener: EventListener,
}

impl Listener {
    /// Listens for `event` on `target`; `None` when there is no target (no window or document).
    /// Not passive (gloo's default is passive), so a handler may call `prevent_default`, as the
    /// quiz's Enter key does. Events that are not an `E` are ignored.
    pub fn new<E: JsCast>(target: Option<impl Into<EventTarget>>, event: &'static str, mut f: impl FnMut(E) + 'static) -> Option<Self> {
        let target: EventTarget = target?.into();
        let listener = EventListener::new_with_options(&target, event, EventListenerOptions::enable_prevent_default(), move |e| {
            if let Ok(e) = e.clone().dyn_into::<E>() {
                f(e);
            }
        });
        Some(Listener { _listener: listener })
    }
}
