//! The content model as the app sees it: topics with their questions, and exercises. Markdown is
//! already rendered to sanitized HTML at build time (see `authoring`), so the browser bundle
//! carries neither a Markdown parser nor a sanitizer.

use crate::exercise::spec::{Complexity, ExerciseKind, RandomTests, TestCase};
use crate::design::spec::DesignPrompt;
use crate::sql::SqlExercise;
use serde::{Deserialize, Serialize};

/// Everything the app ships: produced at build time from `questions/` and `exercises/`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Catalog {
    pub topics: Vec<Topic>,
    pub exercises: Vec<ExerciseInfo>,
    /// SQL round exercises (`sql/`).
    #[serde(default)]
    pub sql: Vec<SqlExercise>,
    /// System-design prompts (`design/`).
    #[serde(default)]
    pub design: Vec<DesignPrompt>,
}

/// One quiz topic (one file in `questions/`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Topic {
    /// Stable kebab-case id, equal to the file name.
    pub id: String,
    /// Position on the home page (lower first).
    #[serde(default)]
    pub order: i64,
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

/// What kind of question this is, together with its correct answer. Written with a `kind` tag;
/// read through `RawAnswerKey`, since serde reads an internally tagged enum by first copying the
/// whole object (every option's text) into a buffer: that was a third of parsing a question bank.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", try_from = "RawAnswerKey")]
pub enum AnswerKey {
    /// Exactly one option is correct.
    Single { options: Vec<Choice> },
    /// Select all that apply: right only when the selected set is exactly the correct set.
    Multiple { options: Vec<Choice> },
    TrueFalse { answer: bool },
    /// Right when |response − answer| ≤ tolerance. With `log_credit` (estimates), a wrong answer
    /// still earns partial credit by its distance in orders of magnitude (`design::estimate`).
    Numeric {
        answer: f64,
        tolerance: f64,
        unit: Option<String>,
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        log_credit: bool,
    },
}

#[derive(Deserialize)]
#[serde(rename_all = "snake_case")]
enum RawKind {
    Single,
    Multiple,
    TrueFalse,
    Numeric,
}

/// `answer` is a boolean (true/false) or a number (numeric). Read by a visitor that takes
/// either, not as an untagged enum: serde reads those by copying the value into a buffer and
/// trying each variant in turn, and a failed try formats an error message (for every numeric
/// answer, on the way to a quiz link's first paint: `copy::quiz`).
enum RawScalar {
    Bool(bool),
    Number(f64),
}

impl<'de> Deserialize<'de> for RawScalar {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Scalar;
        impl serde::de::Visitor<'_> for Scalar {
            type Value = RawScalar;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("true, false or a number")
            }
            fn visit_bool<E>(self, v: bool) -> Result<RawScalar, E> {
                Ok(RawScalar::Bool(v))
            }
            fn visit_f64<E>(self, v: f64) -> Result<RawScalar, E> {
                Ok(RawScalar::Number(v))
            }
            fn visit_i64<E>(self, v: i64) -> Result<RawScalar, E> {
                Ok(RawScalar::Number(v as f64))
            }
            fn visit_u64<E>(self, v: u64) -> Result<RawScalar, E> {
                Ok(RawScalar::Number(v as f64))
            }
        }
        d.deserialize_any(Scalar)
    }
}

/// An answer key as written: its `kind` and whichever fields that kind has.
#[derive(Deserialize)]
struct RawAnswerKey {
    kind: RawKind,
    options: Option<Vec<Choice>>,
    answer: Option<RawScalar>,
    tolerance: Option<f64>,
    unit: Option<String>,
    #[serde(default)]
    log_credit: bool,
}

impl TryFrom<RawAnswerKey> for AnswerKey {
    type Error = &'static str;
    fn try_from(r: RawAnswerKey) -> Result<AnswerKey, Self::Error> {
        Ok(match (r.kind, r.answer) {
            (RawKind::Single, _) => AnswerKey::Single { options: r.options.ok_or("a `single` answer needs `options`")? },
            (RawKind::Multiple, _) => AnswerKey::Multiple { options: r.options.ok_or("a `multiple` answer needs `options`")? },
            (RawKind::TrueFalse, Some(RawScalar::Bool(answer))) => AnswerKey::TrueFalse { answer },
            (RawKind::TrueFalse, _) => return Err("a `true_false` answer needs `answer`: true or false"),
            (RawKind::Numeric, Some(RawScalar::Number(answer))) => AnswerKey::Numeric {
                answer,
                tolerance: r.tolerance.ok_or("a `numeric` answer needs `tolerance`")?,
                unit: r.unit,
                log_credit: r.log_credit,
            },
            (RawKind::Numeric, _) => return Err("a `numeric` answer needs `answer`: a number"),
        })
    }
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
    /// Wrong lines mixed into the Parsons puzzle (1 to 3, none equal to a line of `solution`).
    #[serde(default)]
    pub distractors: Vec<String>,
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

/// The catalog's topic order (the home page's, and the order a quiz deals from): by `order`,
/// then id. The content index keeps it, and a quiz link's copy (`copy::quiz`) restores it.
pub fn sort_topics(topics: &mut [Topic]) {
    topics.sort_by(|a, b| (a.order, &a.id).cmp(&(b.order, &b.id)));
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

/// What the app embeds: enough for the home page, navigation and review counts. Question banks
/// and exercises live in separate files (`content/<file>`) loaded when a page needs them, so
/// the first load stays small.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct CatalogIndex {
    pub topics: Vec<TopicMeta>,
    pub exercises: Vec<ExerciseMeta>,
    /// SQL exercises: the same fields as coding exercises (`file` is `sql-<slug>-<hash>.json`).
    #[serde(default)]
    pub sql: Vec<ExerciseMeta>,
    /// System-design prompts (`file` is `design-<slug>-<hash>.json`).
    #[serde(default)]
    pub design: Vec<ExerciseMeta>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TopicMeta {
    pub id: String,
    pub title: String,
    pub summary: String,
    pub question_ids: Vec<String>,
    /// File of the full topic, named by a hash of its content.
    pub file: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ExerciseMeta {
    pub slug: String,
    pub title: String,
    pub difficulty: u8,
    pub summary: String,
    pub file: String,
}

/// FNV-1a, hex: content-addressed file names that change whenever the content does.
pub fn content_hash(bytes: &[u8]) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in bytes {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    format!("{h:016x}")
}

impl Catalog {
    /// Splits the catalog into the embedded index and the lazily loaded files
    /// (`(file name, JSON)`), deterministically.
    pub fn split(&self) -> (CatalogIndex, Vec<(String, String)>) {
        let mut files = Vec::new();
        let mut index = CatalogIndex::default();
        for t in &self.topics {
            let json = serde_json::to_string(t).unwrap_or_default();
            let file = format!("topic-{}-{}.json", t.id, content_hash(json.as_bytes()));
            index.topics.push(TopicMeta {
                id: t.id.clone(),
                title: t.title.clone(),
                summary: t.summary.clone(),
                question_ids: t.questions.iter().map(|q| q.id.clone()).collect(),
                file: file.clone(),
            });
            files.push((file, json));
        }
        for e in &self.exercises {
            let json = serde_json::to_string(e).unwrap_or_default();
            let file = format!("exercise-{}-{}.json", e.slug, content_hash(json.as_bytes()));
            index.exercises.push(ExerciseMeta {
                slug: e.slug.clone(),
                title: e.title.clone(),
                difficulty: e.difficulty,
                summary: e.summary.clone(),
                file: file.clone(),
            });
            files.push((file, json));
        }
        for e in &self.sql {
            let json = serde_json::to_string(e).unwrap_or_default();
            let file = format!("{}-{}.json", e.slug, content_hash(json.as_bytes()));
            index.sql.push(ExerciseMeta { slug: e.slug.clone(), title: e.title.clone(), difficulty: e.difficulty, summary: e.summary.clone(), file: file.clone() });
            files.push((file, json));
        }
        for e in &self.design {
            let json = serde_json::to_string(e).unwrap_or_default();
            let file = format!("design-{}-{}.json", e.slug, content_hash(json.as_bytes()));
            index.design.push(ExerciseMeta { slug: e.slug.clone(), title: e.title.clone(), difficulty: e.difficulty, summary: e.summary.clone(), file: file.clone() });
            files.push((file, json));
        }
        (index, files)
    }
}

impl CatalogIndex {
    pub fn topic(&self, id: &str) -> Option<&TopicMeta> {
        self.topics.iter().find(|t| t.id == id)
    }

    pub fn exercise(&self, slug: &str) -> Option<&ExerciseMeta> {
        self.exercises.iter().find(|e| e.slug == slug)
    }

    pub fn sql_exercise(&self, slug: &str) -> Option<&ExerciseMeta> {
        self.sql.iter().find(|e| e.slug == slug)
    }

    pub fn design_prompt(&self, slug: &str) -> Option<&ExerciseMeta> {
        self.design.iter().find(|e| e.slug == slug)
    }

    /// The topic a question belongs to.
    pub fn topic_of(&self, question_id: &str) -> Option<&TopicMeta> {
        self.topics.iter().find(|t| t.question_ids.iter().any(|q| q == question_id))
    }

    pub fn has_question(&self, id: &str) -> bool {
        self.topic_of(id).is_some()
    }

    pub fn question_count(&self) -> usize {
        self.topics.iter().map(|t| t.question_ids.len()).sum()
    }

    /// Topic title by id, falling back to the id for topics that no longer exist.
    pub fn title(&self, topic: &str) -> String {
        self.topic(topic).map(|t| t.title.clone()).unwrap_or_else(|| topic.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn split_is_deterministic_and_names_change_with_content() {
        let topic = Topic { order: 1, id: "t".into(), title: "T".into(), summary: "s".into(), questions: vec![] };
        let mut c = Catalog { topics: vec![topic], ..Catalog::default() };
        let (i1, f1) = c.split();
        assert_eq!(c.split(), (i1.clone(), f1.clone()));
        assert!(i1.topics[0].file.starts_with("topic-t-") && i1.topics[0].file.ends_with(".json"));
        c.topics[0].summary = "changed".into();
        assert_ne!(c.split().0.topics[0].file, i1.topics[0].file);
    }

    #[test]
    fn answer_keys_read_back_as_written_and_say_what_is_missing() {
        let choice = Choice { html: "<p>a</p>".into(), correct: true, why_html: "<p>why</p>".into() };
        for key in [
            AnswerKey::Single { options: vec![choice.clone()] },
            AnswerKey::Multiple { options: vec![choice.clone(), Choice { correct: false, ..choice.clone() }] },
            AnswerKey::TrueFalse { answer: false },
            AnswerKey::Numeric { answer: 1e6, tolerance: 0.5, unit: Some("req/s".into()), log_credit: true },
            AnswerKey::Numeric { answer: 3.0, tolerance: 0.0, unit: None, log_credit: false },
        ] {
            let text = serde_json::to_string(&key).expect("write");
            assert!(text.starts_with(r#"{"kind":""#), "{text}");
            assert_eq!(serde_json::from_str::<AnswerKey>(&text).expect(&text), key);
        }
        for (text, why) in [
            (r#"{"kind":"single"}"#, "a `single` answer needs `options`"),
            (r#"{"kind":"true_false","answer":3}"#, "a `true_false` answer needs `answer`: true or false"),
            (r#"{"kind":"numeric","answer":true,"tolerance":1}"#, "a `numeric` answer needs `answer`: a number"),
            (r#"{"kind":"numeric","answer":2}"#, "a `numeric` answer needs `tolerance`"),
            (r#"{"kind":"essay"}"#, "unknown variant `essay`"),
        ] {
            let e = serde_json::from_str::<AnswerKey>(text).expect_err(text).to_string();
            assert!(e.contains(why), "{text}: {e}");
        }
    }
}
