//! One attempt at a SQL exercise as a pure state machine: the SQL being edited and whether it is
//! saved, the run or submit in progress (a result for any other is ignored), the last free-run
//! result and the last graded report, hints one at a time, and the reference solution (offered
//! once something has run). The page renders it and dispatches; the worker does the running.

use super::grade::Report;
use super::protocol::Outcome;
use super::spec::{SqlExercise, SqlKind};
use crate::exercise::attempt::{DraftWrite, FileRead};
use std::rc::Rc;

/// What a job in progress is.
#[derive(Debug, Clone, PartialEq)]
pub enum Busy {
    Idle,
    /// A free run of the SQL on the showcase dataset.
    Running { id: u64, sql: Rc<str> },
    /// Grading on every dataset of `seed`.
    Submitting { id: u64, sql: Rc<str>, seed: u64 },
}

/// What a free run showed.
#[derive(Debug, Clone, PartialEq)]
pub enum RunView {
    Done(Rc<Outcome>),
    /// Stopped at the time limit, or the worker failed.
    Failed(String),
}

#[derive(Debug, Clone, PartialEq)]
pub enum SqlAction {
    Edit(String),
    /// A `.sql` file was chosen: its text replaces the SQL, or a note says why not.
    File(FileRead),
    /// Run on the showcase dataset (button or Ctrl/Cmd+Enter); ignored while busy.
    Run,
    /// Grade on every dataset of `seed`; ignored while busy.
    Submit { seed: u64 },
    RunFinished { id: u64, view: RunView },
    SubmitFinished { id: u64, report: Report },
    ShowHint,
    ToggleSolution,
    /// Back to the starter text (the draft is dropped).
    Reset,
    Saved { edits: u64 },
}

#[derive(Debug, Clone, PartialEq)]
pub struct SqlAttempt {
    pub exercise: Rc<SqlExercise>,
    pub sql: String,
    pub edits: u64,
    saved_edits: u64,
    pub edited_ms: f64,
    reset_pending: bool,
    /// Counts replacements from outside the editor (a file, a reset).
    pub replaced: u64,
    pub busy: Busy,
    last_id: u64,
    pub run: Option<RunView>,
    pub report: Option<Rc<Report>>,
    /// Set when a submit finished, for recording it once.
    pub reported: Option<u64>,
    pub hints_shown: usize,
    pub solution_open: bool,
    /// The reference was opened at least once in this attempt (recorded with a submit).
    pub solution_seen: bool,
    pub note: Option<String>,
}

/// What the editor starts with.
pub fn starter(ex: &SqlExercise) -> String {
    match ex.kind {
        SqlKind::Query => format!("-- Columns: {}\nSELECT\n", ex.columns.join(", ")),
        SqlKind::Script => "-- Your statements, run in order.\n".into(),
        SqlKind::Index => "-- Your CREATE INDEX statement(s).\n".into(),
    }
}

impl SqlAttempt {
    pub fn new(exercise: Rc<SqlExercise>, draft: Option<&str>, now_ms: f64) -> SqlAttempt {
        let sql = draft.filter(|d| !d.trim().is_empty()).map_or_else(|| starter(&exercise), str::to_string);
        SqlAttempt {
            exercise,
            sql,
            edits: 0,
            saved_edits: 0,
            edited_ms: now_ms,
            reset_pending: false,
            replaced: 0,
            busy: Busy::Idle,
            last_id: 0,
            run: None,
            report: None,
            reported: None,
            hints_shown: 0,
            solution_open: false,
            solution_seen: false,
            note: None,
        }
    }

    /// The highest help used, on the coding exercises' scale (0 none, 1 hints, 4 the solution).
    pub fn help(&self) -> u8 {
        if self.solution_seen { 4 } else { u8::from(self.hints_shown > 0) }
    }

    pub fn is_busy(&self) -> bool {
        self.busy != Busy::Idle
    }

    /// The reference is offered once a run or a submit has finished.
    pub fn solution_offered(&self) -> bool {
        self.run.is_some() || self.report.is_some()
    }

    pub fn hints_left(&self) -> usize {
        self.exercise.hints_html.len().saturating_sub(self.hints_shown)
    }

    pub fn owed_edits(&self) -> Option<u64> {
        (self.edits != self.saved_edits).then_some(self.edits)
    }

    /// The draft write still owed, if the SQL changed since the last one.
    pub fn unsaved(&self) -> Option<DraftWrite> {
        DraftWrite::owed(&self.exercise.slug, &self.sql, (self.edits, self.saved_edits), self.edited_ms, self.reset_pending)
    }

    fn replace(&mut self, sql: String, now_ms: f64) {
        self.sql = sql;
        self.edits += 1;
        self.edited_ms = now_ms;
        self.replaced += 1;
    }

    pub fn apply(mut self, action: SqlAction, now_ms: f64) -> SqlAttempt {
        match action {
            SqlAction::Edit(sql) => {
                if sql != self.sql {
                    self.sql = sql;
                    self.edits += 1;
                    self.edited_ms = now_ms;
                    self.reset_pending = false;
                }
            }
            SqlAction::File(read) => {
                self.note = Some(read.note());
                if let FileRead::Loaded { text, .. } = read {
                    self.reset_pending = false;
                    self.replace(text, now_ms);
                }
            }
            SqlAction::Reset => {
                self.replace(starter(&self.exercise), now_ms);
                self.reset_pending = true;
                self.note = None;
            }
            SqlAction::Run if !self.is_busy() => {
                self.last_id += 1;
                self.busy = Busy::Running { id: self.last_id, sql: self.sql.as_str().into() };
            }
            SqlAction::Submit { seed } if !self.is_busy() => {
                // The graded report replaces the free run's result, which may be of older SQL.
                self.run = None;
                self.last_id += 1;
                self.busy = Busy::Submitting { id: self.last_id, sql: self.sql.as_str().into(), seed };
            }
            SqlAction::Run | SqlAction::Submit { .. } => {}
            SqlAction::RunFinished { id, view } => {
                if matches!(self.busy, Busy::Running { id: i, .. } if i == id) {
                    self.busy = Busy::Idle;
                    self.run = Some(view);
                }
            }
            SqlAction::SubmitFinished { id, report } => {
                if matches!(self.busy, Busy::Submitting { id: i, .. } if i == id) {
                    self.busy = Busy::Idle;
                    self.report = Some(Rc::new(report));
                    self.reported = Some(id);
                }
            }
            SqlAction::ShowHint => self.hints_shown = (self.hints_shown + 1).min(self.exercise.hints_html.len()),
            SqlAction::ToggleSolution => {
                self.solution_open = self.solution_offered() && !self.solution_open;
                self.solution_seen |= self.solution_open;
            }
            SqlAction::Saved { edits } => {
                self.saved_edits = self.saved_edits.max(edits);
                if self.saved_edits == self.edits {
                    self.reset_pending = false;
                }
            }
        }
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sql::grade::{Status, Verdict};
    use crate::sql::spec::*;
    use crate::store::DataAction;

    fn ex() -> Rc<SqlExercise> {
        Rc::new(SqlExercise {
            slug: "sql-x".into(),
            title: "X".into(),
            difficulty: 1,
            summary: "s".into(),
            statement_html: String::new(),
            hints_html: vec!["a".into(), "b".into()],
            kind: SqlKind::Query,
            columns: vec!["id".into()],
            ordered: false,
            compare_tables: vec![],
            index: None,
            tables: vec![],
            solution: "SELECT 1 AS id;".into(),
            time_limit_ms: 2000,
        })
    }

    fn report(status: Status) -> Report {
        Report { seed: 9, verdicts: vec![Verdict { dataset: "showcase".into(), status, message: String::new(), table: None, mismatch: None, plan: vec![] }] }
    }

    #[test]
    fn starts_from_the_draft_or_the_starter() {
        assert_eq!(SqlAttempt::new(ex(), Some("SELECT 2"), 0.0).sql, "SELECT 2");
        assert!(SqlAttempt::new(ex(), Some("  "), 0.0).sql.starts_with("-- Columns: id"));
    }

    #[test]
    fn one_job_at_a_time_and_stale_results_are_ignored() {
        let s = SqlAttempt::new(ex(), None, 0.0).apply(SqlAction::Edit("SELECT 1 AS id".into()), 1.0);
        let s = s.apply(SqlAction::Run, 2.0);
        let Busy::Running { id, ref sql } = s.busy else { panic!() };
        assert_eq!(&**sql, "SELECT 1 AS id");
        // Submit while running is ignored.
        let s = s.apply(SqlAction::Submit { seed: 1 }, 3.0);
        assert!(matches!(s.busy, Busy::Running { .. }));
        let s = s.apply(SqlAction::RunFinished { id: id + 7, view: RunView::Failed("x".into()) }, 4.0);
        assert!(s.is_busy() && s.run.is_none());
        assert!(!s.solution_offered());
        let s = s.apply(SqlAction::RunFinished { id, view: RunView::Failed("stopped".into()) }, 5.0);
        assert!(!s.is_busy() && s.solution_offered());
        let s = s.apply(SqlAction::Submit { seed: 4 }, 6.0);
        assert_eq!(s.run, None, "a submit replaces the free run's result");
        let Busy::Submitting { id, seed, .. } = s.busy.clone() else { panic!() };
        assert_eq!(seed, 4);
        let s = s.apply(SqlAction::SubmitFinished { id, report: report(Status::Pass) }, 7.0);
        assert_eq!(s.reported, Some(id));
        assert!(s.report.as_ref().is_some_and(|r| r.all_passed()));
    }

    #[test]
    fn drafts_are_owed_until_saved_and_reset_drops_them() {
        let s = SqlAttempt::new(ex(), None, 0.0).apply(SqlAction::Edit("SELECT 3".into()), 10.0);
        let w = s.unsaved().expect("owed");
        assert_eq!(w.action, DataAction::SaveDraft { slug: "sql-x".into(), code: "SELECT 3".into(), at: 10.0 });
        let s = s.apply(SqlAction::Saved { edits: w.edits }, 11.0);
        assert_eq!(s.unsaved(), None);
        let s = s.apply(SqlAction::Reset, 12.0);
        assert_eq!(s.unsaved().map(|w| w.action), Some(DataAction::ResetDraft { slug: "sql-x".into(), at: 12.0 }));
        assert_eq!(s.replaced, 1);
    }

    #[test]
    fn hints_one_at_a_time_and_solution_only_after_a_run() {
        let s = SqlAttempt::new(ex(), None, 0.0).apply(SqlAction::ToggleSolution, 1.0);
        assert!(!s.solution_open);
        let s = s.apply(SqlAction::ShowHint, 1.0).apply(SqlAction::ShowHint, 1.0).apply(SqlAction::ShowHint, 1.0);
        assert_eq!((s.hints_shown, s.hints_left()), (2, 0));
        assert_eq!(s.help(), 1, "hints used");
    }

    #[test]
    fn opening_the_solution_is_remembered_as_help_even_when_closed() {
        let s = SqlAttempt::new(ex(), None, 0.0);
        assert_eq!(s.help(), 0);
        let s = s.apply(SqlAction::Run, 1.0);
        let Busy::Running { id, .. } = s.busy.clone() else { panic!("running") };
        let s = s.apply(SqlAction::RunFinished { id, view: RunView::Failed("x".into()) }, 2.0);
        let s = s.apply(SqlAction::ToggleSolution, 3.0).apply(SqlAction::ToggleSolution, 4.0);
        assert_eq!((s.solution_open, s.help()), (false, 4));
    }
}
