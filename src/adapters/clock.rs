//! The real clock and a repeating timer. The core never reads time itself: these values are
//! passed into its actions.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// Milliseconds since the epoch.
pub fn now_ms() -> f64 {
    js_sys::Date::now()
}

/// JavaScript's `getTimezoneOffset()` for now (UTC − local, minutes).
pub fn tz_offset_min() -> f64 {
    js_sys::Date::new_0().get_timezone_offset()
}

/// Today's local day number, as the review schedule counts days.
pub fn today() -> i64 {
    backprep_core::srs::day_number(now_ms(), tz_offset_min())
}

/// A seed for a new quiz: time mixed with `Math.random()`.
pub fn random_seed() -> u64 {
    let r = (js_sys::Math::random() * 4_294_967_296.0) as u64;
    ((now_ms() as u64) << 20 ^ r) % 1_000_000_000_000
}

/// Calls a function every `ms` milliseconds until dropped.
pub struct Interval {
    id: i32,
    _closure: Closure<dyn FnMut()>,
}

impl Interval {
    pub fn new(ms: i32, f: impl FnMut() + 'static) -> Option<Interval> {
        let closure = Closure::<dyn FnMut()>::new(f);
        let id = web_sys::window()?
            .set_interval_with_callback_and_timeout_and_arguments_0(closure.as_ref().unchecked_ref(), ms)
            .ok()?;
        Some(Interval { id, _closure: closure })
    }
}

impl Drop for Interval {
    fn drop(&mut self) {
        if let Some(w) = web_sys::window() {
            w.clear_interval_with_handle(self.id);
        }
    }
}
