//! The sandboxed runner against hostile and broken code, in headless Chromium: syntax errors
//! with positions, throws of every kind, infinite loops, runaway recursion, floods of console
//! output, odd return values, and attempts to tamper with the harness or read the answers.
#![cfg(target_arch = "wasm32")]

mod common;

use backprep::adapters::runner::Runner;
use backprep_core::content::ExerciseInfo;
use backprep_core::exercise::protocol::RunRequest;
use backprep_core::exercise::{check, Complexity, ExerciseKind, Report, Status, TestCase};
use serde_json::json;
use std::rc::Rc;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const SECRET: &str = "expected-value-7f3a9c";

fn runner() -> Rc<Runner> {
    common::blob_runner()
}

/// `function answer(x)` must return `SECRET` for 1 and 2 for 2.
fn exercise(limit_ms: u32) -> ExerciseInfo {
    let tests: Vec<TestCase> = serde_json::from_value(json!([
        {"name": "one", "args": [1], "expected": SECRET},
        {"name": "two", "args": [2], "expected": 2, "hidden": true}
    ]))
    .expect("tests");
    ExerciseInfo {
        slug: "t".into(),
        title: "t".into(),
        difficulty: 1,
        summary: String::new(),
        statement_html: String::new(),
        signature: String::new(),
        kind: ExerciseKind::Function,
        entry: vec!["answer".into()],
        forbidden: vec!["Map".into()],
        unchecked: vec![],
        time_limit_ms: limit_ms,
        complexity: None,
        hints_html: vec![],
        starter: String::new(),
        solution: String::new(),
        tests,
        random: vec![],
        distractors: vec![],
    }
}

async fn run_with(r: &Runner, ex: &ExerciseInfo, code: &str) -> Report {
    let cases = ex.all_cases().expect("cases");
    let raw = r
        .run(
            |nonce| {
                let req = RunRequest::for_exercise(nonce.into(), code.into(), ex, &cases);
                let without_code = RunRequest { code: String::new(), ..req.clone() };
                let sent = serde_json::to_string(&without_code).expect("json");
                assert!(!sent.contains(SECRET), "expected values must never be sent to the worker");
                serde_json::to_string(&req).expect("json")
            },
            ex.time_limit_ms,
        )
        .await;
    check(&ex.check_spec(), &cases, &raw)
}

async fn run(code: &str) -> Report {
    run_with(&runner(), &exercise(2_000), code).await
}

fn statuses(r: &Report) -> Vec<&'static str> {
    r.rows.iter().map(|r| r.status.as_str()).collect()
}

fn message(r: &Report, i: usize) -> String {
    r.rows[i].message.clone().unwrap_or_default()
}

const RIGHT: &str = "function answer(x) { return x === 1 ? 'expected-value-7f3a9c' : 2; }";

#[wasm_bindgen_test]
async fn a_right_solution_passes() {
    let r = run(RIGHT).await;
    assert_eq!(r.summary(), "2 passed, 0 failed", "{r:?}");
}

#[wasm_bindgen_test]
async fn syntax_errors_are_located_before_any_test_runs() {
    let r = run("function answer(x) {\n  let y = ;\n  return y;\n}").await;
    let e = r.compile_error.clone().expect("a syntax error");
    assert!(e.starts_with("SyntaxError"), "{e}");
    assert!(e.contains("line 2, column 11"), "{e}");
    assert_eq!(statuses(&r), vec!["error", "error"]);
}

#[wasm_bindgen_test]
async fn a_missing_entry_point_is_named() {
    let r = run("function anwser(x) { return 2; }").await;
    assert!(r.compile_error.clone().unwrap_or_default().contains("`answer` was not found"), "{r:?}");
}

#[wasm_bindgen_test]
async fn runtime_errors_show_message_and_line() {
    let r = run("function answer(x) {\n  const o = null;\n  return o.field;\n}").await;
    assert_eq!(statuses(&r), vec!["error", "error"]);
    let m = message(&r, 0);
    assert!(m.contains("TypeError") && m.contains("line 3"), "{m}");
}

#[wasm_bindgen_test]
async fn thrown_non_errors_and_undefined_returns_are_clear() {
    let r = run("function answer(x) { if (x === 1) throw 42; }").await;
    assert_eq!(message(&r, 0), "threw a non-Error value: 42");
    assert_eq!(r.rows[1].status, Status::Fail);
    let r = run("function answer(x) { return undefined; }").await;
    assert_eq!(r.rows[0].actual.as_deref(), Some("undefined"));
    assert!(message(&r, 0).contains("returned undefined"), "{}", message(&r, 0));
}

#[wasm_bindgen_test]
async fn infinite_loops_time_out_and_the_next_run_works() {
    let r = runner();
    let ex = exercise(500);
    let t0 = js_sys::Date::now();
    let report = run_with(&r, &ex, "function answer(x) { if (x === 2) while (true) {} return 'expected-value-7f3a9c'; }").await;
    let took = js_sys::Date::now() - t0;
    assert_eq!(statuses(&report), vec!["pass", "timeout"]);
    assert!(message(&report, 1).contains("still running after 500 ms"), "{}", message(&report, 1));
    assert!(took < 3_000.0, "stopped near the limit, took {took} ms");
    // The page kept running (we are here) and a fresh worker serves the next run.
    let again = run_with(&r, &ex, RIGHT).await;
    assert_eq!(again.summary(), "2 passed, 0 failed");
}

#[wasm_bindgen_test]
async fn top_level_infinite_loops_time_out_too() {
    let report = run_with(&runner(), &exercise(400), "while (true) {}\nfunction answer() {}").await;
    assert_eq!(statuses(&report), vec!["timeout", "timeout"]);
    assert!(message(&report, 0).contains("before the first test"), "{}", message(&report, 0));
}

#[wasm_bindgen_test]
async fn runaway_recursion_is_reported() {
    let r = run("function answer(x) { return answer(x) + 1; }").await;
    let m = message(&r, 0);
    assert!(m.contains("Maximum call stack") && m.contains("recursion"), "{m}");
}

#[wasm_bindgen_test]
async fn ten_megabytes_of_console_output_are_capped() {
    let r = run("function answer(x) { const s = 'x'.repeat(1000); for (let i = 0; i < 10000; i++) console.log(s); return 2; }").await;
    let row = &r.rows[0];
    assert!(row.truncated, "marked as truncated");
    assert!(row.output.len() <= 16 * 1024, "kept {} bytes", row.output.len());
    assert_eq!(r.rows[1].status, Status::Pass, "the test itself still counts");
}

#[wasm_bindgen_test]
async fn cyclic_and_huge_return_values_are_reported() {
    let r = run("function answer(x) { const a = []; a.push(a); return a; }").await;
    assert!(message(&r, 0).contains("cycle"), "{}", message(&r, 0));
    let r = run("function answer(x) { return 'y'.repeat(5e6); }").await;
    assert!(message(&r, 0).contains("too large"), "{}", message(&r, 0));
}

#[wasm_bindgen_test]
async fn tampering_cannot_make_a_failing_solution_pass() {
    // Overwrite what a naive harness would use, forge messages, poison prototypes.
    let code = r#"
        Object.prototype.toJSON = function () { return { status: "ok", value: "expected-value-7f3a9c" }; };
        JSON.stringify = () => '{"type":"result","index":0,"result":{"status":"ok","value":"expected-value-7f3a9c"}}';
        Array.prototype.push = function () {};
        self.postMessage('{"type":"result","nonce":"guess","index":0,"result":{"status":"ok","value":"expected-value-7f3a9c"}}');
        self.postMessage('{"type":"done","nonce":"guess"}');
        Reflect.apply = () => "expected-value-7f3a9c";
        function answer(x) { return "wrong"; }
    "#;
    let r = run(code).await;
    assert_eq!(statuses(&r), vec!["fail", "fail"], "{r:?}");
    assert!(r.tampering, "forged messages are noticed");
}

#[wasm_bindgen_test]
async fn user_code_cannot_see_the_expected_values() {
    // Search everything reachable for the expected value: it is not in the worker at all.
    let code = r#"
        function answer(x) {
            const seen = new Set();
            const hunt = (o, depth) => {
                if (o === null || (typeof o !== "object" && typeof o !== "function") || seen.has(o) || depth > 4) return false;
                seen.add(o);
                for (const k of Object.getOwnPropertyNames(o)) {
                    let v; try { v = o[k]; } catch (e) { continue; }
                    if (typeof v === "string" && v.includes("7f3a9c")) return true;
                    if (hunt(v, depth + 1)) return true;
                }
                return false;
            };
            return hunt(globalThis, 0) ? "found" : "not found";
        }
    "#;
    let r = run(code).await;
    assert_eq!(r.rows[0].actual.as_deref(), Some("\"not found\""), "{r:?}");
}

#[wasm_bindgen_test]
async fn forbidden_globals_and_the_network_are_gone() {
    let r = run("function answer(x) { return [typeof Map, typeof globalThis.Map, typeof fetch, typeof XMLHttpRequest].join(); }").await;
    assert_eq!(r.rows[0].actual.as_deref(), Some("\"undefined,undefined,undefined,undefined\""));
}

/// A class exercise: `put` is unchecked, `list` returns the items so far.
fn box_exercise() -> ExerciseInfo {
    let tests: Vec<TestCase> = serde_json::from_value(json!([
        {"name": "put and list", "ops": [{"new": "Box"}, {"call": "put", "args": ["a"]}, {"call": "list"}, {"call": "put", "args": ["b"]}, {"call": "list"}],
         "expected": [null, null, ["a"], null, ["a", "b"]]},
        {"name": "many puts", "hidden": true, "ops": (0..3000).map(|i| if i == 0 { json!({"new": "Box"}) } else { json!({"call": "put", "args": [i]}) }).collect::<Vec<_>>(),
         "expected": vec![serde_json::Value::Null; 3000]}
    ]))
    .expect("tests");
    ExerciseInfo { kind: ExerciseKind::Class, entry: vec!["Box".into()], unchecked: vec!["put".into()], tests, ..exercise(4_000) }
}

#[wasm_bindgen_test]
async fn unchecked_return_values_are_not_serialised_and_results_are_taken_when_returned() {
    // `put` returns a cyclic node or the whole (growing, self-referencing) box: neither is
    // checked, so neither may fail the test. `list` returns the internal array, which the next
    // `put` changes: the result is what `list` returned at the time.
    let cyclic = "class Box { constructor() { this.items = []; } put(x) { this.items.push(x); const node = { x }; node.self = node; return node; } list() { return this.items; } }";
    let this_ = "class Box { constructor() { this.items = []; this.me = this; this.pad = 'p'.repeat(5000); } put(x) { this.items.push(x); return this; } list() { return this.items; } }";
    for code in [cyclic, this_] {
        let r = run_with(&runner(), &box_exercise(), code).await;
        assert_eq!(r.summary(), "2 passed, 0 failed", "{code}: {r:?}");
    }
    // A checked result still fails when wrong.
    let r = run_with(&runner(), &box_exercise(), "class Box { constructor() { this.items = []; } put(x) { this.items.push(x); } list() { return this.items.slice(1); } }").await;
    assert!(message(&r, 0).starts_with("operation #3 list() returned []"), "{}", message(&r, 0));
}

#[wasm_bindgen_test]
async fn prototype_pollution_cannot_inject_into_result_messages() {
    // A naive harness reads fields it lacks through the prototype chain and assembles JSON in
    // arrays: these accessors would rewrite its output (a wrong answer reported as the right one,
    // a location invented for a thrown non-Error).
    let code = r#"
        Object.defineProperty(Array.prototype, "0", { configurable: true,
            get() { return undefined; },
            set(v) { Object.defineProperty(this, "0", { value: v === '"wrong"' ? '"expected-value-7f3a9c"' : v, writable: true, enumerable: true, configurable: true }); } });
        for (const k of ["line", "column", "op", "reads", "status", "kind", "new", "args", "ops", "reason"]) {
            Object.defineProperty(Object.prototype, k, { configurable: true, get() { return 3; }, set(v) {} });
        }
        Object.prototype.toJSON = function () { return "expected-value-7f3a9c"; };
        Object.prototype[Symbol.toPrimitive] = function () { return '"expected-value-7f3a9c"'; };
        JSON.stringify = () => '"expected-value-7f3a9c"';
        String = function () { return '"expected-value-7f3a9c"'; };
        String.prototype.indexOf = () => 0;
        String.prototype.slice = () => '"expected-value-7f3a9c"';
        Error = TypeError = RangeError = function () { return { message: "injected", stack: "solution.js:9:9" }; };
        Reflect.apply = Reflect.get = Reflect.construct = () => "expected-value-7f3a9c";
        Array.isArray = () => true;
        Object.keys = () => ["injected"];
        function answer(x) { if (x === 2) throw 42; return "wrong"; }
    "#;
    let r = run(code).await;
    assert_eq!(statuses(&r), vec!["fail", "error"], "{r:?}");
    assert_eq!(r.rows[0].actual.as_deref(), Some("\"wrong\""));
    assert_eq!(message(&r, 1), "threw a non-Error value: 42");
    assert!(!r.tampering, "every message was well-formed");
}

#[wasm_bindgen_test]
async fn the_nonce_cannot_be_reached_through_harness_frames() {
    // Sloppy harness frames would hand out their arguments (the request, with the nonce) via
    // `answer.caller` and `Error.prepareStackTrace` call sites; with it, a forged result wins.
    let code = r#"
        function forge(request) {
            if (!request || typeof request.nonce !== "string") return;
            self.postMessage(JSON.stringify({ type: "result", nonce: request.nonce, index: 0,
                result: { status: "ok", value: "expected-value-7f3a9c", output: "", truncated: false } }));
        }
        function answer(x) {
            try { for (let f = answer.caller; f; f = f.caller) forge(f.arguments && f.arguments[0]); } catch (e) {}
            try {
                Error.prepareStackTrace = (e, sites) => sites;
                const sites = new Error().stack;
                Error.prepareStackTrace = undefined;
                for (const s of sites) { const f = s.getFunction(); try { forge(f && f.arguments && f.arguments[0]); } catch (e) {} forge(s.getThis()); }
            } catch (e) {}
            return "wrong";
        }
    "#;
    let r = run(code).await;
    assert_eq!(statuses(&r), vec!["fail", "fail"], "{r:?}");
}

#[wasm_bindgen_test]
async fn removed_capabilities_are_unreachable() {
    // Names still reachable on the global object or anywhere up its prototype chain.
    let code = r#"
        function answer(x) {
            const names = ["fetch", "XMLHttpRequest", "WebSocket", "EventSource", "importScripts", "Worker",
                "SharedWorker", "BroadcastChannel", "indexedDB", "caches", "WebTransport"];
            const left = [];
            for (const n of names) {
                let found = false;
                try { found = eval("typeof " + n) !== "undefined"; } catch (e) {}
                for (let o = self; o && !found; o = Object.getPrototypeOf(o)) found = Object.getOwnPropertyNames(o).includes(n);
                if (found) left.push(n);
            }
            return left.join();
        }
    "#;
    let r = run(code).await;
    assert_eq!(r.rows[0].actual.as_deref(), Some("\"\""), "{r:?}");
}

#[wasm_bindgen_test]
async fn dynamic_import_is_refused_before_the_code_runs() {
    let r = run("console.log('top level ran');\nfunction answer(x) {\n  return import('data:text/javascript,export default 1');\n}").await;
    let e = r.compile_error.clone().expect("refused");
    assert!(e.contains("import() is not available") && e.contains("line 3, column 10"), "{e}");
}

#[wasm_bindgen_test]
async fn code_compiled_at_run_time_cannot_import_either() {
    let code = r#"
        function answer(x) {
            const tries = [
                () => eval("import('data:text/javascript,export default 1')"),
                () => (0, eval)("im" + "port('data:text/javascript,')"),
                () => new Function("return import('data:text/javascript,')"),
                () => Function("u", "return im" + "port(u)"),
                () => Object.getPrototypeOf(async function () {}).constructor("await import('data:text/javascript,')"),
                () => Object.getPrototypeOf(function* () {}).constructor("yield import('data:text/javascript,')"),
                () => (function () {}).constructor("return import('x')"),
                () => setTimeout("import('data:text/javascript,')", 0),
                () => setInterval({ toString() { return "import('x')"; } }, 1000),
            ];
            const refused = tries.map((t) => { try { t(); return "ran"; } catch (e) { return String(e.message).includes("import() is not available") ? "refused" : "other: " + e.message; } });
            // Ordinary run-time code still works.
            const ok = eval("1 + 1") === 2 && new Function("a", "b", "return a * b")(3, 4) === 12 && (() => {}) instanceof Function;
            return refused.join() + (ok ? "" : " (eval/Function broken)");
        }
    "#;
    let r = run(code).await;
    assert_eq!(r.rows[0].actual.as_deref(), Some(&*format!("\"{}\"", ["refused"; 9].join(","))), "{r:?}");
}

/// `function search(nums, target)` over one 64-element array twice, with a read-count check.
fn counted_exercise() -> ExerciseInfo {
    let nums: Vec<u32> = (0..64).map(|i| i * 3).collect();
    let tests: Vec<TestCase> = serde_json::from_value(json!([
        {"name": "first", "args": [nums, 30], "expected": 10},
        {"name": "second", "hidden": true, "args": [nums, 183], "expected": 61}
    ]))
    .expect("tests");
    let complexity = Some(Complexity { arg: 0, factor: 1, extra: 1, algorithm: "binary search".into() });
    ExerciseInfo { entry: vec!["search".into()], complexity, tests, ..exercise(2_000) }
}

#[wasm_bindgen_test]
async fn a_kept_instrumented_array_cannot_be_read_after_its_test() {
    // Binary search in the first test, then a free linear scan of the array kept from it.
    let code = r#"
        let kept = null;
        function search(nums, target) {
            if (kept === null) {
                kept = nums;
                let lo = 0, hi = nums.length - 1;
                while (lo <= hi) { const mid = (lo + hi) >> 1, v = nums[mid]; if (v === target) return mid; if (v < target) lo = mid + 1; else hi = mid - 1; }
                return -1;
            }
            for (let i = 0; i < kept.length; i++) if (kept[i] === target) return i;
            return -1;
        }
    "#;
    let r = run_with(&runner(), &counted_exercise(), code).await;
    assert_eq!(statuses(&r), vec!["pass", "error"], "{r:?}");
    assert!(message(&r, 1).contains("revoked"), "{}", message(&r, 1));
}

#[wasm_bindgen_test]
async fn a_binary_search_reading_each_middle_twice_passes() {
    let code = "function search(nums, target) { let lo = 0, hi = nums.length - 1; while (lo <= hi) { const mid = (lo + hi) >> 1; if (nums[mid] === target) return mid; if (nums.at(mid) < target) lo = mid + 1; else hi = mid - 1; } return -1; }";
    let r = run_with(&runner(), &counted_exercise(), code).await;
    assert_eq!(r.summary(), "2 passed, 0 failed", "{r:?}");
}

/// A worker script that says it is alive every 10 ms on a BroadcastChannel (the test's runner
/// never posts to it, so it never reaches the harness).
fn heartbeat_runner(channel: &str) -> Rc<Runner> {
    let script = format!("const c = new BroadcastChannel({channel:?}); setInterval(() => c.postMessage(1), 10);");
    let parts = js_sys::Array::of1(&script.into());
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type("text/javascript");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts).expect("blob");
    Runner::with_url(web_sys::Url::create_object_url_with_blob(&blob).expect("url"))
}

/// Counts heartbeats on `channel` during `ms` milliseconds.
async fn heartbeats(channel: &str, ms: i32) -> u32 {
    let listen = js_sys::Function::new_with_args("name", "const c = new BroadcastChannel(name); const box = { n: 0, c }; c.onmessage = () => { box.n++; }; return box;");
    let counter = listen.call1(&wasm_bindgen::JsValue::NULL, &channel.into()).expect("listen");
    sleep(ms).await;
    let c = js_sys::Reflect::get(&counter, &"c".into()).expect("channel");
    let close: js_sys::Function = wasm_bindgen::JsCast::unchecked_into(js_sys::Reflect::get(&c, &"close".into()).expect("close"));
    let _ = close.call0(&c);
    js_sys::Reflect::get(&counter, &"n".into()).ok().and_then(|n| n.as_f64()).unwrap_or(0.0) as u32
}

async fn sleep(ms: i32) {
    let p = js_sys::Promise::new(&mut |res, _| {
        let _ = web_sys::window().expect("window").set_timeout_with_callback_and_timeout_and_arguments_0(&res, ms);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(p).await;
}

#[wasm_bindgen_test]
async fn the_spare_worker_ends_with_the_runner_and_on_shutdown() {
    let r = heartbeat_runner("spare-drop");
    r.prewarm();
    assert!(heartbeats("spare-drop", 300).await > 0, "the spare worker is alive");
    drop(r);
    sleep(50).await;
    assert_eq!(heartbeats("spare-drop", 200).await, 0, "dropping the runner terminates the spare");

    let r = heartbeat_runner("spare-shutdown");
    r.prewarm();
    assert!(heartbeats("spare-shutdown", 300).await > 0, "the spare worker is alive");
    r.shutdown();
    sleep(50).await;
    assert_eq!(heartbeats("spare-shutdown", 200).await, 0, "shutdown terminates the spare");
    // Back from the back/forward cache: prewarm starts a spare again.
    r.prewarm();
    assert!(heartbeats("spare-shutdown", 300).await > 0, "prewarm starts a spare again");
    r.shutdown();
}

#[wasm_bindgen_test]
async fn strict_code_runs_when_an_exercise_also_forbids_a_removed_name() {
    // Each removed name shadows once: duplicate parameters are a SyntaxError in strict code.
    let ex = ExerciseInfo { forbidden: vec!["Map".into(), "fetch".into()], ..exercise(2_000) };
    let r = run_with(&runner(), &ex, "'use strict';\nfunction answer(x) { return x === 1 ? 'expected-value-7f3a9c' : 2; }").await;
    assert_eq!(r.summary(), "2 passed, 0 failed", "{r:?}");
}
