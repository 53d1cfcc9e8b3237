//! What the review queue is built from: the content as plan topics (quiz topics with their
//! accuracy in past quizzes, coding exercises, SQL exercises, missed design points), and the
//! settings used when the learner has not set an interview plan.

use super::plan::Topic;
use super::{Card, Kind};
use crate::content::CatalogIndex;
use crate::quiz::Attempt;
use std::collections::BTreeMap;

/// Minutes a day for new material and reviews when no interview plan is set.
pub const DEFAULT_MINUTES: u32 = 20;
/// Without an interview date, the plan looks this far ahead (no review-ahead).
pub const NO_DATE_HORIZON: i64 = 3650;

/// The plan's topics: every quiz topic (keys `quiz:<question>`, accuracy from the attempts), then
/// the coding and SQL exercises, then the design points already in the queue (design prompts
/// are taken whole on the design page, so they add no new items here).
pub fn topics(index: &CatalogIndex, attempts: &[Attempt], cards: &BTreeMap<String, Card>) -> Vec<Topic> {
    let mut tally: BTreeMap<&str, (u32, u32)> = BTreeMap::new();
    for item in attempts.iter().flat_map(|a| &a.items).filter(|i| i.response.is_some()) {
        let t = tally.entry(item.topic.as_str()).or_default();
        t.0 += u32::from(item.correct);
        t.1 += 1;
    }
    let mut out: Vec<Topic> = index
        .topics
        .iter()
        .map(|t| Topic {
            id: t.id.clone(),
            title: t.title.clone(),
            keys: t.question_ids.iter().map(|q| Kind::Quiz.key(q)).collect(),
            accuracy: tally.get(t.id.as_str()).filter(|(_, n)| *n > 0).map(|&(r, n)| f64::from(r) / f64::from(n)),
        })
        .collect();
    let group = |id: &str, title: &str, keys: Vec<String>| Topic { id: id.into(), title: title.into(), keys, accuracy: None };
    out.push(group("exercises", "Coding exercises", index.exercises.iter().map(|e| Kind::Exercise.key(&e.slug)).collect()));
    out.push(group("sql", "SQL", index.sql.iter().map(|e| Kind::Sql.key(&e.slug)).collect()));
    let design: Vec<String> = cards.keys().filter(|k| Kind::of_key(k).is_some_and(|(kind, _)| kind == Kind::Design)).cloned().collect();
    if !design.is_empty() {
        out.push(group("design", "System-design points", design));
    }
    out
}

/// The topic id of a card key among `topics` (the first that lists it).
pub fn topic_of<'a>(topics: &'a [Topic], key: &str) -> Option<&'a Topic> {
    topics.iter().find(|t| t.keys.iter().any(|k| k == key))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{ExerciseMeta, TopicMeta};
    use crate::quiz::{AttemptItem, FinishReason, Preset, Response};

    #[test]
    fn topics_carry_their_keys_and_accuracy() {
        let meta = |slug: &str| ExerciseMeta { slug: slug.into(), title: slug.into(), difficulty: 1, summary: String::new(), file: String::new() };
        let index = CatalogIndex {
            topics: vec![TopicMeta { id: "caching".into(), title: "Caching".into(), summary: String::new(), question_ids: vec!["c1".into(), "c2".into()], file: String::new() }],
            exercises: vec![meta("lru-cache")],
            sql: vec![meta("running-total")],
            design: vec![],
        };
        let item = |correct: bool, response: Option<Response>| AttemptItem {
            question_id: "c1".into(), topic: "caching".into(), order: vec![], response, correct, credit: None, time_ms: 5, confidence: None,
        };
        let attempt = Attempt {
            id: "a".into(), started_at: 0.0, ended_at: 1.0, settings: Preset::Quick10.settings(1), reason: FinishReason::Completed,
            items: vec![item(true, Some(Response::Bool(true))), item(false, Some(Response::Bool(false))), item(false, Some(Response::Bool(false))), item(false, None)],
        };
        let mut cards = BTreeMap::new();
        cards.insert("design:chat:api-1".to_string(), Card { s: 1_000_000, d: 5_000_000, due: 1, last: 0, at: 0, reps: 1, lapses: 0 });
        let t = topics(&index, &[attempt], &cards);
        let ids: Vec<&str> = t.iter().map(|t| t.id.as_str()).collect();
        assert_eq!(ids, vec!["caching", "exercises", "sql", "design"]);
        assert_eq!(t[0].keys, vec!["quiz:c1", "quiz:c2"]);
        assert_eq!(t[0].accuracy, Some(1.0 / 3.0), "unanswered questions do not count");
        assert_eq!(t[1].keys, vec!["exercise:lru-cache"]);
        assert_eq!(topic_of(&t, "design:chat:api-1").map(|t| t.title.as_str()), Some("System-design points"));
        assert!(topics(&index, &[], &BTreeMap::new()).iter().all(|t| t.id != "design" && t.accuracy.is_none()));
    }
}
