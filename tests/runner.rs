//! The sandboxed runner against hostile and broken code, in headless Chromium: syntax errors
//! with positions, throws of every kind, infinite loops, runaway recursion, floods of console
//! output, odd return values, and attempts to tamper with the harness or read the answers.
#![cfg(target_arch = "wasm32")]

mod common;

use backprep::adapters::runner::Runner;
use backprep_core::content::ExerciseInfo;
use backprep_core::exercise::protocol::RunRequest;
use backprep_core::exercise::{check, ExerciseKind, Report, Status, TestCase};
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
    }
}

async fn run_with(r: &Runner, ex: &ExerciseInfo, code: &str) -> Report {
    let cases = ex.all_cases().expect("cases");
    let raw = r
        .run(
            |nonce| {
                let req = RunRequest::new(nonce.into(), code.into(), ex.kind, ex.entry.clone(), ex.forbidden.clone(), None, &cases);
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
