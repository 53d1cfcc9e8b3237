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
    let shell = out.parent().unwrap_or(out).join("shell.html");
    std::fs::write(&shell, home_shell(&catalog)).unwrap_or_else(|e| panic!("cannot write {}: {e}", shell.display()));
}

fn esc(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// A static copy of the home page, shown before the WASM app starts (the app removes it).
fn home_shell(c: &backprep_core::content::Catalog) -> String {
    let total: usize = c.topics.iter().map(|t| t.questions.len()).sum();
    let mut h = String::from("<div id=\"prerender\"><header class=\"top\"><a class=\"brand\" href=\"#/\">backprep</a><nav aria-label=\"Main\"><a href=\"#/quiz\">Quiz</a><a href=\"#/review\">Review</a><a href=\"#/history\">History</a><a href=\"#/data\">Your data</a></nav></header>");
    h += "<main><div class=\"page home\"><h1>Practise for backend interviews</h1>";
    h += &format!("<p class=\"lead\">{total} questions across {} topics and {} coding exercises. Works offline; your progress never leaves this browser.</p>", c.topics.len(), c.exercises.len());
    h += "<section><h2>Quiz topics</h2><ul class=\"cards\">";
    for t in &c.topics {
        h += &format!("<li class=\"card\"><a href=\"#/quiz/{}\"><span class=\"card-title\">{}</span></a><p>{}</p><p class=\"meta\">{} questions</p></li>", esc(&t.id), esc(&t.title), esc(&t.summary), t.questions.len());
    }
    h += "</ul></section><section><h2>Coding exercises</h2><ul class=\"cards\">";
    for e in &c.exercises {
        h += &format!("<li class=\"card\"><a href=\"#/exercise/{}\"><span class=\"card-title\">{}</span></a><p>{}</p></li>", esc(&e.slug), esc(&e.title), esc(&e.summary));
    }
    h += "</ul></section></div></main></div>";
    h
}
