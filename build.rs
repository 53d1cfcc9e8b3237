//! Compiles the human-authored content (`questions/`, `exercises/`, `sql/`, `design/`, `behavioural/`) into JSON that the
//! app embeds. A broken file fails the build here, with file, line, id and reason.

use std::path::Path;

fn main() {
    println!("cargo:rerun-if-changed=questions");
    println!("cargo:rerun-if-changed=exercises");
    println!("cargo:rerun-if-changed=sql");
    println!("cargo:rerun-if-changed=design");
    println!("cargo:rerun-if-changed=behavioural");
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let loaded = backprep_core::authoring::load_all(&root.join("questions"), &root.join("exercises"));
    let sql = backprep_core::sql::load::load_sql(&root.join("sql"));
    let design = backprep_core::design::load::load_design(&root.join("design"));
    let behavioural = backprep_core::behavioural::load::load_behavioural(&root.join("behavioural"));
    let (catalog, fixtures, sql_fixtures, behavioural) = match (loaded, sql, design, behavioural) {
        (Ok((mut catalog, fixtures)), Ok((sql, sql_fixtures)), Ok(design), Ok(behavioural)) => {
            catalog.sql = sql;
            catalog.design = design;
            (catalog, fixtures, sql_fixtures, behavioural)
        }
        (a, b, c, d) => {
            let errors: Vec<_> = a.err().into_iter().chain(b.err()).chain(c.err()).chain(d.err()).flatten().collect();
            for e in &errors {
                eprintln!("content error: {e}");
            }
            eprintln!("{} content error(s); fix the files above", errors.len());
            std::process::exit(1);
        }
    };
    let out = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).to_path_buf();
    // The app embeds only the index; the full catalog is for the browser tests.
    let (mut index, _) = catalog.split();
    // The design prompts' list is embedded only where it is used (the design and quiz areas);
    // every other module, the home page's among them, knows just how many there are.
    let design = std::mem::take(&mut index.design);
    println!("cargo:rustc-env=BACKPREP_DESIGN_PROMPTS={}", design.len());
    let json = serde_json::to_string(&design).expect("design index serializes");
    std::fs::write(out.join("design_index.json"), json).expect("OUT_DIR is writable");
    // The behavioural prompts: embedded in the modules that use them (behavioural, mock, review).
    println!("cargo:rustc-env=BACKPREP_BEHAVIOURAL_PROMPTS={}", behavioural.prompts.len());
    let json = serde_json::to_string(&behavioural).expect("behavioural bank serializes");
    std::fs::write(out.join("behavioural.json"), json).expect("OUT_DIR is writable");
    let json = serde_json::to_string(&index).expect("index serializes");
    std::fs::write(out.join("index.json"), json).expect("OUT_DIR is writable");
    let json = serde_json::to_string(&catalog).expect("catalog serializes");
    std::fs::write(out.join("catalog.json"), json).expect("OUT_DIR is writable");
    // Known-wrong solutions: read by the browser tests only, never embedded in the app.
    let json = serde_json::to_string(&fixtures).expect("fixtures serialize");
    std::fs::write(out.join("fixtures.json"), json).expect("OUT_DIR is writable");
    let json = serde_json::to_string(&sql_fixtures).expect("fixtures serialize");
    std::fs::write(out.join("sql_fixtures.json"), json).expect("OUT_DIR is writable");
}
