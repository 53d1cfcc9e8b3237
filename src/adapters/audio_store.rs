//! Recorded answers, kept in this browser's IndexedDB (database `backprep-audio`, object store
//! `recordings`, one record per string key) and never uploaded. localStorage cannot hold audio
//! (a few MB in all, strings only), so recordings live here, apart from the app's other data.
//! The browser work is a small JS snippet; only strings, numbers and Blobs cross into Rust, and
//! every failure comes back as a sentence the page can show.

use js_sys::Promise;
use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

#[wasm_bindgen(inline_js = r#"
const DB = "backprep-audio", STORE = "recordings";
let opening = null;

function why(e) {
  if (!e) return "unknown error";
  if (typeof e === "string") return e;
  return (e.name && e.name !== "Error" ? e.name + ": " : "") + (e.message || String(e));
}
function refused(e, doing) {
  if (e && e.name === "QuotaExceededError")
    return "This browser has no room left for recordings (storage quota full). Delete old recordings or free some disk space, then try again.";
  return "This browser's storage refused " + doing + " (private mode?): " + why(e);
}
function db() {
  if (opening) return opening;
  opening = new Promise((resolve, reject) => {
    let req;
    try {
      if (typeof indexedDB === "undefined" || !indexedDB) throw new Error("IndexedDB is not available");
      req = indexedDB.open(DB, 1);
    } catch (e) { reject(refused(e, "to open its recordings database")); return; }
    req.onupgradeneeded = () => {
      const d = req.result;
      if (!d.objectStoreNames.contains(STORE)) d.createObjectStore(STORE);
    };
    req.onsuccess = () => {
      const d = req.result;
      // Another tab upgrading the database: let it, and reopen next time.
      d.onversionchange = () => { d.close(); opening = null; };
      d.onclose = () => { opening = null; };
      resolve(d);
    };
    req.onerror = () => reject(refused(req.error, "to open its recordings database"));
    req.onblocked = () => reject("The recordings database is busy in another tab of this site; close it and try again.");
  });
  opening.catch(() => { opening = null; });
  return opening;
}
// Runs `body(store)` in one transaction; resolves with what `body` returned once the transaction
// has completed (so a write is on disk), rejects with a sentence.
async function tx(mode, doing, body) {
  const d = await db();
  return new Promise((resolve, reject) => {
    let t, out;
    try {
      t = d.transaction(STORE, mode);
      out = body(t.objectStore(STORE));
    } catch (e) { reject(refused(e, doing)); return; }
    t.oncomplete = () => resolve(out && "value" in out ? out.value : undefined);
    t.onabort = () => reject(refused(t.error, doing));
  });
}
function range(prefix) {
  return prefix ? IDBKeyRange.bound(prefix, prefix + "\uffff") : undefined;
}
const num = (x) => (Number.isFinite(x) ? x : 0);
function meta(r) {
  return { key: String(r.key), bytes: num(r.bytes), seconds: num(r.seconds), at: num(r.at), mime: String(r.mime || "") };
}
function asBlob(r) {
  return r.data instanceof Blob ? r.data : new Blob([r.data], { type: r.mime });
}

export async function store_put(key, blob, seconds, at) {
  if (!(blob instanceof Blob)) throw "The recording to keep was not audio data.";
  const record = (data) => ({ key, data, bytes: blob.size, seconds: num(seconds), at: num(at), mime: blob.type || "audio/webm" });
  try {
    await tx("readwrite", "the recording", (s) => { s.put(record(blob), key); });
  } catch (e) {
    // Some browsers cannot store a Blob in IndexedDB (DataCloneError): keep its bytes instead.
    if (typeof e === "string" && e.includes("DataCloneError")) {
      const bytes = await blob.arrayBuffer();
      await tx("readwrite", "the recording", (s) => { s.put(record(bytes), key); });
    } else throw e;
  }
}
export async function store_get_url(key) {
  const r = await tx("readonly", "to read the recording", (s) => {
    const out = {}; const q = s.get(key); q.onsuccess = () => { out.value = q.result; }; return out;
  });
  return r ? URL.createObjectURL(asBlob(r)) : undefined;
}
export function store_blob_url(blob) {
  try { return blob instanceof Blob ? URL.createObjectURL(blob) : undefined; } catch (e) { return undefined; }
}
export function store_revoke(url) { try { URL.revokeObjectURL(url); } catch (e) {} }
export async function store_delete(key) {
  await tx("readwrite", "to delete the recording", (s) => { s.delete(key); });
}
async function all(prefix, doing) {
  return tx("readonly", doing, (s) => {
    const out = {}; const q = s.getAll(range(prefix)); q.onsuccess = () => { out.value = q.result || []; }; return out;
  });
}
export async function store_list(prefix) {
  const rs = await all(prefix, "to list the recordings");
  return JSON.stringify(rs.map(meta).sort((a, b) => a.at - b.at));
}
function base64(blob) {
  return new Promise((resolve, reject) => {
    const f = new FileReader();
    f.onload = () => { const s = String(f.result); const i = s.indexOf(","); resolve(i < 0 ? "" : s.slice(i + 1)); };
    f.onerror = () => reject("Could not read a recording to export: " + why(f.error));
    f.readAsDataURL(blob);
  });
}
export async function store_export_all() {
  const rs = (await all("", "to read the recordings")).sort((a, b) => a.at - b.at);
  const out = [];
  for (const r of rs) out.push(Object.assign(meta(r), { data: await base64(asBlob(r)) }));
  return JSON.stringify(out);
}
export async function store_import_one(key, mime, seconds, at, data) {
  let bytes;
  try {
    const s = atob(data);
    bytes = new Uint8Array(s.length);
    for (let i = 0; i < s.length; i++) bytes[i] = s.charCodeAt(i);
  } catch (e) { throw "The recording " + key + " in the file is damaged (not base64)."; }
  await store_put(key, new Blob([bytes], { type: mime }), seconds, at);
}
"#)]
extern "C" {
    fn store_put(key: &str, blob: &JsValue, seconds: f64, at: f64) -> Promise;
    fn store_get_url(key: &str) -> Promise;
    fn store_blob_url(blob: &JsValue) -> Option<String>;
    fn store_revoke(url: &str);
    fn store_delete(key: &str) -> Promise;
    fn store_list(prefix: &str) -> Promise;
    fn store_export_all() -> Promise;
    fn store_import_one(key: &str, mime: &str, seconds: f64, at: f64, data: &str) -> Promise;
}

/// What is known of a kept recording without reading its audio.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Stored {
    pub key: String,
    /// Size of the audio in bytes.
    pub bytes: f64,
    /// Length as measured while recording (a MediaRecorder WebM file often reports no duration).
    pub seconds: f64,
    /// When it was recorded, epoch ms.
    pub at: f64,
    /// The audio's type, e.g. `audio/webm;codecs=opus`.
    pub mime: String,
}

/// The snippet rejects with a sentence; anything else is shown as it is.
fn message(e: JsValue) -> String {
    e.as_string().unwrap_or_else(|| format!("This browser's storage failed: {e:?}"))
}

async fn run(p: Promise) -> Result<JsValue, String> {
    JsFuture::from(p).await.map_err(message)
}

/// Keeps `blob` (a `Blob`) under `key`, replacing any recording already there; resolves once it
/// is written.
pub async fn put(key: &str, blob: &JsValue, seconds: f64, at: f64) -> Result<(), String> {
    run(store_put(key, blob, seconds, at)).await.map(drop)
}

/// An object URL of the recording under `key` for an `<audio>` element (`None`: there is none).
/// The caller revokes it with [`revoke`] when done.
pub async fn get_url(key: &str) -> Result<Option<String>, String> {
    Ok(run(store_get_url(key)).await?.as_string())
}

/// An object URL of a Blob not (yet) kept, e.g. a recording the storage refused.
pub fn blob_url(blob: &JsValue) -> Option<String> {
    store_blob_url(blob)
}

pub fn revoke(url: &str) {
    store_revoke(url)
}

pub async fn delete(key: &str) -> Result<(), String> {
    run(store_delete(key)).await.map(drop)
}

fn parse<T: serde::de::DeserializeOwned>(v: JsValue) -> Result<T, String> {
    let text = v.as_string().ok_or("The recordings database answered with no list.")?;
    serde_json::from_str(&text).map_err(|e| format!("The recordings database holds an unreadable entry: {e}"))
}

/// The recordings whose keys start with `prefix` (all for `""`), oldest first; metadata only.
pub async fn list(prefix: &str) -> Result<Vec<Stored>, String> {
    parse(run(store_list(prefix)).await?)
}

#[derive(Deserialize)]
struct Exported {
    #[serde(flatten)]
    stored: Stored,
    data: String,
}

/// Every recording with its audio as base64, oldest first (for an export file).
pub async fn export_all() -> Result<Vec<(Stored, String)>, String> {
    let all: Vec<Exported> = parse(run(store_export_all()).await?)?;
    Ok(all.into_iter().map(|e| (e.stored, e.data)).collect())
}

/// Keeps one recording read back from an export file (replacing one with the same key).
pub async fn import_one(s: &Stored, base64: &str) -> Result<(), String> {
    run(store_import_one(&s.key, &s.mime, s.seconds, s.at, base64)).await.map(drop)
}
