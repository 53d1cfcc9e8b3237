//! Shared by the browser tests: a runner whose worker is the bundled script, from a Blob URL
//! (the test server does not serve dist/). Build the worker first: `node scripts/build-js.mjs`.

use backprep::adapters::runner::Runner;
use std::rc::Rc;

const WORKER_JS: &str = include_str!("../../build/runner/worker.js");

pub fn blob_runner() -> Rc<Runner> {
    let parts = js_sys::Array::of1(&WORKER_JS.into());
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type("text/javascript");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts).expect("blob");
    Runner::with_url(web_sys::Url::create_object_url_with_blob(&blob).expect("url"))
}
