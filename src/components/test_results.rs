//! The results of a run: "N passed, M failed" and one row per test. Shown only once a run is
//! over. A hidden test shows its input, expected and actual values only when it did not pass
//! (the rows carry them only then, see `backprep_core::exercise::Row`); console output is shown
//! for every test.

use backprep_core::exercise::{Report, Status};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub report: Rc<Report>,
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

#[function_component(TestResults)]
pub fn test_results(props: &Props) -> Html {
    let r = &props.report;
    html! {
        <section class="results" aria-labelledby="results-h">
            <h2 id="results-h">{"Results"}</h2>
            if let Some(e) = &r.compile_error {
                <div class="compile-error" role="alert" data-testid="compile-error"><strong>{"Your code did not run: "}</strong><code>{e}</code></div>
            }
            <p class={classes!("summary", if r.all_passed() { "right" } else { "wrong" })} role="status" data-testid="run-summary">{r.summary()}</p>
            if r.tampering {
                <p class="meta">{"Your code sent messages that imitated test results; they were ignored."}</p>
            }
            <ol class="test-results">
                { for r.rows.iter().map(|row| html! {
                    <li class={classes!("test-result", row.status.as_str())} data-testid="test-result" data-status={row.status.as_str()}>
                        <div class="test-head">
                            <span class="badge">{badge(row.status)}</span>
                            <span class="test-name">{&row.name}</span>
                            if row.hidden {
                                <span class="meta">{ if row.input.is_some() { " (hidden test, shown because it did not pass)" } else { " (hidden test)" } }</span>
                            }
                        </div>
                        if let Some(m) = &row.message { <p class="test-message">{m}</p> }
                        if row.input.is_some() {
                            <dl class="io">
                                <dt>{"Input"}</dt><dd><code>{row.input.clone().unwrap_or_default()}</code></dd>
                                if let Some(e) = &row.expected { <dt>{"Expected"}</dt><dd><code>{e}</code></dd> }
                                if let Some(a) = &row.actual { <dt>{"Actual"}</dt><dd><code>{a}</code></dd> }
                            </dl>
                        }
                        if !row.output.is_empty() {
                            <details class="output">
                                <summary>{ if row.truncated { "Console output (output truncated)" } else { "Console output" } }</summary>
                                <pre>{&row.output}</pre>
                                if row.truncated { <p class="meta">{"output truncated: only the first 16 KB are kept"}</p> }
                            </details>
                        }
                    </li>
                }) }
            </ol>
        </section>
    }
}
