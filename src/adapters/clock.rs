//! The real clock and timers. The core never reads time itself: these values are
//! passed into its actions.

/// `Interval::new(ms, f)` calls `f` every `ms` milliseconds; `Timeout::new(ms, f)` calls it once.
/// Both stop when dropped (gloo's timers), so an effect's cleanup is just dropping them.
pub use gloo_timers::callback::{Interval, Timeout};

/// Milliseconds since the epoch.
pub fn now_ms() -> f64 {
    js_sys::Date::now()
}

/// A sub-millisecond clock for measuring work (`performance.now()`); 0 where there is none.
pub fn precise_ms() -> f64 {
    web_sys::window().and_then(|w| w.performance()).map_or(0.0, |p| p.now())
}

/// A moment as local date and time, `2026-11-30 21:05` (history lists).
pub fn date_text(epoch_ms: f64) -> String {
    let d = js_sys::Date::new(&epoch_ms.into());
    format!("{}-{:02}-{:02} {:02}:{:02}", d.get_full_year(), d.get_month() + 1, d.get_date(), d.get_hours(), d.get_minutes())
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

/// The seed a Submit uses: the one typed in the page's seed box (to replay its random tests), or
/// a fresh one of at most six digits (easy to read out and type back).
pub fn submit_seed(seed_box: &yew::NodeRef) -> u64 {
    let typed = seed_box.cast::<web_sys::HtmlInputElement>().and_then(|i| i.value().trim().parse::<u64>().ok());
    typed.unwrap_or_else(|| random_seed() % 1_000_000)
}

/// Resolves in a new task (a zero-delay timeout), letting the browser handle input and paint.
pub async fn next_task() {
    let later = js_sys::Promise::new(&mut |resolve, _| {
        let queued = web_sys::window().is_some_and(|w| w.set_timeout_with_callback(&resolve).is_ok());
        if !queued {
            let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(later).await;
}
