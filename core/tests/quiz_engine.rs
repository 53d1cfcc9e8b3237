//! The quiz engine end to end on a small catalog, with a fake clock (plain numbers).

mod common;

use backprep_core::content::{AnswerKey, Catalog, Topic};
use common::{choice, question};
use backprep_core::quiz::engine::build_items;
use backprep_core::quiz::{FinishReason, Phase, QuizAction, QuizSettings, QuizState, Response};

fn catalog() -> Catalog {
    let topic = |id: &str| Topic {
        order: 0,
        id: id.into(),
        title: id.into(),
        summary: "s".into(),
        questions: (0..12)
            .map(|n| question(id, n, AnswerKey::Single { options: (0..4).map(|i| choice(i, i == 2)).collect() }))
            .collect(),
    };
    let mut c = Catalog { topics: vec![topic("a"), topic("b")], ..Catalog::default() };
    c.topics[0].questions[0].answer = AnswerKey::Multiple { options: vec![choice(0, true), choice(1, false), choice(2, true)] };
    c.topics[0].questions[1].answer = AnswerKey::TrueFalse { answer: true };
    c.topics[0].questions[2].answer = AnswerKey::Numeric { answer: 10.0, tolerance: 1.0, unit: None, log_credit: false };
    c
}

fn settings(seed: u64) -> QuizSettings {
    QuizSettings { topics: vec![], difficulties: vec![], ids: vec![], count: 3, total_secs: None, per_question_secs: None, seed }
}

/// The display index of the correct option of the current single-choice question.
fn correct_display(state: &QuizState) -> usize {
    let item = state.item().expect("a current question");
    item.order.iter().position(|&a| item.question.answer.options()[a].correct).expect("has a correct option")
}

#[test]
fn same_seed_same_quiz_other_seed_other_quiz() {
    let c = catalog();
    let ids = |seed| -> Vec<(String, Vec<usize>)> {
        build_items(&c, &QuizSettings { count: 10, ..settings(seed) })
            .expect("builds")
            .into_iter()
            .map(|i| (i.question.id, i.order))
            .collect()
    };
    assert_eq!(ids(5), ids(5));
    assert_ne!(ids(5), ids(6));
}

#[test]
fn mixed_quiz_covers_every_chosen_topic_and_filters_apply() {
    let c = catalog();
    let items = build_items(&c, &QuizSettings { count: 4, ..settings(1) }).expect("builds");
    assert_eq!(items.iter().filter(|i| i.question.topic == "a").count(), 2);
    let only_b_hard = QuizSettings { topics: vec!["b".into()], difficulties: vec![3], count: 50, ..settings(1) };
    let items = build_items(&c, &only_b_hard).expect("builds");
    assert_eq!(items.len(), 4, "12 questions, one in three is difficulty 3");
    assert!(items.iter().all(|i| i.question.topic == "b" && i.question.difficulty == 3));
    let unknown = QuizSettings { topics: vec!["zzz".into()], ..settings(1) };
    assert!(build_items(&c, &unknown).expect_err("unknown topic").contains("zzz"));
}

#[test]
fn answers_score_and_time_is_recorded() {
    let c = catalog();
    let items = build_items(&c, &QuizSettings { topics: vec!["b".into()], ..settings(9) }).expect("builds");
    let mut s = QuizState::new(settings(9), items, 1_000.0);
    // Right answer after 4 s.
    let right = correct_display(&s);
    s = s.apply(QuizAction::Choose(right)).apply(QuizAction::Submit { now_ms: 5_000.0 });
    // How sure? asked before the result shows; Next waits for it.
    assert_eq!(s.phase, Phase::Confidence { correct: true });
    assert_eq!(s.clone().apply(QuizAction::Next { now_ms: 5_500.0 }).phase, Phase::Confidence { correct: true });
    s = s.apply(QuizAction::Confide(Some(3)));
    assert_eq!(s.phase, Phase::Feedback { correct: true });
    s = s.apply(QuizAction::Next { now_ms: 6_000.0 });
    // Wrong answer.
    let wrong = (correct_display(&s) + 1) % 4;
    s = s.apply(QuizAction::Choose(wrong)).apply(QuizAction::Submit { now_ms: 8_000.0 });
    s = s.apply(QuizAction::Confide(None));
    assert_eq!(s.phase, Phase::Feedback { correct: false }, "skipping shows the result too");
    s = s.apply(QuizAction::Next { now_ms: 8_500.0 });
    // Submitting nothing is refused with a message.
    s = s.apply(QuizAction::Submit { now_ms: 9_000.0 });
    assert_eq!(s.phase, Phase::Answering);
    assert!(s.input_error.is_some());
    s = s.apply(QuizAction::Quit { now_ms: 9_500.0 });
    assert_eq!(s.phase, Phase::Finished(FinishReason::Quit));
    let a = s.to_attempt("x".into());
    let score = a.score();
    assert_eq!((score.correct, score.wrong, score.unanswered), (1, 1, 1));
    assert_eq!(a.items.iter().map(|i| i.time_ms).collect::<Vec<_>>(), vec![4_000, 2_000, 1_000]);
    assert_eq!(a.duration_ms(), 8_500.0);
    assert_eq!(a.mistakes().len(), 2);
    assert_eq!(a.items.iter().map(|i| i.confidence).collect::<Vec<_>>(), vec![Some(3), None, None]);
}

#[test]
fn total_countdown_expiry_ends_the_quiz_and_counts_the_rest_as_unanswered() {
    let c = catalog();
    let st = QuizSettings { total_secs: Some(60), topics: vec!["b".into()], ..settings(2) };
    let items = build_items(&c, &st).expect("builds");
    let mut s = QuizState::new(st, items, 0.0);
    let right = correct_display(&s);
    s = s.apply(QuizAction::Choose(right)).apply(QuizAction::Submit { now_ms: 10_000.0 });
    s = s.apply(QuizAction::Confide(Some(2))).apply(QuizAction::Next { now_ms: 11_000.0 });
    assert_eq!(s.total_left_ms(30_000.0), Some(30_000.0));
    s = s.apply(QuizAction::Tick { now_ms: 59_999.0 });
    assert_eq!(s.phase, Phase::Answering);
    // A pending selection that was never submitted does not count.
    s = s.apply(QuizAction::Choose(0));
    s = s.apply(QuizAction::Tick { now_ms: 61_234.0 });
    assert_eq!(s.phase, Phase::Finished(FinishReason::TimeUp));
    let a = s.to_attempt("t".into());
    assert_eq!(a.ended_at, 60_000.0, "ends exactly at the limit");
    let score = a.score();
    assert_eq!((score.correct, score.wrong, score.unanswered), (1, 0, 2));
    // Nothing changes a finished quiz.
    let after = s.clone().apply(QuizAction::Choose(1)).apply(QuizAction::Next { now_ms: 70_000.0 });
    assert_eq!(after, s);
}

#[test]
fn per_question_countdown_moves_on() {
    let c = catalog();
    let st = QuizSettings { per_question_secs: Some(20), topics: vec!["b".into()], ..settings(3) };
    let items = build_items(&c, &st).expect("builds");
    let mut s = QuizState::new(st, items, 0.0);
    assert_eq!(s.question_left_ms(5_000.0), Some(15_000.0));
    s = s.apply(QuizAction::Tick { now_ms: 20_000.0 });
    assert_eq!((s.current, &s.phase), (1, &Phase::Answering));
    assert_eq!(s.responses[0], None);
    assert_eq!(s.times_ms[0], 20_000);
    s = s.apply(QuizAction::Tick { now_ms: 40_000.0 });
    s = s.apply(QuizAction::Tick { now_ms: 60_000.0 });
    assert_eq!(s.phase, Phase::Finished(FinishReason::Completed));
    assert_eq!(s.to_attempt("p".into()).score().unanswered, 3);
}

#[test]
fn every_kind_is_answered_through_the_engine() {
    let c = catalog();
    let st = QuizSettings { ids: vec!["a-0".into(), "a-1".into(), "a-2".into()], ..settings(4) };
    let items = build_items(&c, &st).expect("builds");
    let mut s = QuizState::new(st, items, 0.0);
    let mut t = 0.0;
    while !s.is_finished() {
        t += 1_000.0;
        let item = s.item().expect("current").clone();
        match &item.question.answer {
            AnswerKey::Multiple { options } => {
                for (d, &a) in item.order.iter().enumerate() {
                    if options[a].correct {
                        s = s.apply(QuizAction::Choose(d));
                    }
                }
                // Toggling an extra option on and off leaves the exact set.
                let wrong = item.order.iter().position(|&a| !options[a].correct).expect("a wrong option");
                s = s.apply(QuizAction::Choose(wrong)).apply(QuizAction::Choose(wrong));
            }
            AnswerKey::TrueFalse { .. } => s = s.apply(QuizAction::SetBool(true)),
            AnswerKey::Numeric { .. } => {
                s = s.apply(QuizAction::SetText("ten".into())).apply(QuizAction::Submit { now_ms: t });
                assert!(s.input_error.as_deref().is_some_and(|e| e.contains("not a number")));
                s = s.apply(QuizAction::SetText(" 10.8 ".into()));
            }
            AnswerKey::Single { .. } => unreachable!("only a-0..a-2 were asked for"),
        }
        s = s.apply(QuizAction::Submit { now_ms: t }).apply(QuizAction::Confide(Some(9)));
        assert_eq!(s.phase, Phase::Feedback { correct: true }, "{}", item.question.id);
        s = s.apply(QuizAction::Next { now_ms: t });
    }
    let a = s.to_attempt("k".into());
    assert_eq!(a.score().correct, 3);
    assert!(a.items.iter().any(|i| i.response == Some(Response::Number(10.8))));
    assert!(a.items.iter().all(|i| i.confidence.is_none()), "a level outside 1..=3 is no confidence");
}
