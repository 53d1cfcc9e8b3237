//! The SQL page's engine: a worker started when the page opens (the engine downloads and
//! compiles while the learner reads the statement; with the `engine=cold` hash flag, which
//! benchmarks use, none kept between Runs and Submits), none kept while the page is hidden in the
//! back/forward cache or after it unmounts; and the two things it does, a free Run on the
//! showcase dataset and a graded Submit on every dataset.

use crate::adapters::sql::{Failure, SqlEngine};
use crate::hooks::worker::use_warm;
use backprep_core::sql::attempt::RunView;
use backprep_core::sql::dataset;
use backprep_core::sql::grade::{self, grade_request, judge, run_request, Report, Status, Verdict};
use backprep_core::sql::SqlExercise;
use std::rc::Rc;
use yew::prelude::*;

#[hook]
pub fn use_sql_engine() -> Rc<SqlEngine> {
    let engine = use_memo((), |_| SqlEngine::new());
    use_warm((*engine).clone(), "engine=cold");
    (*engine).clone()
}

/// The learner's SQL on the showcase dataset.
pub async fn run(engine: &SqlEngine, ex: &SqlExercise, sql: &str) -> RunView {
    let view = run_showcase(engine, ex, sql).await;
    engine.settle();
    view
}

async fn run_showcase(engine: &SqlEngine, ex: &SqlExercise, sql: &str) -> RunView {
    let data = match dataset::showcase(ex) {
        Ok(d) => d,
        Err(e) => return RunView::Failed(format!("The showcase dataset could not be made ({e}); this is a bug in the exercise.")),
    };
    let request = serde_json::to_string(&run_request(ex, &data, sql)).unwrap_or_default();
    match engine.send(&request, ex.time_limit_ms).await {
        Ok(reply) => match (reply.error, reply.outcomes.into_iter().next()) {
            (None, Some(outcome)) => RunView::Done(Rc::new(outcome)),
            (Some(e), _) => RunView::Failed(e),
            (None, None) => RunView::Failed("the SQL engine returned nothing".into()),
        },
        Err(Failure::Timeout { .. }) => RunView::Failed(grade::timed_out("showcase", ex.time_limit_ms).message),
        Err(Failure::Worker(e)) => RunView::Failed(e),
    }
}

/// Grades the learner's SQL on the showcase dataset and the random ones of `seed`. After a
/// timeout the remaining datasets are not run (each would wait out the limit too).
pub async fn submit(engine: &SqlEngine, ex: &SqlExercise, sql: &str, seed: u64) -> Report {
    let datasets = match dataset::for_submit(ex, seed) {
        Ok(d) => d,
        Err(e) => return Report { seed, verdicts: vec![Verdict::new("showcase", Status::Error, format!("The datasets could not be made ({e}); this is a bug in the exercise."))] },
    };
    let mut verdicts = Vec::new();
    let mut stopped = false;
    for data in &datasets {
        if stopped {
            verdicts.push(grade::skipped(&data.label));
            continue;
        }
        let request = serde_json::to_string(&grade_request(ex, data, sql)).unwrap_or_default();
        verdicts.push(match engine.send(&request, ex.time_limit_ms).await {
            Ok(reply) => match (reply.error, reply.outcomes.as_slice()) {
                (None, [reference, learner]) => judge(ex, &data.label, reference, learner),
                (Some(e), _) => Verdict::new(&data.label, Status::Error, e),
                (None, _) => Verdict::new(&data.label, Status::Error, "the SQL engine returned an incomplete reply".into()),
            },
            // The reference is job 0: too slow a device, not the learner's fault.
            Err(Failure::Timeout { job: 0 }) => Verdict::new(&data.label, Status::Error, format!("The reference solution did not finish within {} s on this device; try again.", ex.time_limit_ms / 1000)),
            Err(Failure::Timeout { .. }) => {
                stopped = true;
                grade::timed_out(&data.label, ex.time_limit_ms)
            }
            Err(Failure::Worker(e)) => Verdict::new(&data.label, Status::Error, e),
        });
    }
    engine.settle();
    Report { seed, verdicts }
}
