//! The user's answers to one prompt (`UserData.rounds["answer:<prompt id>"]`): the text being
//! typed, and the checked answers, each with its STAR findings and self-score, so progress on a
//! prompt is visible. Also the speaking-time band setting (`rounds["band"]`) and how a checked
//! answer rates its review card.

use super::star::{is_scored, Band, StarReport, SCORED};
use crate::srs::fsrs::Rating;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// Most checked answers kept per prompt (the store keeps the latest 20 results of a record).
pub const MAX_ANSWERS: usize = 20;
/// Longest answer kept (about 10 minutes spoken).
pub const MAX_ANSWER: usize = 8000;

/// The self-score's dimensions, each 1–5.
pub const SELF_SCORE: [&str; 4] = ["Structure: a clear situation, task, action and result", "Specifics: a real example with a number in the result", "Ownership: what I did, not only the team", "Delivery: pace, no rambling, calm"];

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct AnswerRecord {
    /// The answer being typed (or the transcript), kept as it is written.
    #[serde(default)]
    pub draft: String,
    pub saved_at: f64,
    /// Checked answers, oldest first.
    #[serde(default)]
    pub results: Vec<CheckedAnswer>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CheckedAnswer {
    /// When it was checked, epoch ms (unique per prompt: merges key on it).
    pub at: f64,
    pub text: String,
    /// Seconds actually spoken (a recording), when it was said out loud.
    #[serde(default)]
    pub spoken: Option<u32>,
    /// The keys the STAR check found met (`star::KEYS`).
    pub met: Vec<String>,
    /// The self-score, one 1–5 per `SELF_SCORE` dimension (empty until given).
    #[serde(default)]
    pub scores: Vec<u8>,
}

impl AnswerRecord {
    pub fn key(prompt: &str) -> String {
        format!("answer:{prompt}")
    }

    pub fn to_value(&self) -> Value {
        serde_json::to_value(self).unwrap_or(Value::Null)
    }

    /// The prompt's record (an empty one when there is none or it does not read).
    pub fn of(rounds: &Map<String, Value>, prompt: &str) -> AnswerRecord {
        rounds.get(&AnswerRecord::key(prompt)).and_then(|v| serde_json::from_value(v.clone()).ok()).unwrap_or_default()
    }

    /// Adds a checked answer (the oldest go beyond `MAX_ANSWERS`).
    pub fn push(&mut self, a: CheckedAnswer) {
        self.saved_at = self.saved_at.max(a.at);
        self.results.push(a);
        let skip = self.results.len().saturating_sub(MAX_ANSWERS);
        self.results.drain(..skip);
    }
}

impl CheckedAnswer {
    pub fn new(text: &str, spoken: Option<u32>, report: &StarReport, at: f64) -> CheckedAnswer {
        let text: String = text.chars().take(MAX_ANSWER).collect();
        CheckedAnswer { at, text, spoken, met: report.findings.iter().filter(|f| f.met).map(|f| f.key.to_string()).collect(), scores: Vec::new() }
    }

    /// How many of the `star::SCORED` points (S, T, A, R, metric, ownership, length) were met.
    pub fn scored(&self) -> usize {
        self.met.iter().filter(|k| is_scored(k)).count()
    }
}

/// The speaking-time band the user chose (default 60–90 s).
pub fn band(rounds: &Map<String, Value>) -> Band {
    let get = |k: &str| rounds.get("band").and_then(|b| b.get(k)).and_then(Value::as_u64).map(|x| x as u32);
    match (get("min"), get("max")) {
        (Some(min), Some(max)) => Band::clamp(min, max),
        _ => Band::default(),
    }
}

/// The band as a stored record.
pub fn band_value(b: Band, at: f64) -> Value {
    serde_json::json!({ "saved_at": at, "min": b.min_s, "max": b.max_s })
}

/// The review rating of a checked answer: a missing part of STAR or a low self-score is a lapse
/// (Again); every point met with a self-score of 4.5 or more is Easy; every point met is Good;
/// anything in between is Hard. `None` self-score counts as 3.
pub fn rating(a: &CheckedAnswer) -> Rating {
    let star = ["situation", "task", "action", "result"].iter().all(|k| a.met.iter().any(|m| m == k));
    let mean = if a.scores.is_empty() { 3.0 } else { a.scores.iter().map(|&s| f64::from(s)).sum::<f64>() / a.scores.len() as f64 };
    let all = a.scored() == SCORED;
    match (star, all) {
        (false, _) => Rating::Again,
        _ if mean < 2.5 => Rating::Again,
        (true, true) if mean >= 4.5 => Rating::Easy,
        (true, true) => Rating::Good,
        _ => Rating::Hard,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn checked(met: &[&str], scores: &[u8]) -> CheckedAnswer {
        CheckedAnswer { at: 1.0, text: "x".into(), spoken: None, met: met.iter().map(|s| s.to_string()).collect(), scores: scores.to_vec() }
    }

    #[test]
    fn ratings_follow_the_check_and_the_self_score() {
        let all = ["situation", "task", "action", "result", "metric", "ownership", "length", "filler"];
        assert_eq!(rating(&checked(&all, &[5, 5, 4, 5])), Rating::Easy);
        assert_eq!(rating(&checked(&all, &[])), Rating::Good);
        assert_eq!(rating(&checked(&all[..6], &[4, 4, 4, 4])), Rating::Hard, "too long or short");
        assert_eq!(rating(&checked(&["situation", "task", "action"], &[5, 5, 5, 5])), Rating::Again, "no result");
        assert_eq!(rating(&checked(&all, &[1, 2, 2, 2])), Rating::Again, "the user says it went badly");
    }

    #[test]
    fn records_keep_the_latest_answers_and_the_band_reads_back() {
        let mut r = AnswerRecord::default();
        for i in 0..25 {
            r.push(CheckedAnswer { at: i as f64, ..checked(&[], &[]) });
        }
        assert_eq!(r.results.len(), MAX_ANSWERS);
        assert_eq!((r.results[0].at, r.saved_at), (5.0, 24.0));
        let mut rounds = Map::new();
        rounds.insert(AnswerRecord::key("p"), r.to_value());
        assert_eq!(AnswerRecord::of(&rounds, "p"), r);
        assert!(crate::design::record::check_stored(&r.to_value()).is_ok(), "the store keeps it");
        assert_eq!(band(&rounds), Band::default());
        rounds.insert("band".into(), band_value(Band::clamp(90, 150), 3.0));
        assert_eq!(band(&rounds), Band::clamp(90, 150));
    }
}
