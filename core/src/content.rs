//! The content model as the app sees it: topics with their questions, and exercises. Markdown is
//! already rendered to sanitized HTML at build time (see `authoring`), so the browser bundle
//! carries neither a Markdown parser nor a sanitizer.

use crate::exercise::spec::{Complexity, ExerciseKind, RandomTests, TestCase};
use serde::{Deserialize, Serialize};

/// Everything the app ships: produced at build time from `questions/` and `exercises/`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Catalog {
    pub topics: Vec<Topic>,
    pub exercises: Vec<ExerciseInfo>,
}

/// One quiz topic (one file in `questions/`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Topic {
    /// Stable kebab-case id, equal to the file name.
    pub id: String,
    pub title: String,
    pub summary: String,
    pub questions: Vec<Question>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Question {
    /// Stable id: history and review schedules refer to it.
    pub id: String,
    pub topic: String,
    /// 1 = warm-up, 2 = interview standard, 3 = deep.
    pub difficulty: u8,
    pub tags: Vec<String>,
    pub prompt_html: String,
    pub explanation_html: String,
    pub reference: Option<String>,
    pub answer: AnswerKey,
}

/// What kind of question this is, together with its correct answer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum AnswerKey {
    /// Exactly one option is correct.
    Single { options: Vec<Choice> },
    /// Select all that apply: right only when the selected set is exactly the correct set.
    Multiple { options: Vec<Choice> },
    TrueFalse { answer: bool },
    /// Right when |response − answer| ≤ tolerance.
    Numeric { answer: f64, tolerance: f64, unit: Option<String> },
}

impl AnswerKey {
    /// The options of a choice question, in authored order (empty for other kinds).
    pub fn options(&self) -> &[Choice] {
        match self {
            AnswerKey::Single { options } | AnswerKey::Multiple { options } => options,
            _ => &[],
        }
    }

    pub fn kind_name(&self) -> &'static str {
        match self {
            AnswerKey::Single { .. } => "single",
            AnswerKey::Multiple { .. } => "multiple",
            AnswerKey::TrueFalse { .. } => "true_false",
            AnswerKey::Numeric { .. } => "numeric",
        }
    }
}

/// One option of a choice question.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Choice {
    pub html: String,
    pub correct: bool,
    /// Why this option is right or wrong (shown in review).
    pub why_html: String,
}

/// A coding exercise: what the page shows and what the runner needs. Known-wrong solutions are
/// test fixtures and are not part of the shipped catalog.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ExerciseInfo {
    /// Stable kebab-case id, equal to the folder name.
    pub slug: String,
    pub title: String,
    pub difficulty: u8,
    pub summary: String,
    pub statement_html: String,
    /// What to write, e.g. `function search(nums, target)`.
    pub signature: String,
    pub kind: ExerciseKind,
    /// Names the user's code must define (functions or classes).
    pub entry: Vec<String>,
    /// Globals removed in the worker (e.g. `Map` when the exercise is to build one).
    pub forbidden: Vec<String>,
    /// Methods whose return values are not checked.
    pub unchecked: Vec<String>,
    /// Wall-clock limit of one run.
    pub time_limit_ms: u32,
    pub complexity: Option<Complexity>,
    pub hints_html: Vec<String>,
    pub starter: String,
    pub solution: String,
    pub tests: Vec<TestCase>,
    pub random: Vec<RandomTests>,
}

impl ExerciseInfo {
    /// The authored tests followed by the generated randomized ones.
    pub fn all_cases(&self) -> Result<Vec<TestCase>, String> {
        let mut cases = self.tests.clone();
        for r in &self.random {
            cases.extend(crate::exercise::models::generate(&r.model, r.seed, r.cases)?);
        }
        Ok(cases)
    }

    pub fn check_spec(&self) -> crate::exercise::check::CheckSpec<'_> {
        crate::exercise::check::CheckSpec {
            kind: self.kind,
            entry: &self.entry,
            unchecked: &self.unchecked,
            complexity: self.complexity.as_ref(),
        }
    }
}

impl Catalog {
    /// Parses the catalog produced by the build script.
    pub fn from_json(json: &str) -> Result<Catalog, String> {
        serde_json::from_str(json).map_err(|e| format!("content bundle is unreadable: {e}"))
    }

    pub fn topic(&self, id: &str) -> Option<&Topic> {
        self.topics.iter().find(|t| t.id == id)
    }

    pub fn exercise(&self, slug: &str) -> Option<&ExerciseInfo> {
        self.exercises.iter().find(|e| e.slug == slug)
    }

    /// All questions of all topics, in catalog order.
    pub fn questions(&self) -> impl Iterator<Item = &Question> {
        self.topics.iter().flat_map(|t| t.questions.iter())
    }

    pub fn question(&self, id: &str) -> Option<&Question> {
        self.questions().find(|q| q.id == id)
    }
}
