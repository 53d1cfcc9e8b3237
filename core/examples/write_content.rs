//! Writes the lazily loaded content files (`topic-*.json`, `exercise-*.json`) into a folder that
//! Trunk copies into `dist/content/`. Run by Trunk's pre_build hook; the app's build script
//! embeds the matching index, so names agree by construction (same code, same files).
//! `cargo run -q -p backprep-core --example write_content -- build/content`

use backprep_core::authoring::load_catalog;
use std::path::Path;

fn main() {
    let out = std::env::args().nth(1).unwrap_or_else(|| "build/content".into());
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let catalog = load_catalog(&root.join("questions"), &root.join("exercises")).unwrap_or_else(|errors| {
        for e in &errors {
            eprintln!("content error: {e}");
        }
        std::process::exit(1)
    });
    let out = Path::new(&out);
    let _ = std::fs::remove_dir_all(out);
    std::fs::create_dir_all(out).unwrap_or_else(|e| panic!("cannot create {}: {e}", out.display()));
    let (_, files) = catalog.split();
    for (name, json) in &files {
        std::fs::write(out.join(name), json).unwrap_or_else(|e| panic!("cannot write {name}: {e}"));
    }
    println!("write_content: {} files in {}", files.len(), out.display());
}
