//! The shipped content: every file parses and every rule holds, including the counts the
//! product promises (≥ 40 questions in each core topic and in each topic added by issue 16,
//! ≥ 20 in others, ≥ 500 in all; every kind in every topic).

use backprep_core::authoring::load_catalog;
use backprep_core::content::{AnswerKey, Catalog};
use std::path::Path;

const CORE_TOPICS: [&str; 9] = [
    "time-complexity",
    "sql-vs-nosql",
    "rest-vs-graphql",
    "auth",
    "distributed-systems",
    "messaging",
    "web-security",
    "observability",
    "concurrency",
];

fn shipped() -> Catalog {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    match load_catalog(&root.join("questions"), &root.join("exercises")) {
        Ok(c) => c,
        Err(errors) => panic!("content errors:\n{}", errors.iter().map(|e| e.to_string()).collect::<Vec<_>>().join("\n")),
    }
}

#[test]
fn every_question_bank_meets_its_counts() {
    let c = shipped();
    let mut total = 0;
    for id in CORE_TOPICS {
        assert!(c.topic(id).is_some(), "missing core topic {id}");
    }
    for t in &c.topics {
        let n = t.questions.len();
        total += n;
        let min = if CORE_TOPICS.contains(&t.id.as_str()) { 40 } else { 20 };
        assert!(n >= min, "{}: {n} questions, needs at least {min}", t.id);
        for d in 1..=3 {
            let k = t.questions.iter().filter(|q| q.difficulty == d).count();
            assert!(k * 6 >= n, "{}: only {k} of {n} questions at difficulty {d}", t.id);
        }
        let kinds = |name: &str| t.questions.iter().filter(|q| q.answer.kind_name() == name).count();
        for kind in ["single", "multiple", "true_false", "numeric"] {
            assert!(kinds(kind) >= 1, "{}: needs at least one {kind} question", t.id);
        }
    }
    assert!(total >= 500, "{total} questions in all, needs at least 500");
}

#[test]
fn every_choice_question_is_well_formed_after_rendering() {
    for q in shipped().questions() {
        match &q.answer {
            AnswerKey::Single { options } | AnswerKey::Multiple { options } => {
                assert!(options.iter().all(|o| !o.html.trim().is_empty() && !o.why_html.trim().is_empty()), "{}", q.id);
            }
            AnswerKey::Numeric { tolerance, answer, .. } => {
                assert!(*tolerance < answer.abs().max(1.0), "{}: tolerance as large as the answer accepts anything", q.id);
            }
            AnswerKey::TrueFalse { .. } => {}
        }
        assert!(!q.prompt_html.contains("<script"), "{}", q.id);
    }
}

#[test]
fn there_is_at_least_one_exercise() {
    assert!(!shipped().exercises.is_empty());
}

#[test]
fn no_question_reuses_a_retired_id() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let list = std::fs::read_to_string(root.join("questions/retired-ids.txt")).expect("questions/retired-ids.txt");
    let retired: Vec<&str> = list
        .lines()
        .map(|l| l.split('#').next().unwrap_or("").trim())
        .filter(|l| !l.is_empty())
        .collect();
    assert!(retired.len() >= 6, "the retired list lost entries: {retired:?}");
    for q in shipped().questions() {
        assert!(!retired.contains(&q.id.as_str()), "{} is a retired id (questions/retired-ids.txt): pick a new one", q.id);
    }
}
