//! How well confidence matched correctness. Before a quiz answer is revealed the learner says
//! how sure they are (guessed / unsure / sure); each level claims a chance of being right, and
//! the Brier score (mean squared gap between the claim and the outcome) measures how honest the
//! claims were: 0 is perfect, 0.25 is what always claiming 50 % scores.

use crate::quiz::{Attempt, AttemptItem};

/// The confidence levels: label and the chance of being right each one claims.
pub const LEVELS: [(&str, f64); 3] = [("Guessed", 0.33), ("Unsure", 0.67), ("Sure", 0.95)];

/// One confidence level's record.
#[derive(Debug, Clone, PartialEq)]
pub struct Bucket {
    pub label: &'static str,
    /// The chance of being right this level claims.
    pub claimed: f64,
    pub answers: u32,
    pub right: u32,
}

impl Bucket {
    /// The share of right answers (`None` with no answers).
    pub fn actual(&self) -> Option<f64> {
        (self.answers > 0).then(|| f64::from(self.right) / f64::from(self.answers))
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Calibration {
    pub buckets: Vec<Bucket>,
    /// `None` until an answer carries a confidence.
    pub brier: Option<f64>,
}

impl Calibration {
    pub fn answers(&self) -> u32 {
        self.buckets.iter().map(|b| b.answers).sum()
    }
}

/// The quiz answers that carry a confidence, as (attempt, answer, level 1..=3), oldest first.
fn rated(attempts: &[Attempt]) -> impl Iterator<Item = (&Attempt, &AttemptItem, usize)> {
    attempts.iter().flat_map(|a| a.items.iter().map(move |i| (a, i))).filter_map(|(a, i)| {
        let level = usize::from(i.confidence?);
        (1..=3).contains(&level).then_some((a, i, level))
    })
}

pub fn calibration(attempts: &[Attempt]) -> Calibration {
    let mut buckets: Vec<Bucket> = LEVELS.iter().map(|&(label, claimed)| Bucket { label, claimed, answers: 0, right: 0 }).collect();
    let mut sum = 0.0;
    for (_, item, level) in rated(attempts) {
        let b = &mut buckets[level - 1];
        b.answers += 1;
        b.right += u32::from(item.correct);
        sum += (b.claimed - if item.correct { 1.0 } else { 0.0 }).powi(2);
    }
    let n: u32 = buckets.iter().map(|b| b.answers).sum();
    Calibration { buckets, brier: (n > 0).then(|| sum / f64::from(n)) }
}

/// A question answered wrongly while "sure".
#[derive(Debug, Clone, PartialEq)]
pub struct Miss<'a> {
    /// The attempt whose results explain it.
    pub attempt: &'a str,
    pub question: &'a str,
    pub topic: &'a str,
}

/// Questions answered wrongly while "sure", most recent first, each once (its latest such answer).
pub fn confidently_wrong(attempts: &[Attempt]) -> Vec<Miss<'_>> {
    let mut all: Vec<(&Attempt, &AttemptItem, usize)> = rated(attempts).collect();
    all.sort_by(|x, y| y.0.ended_at.total_cmp(&x.0.ended_at));
    let mut out: Vec<Miss> = Vec::new();
    for (a, i, level) in all {
        if level == 3 && !i.correct && !out.iter().any(|m| m.question == i.question_id) {
            out.push(Miss { attempt: &a.id, question: &i.question_id, topic: &i.topic });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quiz::{FinishReason, Preset, Response};

    fn attempt(id: &str, ended_at: f64, answers: &[(&str, bool, Option<u16>)]) -> Attempt {
        Attempt {
            id: id.into(), started_at: 0.0, ended_at, settings: Preset::Quick10.settings(1), reason: FinishReason::Completed,
            items: answers.iter().map(|&(q, correct, confidence)| AttemptItem {
                question_id: q.into(), topic: "t".into(), order: vec![], response: Some(Response::Bool(true)), correct, credit: None, time_ms: 5, confidence,
            }).collect(),
        }
    }

    #[test]
    fn buckets_count_answers_per_level_and_brier_scores_the_claims() {
        let a = attempt("a", 1.0, &[("a", true, Some(3)), ("b", false, Some(3)), ("c", true, Some(1)), ("d", true, None)]);
        let c = calibration(&[a]);
        assert_eq!(c.answers(), 3, "only answers with a confidence");
        assert_eq!((c.buckets[2].answers, c.buckets[2].right, c.buckets[2].actual()), (2, 1, Some(0.5)));
        assert_eq!((c.buckets[0].answers, c.buckets[0].right), (1, 1));
        assert_eq!(c.buckets[1].actual(), None);
        // (0.95−1)² + (0.95−0)² + (0.33−1)², over 3.
        let expected = (0.05f64.powi(2) + 0.95f64.powi(2) + 0.67f64.powi(2)) / 3.0;
        assert!((c.brier.expect("answers") - expected).abs() < 1e-12);
        assert_eq!(calibration(&[]).brier, None);
    }

    #[test]
    fn confidently_wrong_lists_each_question_once_latest_first() {
        let old = attempt("old", 1.0, &[("a", false, Some(3)), ("b", false, Some(3))]);
        let new = attempt("new", 2.0, &[("a", false, Some(3)), ("c", false, Some(2)), ("d", true, Some(3))]);
        let both = [old, new];
        let got: Vec<(&str, &str)> = confidently_wrong(&both).iter().map(|m| (m.question, m.attempt)).collect();
        assert_eq!(got, vec![("a", "new"), ("b", "old")]);
    }
}
