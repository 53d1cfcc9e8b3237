//! Reading and validating `sql/<slug>/` (see `sql/FORMAT.md`) at build time and in native tests.
//! What needs a real SQLite (the reference runs, the wrong queries fail) is checked by
//! `core/tests/sql_exercises.rs` and, in the browser, by `tests/sql_exercises.rs`.

use super::dataset::{self, days, seconds};
use super::spec::*;
use crate::authoring::{line_of, markdown, sorted_entries, ContentError, WrongSolution, DEFAULT_TIME_LIMIT_MS};
use serde::Deserialize;
use std::collections::HashSet;
use std::path::Path;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSql {
    title: String,
    difficulty: i64,
    summary: String,
    kind: SqlKind,
    #[serde(default)]
    columns: Vec<String>,
    #[serde(default)]
    ordered: bool,
    #[serde(default)]
    compare_tables: Vec<String>,
    hints: Vec<String>,
    time_limit_ms: Option<u32>,
    index: Option<RawIndex>,
    tables: Vec<RawTable>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawIndex {
    query: String,
    #[serde(default)]
    params: Vec<toml::Value>,
    max_indexes: u32,
    require: Vec<String>,
    require_why: Vec<String>,
    #[serde(default)]
    forbid: Vec<String>,
    #[serde(default)]
    forbid_why: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTable {
    name: String,
    rows: [u32; 2],
    columns: Vec<RawColumn>,
    #[serde(default)]
    constraints: Vec<String>,
    showcase: Option<Vec<Vec<toml::Value>>>,
    showcase_rows: Option<u32>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawColumn {
    name: String,
    #[serde(rename = "type")]
    sql_type: String,
    gen: toml::Table,
}

/// Test fixtures of one SQL exercise (never shipped): other right solutions and known-wrong ones.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct SqlFixtures {
    pub slug: String,
    pub right: Vec<WrongSolution>,
    pub wrong: Vec<WrongSolution>,
}

fn cell(v: &toml::Value) -> Result<Cell, String> {
    Ok(match v {
        toml::Value::String(s) if s == "NULL" => Cell::Null,
        toml::Value::String(s) => Cell::Text(s.clone()),
        toml::Value::Integer(i) => Cell::Int(*i),
        toml::Value::Float(f) => Cell::Real(*f),
        other => return Err(format!("`{other}` is not a SQL value (use a number, a string, or \"NULL\")")),
    })
}

fn pair<T>(v: &toml::Value, what: &str, parse: impl Fn(&toml::Value) -> Option<T>) -> Result<(T, T), String> {
    match v.as_array().map(|a| a.as_slice()) {
        Some([a, b]) => match (parse(a), parse(b)) {
            (Some(a), Some(b)) => Ok((a, b)),
            _ => Err(format!("`{what}` needs two valid bounds")),
        },
        _ => Err(format!("`{what}` needs [low, high]")),
    }
}

fn gen(t: &toml::Table) -> Result<Gen, String> {
    let null = match t.get("null") {
        None => 0.0,
        Some(v) => v.as_float().or_else(|| v.as_integer().map(|i| i as f64)).filter(|p| (0.0..1.0).contains(p)).ok_or("`null` is a probability in [0, 1)")?,
    };
    let unique = t.get("unique").map(|v| v.as_bool().ok_or("`unique` is true or false")).transpose()?.unwrap_or(false);
    let keys: Vec<&String> = t.keys().filter(|k| *k != "null" && *k != "unique").collect();
    let [k] = keys.as_slice() else {
        return Err(format!("`gen` needs exactly one generator (serial, int, real, pick, words, format, ref, parent, date, datetime); found {keys:?}"));
    };
    let v = &t[k.as_str()];
    let text = |what: &str| v.as_str().map(str::to_string).ok_or_else(|| format!("`{what}` is a string"));
    let kind = match k.as_str() {
        "serial" => GenKind::Serial,
        "int" => {
            let (lo, hi) = pair(v, "int", toml::Value::as_integer)?;
            GenKind::Int(lo, hi)
        }
        "real" => {
            let (lo, hi) = pair(v, "real", |x| x.as_float().or_else(|| x.as_integer().map(|i| i as f64)))?;
            GenKind::Real(lo, hi)
        }
        "pick" => GenKind::Pick(v.as_array().filter(|a| !a.is_empty()).ok_or("`pick` is a non-empty list")?.iter().map(cell).collect::<Result<_, _>>()?),
        "words" => {
            let list = text("words")?;
            dataset::words(&list).ok_or_else(|| format!("no word list `{list}` (person, department, product, city)"))?;
            GenKind::Words(list)
        }
        "format" => GenKind::Format(text("format")?),
        "ref" => {
            let r = text("ref")?;
            let (t, c) = r.split_once('.').ok_or("`ref` is \"table.column\"")?;
            GenKind::Ref(t.into(), c.into())
        }
        "parent" => GenKind::Parent(text("parent")?),
        "date" => {
            let (lo, hi) = pair(v, "date", |x| x.as_str().and_then(days))?;
            GenKind::Date(lo, hi)
        }
        "datetime" => {
            let (lo, hi) = pair(v, "datetime", |x| x.as_str().and_then(seconds))?;
            GenKind::DateTime(lo, hi)
        }
        other => return Err(format!("unknown generator `{other}`")),
    };
    match kind {
        GenKind::Int(lo, hi) | GenKind::Date(lo, hi) | GenKind::DateTime(lo, hi) if lo > hi => return Err("the low bound is above the high one".into()),
        GenKind::Real(lo, hi) if lo > hi => return Err("the low bound is above the high one".into()),
        _ => {}
    }
    Ok(Gen { kind, null, unique })
}

fn sql_files(dir: &Path, errors: &mut Vec<ContentError>, slug: &str) -> Vec<WrongSolution> {
    let Ok(paths) = sorted_entries(dir) else { return Vec::new() };
    let mut out = Vec::new();
    for p in paths.into_iter().filter(|p| p.extension().and_then(|e| e.to_str()) == Some("sql")) {
        match std::fs::read_to_string(&p) {
            Ok(code) if code.trim_start().starts_with("--") => out.push(WrongSolution { file: p.file_name().and_then(|n| n.to_str()).unwrap_or("").to_string(), code }),
            Ok(_) => errors.push(ContentError { file: p.clone(), line: 1, id: Some(slug.into()), reason: "start with a `-- ` line that says what this solution does".into() }),
            Err(e) => errors.push(ContentError { file: p.clone(), line: 0, id: Some(slug.into()), reason: format!("cannot read: {e}") }),
        }
    }
    out
}

/// Parses and validates one `sql/<slug>/` folder.
pub fn parse_sql_exercise(dir: &Path) -> Result<(SqlExercise, SqlFixtures), Vec<ContentError>> {
    let slug = dir.file_name().and_then(|s| s.to_str()).unwrap_or("").to_string();
    let err = |file: &Path, line: usize, reason: String| ContentError { file: file.to_path_buf(), line, id: Some(slug.clone()), reason };
    let read = |name: &str| {
        let p = dir.join(name);
        std::fs::read_to_string(&p).map_err(|e| vec![err(&p, 0, format!("cannot read: {e}"))])
    };
    let meta = dir.join("exercise.toml");
    let text = read("exercise.toml")?;
    let raw: RawSql = toml::from_str(&text).map_err(|e| {
        let line = e.span().map(|s| line_of(&text, s.start)).unwrap_or(0);
        vec![err(&meta, line, e.message().to_string())]
    })?;
    // The line where `needle` first occurs, for errors inside a table.
    let line_at = |needle: &str| text.find(needle).map_or(0, |i| line_of(&text, i));
    let statement = read("statement.md")?;
    let solution = read("solution.sql")?;
    let mut errors = Vec::new();
    let mut bad = |line: usize, reason: String| errors.push(err(&meta, line, reason));
    let kebab = slug.starts_with("sql-") && slug.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-') && !slug.ends_with('-');
    if !kebab {
        bad(0, "the folder name must be kebab-case and start with `sql-`".into());
    }
    if !(1..=3).contains(&raw.difficulty) {
        bad(line_at("difficulty"), format!("difficulty must be 1, 2 or 3, not {}", raw.difficulty));
    }
    if raw.title.trim().is_empty() || raw.summary.trim().is_empty() {
        bad(0, "`title` and `summary` must not be empty".into());
    }
    if raw.hints.is_empty() {
        bad(line_at("hints"), "give at least one hint".into());
    }
    if raw.time_limit_ms.is_some_and(|t| !(200..=10_000).contains(&t)) {
        bad(line_at("time_limit_ms"), "`time_limit_ms` must be between 200 and 10000".into());
    }
    match raw.kind {
        SqlKind::Query if raw.columns.is_empty() => bad(line_at("kind"), "a query exercise lists its result `columns`".into()),
        SqlKind::Script if raw.compare_tables.is_empty() => bad(line_at("kind"), "a script exercise lists `compare_tables`".into()),
        SqlKind::Index if raw.index.is_none() => bad(line_at("kind"), "an index exercise needs an [index] table".into()),
        _ => {}
    }
    if raw.kind != SqlKind::Query && (raw.ordered || !raw.columns.is_empty()) {
        bad(line_at("columns"), "`columns` and `ordered` are for query exercises".into());
    }
    let mut tables: Vec<TableSpec> = Vec::new();
    let mut names = HashSet::new();
    for t in &raw.tables {
        let line = line_at(&format!("name = \"{}\"", t.name));
        if !names.insert(t.name.clone()) || t.name.is_empty() || !t.name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_') {
            bad(line, format!("table `{}`: names are unique identifiers (letters, digits, _)", t.name));
        }
        let mut columns = Vec::new();
        for c in &t.columns {
            if c.name.is_empty() || !c.name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_') {
                bad(line, format!("table `{}`: column `{}` is not a plain identifier", t.name, c.name));
            }
            match gen(&c.gen) {
                Ok(g) => {
                    match &g.kind {
                        GenKind::Ref(rt, rc) if !tables.iter().any(|x: &TableSpec| &x.name == rt && x.columns.iter().any(|y| &y.name == rc)) => {
                            bad(line, format!("`{}.{}`: `ref` must name a column of an earlier table, not `{rt}.{rc}`", t.name, c.name))
                        }
                        GenKind::Parent(pc) if !t.columns.iter().any(|y| &y.name == pc) => bad(line, format!("`{}.{}`: `parent` names no column of this table", t.name, c.name)),
                        _ => {}
                    }
                    columns.push(ColumnSpec { name: c.name.clone(), sql_type: c.sql_type.clone(), gen: g });
                }
                Err(e) => bad(line, format!("`{}.{}` gen: {e}", t.name, c.name)),
            }
        }
        let showcase = match (&t.showcase, t.showcase_rows) {
            (Some(rows), None) => {
                let mut out = Vec::new();
                for (i, r) in rows.iter().enumerate() {
                    if r.len() != t.columns.len() {
                        bad(line, format!("table `{}` showcase row {}: {} values for {} columns", t.name, i + 1, r.len(), t.columns.len()));
                    }
                    match r.iter().map(cell).collect::<Result<Vec<_>, _>>() {
                        Ok(cells) => out.push(cells),
                        Err(e) => bad(line, format!("table `{}` showcase row {}: {e}", t.name, i + 1)),
                    }
                }
                Showcase::Rows(out)
            }
            (None, Some(n)) if (1..=100_000).contains(&n) => Showcase::Generated(n),
            _ => {
                bad(line, format!("table `{}`: give `showcase` rows or `showcase_rows` (1 to 100000), one of the two", t.name));
                Showcase::Rows(vec![])
            }
        };
        if t.rows[0] > t.rows[1] || t.rows[1] > 100_000 {
            bad(line, format!("table `{}`: `rows` is [low, high] with low ≤ high ≤ 100000", t.name));
        }
        tables.push(TableSpec { name: t.name.clone(), columns, constraints: t.constraints.clone(), rows: (t.rows[0], t.rows[1]), showcase });
    }
    if tables.is_empty() {
        bad(0, "an exercise needs at least one table".into());
    }
    for t in &raw.compare_tables {
        if !names.contains(t) {
            bad(line_at("compare_tables"), format!("`compare_tables` names an unknown table `{t}`"));
        }
    }
    let index = match raw.index {
        Some(i) => {
            if i.require.len() != i.require_why.len() || i.forbid.len() != i.forbid_why.len() {
                bad(line_at("[index]"), "every plan rule needs its `why` (require_why, forbid_why: same lengths)".into());
            }
            if i.require.is_empty() || i.max_indexes == 0 {
                bad(line_at("[index]"), "an index check requires a plan line and allows at least one index".into());
            }
            let params = i.params.iter().map(cell).collect::<Result<Vec<_>, _>>().unwrap_or_else(|e| {
                bad(line_at("params"), e);
                vec![]
            });
            let rules = |p: Vec<String>, w: Vec<String>| p.into_iter().zip(w).map(|(pattern, why)| PlanRule { pattern, why }).collect();
            Some(IndexCheck { query: i.query, params, max_indexes: i.max_indexes, require: rules(i.require, i.require_why), forbid: rules(i.forbid, i.forbid_why) })
        }
        None => None,
    };
    for (name, t) in [("statement.md", &statement), ("solution.sql", &solution)] {
        if t.trim().is_empty() {
            errors.push(err(&dir.join(name), 0, "file is empty".into()));
        }
    }
    let right = sql_files(&dir.join("right"), &mut errors, &slug);
    let wrong = sql_files(&dir.join("wrong"), &mut errors, &slug);
    if wrong.len() < 4 {
        errors.push(err(&dir.join("wrong"), 0, format!("give at least 4 known-wrong solutions (wrong/*.sql), found {}", wrong.len())));
    }
    let ex = SqlExercise {
        slug: slug.clone(),
        title: raw.title,
        difficulty: raw.difficulty.clamp(1, 3) as u8,
        summary: raw.summary,
        statement_html: markdown(&statement),
        hints_html: raw.hints.iter().map(|h| markdown(h)).collect(),
        kind: raw.kind,
        columns: raw.columns,
        ordered: raw.ordered,
        compare_tables: raw.compare_tables,
        index,
        tables,
        solution: solution.trim().to_string() + "\n",
        time_limit_ms: raw.time_limit_ms.unwrap_or(DEFAULT_TIME_LIMIT_MS),
    };
    if errors.is_empty() {
        if let Err(e) = dataset::showcase(&ex).and_then(|_| dataset::random(&ex, 1, 1)) {
            errors.push(err(&meta, 0, format!("datasets: {e}")));
        }
    }
    if errors.is_empty() {
        Ok((ex, SqlFixtures { slug, right, wrong }))
    } else {
        Err(errors)
    }
}

/// Every exercise under `dir` (a folder per exercise; other files such as FORMAT.md are skipped).
pub fn load_sql(dir: &Path) -> Result<(Vec<SqlExercise>, Vec<SqlFixtures>), Vec<ContentError>> {
    let (mut all, mut fixtures, mut errors) = (Vec::new(), Vec::new(), Vec::new());
    for p in sorted_entries(dir)?.into_iter().filter(|p| p.is_dir()) {
        match parse_sql_exercise(&p) {
            Ok((e, f)) => {
                all.push(e);
                fixtures.push(f);
            }
            Err(e) => errors.extend(e),
        }
    }
    if errors.is_empty() {
        Ok((all, fixtures))
    } else {
        Err(errors)
    }
}
