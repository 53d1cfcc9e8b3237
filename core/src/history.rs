//! Progress over time, derived from saved attempts: the per-topic accuracy series the history
//! chart draws.

use crate::quiz::Attempt;
use std::collections::BTreeMap;

/// One point: the attempt's position in history (0-based) and the topic's accuracy in it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Point {
    pub attempt: usize,
    pub accuracy: f64,
}

/// Accuracy per topic for every attempt that asked about it, in chronological order.
pub fn topic_series(attempts: &[Attempt]) -> BTreeMap<String, Vec<Point>> {
    let mut sorted: Vec<&Attempt> = attempts.iter().collect();
    sorted.sort_by(|a, b| a.started_at.total_cmp(&b.started_at));
    let mut out: BTreeMap<String, Vec<Point>> = BTreeMap::new();
    for (i, a) in sorted.iter().enumerate() {
        for (topic, score) in a.topic_scores() {
            out.entry(topic).or_default().push(Point { attempt: i, accuracy: score.accuracy() });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quiz::{AttemptItem, FinishReason, Preset, Response};

    fn attempt(started_at: f64, items: &[(&str, bool)]) -> Attempt {
        Attempt {
            id: format!("{started_at}"),
            started_at,
            ended_at: started_at + 1.0,
            settings: Preset::Quick10.settings(1),
            reason: FinishReason::Completed,
            items: items
                .iter()
                .map(|(t, c)| AttemptItem {
                    question_id: format!("{t}-q"),
                    topic: t.to_string(),
                    order: vec![],
                    response: Some(Response::Bool(true)),
                    correct: *c,
                    credit: None,
                    time_ms: 1,
                    confidence: None,
                })
                .collect(),
        }
    }

    #[test]
    fn series_are_chronological_per_topic() {
        let later = attempt(200.0, &[("a", true), ("a", true)]);
        let earlier = attempt(100.0, &[("a", true), ("a", false), ("b", false)]);
        let s = topic_series(&[later, earlier]);
        assert_eq!(s["a"], vec![Point { attempt: 0, accuracy: 0.5 }, Point { attempt: 1, accuracy: 1.0 }]);
        assert_eq!(s["b"], vec![Point { attempt: 0, accuracy: 0.0 }]);
    }
}
