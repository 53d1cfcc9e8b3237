//! What a quiz is made of, and how it travels in a link: the same settings and seed rebuild the
//! same quiz, so `#/quiz?...` can be shared.

use serde::{Deserialize, Serialize};

pub const MAX_QUESTIONS: usize = 100;
pub const MIN_TOTAL_SECS: u32 = 10;
pub const MAX_TOTAL_SECS: u32 = 4 * 3600;
pub const MIN_PER_QUESTION_SECS: u32 = 5;
pub const MAX_PER_QUESTION_SECS: u32 = 3600;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct QuizSettings {
    /// Topic ids to draw from; empty means every topic.
    #[serde(default)]
    pub topics: Vec<String>,
    /// Difficulties to draw from; empty means all.
    #[serde(default)]
    pub difficulties: Vec<u8>,
    /// Exact question ids (retry mistakes, review due). When set, topics and difficulties are ignored.
    #[serde(default)]
    pub ids: Vec<String>,
    pub count: usize,
    /// Countdown for the whole quiz.
    pub total_secs: Option<u32>,
    /// Countdown for each question.
    pub per_question_secs: Option<u32>,
    pub seed: u64,
}

/// Ready-made quizzes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Preset {
    /// Quick 10 in 5 minutes, all topics.
    Quick10,
    /// Interview screen: 20 mixed questions in 15 minutes.
    InterviewScreen,
}

impl Preset {
    pub const ALL: [Preset; 2] = [Preset::Quick10, Preset::InterviewScreen];

    pub fn label(self) -> &'static str {
        match self {
            Preset::Quick10 => "Quick 10 in 5 minutes",
            Preset::InterviewScreen => "Interview screen: 20 mixed in 15 minutes",
        }
    }

    pub fn settings(self, seed: u64) -> QuizSettings {
        let (count, secs) = match self {
            Preset::Quick10 => (10, 5 * 60),
            Preset::InterviewScreen => (20, 15 * 60),
        };
        QuizSettings {
            topics: Vec::new(),
            difficulties: Vec::new(),
            ids: Vec::new(),
            count,
            total_secs: Some(secs),
            per_question_secs: None,
            seed,
        }
    }
}

impl QuizSettings {
    /// An untimed quiz of exactly these questions (retry my mistakes, review due).
    pub fn for_ids(ids: Vec<String>, seed: u64) -> QuizSettings {
        QuizSettings { count: ids.len(), ids, topics: Vec::new(), difficulties: Vec::new(), total_secs: None, per_question_secs: None, seed }
    }

    /// Checks the ranges a hand-edited link could break.
    pub fn validate(&self) -> Result<(), String> {
        if self.count == 0 || self.count > MAX_QUESTIONS {
            return Err(format!("the number of questions must be between 1 and {MAX_QUESTIONS}"));
        }
        if let Some(t) = self.total_secs {
            if !(MIN_TOTAL_SECS..=MAX_TOTAL_SECS).contains(&t) {
                return Err(format!("the total time limit must be between {MIN_TOTAL_SECS} s and {} h", MAX_TOTAL_SECS / 3600));
            }
        }
        if let Some(t) = self.per_question_secs {
            if !(MIN_PER_QUESTION_SECS..=MAX_PER_QUESTION_SECS).contains(&t) {
                return Err(format!("the time per question must be between {MIN_PER_QUESTION_SECS} s and {MAX_PER_QUESTION_SECS} s"));
            }
        }
        if self.difficulties.iter().any(|d| !(1..=3).contains(d)) {
            return Err("difficulty must be 1, 2 or 3".into());
        }
        Ok(())
    }

    /// The query of a shareable `#/quiz?...` link.
    pub fn to_query(&self) -> Vec<(String, String)> {
        let mut q = Vec::new();
        let join = |v: &[String]| v.join(",");
        if !self.ids.is_empty() {
            q.push(("ids".into(), join(&self.ids)));
        } else {
            if !self.topics.is_empty() {
                q.push(("topics".into(), join(&self.topics)));
            }
            if !self.difficulties.is_empty() {
                let d: Vec<String> = self.difficulties.iter().map(u8::to_string).collect();
                q.push(("difficulty".into(), d.join(",")));
            }
        }
        q.push(("n".into(), self.count.to_string()));
        if let Some(t) = self.total_secs {
            q.push(("total".into(), t.to_string()));
        }
        if let Some(t) = self.per_question_secs {
            q.push(("per".into(), t.to_string()));
        }
        q.push(("seed".into(), self.seed.to_string()));
        q
    }

    /// Reads settings back from a link; `Ok(None)` when the query holds no seed (a setup page).
    pub fn from_query(query: &[(String, String)]) -> Result<Option<QuizSettings>, String> {
        let get = |k: &str| query.iter().find(|(key, _)| key == k).map(|(_, v)| v.as_str());
        let Some(seed) = get("seed") else { return Ok(None) };
        let seed = seed.parse::<u64>().map_err(|_| format!("`seed` must be a whole number, not `{seed}`"))?;
        let list = |k: &str| -> Vec<String> {
            get(k).map(|v| v.split(',').filter(|s| !s.is_empty()).map(str::to_string).collect()).unwrap_or_default()
        };
        let num = |k: &str| -> Result<Option<u32>, String> {
            get(k).map(|v| v.parse::<u32>().map_err(|_| format!("`{k}` must be a whole number, not `{v}`"))).transpose()
        };
        let difficulties = list("difficulty")
            .iter()
            .map(|d| d.parse::<u8>().map_err(|_| format!("difficulty `{d}` is not 1, 2 or 3")))
            .collect::<Result<Vec<u8>, String>>()?;
        let ids = list("ids");
        let count = match num("n")? {
            Some(n) => n as usize,
            None if !ids.is_empty() => ids.len(),
            None => 10,
        };
        let settings = QuizSettings {
            topics: list("topics"),
            difficulties,
            ids,
            count,
            total_secs: num("total")?.filter(|&t| t > 0),
            per_question_secs: num("per")?.filter(|&t| t > 0),
            seed,
        };
        settings.validate()?;
        Ok(Some(settings))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn link_round_trips() {
        let s = QuizSettings {
            topics: vec!["auth".into(), "caching".into()],
            difficulties: vec![2, 3],
            ids: vec![],
            count: 12,
            total_secs: Some(600),
            per_question_secs: Some(45),
            seed: 987654321,
        };
        assert_eq!(QuizSettings::from_query(&s.to_query()), Ok(Some(s)));
    }

    #[test]
    fn retry_link_keeps_ids_and_defaults_count() {
        let q = vec![("ids".to_string(), "a,b,c".to_string()), ("seed".to_string(), "1".to_string())];
        let s = QuizSettings::from_query(&q).expect("valid").expect("has seed");
        assert_eq!(s.ids, vec!["a", "b", "c"]);
        assert_eq!(s.count, 3);
    }

    #[test]
    fn no_seed_means_setup_and_bad_values_are_explained() {
        assert_eq!(QuizSettings::from_query(&[]), Ok(None));
        let bad = |k: &str, v: &str| {
            let q = vec![("seed".to_string(), "1".to_string()), (k.to_string(), v.to_string())];
            QuizSettings::from_query(&q).expect_err("invalid")
        };
        assert!(bad("n", "0").contains("between 1 and"));
        assert!(bad("n", "many").contains("whole number"));
        assert!(bad("total", "3").contains("total time limit"));
        assert!(bad("difficulty", "5").contains("difficulty"));
    }

    #[test]
    fn presets() {
        let s = Preset::InterviewScreen.settings(3);
        assert_eq!((s.count, s.total_secs), (20, Some(900)));
        assert_eq!(Preset::Quick10.settings(3).total_secs, Some(300));
    }
}
