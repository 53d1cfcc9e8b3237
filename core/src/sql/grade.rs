//! Grading: the jobs each dataset needs (the reference on one copy, the learner's SQL on
//! another) and the verdict from their outcomes.

use super::compare::{columns_match, rows_match, Mismatch};
use super::dataset::Dataset;
use super::plan;
use super::protocol::{Job, Outcome, Read, Request, ResultSet, GRADE_ROWS, RUN_ROWS};
use super::spec::{ident, IndexCheck, SqlExercise, SqlKind};

/// Pass, fail, error (the SQL did not run) or timeout: the same four as the coding exercises.
pub use crate::exercise::Status;

/// The verdict on one dataset.
#[derive(Debug, Clone, PartialEq)]
pub struct Verdict {
    /// "showcase" or "random N".
    pub dataset: String,
    pub status: Status,
    /// What went wrong, in words (empty on a pass).
    pub message: String,
    /// For a table comparison: which table.
    pub table: Option<String>,
    pub mismatch: Option<Mismatch>,
    /// Index exercises: the plan of the given query.
    pub plan: Vec<String>,
}

/// The trusted reads after the learner's SQL: the given query's plan and rows (index), or the
/// compared tables (script).
fn reads_after(ex: &SqlExercise) -> Vec<Read> {
    match (ex.kind, &ex.index) {
        (SqlKind::Index, Some(check)) => {
            let rows = query_read(check);
            vec![Read { plan: true, ..rows.clone() }, rows]
        }
        (SqlKind::Script, _) => ex.compare_tables.iter().map(|t| Read { sql: format!("SELECT * FROM {}", ident(t)), params: vec![], plan: false }).collect(),
        _ => vec![],
    }
}

fn query_read(check: &IndexCheck) -> Read {
    Read { sql: check.query.clone(), params: check.params.clone(), plan: false }
}

/// The job of a free Run on the showcase dataset: the learner's SQL, then what it changed.
pub fn run_request<'a>(ex: &SqlExercise, data: &'a Dataset, sql: &str) -> Request<'a> {
    Request::new(data, ex.schema_sql(), vec![Job { sql: sql.into(), reads: reads_after(ex), max_rows: RUN_ROWS }])
}

/// The two jobs of a graded dataset: `[reference, learner]`. The reference of an index exercise
/// is the given query on the plain table.
pub fn grade_request<'a>(ex: &SqlExercise, data: &'a Dataset, sql: &str) -> Request<'a> {
    let reference = match (ex.kind, &ex.index) {
        (SqlKind::Index, Some(check)) => Job { sql: String::new(), reads: vec![query_read(check)], max_rows: GRADE_ROWS },
        _ => Job { sql: ex.solution.clone(), reads: reads_after(ex), max_rows: GRADE_ROWS },
    };
    let learner = Job { sql: sql.into(), reads: reads_after(ex), max_rows: GRADE_ROWS };
    Request::new(data, ex.schema_sql(), vec![reference, learner])
}

impl Verdict {
    pub fn new(dataset: &str, status: Status, message: String) -> Verdict {
        Verdict { dataset: dataset.into(), status, message, table: None, mismatch: None, plan: vec![] }
    }
}

fn mismatch(dataset: &str, m: Mismatch) -> Verdict {
    Verdict { mismatch: Some(m.clone()), ..Verdict::new(dataset, Status::Fail, m.summary()) }
}

/// The verdict on one dataset from the reference's and the learner's outcomes. A reference that
/// fails is the exercise's bug, said as such (never blamed on the learner).
pub fn judge(ex: &SqlExercise, dataset: &str, reference: &Outcome, learner: &Outcome) -> Verdict {
    if let Some(e) = &reference.error {
        return Verdict::new(dataset, Status::Error, format!("The reference solution failed on this dataset ({e}); this is a bug in the exercise."));
    }
    if let Some(e) = &learner.error {
        return Verdict::new(dataset, Status::Error, format!("SQLite: {e}"));
    }
    match ex.kind {
        SqlKind::Query => {
            let Some(expected) = &reference.result else {
                return Verdict::new(dataset, Status::Error, "The reference solution returned no result; this is a bug in the exercise.".into());
            };
            let Some(actual) = &learner.result else {
                return Verdict::new(dataset, Status::Fail, "Your SQL returned no rows or columns: write a SELECT.".into());
            };
            match columns_match(&ex.columns, expected, actual).and_then(|_| rows_match(expected, actual, ex.ordered)) {
                Ok(()) => Verdict::new(dataset, Status::Pass, String::new()),
                Err(m) => mismatch(dataset, m),
            }
        }
        SqlKind::Script => {
            for (i, table) in ex.compare_tables.iter().enumerate() {
                let (Some(Ok(expected)), got) = (reference.reads.get(i), learner.reads.get(i)) else {
                    return Verdict::new(dataset, Status::Error, format!("The reference left no table `{table}`; this is a bug in the exercise."));
                };
                let actual = match got {
                    Some(Ok(a)) => a,
                    Some(Err(e)) => return Verdict::new(dataset, Status::Fail, format!("After your SQL, `{table}` cannot be read: {e}")),
                    None => return Verdict::new(dataset, Status::Error, "The worker did not read the tables back.".into()),
                };
                if let Err(m) = columns_match(&[], expected, actual).and_then(|_| rows_match(expected, actual, false)) {
                    let message = format!("`{table}` is not as expected: {}", m.summary());
                    return Verdict { table: Some(table.clone()), message, ..mismatch(dataset, m) };
                }
            }
            Verdict::new(dataset, Status::Pass, String::new())
        }
        SqlKind::Index => judge_index(ex, dataset, reference, learner),
    }
}

fn judge_index(ex: &SqlExercise, dataset: &str, reference: &Outcome, learner: &Outcome) -> Verdict {
    let Some(check) = &ex.index else {
        return Verdict::new(dataset, Status::Error, "The exercise has no query to check; this is a bug in the exercise.".into());
    };
    let plan: Vec<String> = match learner.reads.first() {
        Some(Ok(rs)) => lines(rs),
        Some(Err(e)) => return Verdict::new(dataset, Status::Fail, format!("After your SQL the query cannot run: {e}")),
        None => return Verdict::new(dataset, Status::Error, "The worker did not return the plan.".into()),
    };
    let with_plan = |mut v: Verdict| {
        v.plan = plan.clone();
        v
    };
    let indexes: Vec<&(String, String, Option<String>)> = learner.objects.iter().filter(|(t, _, sql)| t == "index" && sql.is_some()).collect();
    let tables_before: Vec<&str> = ex.tables.iter().map(|t| t.name.as_str()).collect();
    let mut tables_after: Vec<&str> = learner.objects.iter().filter(|(t, ..)| t == "table").map(|(_, n, _)| n.as_str()).collect();
    tables_after.sort_unstable();
    let mut expected_tables = tables_before.clone();
    expected_tables.sort_unstable();
    if tables_after != expected_tables {
        return with_plan(Verdict::new(dataset, Status::Fail, format!("Only create indexes: the tables must stay {} (found {}).", expected_tables.join(", "), tables_after.join(", "))));
    }
    if indexes.is_empty() {
        return with_plan(Verdict::new(dataset, Status::Fail, "No index was created: write CREATE INDEX statement(s).".into()));
    }
    if indexes.len() as u32 > check.max_indexes {
        return with_plan(Verdict::new(dataset, Status::Fail, format!("{} indexes; at most {} are allowed (every index slows down writes).", indexes.len(), check.max_indexes)));
    }
    let problems = plan::problems(check, &plan);
    if !problems.is_empty() {
        return with_plan(Verdict::new(dataset, Status::Fail, problems.join(" ")));
    }
    let (Some(Ok(expected)), Some(Ok(actual))) = (reference.reads.first(), learner.reads.get(1)) else {
        return with_plan(Verdict::new(dataset, Status::Error, "The query's rows could not be read back.".into()));
    };
    match rows_match(expected, actual, true) {
        Ok(()) => with_plan(Verdict::new(dataset, Status::Pass, String::new())),
        Err(m) => {
            let message = format!("With your indexes the query returns different rows: {}", m.summary());
            with_plan(Verdict { message, ..mismatch(dataset, m) })
        }
    }
}

/// A whole Submit: the seed its random datasets came from, and one verdict per dataset.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    pub seed: u64,
    pub verdicts: Vec<Verdict>,
}

impl Report {
    pub fn passed(&self) -> usize {
        self.verdicts.iter().filter(|v| v.status == Status::Pass).count()
    }

    pub fn all_passed(&self) -> bool {
        !self.verdicts.is_empty() && self.passed() == self.verdicts.len()
    }

    /// "N passed, M failed".
    pub fn summary(&self) -> String {
        format!("{} passed, {} failed", self.passed(), self.verdicts.len() - self.passed())
    }
}

/// The verdicts for datasets that were not run because an earlier one hit the time limit.
pub fn skipped(dataset: &str) -> Verdict {
    Verdict::new(dataset, Status::Timeout, "Not run: an earlier dataset hit the time limit.".into())
}

/// The verdict when a dataset's run hit the time limit.
pub fn timed_out(dataset: &str, limit_ms: u32) -> Verdict {
    Verdict::new(dataset, Status::Timeout, format!("Stopped after {} s: the query did not finish in time (a runaway recursive CTE or a join without a condition?).", f64::from(limit_ms) / 1000.0))
}

/// A result set's first column as text lines (for plans).
pub fn lines(rs: &ResultSet) -> Vec<String> {
    rs.rows.iter().filter_map(|r| r.first().map(|c| c.display())).collect()
}
