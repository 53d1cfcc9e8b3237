//! Reading the human-authored content (`questions/*.toml`, `exercises/<slug>/`), validating every
//! rule, and rendering Markdown to sanitized HTML. Runs at build time (the app's `build.rs`) and
//! in native tests; a broken file fails the build with file, line, id and reason.

use crate::content::{AnswerKey, Catalog, Choice, ExerciseInfo, Question, Topic};
use crate::exercise::spec::{Complexity, ExerciseKind, RandomTests, TestCase, TestInput};
use serde::Deserialize;
use std::collections::HashSet;
use std::fmt;
use std::path::{Path, PathBuf};
use toml::Spanned;

/// One problem found in a content file.
#[derive(Debug, Clone, PartialEq)]
pub struct ContentError {
    pub file: PathBuf,
    /// 1-based line; 0 when the problem concerns the whole file.
    pub line: usize,
    /// The question or exercise the problem is in, when known.
    pub id: Option<String>,
    pub reason: String,
}

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: ", self.file.display(), self.line)?;
        if let Some(id) = &self.id {
            write!(f, "`{id}`: ")?;
        }
        f.write_str(&self.reason)
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTopicFile {
    topic: RawTopic,
    #[serde(default)]
    questions: Vec<Spanned<RawQuestion>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTopic {
    id: String,
    title: String,
    summary: String,
    /// Position on the home page (lower first); topics without one come last.
    order: Option<i64>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawQuestion {
    id: String,
    difficulty: i64,
    tags: Vec<String>,
    kind: String,
    prompt: String,
    explanation: String,
    reference: Option<String>,
    #[serde(default)]
    options: Vec<RawOption>,
    answer: Option<toml::Value>,
    tolerance: Option<f64>,
    unit: Option<String>,
    /// `"log"`: partial credit on a log scale for a numeric estimate.
    credit: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawOption {
    text: String,
    #[serde(default)]
    correct: bool,
    why: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawExercise {
    title: String,
    difficulty: i64,
    summary: String,
    signature: String,
    kind: ExerciseKind,
    entry: Vec<String>,
    #[serde(default)]
    forbidden: Vec<String>,
    #[serde(default)]
    unchecked: Vec<String>,
    time_limit_ms: Option<u32>,
    hints: Vec<String>,
    complexity: Option<Complexity>,
    #[serde(default)]
    random: Vec<RandomTests>,
    /// Wrong lines mixed into the Parsons puzzle of the reference solution.
    #[serde(default)]
    distractors: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTests {
    tests: Vec<TestCase>,
}

/// A known-wrong solution: the tests must reject it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct WrongSolution {
    pub file: String,
    pub code: String,
}

/// Test fixtures of one exercise that the app does not ship.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct ExerciseFixtures {
    pub slug: String,
    pub wrong: Vec<WrongSolution>,
}

pub const DEFAULT_TIME_LIMIT_MS: u32 = 2_000;

/// Renders block Markdown to sanitized HTML.
pub fn markdown(md: &str) -> String {
    use pulldown_cmark::{html, Options, Parser};
    let mut out = String::new();
    let opts = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH;
    html::push_html(&mut out, Parser::new_ext(md.trim(), opts));
    ammonia::clean(&out)
}

/// Renders a one-line Markdown snippet (an option text) without the wrapping paragraph.
pub fn markdown_inline(md: &str) -> String {
    let html = markdown(md);
    let t = html.trim();
    match t.strip_prefix("<p>").and_then(|s| s.strip_suffix("</p>")) {
        Some(inner) if !inner.contains("<p>") => inner.to_string(),
        _ => t.to_string(),
    }
}

pub(crate) fn line_of(text: &str, offset: usize) -> usize {
    text[..offset.min(text.len())].matches('\n').count() + 1
}

pub(crate) fn is_kebab(s: &str) -> bool {
    !s.is_empty()
        && s.split('-')
            .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()))
}

/// Option texts that break once options are shuffled, or that test reading tricks, not knowledge.
fn banned_option(text: &str) -> bool {
    let t = text.to_lowercase();
    ["all of the above", "none of the above", "all of these", "none of these", "both a and b"]
        .iter()
        .any(|b| t.contains(b))
}

/// Parses and validates one topic file. `file` is only used in error messages.
pub fn parse_topic(file: &Path, text: &str) -> Result<Topic, Vec<ContentError>> {
    let err = |line: usize, id: Option<&str>, reason: String| ContentError {
        file: file.to_path_buf(),
        line,
        id: id.map(str::to_string),
        reason,
    };
    let raw: RawTopicFile = toml::from_str(text).map_err(|e| {
        let line = e.span().map(|s| line_of(text, s.start)).unwrap_or(0);
        vec![err(line, None, e.message().to_string())]
    })?;
    let mut errors = Vec::new();
    let stem = file.file_stem().and_then(|s| s.to_str()).unwrap_or("");
    if raw.topic.id != stem {
        errors.push(err(1, None, format!("topic id `{}` must equal the file name `{stem}`", raw.topic.id)));
    }
    if raw.topic.title.trim().is_empty() || raw.topic.summary.trim().is_empty() {
        errors.push(err(1, None, "topic needs a title and a summary".into()));
    }
    if raw.questions.is_empty() {
        errors.push(err(1, None, "topic has no questions".into()));
    }
    let mut seen = HashSet::new();
    let mut questions = Vec::new();
    for sq in &raw.questions {
        let line = line_of(text, sq.span().start);
        let q = sq.get_ref();
        let id = Some(q.id.as_str());
        let before = errors.len();
        let mut bad = |reason: String| errors.push(err(line, id, reason));
        if !is_kebab(&q.id) {
            bad("id must be kebab-case (a-z, 0-9, -)".into());
        }
        if !seen.insert(q.id.clone()) {
            bad("duplicate id in this file".into());
        }
        if !(1..=3).contains(&q.difficulty) {
            bad(format!("difficulty must be 1, 2 or 3, not {}", q.difficulty));
        }
        if q.tags.is_empty() || q.tags.iter().any(|t| t.trim().is_empty()) {
            bad("needs at least one non-empty tag".into());
        }
        if q.prompt.trim().is_empty() {
            bad("prompt is empty".into());
        }
        if q.explanation.trim().is_empty() {
            bad("explanation is empty".into());
        }
        if q.credit.is_some() && q.kind != "numeric" {
            bad("`credit` is for numeric questions".into());
        }
        let answer = match q.kind.as_str() {
            "single" | "multiple" => {
                if q.answer.is_some() || q.tolerance.is_some() || q.unit.is_some() {
                    bad("choice questions mark options `correct`; `answer`, `tolerance` and `unit` are for other kinds".into());
                }
                if !(3..=6).contains(&q.options.len()) {
                    bad(format!("needs 3 to 6 options, has {}", q.options.len()));
                }
                let n_correct = q.options.iter().filter(|o| o.correct).count();
                if q.kind == "single" && n_correct != 1 {
                    bad(format!("a single-choice question needs exactly one correct option, has {n_correct}"));
                }
                if q.kind == "multiple" && (n_correct == 0 || n_correct == q.options.len()) {
                    bad("a multiple-choice question needs at least one correct and one wrong option".into());
                }
                let mut texts = HashSet::new();
                for o in &q.options {
                    if o.text.trim().is_empty() {
                        bad("an option has empty text".into());
                    }
                    if !texts.insert(o.text.trim()) {
                        bad(format!("option `{}` appears twice", o.text));
                    }
                    if o.why.trim().is_empty() {
                        bad(format!("option `{}` needs a `why`", o.text));
                    }
                    if banned_option(&o.text) {
                        bad(format!("option `{}`: no \"all/none of the above\" options (options are shuffled)", o.text));
                    }
                }
                let options: Vec<Choice> = q
                    .options
                    .iter()
                    .map(|o| Choice {
                        html: markdown_inline(&o.text),
                        correct: o.correct,
                        why_html: markdown_inline(&o.why),
                    })
                    .collect();
                if q.kind == "single" {
                    AnswerKey::Single { options }
                } else {
                    AnswerKey::Multiple { options }
                }
            }
            "true_false" => {
                if !q.options.is_empty() || q.tolerance.is_some() || q.unit.is_some() {
                    bad("true_false questions take only `answer = true|false`".into());
                }
                match &q.answer {
                    Some(toml::Value::Boolean(b)) => AnswerKey::TrueFalse { answer: *b },
                    _ => {
                        bad("true_false needs `answer = true` or `answer = false`".into());
                        AnswerKey::TrueFalse { answer: false }
                    }
                }
            }
            "numeric" => {
                if !q.options.is_empty() {
                    bad("numeric questions have no options".into());
                }
                let answer = match &q.answer {
                    Some(toml::Value::Float(f)) => Some(*f),
                    Some(toml::Value::Integer(i)) => Some(*i as f64),
                    _ => None,
                };
                let tolerance = q.tolerance;
                let log_credit = match q.credit.as_deref() {
                    None => false,
                    Some("log") if answer.is_some_and(|a| a > 0.0) => true,
                    Some("log") => {
                        bad("`credit = \"log\"` needs a positive `answer`".into());
                        false
                    }
                    Some(other) => {
                        bad(format!("unknown `credit = \"{other}\"` (only \"log\")"));
                        false
                    }
                };
                match (answer, tolerance) {
                    (Some(a), Some(t)) if a.is_finite() && t.is_finite() && t >= 0.0 => {
                        AnswerKey::Numeric { answer: a, tolerance: t, unit: q.unit.clone(), log_credit }
                    }
                    _ => {
                        bad("numeric needs a finite `answer` and a finite `tolerance` ≥ 0".into());
                        AnswerKey::Numeric { answer: 0.0, tolerance: 0.0, unit: None, log_credit: false }
                    }
                }
            }
            other => {
                bad(format!("unknown kind `{other}` (single, multiple, true_false, numeric)"));
                continue;
            }
        };
        if errors.len() > before {
            continue;
        }
        questions.push(Question {
            id: q.id.clone(),
            topic: raw.topic.id.clone(),
            difficulty: q.difficulty as u8,
            tags: q.tags.clone(),
            prompt_html: markdown(&q.prompt),
            explanation_html: markdown(&q.explanation),
            reference: q.reference.clone().filter(|r| !r.trim().is_empty()),
            answer,
        });
    }
    if errors.is_empty() {
        Ok(Topic {
            order: raw.topic.order.unwrap_or(i64::MAX),
            id: raw.topic.id,
            title: raw.topic.title,
            summary: raw.topic.summary,
            questions,
        })
    } else {
        Err(errors)
    }
}

/// Parses and validates one exercise folder: `exercise.toml`, `statement.md`, `starter.js`,
/// `solution.js`, `tests.json` and `wrong/*.js`.
pub fn parse_exercise(dir: &Path) -> Result<(ExerciseInfo, ExerciseFixtures), Vec<ContentError>> {
    let slug = dir.file_name().and_then(|s| s.to_str()).unwrap_or("").to_string();
    let err = |file: &Path, line: usize, reason: String| ContentError {
        file: file.to_path_buf(),
        line,
        id: Some(slug.clone()),
        reason,
    };
    let read = |name: &str| {
        let p = dir.join(name);
        std::fs::read_to_string(&p).map_err(|e| vec![err(&p, 0, format!("cannot read: {e}"))])
    };
    let meta_path = dir.join("exercise.toml");
    let text = read("exercise.toml")?;
    let raw: RawExercise = toml::from_str(&text).map_err(|e| {
        let line = e.span().map(|s| line_of(&text, s.start)).unwrap_or(0);
        vec![err(&meta_path, line, e.message().to_string())]
    })?;
    let statement = read("statement.md")?;
    let starter = read("starter.js")?;
    let solution = read("solution.js")?;
    let tests_path = dir.join("tests.json");
    let tests_text = read("tests.json")?;
    let tests: RawTests = serde_json::from_str(&tests_text)
        .map_err(|e| vec![err(&tests_path, e.line(), format!("{e}"))])?;
    let mut errors = Vec::new();
    let mut bad = |file: &Path, reason: String| errors.push(err(file, 0, reason));
    if !is_kebab(&slug) {
        bad(dir, "folder name must be kebab-case".into());
    }
    if !(1..=3).contains(&raw.difficulty) {
        bad(&meta_path, format!("difficulty must be 1, 2 or 3, not {}", raw.difficulty));
    }
    for (what, v) in [("title", &raw.title), ("summary", &raw.summary), ("signature", &raw.signature)] {
        if v.trim().is_empty() {
            bad(&meta_path, format!("`{what}` is empty"));
        }
    }
    if raw.entry.is_empty() || raw.entry.iter().any(|e| e.is_empty() || !e.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '$')) {
        bad(&meta_path, "`entry` must list the JavaScript names the code defines".into());
    }
    if raw.hints.is_empty() {
        bad(&meta_path, "give at least one hint".into());
    }
    if raw.time_limit_ms.is_some_and(|t| !(100..=30_000).contains(&t)) {
        bad(&meta_path, "`time_limit_ms` must be between 100 and 30000".into());
    }
    for r in &raw.random {
        if let Err(e) = crate::exercise::models::generate(&r.model, r.seed, 1) {
            bad(&meta_path, e);
        }
        if r.cases == 0 || r.cases > 200 {
            bad(&meta_path, "`random.cases` must be between 1 and 200".into());
        }
    }
    for (name, text) in [("statement.md", &statement), ("starter.js", &starter), ("solution.js", &solution)] {
        if text.trim().is_empty() {
            bad(&dir.join(name), "file is empty".into());
        }
    }
    if !(1..=3).contains(&raw.distractors.len()) {
        bad(&meta_path, format!("give 1 to 3 `distractors` (wrong lines for the Parsons puzzle), not {}", raw.distractors.len()));
    }
    let reference_lines = crate::exercise::parsons::solution_lines(&solution);
    for d in &raw.distractors {
        if d.trim().is_empty() {
            bad(&meta_path, "a distractor is empty".into());
        } else if reference_lines.iter().any(|l| l.trim() == d.trim()) {
            bad(&meta_path, format!("distractor `{}` is a line of solution.js: it must be wrong in every position", d.trim()));
        }
    }
    let mut names = HashSet::new();
    if tests.tests.iter().filter(|t| !t.hidden).count() == 0 || tests.tests.iter().filter(|t| t.hidden).count() == 0 {
        bad(&tests_path, "needs visible example tests and hidden tests".into());
    }
    for t in &tests.tests {
        if t.name.trim().is_empty() || !names.insert(t.name.as_str()) {
            bad(&tests_path, format!("test names must be unique and non-empty (`{}`)", t.name));
        }
        match (&t.input, raw.kind) {
            (TestInput::Args { .. }, ExerciseKind::Function) => {}
            (TestInput::Ops { ops }, ExerciseKind::Class) => {
                if t.expected.as_array().map(Vec::len) != Some(ops.len()) {
                    bad(&tests_path, format!("test `{}`: `expected` needs one entry per op ({})", t.name, ops.len()));
                }
            }
            _ => bad(&tests_path, format!("test `{}`: function exercises use `args`, class exercises use `ops`", t.name)),
        }
    }
    let mut wrong = Vec::new();
    let wrong_dir = dir.join("wrong");
    if let Ok(entries) = sorted_entries(&wrong_dir) {
        for p in entries.iter().filter(|p| p.extension().and_then(|e| e.to_str()) == Some("js")) {
            match std::fs::read_to_string(p) {
                Ok(code) => wrong.push(WrongSolution { file: p.file_name().and_then(|n| n.to_str()).unwrap_or("").to_string(), code }),
                Err(e) => bad(p, format!("cannot read: {e}")),
            }
        }
    }
    if wrong.is_empty() {
        bad(&wrong_dir, "add at least one known-wrong solution (wrong/*.js) that the tests must reject".into());
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let info = ExerciseInfo {
        slug: slug.clone(),
        title: raw.title,
        difficulty: raw.difficulty as u8,
        summary: raw.summary,
        statement_html: markdown(&statement),
        signature: raw.signature,
        kind: raw.kind,
        entry: raw.entry,
        forbidden: raw.forbidden,
        unchecked: raw.unchecked,
        time_limit_ms: raw.time_limit_ms.unwrap_or(DEFAULT_TIME_LIMIT_MS),
        complexity: raw.complexity,
        hints_html: raw.hints.iter().map(|h| markdown(h)).collect(),
        starter,
        solution,
        tests: tests.tests,
        random: raw.random,
        distractors: raw.distractors,
    };
    Ok((info, ExerciseFixtures { slug, wrong }))
}

pub(crate) fn sorted_entries(dir: &Path) -> Result<Vec<PathBuf>, Vec<ContentError>> {
    let rd = std::fs::read_dir(dir).map_err(|e| {
        vec![ContentError { file: dir.to_path_buf(), line: 0, id: None, reason: format!("cannot read directory: {e}") }]
    })?;
    let mut paths: Vec<PathBuf> = rd.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    Ok(paths)
}

/// Loads and validates all content. Collects every error instead of stopping at the first.
pub fn load_catalog(questions_dir: &Path, exercises_dir: &Path) -> Result<Catalog, Vec<ContentError>> {
    load_all(questions_dir, exercises_dir).map(|(c, _)| c)
}

/// The catalog plus the exercise fixtures that only tests use.
pub fn load_all(questions_dir: &Path, exercises_dir: &Path) -> Result<(Catalog, Vec<ExerciseFixtures>), Vec<ContentError>> {
    let mut fixtures = Vec::new();
    let mut topics: Vec<Topic> = Vec::new();
    let mut errors = Vec::new();
    let mut catalog = Catalog::default();
    for path in sorted_entries(questions_dir)? {
        if path.extension().and_then(|e| e.to_str()) != Some("toml") {
            continue;
        }
        let text = match std::fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) => {
                errors.push(ContentError { file: path.clone(), line: 0, id: None, reason: format!("cannot read: {e}") });
                continue;
            }
        };
        match parse_topic(&path, &text) {
            Ok(t) => topics.push(t),
            Err(e) => errors.extend(e),
        }
    }
    crate::content::sort_topics(&mut topics);
    catalog.topics = topics;
    for path in sorted_entries(exercises_dir)? {
        if path.is_dir() {
            match parse_exercise(&path) {
                Ok((e, f)) => {
                    catalog.exercises.push(e);
                    fixtures.push(f);
                }
                Err(e) => errors.extend(e),
            }
        }
    }
    // Ids are global: history and schedules refer to a question by id alone.
    let mut ids = HashSet::new();
    for t in &catalog.topics {
        for q in &t.questions {
            if !ids.insert(q.id.as_str()) {
                errors.push(ContentError {
                    file: questions_dir.join(format!("{}.toml", t.id)),
                    line: 0,
                    id: Some(q.id.clone()),
                    reason: "id is used by another question".into(),
                });
            }
        }
    }
    if errors.is_empty() {
        Ok((catalog, fixtures))
    } else {
        Err(errors)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = r#"
[topic]
id = "sample"
title = "Sample"
summary = "A sample."

[[questions]]
id = "s-one"
difficulty = 1
tags = ["t"]
kind = "single"
prompt = "Pick `b`."
explanation = "Because."

  [[questions.options]]
  text = "a"
  why = "no"

  [[questions.options]]
  text = "b"
  correct = true
  why = "yes"

  [[questions.options]]
  text = "c"
  why = "no"

[[questions]]
id = "s-two"
difficulty = 2
tags = ["t"]
kind = "numeric"
prompt = "How many?"
explanation = "Ten."
answer = 10
tolerance = 0.5
unit = "GB"
"#;

    fn parse(text: &str) -> Result<Topic, Vec<ContentError>> {
        parse_topic(Path::new("questions/sample.toml"), text)
    }

    #[test]
    fn parses_and_renders_markdown() {
        let t = parse(GOOD).expect("valid sample");
        assert_eq!(t.questions.len(), 2);
        assert!(t.questions[0].prompt_html.contains("<code>b</code>"));
        assert_eq!(t.questions[0].answer.options()[1].html, "b");
        assert!(t.questions[0].answer.options()[1].correct);
        assert_eq!(
            t.questions[1].answer,
            AnswerKey::Numeric { answer: 10.0, tolerance: 0.5, unit: Some("GB".into()), log_credit: false }
        );
    }

    #[test]
    fn log_credit_is_for_positive_numeric_estimates() {
        let t = parse(&GOOD.replace("unit = \"GB\"", "unit = \"GB\"\ncredit = \"log\"")).expect("valid");
        assert!(matches!(t.questions[1].answer, AnswerKey::Numeric { log_credit: true, .. }));
        let errs = |text: String| parse(&text).expect_err("invalid").iter().map(ToString::to_string).collect::<Vec<_>>().join("\n");
        assert!(errs(GOOD.replace("unit = \"GB\"", "unit = \"GB\"\ncredit = \"linear\"")).contains("unknown `credit"));
        assert!(errs(GOOD.replace("answer = 10\n", "answer = -10\n").replace("unit = \"GB\"", "unit = \"GB\"\ncredit = \"log\"")).contains("positive"));
        assert!(errs(GOOD.replacen("difficulty = 1", "difficulty = 1\ncredit = \"log\"", 1)).contains("for numeric questions"));
    }

    #[test]
    fn reports_file_line_id_and_reason() {
        let broken = GOOD.replace("  correct = true\n", "");
        let errs = parse(&broken).expect_err("no correct option");
        assert_eq!(errs.len(), 1);
        let msg = errs[0].to_string();
        assert!(msg.starts_with("questions/sample.toml:7: `s-one`: "), "{msg}");
        assert!(msg.contains("exactly one correct option"), "{msg}");
    }

    #[test]
    fn reports_toml_syntax_errors_with_line() {
        let broken = GOOD.replace("difficulty = 2", "difficulty = ");
        let errs = parse(&broken).expect_err("syntax error");
        assert_eq!(errs[0].line, 30, "{}", errs[0]);
    }

    #[test]
    fn rejects_rule_breakers() {
        for (from, to, reason) in [
            ("difficulty = 1", "difficulty = 4", "difficulty must be"),
            ("text = \"c\"", "text = \"All of the above\"", "all/none of the above"),
            ("text = \"c\"", "text = \"a\"", "appears twice"),
            ("kind = \"single\"", "kind = \"essay\"", "unknown kind"),
            ("tolerance = 0.5", "tolerance = -1.0", "tolerance"),
            ("id = \"s-two\"", "id = \"s-one\"", "duplicate id"),
            ("id = \"sample\"", "id = \"other\"", "must equal the file name"),
            ("  why = \"yes\"", "  why = \"\"", "needs a `why`"),
        ] {
            let errs = parse(&GOOD.replacen(from, to, 1)).expect_err(reason);
            assert!(errs.iter().any(|e| e.reason.contains(reason)), "{reason}: {errs:?}");
        }
    }

    /// A copy of a shipped exercise with its `distractors` line replaced.
    fn exercise_with_distractors(line: &str, tag: &str) -> Result<ExerciseInfo, Vec<ContentError>> {
        let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("../exercises/binary-search");
        let dir = std::env::temp_dir().join(format!("backprep-distractors-{}-{tag}/binary-search", std::process::id()));
        std::fs::create_dir_all(dir.join("wrong")).expect("temp dir");
        for name in ["statement.md", "starter.js", "solution.js", "tests.json", "wrong/off-by-one-bound.js"] {
            std::fs::copy(src.join(name), dir.join(name)).expect("copy");
        }
        let toml = std::fs::read_to_string(src.join("exercise.toml")).expect("toml");
        // First, so that it is a top-level key and not one of a table's.
        let toml = line.to_string() + &toml.lines().filter(|l| !l.starts_with("distractors")).map(|l| format!("{l}\n")).collect::<String>();
        std::fs::write(dir.join("exercise.toml"), toml).expect("write");
        let parsed = parse_exercise(&dir).map(|(info, _)| info);
        let _ = std::fs::remove_dir_all(dir.parent().expect("parent"));
        parsed
    }

    #[test]
    fn distractors_are_checked_against_the_solution() {
        let ok = exercise_with_distractors("distractors = ['  while (lo < hi) {']\n", "ok").expect("valid");
        assert_eq!(ok.distractors, ["  while (lo < hi) {"]);
        for (i, (line, reason)) in [
            ("", "give 1 to 3 `distractors`"),
            ("distractors = ['a', 'b', 'c', 'd']\n", "give 1 to 3 `distractors`"),
            ("distractors = ['  ']\n", "a distractor is empty"),
            ("distractors = ['return -1;']\n", "is a line of solution.js"),
        ]
        .into_iter()
        .enumerate()
        {
            let errs = exercise_with_distractors(line, &i.to_string()).expect_err(reason);
            assert!(errs.iter().any(|e| e.reason.contains(reason) && e.file.ends_with("exercise.toml")), "{reason}: {errs:?}");
        }
    }

    #[test]
    fn sanitizes_html() {
        let html = markdown("hi <script>alert(1)</script><img src=x onerror=alert(1)>");
        assert!(!html.contains("<script"), "{html}");
        assert!(!html.contains("onerror"), "{html}");
    }
}
