//! `#/history`: every saved attempt and per-topic accuracy over time.

use crate::adapters::clock;
use crate::state::use_app;
use crate::components::calibration::CalibrationChart;
use crate::components::chart::{AccuracyChart, Series};
use backprep_core::srs::calibration::{calibration, confidently_wrong};
use backprep_core::history::topic_series;
use backprep_core::route::Route;
use backprep_core::format;
use crate::components::review_style::ReviewStyle;
use yew::prelude::*;

#[function_component(HistoryPage)]
pub fn history_page() -> Html {
    let app = use_app();
    let attempts = &app.data.data.attempts;
    if attempts.is_empty() {
        return html! {
            <div class="page">
                <h1 tabindex="-1">{"History"}</h1>
                <p>{"No quizzes yet. "}<a href={Route::quiz_setup().href()}>{"Take your first quiz"}</a>{" and it will show up here."}</p>
            </div>
        };
    }
    let title = |id: &str| app.index.title(id);
    let series: Vec<Series> = topic_series(attempts).into_iter().map(|(t, points)| Series { name: title(&t), points }).collect();
    let mut newest: Vec<_> = attempts.iter().collect();
    newest.sort_by(|a, b| b.started_at.total_cmp(&a.started_at));
    html! {
        <div class="page history">
            <h1 tabindex="-1">{"History"}</h1>
            <h2>{"Accuracy by topic"}</h2>
            <AccuracyChart series={series.clone()} attempts={attempts.len()} />
            <table class="topics">
                <caption>{"Latest accuracy by topic"}</caption>
                <thead><tr><th scope="col">{"Topic"}</th><th scope="col">{"Attempts"}</th><th scope="col">{"Latest"}</th></tr></thead>
                <tbody>
                    { for series.iter().map(|s| html! {
                        <tr><th scope="row">{&s.name}</th><td>{s.points.len()}</td>
                        <td>{s.points.last().map(|p| format!("{}%", format::fixed(p.accuracy * 100.0, 0))).unwrap_or_default()}</td></tr>
                    }) }
                </tbody>
            </table>
            { calibration_view(attempts, &app.index) }
            <h2>{"Attempts"}</h2>
            <ul class="attempts" data-testid="history-list">
                { for newest.iter().map(|a| {
                    let s = a.score();
                    let topics: Vec<String> = a.topic_scores().keys().map(|t| title(t)).collect();
                    html! {
                        <li data-testid="history-item">
                            <a href={Route::Attempt { id: a.id.clone() }.href()}>{format!("{} / {}", s.correct, s.total())}</a>
                            if a.has_partial() {
                                <span class="partial">{format!(" ({} points with partial credit)", format::number((a.points() * 10.0).round() / 10.0))}</span>
                            }
                            <span class="meta">{format!(" · {} · {} · {}", clock::date_text(a.started_at), format::elapsed(a.duration_ms()), topics.join(", "))}</span>
                        </li>
                    }
                }) }
            </ul>
        </div>
    }
}

/// How sure the learner was against how often they were right, and what they were sure of and
/// got wrong (listed first: the most dangerous gaps).
fn calibration_view(attempts: &[backprep_core::quiz::Attempt], index: &backprep_core::content::CatalogIndex) -> Html {
    let c = calibration(attempts);
    let wrong = confidently_wrong(attempts);
    html! {
        <section aria-labelledby="calibration-h">
            <ReviewStyle />
            <h2 id="calibration-h">{"Confidence and correctness"}</h2>
            if c.answers() == 0 {
                <p>{"After each answer, say how sure you were (guessed, unsure, sure) before the result shows; this section then compares your confidence with your results."}</p>
            } else {
                if !wrong.is_empty() {
                    <h3>{"Confidently wrong"}</h3>
                    <p>{"You were sure and wrong: these are worth the most attention."}</p>
                    <ul data-testid="confidently-wrong">
                        { for wrong.iter().take(20).map(|m| html! {
                            <li><a href={Route::Attempt { id: m.attempt.to_string() }.href()}>{m.question}</a><span class="meta">{format!(" · {}", index.title(m.topic))}</span></li>
                        }) }
                    </ul>
                }
                <CalibrationChart calibration={c.clone()} />
                <ul class="calibration">
                    { for c.buckets.iter().map(|b| html! {
                        <li>{format!("{}: {} answers, {} right (this level claims about {} %)", b.label, b.answers, b.actual().map_or("none".to_string(), |a| format!("{} %", format::fixed(a * 100.0, 0))), format::fixed(b.claimed * 100.0, 0))}</li>
                    }) }
                </ul>
                <p data-testid="brier-score">{format!("Brier score {} over {} answers: the mean squared gap between the chance you claimed and what happened. 0 is perfect; always claiming 50 % scores 0.250.", format::fixed(c.brier.unwrap_or(0.0), 3), c.answers())}</p>
            }
        </section>
    }
}
