//! The life of a page's worker: started when the page opens (none kept warm with the page's
//! cold flag in the hash, which benchmarks use to time cold starts), ended while the page is
//! hidden in the back/forward cache or once it unmounts, started again when the page comes back.

use crate::adapters::clock::Timeout;
use crate::adapters::events::Listener;
use crate::adapters::runner::Runner;
use crate::adapters::sql::SqlEngine;
use std::rc::Rc;
use web_sys::PageTransitionEvent;
use yew::prelude::*;

/// A worker that a page keeps warm.
pub trait Warm: 'static {
    fn set_cold(&self, cold: bool);
    fn prewarm(&self);
    fn shutdown(&self);
}

impl Warm for Runner {
    fn set_cold(&self, cold: bool) {
        Runner::set_cold(self, cold)
    }
    fn prewarm(&self) {
        Runner::prewarm(self)
    }
    fn shutdown(&self) {
        Runner::shutdown(self)
    }
}

impl Warm for SqlEngine {
    fn set_cold(&self, cold: bool) {
        SqlEngine::set_cold(self, cold)
    }
    fn prewarm(&self) {
        SqlEngine::prewarm(self)
    }
    fn shutdown(&self) {
        SqlEngine::shutdown(self)
    }
}

/// Keeps `worker` warm while the page is open; `cold_flag` (e.g. `runner=cold`) in the hash
/// turns that off.
#[hook]
pub fn use_warm<W: Warm>(worker: Rc<W>, cold_flag: &'static str) {
    use_effect_with((), move |_| {
        let cold = web_sys::window().and_then(|w| w.location().hash().ok()).is_some_and(|h| h.contains(cold_flag));
        worker.set_cold(cold);
        // In a task of its own: the page's first render (one long task already) does not wait
        // for a worker to be created.
        let warm = {
            let worker = worker.clone();
            Timeout::new(0, move || worker.prewarm())
        };
        let hide = {
            let worker = worker.clone();
            Listener::new(web_sys::window(), "pagehide", move |_: web_sys::Event| worker.shutdown())
        };
        let show = {
            let worker = worker.clone();
            Listener::new(web_sys::window(), "pageshow", move |e: PageTransitionEvent| {
                if e.persisted() {
                    worker.prewarm();
                }
            })
        };
        move || {
            drop((hide, show, warm));
            worker.shutdown();
        }
    });
}
