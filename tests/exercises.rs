//! Every exercise through the real runner worker in headless Chromium: each reference solution
//! and each known-good alternative (`right/*.js`) passes every test, each known-wrong solution
//! fails at least one (and, when its second line says `// fails with: <text>`, fails with a
//! message containing that text). Build the worker first (`node scripts/build-js.mjs`;
//! `make test` does). `EXERCISE=<slug>` at build time narrows it.
#![cfg(target_arch = "wasm32")]

mod common;

use backprep::adapters::runner::Runner;
use backprep_core::content::{Catalog, ExerciseInfo};
use backprep_core::exercise::protocol::RunRequest;
use backprep_core::exercise::{check, Report};
use serde::Deserialize;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const FIXTURES: &str = include_str!(concat!(env!("OUT_DIR"), "/fixtures.json"));

/// `(slug, file, code)` of a known-good solution in `exercises/<slug>/right/`.
macro_rules! right {
    ($slug:literal, $file:literal) => {
        ($slug, $file, include_str!(concat!("../exercises/", $slug, "/right/", $file)))
    };
}

/// Idiomatic, correct solutions that differ from the reference in ways a harness can trip on
/// (returning `this` or cyclic values from unchecked methods, closures instead of classes, `size`
/// as a field). The core's tests check that every file in a `right/` folder is listed here.
const KNOWN_GOOD: &[(&str, &str, &str)] = &[
    right!("binary-search", "recursive-reads-twice.js"),
    right!("circuit-breaker", "record-returns-this.js"),
    right!("hash-map", "factory-closures.js"),
    right!("hash-map", "set-returns-this.js"),
    right!("hash-map", "size-field-and-arrow-methods.js"),
    right!("lru-cache", "linked-list-put-returns-node.js"),
    right!("rate-limiter", "factory-closures.js"),
];

#[derive(Deserialize)]
struct Wrong {
    file: String,
    code: String,
}

#[derive(Deserialize)]
struct Fixtures {
    slug: String,
    wrong: Vec<Wrong>,
}

pub async fn run(runner: &Runner, ex: &ExerciseInfo, code: &str) -> Report {
    let cases = ex.all_cases().expect("cases");
    let raw = runner
        .run(
            |nonce| serde_json::to_string(&RunRequest::for_exercise(nonce.into(), code.into(), ex, &cases)).expect("request"),
            ex.time_limit_ms.max(5_000),
        )
        .await;
    check(&ex.check_spec(), &cases, &raw)
}

fn explain(r: &Report) -> String {
    let mut s = format!("{}; compile: {:?}\n", r.summary(), r.compile_error);
    for row in r.rows.iter().filter(|r| r.status.as_str() != "pass").take(5) {
        s += &format!("  {} [{}]: {}\n", row.name, row.status.as_str(), row.message.clone().unwrap_or_default());
    }
    s
}

/// The `<text>` of a second line `// fails with: <text>`.
fn expected_failure(code: &str) -> Option<&str> {
    code.lines().nth(1).and_then(|l| l.trim().strip_prefix("// fails with: ")).map(str::trim)
}

#[wasm_bindgen_test]
async fn every_reference_passes_and_every_known_wrong_solution_fails() {
    let catalog = Catalog::from_json(include_str!(concat!(env!("OUT_DIR"), "/catalog.json"))).expect("catalog");
    let fixtures: Vec<Fixtures> = serde_json::from_str(FIXTURES).expect("fixtures");
    let only = option_env!("EXERCISE");
    let runner = common::blob_runner();
    let mut checked = 0;
    let mut problems = Vec::new();
    for f in fixtures.iter().filter(|f| only.is_none_or(|o| o == f.slug)) {
        let ex = catalog.exercise(&f.slug).expect("exercise in catalog");
        let r = run(&runner, ex, &ex.solution).await;
        if !r.all_passed() {
            problems.push(format!("{}: the reference solution fails: {}", f.slug, explain(&r)));
        }
        for w in &f.wrong {
            let r = run(&runner, ex, &w.code).await;
            if r.all_passed() {
                problems.push(format!("{}: known-wrong wrong/{} passes every test", f.slug, w.file));
            } else if let Some(want) = expected_failure(&w.code) {
                let messages = r.rows.iter().filter_map(|row| row.message.clone()).chain(r.compile_error.clone());
                if !messages.clone().any(|m| m.contains(want)) {
                    problems.push(format!("{}: known-wrong wrong/{} fails, but not with \"{want}\": {}", f.slug, w.file, explain(&r)));
                }
            }
        }
        for (_, file, code) in KNOWN_GOOD.iter().filter(|g| g.0 == f.slug) {
            let r = run(&runner, ex, code).await;
            if !r.all_passed() {
                problems.push(format!("{}: known-good right/{file} fails: {}", f.slug, explain(&r)));
            }
        }
        checked += 1;
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    assert!(checked >= 1);
    web_sys::console::log_1(&format!("checked {checked} exercises").into());
}
