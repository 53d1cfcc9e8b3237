//! DOM event listeners that remove themselves when dropped, so an effect's cleanup is just
//! dropping the guard.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::convert::FromWasmAbi;
use wasm_bindgen::JsCast;
use web_sys::EventTarget;

pub struct Listener<E: FromWasmAbi + 'static> {
    target: EventTarget,
    event: &'static str,
    closure: Closure<dyn FnMut(E)>,
}

impl<E: FromWasmAbi + 'static> Listener<E> {
    /// Listens for `event` on `target`; `None` when there is no target (no window or document).
    pub fn new(target: Option<impl Into<EventTarget>>, event: &'static str, f: impl FnMut(E) + 'static) -> Option<Self> {
        let target: EventTarget = target?.into();
        let closure = Closure::<dyn FnMut(E)>::new(f);
        target.add_event_listener_with_callback(event, closure.as_ref().unchecked_ref()).ok()?;
        Some(Listener { target, event, closure })
    }
}

impl<E: FromWasmAbi + 'static> Drop for Listener<E> {
    fn drop(&mut self) {
        let _ = self.target.remove_event_listener_with_callback(self.event, self.closure.as_ref().unchecked_ref());
    }
}
