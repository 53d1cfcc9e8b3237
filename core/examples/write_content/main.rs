//! Writes the lazily loaded content files (`topic-*.json`, `exercise-*.json`) into a folder that
//! Trunk copies into `dist/content/`. Run by Trunk's pre_build hook; the app's build script
//! embeds the matching index, so names agree by construction (same code, same files).
//! `cargo run -q -p backprep-core --example write_content -- build/content`

mod exercise;
mod home;

use backprep_core::authoring::load_catalog;
use backprep_core::content::content_hash;
use std::path::Path;

fn main() {
    let out = std::env::args().nth(1).unwrap_or_else(|| "build/content".into());
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let fail = |errors: Vec<backprep_core::authoring::ContentError>| -> ! {
        for e in &errors {
            eprintln!("content error: {e}");
        }
        std::process::exit(1)
    };
    let behavioural = backprep_core::behavioural::load::load_behavioural(&root.join("behavioural")).unwrap_or_else(|e| fail(e)).prompts.len();
    let mut catalog = load_catalog(&root.join("questions"), &root.join("exercises")).unwrap_or_else(|e| fail(e));
    catalog.sql = backprep_core::sql::load::load_sql(&root.join("sql")).unwrap_or_else(|e| fail(e)).0;
    catalog.design = backprep_core::design::load::load_design(&root.join("design")).unwrap_or_else(|e| fail(e));
    let out = Path::new(&out);
    let _ = std::fs::remove_dir_all(out);
    std::fs::create_dir_all(out).unwrap_or_else(|e| panic!("cannot create {}: {e}", out.display()));
    let (_, files) = catalog.split();
    for (name, json) in &files {
        std::fs::write(out.join(name), json).unwrap_or_else(|e| panic!("cannot write {name}: {e}"));
    }
    // Each coding exercise's static copy, named by its own hash (build-sw.mjs lists them for the
    // page's loader).
    for ex in &catalog.exercises {
        let html = exercise::exercise_copy(ex);
        let name = format!("copy-exercise-{}-{}.html", ex.slug, content_hash(html.as_bytes()));
        std::fs::write(out.join(&name), html).unwrap_or_else(|e| panic!("cannot write {name}: {e}"));
    }
    println!("write_content: {} files and {} page copies in {}", files.len(), catalog.exercises.len(), out.display());
    let shell = out.parent().unwrap_or(out).join("shell.html");
    std::fs::write(&shell, home::home_shell(&catalog, behavioural)).unwrap_or_else(|e| panic!("cannot write {}: {e}", shell.display()));
}
