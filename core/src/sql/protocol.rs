//! The messages to and from the SQL worker (`runner/sql-worker.js`). One request builds a fresh
//! database from a dataset for each job, so the reference and the learner's SQL never share a
//! database: the reference query and its result never enter the learner's.

use super::dataset::{Dataset, TableData};
use super::spec::Cell;
use serde::{Deserialize, Serialize};

/// Rows kept of a free Run (the grid shows at most 200; the count goes on to `COUNT_LIMIT`).
pub const RUN_ROWS: u32 = 200;
/// Rows kept of a graded run: a result larger than this is wrong anyway.
pub const GRADE_ROWS: u32 = 10_000;
/// Rows counted at most (a runaway recursive query stops here rather than at the time limit).
pub const COUNT_LIMIT: u32 = 100_000;

/// One dataset and the jobs to run on copies of it. The worker posts `{"job": i}` as each job
/// starts (the time limit runs from there), then one `Reply`.
#[derive(Debug, Clone, Serialize)]
pub struct Request<'a> {
    pub schema: String,
    pub tables: &'a [TableData],
    pub jobs: Vec<Job>,
}

/// SQL to run on a fresh copy of the dataset, then trusted reads of the result.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Job {
    /// Any number of statements; the result of the last one that returns columns is kept.
    pub sql: String,
    pub reads: Vec<Read>,
    pub max_rows: u32,
}

/// A query run after the job's SQL (never the learner's own text).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Read {
    pub sql: String,
    pub params: Vec<Cell>,
    /// Return the `EXPLAIN QUERY PLAN` lines instead of the rows.
    pub plan: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct ResultSet {
    pub columns: Vec<String>,
    pub rows: Vec<Vec<Cell>>,
    /// Rows counted (up to `COUNT_LIMIT`); more than `rows.len()` when the result was cut.
    pub count: u32,
    /// The count stopped at `COUNT_LIMIT`.
    pub more: bool,
}

impl ResultSet {
    pub fn truncated(&self) -> bool {
        self.count as usize > self.rows.len() || self.more
    }
}

/// What happened to one job.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Outcome {
    /// The last result set of the job's SQL (none when no statement returned columns).
    pub result: Option<ResultSet>,
    /// SQLite's message when a statement failed (the rest did not run).
    pub error: Option<String>,
    /// One per read, in order: rows, or the plan as one row per line (`detail` only).
    pub reads: Vec<Result<ResultSet, String>>,
    /// `sqlite_master` after the job: `(type, name, sql)`.
    pub objects: Vec<(String, String, Option<String>)>,
    /// Statements run.
    pub statements: u32,
    pub ms: f64,
}

/// The worker's reply to a request.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Reply {
    pub outcomes: Vec<Outcome>,
    /// The request itself failed (e.g. the engine did not load).
    pub error: Option<String>,
}

impl<'a> Request<'a> {
    pub fn new(dataset: &'a Dataset, schema: String, jobs: Vec<Job>) -> Request<'a> {
        Request { schema, tables: &dataset.tables, jobs }
    }
}
