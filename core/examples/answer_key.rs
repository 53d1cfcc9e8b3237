//! Prints the answer key of the quiz a link builds, for end-to-end tests:
//! `cargo run -q -p backprep-core --example answer_key -- 'topics=auth&n=3&seed=7'`
//! Output: a JSON array, one object per question in quiz order, with the display indices of
//! the correct options (or the true/false or numeric answer). Given several queries, an array of
//! those arrays, one per query (one catalog load for many links).

use backprep_core::authoring::load_catalog;
use backprep_core::content::AnswerKey;
use backprep_core::quiz::engine::build_items;
use backprep_core::quiz::QuizSettings;
use backprep_core::route::parse_query;
use std::path::Path;

fn main() {
    let queries: Vec<String> = std::env::args().skip(1).collect();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let catalog = load_catalog(&root.join("questions"), &root.join("exercises")).unwrap_or_else(|e| {
        eprintln!("{}", e.iter().map(|e| e.to_string()).collect::<Vec<_>>().join("\n"));
        std::process::exit(1)
    });
    let keys: Vec<serde_json::Value> = queries.iter().map(|q| key(&catalog, q)).collect();
    match keys.as_slice() {
        [one] => println!("{one}"),
        _ => println!("{}", serde_json::Value::Array(keys)),
    }
}

/// The answer key of the quiz `query` builds (exits with a message if it builds none).
fn key(catalog: &backprep_core::content::Catalog, query: &str) -> serde_json::Value {
    let settings = match QuizSettings::from_query(&parse_query(query)) {
        Ok(Some(s)) => s,
        Ok(None) => {
            eprintln!("the query needs a seed");
            std::process::exit(2)
        }
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(2)
        }
    };
    let items = build_items(catalog, &settings).unwrap_or_else(|e| {
        eprintln!("{e}");
        std::process::exit(2)
    });
    let out: Vec<serde_json::Value> = items
        .iter()
        .map(|it| {
            let mut v = serde_json::json!({ "id": it.question.id, "kind": it.question.answer.kind_name() });
            match &it.question.answer {
                AnswerKey::Single { options } | AnswerKey::Multiple { options } => {
                    let correct: Vec<usize> = it.order.iter().enumerate().filter(|(_, &a)| options[a].correct).map(|(d, _)| d).collect();
                    v["correct"] = serde_json::json!(correct);
                    v["options"] = serde_json::json!(options.len());
                }
                AnswerKey::TrueFalse { answer } => v["answer"] = serde_json::json!(answer),
                AnswerKey::Numeric { answer, tolerance, .. } => {
                    v["answer"] = serde_json::json!(answer);
                    v["tolerance"] = serde_json::json!(tolerance);
                }
            }
            v
        })
        .collect();
    serde_json::Value::Array(out)
}
