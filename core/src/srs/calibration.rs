//! How well confidence matched correctness. Before a quiz answer is revealed the learner says
//! how sure they are (guessed / unsure / sure); each level claims a chance of being right, and
//! the Brier score (mean squared gap between the claim and the outcome) measures how honest the
//! claims were: 0 is perfect, 0.25 is what always claiming 50 % scores.

use super::{Kind, Review};

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

/// The quiz answers of the log that carry a confidence, as (level 1..=3, right).
fn rated(log: &[Review]) -> impl Iterator<Item = (&Review, usize, bool)> {
    log.iter().filter(|r| Kind::of_key(&r.k).is_some_and(|(k, _)| k == Kind::Quiz)).filter_map(|r| {
        let level = usize::from(r.c?);
        (1..=3).contains(&level).then_some((r, level, r.r > 1))
    })
}

pub fn calibration(log: &[Review]) -> Calibration {
    let mut buckets: Vec<Bucket> = LEVELS.iter().map(|&(label, claimed)| Bucket { label, claimed, answers: 0, right: 0 }).collect();
    let mut sum = 0.0;
    for (_, level, right) in rated(log) {
        let b = &mut buckets[level - 1];
        b.answers += 1;
        b.right += u32::from(right);
        sum += (b.claimed - if right { 1.0 } else { 0.0 }).powi(2);
    }
    let n: u32 = buckets.iter().map(|b| b.answers).sum();
    Calibration { buckets, brier: (n > 0).then(|| sum / f64::from(n)) }
}

/// Questions answered wrongly while "sure", most recent first, each once (its latest such review).
pub fn confidently_wrong(log: &[Review]) -> Vec<&Review> {
    let mut out: Vec<&Review> = Vec::new();
    for (r, level, right) in rated(log).collect::<Vec<_>>().into_iter().rev() {
        if level == 3 && !right && !out.iter().any(|o| o.k == r.k) {
            out.push(r);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rev(k: &str, at: u64, r: u8, c: Option<u8>) -> Review {
        Review { k: k.into(), at, day: 0, r, c }
    }

    #[test]
    fn buckets_count_answers_per_level_and_brier_scores_the_claims() {
        let log = vec![
            rev("quiz:a", 1, 4, Some(3)),
            rev("quiz:b", 2, 1, Some(3)),
            rev("quiz:c", 3, 2, Some(1)),
            rev("quiz:d", 4, 3, None),
            rev("exercise:e", 5, 1, Some(3)),
        ];
        let c = calibration(&log);
        assert_eq!(c.answers(), 3, "only quiz answers with a confidence");
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
        let log = vec![rev("quiz:a", 1, 1, Some(3)), rev("quiz:b", 2, 1, Some(3)), rev("quiz:a", 3, 1, Some(3)), rev("quiz:c", 4, 1, Some(2)), rev("quiz:d", 5, 3, Some(3))];
        let keys: Vec<(&str, u64)> = confidently_wrong(&log).iter().map(|r| (r.k.as_str(), r.at)).collect();
        assert_eq!(keys, vec![("quiz:a", 3), ("quiz:b", 2)]);
    }
}
