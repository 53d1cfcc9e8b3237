//! Every SQL exercise, on a real SQLite (rusqlite): the reference passes on the showcase dataset
//! and on random datasets of many seeds, every `right/*.sql` passes, and every `wrong/*.sql`
//! fails on the showcase dataset and on a random one. The jobs run exactly as the browser worker
//! runs them (fresh database per job, the same protocol); `tests/sql_exercises.rs` in the app
//! repeats the check through the real worker in headless Chromium.
//! `SQL_ONLY=slug,slug` restricts the run (for authors).

use backprep_core::sql::dataset::{self, Dataset};
use backprep_core::sql::grade::{grade_request, judge, Status, Verdict};
use backprep_core::sql::load::{parse_sql_exercise, SqlFixtures};
use backprep_core::sql::protocol::{Job, Outcome, Request, ResultSet, COUNT_LIMIT};
use backprep_core::sql::{Cell, SqlExercise};
use rusqlite::types::ValueRef;
use rusqlite::fallible_iterator::FallibleIterator;
use rusqlite::{Batch, Connection};
use std::path::Path;
use std::time::{Duration, Instant};

/// Seeds whose datasets the reference must pass.
const SEEDS: u64 = 12;

fn cell(v: ValueRef<'_>) -> Cell {
    match v {
        ValueRef::Null => Cell::Null,
        ValueRef::Integer(i) => Cell::Int(i),
        ValueRef::Real(f) => Cell::Real(f),
        ValueRef::Text(t) => Cell::Text(String::from_utf8_lossy(t).into_owned()),
        ValueRef::Blob(b) => Cell::Text(b.iter().map(|x| format!("{x:02x}")).collect()),
    }
}

fn collect(stmt: &mut rusqlite::Statement<'_>, params: &[Cell], max_rows: u32) -> rusqlite::Result<ResultSet> {
    let columns: Vec<String> = stmt.column_names().iter().map(|s| s.to_string()).collect();
    for (i, p) in params.iter().enumerate() {
        let v: rusqlite::types::Value = match p {
            Cell::Null => rusqlite::types::Value::Null,
            Cell::Int(x) => (*x).into(),
            Cell::Real(x) => (*x).into(),
            Cell::Text(x) => x.clone().into(),
        };
        stmt.raw_bind_parameter(i + 1, v)?;
    }
    let n = columns.len();
    let mut rows = stmt.raw_query();
    let mut rs = ResultSet { columns, ..ResultSet::default() };
    while let Some(r) = rows.next()? {
        if rs.count >= COUNT_LIMIT {
            rs.more = true;
            break;
        }
        rs.count += 1;
        if rs.rows.len() < max_rows as usize {
            rs.rows.push((0..n).map(|i| cell(r.get_ref(i).expect("column in range"))).collect());
        }
    }
    Ok(rs)
}

/// What `runner/sql-worker.js` does for one job.
fn execute(schema: &str, data: &Dataset, job: &Job) -> Outcome {
    let start = Instant::now();
    let db = Connection::open_in_memory().expect("in-memory database");
    // As in the worker: the dataset loads without the key check, the job runs with it.
    db.execute_batch("PRAGMA foreign_keys = OFF").expect("pragma");
    db.execute_batch(schema).expect("schema");
    db.execute_batch("BEGIN").expect("begin");
    for t in &data.tables {
        let marks = vec!["?"; t.columns.len()].join(", ");
        let mut ins = db.prepare(&format!("INSERT INTO {} ({}) VALUES ({marks})", t.name, t.columns.join(", "))).expect("insert");
        for r in &t.rows {
            let vals: Vec<rusqlite::types::Value> = r
                .iter()
                .map(|c| match c {
                    Cell::Null => rusqlite::types::Value::Null,
                    Cell::Int(x) => (*x).into(),
                    Cell::Real(x) => (*x).into(),
                    Cell::Text(x) => x.clone().into(),
                })
                .collect();
            ins.execute(rusqlite::params_from_iter(vals)).unwrap_or_else(|e| panic!("dataset {} row {r:?} of {}: {e}", data.label, t.name));
        }
    }
    db.execute_batch("COMMIT; PRAGMA foreign_keys = ON").expect("commit");
    // A runaway query in content must fail the test, not hang it.
    let deadline = Instant::now() + Duration::from_secs(10);
    db.progress_handler(10_000, Some(move || Instant::now() > deadline));
    let mut out = Outcome::default();
    let mut batch = Batch::new(&db, &job.sql);
    loop {
        match batch.next() {
            Ok(Some(mut stmt)) => {
                out.statements += 1;
                let r = if stmt.column_count() > 0 { collect(&mut stmt, &[], job.max_rows).map(Some) } else { stmt.raw_execute().map(|_| None) };
                match r {
                    Ok(Some(rs)) => out.result = Some(rs),
                    Ok(None) => {}
                    Err(e) => {
                        out.error = Some(e.to_string());
                        break;
                    }
                }
            }
            Ok(None) => break,
            Err(e) => {
                out.error = Some(e.to_string());
                break;
            }
        }
    }
    drop(batch);
    if out.error.is_none() {
        for read in &job.reads {
            let sql = if read.plan { format!("EXPLAIN QUERY PLAN {}", read.sql) } else { read.sql.clone() };
            let r = db.prepare(&sql).and_then(|mut s| collect(&mut s, &read.params, job.max_rows)).map_err(|e| e.to_string());
            // A plan is its `detail` column only.
            out.reads.push(r.map(|rs| if read.plan { ResultSet { columns: vec!["detail".into()], rows: rs.rows.into_iter().map(|r| vec![r[3].clone()]).collect(), ..rs } } else { rs }));
        }
        let mut s = db.prepare("SELECT type, name, sql FROM sqlite_master").expect("master");
        out.objects = s.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?))).expect("master").map(|r| r.expect("row")).collect();
    }
    out.ms = start.elapsed().as_secs_f64() * 1000.0;
    out
}

fn grade(ex: &SqlExercise, data: &Dataset, sql: &str) -> Verdict {
    let Request { schema, jobs, .. } = grade_request(ex, data, sql);
    let reference = execute(&schema, data, &jobs[0]);
    let learner = execute(&schema, data, &jobs[1]);
    judge(ex, &data.label, &reference, &learner)
}

fn exercises() -> Vec<Result<(SqlExercise, SqlFixtures), String>> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../sql");
    let only: Option<Vec<String>> = std::env::var("SQL_ONLY").ok().map(|s| s.split(',').map(|x| x.trim().to_string()).collect());
    let mut dirs: Vec<_> = std::fs::read_dir(&root).expect("sql/").flatten().map(|e| e.path()).filter(|p| p.is_dir()).collect();
    dirs.sort();
    dirs.into_iter()
        .filter(|d| only.as_ref().is_none_or(|o| o.iter().any(|s| d.ends_with(s))))
        .map(|d| parse_sql_exercise(&d).map_err(|e| e.iter().map(|x| x.to_string()).collect::<Vec<_>>().join("\n")))
        .collect()
}

#[test]
fn every_sql_exercise_grades_its_reference_right_and_its_known_mistakes_wrong() {
    let mut problems = Vec::new();
    let mut checked = 0;
    for loaded in exercises() {
        let (ex, fx) = match loaded {
            Ok(x) => x,
            Err(e) => {
                problems.push(e);
                continue;
            }
        };
        checked += 1;
        let slug = &ex.slug;
        let show = dataset::showcase(&ex).expect("showcase");
        // The reference on the showcase: not empty (a query that returns nothing proves little).
        let Request { schema, jobs, .. } = grade_request(&ex, &show, &ex.solution);
        let reference = execute(&schema, &show, &jobs[0]);
        if let Some(rs) = &reference.result {
            if rs.rows.is_empty() {
                problems.push(format!("{slug}: the reference returns no rows on the showcase dataset"));
            }
        }
        for seed in 1..=SEEDS {
            for data in dataset::for_submit(&ex, seed).expect("datasets") {
                if data.seed.is_none() && seed > 1 {
                    continue;
                }
                let v = grade(&ex, &data, &ex.solution);
                if v.status != Status::Pass {
                    problems.push(format!("{slug}: the reference does not pass {} (seed {seed}): {}", data.label, v.message));
                }
            }
        }
        for right in &fx.right {
            for seed in 1..=4 {
                for data in dataset::for_submit(&ex, seed).expect("datasets") {
                    let v = grade(&ex, &data, &right.code);
                    if v.status != Status::Pass {
                        problems.push(format!("{slug}/right/{}: fails {} (seed {seed}): {}", right.file, data.label, v.message));
                    }
                }
            }
        }
        let first = dataset::for_submit(&ex, 1).expect("datasets");
        for wrong in &fx.wrong {
            let verdicts: Vec<Verdict> = first.iter().map(|d| grade(&ex, d, &wrong.code)).collect();
            if verdicts[0].status == Status::Pass {
                problems.push(format!("{slug}/wrong/{}: passes the showcase dataset (it must show the mistake)", wrong.file));
            }
            if verdicts[1..].iter().all(|v| v.status == Status::Pass) {
                problems.push(format!("{slug}/wrong/{}: passes every random dataset of seed 1 (the generator does not catch it)", wrong.file));
            }
            if verdicts.iter().any(|v| v.status == Status::Error && v.message.contains("syntax error")) {
                problems.push(format!("{slug}/wrong/{}: a syntax error is not a real mistake: {}", wrong.file, verdicts[0].message));
            }
            if std::env::var("SQL_VERBOSE").is_ok() {
                eprintln!("{slug}/wrong/{}: {}", wrong.file, verdicts[0].message);
            }
        }
    }
    assert!(problems.is_empty(), "{} problem(s):\n{}", problems.len(), problems.join("\n"));
    assert!(checked > 0, "no SQL exercises found");
    if std::env::var("SQL_ONLY").is_err() {
        assert!(checked >= 16, "the SQL round needs at least 16 exercises, found {checked}");
    }
}

/// Hostile SQL only affects its own throwaway database, and the grader says what happened.
#[test]
fn hostile_sql_stays_in_its_own_database() {
    if std::env::var("SQL_ONLY").is_ok_and(|o| !o.contains("sql-customers-without-orders")) {
        return;
    }
    let Some(Ok((ex, _))) = exercises().into_iter().find(|e| e.as_ref().is_ok_and(|(x, _)| x.slug == "sql-customers-without-orders")) else {
        panic!("sql/sql-customers-without-orders is missing or broken");
    };
    let show = dataset::showcase(&ex).expect("showcase");
    // The learner sees only the exercise's tables.
    let Request { schema, jobs, .. } = grade_request(&ex, &show, "SELECT name FROM sqlite_master ORDER BY name");
    let out = execute(&schema, &show, &jobs[1]);
    let names: Vec<String> = out.result.expect("rows").rows.iter().map(|r| r[0].display()).collect();
    assert_eq!(names, vec!["customers", "orders"]);
    // Dropping a table breaks only this run; the next dataset is whole again.
    let v = grade(&ex, &show, "DROP TABLE orders; SELECT id, name FROM customers");
    assert_eq!(v.status, Status::Fail);
    let v = grade(&ex, &show, &ex.solution);
    assert_eq!(v.status, Status::Pass);
    let v = grade(&ex, &show, "SELEC id FROM customers");
    assert_eq!(v.status, Status::Error);
    assert!(v.message.contains("syntax error"), "{}", v.message);
}
