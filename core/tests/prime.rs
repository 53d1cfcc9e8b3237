//! The sample that the loader's compile worker primes modules with (`backprep_core::prime`) goes
//! through the same code as the shipped banks: if the bank format moves on and the sample does
//! not, these fail (a stale sample would prime nothing).

use backprep_core::content::{AnswerKey, Topic};
use backprep_core::prime::{deal, SAMPLE_BANK};

#[test]
fn the_sample_bank_parses_with_every_answer_kind_and_every_field() {
    let t: Topic = serde_json::from_str(SAMPLE_BANK).expect("the sample bank parses as a shipped bank");
    let kinds: Vec<&str> = t
        .questions
        .iter()
        .map(|q| match q.answer {
            AnswerKey::Single { .. } => "single",
            AnswerKey::Multiple { .. } => "multiple",
            AnswerKey::TrueFalse { .. } => "true_false",
            AnswerKey::Numeric { .. } => "numeric",
        })
        .collect();
    assert_eq!(kinds, ["single", "multiple", "true_false", "numeric"]);
    assert!(t.questions.iter().any(|q| q.reference.is_some()) && t.questions.iter().any(|q| q.reference.is_none()));
    assert!(t.questions.iter().any(|q| !q.tags.is_empty()));
    assert!(t.questions.iter().all(|q| q.topic == t.id));
}

#[test]
fn the_sample_link_deals_every_sample_question_with_both_countdowns() {
    let t: Topic = serde_json::from_str(SAMPLE_BANK).unwrap();
    let state = deal(t).expect("the sample link deals a quiz");
    assert_eq!(state.items.len(), 4);
    assert!(state.total_left_ms(state.started_ms).is_some());
    assert!(state.question_left_ms(state.started_ms).is_some());
}
