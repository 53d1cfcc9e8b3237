//! The code runner for a page: a spare worker started when the page opens (none with the
//! `runner=cold` hash flag, which benchmarks use to time cold runs), no worker kept while the page
//! is hidden in the back/forward cache or after it unmounts, and each ordered run carried out.

use crate::adapters::runner::Runner;
use crate::hooks::worker::use_warm;
use backprep_core::exercise::protocol::RawRun;
use yew::prelude::*;

/// One run to carry out.
#[derive(Clone)]
pub struct RunOrder {
    /// Which run this is; the result comes back with it.
    pub id: u64,
    /// Builds the worker request (JSON) for the run's nonce.
    pub request: Callback<String, String>,
    /// Wall-clock limit of the run.
    pub limit_ms: u32,
}

/// Carries out `order` (once per id) and emits `(id, result)` to `on_done`.
#[hook]
pub fn use_runner(order: Option<RunOrder>, on_done: Callback<(u64, RawRun)>) {
    let runner = use_memo((), |_| Runner::new());

    use_warm((*runner).clone(), "runner=cold");

    let id = order.as_ref().map(|o| o.id);
    let runner = (*runner).clone();
    use_effect_with(id, move |_| {
        if let Some(order) = order {
            wasm_bindgen_futures::spawn_local(async move {
                let raw = runner.run(|nonce| order.request.emit(nonce.to_string()), order.limit_ms).await;
                on_done.emit((order.id, raw));
            });
        }
    });
}
