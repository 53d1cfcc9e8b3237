//! The results of a run: "N passed, M failed", the seed of the random tests, then every test: the
//! first failure expanded (input, expected, actual, the element-by-element diff, console output),
//! other failures one line that opens, passing tests one line each. A hidden test shows its
//! input, expected and actual values only when it did not pass (the rows carry them only then,
//! see `backprep_core::exercise::Row`). The coding and SQL pages share `badge`.

use backprep_core::exercise::{Report, Row, Status};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub report: Rc<Report>,
    /// The seed the random tests came from (a Submit), shown so it can be replayed.
    #[prop_or_default]
    pub seed: Option<u64>,
    /// Shown between the summary and the list (the shrunk input, the complexity chart).
    #[prop_or_default]
    pub children: Html,
}

/// A result's status as a sign and a word (not colour alone).
pub fn badge(s: Status) -> &'static str {
    match s {
        Status::Pass => "✓ pass",
        Status::Fail => "✗ fail",
        Status::Error => "! error",
        Status::Timeout => "⏱ timeout",
    }
}

/// Input, expected, actual, the diff and console output of one test.
pub fn test_detail(row: &Row) -> Html {
    html! {
        <>
            if let Some(m) = &row.message { <p class="test-message">{m}</p> }
            if row.input.is_some() || row.expected.is_some() || row.actual.is_some() {
                <dl class="io">
                    if let Some(input) = &row.input { <dt>{"Input"}</dt><dd><code>{input}</code></dd> }
                    if let Some(e) = &row.expected { <dt>{"Expected"}</dt><dd><code>{e}</code></dd> }
                    if let Some(a) = &row.actual { <dt>{"Actual"}</dt><dd><code>{a}</code></dd> }
                </dl>
            }
            {test_extras(row)}
        </>
    }
}

/// The element-by-element diff and the console output of one test.
pub fn test_extras(row: &Row) -> Html {
    html! {
        <>
            if !row.diff.is_empty() {
                <table class="value-diff" data-testid="value-diff">
                    <caption>{"Where it differs"}</caption>
                    <thead><tr><th scope="col">{"at"}</th><th scope="col">{"expected"}</th><th scope="col">{"actual"}</th></tr></thead>
                    <tbody>
                        { for row.diff.iter().map(|d| html! {
                            <tr>
                                <th scope="row"><code>{&d.path}</code></th>
                                <td><code>{d.expected.clone().unwrap_or_else(|| "(nothing)".into())}</code></td>
                                <td><code>{d.actual.clone().unwrap_or_else(|| "(nothing)".into())}</code></td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            }
            if !row.output.is_empty() {
                <details class="output">
                    <summary>{ if row.truncated { "Console output (output truncated)" } else { "Console output" } }</summary>
                    <pre>{&row.output}</pre>
                    if row.truncated { <p class="meta">{"output truncated: only the first 16 KB are kept"}</p> }
                </details>
            }
        </>
    }
}

fn head(row: &Row) -> Html {
    html! {
        <>
            <span class="badge">{badge(row.status)}</span>
            <span class="test-name">{&row.name}</span>
            if row.hidden {
                <span class="meta">{ if row.input.is_some() { " (hidden test, shown because it did not pass)" } else { " (hidden test)" } }</span>
            }
        </>
    }
}

#[function_component(TestResults)]
pub fn test_results(props: &Props) -> Html {
    let r = &props.report;
    let first = r.first_failure();
    html! {
        <section class="results" aria-labelledby="results-h">
            <h2 id="results-h">{"Results"}</h2>
            if let Some(e) = &r.compile_error {
                <div class="compile-error" role="alert" data-testid="compile-error"><strong>{"Your code did not run: "}</strong><code>{e}</code></div>
            }
            <p class={classes!("summary", if r.all_passed() { "right" } else { "wrong" })} role="status" data-testid="run-summary">{r.summary()}</p>
            if let Some(seed) = props.seed {
                <p class="meta">{"Random tests from seed "}<code data-testid="random-seed">{seed}</code>{". Type it in the Seed box and Submit to replay them."}</p>
            }
            if r.tampering {
                <p class="meta">{"Your code sent messages that imitated test results; they were ignored."}</p>
            }
            {props.children.clone()}
            <ol class="test-results">
                { for r.rows.iter().enumerate().map(|(i, row)| {
                    let class = classes!("test-result", row.status.as_str());
                    if Some(i) == first {
                        html! {
                            <li {class} data-testid="test-result" data-status={row.status.as_str()}>
                                <div class="first-failure" data-testid="first-failure">
                                    <div class="test-head">{head(row)}<span class="meta">{" — first failure"}</span></div>
                                    {test_detail(row)}
                                </div>
                            </li>
                        }
                    } else if row.status == Status::Pass {
                        // One line: what ran and what it returned, when the test is visible.
                        let line = match (&row.input, &row.expected) {
                            (Some(i), Some(e)) => format!("{i} → {e}"),
                            _ => String::new(),
                        };
                        html! {
                            <li {class} data-testid="test-result" data-status={row.status.as_str()}>
                                <div class="test-head">{head(row)}<code class="test-line">{line}</code></div>
                                {test_extras(row)}
                            </li>
                        }
                    } else {
                        html! {
                            <li {class} data-testid="test-result" data-status={row.status.as_str()}>
                                <details>
                                    <summary class="test-head">{head(row)}<span class="test-line">{row.message.clone().unwrap_or_default()}</span></summary>
                                    {test_detail(row)}
                                </details>
                            </li>
                        }
                    }
                }) }
            </ol>
        </section>
    }
}
