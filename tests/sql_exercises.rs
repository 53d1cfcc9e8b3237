//! Every SQL exercise through the real worker (sql.js) in headless Chromium, graded the way the
//! page grades (`hooks::sql::submit`): each reference and each `right/*.sql` passes every dataset,
//! each `wrong/*.sql` fails the showcase dataset. And hostile SQL: a runaway query is stopped at
//! the time limit and the engine is replaced, the learner's database holds only the exercise's
//! tables, a huge result is cut. Build the worker first (`node scripts/build-js.mjs`; `make test`
//! does). `SQL_ONLY=<slug>` at build time narrows it.
#![cfg(target_arch = "wasm32")]

mod sql_engine;

use backprep::hooks::sql::{run, submit};
use backprep_core::content::Catalog;
use backprep_core::sql::attempt::RunView;
use backprep_core::sql::grade::{Report, Status};
use serde::Deserialize;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[derive(Deserialize)]
struct Solution {
    file: String,
    code: String,
}

#[derive(Deserialize)]
struct Fixtures {
    slug: String,
    right: Vec<Solution>,
    wrong: Vec<Solution>,
}

fn catalog() -> Catalog {
    Catalog::from_json(include_str!(concat!(env!("OUT_DIR"), "/catalog.json"))).expect("catalog")
}

fn explain(r: &Report) -> String {
    r.verdicts.iter().filter(|v| v.status != Status::Pass).map(|v| format!("  {} [{}]: {}", v.dataset, v.status.as_str(), v.message)).collect::<Vec<_>>().join("\n")
}

#[wasm_bindgen_test]
async fn every_reference_passes_and_every_known_wrong_query_fails() {
    let catalog = catalog();
    let fixtures: Vec<Fixtures> = serde_json::from_str(include_str!(concat!(env!("OUT_DIR"), "/sql_fixtures.json"))).expect("fixtures");
    let only = option_env!("SQL_ONLY");
    let engine = sql_engine::blob_sql_engine();
    let (mut checked, mut problems) = (0, Vec::new());
    for f in fixtures.iter().filter(|f| only.is_none_or(|o| o == f.slug)) {
        let ex = catalog.sql.iter().find(|e| e.slug == f.slug).expect("exercise in catalog");
        let r = submit(&engine, ex, &ex.solution, 1).await;
        if !r.all_passed() || r.verdicts.len() != 5 {
            problems.push(format!("{}: the reference does not pass:\n{}", f.slug, explain(&r)));
        }
        for right in &f.right {
            let r = submit(&engine, ex, &right.code, 2).await;
            if !r.all_passed() {
                problems.push(format!("{}: right/{} does not pass:\n{}", f.slug, right.file, explain(&r)));
            }
        }
        for wrong in &f.wrong {
            let r = submit(&engine, ex, &wrong.code, 1).await;
            if r.verdicts.first().is_none_or(|v| v.status == Status::Pass) {
                problems.push(format!("{}: wrong/{} passes the showcase dataset", f.slug, wrong.file));
            }
        }
        checked += 1;
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    assert!(checked >= 1);
    web_sys::console::log_1(&format!("checked {checked} SQL exercises").into());
}

#[wasm_bindgen_test]
async fn hostile_sql_is_stopped_contained_and_capped() {
    let catalog = catalog();
    let ex = catalog.sql.iter().find(|e| e.slug == "sql-customers-without-orders").expect("the exercise with a fixed schema");
    let mut ex = ex.clone();
    ex.time_limit_ms = 800;
    let engine = sql_engine::blob_sql_engine();

    // A runaway recursive CTE: stopped at the limit, said so, and the next dataset is not run.
    let runaway = "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT count(*) AS id, 'x' AS name FROM r";
    let r = submit(&engine, &ex, runaway, 1).await;
    assert_eq!(r.verdicts[0].status, Status::Timeout, "{}", explain(&r));
    assert!(r.verdicts[0].message.contains("Stopped after 0.8 s"), "{}", r.verdicts[0].message);
    assert!(r.verdicts[1..].iter().all(|v| v.status == Status::Timeout && v.message.contains("Not run")));

    // The engine was replaced: the reference passes right after.
    let r = submit(&engine, &ex, &ex.solution, 3).await;
    assert!(r.all_passed(), "{}", explain(&r));

    // The learner's database holds the exercise's tables and nothing else (no reference, no
    // expected rows).
    let RunView::Done(out) = run(&engine, &ex, "SELECT type, name FROM sqlite_master ORDER BY name").await else { panic!("run failed") };
    let names: Vec<String> = out.result.as_ref().expect("rows").rows.iter().map(|r| r[1].display()).collect();
    assert_eq!(names, vec!["customers", "orders"]);

    // DROP TABLE only affects that run's copy; keys are enforced while the learner's SQL runs.
    let RunView::Done(out) = run(&engine, &ex, "DROP TABLE orders").await else { panic!("run failed") };
    assert_eq!(out.error, None);
    let RunView::Done(out) = run(&engine, &ex, "SELECT count(*) FROM orders").await else { panic!("run failed") };
    assert_eq!(out.error, None, "orders is back");
    let RunView::Done(out) = run(&engine, &ex, "DELETE FROM customers").await else { panic!("run failed") };
    assert_eq!(out.error.as_deref(), Some("FOREIGN KEY constraint failed"));

    // A huge result is cut to 200 rows shown, and its size is counted.
    let RunView::Done(out) = run(&engine, &ex, "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r LIMIT 5000) SELECT n FROM r").await else { panic!("run failed") };
    let rs = out.result.as_ref().expect("rows");
    assert_eq!((rs.rows.len(), rs.count), (200, 5000));

    // SQLite's own message for a syntax error.
    let RunView::Done(out) = run(&engine, &ex, "SELEC 1").await else { panic!("run failed") };
    assert!(out.error.as_deref().is_some_and(|e| e.contains("syntax error")), "{:?}", out.error);
}
