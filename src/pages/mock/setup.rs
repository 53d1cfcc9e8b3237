//! The mock interview's start page: the presets, a custom mock, and the history of mocks taken
//! with a chart of their scores.

use super::debrief::mmss;
use crate::adapters::{clock, location};
use crate::state::use_app;
use backprep_core::mock::preset::{self, PartKind, PartSpec, Preset};
use backprep_core::mock::record::history;
use backprep_core::route::Route;
use web_sys::HtmlInputElement;
use yew::prelude::*;

fn start(p: &Preset) {
    location::go(&Route::Mock { query: preset::to_query(p, clock::random_seed()) });
}

#[function_component(MockSetup)]
pub fn mock_setup() -> Html {
    let app = use_app();
    let past = history(&app.data.data.rounds);
    let custom = use_state(|| PartKind::ALL.iter().map(|&k| PartSpec { kind: k, count: 0, minutes: 10 }).collect::<Vec<_>>());
    let error = use_state(|| None::<String>);
    let set = |i: usize, minutes: bool| {
        let custom = custom.clone();
        Callback::from(move |e: InputEvent| {
            let v = e.target_dyn_into::<HtmlInputElement>().and_then(|x| x.value().trim().parse::<u32>().ok()).unwrap_or(0);
            let mut c = (*custom).clone();
            if minutes { c[i].minutes = v } else { c[i].count = v }
            custom.set(c);
        })
    };
    let start_custom = {
        let (custom, error) = (custom.clone(), error.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            match preset::custom(custom.iter().filter(|p| p.count > 0).cloned().collect()) {
                Ok(p) => start(&p),
                Err(e) => error.set(Some(e)),
            }
        })
    };
    html! {
        <div class="page" data-testid="mock">
            <h1 tabindex="-1">{"Mock interview"}</h1>
            <p class="lead">{"A full rehearsal of an interview loop: the parts one after another under their clocks, no hints, no going back, then a debrief. Everything you miss goes into your review queue."}</p>
            <ul class="cards">
                { for preset::presets().iter().map(|p| {
                    let onclick = { let p = p.clone(); Callback::from(move |_| start(&p)) };
                    html! {
                        <li class="card">
                            <span class="card-title">{&p.title}</span>
                            <p>{&p.summary}</p>
                            <p class="meta">{ p.parts.iter().map(|s| format!("{} × {} ({} min)", s.count, s.kind.label(), s.minutes)).collect::<Vec<_>>().join(" · ") }</p>
                            <button type="button" class="primary" data-testid="mock-preset" data-preset={p.id.clone()} {onclick}>{format!("Start ({} min)", p.minutes())}</button>
                        </li>
                    }
                }) }
            </ul>
            <form class="card" onsubmit={start_custom} aria-labelledby="custom-h">
                <h2 id="custom-h">{"Custom mock"}</h2>
                <table class="debrief-table">
                    <thead><tr><th scope="col">{"Part"}</th><th scope="col">{"How many"}</th><th scope="col">{"Minutes"}</th></tr></thead>
                    <tbody>
                        { for custom.iter().enumerate().map(|(i, s)| html! {
                            <tr>
                                <th scope="row">{s.kind.label()}</th>
                                <td><input type="number" min="0" max={s.kind.max_count().to_string()} value={s.count.to_string()} oninput={set(i, false)} aria-label={format!("{}: how many", s.kind.label())} data-testid={format!("custom-{}-count", s.kind.id())} /></td>
                                <td><input type="number" min="1" max="90" value={s.minutes.to_string()} oninput={set(i, true)} aria-label={format!("{}: minutes", s.kind.label())} /></td>
                            </tr>
                        }) }
                    </tbody>
                </table>
                if let Some(e) = &*error { <p class="error" role="alert">{e}</p> }
                <button type="submit">{"Start the custom mock"}</button>
            </form>
            <section aria-labelledby="hist-h">
                <h2 id="hist-h">{"Your mocks"}</h2>
                if past.is_empty() {
                    <p class="meta">{"None yet."}</p>
                } else {
                    <MockChart scores={past.iter().map(|r| r.percent).collect::<Vec<_>>()} />
                    <ol data-testid="mock-history">
                        { for past.iter().rev().map(|r| html! {
                            <li data-testid="mock-history-item">
                                {format!("{} · {} · {} % in {}", clock::date_text(r.at), r.title, r.percent, mmss(r.ms))}
                                // A custom mock's parts are not kept in its record: only presets can be retaken from here.
                                if let Some(p) = preset::preset(&r.preset) {
                                    {" · "}<a href={Route::Mock { query: preset::to_query(&p, r.seed) }.href()}>{"Retake"}</a>
                                }
                            </li>
                        }) }
                    </ol>
                }
            </section>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct ChartProps {
    /// Scores in percent, oldest first.
    scores: Vec<u32>,
}

/// Each mock's score as a bar, oldest first, with the numbers in the text alternative.
#[function_component(MockChart)]
fn mock_chart(props: &ChartProps) -> Html {
    let n = props.scores.len().max(1) as f64;
    let w = 100.0 / n;
    let label = format!("Mock scores, oldest first: {}", props.scores.iter().map(|s| format!("{s} %")).collect::<Vec<_>>().join(", "));
    html! {
        <svg class="mock-chart" viewBox="0 0 100 40" role="img" aria-label={label} data-testid="mock-chart" preserveAspectRatio="none" width="100%" height="120">
            <line x1="0" y1="39.75" x2="100" y2="39.75" stroke="var(--muted)" stroke-width="0.5" />
            { for props.scores.iter().enumerate().map(|(i, &s)| {
                // A score of 0 still shows as a sliver on the baseline.
                let h = (f64::from(s.min(100)) * 0.38).max(0.8);
                html! { <rect x={format!("{:.2}", i as f64 * w + w * 0.15)} y={format!("{:.2}", 40.0 - h)} width={format!("{:.2}", w * 0.7)} height={format!("{h:.2}")} fill="var(--accent)" /> }
            }) }
        </svg>
    }
}
