//! `#/design` (the system-design prompts), `#/design/<slug>` (one prompt: loads it, then hands it
//! to `DesignAttemptPage`) and `#/simulator` (the capacity simulator).

mod attempt;
mod simulator;

use crate::components::design::style::DesignStyle;
use crate::components::not_found::NotFound;
use crate::hooks::{loading_view, use_design_prompt, Load};
use crate::state::use_app;
pub use attempt::DesignAttemptPage;
use backprep_core::design::record::{read_all, Stage};
use backprep_core::route::Route;
pub use simulator::SimulatorPage;
use yew::prelude::*;

#[function_component(DesignListPage)]
pub fn design_list_page() -> Html {
    let app = use_app();
    let designs = read_all(&app.data.data.designs);
    html! {
        <div class="page" data-testid="design-index">
            <DesignStyle />
            <h1 tabindex="-1">{"System design"}</h1>
            <p class="lead">{"Design under a clock, phase by phase, in your own notes. Commit them, then compare with a reference outline, the key numbers and a rubric of what a strong answer covers. The reference stays hidden until you commit."}</p>
            <p><a class="button" href={Route::Simulator { query: Vec::new() }.href()}>{"Open the capacity simulator"}</a></p>
            <ul class="cards" data-testid="design-list">
                { for crate::design_index().iter().map(|e| {
                    let status = designs.get(&e.slug).map(|r| match (r.best(), r.stage()) {
                        (Some(b), _) => format!(" · best {} of {} points", b.covered, b.total),
                        (None, Stage::Comparing) => " · committed".to_string(),
                        (None, _) if !r.is_blank() => " · in progress".to_string(),
                        _ => String::new(),
                    }).unwrap_or_default();
                    html! {
                        <li class="card">
                            <a href={Route::Design { slug: e.slug.clone() }.href()} data-testid="design-link"><span class="card-title">{&e.title}</span></a>
                            <p>{&e.summary}</p>
                            <p class="meta">{backprep_core::format::difficulty_label(e.difficulty)}{status}</p>
                        </li>
                    }
                }) }
            </ul>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct Props {
    pub slug: AttrValue,
}

#[function_component(DesignPage)]
pub fn design_page(props: &Props) -> Html {
    let known = crate::design_meta(&props.slug).is_some();
    let prompt = use_design_prompt(props.slug.to_string());
    if !known {
        return html! { <NotFound path={format!("/design/{}", props.slug)} /> };
    }
    match &prompt {
        Load::Ready(p) => html! { <DesignAttemptPage key={p.slug.clone()} prompt={p.clone()} /> },
        other => loading_view(other),
    }
}
