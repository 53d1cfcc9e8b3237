//! The code runners of a page: the user's (a spare worker started when the page opens; none with
//! the `runner=cold` hash flag, which benchmarks use to time cold runs; none kept while the page
//! is hidden in the back/forward cache or after it unmounts), and the reference solution's, a
//! worker of its own started per run, so user code never shares a worker with the values it is
//! judged against. Each ordered run is carried out once.

use crate::adapters::runner::Runner;
use crate::hooks::worker::use_warm;
use backprep_core::exercise::protocol::RawRun;
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// One run to carry out.
#[derive(Clone)]
pub struct RunOrder {
    /// Which run this is; the result comes back with it.
    pub id: u64,
    /// Builds the user's worker request (JSON) for the run's nonce.
    pub request: Callback<String, String>,
    /// Builds the reference solution's request, for runs that need its values.
    pub reference: Option<Callback<String, String>>,
    /// Wall-clock limit of the run.
    pub limit_ms: u32,
}

/// What a finished order gives: its id, the user's run, the reference's run (when ordered).
pub type RunDone = (u64, RawRun, Option<RawRun>);

/// Carries out `order` (once per id) and emits the result to `on_done`; the two workers of an
/// order run at the same time.
#[hook]
pub fn use_runner(order: Option<RunOrder>, on_done: Callback<RunDone>) {
    let runner = use_memo((), |_| Runner::new());
    let reference = use_memo((), |_| {
        let r = Runner::new();
        r.set_cold(true);
        r
    });

    use_warm((*runner).clone(), "runner=cold");

    let id = order.as_ref().map(|o| o.id);
    let (runner, reference) = ((*runner).clone(), (*reference).clone());
    use_effect_with(id, move |_| {
        let Some(order) = order else { return };
        type Slot = (Option<RawRun>, Option<Option<RawRun>>);
        let slot: Rc<RefCell<Slot>> = Rc::new(RefCell::new((None, None)));
        let finish = {
            let (slot, id) = (slot.clone(), order.id);
            Rc::new(move || {
                let done = match &*slot.borrow() {
                    (Some(user), Some(reference)) => Some((id, user.clone(), reference.clone())),
                    _ => None,
                };
                if let Some(d) = done {
                    on_done.emit(d);
                }
            })
        };
        match order.reference.clone() {
            Some(make) => {
                let (slot, finish, limit) = (slot.clone(), finish.clone(), order.limit_ms);
                wasm_bindgen_futures::spawn_local(async move {
                    let raw = reference.run(|nonce| make.emit(nonce.to_string()), limit).await;
                    slot.borrow_mut().1 = Some(Some(raw));
                    finish();
                });
            }
            None => slot.borrow_mut().1 = Some(None),
        }
        wasm_bindgen_futures::spawn_local(async move {
            let raw = runner.run(|nonce| order.request.emit(nonce.to_string()), order.limit_ms).await;
            slot.borrow_mut().0 = Some(raw);
            finish();
        });
    });
}
