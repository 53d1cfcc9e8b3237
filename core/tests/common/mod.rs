//! Builders for small hand-made catalogs, shared by the quiz tests.

use backprep_core::content::{AnswerKey, Choice, Question};

/// Option `i` (its text names it), right or not.
pub fn choice(i: usize, correct: bool) -> Choice {
    Choice { html: format!("option {i}"), correct, why_html: "why".into() }
}

/// Question `n` of `topic` (id `<topic>-<n>`, a prompt that names it, difficulty 1–3 in turn).
pub fn question(topic: &str, n: usize, answer: AnswerKey) -> Question {
    Question {
        id: format!("{topic}-{n}"),
        topic: topic.into(),
        difficulty: (n % 3 + 1) as u8,
        tags: vec!["t".into()],
        prompt_html: format!("<p>Prompt {topic} {n}</p>"),
        explanation_html: "<p>!</p>".into(),
        reference: None,
        answer,
    }
}
