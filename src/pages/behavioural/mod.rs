//! `#/behavioural` (the prompts by competency and the speaking-time band), `#/behavioural/<id>`
//! (one prompt answered out loud or typed, then checked) and `#/stories` (the story bank).

mod prompt;
mod stories;

use crate::adapters::clock;
use crate::components::behavioural::style::BehaviouralStyle;
use crate::state::use_app;
use backprep_core::behavioural::answer::{self, AnswerRecord};
use backprep_core::behavioural::spec::COMPETENCIES;
use backprep_core::behavioural::star::{self, Band};
use backprep_core::behavioural::story;
use backprep_core::route::Route;
use backprep_core::store::DataAction;
pub use prompt::PromptPage;
pub use stories::StoriesPage;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[function_component(BehaviouralListPage)]
pub fn behavioural_list_page() -> Html {
    let app = use_app();
    let bank = crate::behavioural_bank();
    let rounds = &app.data.data.rounds;
    let band = answer::band(rounds);
    let stories = story::stories(rounds);
    let covered = story::coverage(&stories).iter().filter(|(_, _, s)| !s.is_empty()).count();
    html! {
        <div class="page" data-testid="behavioural">
            <BehaviouralStyle />
            <h1 tabindex="-1">{"Behavioural round"}</h1>
            <p class="lead">{"Say your answers out loud against the clock, or type them, then check them against STAR: situation, task, action, a result with a number, and what you did yourself. The check is a set of fixed rules in this browser; recordings never leave it."}</p>
            <div class="actions">
                <a class="button" href={Route::Stories.href()} data-testid="stories-link">{format!("Your story bank ({} stories, {covered} of {} competencies)", stories.len(), COMPETENCIES.len())}</a>
                <a class="button" href={Route::Mock { query: Vec::new() }.href()}>{"Mock interview"}</a>
            </div>
            <BandForm {band} />
            { for COMPETENCIES.iter().map(|&(id, title)| html! {
                <section aria-labelledby={format!("c-{id}")}>
                    <h2 id={format!("c-{id}")}>{title}</h2>
                    <ul class="cards">
                        { for bank.by_competency(id).into_iter().map(|p| {
                            let rec = AnswerRecord::of(rounds, &p.id);
                            let status = rec.results.last().map(|a| format!("Last check: {} of {} · {} answers", a.scored(), star::SCORED, rec.results.len()));
                            html! {
                                <li class="card">
                                    <a href={Route::BehaviouralPrompt { id: p.id.clone() }.href()} data-testid="prompt-link">{&p.prompt}</a>
                                    <p class="meta">{ if p.situational { "Situational" } else { "Behavioural" } }{ status.map(|s| format!(" · {s}")).unwrap_or_default() }</p>
                                </li>
                            }
                        }) }
                    </ul>
                </section>
            }) }
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct BandProps {
    band: Band,
}

/// The speaking-time band (a setting: 60–90 s unless changed, at most 3 minutes).
#[function_component(BandForm)]
fn band_form(props: &BandProps) -> Html {
    let app = use_app();
    let (min_ref, max_ref) = (use_node_ref(), use_node_ref());
    let onsubmit = {
        let (min_ref, max_ref, data) = (min_ref.clone(), max_ref.clone(), app.data.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let read = |r: &NodeRef| r.cast::<HtmlInputElement>().and_then(|i| i.value().trim().parse::<u32>().ok());
            if let (Some(min), Some(max)) = (read(&min_ref), read(&max_ref)) {
                let b = Band::clamp(min, max);
                data.dispatch(DataAction::SaveRecord { round: true, key: "band".into(), record: answer::band_value(b, clock::now_ms()) });
            }
        })
    };
    let b = &props.band;
    html! {
        <form class="band-form" {onsubmit} aria-label="Speaking-time band">
            <label>{"Sweet spot from "}<input ref={min_ref} type="number" min="15" max="175" value={b.min_s.to_string()} data-testid="band-min" />{" s"}</label>
            <label>{" to "}<input ref={max_ref} type="number" min="20" max="180" value={b.max_s.to_string()} data-testid="band-max" />{" s "}</label>
            <button type="submit" data-testid="band-save">{"Save"}</button>
            <span class="meta">{" Interview guides say 60–90 s; up to 3 minutes for a long story."}</span>
        </form>
    }
}
