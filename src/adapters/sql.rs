//! The SQL engine: one dedicated Web Worker (`runner/sql-worker.js`, with sql.js) per SQL page,
//! started when the page opens so the engine has loaded by the first Run. The worker is reused
//! across runs (each job gets a fresh database, so SQL leaves nothing behind in it); a job that
//! overruns its time limit is stopped by terminating the worker, and a fresh one replaces it.

use crate::adapters::clock::Timeout;
use backprep_core::sql::protocol::Reply;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{MessageEvent, Worker};

/// The worker script, relative to the page (works under any sub-path).
pub const WORKER_PATH: &str = "runner/sql-worker.js";

/// How long the engine may take to load and build a dataset before the first job starts.
const SETUP_MS: u32 = 20_000;

/// Why a request has no reply.
#[derive(Debug, Clone, PartialEq)]
pub enum Failure {
    /// Job `job` (0-based) overran the time limit; the worker was replaced.
    Timeout { job: usize },
    /// The worker could not start, crashed, or the engine did not load.
    Worker(String),
}

pub struct SqlEngine {
    url: String,
    worker: RefCell<Option<Worker>>,
    busy: Cell<bool>,
    /// Keep no worker between Runs and Submits (to measure cold starts).
    cold: Cell<bool>,
}

/// What the worker said: a job starting, or the reply.
enum Message {
    Job(usize),
    Reply(Reply),
}

fn parse(text: &str) -> Result<Message, String> {
    let v: serde_json::Value = serde_json::from_str(text).map_err(|e| format!("unreadable reply from the SQL worker: {e}"))?;
    if let Some(i) = v.get("job").and_then(|j| j.as_u64()) {
        return Ok(Message::Job(i as usize));
    }
    serde_json::from_value(v).map(Message::Reply).map_err(|e| format!("unreadable reply from the SQL worker: {e}"))
}

impl SqlEngine {
    pub fn new() -> Rc<SqlEngine> {
        SqlEngine::with_url(crate::adapters::location::page_url(WORKER_PATH))
    }

    pub fn with_url(url: String) -> Rc<SqlEngine> {
        Rc::new(SqlEngine { url, worker: RefCell::new(None), busy: Cell::new(false), cold: Cell::new(false) })
    }

    pub fn set_cold(&self, cold: bool) {
        self.cold.set(cold);
    }

    /// Starts the worker (and so the engine's download and compilation) unless it runs already.
    pub fn prewarm(&self) {
        if !self.cold.get() && self.worker.borrow().is_none() {
            *self.worker.borrow_mut() = Worker::new(&self.url).ok();
        }
    }

    /// After a Run or a Submit: in cold mode, the worker goes.
    pub fn settle(&self) {
        if self.cold.get() {
            self.shutdown();
        }
    }

    /// Ends the worker (page hidden or gone). The next request starts a new one.
    pub fn shutdown(&self) {
        if let Some(w) = self.worker.borrow_mut().take() {
            w.terminate();
        }
    }

    fn worker(&self) -> Result<Worker, String> {
        if let Some(w) = self.worker.borrow().as_ref() {
            return Ok(w.clone());
        }
        let w = Worker::new(&self.url).map_err(|e| format!("could not start the SQL engine: {e:?}"))?;
        *self.worker.borrow_mut() = Some(w.clone());
        Ok(w)
    }

    /// Sends one request (JSON of `protocol::Request`) and waits for its reply; each job may run
    /// for `limit_ms` from the moment it starts.
    pub async fn send(&self, request: &str, limit_ms: u32) -> Result<Reply, Failure> {
        if self.busy.replace(true) {
            return Err(Failure::Worker("the SQL engine is busy with another run".into()));
        }
        let result = self.exchange(request, limit_ms).await;
        self.busy.set(false);
        // Stopped or broken (an engine that failed to load says so in every reply): whatever it
        // was doing dies with it, and the next request starts afresh.
        if result.as_ref().map_or(true, |r| r.error.is_some()) {
            self.shutdown();
        }
        result
    }

    async fn exchange(&self, request: &str, limit_ms: u32) -> Result<Reply, Failure> {
        let worker = self.worker().map_err(Failure::Worker)?;
        let outcome: Rc<RefCell<Option<Result<Reply, Failure>>>> = Rc::new(RefCell::new(None));
        let resolve: Rc<RefCell<Option<js_sys::Function>>> = Rc::new(RefCell::new(None));
        let promise = js_sys::Promise::new(&mut |res, _| *resolve.borrow_mut() = Some(res));
        let finish = {
            let (outcome, resolve) = (outcome.clone(), resolve.clone());
            Rc::new(move |r: Result<Reply, Failure>| {
                if outcome.borrow().is_none() {
                    *outcome.borrow_mut() = Some(r);
                }
                if let Some(f) = resolve.borrow_mut().take() {
                    let _ = f.call0(&JsValue::NULL);
                }
            })
        };
        // The job running now (`SETUP` before the first), and its timer (re-armed as each starts).
        const SETUP: usize = usize::MAX;
        let job = Rc::new(Cell::new(SETUP));
        let expire: Rc<dyn Fn()> = {
            let (finish, job) = (finish.clone(), job.clone());
            Rc::new(move || {
                finish(Err(match job.get() {
                    SETUP => Failure::Worker(format!("the SQL engine did not start within {} s; reload the page to try again", SETUP_MS / 1000)),
                    job => Failure::Timeout { job },
                }))
            })
        };
        // gloo's `Timeout` clears itself when dropped (re-arming replaces it; the end drops it).
        let timer: Rc<RefCell<Option<Timeout>>> = Rc::new(RefCell::new(None));
        let arm = {
            let timer = timer.clone();
            move |ms: u32| {
                let expire = expire.clone();
                *timer.borrow_mut() = Some(Timeout::new(ms, move || expire()));
            }
        };
        let on_message = {
            let (finish, job, arm) = (finish.clone(), job.clone(), arm.clone());
            Closure::<dyn FnMut(MessageEvent)>::new(move |e: MessageEvent| match e.data().as_string().as_deref().map(parse) {
                Some(Ok(Message::Job(i))) => {
                    job.set(i);
                    arm(limit_ms);
                }
                Some(Ok(Message::Reply(r))) => finish(Ok(r)),
                Some(Err(why)) => finish(Err(Failure::Worker(why))),
                None => finish(Err(Failure::Worker("the SQL worker sent something that is not text".into()))),
            })
        };
        let on_error = {
            let finish = finish.clone();
            Closure::<dyn FnMut(web_sys::ErrorEvent)>::new(move |e: web_sys::ErrorEvent| {
                e.prevent_default();
                finish(Err(Failure::Worker(format!("the SQL engine failed: {}", e.message()))));
            })
        };
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        arm(SETUP_MS);
        if let Err(e) = worker.post_message(&JsValue::from_str(request)) {
            finish(Err(Failure::Worker(format!("could not send the SQL to the engine: {e:?}"))));
        }
        let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
        worker.set_onmessage(None);
        worker.set_onerror(None);
        drop(timer.borrow_mut().take());
        let result = outcome.borrow_mut().take();
        result.unwrap_or_else(|| Err(Failure::Worker("the SQL engine stopped without a reply".into())))
    }
}

impl Drop for SqlEngine {
    fn drop(&mut self) {
        self.shutdown();
    }
}
