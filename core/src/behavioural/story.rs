//! The user's story bank: their own STAR stories, tagged with the competencies they show. Stored
//! as JSON records in `UserData.rounds` under `story:<id>`; a deleted story stays as a newer
//! tombstone so that another tab's older copy cannot bring it back in a merge.

use super::spec::{competency_title, BehaviouralPrompt, COMPETENCIES};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// Longest text kept per field (a story is told in 90 seconds, not a page).
pub const MAX_FIELD: usize = 4000;

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Story {
    /// Unique per story (the creation time in ms, as text).
    pub id: String,
    pub title: String,
    #[serde(default)]
    pub situation: String,
    #[serde(default)]
    pub task: String,
    #[serde(default)]
    pub action: String,
    #[serde(default)]
    pub result: String,
    /// The measurable result, in a few words ("p99 from 800 ms to 120 ms").
    #[serde(default)]
    pub metric: String,
    /// Competency ids (`spec::COMPETENCIES`).
    #[serde(default)]
    pub competencies: Vec<String>,
    /// Epoch milliseconds of the last change (the newer copy wins a merge).
    pub saved_at: f64,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub deleted: bool,
}

impl Story {
    pub fn key(&self) -> String {
        format!("story:{}", self.id)
    }

    pub fn to_value(&self) -> Value {
        serde_json::to_value(self).unwrap_or(Value::Null)
    }

    /// Reads and checks a stored story.
    pub fn read(v: &Value) -> Result<Story, String> {
        let s: Story = serde_json::from_value(v.clone()).map_err(|e| format!("not a story: {e}"))?;
        s.check()?;
        Ok(s)
    }

    /// What could not have been written by the story form.
    pub fn check(&self) -> Result<(), String> {
        if self.id.is_empty() || self.id.len() > 40 {
            return Err("a story needs an id".into());
        }
        if !self.deleted && self.title.trim().is_empty() {
            return Err("a story needs a title".into());
        }
        for (name, text) in self.fields() {
            if text.len() > MAX_FIELD {
                return Err(format!("its {name} is longer than {MAX_FIELD} characters"));
            }
        }
        if let Some(c) = self.competencies.iter().find(|c| competency_title(c).is_none()) {
            return Err(format!("unknown competency `{c}`"));
        }
        Ok(())
    }

    /// The text fields with their names, in STAR order.
    pub fn fields(&self) -> [(&'static str, &str); 6] {
        [("title", &self.title), ("situation", &self.situation), ("task", &self.task), ("action", &self.action), ("result", &self.result), ("metric", &self.metric)]
    }

    /// What a deleted story leaves: its id, the time of the deletion, and no text (a newer
    /// tombstone wins a merge, so another tab's older copy cannot bring the story back).
    pub fn tombstone(&self, at: f64) -> Story {
        Story { id: self.id.clone(), saved_at: at, deleted: true, ..Story::default() }
    }

    /// The story told as one answer (what the STAR check reads).
    pub fn as_answer(&self) -> String {
        [&self.situation, &self.task, &self.action, &self.result].iter().map(|s| s.trim()).filter(|s| !s.is_empty()).collect::<Vec<_>>().join("\n")
    }
}

/// Every story that reads and is not deleted, by title.
pub fn stories(rounds: &Map<String, Value>) -> Vec<Story> {
    let mut out: Vec<Story> = rounds.iter().filter(|(k, _)| k.starts_with("story:")).filter_map(|(_, v)| Story::read(v).ok()).filter(|s| !s.deleted).collect();
    out.sort_by(|a, b| a.title.to_lowercase().cmp(&b.title.to_lowercase()).then(a.id.cmp(&b.id)));
    out
}

/// Each competency with the stories that show it (empty: a gap to fill before the interview).
pub fn coverage(stories: &[Story]) -> Vec<(&'static str, &'static str, Vec<&Story>)> {
    COMPETENCIES.iter().map(|&(id, title)| (id, title, stories.iter().filter(|s| s.competencies.iter().any(|c| c == id)).collect())).collect()
}

/// Why a story is suggested for a prompt.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Fit {
    /// Tagged with the prompt's competency.
    Competency,
    /// Not tagged, but shares at least two distinctive words with the prompt.
    Words,
}

/// The stories that fit a prompt: those tagged with its competency first, then those whose text
/// shares distinctive words with it (each with the reason, so the suggestion is explainable).
pub fn suggest<'a>(prompt: &BehaviouralPrompt, stories: &'a [Story]) -> Vec<(&'a Story, Fit, Vec<String>)> {
    let prompt_words = words(&prompt.prompt);
    let mut out: Vec<(&Story, Fit, Vec<String>)> = stories
        .iter()
        .filter_map(|s| {
            if s.competencies.contains(&prompt.competency) {
                return Some((s, Fit::Competency, Vec::new()));
            }
            let text = words(&format!("{} {}", s.title, s.as_answer()));
            let shared: Vec<String> = prompt_words.iter().filter(|w| text.contains(w)).cloned().collect();
            (shared.len() >= 2).then_some((s, Fit::Words, shared))
        })
        .collect();
    out.sort_by(|a, b| a.1.cmp(&b.1).then(b.2.len().cmp(&a.2.len())));
    out
}

/// Lower-case words of four letters or more that say what a story is about (not "tell", "time").
fn words(text: &str) -> Vec<String> {
    const COMMON: [&str; 24] = ["tell", "about", "time", "when", "what", "would", "your", "with", "that", "this", "have", "were", "them", "they", "their", "there", "which", "from", "into", "then", "after", "some", "something", "made"];
    let mut out: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric())
        .map(str::to_lowercase)
        .filter(|w| w.chars().count() >= 4 && !COMMON.contains(&w.as_str()))
        .collect();
    out.sort();
    out.dedup();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn story(id: &str, title: &str, comps: &[&str], action: &str) -> Story {
        Story { id: id.into(), title: title.into(), action: action.into(), competencies: comps.iter().map(|c| c.to_string()).collect(), saved_at: 1.0, ..Default::default() }
    }

    fn prompt(competency: &str, text: &str) -> BehaviouralPrompt {
        BehaviouralPrompt { id: "p".into(), competency: competency.into(), situational: false, prompt: text.into(), listens_for: vec![], follow_ups: vec![], outline: vec![] }
    }

    #[test]
    fn stories_round_trip_and_tombstones_hide_them() {
        let s = story("1", "Queue backlog", &["incident"], "I drained the queue");
        assert_eq!(Story::read(&s.to_value()), Ok(s.clone()));
        let mut rounds = Map::new();
        rounds.insert(s.key(), s.to_value());
        let gone = story("2", "Old outage", &["incident"], "I rolled back").tombstone(2.0);
        assert_eq!(Story::read(&gone.to_value()).map(|g| (g.saved_at, g.as_answer(), g.fields()[0].1.to_string())), Ok((2.0, String::new(), String::new())), "a tombstone keeps no text");
        rounds.insert(gone.key(), gone.to_value());
        rounds.insert("story:3".into(), serde_json::json!({ "saved_at": 1.0 }));
        rounds.insert("mock:4".into(), serde_json::json!({ "saved_at": 1.0, "title": "x" }));
        let list = stories(&rounds);
        assert_eq!(list.iter().map(|s| s.id.as_str()).collect::<Vec<_>>(), ["1"]);
    }

    #[test]
    fn check_refuses_what_the_form_cannot_write() {
        assert!(story("1", " ", &[], "").check().unwrap_err().contains("title"));
        assert!(story("1", "t", &["charm"], "").check().unwrap_err().contains("unknown competency `charm`"));
        assert!(story("1", "t", &[], &"x".repeat(MAX_FIELD + 1)).check().unwrap_err().contains("action"));
    }

    #[test]
    fn coverage_names_every_competency_and_its_gaps() {
        let list = [story("1", "a", &["incident", "ownership"], ""), story("2", "b", &["incident"], "")];
        let c = coverage(&list);
        assert_eq!(c.len(), 12);
        let incident = c.iter().find(|(id, _, _)| *id == "incident").expect("listed");
        assert_eq!(incident.2.len(), 2);
        assert_eq!(c.iter().filter(|(_, _, s)| s.is_empty()).count(), 10);
    }

    #[test]
    fn suggestions_put_tagged_stories_first_and_say_why_others_fit() {
        let list = [
            story("1", "Cache stampede", &[], "I added request coalescing to the cache after the database overload"),
            story("2", "Postmortem", &["incident"], "I wrote it"),
            story("3", "Hiring", &[], "I interviewed"),
        ];
        let p = prompt("incident", "Tell me about a time a cache caused a database overload.");
        let s = suggest(&p, &list);
        assert_eq!(s.iter().map(|(s, f, _)| (s.id.as_str(), *f)).collect::<Vec<_>>(), [("2", Fit::Competency), ("1", Fit::Words)]);
        assert_eq!(s[1].2, ["cache", "database", "overload"]);
    }
}
