//! The home page: what is due today, quick starts, and every topic and exercise in the content.

use crate::adapters::{clock, location};
use crate::components::later::Later;
use crate::state::use_app;
use backprep_core::content::ExerciseMeta;
use backprep_core::behavioural::{BEHAVIOURAL_BLURB, MOCK_BLURB};
use backprep_core::design::{DESIGN_BLURB, SIMULATOR_BLURB};
use backprep_core::quiz::Preset;
use backprep_core::route::Route;
use backprep_core::srs;
use yew::prelude::*;

#[function_component(HomePage)]
pub fn home_page() -> Html {
    let app = use_app();
    let index = &app.index;
    // Every kind of item in the one queue; a question removed from the bank is not due.
    let due = srs::count_due(&app.data.data.cards, clock::today(), |k| match srs::Kind::of_key(k) {
        Some((srs::Kind::Quiz, id)) => index.has_question(id),
        other => other.is_some(),
    });
    let total = index.question_count();
    html! {
        <div class="page home" data-testid="home">
            <h1 tabindex="-1">{"Practise for backend interviews"}</h1>
            <p class="lead">{format!("{total} questions across {} topics, {} coding exercises, {} SQL exercises and {} system-design prompts. Works offline; your progress never leaves this browser.", index.topics.len(), index.exercises.len(), index.sql.len(), crate::DESIGN_PROMPTS)}</p>

            <section class="quick" aria-labelledby="quick-h">
                <h2 id="quick-h">{"Start now"}</h2>
                <div class="actions">
                    { for Preset::ALL.iter().map(|&p| {
                        let onclick = Callback::from(move |_| location::go(&Route::quiz_start(&p.settings(clock::random_seed()))));
                        html! { <button type="button" class="primary" {onclick}>{p.label()}</button> }
                    }) }
                    <a class="button" href={Route::quiz_setup().href()}>{"Custom quiz…"}</a>
                    <a class="button" href={Route::Review.href()} data-testid="due-count">
                        { if due == 1 { "Today: 1 item to review".to_string() } else { format!("Today: {due} items to review") } }
                    </a>
                </div>
            </section>

            // Below the opening (and out of sight on a phone): each its own short task.
            <Later>
                <section aria-labelledby="topics-h">
                    <h2 id="topics-h">{"Quiz topics"}</h2>
                    <ul class="cards" data-testid="topic-list">
                        { for index.topics.iter().map(|t| html! {
                            <li class="card">
                                <a href={Route::QuizTopic { topic: t.id.clone() }.href()} data-testid="topic-link">
                                    <span class="card-title">{&t.title}</span>
                                </a>
                                <p>{&t.summary}</p>
                                <p class="meta">{format!("{} questions", t.question_ids.len())}</p>
                            </li>
                        }) }
                    </ul>
                </section>
            </Later>
            <Later>{ exercise_cards("ex-h", "Coding exercises", "exercise", &index.exercises, |slug| Route::Exercise { slug }) }</Later>
            <Later>{ exercise_cards("sql-h", "SQL", "sql", &index.sql, |slug| Route::Sql { slug }) }</Later>
            <Later>
                <section aria-labelledby="design-h">
                    <h2 id="design-h">{"System design"}</h2>
                    <ul class="cards">
                        <li class="card">
                            <a href={Route::DesignList.href()} data-testid="design-home-link"><span class="card-title">{format!("{} design prompts", crate::DESIGN_PROMPTS)}</span></a>
                            <p>{DESIGN_BLURB}</p>
                        </li>
                        <li class="card">
                            <a href={Route::Simulator { query: Vec::new() }.href()}><span class="card-title">{"Capacity simulator"}</span></a>
                            <p>{SIMULATOR_BLURB}</p>
                        </li>
                    </ul>
                </section>
                <section aria-labelledby="loop-h">
                    <h2 id="loop-h">{"Behavioural and mock interview"}</h2>
                    <ul class="cards">
                        <li class="card">
                            <a href={Route::Behavioural.href()} data-testid="behavioural-home-link"><span class="card-title">{format!("{} behavioural prompts", crate::BEHAVIOURAL_PROMPTS)}</span></a>
                            <p>{BEHAVIOURAL_BLURB}</p>
                        </li>
                        <li class="card">
                            <a href={Route::Mock { query: Vec::new() }.href()} data-testid="mock-home-link"><span class="card-title">{"Mock interview"}</span></a>
                            <p>{MOCK_BLURB}</p>
                        </li>
                    </ul>
                </section>
            </Later>
        </div>
    }
}

/// A section of exercise cards: `<testid>-list` holding `<testid>-link`s.
fn exercise_cards(id: &'static str, title: &'static str, testid: &str, list: &[ExerciseMeta], route: fn(String) -> Route) -> Html {
    html! {
        <section aria-labelledby={id}>
            <h2 id={id}>{title}</h2>
            <ul class="cards" data-testid={format!("{testid}-list")}>
                { for list.iter().map(|e| html! {
                    <li class="card">
                        <a href={route(e.slug.clone()).href()} data-testid={format!("{testid}-link")}>
                            <span class="card-title">{&e.title}</span>
                        </a>
                        <p>{&e.summary}</p>
                        <p class="meta">{backprep_core::format::difficulty_label(e.difficulty)}</p>
                    </li>
                }) }
            </ul>
        </section>
    }
}
