//! One attempt at a coding exercise as a pure state machine, shaped like the quiz engine: the
//! code being edited and whether it is saved, the run in progress (a result for any other run is
//! ignored), the last report, hints, the reference solution (offered once a run has finished),
//! the reset confirmation and the file notes. Time comes in with every `apply`, so the draft's
//! timestamp is tested with a fake clock; the page only renders and dispatches.

use super::check::{check, Report};
use super::protocol::{RawRun, RunRequest};
use super::spec::TestCase;
use crate::content::ExerciseInfo;
use crate::store::DataAction;
use std::rc::Rc;

/// Drafts are written after this long without typing (and at once when the page is left).
pub const SAVE_DELAY_MS: u32 = 400;
/// Files larger than this are not read into the editor.
pub const MAX_FILE_BYTES: f64 = 512.0 * 1024.0;

/// Whether a run is in progress.
#[derive(Debug, Clone, PartialEq)]
pub enum RunPhase {
    Idle,
    /// Run `id` of the code as it was when Run was pressed.
    Running { id: u64, code: Rc<str> },
}

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
    /// Run the tests (button or Ctrl/Cmd+Enter); ignored while a run is in progress.
    Run,
    /// The worker finished run `id`.
    RunFinished { id: u64, raw: RawRun },
    ShowHint,
    ToggleSolution,
    /// The draft as of edit number `edits` was written.
    Saved { edits: u64 },
}

#[derive(Debug, Clone, PartialEq)]
pub struct AttemptState {
    pub exercise: Rc<ExerciseInfo>,
    /// The authored and generated tests, made once; `Err` when a generator failed.
    cases: Result<Rc<Vec<TestCase>>, String>,
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
    /// The run whose report is shown.
    pub reported_run: Option<u64>,
    pub hints_shown: usize,
    pub solution_open: bool,
    pub confirm_reset: bool,
    /// What happened to the last chosen file, or why tests cannot run.
    pub note: Option<String>,
}

impl AttemptState {
    /// A new attempt showing the saved draft, or the starter code when there is none.
    pub fn new(exercise: Rc<ExerciseInfo>, draft: Option<&str>, now_ms: f64) -> AttemptState {
        let code = draft.filter(|d| !d.trim().is_empty()).map_or_else(|| exercise.starter.clone(), str::to_string);
        AttemptState {
            cases: exercise.all_cases().map(Rc::new),
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
            hints_shown: 0,
            solution_open: false,
            confirm_reset: false,
            note: None,
        }
    }

    pub fn is_running(&self) -> bool {
        matches!(self.run, RunPhase::Running { .. })
    }

    /// The reference solution is offered once a run has finished.
    pub fn solution_offered(&self) -> bool {
        self.reported_run.is_some()
    }

    pub fn hints_left(&self) -> usize {
        self.exercise.hints_html.len().saturating_sub(self.hints_shown)
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
        let (RunPhase::Running { code, .. }, Ok(cases)) = (&self.run, &self.cases) else { return None };
        Some(RunRequest::for_exercise(nonce.to_string(), code.to_string(), &self.exercise, cases))
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
            AttemptAction::Run if !self.is_running() => match &self.cases {
                Ok(_) => {
                    self.last_run_id += 1;
                    self.run = RunPhase::Running { id: self.last_run_id, code: Rc::from(self.code.as_str()) };
                }
                Err(e) => self.note = Some(format!("The tests of this exercise could not be prepared: {e}")),
            },
            AttemptAction::RunFinished { id, raw } => {
                if matches!(&self.run, RunPhase::Running { id: current, .. } if *current == id) {
                    if let Ok(cases) = &self.cases {
                        self.report = Some(Rc::new(check(&self.exercise.check_spec(), cases, &raw)));
                        self.reported_run = Some(id);
                    }
                    self.run = RunPhase::Idle;
                }
            }
            AttemptAction::ShowHint if self.hints_left() > 0 => self.hints_shown += 1,
            AttemptAction::ToggleSolution if self.solution_offered() => self.solution_open = !self.solution_open,
            AttemptAction::Saved { edits } => self.saved_edits = self.saved_edits.max(edits.min(self.edits)),
            _ => {}
        }
        self
    }

    fn change(&mut self, code: String, now_ms: f64) {
        self.code = code;
        self.edits += 1;
        self.edited_ms = now_ms;
        self.reset_pending = false;
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
        assert_eq!(req.tests.len(), 2);

        let s = s.apply(AttemptAction::RunFinished { id, raw: raw("n1", &[3, 4]) }, 2500.0);
        assert!(!s.is_running());
        assert_eq!(s.request("n2"), None, "no request when idle");
        let report = s.report.as_ref().expect("report");
        assert_eq!(report.summary(), "2 passed, 0 failed");
        assert_eq!(s.reported_run, Some(id));
    }

    #[test]
    fn run_is_ignored_while_running_and_stale_results_are_ignored() {
        let s = fresh().apply(AttemptAction::Run, 2000.0);
        let first = running_id(&s);
        let again = s.clone().apply(AttemptAction::Run, 2100.0);
        assert_eq!(running_id(&again), first, "a second Run does not start another run");

        // A result for another run changes nothing.
        let s = s.apply(AttemptAction::RunFinished { id: first + 7, raw: raw("x", &[0, 0]) }, 2200.0);
        assert!(s.is_running());
        assert_eq!(s.report, None);

        let s = s.apply(AttemptAction::RunFinished { id: first, raw: raw("x", &[3, 0]) }, 2300.0);
        assert_eq!(s.report.as_ref().map(|r| r.summary()), Some("1 passed, 1 failed".into()));
        // The first run's result arriving twice does not replace a later run's report.
        let s = s.apply(AttemptAction::Run, 2400.0);
        let second = running_id(&s);
        assert_ne!(second, first);
        let s = s.apply(AttemptAction::RunFinished { id: first, raw: raw("x", &[0, 0]) }, 2500.0);
        assert!(s.is_running());
        let s = s.apply(AttemptAction::RunFinished { id: second, raw: raw("x", &[3, 4]) }, 2600.0);
        assert_eq!(s.reported_run, Some(second));
        assert_eq!(s.report.as_ref().map(|r| r.rows.iter().filter(|r| r.status == Status::Pass).count()), Some(2));
    }

    #[test]
    fn a_worker_failure_still_ends_the_run() {
        let s = fresh().apply(AttemptAction::Run, 2000.0);
        let id = running_id(&s);
        let failed = RawRun { worker_error: Some("the run was stopped because the page was closed".into()), ..RawRun::default() };
        let s = s.apply(AttemptAction::RunFinished { id, raw: failed }, 2100.0);
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
        let s = s.apply(AttemptAction::RunFinished { id, raw: raw("n", &[0, 0]) }, 0.0);
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
        let s = AttemptState::new(Rc::new(ex), None, 0.0).apply(AttemptAction::Run, 0.0);
        assert!(!s.is_running());
        assert!(s.note.as_deref().is_some_and(|n| n.starts_with("The tests of this exercise could not be prepared")), "{:?}", s.note);
    }
}
