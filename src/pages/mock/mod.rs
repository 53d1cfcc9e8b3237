//! `#/mock`: the mock interview. Without a plan in the query, the presets, a custom builder, the
//! mock history and the questions to ask the interviewer; with one (`?preset=…&seed=…`), that
//! mock: its intro, the parts one after another under their clocks, then the debrief. The parts
//! reuse the rounds' own views (the quiz run, the coding and SQL workbenches) in their mock mode,
//! so this is the one page that embeds other pages.

mod debrief;
mod parts;
mod run;
mod setup;

use crate::components::behavioural::style::BehaviouralStyle;
use backprep_core::mock::plan::Pool;
use backprep_core::mock::preset;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub query: Vec<(String, String)>,
}

#[function_component(MockPage)]
pub fn mock_page(props: &Props) -> Html {
    let body = if props.query.is_empty() {
        html! { <setup::MockSetup /> }
    } else {
        match preset::from_query(&props.query) {
            Ok((p, seed)) => {
                let plan = backprep_core::mock::plan::plan(&p, &pool(), seed);
                html! { <run::MockRun key={format!("{}-{seed}", p.id)} {plan} /> }
            }
            Err(e) => html! {
                <div class="page">
                    <h1 tabindex="-1">{"This mock link is broken"}</h1>
                    <p role="alert">{e}</p>
                    <p><a href="#/mock">{"Choose a mock interview"}</a></p>
                </div>
            },
        }
    };
    html! { <><BehaviouralStyle />{body}</> }
}

/// Everything a mock can draw from, in content order.
fn pool() -> Pool {
    let index = crate::index();
    let design: Vec<String> = crate::design_index().iter().map(|e| e.slug.clone()).collect();
    Pool {
        quiz: index.topics.iter().flat_map(|t| t.question_ids.iter().cloned()).collect(),
        code: index.exercises.iter().map(|e| e.slug.clone()).collect(),
        sql: index.sql.iter().map(|e| e.slug.clone()).collect(),
        // Every design prompt has estimates (the design format requires them).
        estimation: design.clone(),
        design,
        behavioural: crate::behavioural_bank().prompts.iter().map(|p| p.id.clone()).collect(),
    }
}
