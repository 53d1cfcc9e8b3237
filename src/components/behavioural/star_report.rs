//! The STAR check's findings: each point met or not, what it found (quoting the answer) and how
//! to fix it. The rules are in `backprep_core::behavioural::star`, stated on the page.

use backprep_core::behavioural::star::{self, StarReport};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub report: StarReport,
}

/// A finding's heading.
pub fn label(key: &str) -> &'static str {
    match key {
        "situation" => "Situation",
        "task" => "Task",
        "action" => "Action",
        "result" => "Result",
        "metric" => "Quantified result",
        "ownership" => "Ownership (“I”, not only “we”)",
        "length" => "Speaking time",
        _ => "Filler words",
    }
}

#[function_component(StarFindings)]
pub fn star_findings(props: &Props) -> Html {
    let r = &props.report;
    html! {
        <section class="star-report" aria-labelledby="star-h" data-testid="star-report">
            <h2 id="star-h">{format!("STAR check: {} of {} points", r.met_count(), star::SCORED)}</h2>
            <p class="meta">{format!("{} words, about {}–{} s spoken at 130–150 words a minute. Checked by fixed rules in this browser: no model, nothing sent.", r.words, r.seconds_min, r.seconds_max)}</p>
            <ul class="star-items">
                { for r.findings.iter().map(|f| html! {
                    <li class={classes!("star-item", if f.met { "met" } else { "missed" })} data-testid="star-item" data-key={f.key} data-met={f.met.to_string()}>
                        <span class="star-mark" aria-hidden="true">{ if f.met { "✓" } else { "✗" } }</span>
                        <div>
                            <strong>{label(f.key)}{ if f.met { "" } else { ": missing" } }</strong>
                            <p>{&f.message}</p>
                            if let Some(fix) = &f.fix { <p class="meta">{"How to fix: "}{fix}</p> }
                        </div>
                    </li>
                }) }
            </ul>
        </section>
    }
}
