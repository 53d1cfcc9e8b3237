//! Scoring of every question kind. Multiple choice counts only when the selected set is exactly
//! the correct set; numeric answers count within the authored tolerance.

use crate::content::AnswerKey;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A submitted answer. Choice indices refer to the authored option order, so a saved response
/// stays meaningful whatever order the options were displayed in.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", content = "value", rename_all = "snake_case")]
pub enum Response {
    Choices(Vec<usize>),
    Bool(bool),
    Number(f64),
}

/// Whether `response` answers the question keyed by `key` correctly.
pub fn is_correct(key: &AnswerKey, response: &Response) -> bool {
    match (key, response) {
        (AnswerKey::Single { options }, Response::Choices(chosen)) => {
            chosen.len() == 1 && options.get(chosen[0]).is_some_and(|o| o.correct)
        }
        (AnswerKey::Multiple { options }, Response::Choices(chosen)) => {
            let mut chosen = chosen.clone();
            chosen.sort_unstable();
            chosen.dedup();
            let right: Vec<usize> = options.iter().enumerate().filter(|(_, o)| o.correct).map(|(i, _)| i).collect();
            chosen == right
        }
        (AnswerKey::TrueFalse { answer }, Response::Bool(b)) => answer == b,
        (AnswerKey::Numeric { answer, tolerance, .. }, Response::Number(n)) if n.is_finite() => {
            // A relative epsilon absorbs float noise such as 0.1 + 0.2 against 0.3.
            let eps = 1e-9 * answer.abs().max(1.0);
            (n - answer).abs() <= tolerance + eps
        }
        _ => false,
    }
}

/// Credit in 0..=1: 1 for a correct answer; for a wrong answer to a numeric estimate marked
/// `log_credit`, partial credit by its distance in orders of magnitude (see `design::estimate`);
/// otherwise 0.
pub fn credit(key: &AnswerKey, response: &Response) -> f64 {
    if is_correct(key, response) {
        return 1.0;
    }
    match (key, response) {
        (AnswerKey::Numeric { answer, log_credit: true, .. }, Response::Number(n)) => crate::design::estimate::log_credit(*answer, *n, false),
        _ => 0.0,
    }
}

/// What a wrong estimate earned, in words: "Partial credit 70 %: 2.0× too high." (`None` when
/// the answer is right or earns nothing.)
pub fn partial_note(key: &AnswerKey, response: &Response) -> Option<String> {
    let c = credit(key, response);
    match (key, response) {
        (AnswerKey::Numeric { answer, .. }, Response::Number(n)) if c > 0.0 && c < 1.0 => {
            Some(format!("Partial credit {} %: {}.", crate::format::fixed(c * 100.0, 0), crate::design::estimate::describe_ratio(*answer, *n)))
        }
        _ => None,
    }
}

/// Correct / wrong / unanswered counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Score {
    pub correct: u32,
    pub wrong: u32,
    pub unanswered: u32,
}

impl Score {
    pub fn total(&self) -> u32 {
        self.correct + self.wrong + self.unanswered
    }

    /// Share of correct answers, 0.0 for an empty score.
    pub fn accuracy(&self) -> f64 {
        if self.total() == 0 { 0.0 } else { f64::from(self.correct) / f64::from(self.total()) }
    }

    pub fn add(&mut self, answered: bool, correct: bool) {
        match (answered, correct) {
            (_, true) => self.correct += 1,
            (true, false) => self.wrong += 1,
            (false, false) => self.unanswered += 1,
        }
    }
}

/// Per-topic scores, keyed by topic id.
pub type TopicScores = BTreeMap<String, Score>;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::Choice;

    fn opts(correct: &[bool]) -> Vec<Choice> {
        correct
            .iter()
            .enumerate()
            .map(|(i, &c)| Choice { html: format!("o{i}"), correct: c, why_html: String::new() })
            .collect()
    }

    #[test]
    fn single_choice() {
        let k = AnswerKey::Single { options: opts(&[false, true, false]) };
        assert!(is_correct(&k, &Response::Choices(vec![1])));
        assert!(!is_correct(&k, &Response::Choices(vec![0])));
        assert!(!is_correct(&k, &Response::Choices(vec![1, 0])));
        assert!(!is_correct(&k, &Response::Choices(vec![])));
        assert!(!is_correct(&k, &Response::Choices(vec![9])));
        assert!(!is_correct(&k, &Response::Bool(true)));
    }

    #[test]
    fn multiple_choice_needs_the_exact_set() {
        let k = AnswerKey::Multiple { options: opts(&[true, false, true, false]) };
        assert!(is_correct(&k, &Response::Choices(vec![2, 0])));
        assert!(!is_correct(&k, &Response::Choices(vec![0])), "subset is wrong");
        assert!(!is_correct(&k, &Response::Choices(vec![0, 1, 2])), "superset is wrong");
        assert!(!is_correct(&k, &Response::Choices(vec![])));
        assert!(is_correct(&k, &Response::Choices(vec![0, 2, 2])), "duplicates are harmless");
    }

    #[test]
    fn true_false() {
        let k = AnswerKey::TrueFalse { answer: false };
        assert!(is_correct(&k, &Response::Bool(false)));
        assert!(!is_correct(&k, &Response::Bool(true)));
    }

    #[test]
    fn numeric_within_tolerance() {
        let k = AnswerKey::Numeric { answer: 10.0, tolerance: 0.5, unit: None, log_credit: false };
        assert!(is_correct(&k, &Response::Number(10.5)));
        assert!(is_correct(&k, &Response::Number(9.5)));
        assert!(!is_correct(&k, &Response::Number(10.51)));
        assert!(!is_correct(&k, &Response::Number(f64::NAN)));
        let exact = AnswerKey::Numeric { answer: 0.3, tolerance: 0.0, unit: None, log_credit: false };
        assert!(is_correct(&exact, &Response::Number(0.1 + 0.2)));
    }

    #[test]
    fn estimates_earn_partial_credit_on_a_log_scale() {
        let k = AnswerKey::Numeric { answer: 1000.0, tolerance: 50.0, unit: None, log_credit: true };
        assert_eq!(credit(&k, &Response::Number(1040.0)), 1.0, "within the tolerance");
        assert!((credit(&k, &Response::Number(2000.0)) - 0.699).abs() < 0.001, "2× off");
        assert!((credit(&k, &Response::Number(500.0)) - 0.699).abs() < 0.001, "2× under");
        assert_eq!(credit(&k, &Response::Number(10_000.0)), 0.0, "an order of magnitude off");
        assert_eq!(credit(&k, &Response::Number(-1000.0)), 0.0);
        let plain = AnswerKey::Numeric { answer: 1000.0, tolerance: 50.0, unit: None, log_credit: false };
        assert_eq!(credit(&plain, &Response::Number(2000.0)), 0.0, "only estimates get partial credit");
        assert_eq!(credit(&AnswerKey::TrueFalse { answer: true }, &Response::Bool(true)), 1.0);
        assert_eq!(partial_note(&k, &Response::Number(2000.0)).as_deref(), Some("Partial credit 70 %: 2.0× too high."));
        assert_eq!(partial_note(&k, &Response::Number(1000.0)), None);
        assert_eq!(partial_note(&k, &Response::Number(1e6)), None);
    }

    #[test]
    fn score_counts() {
        let mut s = Score::default();
        s.add(true, true);
        s.add(true, false);
        s.add(false, false);
        assert_eq!((s.correct, s.wrong, s.unanswered, s.total()), (1, 1, 1, 3));
        assert!((s.accuracy() - 1.0 / 3.0).abs() < 1e-12);
    }
}
