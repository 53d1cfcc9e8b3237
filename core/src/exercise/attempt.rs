//! One attempt at a coding exercise as a pure state machine, shaped like the quiz engine: the
//! code being edited and whether it is saved, the run in progress (a result for any other run is
//! ignored): Run (visible examples), Submit (everything, random tests from a fresh seed), the
//! custom input (beside the reference's output), and the shrinking rounds that follow a failing
//! random case; the last report; the help ladder (hints, the reference line by line, a Parsons
//! puzzle, the full solution) and the highest rung used; the reset confirmation and the file
//! notes. Time comes in with every `apply`, so the draft's timestamp is tested with a fake
//! clock; the page only renders and dispatches.

use super::check::{check, Report, Row, Status};
use super::custom;
use super::models;
use super::protocol::{RawRun, RunRequest};
use super::shrink::Shrinker;
use super::spec::{TestCase, TestInput};
use super::suite::{Origin, Suite};
use super::value::display_short;
use crate::content::ExerciseInfo;
use serde_json::Value;
use crate::store::DataAction;
use std::rc::Rc;

/// Drafts are written after this long without typing (and at once when the page is left).
pub const SAVE_DELAY_MS: u32 = 400;
/// Files larger than this are not read into the editor.
pub const MAX_FILE_BYTES: f64 = 512.0 * 1024.0;

/// A draft write still owed.
#[derive(Debug, Clone, PartialEq)]
pub struct DraftWrite {
    /// The edit count it covers (`AttemptAction::Saved` once written).
    pub edits: u64,
    /// `SaveDraft` with the code and the time of the last edit (not of the write, so merging with
    /// another tab keeps the later edit), or `ResetDraft` after a reset to the starter.
    pub action: DataAction,
}

/// What reading a chosen file gave (the coding and SQL pages load code from files alike).
#[derive(Debug, Clone, PartialEq)]
pub enum FileRead {
    Loaded { name: String, text: String },
    /// Over `MAX_FILE_BYTES`: not read.
    TooLarge { name: String, bytes: f64 },
    /// Not text.
    Unreadable { name: String },
}

impl FileRead {
    /// What the page says about it.
    pub fn note(&self) -> String {
        match self {
            FileRead::Loaded { name, .. } => format!("Loaded `{name}`."),
            FileRead::TooLarge { name, bytes } => format!("`{name}` is {:.0} KB; files over {:.0} KB are not loaded.", bytes / 1024.0, MAX_FILE_BYTES / 1024.0),
            FileRead::Unreadable { name } => format!("Could not read `{name}` as text."),
        }
    }
}

impl DraftWrite {
    /// The same write under another draft key (a re-solve from the review queue keeps its code
    /// apart from the solution it is hiding).
    pub fn under(mut self, key: &str) -> DraftWrite {
        if let DataAction::SaveDraft { slug, .. } | DataAction::ResetDraft { slug, .. } = &mut self.action {
            *slug = key.to_string();
        }
        self
    }

    /// What to write for `slug` when the edit count `(edits, saved)` says something is owed: the
    /// code as of its last change at `at`, or the reset to the starter.
    pub fn owed(slug: &str, code: &str, (edits, saved): (u64, u64), at: f64, reset: bool) -> Option<DraftWrite> {
        if edits == saved {
            return None;
        }
        let slug = slug.to_string();
        let action = if reset { DataAction::ResetDraft { slug, at } } else { DataAction::SaveDraft { slug, code: code.to_string(), at } };
        Some(DraftWrite { edits, action })
    }
}

/// What a run is for.
#[derive(Debug, Clone, PartialEq)]
pub enum Job {
    /// Run: the visible examples.
    Visible,
    /// Submit: everything, random tests from `seed`.
    Submit { seed: u64 },
    /// The custom-input box: the user's code and the reference on one input.
    Custom,
    /// One round of shrinking a failing random case.
    Shrink,
}

impl Job {
    /// The custom input and shrinking take their expected values from the reference solution.
    pub fn needs_reference(&self) -> bool {
        matches!(self, Job::Custom | Job::Shrink)
    }
}

/// Whether a run is in progress.
#[derive(Debug, Clone, PartialEq)]
pub enum RunPhase {
    Idle,
    /// Run `id` of the code as it was when it was asked for.
    Running { id: u64, code: Rc<str>, job: Job, suite: Rc<Suite> },
}

/// The rungs of the help ladder, in order; the highest one used is recorded with the attempt.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Rung {
    None = 0,
    Hints = 1,
    Lines = 2,
    Parsons = 3,
    Solution = 4,
}

/// The custom-input box and what its last run gave.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Custom {
    /// The box is shown (it starts folded away).
    pub open: bool,
    pub text: String,
    /// Why the text could not be run.
    pub error: Option<String>,
    pub result: Option<CustomResult>,
}

/// The user's and the reference's output on the custom input.
#[derive(Debug, Clone, PartialEq)]
pub struct CustomResult {
    /// The user's code: its value (or error, or timeout) and console output, judged against the
    /// reference (`status` is Pass when they agree).
    pub row: Row,
    /// The reference's value, or why it gave none (the input is outside the exercise's rules).
    pub reference: Result<String, String>,
}

/// Shrinking a failing random case: rounds of smaller candidates until none fails.
#[derive(Debug, Clone, PartialEq)]
pub struct Shrinking {
    shrinker: Shrinker,
    /// The candidates of the round in progress.
    batch: Vec<TestInput>,
    /// The failing case's name and how it failed (a candidate must fail the same way).
    pub from: String,
    status: Status,
    /// The smallest failing input so far, as the results show it (the original at first).
    pub best: Row,
    pub best_input: TestInput,
    /// Candidates tried so far.
    pub tried: usize,
    pub finished: bool,
}

impl Shrinking {
    /// The size that matters: the first array argument's length, or the number of operations.
    pub fn best_len(&self) -> Option<usize> {
        match &self.best_input {
            TestInput::Args { args } => args.iter().find_map(|a| a.as_array().map(Vec::len)),
            TestInput::Ops { ops } => Some(ops.len()),
        }
    }

    /// "an array of 1000 elements" / "5 operations", for the sentence above the shrunk input.
    pub fn size_note(&self) -> String {
        match (&self.best_input, self.best_len()) {
            (TestInput::Args { .. }, Some(1)) => "an array of 1 element".into(),
            (TestInput::Args { .. }, Some(n)) => format!("an array of {n} elements"),
            (TestInput::Args { .. }, None) => "scalar arguments".into(),
            (TestInput::Ops { .. }, n) => format!("{} operations", n.unwrap_or(0)),
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum AttemptAction {
    /// The editor or the plain text box reports its whole text.
    Edit(String),
    /// A file was chosen: its text replaces the code, or a note says why not.
    File(FileRead),
    AskReset,
    CancelReset,
    /// Replace the code with the starter (only after `AskReset`).
    ConfirmReset,
    /// Run the visible examples (Ctrl/Cmd+Enter); ignored while a run is in progress.
    Run,
    /// Run everything, with random tests from `seed` (Ctrl/Cmd+Shift+Enter).
    Submit { seed: u64 },
    /// Show or fold away the custom-input box.
    ToggleCustom,
    /// The custom-input box's text changed.
    CustomText(String),
    /// Run the custom input through the user's code and the reference.
    RunCustom,
    /// The worker finished run `id`; `reference` is the reference solution's run on the same
    /// inputs (custom input and shrinking).
    RunFinished { id: u64, raw: RawRun, reference: Option<RawRun> },
    /// Keep the smallest failing input found so far and stop shrinking.
    StopShrinking,
    /// Put the shrunk input into the custom-input box.
    ShrunkToCustom,
    ShowHint,
    /// Reveal the next line of the reference solution.
    RevealLine,
    OpenParsons,
    ToggleSolution,
    /// The draft as of edit number `edits` was written.
    Saved { edits: u64 },
}

#[derive(Debug, Clone, PartialEq)]
pub struct AttemptState {
    pub exercise: Rc<ExerciseInfo>,
    pub code: String,
    /// Counts changes to `code`; `saved_edits` is the count last written as a draft.
    pub edits: u64,
    saved_edits: u64,
    /// When `code` last changed (epoch ms).
    pub edited_ms: f64,
    /// The last change was a reset to the starter.
    reset_pending: bool,
    /// Counts replacements of the code from outside the editor (a file, a reset): the editor view
    /// must then take the new text, while typing must not be echoed back into it.
    pub replaced: u64,
    pub run: RunPhase,
    last_run_id: u64,
    pub report: Option<Rc<Report>>,
    /// The run whose report is shown, and what it was.
    pub reported_run: Option<u64>,
    pub reported_job: Option<Job>,
    pub custom: Custom,
    pub shrinking: Option<Shrinking>,
    pub hints_shown: usize,
    /// Lines of the reference revealed one by one.
    pub lines_shown: usize,
    pub parsons_open: bool,
    pub solution_open: bool,
    /// The highest rung of the help ladder used in this attempt.
    pub rung: Rung,
    pub confirm_reset: bool,
    /// What happened to the last chosen file, or why tests cannot run.
    pub note: Option<String>,
}

impl AttemptState {
    /// A new attempt showing the saved draft, or the starter code when there is none.
    pub fn new(exercise: Rc<ExerciseInfo>, draft: Option<&str>, now_ms: f64) -> AttemptState {
        let code = draft.filter(|d| !d.trim().is_empty()).map_or_else(|| exercise.starter.clone(), str::to_string);
        AttemptState {
            custom: Custom { text: custom::example(&exercise), ..Custom::default() },
            exercise,
            code,
            edits: 0,
            saved_edits: 0,
            edited_ms: now_ms,
            reset_pending: false,
            replaced: 0,
            run: RunPhase::Idle,
            last_run_id: 0,
            report: None,
            reported_run: None,
            reported_job: None,
            shrinking: None,
            hints_shown: 0,
            lines_shown: 0,
            parsons_open: false,
            solution_open: false,
            rung: Rung::None,
            confirm_reset: false,
            note: None,
        }
    }

    pub fn is_running(&self) -> bool {
        matches!(self.run, RunPhase::Running { .. })
    }

    /// The id and job of the run in progress.
    pub fn running(&self) -> Option<(u64, &Job)> {
        match &self.run {
            RunPhase::Running { id, job, .. } => Some((*id, job)),
            RunPhase::Idle => None,
        }
    }

    /// The job of the run in progress.
    pub fn running_job(&self) -> Option<&Job> {
        self.running().map(|(_, job)| job)
    }

    /// The seed of the last submit, shown so it can be replayed.
    pub fn seed(&self) -> Option<u64> {
        match self.reported_job {
            Some(Job::Submit { seed }) => Some(seed),
            _ => None,
        }
    }

    /// The reference solution is offered once a run has finished, or once the Parsons puzzle
    /// (the rung below it) was opened.
    pub fn solution_offered(&self) -> bool {
        self.reported_run.is_some() || self.parsons_open
    }

    pub fn hints_left(&self) -> usize {
        self.exercise.hints_html.len().saturating_sub(self.hints_shown)
    }

    /// The reference's lines that count as steps of the line-by-line reveal (not blank ones).
    pub fn reference_lines(&self) -> Vec<&str> {
        self.exercise.solution.lines().filter(|l| !l.trim().is_empty()).collect()
    }

    /// Line-by-line reveal comes after a first hint (or when there are none).
    pub fn lines_offered(&self) -> bool {
        self.hints_shown > 0 || self.exercise.hints_html.is_empty()
    }

    /// The Parsons puzzle comes after a first revealed line.
    pub fn parsons_offered(&self) -> bool {
        self.lines_shown > 0
    }

    /// The edit count not yet written as a draft (`None` when every change is saved).
    pub fn owed_edits(&self) -> Option<u64> {
        (self.edits != self.saved_edits).then_some(self.edits)
    }

    /// The draft write still owed, if the code changed since the last one.
    pub fn unsaved(&self) -> Option<DraftWrite> {
        DraftWrite::owed(&self.exercise.slug, &self.code, (self.edits, self.saved_edits), self.edited_ms, self.reset_pending)
    }

    /// The worker request of the run in progress, for the run's `nonce`.
    pub fn request(&self, nonce: &str) -> Option<RunRequest> {
        let RunPhase::Running { code, suite, .. } = &self.run else { return None };
        Some(RunRequest::for_exercise(nonce.to_string(), code.to_string(), &self.exercise, &suite.cases))
    }

    /// The reference solution's request on the same inputs, for the jobs that need one (its
    /// values are the expected ones). It runs in a worker of its own, never in the user's.
    pub fn reference_request(&self, nonce: &str) -> Option<RunRequest> {
        let RunPhase::Running { job, suite, .. } = &self.run else { return None };
        job.needs_reference().then(|| RunRequest::for_exercise(nonce.to_string(), self.exercise.solution.clone(), &self.exercise, &suite.cases))
    }

    /// The pure transition; Yew's reducer only delegates here.
    pub fn apply(mut self, action: AttemptAction, now_ms: f64) -> AttemptState {
        match action {
            // The editor echoes a replaced text back; that is not an edit.
            AttemptAction::Edit(code) if code != self.code => self.change(code, now_ms),
            AttemptAction::File(read) => {
                self.note = Some(read.note());
                if let FileRead::Loaded { text, .. } = read {
                    self.change(text, now_ms);
                    self.replaced += 1;
                }
            }
            AttemptAction::AskReset => self.confirm_reset = true,
            AttemptAction::CancelReset => self.confirm_reset = false,
            AttemptAction::ConfirmReset if self.confirm_reset => {
                let starter = self.exercise.starter.clone();
                self.change(starter, now_ms);
                self.reset_pending = true;
                self.replaced += 1;
                self.confirm_reset = false;
            }
            AttemptAction::Run if !self.is_running() => {
                let suite = Suite::visible(&self.exercise);
                self.start(Job::Visible, suite);
            }
            AttemptAction::Submit { seed } if !self.is_running() => match Suite::submit(&self.exercise, seed) {
                Ok(suite) => self.start(Job::Submit { seed }, suite),
                Err(e) => self.note = Some(format!("The tests of this exercise could not be prepared: {e}")),
            },
            AttemptAction::ToggleCustom => self.custom.open = !self.custom.open,
            AttemptAction::CustomText(text) => {
                self.custom.text = text;
                self.custom.error = None;
            }
            AttemptAction::RunCustom if !self.is_running() => match custom::parse(&self.exercise, &self.custom.text) {
                Ok(input) => {
                    self.custom.error = None;
                    let case = TestCase { name: "your input".into(), hidden: false, input, expected: Value::Null };
                    self.start(Job::Custom, Suite { cases: vec![case], origins: vec![Origin::Authored] });
                }
                Err(e) => self.custom.error = Some(e),
            },
            AttemptAction::RunFinished { id, raw, reference } => self.finish(id, raw, reference),
            AttemptAction::StopShrinking => {
                if let Some(sh) = &mut self.shrinking {
                    sh.finished = true;
                    if matches!(self.run, RunPhase::Running { job: Job::Shrink, .. }) {
                        self.run = RunPhase::Idle;
                    }
                }
            }
            AttemptAction::ShrunkToCustom => {
                if let Some(sh) = &self.shrinking {
                    self.custom = Custom { open: true, text: custom::to_text(&sh.best_input), ..Custom::default() };
                }
            }
            AttemptAction::ShowHint if self.hints_left() > 0 => {
                self.hints_shown += 1;
                self.rung = self.rung.max(Rung::Hints);
            }
            AttemptAction::RevealLine if self.lines_offered() && self.lines_shown < self.reference_lines().len() => {
                self.lines_shown += 1;
                self.rung = self.rung.max(Rung::Lines);
            }
            AttemptAction::OpenParsons if self.parsons_offered() => {
                self.parsons_open = true;
                self.rung = self.rung.max(Rung::Parsons);
            }
            AttemptAction::ToggleSolution if self.solution_offered() => {
                self.solution_open = !self.solution_open;
                self.rung = self.rung.max(Rung::Solution);
            }
            AttemptAction::Saved { edits } => self.saved_edits = self.saved_edits.max(edits.min(self.edits)),
            _ => {}
        }
        self
    }

    fn start(&mut self, job: Job, suite: Suite) {
        if job != Job::Shrink {
            // A new run of any kind ends the shrinking of an older one.
            if let Some(sh) = &mut self.shrinking {
                sh.finished = true;
            }
        }
        self.last_run_id += 1;
        self.run = RunPhase::Running { id: self.last_run_id, code: Rc::from(self.code.as_str()), job, suite: Rc::new(suite) };
    }

    fn finish(&mut self, id: u64, raw: RawRun, reference: Option<RawRun>) {
        let RunPhase::Running { id: current, job, suite, code } = &self.run else { return };
        if *current != id {
            return;
        }
        let (job, suite, code) = (job.clone(), suite.clone(), code.clone());
        self.run = RunPhase::Idle;
        let spec = self.exercise.check_spec();
        match job {
            Job::Visible | Job::Submit { .. } => {
                let report = check(&spec, &suite.cases, &raw);
                self.shrinking = None;
                if let Job::Submit { .. } = job {
                    self.shrinking = Self::shrinking_for(&report, &suite);
                }
                self.report = Some(Rc::new(report));
                self.reported_run = Some(id);
                self.reported_job = Some(job);
                self.next_shrink_round(code);
            }
            Job::Custom => {
                let expected = reference.as_ref().and_then(|r| ok_value(r, 0));
                let case = TestCase { expected: expected.clone().unwrap_or(Value::Null), ..suite.cases[0].clone() };
                let mut row = check(&spec, std::slice::from_ref(&case), &raw).rows.remove(0);
                row.actual = raw.results.get(&0).and_then(|r| r.value.as_ref()).map(|v| display_short(v, 2000));
                let reference = match (&expected, &reference) {
                    (Some(v), _) => Ok(display_short(v, 2000)),
                    (None, Some(r)) => Err(why_no_value(r)),
                    (None, None) => Err("the reference did not run".into()),
                };
                self.custom.result = Some(CustomResult { row, reference });
            }
            Job::Shrink => {
                let Some(sh) = &mut self.shrinking else { return };
                if sh.finished {
                    return;
                }
                let reference = reference.unwrap_or_default();
                let expected: Vec<Option<Value>> = (0..sh.batch.len()).map(|i| ok_value(&reference, i)).collect();
                let cases: Vec<TestCase> = sh
                    .batch
                    .iter()
                    .zip(&expected)
                    .map(|(input, e)| TestCase { name: sh.from.clone(), hidden: false, input: input.clone(), expected: e.clone().unwrap_or(Value::Null) })
                    .collect();
                let report = check(&spec, &cases, &raw);
                // A candidate counts only when the reference accepted it and it fails the same way.
                let fails: Vec<bool> = report.rows.iter().zip(&expected).map(|(r, e)| e.is_some() && r.status == sh.status).collect();
                sh.tried += fails.len();
                sh.shrinker.report(&fails);
                let best = sh.shrinker.best().clone();
                if let Some(i) = cases.iter().position(|c| c.input == best) {
                    if fails[i] {
                        sh.best = Row { name: format!("{} (shrunk)", sh.from), ..report.rows[i].clone() };
                        sh.best_input = best;
                    }
                }
                self.next_shrink_round(code);
            }
        }
    }

    /// Shrinking starts on the first random case that failed or threw, when its model says how
    /// its inputs may shrink.
    fn shrinking_for(report: &Report, suite: &Suite) -> Option<Shrinking> {
        let i = report.rows.iter().zip(&suite.origins).position(|(r, o)| matches!(o, Origin::Random(_)) && matches!(r.status, Status::Fail | Status::Error))?;
        let Origin::Random(model) = &suite.origins[i] else { return None };
        let row = &report.rows[i];
        Some(Shrinking {
            shrinker: Shrinker::new(suite.cases[i].input.clone(), models::shrink_rules(model)),
            batch: Vec::new(),
            from: row.name.clone(),
            status: row.status,
            best: row.clone(),
            best_input: suite.cases[i].input.clone(),
            tried: 0,
            finished: false,
        })
    }

    /// Starts the next shrinking round, or marks shrinking finished.
    fn next_shrink_round(&mut self, code: Rc<str>) {
        let Some(sh) = &mut self.shrinking else { return };
        if sh.finished {
            return;
        }
        match sh.shrinker.batch() {
            Some(batch) if !batch.is_empty() => {
                sh.batch = batch.clone();
                let cases: Vec<TestCase> = batch.into_iter().map(|input| TestCase { name: String::new(), hidden: false, input, expected: Value::Null }).collect();
                let origins = vec![Origin::Authored; cases.len()];
                self.last_run_id += 1;
                self.run = RunPhase::Running { id: self.last_run_id, code, job: Job::Shrink, suite: Rc::new(Suite { cases, origins }) };
            }
            _ => sh.finished = true,
        }
    }

    fn change(&mut self, code: String, now_ms: f64) {
        self.code = code;
        self.edits += 1;
        self.edited_ms = now_ms;
        self.reset_pending = false;
    }
}

/// The value test `i` returned, when it returned one.
fn ok_value(run: &RawRun, i: usize) -> Option<Value> {
    run.results.get(&i).filter(|r| r.status == "ok").and_then(|r| r.value.clone())
}

/// Why a run gave no value for its one test.
fn why_no_value(run: &RawRun) -> String {
    if let Some(e) = &run.compile_error {
        return e.describe();
    }
    if let Some(e) = &run.worker_error {
        return e.clone();
    }
    if let Some(ms) = run.timed_out_ms {
        return format!("still running after {ms} ms");
    }
    match run.results.get(&0).and_then(|r| r.error.as_ref()) {
        Some(e) => format!("it threw {} (the input is probably outside what the exercise allows)", e.describe()),
        None => "no value came back".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exercise::Status;
    use serde_json::json;

    fn exercise() -> Rc<ExerciseInfo> {
        Rc::new(
            serde_json::from_value(json!({
                "slug": "add", "title": "Add", "difficulty": 1, "summary": "Add two numbers.",
                "statement_html": "<p>Add.</p>", "signature": "function add(a, b)", "kind": "function",
                "entry": ["add"], "forbidden": [], "unchecked": [], "time_limit_ms": 2000, "complexity": null,
                "hints_html": ["<p>one</p>", "<p>two</p>"],
                "starter": "function add(a, b) {\n  // Your code here\n}\n",
                "solution": "function add(a, b) { return a + b; }",
                "tests": [
                    {"name": "small", "args": [1, 2], "expected": 3},
                    {"name": "hidden", "hidden": true, "args": [2, 2], "expected": 4}
                ],
                "random": []
            }))
            .expect("exercise fixture"),
        )
    }

    fn fresh() -> AttemptState {
        AttemptState::new(exercise(), None, 1000.0)
    }

    /// What the worker would report for run `nonce` when the code returns `values`.
    fn raw(nonce: &str, values: &[i64]) -> RawRun {
        let mut r = RawRun::default();
        for (i, v) in values.iter().enumerate() {
            r.receive(nonce, &json!({"type": "result", "nonce": nonce, "index": i, "result": {"status": "ok", "value": v}}).to_string());
        }
        r.receive(nonce, &json!({"type": "done", "nonce": nonce}).to_string());
        r
    }

    fn code_write(code: &str, at: f64, edits: u64) -> Option<DraftWrite> {
        Some(DraftWrite { edits, action: DataAction::SaveDraft { slug: "add".into(), code: code.into(), at } })
    }

    fn running_id(s: &AttemptState) -> u64 {
        match s.run {
            RunPhase::Running { id, .. } => id,
            RunPhase::Idle => panic!("not running"),
        }
    }

    #[test]
    fn opens_with_the_draft_or_the_starter() {
        assert_eq!(AttemptState::new(exercise(), Some("let x = 1;"), 0.0).code, "let x = 1;");
        assert_eq!(AttemptState::new(exercise(), Some("  \n"), 0.0).code, exercise().starter);
        let s = fresh();
        assert_eq!(s.code, exercise().starter);
        assert_eq!(s.unsaved(), None, "an untouched attempt owes no write");
        assert_eq!(s.owed_edits(), None);
    }

    #[test]
    fn edits_are_owed_until_saved_and_carry_the_edit_time() {
        let s = fresh().apply(AttemptAction::Edit("a".into()), 2000.0).apply(AttemptAction::Edit("ab".into()), 2300.0);
        assert_eq!(s.edits, 2);
        assert_eq!(s.unsaved(), code_write("ab", 2300.0, 2));
        assert_eq!(s.owed_edits(), Some(2));
        // A save of an older edit leaves the newer one owed.
        let s = s.apply(AttemptAction::Saved { edits: 1 }, 2400.0);
        assert!(s.unsaved().is_some());
        let s = s.apply(AttemptAction::Saved { edits: 2 }, 2700.0);
        assert_eq!(s.unsaved(), None);
        assert_eq!(s.owed_edits(), None);
        // A save claiming a future edit does not mark later edits as saved.
        let s = s.apply(AttemptAction::Saved { edits: 99 }, 2800.0).apply(AttemptAction::Edit("abc".into()), 2900.0);
        assert!(s.unsaved().is_some());
    }

    #[test]
    fn the_editor_echoing_the_same_text_is_not_an_edit() {
        let s = fresh().apply(AttemptAction::Edit(exercise().starter.clone()), 2000.0);
        assert_eq!(s.edits, 0);
        assert_eq!(s.unsaved(), None);
    }

    #[test]
    fn typing_does_not_replace_the_editor_text_but_files_and_resets_do() {
        let s = fresh().apply(AttemptAction::Edit("x".into()), 2000.0);
        assert_eq!(s.replaced, 0);
        let s = s.apply(AttemptAction::File(FileRead::Loaded { name: "a.js".into(), text: "y".into() }), 3000.0);
        assert_eq!((s.replaced, s.code.as_str(), s.note.as_deref()), (1, "y", Some("Loaded `a.js`.")));
        assert_eq!(s.unsaved(), code_write("y", 3000.0, 2));
    }

    #[test]
    fn file_notes() {
        let s = fresh().apply(AttemptAction::File(FileRead::TooLarge { name: "big.js".into(), bytes: 600.0 * 1024.0 }), 0.0);
        assert_eq!(s.note.as_deref(), Some("`big.js` is 600 KB; files over 512 KB are not loaded."));
        assert_eq!(s.code, exercise().starter, "a refused file changes nothing");
        let s = s.apply(AttemptAction::File(FileRead::Unreadable { name: "b.bin".into() }), 0.0);
        assert_eq!(s.note.as_deref(), Some("Could not read `b.bin` as text."));
    }

    #[test]
    fn reset_needs_confirmation_and_forgets_the_draft() {
        let s = fresh().apply(AttemptAction::Edit("mine".into()), 2000.0);
        let unconfirmed = s.clone().apply(AttemptAction::ConfirmReset, 2500.0);
        assert_eq!(unconfirmed.code, "mine", "no reset without asking first");
        let cancelled = s.clone().apply(AttemptAction::AskReset, 2500.0).apply(AttemptAction::CancelReset, 2600.0);
        assert!(!cancelled.confirm_reset);
        assert_eq!(cancelled.code, "mine");

        let s = s.apply(AttemptAction::AskReset, 2500.0);
        assert!(s.confirm_reset);
        let s = s.apply(AttemptAction::ConfirmReset, 2600.0);
        assert_eq!(s.code, exercise().starter);
        assert!(!s.confirm_reset);
        assert_eq!(s.replaced, 1);
        assert_eq!(s.unsaved(), Some(DraftWrite { edits: 2, action: DataAction::ResetDraft { slug: "add".into(), at: 2600.0 } }));
        // Typing after the reset owes the typed code again.
        let s = s.apply(AttemptAction::Edit("new".into()), 2700.0);
        assert_eq!(s.unsaved(), code_write("new", 2700.0, 3));
    }

    #[test]
    fn a_run_takes_the_code_as_it_was_and_reports() {
        let s = fresh().apply(AttemptAction::Edit("function add(a, b) { return a + b; }".into()), 2000.0);
        let s = s.apply(AttemptAction::Run, 2100.0);
        assert!(s.is_running());
        let id = running_id(&s);
        // Typing while it runs does not change what runs.
        let s = s.apply(AttemptAction::Edit("oops".into()), 2200.0);
        let req = s.request("n1").expect("a request while running");
        assert_eq!(req.code, "function add(a, b) { return a + b; }");
        assert_eq!(req.nonce, "n1");
        assert_eq!(req.tests.iter().map(|t| t.name.as_str()).collect::<Vec<_>>(), vec!["small"], "Run takes the visible examples");
        assert_eq!(s.reference_request("r"), None, "Run needs no reference");

        let s = s.apply(AttemptAction::RunFinished { id, raw: raw("n1", &[3]), reference: None }, 2500.0);
        assert!(!s.is_running());
        assert_eq!(s.request("n2"), None, "no request when idle");
        let report = s.report.as_ref().expect("report");
        assert_eq!(report.summary(), "1 passed, 0 failed");
        assert_eq!((s.reported_run, s.reported_job.clone(), s.seed()), (Some(id), Some(Job::Visible), None));
    }

    #[test]
    fn submit_runs_everything_and_keeps_its_seed() {
        let s = fresh().apply(AttemptAction::Submit { seed: 42 }, 0.0);
        assert_eq!(s.request("n").map(|r| r.tests.len()), Some(2), "visible and hidden");
        let id = running_id(&s);
        let s = s.apply(AttemptAction::RunFinished { id, raw: raw("n", &[3, 4]), reference: None }, 0.0);
        assert_eq!(s.report.as_ref().map(|r| r.summary()), Some("2 passed, 0 failed".into()));
        assert_eq!((s.seed(), s.reported_job.clone()), (Some(42), Some(Job::Submit { seed: 42 })));
        assert_eq!(s.shrinking, None, "nothing to shrink");
    }

    #[test]
    fn run_is_ignored_while_running_and_stale_results_are_ignored() {
        let s = fresh().apply(AttemptAction::Submit { seed: 1 }, 2000.0);
        let first = running_id(&s);
        let again = s.clone().apply(AttemptAction::Run, 2100.0);
        assert_eq!(running_id(&again), first, "a second Run does not start another run");

        // A result for another run changes nothing.
        let s = s.apply(AttemptAction::RunFinished { id: first + 7, raw: raw("x", &[0, 0]), reference: None }, 2200.0);
        assert!(s.is_running());
        assert_eq!(s.report, None);

        let s = s.apply(AttemptAction::RunFinished { id: first, raw: raw("x", &[3, 0]), reference: None }, 2300.0);
        assert_eq!(s.report.as_ref().map(|r| r.summary()), Some("1 passed, 1 failed".into()));
        // The first run's result arriving twice does not replace a later run's report.
        let s = s.apply(AttemptAction::Submit { seed: 2 }, 2400.0);
        let second = running_id(&s);
        assert_ne!(second, first);
        let s = s.apply(AttemptAction::RunFinished { id: first, raw: raw("x", &[0, 0]), reference: None }, 2500.0);
        assert!(s.is_running());
        let s = s.apply(AttemptAction::RunFinished { id: second, raw: raw("x", &[3, 4]), reference: None }, 2600.0);
        assert_eq!(s.reported_run, Some(second));
        assert_eq!(s.report.as_ref().map(|r| r.rows.iter().filter(|r| r.status == Status::Pass).count()), Some(2));
    }

    #[test]
    fn a_worker_failure_still_ends_the_run() {
        let s = fresh().apply(AttemptAction::Run, 2000.0);
        let id = running_id(&s);
        let failed = RawRun { worker_error: Some("the run was stopped because the page was closed".into()), ..RawRun::default() };
        let s = s.apply(AttemptAction::RunFinished { id, raw: failed, reference: None }, 2100.0);
        assert!(!s.is_running());
        assert!(s.report.as_ref().is_some_and(|r| !r.all_passed()));
    }

    #[test]
    fn the_solution_is_offered_only_after_a_run() {
        let s = fresh().apply(AttemptAction::ToggleSolution, 0.0);
        assert!(!s.solution_open && !s.solution_offered());
        let s = s.apply(AttemptAction::Run, 0.0);
        let s = s.clone().apply(AttemptAction::ToggleSolution, 0.0);
        assert!(!s.solution_open, "not while the first run is still going");
        let id = running_id(&s);
        let s = s.apply(AttemptAction::RunFinished { id, raw: raw("n", &[0, 0]), reference: None }, 0.0);
        let s = s.apply(AttemptAction::ToggleSolution, 0.0);
        assert!(s.solution_open);
        let s = s.apply(AttemptAction::ToggleSolution, 0.0);
        assert!(!s.solution_open);
    }

    #[test]
    fn hints_are_revealed_one_at_a_time_up_to_the_last() {
        let mut s = fresh();
        assert_eq!(s.hints_left(), 2);
        for expected in [1, 2, 2] {
            s = s.apply(AttemptAction::ShowHint, 0.0);
            assert_eq!(s.hints_shown, expected);
        }
        assert_eq!(s.hints_left(), 0);
    }

    #[test]
    fn tests_that_cannot_be_prepared_say_so_instead_of_running() {
        let mut ex = (*exercise()).clone();
        ex.random = vec![serde_json::from_value(json!({"model": "no-such-model", "seed": 1, "cases": 3})).expect("random fixture")];
        let s = AttemptState::new(Rc::new(ex), None, 0.0).apply(AttemptAction::Submit { seed: 1 }, 0.0);
        assert!(!s.is_running());
        assert!(s.note.as_deref().is_some_and(|n| n.starts_with("The tests of this exercise could not be prepared")), "{:?}", s.note);
    }

    #[test]
    fn custom_input_runs_beside_the_reference_and_bad_input_is_explained() {
        let s = fresh();
        assert_eq!(s.custom.text, "[1,2]", "the box starts with the first visible example");
        let s = s.apply(AttemptAction::RunCustom, 0.0);
        let (id, req, reference) = (running_id(&s), s.request("u").expect("user request"), s.reference_request("r").expect("reference request"));
        assert_eq!((req.tests.len(), req.code.as_str()), (1, exercise().starter.as_str()));
        assert_eq!(reference.code, exercise().solution, "the reference runs in a request of its own");
        let s = s.apply(AttemptAction::RunFinished { id, raw: raw("u", &[4]), reference: Some(raw("r", &[3])) }, 0.0);
        let r = s.custom.result.as_ref().expect("custom result");
        assert_eq!((r.row.status, r.row.actual.as_deref(), r.reference.as_deref()), (Status::Fail, Some("4"), Ok("3")));
        assert_eq!(s.report, None, "the custom input leaves the test results alone");
        let s = s.apply(AttemptAction::CustomText("[1, ".into()), 0.0).apply(AttemptAction::RunCustom, 0.0);
        assert!(!s.is_running());
        assert!(s.custom.error.as_deref().is_some_and(|e| e.starts_with("Not valid JSON")));
    }

    #[test]
    fn the_help_ladder_goes_up_one_rung_at_a_time() {
        let s = fresh();
        assert_eq!(s.reference_lines(), vec!["function add(a, b) { return a + b; }"]);
        let s = s.apply(AttemptAction::RevealLine, 0.0).apply(AttemptAction::OpenParsons, 0.0);
        assert_eq!((s.lines_shown, s.parsons_open, s.rung), (0, false, Rung::None), "no skipping rungs");
        let s = s.apply(AttemptAction::ShowHint, 0.0);
        assert_eq!(s.rung, Rung::Hints);
        let s = s.apply(AttemptAction::RevealLine, 0.0).apply(AttemptAction::RevealLine, 0.0);
        assert_eq!((s.lines_shown, s.rung), (1, Rung::Lines), "up to the last line");
        assert!(!s.solution_offered());
        let s = s.apply(AttemptAction::OpenParsons, 0.0);
        assert_eq!((s.parsons_open, s.rung), (true, Rung::Parsons));
        assert!(s.solution_offered(), "the full solution is the rung after the puzzle");
        let s = s.apply(AttemptAction::ToggleSolution, 0.0);
        assert_eq!(s.rung, Rung::Solution);
        let s = s.apply(AttemptAction::ToggleSolution, 0.0);
        assert_eq!((s.solution_open, s.rung), (false, Rung::Solution), "closing it does not undo having seen it");
    }

    /// The whole loop of a submit whose random case fails only on large arrays: the page's part
    /// (running the batch through the user's code and the reference) is played by closures.
    #[test]
    fn a_failing_random_case_is_shrunk_to_the_smallest_failing_input() {
        let ex: ExerciseInfo = serde_json::from_value(json!({
            "slug": "bs", "title": "BS", "difficulty": 1, "summary": "s", "statement_html": "", "signature": "",
            "kind": "function", "entry": ["search"], "forbidden": [], "unchecked": [], "time_limit_ms": 2000,
            "complexity": null, "hints_html": [], "starter": "", "solution": "ref",
            "tests": [{"name": "one", "args": [[1], 1], "expected": 0}],
            "random": [{"model": "binary-search", "seed": 1, "cases": 16}]
        }))
        .expect("fixture");
        let right = |args: &[Value]| -> i64 {
            let v: Vec<i64> = serde_json::from_value(args[0].clone()).unwrap_or_default();
            v.iter().position(|&x| Some(x) == args[1].as_i64()).map_or(-1, |i| i as i64)
        };
        // The planted bug: arrays of 1,000 elements or more make it give up.
        let buggy = |args: &[Value]| -> i64 {
            let n = args[0].as_array().map_or(0, Vec::len);
            if n >= 1000 { -7 } else { right(args) }
        };
        let answer = |req: &RunRequest, f: &dyn Fn(&[Value]) -> i64| {
            let values: Vec<i64> = req.tests.iter().map(|t| match &t.input { TestInput::Args { args } => f(args), TestInput::Ops { .. } => 0 }).collect();
            raw(&req.nonce, &values)
        };
        let mut s = AttemptState::new(Rc::new(ex), None, 0.0).apply(AttemptAction::Submit { seed: 5 }, 0.0);
        let first = answer(&s.request("n").expect("request"), &buggy);
        let id = running_id(&s);
        s = s.apply(AttemptAction::RunFinished { id, raw: first, reference: None }, 0.0);
        assert!(s.report.as_ref().is_some_and(|r| !r.all_passed()), "the large random cases fail");
        let from = s.shrinking.as_ref().expect("shrinking started").from.clone();
        assert!(from.starts_with("random #") && from.ends_with("(seed 5)"), "{from}");
        let mut rounds = 0;
        while s.running_job() == Some(&Job::Shrink) {
            let user = answer(&s.request("u").expect("user request"), &buggy);
            let reference = answer(&s.reference_request("r").expect("reference request"), &right);
            let id = running_id(&s);
            s = s.apply(AttemptAction::RunFinished { id, raw: user, reference: Some(reference) }, 0.0);
            rounds += 1;
            assert!(rounds <= 60, "shrinking ends");
        }
        let sh = s.shrinking.as_ref().expect("shrinking");
        assert!(sh.finished);
        assert!(sh.best.input.is_some(), "the shrunk input is shown");
        assert_eq!(sh.best.status, Status::Fail);
        assert!(sh.best.message.as_deref().is_some_and(|m| m.starts_with("returned -7")), "{:?}", sh.best.message);
        assert_eq!(sh.best.name, format!("{from} (shrunk)"));
        // The smallest failing array has exactly 1,000 elements.
        assert_eq!(sh.best_len(), Some(1000));
        assert_eq!(sh.size_note(), "an array of 1000 elements");
        let s = s.apply(AttemptAction::ShrunkToCustom, 0.0);
        assert!(s.custom.open, "the box opens with the input in it");
        let back = custom::parse(&s.exercise, &s.custom.text).expect("the box reads it back");
        assert_eq!(back, s.shrinking.as_ref().expect("kept").best_input);
    }
}
