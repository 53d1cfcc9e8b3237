//! An optional live transcript of a spoken answer (the Web Speech API's `SpeechRecognition`).
//! Off unless the user turns it on: in today's browsers (Chrome's and Edge's
//! `webkitSpeechRecognition`, Safari's) the audio goes to the vendor's speech service, so the
//! page says so beside the switch. The recording itself never depends on it.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(inline_js = r#"
const Ctor = () => (typeof window === "undefined" ? undefined : window.SpeechRecognition || window.webkitSpeechRecognition);
export function sr_available() { return typeof Ctor() === "function"; }
export function sr_vendor() {
  const ua = (typeof navigator !== "undefined" && navigator.userAgent) || "";
  if (/\bEdg\//.test(ua)) return "Microsoft";
  if (/\bFirefox\//.test(ua)) return "Mozilla";
  if (/(Chrome|Chromium|CriOS)\//.test(ua)) return "Google";
  if (/\bSafari\//.test(ua)) return "Apple";
  return undefined;
}
// Errors after which starting again is pointless.
const FATAL = {
  "not-allowed": "Live transcript stopped: the microphone or the speech service was not allowed.",
  "service-not-allowed": "Live transcript stopped: this browser's speech service is not allowed here.",
  "network": "Live transcript stopped: the speech service could not be reached (offline?). The recording goes on.",
  "audio-capture": "Live transcript stopped: no microphone audio for the speech service.",
  "language-not-supported": "Live transcript stopped: the speech service does not support this language.",
};
export function sr_start(onText, onError) {
  const C = Ctor();
  if (typeof C !== "function") throw "This browser has no speech recognition.";
  const h = { done: "", live: "", stopped: false, fatal: false, rec: null, onText, onError, restarts: 0 };
  const begin = () => {
    const r = new C();
    r.continuous = true;
    r.interimResults = true;
    r.lang = document.documentElement.lang || navigator.language || "en";
    r.onresult = (ev) => {
      let fin = "", interim = "";
      for (let i = 0; i < ev.results.length; i++) {
        const res = ev.results[i];
        const t = res[0] ? res[0].transcript : "";
        if (res.isFinal) fin += t; else interim += t;
      }
      h.live = fin + interim;
      const text = (h.done + " " + h.live).replace(/\s+/g, " ").trim();
      if (h.onText) h.onText(text);
    };
    r.onerror = (ev) => {
      const msg = FATAL[ev.error];
      if (msg) { h.fatal = true; if (h.onError && !h.stopped) h.onError(msg); }
    };
    // A session ends by itself after a pause or a minute: go on with a new one, keeping the text.
    r.onend = () => {
      h.done = (h.done + " " + h.live).trim();
      h.live = "";
      if (!h.stopped && !h.fatal && h.restarts++ < 200) {
        try { begin(); } catch (e) { if (h.onError) h.onError("Live transcript stopped: " + e); }
      }
    };
    h.rec = r;
    r.start();
  };
  try { begin(); } catch (e) { throw "Live transcript could not start: " + ((e && (e.message || e.name)) || String(e)); }
  return h;
}
// Stops listening; the last words may still arrive.
export function sr_stop(h) { h.stopped = true; try { h.rec && h.rec.stop(); } catch (e) {} }
// Stops at once and never calls back again (the callbacks are about to be freed).
export function sr_detach(h) { h.stopped = true; h.onText = null; h.onError = null; try { h.rec && h.rec.abort(); } catch (e) {} }
"#)]
extern "C" {
    fn sr_available() -> bool;
    fn sr_vendor() -> Option<String>;
    #[wasm_bindgen(catch)]
    fn sr_start(on_text: &Closure<dyn Fn(String)>, on_error: &Closure<dyn Fn(String)>) -> Result<JsValue, JsValue>;
    fn sr_stop(handle: &JsValue);
    fn sr_detach(handle: &JsValue);
}

/// `SpeechRecognition` or `webkitSpeechRecognition` exists.
pub fn available() -> bool {
    sr_available()
}

/// Whether the audio leaves the device. True wherever recognition exists today: Chrome's and
/// Edge's prefixed API always send it to the vendor's servers, Safari's may, and no browser says
/// up front that it will stay on the device.
pub fn needs_network() -> bool {
    true
}

/// Whose service hears the audio, for the switch's label: "Google's speech service", or "the
/// browser's speech service" when the browser is not recognised.
pub fn service_name() -> String {
    match sr_vendor() {
        Some(v) => format!("{v}'s speech service"),
        None => "the browser's speech service".into(),
    }
}

/// A live transcript in progress. Dropping it stops listening and calls back no more.
pub struct Transcriber {
    handle: JsValue,
    _on_text: Closure<dyn Fn(String)>,
    _on_error: Closure<dyn Fn(String)>,
}

impl Transcriber {
    /// Starts listening; `on_text` gets the whole transcript so far (final and interim text) at
    /// each change, `on_error` a sentence when the transcript stops by itself.
    pub fn start(on_text: impl Fn(String) + 'static, on_error: impl Fn(String) + 'static) -> Result<Transcriber, String> {
        let on_text = Closure::<dyn Fn(String)>::new(on_text);
        let on_error = Closure::<dyn Fn(String)>::new(on_error);
        let handle = sr_start(&on_text, &on_error).map_err(|e| e.as_string().unwrap_or_else(|| format!("Live transcript could not start: {e:?}")))?;
        Ok(Transcriber { handle, _on_text: on_text, _on_error: on_error })
    }

    /// Stops listening; the last words may still arrive through `on_text` while this is kept.
    pub fn stop(&self) {
        sr_stop(&self.handle)
    }
}

impl Drop for Transcriber {
    fn drop(&mut self) {
        sr_detach(&self.handle);
    }
}
