//! The code runner: a dedicated Web Worker (`runner/worker.js`) that runs the user's JavaScript
//! off the page's thread. One worker serves one run and is then terminated; a spare is started
//! ahead of time so Run is fast. A run that overruns its wall-clock limit is stopped from here.
//! Dropping the runner, or `shutdown()` (on pagehide), terminates the spare and any running worker.

use crate::adapters::clock::Timeout;
use backprep_core::exercise::protocol::RawRun;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{MessageEvent, Worker};

/// The worker script, relative to the page (works under any sub-path).
pub const WORKER_PATH: &str = "runner/worker.js";

/// A running worker and how to end its run early (with the reason shown to the user).
type ActiveRun = (Worker, Rc<dyn Fn(String)>);

pub struct Runner {
    /// Absolute URL of the worker script.
    url: String,
    spare: RefCell<Option<Worker>>,
    /// Never keep a spare worker (to measure cold runs).
    cold: std::cell::Cell<bool>,
    /// The worker of the run in progress and how to end that run early.
    active: RefCell<Option<ActiveRun>>,
    /// Set by `shutdown`: no new spare until `prewarm` is called again.
    closed: std::cell::Cell<bool>,
}

/// 128 bits from `crypto.getRandomValues`, in hex. `Math.random` is not a secret: its state can
/// be recovered from a few outputs, and the nonce is what tells real results from forged ones.
fn random_nonce() -> Result<String, String> {
    let crypto = web_sys::window().ok_or("no window")?.crypto().map_err(|e| format!("{e:?}"))?;
    let mut bytes = [0u8; 16];
    crypto.get_random_values_with_u8_array(&mut bytes).map_err(|e| format!("{e:?}"))?;
    Ok(bytes.iter().map(|b| format!("{b:02x}")).collect())
}

impl Runner {
    pub fn new() -> Rc<Runner> {
        Runner::with_url(crate::adapters::location::page_url(WORKER_PATH))
    }

    /// A runner whose worker script lives at `url` (tests use a Blob URL).
    pub fn with_url(url: String) -> Rc<Runner> {
        Rc::new(Runner {
            url,
            spare: RefCell::new(None),
            cold: std::cell::Cell::new(false),
            active: RefCell::new(None),
            closed: std::cell::Cell::new(false),
        })
    }

    pub fn set_cold(&self, cold: bool) {
        self.cold.set(cold);
        if cold {
            self.cool();
        }
    }

    fn spawn(&self) -> Result<Worker, String> {
        Worker::new(&self.url).map_err(|e| format!("could not start the code runner: {e:?}"))
    }

    /// Starts a worker now so the next run does not wait for one (again, after a `shutdown`).
    pub fn prewarm(&self) {
        self.closed.set(false);
        self.refill();
    }

    /// Keeps one spare worker unless cold or shut down.
    fn refill(&self) {
        if !self.cold.get() && !self.closed.get() && self.spare.borrow().is_none() {
            *self.spare.borrow_mut() = self.spawn().ok();
        }
    }

    /// Terminates the spare worker and any run in progress (that run ends with an error), and
    /// keeps no spare until `prewarm`. For `pagehide`: a page going into the back/forward cache
    /// must not keep a worker alive.
    pub fn shutdown(&self) {
        self.closed.set(true);
        self.cool();
        let active = self.active.borrow_mut().take();
        if let Some((worker, stop)) = active {
            worker.terminate();
            stop("the run was stopped because the page was closed".into());
        }
    }

    /// Drops the spare worker (used to measure cold runs).
    pub fn cool(&self) {
        if let Some(w) = self.spare.borrow_mut().take() {
            w.terminate();
        }
    }

    /// Runs one request. `make_request` receives the run's nonce and returns the request JSON.
    pub async fn run(&self, make_request: impl FnOnce(&str) -> String, limit_ms: u32) -> RawRun {
        let nonce = match random_nonce() {
            Ok(n) => n,
            Err(e) => return RawRun { worker_error: Some(format!("no secure random numbers for the code runner: {e}")), ..RawRun::default() },
        };
        let request = make_request(&nonce);
        let spare = self.spare.borrow_mut().take();
        let worker = match spare.map(Ok).unwrap_or_else(|| self.spawn()) {
            Ok(w) => w,
            Err(e) => return RawRun { worker_error: Some(e), ..RawRun::default() },
        };
        let state = Rc::new(RefCell::new(RawRun::default()));
        let resolve: Rc<RefCell<Option<js_sys::Function>>> = Rc::new(RefCell::new(None));
        let promise = js_sys::Promise::new(&mut |res, _| *resolve.borrow_mut() = Some(res));
        let finish = {
            let resolve = resolve.clone();
            move || {
                if let Some(r) = resolve.borrow_mut().take() {
                    let _ = r.call0(&JsValue::NULL);
                }
            }
        };
        let on_message = {
            let (state, finish, nonce) = (state.clone(), finish.clone(), nonce.clone());
            Closure::<dyn FnMut(MessageEvent)>::new(move |e: MessageEvent| {
                let done = {
                    let mut s = state.borrow_mut();
                    match e.data().as_string() {
                        Some(text) => s.receive(&nonce, &text),
                        None => s.forged += 1,
                    }
                    s.done
                };
                if done {
                    finish();
                }
            })
        };
        let on_error = {
            let (state, finish) = (state.clone(), finish.clone());
            Closure::<dyn FnMut(web_sys::ErrorEvent)>::new(move |e: web_sys::ErrorEvent| {
                e.prevent_default();
                state.borrow_mut().worker_error = Some(format!("the code runner failed: {}", e.message()));
                finish();
            })
        };
        let stop: Rc<dyn Fn(String)> = {
            let (state, finish) = (state.clone(), finish.clone());
            Rc::new(move |why: String| {
                state.borrow_mut().worker_error = Some(why);
                finish();
            })
        };
        *self.active.borrow_mut() = Some((worker.clone(), stop));
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        // The time limit: gloo's `Timeout` keeps the handle as the page gave it and clears it when
        // dropped, so the callback can never outlive the run.
        let timer = {
            let (state, finish) = (state.clone(), finish.clone());
            Timeout::new(limit_ms, move || {
                state.borrow_mut().timed_out_ms = Some(limit_ms);
                finish();
            })
        };
        if let Err(e) = worker.post_message(&JsValue::from_str(&request)) {
            state.borrow_mut().worker_error = Some(format!("could not send the code to the runner: {e:?}"));
            finish();
        }
        let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
        // Never reuse a worker: whatever the code changed in it dies with it.
        worker.set_onmessage(None);
        worker.set_onerror(None);
        worker.terminate();
        *self.active.borrow_mut() = None;
        drop(timer);
        self.refill();
        let run = state.borrow().clone();
        run
    }
}

impl Drop for Runner {
    /// A runner that goes away (the exercise page unmounts) takes its workers with it.
    fn drop(&mut self) {
        self.shutdown();
    }
}
