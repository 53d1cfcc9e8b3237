//! The SQL engine for browser tests: the bundled worker, engine and WebAssembly from Blob URLs
//! (the test server does not serve dist/). Build them first: `node scripts/build-js.mjs`.

use std::rc::Rc;

const SQL_WORKER_JS: &str = include_str!("../../build/runner/sql-worker.js");
const SQL_ENGINE_JS: &str = include_str!("../../build/runner/sql-wasm.js");
const SQL_ENGINE_WASM: &[u8] = include_bytes!("../../build/runner/sql-wasm.wasm");

fn blob_url(part: &wasm_bindgen::JsValue, kind: &str) -> String {
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(kind);
    let blob = web_sys::Blob::new_with_blob_sequence_and_options(&js_sys::Array::of1(part), &opts).expect("blob");
    web_sys::Url::create_object_url_with_blob(&blob).expect("url")
}

/// The SQL engine with the bundled worker, engine and WebAssembly, all from Blob URLs.
pub fn blob_sql_engine() -> Rc<backprep::adapters::sql::SqlEngine> {
    let wasm = blob_url(&js_sys::Uint8Array::from(SQL_ENGINE_WASM).into(), "application/wasm");
    let script = format!("self.BACKPREP_SQL_WASM = {wasm:?};\n{SQL_ENGINE_JS}\n{SQL_WORKER_JS}");
    backprep::adapters::sql::SqlEngine::with_url(blob_url(&script.into(), "text/javascript"))
}
