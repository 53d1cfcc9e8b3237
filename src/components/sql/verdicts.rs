//! A graded Submit: "N passed, M failed", the seed the random datasets came from (type it into
//! the seed box to replay them), and one line per dataset; a failure shows what differs: the
//! columns, the rows missing and extra side by side, or where the order goes wrong.

use super::grid::{cell, rows_table};
use crate::components::test_results::badge;
use backprep_core::sql::compare::Mismatch;
use backprep_core::sql::grade::{Report, Status, Verdict};
use backprep_core::sql::{SqlExercise, SqlKind};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub report: Rc<Report>,
    pub exercise: Rc<SqlExercise>,
}

/// The column names of a verdict's rows: the compared table's, or the query's.
fn columns(ex: &SqlExercise, v: &Verdict) -> Vec<String> {
    match (&v.table, ex.kind) {
        (Some(t), _) => ex.table(t).map(|t| t.column_names()).unwrap_or_default(),
        (None, SqlKind::Query) => ex.columns.clone(),
        (None, _) => Vec::new(),
    }
}

fn detail(m: &Mismatch, columns: &[String]) -> Html {
    match m {
        Mismatch::Rows { missing, missing_count, extra, extra_count, .. } => html! {
            <div class="diff">
                if *missing_count > 0 {
                    <div>
                        <h3>{format!("Expected but missing ({missing_count})")}</h3>
                        { rows_table(columns, missing, "Rows expected but missing") }
                    </div>
                }
                if *extra_count > 0 {
                    <div>
                        <h3>{format!("Returned but not expected ({extra_count})")}</h3>
                        { rows_table(columns, extra, "Rows returned but not expected") }
                    </div>
                }
            </div>
        },
        Mismatch::Order { position, expected, actual } => html! {
            <table class="grid" aria-label="The first row in the wrong place">
                <tbody>
                    <tr><th scope="row">{format!("Expected row {}", position + 1)}</th>{ for expected.iter().map(cell) }</tr>
                    <tr><th scope="row">{format!("Your row {}", position + 1)}</th>{ for actual.iter().map(cell) }</tr>
                </tbody>
            </table>
        },
        Mismatch::Columns { .. } | Mismatch::TooMany { .. } => html! {},
    }
}

fn verdict(ex: &SqlExercise, v: &Verdict) -> Html {
    html! {
        <li class={classes!("test-result", v.status.as_str())} data-testid="test-result" data-status={v.status.as_str()}>
            <div class="test-head">
                <span class="badge">{badge(v.status)}</span>
                <span class="test-name">{format!("{} dataset", v.dataset)}</span>
            </div>
            if !v.message.is_empty() { <p class="test-message">{ with_code(&v.message) }</p> }
            if let Some(m) = &v.mismatch { { detail(m, &columns(ex, v)) } }
            if !v.plan.is_empty() && v.status != Status::Pass {
                <details class="output" open=true>
                    <summary>{"Query plan with your indexes"}</summary>
                    <pre data-testid="sql-plan">{v.plan.join("\n")}</pre>
                </details>
            }
        </li>
    }
}

/// A message with its `backticked` names set as code.
fn with_code(text: &str) -> Html {
    text.split('`').enumerate().map(|(i, part)| if i % 2 == 1 { html! { <code>{part}</code> } } else { html! { {part} } }).collect()
}

#[function_component(SqlVerdicts)]
pub fn sql_verdicts(props: &Props) -> Html {
    let r = &props.report;
    html! {
        <section class="results" aria-labelledby="results-h">
            <h2 id="results-h">{"Graded"}</h2>
            <p class={classes!("summary", if r.all_passed() { "right" } else { "wrong" })} role="status" data-testid="run-summary">{r.summary()}</p>
            <p class="meta" data-testid="sql-report-seed">{format!("Random datasets from seed {}: enter it in the seed box to replay them.", r.seed)}</p>
            <ol class="test-results">
                { for r.verdicts.iter().map(|v| verdict(&props.exercise, v)) }
            </ol>
        </section>
    }
}
