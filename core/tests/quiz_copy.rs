//! A quiz link's copy of its first question (`copy::quiz`): the question the app would show first,
//! drawn the way the app draws it, and what the reader did on it carried into the app's quiz.
//! (That the copy's markup equals the app's first render is checked end to end, in a browser:
//! tests/e2e/quiz.test.mjs.)

mod common;

use backprep_core::content::{AnswerKey, Catalog, Question, Topic};
use common::{choice, question};
use backprep_core::copy::quiz::{first_question, Carried, QUESTION_ATTR};
use backprep_core::quiz::engine::build_items;
use backprep_core::quiz::{Phase, QuizAction, QuizSettings, Selection};

/// Topic `id` (shown first when `order` is lower) with single-choice questions, but for a
/// multiple-choice, a true/false and a numeric one.
fn topic(id: &str, order: i64) -> Topic {
    let mut questions: Vec<Question> =
        (0..8).map(|n| question(id, n, AnswerKey::Single { options: (0..4).map(|i| choice(i, i == 2)).collect() })).collect();
    questions[0].answer = AnswerKey::Multiple { options: vec![choice(0, true), choice(1, false), choice(2, true)] };
    questions[1].answer = AnswerKey::TrueFalse { answer: true };
    questions[2].answer = AnswerKey::Numeric { answer: 10.0, tolerance: 1.0, unit: Some("ms & more".into()), log_credit: false };
    Topic { order, id: id.into(), title: format!("Topic <{id}>"), summary: "s".into(), questions }
}

fn banks(topics: &[Topic]) -> String {
    serde_json::to_string(topics).expect("serialises")
}

fn link(query: &str) -> String {
    format!("#/quiz?{query}&start=1")
}

/// The question the app shows first for `query`, from the catalog in its index order.
fn app_first(query: &str, catalog_topics: Vec<Topic>) -> (Question, Vec<usize>, usize) {
    let q = backprep_core::route::parse_query(query);
    let settings = QuizSettings::from_query(&q).expect("valid").expect("a quiz");
    let items = build_items(&Catalog { topics: catalog_topics, ..Catalog::default() }, &settings).expect("builds");
    (items[0].question.clone(), items[0].order.clone(), items.len())
}

#[test]
fn the_copy_shows_the_question_the_app_shows_first_with_its_options_in_display_order() {
    let (a, b) = (topic("alpha", 1), topic("beta", 2));
    for seed in 0..40 {
        let query = format!("topics=beta,alpha&n=5&total=300&seed={seed}");
        // The loader hands the banks over in whatever order they arrived.
        let html = first_question(&link(&query), &banks(&[b.clone(), a.clone()]), false).expect("a copy");
        let (q, order, n) = app_first(&query, vec![a.clone(), b.clone()]);
        assert!(html.contains(&format!("{QUESTION_ATTR}=\"{}\"", q.id)), "seed {seed}: names {}", q.id);
        assert!(html.contains(&q.prompt_html), "seed {seed}: shows the prompt of {}", q.id);
        assert!(html.contains(&format!(">1 / {n}</span>")), "seed {seed}: progress");
        assert!(html.contains(&format!("<span class=\"meta\">Topic &lt;{}&gt; · difficulty {}</span>", q.topic, q.difficulty)));
        assert!(html.contains("aria-label=\"Quiz time left: 5:00\">5:00</span>"), "the full countdown");
        match &q.answer {
            AnswerKey::Single { options } | AnswerKey::Multiple { options } => {
                let shown: Vec<usize> = order.iter().map(|&a| html.find(&options[a].html).expect("every option")).collect();
                assert!(shown.windows(2).all(|w| w[0] < w[1]), "seed {seed}: options in display order {order:?}");
                let kind = if matches!(q.answer, AnswerKey::Multiple { .. }) { "checkbox" } else { "radio" };
                assert_eq!(html.matches(&format!("type=\"{kind}\"")).count(), options.len());
            }
            AnswerKey::TrueFalse { .. } => assert!(html.contains("True or false?")),
            AnswerKey::Numeric { .. } => assert!(html.contains("<span>ms &amp; more</span>"), "the unit, escaped"),
        }
    }
}

#[test]
fn a_link_that_does_not_start_at_once_or_lacks_its_banks_gets_no_copy() {
    let a = banks(&[topic("alpha", 1)]);
    assert!(first_question("#/quiz?topics=alpha&n=5&seed=1", &a, false).is_none(), "the intro page, not a question");
    assert!(first_question(&link("topics=alpha,beta&n=5&seed=1"), &a, false).is_none(), "beta's bank is missing");
    assert!(first_question(&link("n=5&seed=1"), &a, false).is_none(), "every topic: banks the loader does not fetch");
    assert!(first_question(&link("ids=alpha-1&n=5&seed=1"), &a, false).is_none(), "exact questions");
    assert!(first_question(&link("topics=alpha&n=5&seed=x"), &a, false).is_none(), "a broken link: the app says why");
    assert!(first_question(&link("topics=alpha&n=0&seed=1"), &a, false).is_none(), "invalid settings");
    assert!(first_question(&link("topics=alpha&n=5&seed=1"), "[{\"id\":", false).is_none(), "an unreadable bank");
    assert!(first_question("#/exercise/x", &a, false).is_none());
    assert!(first_question(&link("topics=alpha&n=5&seed=1"), &a, false).is_some());
}

#[test]
fn the_theme_toggle_reads_as_the_readers_theme() {
    let a = banks(&[topic("alpha", 1)]);
    let light = first_question(&link("topics=alpha&n=5&seed=1"), &a, false).expect("a copy");
    let dark = first_question(&link("topics=alpha&n=5&seed=1"), &a, true).expect("a copy");
    assert!(light.contains("aria-label=\"Switch to dark theme\"") && !light.contains("Switch to light theme"));
    assert!(dark.contains("aria-label=\"Switch to light theme\"") && !dark.contains("Switch to dark theme"));
}

/// The quiz for `query` over topic alpha, and the id of its first question.
fn quiz(query: &str) -> (QuizSettings, Vec<backprep_core::quiz::QuizItem>) {
    let settings = QuizSettings::from_query(&backprep_core::route::parse_query(query)).expect("valid").expect("a quiz");
    let items = build_items(&Catalog { topics: vec![topic("alpha", 1)], ..Catalog::default() }, &settings).expect("builds");
    (settings, items)
}

/// A seed whose first question has the answer kind `pick` accepts.
fn seed_where(pick: impl Fn(&AnswerKey) -> bool) -> String {
    (0..500)
        .map(|s| format!("topics=alpha&n=8&total=600&seed={s}"))
        .find(|q| pick(&quiz(q).1[0].question.answer))
        .expect("some seed starts with this kind")
}

fn carried(question: &str, chosen: Vec<usize>, text: &str) -> Carried {
    let json = serde_json::json!({ "question": question, "shown_ms": 1000.0, "chosen": chosen, "text": text, "submitted": true });
    Carried::parse(&json.to_string()).expect("reads the loader's hand-over")
}

#[test]
fn what_was_chosen_on_the_copy_is_chosen_in_the_app_and_its_clock_started_at_the_copy() {
    let query = seed_where(|a| matches!(a, AnswerKey::Single { .. }));
    let (settings, items) = quiz(&query);
    let s = carried(&items[0].question.id, vec![2], "").adopt(settings.clone(), items.clone(), 3500.0).expect("its own question");
    assert_eq!(s.started_ms, 1000.0, "the countdown started when the copy was painted");
    assert_eq!(s.total_left_ms(s.now_ms), Some(597_500.0), "and reads the time left now, at the first render");
    assert_eq!(s.selection, Selection::Choices([2].into()));
    assert_eq!(s.phase, Phase::Answering, "submitting is the app's to do, after its first render");
    let s = s.apply(QuizAction::Submit { now_ms: 2000.0 });
    assert!(matches!(s.phase, Phase::Confidence { .. }), "the carried choice is an answer");

    let query = seed_where(|a| matches!(a, AnswerKey::Multiple { .. }));
    let (settings, items) = quiz(&query);
    let s = carried(&items[0].question.id, vec![0, 2], "").adopt(settings, items, 1000.0).expect("its own question");
    assert_eq!(s.selection, Selection::Choices([0, 2].into()), "every ticked box, each once");

    let query = seed_where(|a| matches!(a, AnswerKey::TrueFalse { .. }));
    let (settings, items) = quiz(&query);
    assert_eq!(carried(&items[0].question.id, vec![1], "").adopt(settings.clone(), items.clone(), 1000.0).expect("adopts").selection, Selection::Bool(false));
    assert_eq!(carried(&items[0].question.id, vec![0], "").adopt(settings, items, 1000.0).expect("adopts").selection, Selection::Bool(true));

    let query = seed_where(|a| matches!(a, AnswerKey::Numeric { .. }));
    let (settings, items) = quiz(&query);
    assert_eq!(carried(&items[0].question.id, vec![], "9.5").adopt(settings, items, 1000.0).expect("adopts").selection, Selection::Text("9.5".into()));
}

#[test]
fn a_copy_shown_longer_than_the_time_allowed_starts_a_quiz_whose_time_is_up() {
    let query = "topics=alpha&n=3&total=60&seed=4".to_string();
    let (settings, items) = quiz(&query);
    let s = carried(&items[0].question.id, vec![0], "").adopt(settings, items, 1000.0 + 61_000.0).expect("adopts");
    assert!(s.is_finished(), "the 60 s ran out while the copy was on screen");
}

#[test]
fn a_copy_of_another_question_is_not_adopted_and_nothing_chosen_stays_nothing() {
    let query = seed_where(|a| matches!(a, AnswerKey::Single { .. }));
    let (settings, items) = quiz(&query);
    assert!(carried("some-other-question", vec![1], "").adopt(settings.clone(), items.clone(), 1000.0).is_none());
    let s = carried(&items[0].question.id, vec![], "").adopt(settings.clone(), items.clone(), 1000.0).expect("adopts");
    assert_eq!(s.selection, Selection::Empty);
    // An option index the question does not have is ignored, as the app's own Choose is.
    let s = carried(&items[0].question.id, vec![17], "").adopt(settings, items, 1000.0).expect("adopts");
    assert_eq!(s.selection, Selection::Empty);
    assert!(Carried::parse("{\"question\": 3}").is_none(), "an unreadable hand-over is no hand-over");
}
