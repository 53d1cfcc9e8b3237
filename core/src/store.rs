//! All user data under one versioned schema, stored as one JSON document. Loading never fails:
//! corrupt, foreign or future data is reported and kept aside by the caller, and the app starts
//! with what could be read.

use crate::quiz::Attempt;
use crate::srs::Card;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// localStorage key of the document.
pub const STORAGE_KEY: &str = "backprep";
pub const SCHEMA_VERSION: u32 = 1;
/// Oldest attempts are dropped beyond this, to stay far from the storage quota.
pub const MAX_ATTEMPTS: usize = 500;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Theme {
    Light,
    Dark,
}

impl Theme {
    pub fn as_str(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Settings {
    /// `None` follows the system's `prefers-color-scheme`.
    #[serde(default)]
    pub theme: Option<Theme>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct UserData {
    pub version: u32,
    #[serde(default)]
    pub settings: Settings,
    #[serde(default)]
    pub attempts: Vec<Attempt>,
    /// Spaced-repetition schedule per question id.
    #[serde(default)]
    pub cards: BTreeMap<String, Card>,
    /// Exercise code in progress, per exercise slug.
    #[serde(default)]
    pub drafts: BTreeMap<String, Draft>,
}

/// The user's code for one exercise.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Draft {
    pub code: String,
    /// Epoch milliseconds of the last change.
    pub saved_at: f64,
    /// Best result so far: tests passed of total.
    #[serde(default)]
    pub best: Option<(u32, u32)>,
}

impl Default for UserData {
    fn default() -> Self {
        UserData { version: SCHEMA_VERSION, settings: Settings::default(), attempts: Vec::new(), cards: BTreeMap::new(), drafts: BTreeMap::new() }
    }
}

/// What loading found wrong, for the user to see.
#[derive(Debug, Clone, PartialEq)]
pub enum LoadProblem {
    /// Not JSON, or not our shape. The raw text should be kept as a backup.
    Corrupt(String),
    /// Written by a newer backprep; kept untouched as a backup.
    FutureVersion(u32),
}

impl LoadProblem {
    pub fn message(&self) -> String {
        match self {
            LoadProblem::Corrupt(why) => format!("Your saved progress could not be read ({why}). A copy was kept aside and backprep started fresh."),
            LoadProblem::FutureVersion(v) => format!("Your saved progress comes from a newer version of backprep (schema {v}). It was kept aside untouched; backprep started fresh."),
        }
    }
}

impl UserData {
    /// Reads the stored document. `None` (nothing stored) is a normal first visit.
    pub fn load(raw: Option<&str>) -> (UserData, Option<LoadProblem>) {
        let Some(raw) = raw else { return (UserData::default(), None) };
        let value: serde_json::Value = match serde_json::from_str(raw) {
            Ok(v) => v,
            Err(e) => return (UserData::default(), Some(LoadProblem::Corrupt(format!("not valid JSON: {e}")))),
        };
        let version = value.get("version").and_then(serde_json::Value::as_u64);
        match version {
            Some(v) if v > u64::from(SCHEMA_VERSION) => {
                (UserData::default(), Some(LoadProblem::FutureVersion(v.min(u64::from(u32::MAX)) as u32)))
            }
            Some(_) => match serde_json::from_value::<UserData>(value) {
                Ok(d) => (d, None),
                Err(e) => (UserData::default(), Some(LoadProblem::Corrupt(format!("unexpected shape: {e}")))),
            },
            None => (UserData::default(), Some(LoadProblem::Corrupt("no schema version".into()))),
        }
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_else(|_| "{}".into())
    }

    /// Adds a finished attempt, dropping the oldest beyond `MAX_ATTEMPTS`.
    pub fn push_attempt(&mut self, attempt: Attempt) {
        self.attempts.push(attempt);
        if self.attempts.len() > MAX_ATTEMPTS {
            let extra = self.attempts.len() - MAX_ATTEMPTS;
            self.attempts.drain(..extra);
        }
    }

    pub fn attempt(&self, id: &str) -> Option<&Attempt> {
        self.attempts.iter().find(|a| a.id == id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_storage_is_a_first_visit() {
        assert_eq!(UserData::load(None), (UserData::default(), None));
    }

    #[test]
    fn round_trip() {
        let mut d = UserData::default();
        d.settings.theme = Some(Theme::Dark);
        assert_eq!(UserData::load(Some(&d.to_json())), (d, None));
    }

    #[test]
    fn hostile_input_never_panics() {
        for raw in ["", "{", "null", "[]", "42", "{\"version\":\"1\"}", "{\"version\":1,\"attempts\":7}"] {
            let (d, p) = UserData::load(Some(raw));
            assert_eq!(d, UserData::default(), "{raw}");
            assert!(matches!(p, Some(LoadProblem::Corrupt(_))), "{raw}: {p:?}");
        }
        let (_, p) = UserData::load(Some("{\"version\":99}"));
        assert_eq!(p, Some(LoadProblem::FutureVersion(99)));
    }
}

/// Every change to user data, as a pure transition (the app's reducer delegates here).
#[derive(Debug, Clone, PartialEq)]
pub enum DataAction {
    SetTheme(Option<Theme>),
    /// A finished quiz: saved in history and fed to the review schedule.
    RecordAttempt { attempt: Attempt, today: i64 },
    SaveDraft { slug: String, code: String, at: f64 },
    /// Forget the draft (back to the starter code).
    ResetDraft { slug: String },
    /// A finished exercise run: remember the best score.
    RecordRun { slug: String, passed: u32, total: u32, at: f64 },
}

impl UserData {
    pub fn apply(mut self, action: DataAction) -> UserData {
        match action {
            DataAction::SetTheme(t) => self.settings.theme = t,
            DataAction::RecordAttempt { attempt, today } => {
                let outcomes: Vec<(String, bool)> =
                    attempt.items.iter().map(|i| (i.question_id.clone(), i.correct)).collect();
                crate::srs::record(&mut self.cards, &outcomes, today);
                self.push_attempt(attempt);
            }
            DataAction::SaveDraft { slug, code, at } => {
                let best = self.drafts.get(&slug).and_then(|d| d.best);
                self.drafts.insert(slug, Draft { code, saved_at: at, best });
            }
            DataAction::ResetDraft { slug } => {
                if let Some(d) = self.drafts.get_mut(&slug) {
                    d.code.clear();
                    d.saved_at = 0.0;
                }
            }
            DataAction::RecordRun { slug, passed, total, at } => {
                let d = self.drafts.entry(slug).or_insert(Draft { code: String::new(), saved_at: at, best: None });
                if d.best.is_none_or(|(p, _)| passed >= p) {
                    d.best = Some((passed, total));
                }
            }
        }
        self
    }
}
