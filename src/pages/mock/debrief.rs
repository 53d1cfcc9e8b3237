//! The debrief of a finished mock: score and time per part, what went well, what to review (each
//! miss links to its explanation or solution and is put in the review queue), and the questions
//! to ask the interviewer. The mock is saved to the history once, when the debrief first shows.

use crate::adapters::clock;
use crate::state::use_app;
use backprep_core::format;
use backprep_core::mock::preset;
use backprep_core::mock::record::MockRecord;
use backprep_core::mock::run::MockState;
use backprep_core::route::Route;
use backprep_core::srs::fsrs::Rating;
use backprep_core::srs::{schedule, Kind};
use backprep_core::store::DataAction;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub state: MockState,
}

/// `m:ss`.
pub fn mmss(ms: f64) -> String {
    backprep_core::format::clock((ms / 1000.0).round().max(0.0) as u64)
}

#[function_component(MockDebrief)]
pub fn mock_debrief(props: &Props) -> Html {
    let app = use_app();
    let d = props.state.debrief();
    // Saved once: the record, and every miss as a lapse in the review queue (the quiz part's
    // answers were scheduled when its attempt was saved).
    {
        let (app, state) = (app.clone(), props.state.clone());
        use_effect_with((), move |_| {
            let now = clock::now_ms();
            let record = MockRecord::of(&state, now);
            let data = &app.data.data;
            let graded: Vec<(String, Rating, Option<u8>)> = record.misses.iter().filter(|m| Kind::of_key(&m.key).is_some_and(|(k, _)| k != Kind::Quiz)).map(|m| (m.key.clone(), Rating::Again, None)).collect();
            let reviews = schedule::review_all(&schedule::scheduler(data.settings.retention), &data.cards, &graded, clock::today(), now.max(0.0) as u64);
            app.data.dispatch(DataAction::SaveRecord { round: true, key: record.key(), record: record.to_value() });
            if !reviews.is_empty() {
                app.data.dispatch(DataAction::Review { reviews });
            }
        });
    }
    let plan = &props.state.plan;
    let retake = Route::Mock { query: preset::to_query(&plan.preset, plan.seed) }.href();
    let bank = crate::behavioural_bank();
    html! {
        <div class="page" data-testid="mock-debrief">
            <h1 tabindex="-1">{format!("Debrief: {}", plan.preset.title)}</h1>
            <p class="score" data-testid="mock-score">{format!("{} %", d.percent)}</p>
            <p class="meta">{format!("Each part counts the same. Total time {}.", mmss(d.ms))}</p>
            <table class="debrief-table">
                <thead><tr><th scope="col">{"Part"}</th><th scope="col">{"Score"}</th><th scope="col">{"Time"}</th><th scope="col">{"Details"}</th></tr></thead>
                <tbody>
                    { for d.parts.iter().map(|p| html! {
                        <tr data-testid="mock-debrief-part" data-kind={p.kind.id()} data-percent={p.percent.to_string()}>
                            <td>{p.kind.label()}</td>
                            <td>{format!("{} % ({} of {})", p.percent, format::score(p.got), format::score(p.of))}</td>
                            <td>{format!("{} of {}", mmss(p.ms), mmss(p.allotted_ms))}{ if p.timed_out { " · time ran out" } else { "" } }</td>
                            <td>{ p.link.as_ref().map(|l| html! { <a href={l.clone()}>{"Answers and explanations"}</a> }).unwrap_or_default() }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
            <section aria-labelledby="well-h">
                <h2 id="well-h">{"What went well"}</h2>
                if d.went_well.is_empty() { <p class="meta">{"No part reached 80 % this time. The list below is where the next points are."}</p> }
                <ul>{ for d.went_well.iter().map(|w| html! { <li>{w}</li> }) }</ul>
            </section>
            <section aria-labelledby="review-h">
                <h2 id="review-h">{format!("To review ({}), now in your review queue", d.to_review.len())}</h2>
                <ul data-testid="mock-misses">
                    { for d.to_review.iter().map(|m| html! { <li data-testid="mock-miss" data-key={m.key.clone()}><a href={m.href.clone()}>{&m.label}</a></li> }) }
                </ul>
                <p><a class="button" href={Route::Review.href()}>{"Open the review queue"}</a></p>
            </section>
            <section aria-labelledby="ask-h">
                <h2 id="ask-h">{"Questions to ask your interviewer"}</h2>
                <p class="meta">{"The last five minutes are yours. Ask two or three of these; each tells you something about the job."}</p>
                <ul data-testid="ask-questions">
                    { for bank.ask.iter().map(|q| html! { <li><strong>{&q.question}</strong><br /><span class="meta">{&q.why}</span></li> }) }
                </ul>
            </section>
            <div class="actions">
                <a class="button" href={retake}>{"Retake this mock (same questions)"}</a>
                <a class="button" href={Route::Mock { query: Vec::new() }.href()}>{"All mocks and history"}</a>
            </div>
        </div>
    }
}
