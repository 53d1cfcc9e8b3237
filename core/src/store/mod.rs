//! All user data under one versioned schema, stored as one JSON document. Loading never fails:
//! corrupt, foreign or future data is reported and kept aside by the caller, and the app starts
//! with what could be read.

pub mod merge;
pub mod migrate;
pub mod persist;
pub mod transfer;
pub mod validate;

use crate::quiz::Attempt;
use crate::srs::{Card, Review};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// localStorage key of the document.
pub const STORAGE_KEY: &str = "backprep";
/// Version 1: settings, attempts, cards. Version 2: + drafts, saved_at. Version 3: FSRS cards for
/// every kind of item, and the review log. Version 4: + rounds (see `migrate`).
pub const SCHEMA_VERSION: u32 = 4;
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
    /// Desired retention of the review queue, in thousandths (`None`: FSRS's default, 900).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retention: Option<u16>,
    /// The interview the daily plan leads to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plan: Option<InterviewPlan>,
}

/// The interview date and the minutes a day the learner can give.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct InterviewPlan {
    /// Local day number of the interview.
    pub day: i64,
    pub minutes: u32,
}

/// Lowest and highest desired retention offered, in thousandths.
pub const RETENTION_RANGE: (u16, u16) = (700, 970);
/// Most minutes a day a plan takes.
pub const MAX_PLAN_MINUTES: u32 = 600;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct UserData {
    pub version: u32,
    #[serde(default)]
    pub settings: Settings,
    #[serde(default)]
    pub attempts: Vec<Attempt>,
    /// Spaced-repetition schedule per item key (`<kind>:<id>`, see `srs::Kind`).
    #[serde(default)]
    pub cards: BTreeMap<String, Card>,
    /// Every review, oldest first, at most `srs::MAX_LOG`, as JSON (`srs::Review::to_value`):
    /// kept, checked and merged by every module, read as `Review` only where it is used.
    #[serde(default)]
    pub log: Vec<serde_json::Value>,
    /// Exercise code in progress, per exercise slug.
    #[serde(default)]
    pub drafts: BTreeMap<String, Draft>,
    /// System-design work per prompt slug (notes in progress, kept results), as JSON that the
    /// design area reads (`design::record`): every module keeps, checks and merges it without
    /// carrying that code.
    #[serde(default)]
    pub designs: serde_json::Map<String, serde_json::Value>,
    /// The behavioural round and the mock interview, as JSON records like `designs` (each with
    /// `saved_at`, and `results` when it keeps a history), keyed `story:<id>`, `answer:<prompt>`,
    /// `mock:<start ms>` and `band`: read where they are used (`behavioural::story`,
    /// `behavioural::answer`, `mock::record`), checked and merged here by the same code as the
    /// designs.
    #[serde(default)]
    pub rounds: serde_json::Map<String, serde_json::Value>,
    /// Epoch milliseconds of the last change (settings merge by it).
    #[serde(default)]
    pub saved_at: f64,
    /// Epoch milliseconds of the last "Replace my progress" (0: never). Copies from before it
    /// cannot bring replaced records back (see `merge`).
    #[serde(default)]
    pub replaced_at: f64,
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
    /// The latest submit: its result and how much help it had (the review queue's input).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last: Option<LastRun>,
}

/// One submit's result and the highest rung of the help ladder used before it: 0 none, 1 hints,
/// 2 reference lines, 3 Parsons puzzle, 4 full solution.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct LastRun {
    pub passed: u32,
    pub total: u32,
    pub help: u8,
    pub at: f64,
}

/// The highest help rung there is.
pub const MAX_HELP: u8 = 4;

impl Default for UserData {
    fn default() -> Self {
        UserData { version: SCHEMA_VERSION, settings: Settings::default(), attempts: Vec::new(), cards: BTreeMap::new(), log: Vec::new(), drafts: BTreeMap::new(), designs: serde_json::Map::new(), rounds: serde_json::Map::new(), saved_at: 0.0, replaced_at: 0.0 }
    }
}

/// What loading found wrong, for the user to see.
#[derive(Debug, Clone, PartialEq)]
pub enum LoadProblem {
    /// Not JSON, or not our shape at all. The raw text should be kept as a backup.
    Corrupt(String),
    /// Written by a newer backprep; kept untouched as a backup.
    FutureVersion(u32),
    /// Most of it loaded; these records were unreadable and were left out (kept in the backup).
    Partial(Vec<String>),
}

impl LoadProblem {
    /// What went wrong, for the user. What happened to the original (kept aside or not) is added
    /// by `persist`, which knows whether the copy was really written.
    pub fn message(&self) -> String {
        match self {
            LoadProblem::Corrupt(why) => format!("Your saved progress could not be read ({why}); backprep started fresh."),
            LoadProblem::FutureVersion(v) => format!("Your saved progress comes from a newer version of backprep (schema {v}); backprep started fresh and will not save over it. Reload to update."),
            LoadProblem::Partial(bad) => format!(
                "{} saved record(s) could not be read and were left out ({}); everything else loaded.",
                bad.len(),
                bad.iter().take(3).cloned().collect::<Vec<_>>().join("; ")
            ),
        }
    }
}

impl UserData {
    /// Reads the stored document. `None` (nothing stored) is a normal first visit.
    pub fn load(raw: Option<&str>) -> (UserData, Option<LoadProblem>) {
        let Some(raw) = raw else { return (UserData::default(), None) };
        match serde_json::from_str::<serde_json::Value>(raw) {
            Ok(v) => match Self::from_value(v) {
                Ok((data, bad)) if bad.is_empty() => (data, None),
                Ok((data, bad)) => (data, Some(LoadProblem::Partial(bad.iter().map(ToString::to_string).collect()))),
                Err(p) => (UserData::default(), Some(p)),
            },
            Err(e) => (UserData::default(), Some(LoadProblem::Corrupt(format!("not valid JSON: {e}")))),
        }
    }

    /// Migrates a document of any known version and reads it record by record: an unreadable
    /// or out-of-range record is reported and skipped, never fatal.
    pub fn from_value(value: serde_json::Value) -> Result<(UserData, Vec<validate::Rejected>), LoadProblem> {
        let (value, mut dropped) = migrate::to_current(value)?;
        let (data, bad) = validate::salvage(&value);
        dropped.extend(bad);
        Ok((data, dropped))
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_else(|_| "{}".into())
    }

    /// Adds a checked attempt in canonical order, dropping the oldest beyond `MAX_ATTEMPTS`. An
    /// attempt already recorded under the same id is kept or replaced as a merge would.
    fn push_attempt(&mut self, attempt: Attempt) {
        match self.attempts.iter_mut().find(|x| x.id == attempt.id) {
            Some(x) if merge::attempt_wins(&attempt, x) => *x = attempt,
            Some(_) => {}
            None => self.attempts.push(attempt),
        }
        self.attempts.sort_by(validate::ATTEMPT_ORDER);
        if self.attempts.len() > MAX_ATTEMPTS {
            let extra = self.attempts.len() - MAX_ATTEMPTS;
            self.attempts.drain(..extra);
        }
    }

    /// Keeps checked reviews: each card replaces the item's schedule, each entry joins the log
    /// (in canonical order, oldest dropped beyond `srs::MAX_LOG`).
    fn add_reviews(&mut self, reviews: Vec<(Card, Review)>) {
        for (card, review) in reviews {
            self.log.push(review.to_value());
            self.cards.insert(review.k, card);
        }
        validate::tidy_log(&mut self.log);
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
        for raw in ["", "{", "null", "[]", "42", "{\"version\":\"1\"}", "{\"version\":0}"] {
            let (d, p) = UserData::load(Some(raw));
            assert_eq!(d, UserData::default(), "{raw}");
            assert!(matches!(p, Some(LoadProblem::Corrupt(_))), "{raw}: {p:?}");
        }
        // A wrong section is skipped, the rest survives.
        let (d, p) = UserData::load(Some("{\"version\":2,\"attempts\":7,\"settings\":{\"theme\":\"dark\"}}"));
        assert_eq!(d.settings.theme, Some(Theme::Dark));
        assert!(matches!(p, Some(LoadProblem::Partial(_))), "{p:?}");
        let (_, p) = UserData::load(Some("{\"version\":99}"));
        assert_eq!(p, Some(LoadProblem::FutureVersion(99)));
    }

    #[test]
    fn a_submit_records_its_result_and_help_and_the_latest_wins() {
        let run = |passed, help, at| DataAction::RecordRun { slug: "lru-cache".into(), passed, total: 10, help, at };
        let d = UserData::default().apply(run(7, 2, 50.0)).apply(run(10, 4, 60.0));
        let draft = &d.drafts["lru-cache"];
        assert_eq!((draft.best, draft.last), (Some((10, 10)), Some(LastRun { passed: 10, total: 10, help: 4, at: 60.0 })));
        // An older result arriving late (another tab) does not replace the latest.
        let d = d.apply(run(3, 0, 55.0));
        assert_eq!(d.drafts["lru-cache"].last.map(|l| l.help), Some(4));
        let (_, refused) = d.clone().apply_checked(run(1, MAX_HELP + 1, 70.0));
        assert_eq!(refused.len(), 1, "no such rung");
        // Saving code keeps it; it survives a round trip and a merge keeps the later one.
        let d = d.apply(DataAction::SaveDraft { slug: "lru-cache".into(), code: "x".into(), at: 80.0 });
        let (back, problem) = UserData::load(Some(&serde_json::to_string(&d).expect("json")));
        assert_eq!((back.drafts["lru-cache"].last, problem), (d.drafts["lru-cache"].last, None));
        let other = UserData::default().apply(run(1, 1, 90.0));
        let m = d.apply(DataAction::Merge(other));
        assert_eq!(m.drafts["lru-cache"].last.map(|l| (l.passed, l.help)), Some((1, 1)));
        assert_eq!(m.drafts["lru-cache"].best, Some((10, 10)));
    }

    #[test]
    fn round_records_are_kept_apart_from_designs_checked_merged_and_reloaded() {
        let story = |at: f64, title: &str| serde_json::json!({ "saved_at": at, "title": title });
        let d = UserData::default().apply(DataAction::SaveRecord { round: true, key: "story:s1".into(), record: story(10.0, "Outage") });
        assert!(d.designs.is_empty() && d.rounds["story:s1"]["title"] == "Outage");
        let (back, problem) = UserData::load(Some(&d.to_json()));
        assert_eq!((&back, problem), (&d, None));
        // A record without a valid time is refused, and the kept one stays.
        let (same, refused) = d.clone().apply_checked(DataAction::SaveRecord { round: true, key: "story:s1".into(), record: serde_json::json!({ "title": "x" }) });
        assert_eq!(same, d);
        assert_eq!(refused[0].section, validate::Section::Rounds);
        // Another tab's later edit (here a deletion) wins both ways round.
        let other = UserData::default().apply(DataAction::SaveRecord { round: true, key: "story:s1".into(), record: serde_json::json!({ "saved_at": 20.0, "deleted": true }) });
        let a = d.clone().apply(DataAction::Sync(other.clone()));
        let b = other.apply(DataAction::Sync(d));
        assert_eq!(a.rounds["story:s1"]["deleted"], true);
        assert_eq!(a.rounds, b.rounds);
        // An unreadable record in a stored document is named, the others load.
        let raw = r#"{"version":3,"rounds":{"story:a":{"saved_at":1.0},"mock:2":{"saved_at":"soon"}}}"#;
        let (d, p) = UserData::load(Some(raw));
        assert!(d.rounds.contains_key("story:a") && !d.rounds.contains_key("mock:2"));
        assert!(matches!(p, Some(LoadProblem::Partial(ref bad)) if bad[0].contains("rounds `mock:2`")), "{p:?}");
    }

    #[test]
    fn design_work_is_saved_checked_merged_and_survives_a_reload() {
        use crate::design::record::{DesignRecord, DesignResult, MAX_RECORD_BYTES};
        let rec = |at: f64, note: &str, results: Vec<DesignResult>| {
            let mut r = DesignRecord { saved_at: at, committed_at: None, results, ..DesignRecord::default() };
            r.notes.insert("api".into(), note.into());
            r
        };
        let kept = DesignResult { at: 5.0, seconds: 2400, covered: 6, total: 10, estimates: 700, missed: vec!["api-1".into()] };
        let d = UserData::default().apply(DataAction::SaveRecord { round: false, key: "url-shortener".into(), record: rec(10.0, "POST /links", vec![kept.clone()]).to_value() });
        assert_eq!(d.saved_at, 10.0);
        let (back, problem) = UserData::load(Some(&d.to_json()));
        assert_eq!((&back, problem), (&d, None));
        // Too big a note is refused with a message, and nothing already saved is lost.
        let (same, refused) = d.clone().apply_checked(DataAction::SaveRecord { round: false, key: "url-shortener".into(), record: rec(11.0, &"x".repeat(MAX_RECORD_BYTES + 1), vec![]).to_value() });
        assert_eq!(same, d);
        assert!(refused[0].reason.contains("your work on `url-shortener` was not saved"), "{:?}", refused);
        // Another tab's later notes win; both copies' results are kept.
        let later = DesignResult { at: 20.0, ..kept.clone() };
        let other = UserData::default().apply(DataAction::SaveRecord { round: false, key: "url-shortener".into(), record: rec(30.0, "newer", vec![later]).to_value() });
        let m = d.apply(DataAction::Sync(other));
        let r = DesignRecord::read(&m.designs["url-shortener"]).expect("reads");
        assert_eq!(r.notes["api"], "newer");
        assert_eq!(r.results.len(), 2);
        // A broken record in storage is left out by name; the rest loads.
        let raw = r#"{"version":2,"designs":{"a":{"saved_at":1.0},"b":{"saved_at":"soon"}},"settings":{"theme":"dark"}}"#;
        let (d, p) = UserData::load(Some(raw));
        assert!(d.designs.contains_key("a") && !d.designs.contains_key("b"));
        assert!(matches!(p, Some(LoadProblem::Partial(ref bad)) if bad[0].contains("designs `b`")), "{p:?}");
    }
}

/// Every change to user data, as a pure transition (the app's reducer delegates here).
#[derive(Debug, Clone, PartialEq)]
pub enum DataAction {
    SetTheme { theme: Option<Theme>, at: f64 },
    /// A finished quiz: saved in history, with its answers' new schedules and log entries
    /// (`srs::schedule::review_all`).
    RecordAttempt { attempt: Attempt, reviews: Vec<(Card, Review)> },
    /// Items reviewed outside a quiz (an exercise solved, design points rated): their new
    /// schedules and log entries.
    Review { reviews: Vec<(Card, Review)> },
    /// The review settings: desired retention and the interview plan.
    SetReview { retention: Option<u16>, plan: Option<InterviewPlan>, at: f64 },
    SaveDraft { slug: String, code: String, at: f64 },
    /// Forget the draft (back to the starter code).
    ResetDraft { slug: String, at: f64 },
    /// "Replace my progress" with an import: exactly `data`, in a new epoch starting `at`.
    Replace { data: UserData, at: f64 },
    /// "Merge" an import: keep the newer of each record of both.
    Merge(UserData),
    /// Another tab's save (or the stored copy): like `Merge`, but respecting a replace made in
    /// either copy (see `merge::merge`).
    Sync(UserData),
    /// A finished exercise run: remember the best score, and the result and help of the latest.
    RecordRun { slug: String, passed: u32, total: u32, help: u8, at: f64 },
    /// A JSON record as it now stands (its `saved_at` is the change's time): the learner's work
    /// on a design prompt (`DesignRecord::to_value`) in `designs`, or with `round` a behavioural
    /// or mock-interview record in `rounds`.
    SaveRecord { round: bool, key: String, record: serde_json::Value },
}

impl DataAction {
    fn time(&self) -> Option<f64> {
        match self {
            DataAction::RecordAttempt { attempt, .. } => Some(attempt.ended_at),
            DataAction::Review { reviews } => Some(reviews.iter().map(|(_, r)| r.at as f64).fold(0.0, f64::max)),
            DataAction::SaveDraft { at, .. }
            | DataAction::ResetDraft { at, .. }
            | DataAction::RecordRun { at, .. }
            | DataAction::Replace { at, .. }
            | DataAction::SetTheme { at, .. }
            | DataAction::SetReview { at, .. } => Some(*at),
            DataAction::SaveRecord { record, .. } => Some(crate::design::record::saved_at(record)),
            DataAction::Merge(_) | DataAction::Sync(_) => None,
        }
    }
}

impl UserData {
    /// `apply_checked` without the list of refused records.
    pub fn apply(self, action: DataAction) -> UserData {
        self.apply_checked(action).0
    }

    /// The pure transition. Keeps the invariant that every record passes `validate`, so the
    /// state always equals what the next load reads: a change that would break it is refused
    /// (the data is returned unchanged) and described in the returned list.
    pub fn apply_checked(mut self, action: DataAction) -> (UserData, Vec<validate::Rejected>) {
        use validate::{check_draft, check_key, valid_time, Rejected, Section};
        let refuse = |d: UserData, section: Section, reason: String| (d, vec![Rejected { section, reason }]);
        let at = action.time();
        if let Some(t) = at {
            if !valid_time(t) {
                return refuse(self, Section::SavedAt, "a change was not saved: its time (this device's clock) is out of range".to_string());
            }
        }
        match action {
            DataAction::SetTheme { theme, .. } => self.settings.theme = theme,
            DataAction::RecordAttempt { attempt, reviews } => {
                let attempt = validate::clamp_attempt(attempt);
                if let Err(e) = validate::check_attempt(&attempt) {
                    return refuse(self, Section::Attempts, format!("this quiz could not be saved: {e}"));
                }
                if let Err(e) = validate::check_reviews(&reviews) {
                    return refuse(self, Section::Cards, format!("this quiz could not be saved: {e}"));
                }
                self.add_reviews(reviews);
                self.push_attempt(attempt);
            }
            DataAction::Review { reviews } => {
                if let Err(e) = validate::check_reviews(&reviews) {
                    return refuse(self, Section::Cards, format!("this review could not be saved: {e}"));
                }
                self.add_reviews(reviews);
            }
            DataAction::SetReview { retention, plan, .. } => {
                let s = Settings { retention, plan, ..self.settings.clone() };
                if let Err(e) = validate::check_settings(&s) {
                    return refuse(self, Section::Settings, format!("the review settings were not saved: {e}"));
                }
                self.settings = s;
            }
            DataAction::SaveDraft { slug, code, at } => {
                let (best, last) = self.drafts.get(&slug).map_or((None, None), |d| (d.best, d.last));
                let d = Draft { code, saved_at: at, best, last };
                if let Err(e) = check_key(&slug).and_then(|_| check_draft(&d)) {
                    return refuse(self, Section::Drafts, format!("your code for `{}` was not saved: {e}", slug.chars().take(40).collect::<String>()));
                }
                self.drafts.insert(slug, d);
            }
            DataAction::ResetDraft { slug, at } => {
                if let Err(e) = check_key(&slug) {
                    return refuse(self, Section::Drafts, format!("the reset was not saved: {e}"));
                }
                // An empty, newer draft: the reset wins when merged with another tab's copy.
                let (best, last) = self.drafts.get(&slug).map_or((None, None), |d| (d.best, d.last));
                self.drafts.insert(slug, Draft { code: String::new(), saved_at: at, best, last });
            }
            DataAction::Replace { data, at } => {
                let (mut data, bad) = validate::sanitize(data);
                data.replaced_at = at;
                data.saved_at = data.saved_at.max(at);
                return (data, bad);
            }
            DataAction::Merge(other) => {
                let (other, bad) = validate::sanitize(other);
                return (merge::merge_import(self, other), bad);
            }
            DataAction::Sync(other) => {
                let (other, bad) = validate::sanitize(other);
                return (merge::merge(self, other), bad);
            }
            DataAction::RecordRun { slug, passed, total, help, at } => {
                if let Err(e) = check_key(&slug) {
                    return refuse(self, Section::Drafts, format!("the run result was not saved: {e}"));
                }
                if passed > total || total > validate::MAX_TESTS || help > MAX_HELP {
                    return refuse(self, Section::Drafts, format!("the run result {passed} of {total} was not saved: out of range"));
                }
                let d = self.drafts.entry(slug).or_insert(Draft { code: String::new(), saved_at: at, best: None, last: None });
                if d.last.is_none_or(|l| at >= l.at) {
                    d.last = Some(LastRun { passed, total, help, at });
                }
                if d.best.is_none_or(|(p, _)| passed >= p) {
                    d.best = Some((passed, total));
                }
            }
            DataAction::SaveRecord { round, key, record } => {
                if let Err(e) = check_key(&key).and_then(|_| crate::design::record::check_stored(&record)) {
                    return refuse(self, if round { Section::Rounds } else { Section::Designs }, format!("your work on `{}` was not saved: {e}", key.chars().take(40).collect::<String>()));
                }
                if round { &mut self.rounds } else { &mut self.designs }.insert(key, record);
            }
        }
        if let Some(t) = at {
            self.saved_at = self.saved_at.max(t);
        }
        (self, Vec::new())
    }
}
