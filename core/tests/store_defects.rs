//! Regression tests for data-safety defects found in review (issue 9): each one failed before
//! its fix. They use only the public store API, as the app does.

use backprep_core::quiz::{Attempt, AttemptItem, FinishReason, Preset, Response};
use backprep_core::store::merge::merge;
use backprep_core::store::transfer::{export, parse_import};
use backprep_core::store::validate::MAX_DRAFT_BYTES;
use backprep_core::store::{DataAction, Draft, Theme, UserData};
use serde_json::json;

fn item(order: Vec<usize>, response: Option<Response>) -> AttemptItem {
    AttemptItem { question_id: "q1".into(), topic: "auth".into(), order, response, correct: false, credit: None, time_ms: 1_000, confidence: None }
}

fn attempt(id: &str, started_at: f64, items: Vec<AttemptItem>) -> Attempt {
    Attempt { id: id.into(), started_at, ended_at: started_at + 60_000.0, settings: Preset::Quick10.settings(1), reason: FinishReason::Completed, items }
}

fn export_with(a: Attempt) -> String {
    let d = UserData { attempts: vec![a], saved_at: 1.0, ..UserData::default() };
    export(&d, 2.0)
}

/// Option indices a results page would use to index the question's options must be in range.
#[test]
fn imports_with_out_of_range_option_indices_are_refused() {
    let crafted = [
        ("order not a permutation", item(vec![7, 7, 7], None)),
        ("order with a gap", item(vec![0, 1, 5], None)),
        ("response beyond the options", item(vec![1, 0, 2], Some(Response::Choices(vec![9])))),
        ("response twice the same", item(vec![1, 0, 2], Some(Response::Choices(vec![1, 1])))),
        ("choices for a question without options", item(vec![], Some(Response::Choices(vec![0])))),
    ];
    for (what, it) in crafted {
        let text = export_with(attempt("a1", 1_000.0, vec![it]));
        let err = parse_import(text.len(), &text);
        assert!(err.is_err(), "{what}: accepted");
    }
    // The same attempt with sane indices is accepted.
    let text = export_with(attempt("a1", 1_000.0, vec![item(vec![2, 0, 1], Some(Response::Choices(vec![2])))]));
    assert!(parse_import(text.len(), &text).is_ok());
}

/// Whatever `apply` keeps is exactly what the next load reads.
fn assert_survives_reload(d: &UserData, what: &str) {
    let (back, problem) = UserData::load(Some(&d.to_json()));
    assert_eq!(problem, None, "{what}");
    assert_eq!(&back, d, "{what}: state differs from what the next load reads");
}

#[test]
fn an_answer_longer_than_a_day_survives_a_reload() {
    // The laptop slept with the question open: 25 h on one answer.
    let mut it = item(vec![1, 0, 2], Some(Response::Choices(vec![0])));
    it.time_ms = 25 * 3_600_000;
    let a = attempt("a1", 1_000.0, vec![it]);
    let d = UserData::default().apply(DataAction::RecordAttempt { attempt: a, reviews: vec![] });
    assert_eq!(d.attempts.len(), 1, "the attempt is kept");
    assert_survives_reload(&d, "25 h answer");
}

#[test]
fn a_draft_too_large_to_load_is_never_kept_in_state() {
    let big = "x".repeat(MAX_DRAFT_BYTES + 1);
    let d = UserData::default().apply(DataAction::SaveDraft { slug: "hash-map".into(), code: "ok".into(), at: 5.0 });
    let d = d.apply(DataAction::SaveDraft { slug: "hash-map".into(), code: big, at: 6.0 });
    assert!(d.drafts["hash-map"].code == "ok", "the last draft that can be saved is kept");
    assert_survives_reload(&d, "large draft");
}

#[test]
fn apply_keeps_only_records_that_load() {
    let cases: Vec<(&str, DataAction)> = vec![
        ("empty slug", DataAction::SaveDraft { slug: String::new(), code: "x".into(), at: 5.0 }),
        ("time not finite", DataAction::SaveDraft { slug: "s".into(), code: "x".into(), at: f64::NAN }),
        ("time far out", DataAction::SetTheme { theme: Some(Theme::Dark), at: 1e300 }),
        ("more passed than tests", DataAction::RecordRun { slug: "s".into(), passed: 9, total: 3, help: 0, at: 5.0 }),
        ("bad attempt", DataAction::RecordAttempt { attempt: attempt("", 1.0, vec![]), reviews: vec![] }),
        ("import with a bad record", DataAction::Replace { data: UserData { attempts: vec![attempt("a", 1.0, vec![item(vec![3], None)])], ..UserData::default() }, at: 9.0 }),
    ];
    for (what, action) in cases {
        let d = UserData::default().apply(action);
        assert_survives_reload(&d, what);
    }
}

fn tied_pair() -> (UserData, UserData) {
    let ok = |order: Vec<usize>, pick: usize| vec![item(order, Some(Response::Choices(vec![pick])))];
    let mut a = UserData { saved_at: 50.0, ..UserData::default() };
    a.settings.theme = Some(Theme::Light);
    // Same id and end time, different answers; different ids with the same start.
    a.attempts = vec![attempt("x", 10.0, ok(vec![0, 1], 0)), attempt("p", 20.0, ok(vec![0, 1], 0))];
    a.drafts.insert("s".into(), Draft { code: "mine".into(), saved_at: 7.0, best: Some((2, 5)), last: None });
    let mut b = UserData { saved_at: 50.0, ..UserData::default() };
    b.settings.theme = Some(Theme::Dark);
    b.attempts = vec![attempt("x", 10.0, ok(vec![0, 1], 1)), attempt("q", 20.0, ok(vec![0, 1], 1))];
    b.drafts.insert("s".into(), Draft { code: "theirs".into(), saved_at: 7.0, best: Some((2, 6)), last: None });
    (a, b)
}

/// Two tabs merging each other's copy must end with the same document, or they rewrite forever.
#[test]
fn merge_is_symmetric_on_ties() {
    let (a, b) = tied_pair();
    let ab = merge(a.clone(), b.clone());
    let ba = merge(b, a);
    assert_eq!(ab.settings, ba.settings, "settings with equal saved_at");
    assert_eq!(ab.drafts, ba.drafts, "drafts with equal saved_at");
    assert_eq!(ab.attempts, ba.attempts, "attempts (content and order)");
    assert_eq!(ab, ba);
}

#[test]
fn merging_a_copy_with_itself_changes_nothing() {
    let (a, b) = tied_pair();
    let ab = merge(a.clone(), b);
    assert_eq!(merge(ab.clone(), ab.clone()), ab);
    assert_eq!(merge(a.clone(), a.clone()), a);
}

#[test]
fn duplicated_attempt_ids_in_an_import_are_reported() {
    let a = attempt("dup", 1_000.0, vec![item(vec![], Some(Response::Bool(true)))]);
    let doc = json!({"format": "backprep-export", "version": 2, "data": {"version": 2, "attempts": [a, a]}});
    let text = doc.to_string();
    assert!(parse_import(text.len(), &text).is_err());
}
