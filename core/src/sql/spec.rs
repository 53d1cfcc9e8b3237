//! What a SQL exercise is, as shipped to the app (`content/sql-<slug>-<hash>.json`).

use serde::{Deserialize, Serialize};

/// One SQL value as it crosses the worker boundary (JSON null, number or string).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Cell {
    Null,
    Int(i64),
    Real(f64),
    Text(String),
}

impl Cell {
    /// As shown in a result grid: NULL in capitals, reals without a trailing `.0`.
    pub fn display(&self) -> String {
        match self {
            Cell::Null => "NULL".into(),
            Cell::Int(i) => i.to_string(),
            Cell::Real(f) => f.to_string(),
            Cell::Text(s) => s.clone(),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SqlKind {
    /// One query; its result is compared with the reference's.
    Query,
    /// Statements that change data; the tables are compared afterwards.
    Script,
    /// `CREATE INDEX` statements; a given query's plan is checked.
    Index,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SqlExercise {
    /// Stable id (drafts and progress refer to it), `sql-…`.
    pub slug: String,
    pub title: String,
    pub difficulty: u8,
    pub summary: String,
    pub statement_html: String,
    pub hints_html: Vec<String>,
    pub kind: SqlKind,
    /// Query: the result's column names, in order.
    pub columns: Vec<String>,
    /// Query: whether the row order is part of the answer.
    pub ordered: bool,
    /// Script: the tables compared after the script.
    pub compare_tables: Vec<String>,
    pub index: Option<IndexCheck>,
    pub tables: Vec<TableSpec>,
    /// The reference solution: the grader's expected result, shown after a first run.
    pub solution: String,
    /// Wall-clock limit of one dataset's run.
    pub time_limit_ms: u32,
}

/// Index exercises: the query whose plan must use the learner's index.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IndexCheck {
    pub query: String,
    pub params: Vec<Cell>,
    pub max_indexes: u32,
    /// Each must match some plan line.
    pub require: Vec<PlanRule>,
    /// None may match any plan line.
    pub forbid: Vec<PlanRule>,
}

/// A pattern over one `EXPLAIN QUERY PLAN` line (`*` = any text), and what it means in words.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PlanRule {
    pub pattern: String,
    pub why: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TableSpec {
    pub name: String,
    pub columns: Vec<ColumnSpec>,
    /// Table constraints, e.g. `UNIQUE (a, b)`.
    pub constraints: Vec<String>,
    /// Row count of random datasets, inclusive.
    pub rows: (u32, u32),
    pub showcase: Showcase,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Showcase {
    /// Hand-written rows.
    Rows(Vec<Vec<Cell>>),
    /// This many generated rows (seed 0).
    Generated(u32),
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ColumnSpec {
    pub name: String,
    /// Type and column constraints as in `CREATE TABLE`.
    pub sql_type: String,
    pub gen: Gen,
}

/// How random datasets fill a column.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Gen {
    pub kind: GenKind,
    /// Probability of NULL.
    pub null: f64,
    /// No value twice in the column.
    pub unique: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum GenKind {
    Serial,
    Int(i64, i64),
    Real(f64, f64),
    Pick(Vec<Cell>),
    Words(String),
    Format(String),
    /// `(table, column)` of an earlier table.
    Ref(String, String),
    /// A column of an earlier row of the same table.
    Parent(String),
    /// Days since 1970-01-01, inclusive.
    Date(i64, i64),
    /// Seconds since 1970-01-01 00:00:00, inclusive.
    DateTime(i64, i64),
}

/// Quotes an identifier for SQLite.
pub fn ident(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

impl SqlExercise {
    /// The `CREATE TABLE` statements of the exercise, in order.
    pub fn schema_sql(&self) -> String {
        self.tables.iter().map(TableSpec::create_sql).collect::<Vec<_>>().join("\n")
    }

    pub fn table(&self, name: &str) -> Option<&TableSpec> {
        self.tables.iter().find(|t| t.name == name)
    }
}

impl TableSpec {
    pub fn create_sql(&self) -> String {
        let mut parts: Vec<String> = self.columns.iter().map(|c| format!("{} {}", c.name, c.sql_type)).collect();
        parts.extend(self.constraints.iter().cloned());
        format!("CREATE TABLE {} (\n  {}\n);", self.name, parts.join(",\n  "))
    }

    pub fn column_names(&self) -> Vec<String> {
        self.columns.iter().map(|c| c.name.clone()).collect()
    }
}
