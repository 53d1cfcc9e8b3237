//! Recording from the device microphone (`getUserMedia` + `MediaRecorder`), for spoken answers.
//! The audio stays in the page: [`Recording::stop`] hands back a Blob for the caller to keep
//! (see `audio_store`). The browser work is a small JS snippet; permission and device failures
//! come back as sentences saying what to do.

use js_sys::{Promise, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

#[wasm_bindgen(inline_js = r#"
export function rec_unsupported() {
  if (typeof window === "undefined" || typeof navigator === "undefined") return "Recording needs a browser window.";
  if (window.isSecureContext === false)
    return "This browser only allows the microphone on secure pages (https:// or localhost).";
  if (!navigator.mediaDevices || typeof navigator.mediaDevices.getUserMedia !== "function")
    return "This browser cannot use the microphone.";
  if (typeof window.MediaRecorder !== "function") return "This browser cannot record audio (no MediaRecorder).";
  return undefined;
}
function refusal(e) {
  switch (e && e.name) {
    case "NotAllowedError": case "SecurityError": case "PermissionDeniedError":
      return "Microphone permission was denied. Allow the microphone for this site (the icon in the address bar, or the browser's site settings) and press Record again, or type your answer instead.";
    case "NotFoundError": case "OverconstrainedError": case "DevicesNotFoundError":
      return "No microphone was found. Connect one and press Record again, or type your answer instead.";
    case "NotReadableError": case "AbortError": case "TrackStartError":
      return "The microphone could not be opened (is another application using it?). Close that application and press Record again, or type your answer instead.";
    default:
      return "The microphone could not be started: " + ((e && (e.message || e.name)) || String(e));
  }
}
const stopTracks = (h) => { for (const t of h.stream.getTracks()) { try { t.stop(); } catch (e) {} } };
const TYPES = ["audio/webm;codecs=opus", "audio/webm", "audio/ogg;codecs=opus", "audio/mp4", "audio/aac"];

export async function rec_start() {
  const why = rec_unsupported();
  if (why) throw why;
  let stream;
  try { stream = await navigator.mediaDevices.getUserMedia({ audio: true }); }
  catch (e) { throw refusal(e); }
  const h = { stream, chunks: [], started: 0, error: null, ended: false, released: false };
  try {
    const mimeType = TYPES.find((t) => typeof MediaRecorder.isTypeSupported === "function" && MediaRecorder.isTypeSupported(t));
    h.rec = mimeType ? new MediaRecorder(stream, { mimeType }) : new MediaRecorder(stream);
    h.rec.ondataavailable = (ev) => { if (ev.data && ev.data.size > 0) h.chunks.push(ev.data); };
    h.rec.onerror = (ev) => { h.error = (ev && ev.error) || ev; };
    // `stop` comes after the last `dataavailable`: only then is the audio complete.
    h.stopped = new Promise((resolve) => h.rec.addEventListener("stop", () => { h.ended = true; resolve(); }, { once: true }));
    await new Promise((resolve, reject) => {
      h.rec.addEventListener("start", resolve, { once: true });
      h.rec.addEventListener("error", (ev) => reject((ev && ev.error) || ev), { once: true });
      // A slice every second, so a recording cut short (a track ending) still has its audio.
      h.rec.start(1000);
    });
  } catch (e) {
    stopTracks(h);
    throw "This browser could not start recording: " + ((e && (e.message || e.name)) || String(e));
  }
  h.started = performance.now();
  return h;
}

export async function rec_stop(h) {
  if (h.released) throw "The recording was already discarded.";
  const seconds = (performance.now() - h.started) / 1000;
  if (h.rec.state !== "inactive") {
    try { h.rec.stop(); } catch (e) {}
  }
  // A recorder that never fires `stop` (a browser bug) must not hang the page.
  await Promise.race([h.stopped, new Promise((r) => setTimeout(r, 5000))]);
  stopTracks(h);
  h.released = true;
  const type = h.rec.mimeType || (h.chunks[0] && h.chunks[0].type) || "audio/webm";
  const blob = new Blob(h.chunks, { type });
  if (blob.size === 0) {
    const e = h.error;
    throw "Nothing was recorded" + (e ? " (" + (e.message || e.name || String(e)) + ")" : " (the microphone sent no audio)") + ". Press Record to try again.";
  }
  return [blob, seconds];
}

export function rec_release(h) {
  if (h.released) return;
  h.released = true;
  try { if (h.rec && h.rec.state !== "inactive") h.rec.stop(); } catch (e) {}
  stopTracks(h);
}
"#)]
extern "C" {
    fn rec_unsupported() -> Option<String>;
    fn rec_start() -> Promise;
    fn rec_stop(handle: &JsValue) -> Promise;
    fn rec_release(handle: &JsValue);
}

/// Why this browser cannot record here (`None`: it can).
pub fn unsupported_reason() -> Option<String> {
    rec_unsupported()
}

/// `navigator.mediaDevices.getUserMedia` and `MediaRecorder` are both there (and the page is a
/// secure context, without which the first is missing).
pub fn supported() -> bool {
    unsupported_reason().is_none()
}

/// An active recording. Dropping it without [`Recording::stop`] discards the audio and releases
/// the microphone.
pub struct Recording {
    handle: JsValue,
}

fn message(e: JsValue) -> String {
    e.as_string().unwrap_or_else(|| format!("Recording failed: {e:?}"))
}

/// Asks for the microphone (the browser may prompt) and starts recording.
pub async fn start() -> Result<Recording, String> {
    let handle = JsFuture::from(rec_start()).await.map_err(message)?;
    Ok(Recording { handle })
}

impl Recording {
    /// Stops, waits for the last audio, releases the microphone, and returns the audio as a
    /// `Blob` with the seconds recorded (measured here: WebM from MediaRecorder often states
    /// no duration).
    pub async fn stop(self) -> Result<(JsValue, f64), String> {
        let pair = JsFuture::from(rec_stop(&self.handle)).await.map_err(message)?;
        let blob = Reflect::get(&pair, &0.into()).map_err(message)?;
        let seconds = Reflect::get(&pair, &1.into()).ok().and_then(|s| s.as_f64()).unwrap_or(0.0);
        Ok((blob, seconds))
    }
}

impl Drop for Recording {
    fn drop(&mut self) {
        rec_release(&self.handle);
    }
}
