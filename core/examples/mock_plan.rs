//! Prints the plan of the mock a link builds, for end-to-end tests, from the same content and
//! core the app uses: `cargo run -q -p backprep-core --example mock_plan -- 'preset=phone-screen&seed=7'`
//! Output: JSON `{ "parts": [{ "kind", "items", "minutes" }], "skipped": [...] }`.

use backprep_core::authoring::load_catalog;
use backprep_core::mock::plan::{plan, Pool};
use backprep_core::mock::preset::from_query;
use backprep_core::route::parse_query;
use std::path::Path;

fn main() {
    let query = std::env::args().nth(1).unwrap_or_default();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let fail = |e: String| -> ! {
        eprintln!("{e}");
        std::process::exit(2)
    };
    let text = |e: Vec<backprep_core::authoring::ContentError>| e.iter().map(|e| e.to_string()).collect::<Vec<_>>().join("\n");
    let catalog = load_catalog(&root.join("questions"), &root.join("exercises")).unwrap_or_else(|e| fail(text(e)));
    let sql = backprep_core::sql::load::load_sql(&root.join("sql")).unwrap_or_else(|e| fail(text(e))).0;
    let design = backprep_core::design::load::load_design(&root.join("design")).unwrap_or_else(|e| fail(text(e)));
    let bank = backprep_core::behavioural::load::load_behavioural(&root.join("behavioural")).unwrap_or_else(|e| fail(text(e)));
    // The same pool, in the same order, as the app's `pages::mock::pool`.
    let designs: Vec<String> = design.iter().map(|d| d.slug.clone()).collect();
    let pool = Pool {
        quiz: catalog.topics.iter().flat_map(|t| t.questions.iter().map(|q| q.id.clone())).collect(),
        code: catalog.exercises.iter().map(|e| e.slug.clone()).collect(),
        sql: sql.iter().map(|e| e.slug.clone()).collect(),
        estimation: designs.clone(),
        design: designs,
        behavioural: bank.prompts.iter().map(|p| p.id.clone()).collect(),
    };
    let (preset, seed) = from_query(&parse_query(&query)).unwrap_or_else(|e| fail(e));
    let p = plan(&preset, &pool, seed);
    let parts: Vec<serde_json::Value> = p.parts.iter().map(|x| serde_json::json!({ "kind": x.kind.id(), "items": x.items, "minutes": x.minutes })).collect();
    let skipped: Vec<&str> = p.skipped.iter().map(|k| k.id()).collect();
    println!("{}", serde_json::json!({ "parts": parts, "skipped": skipped }));
}
