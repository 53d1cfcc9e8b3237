//! A missed design point as a flashcard: the phase and its guiding question first, then the
//! point and why it matters, then the learner's own rating (Again to Easy).

use crate::hooks::{loading_view, use_design_prompt, Load};
use crate::components::raw_html::RawHtml;
use crate::state::use_app;
use backprep_core::srs::fsrs::Rating;
use backprep_core::srs::Kind;
use backprep_core::design::spec::phase_of_point;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// The card key, `design:<slug>:<point id>`.
    pub item: String,
}

#[function_component(DesignCard)]
pub fn design_card(props: &Props) -> Html {
    let open = use_state(|| false);
    let toggle = {
        let open = open.clone();
        Callback::from(move |_| open.set(!*open))
    };
    html! {
        <>
            <button type="button" aria-expanded={open.to_string()} onclick={toggle} data-testid="design-recall">{ if *open { "Close" } else { "Recall it" } }</button>
            if *open { <PointBody item={props.item.clone()} /> }
        </>
    }
}

#[function_component(PointBody)]
fn point_body(props: &Props) -> Html {
    let app = use_app();
    let (slug, point) = Kind::of_key(&props.item).and_then(|(_, id)| id.split_once(':')).unwrap_or(("", ""));
    let prompt = use_design_prompt(slug.to_string());
    let shown = use_state(|| false);
    let Load::Ready(p) = &prompt else { return loading_view(&prompt) };
    let Some(rubric) = p.rubric.iter().find(|r| r.id == point) else {
        return html! { <p class="meta">{"This point is no longer in the prompt's rubric."}</p> };
    };
    let phase = phase_of_point(point);
    let reveal = {
        let shown = shown.clone();
        Callback::from(move |_| shown.set(true))
    };
    html! {
        <div class="flashcard" data-testid="design-point">
            <p>{format!("{}: in the {} phase you missed a point. What did the design need there?", p.title, phase.map_or("", |ph| ph.title))}</p>
            if let Some(guide) = phase.and_then(|ph| p.guide_html.get(ph.id)) {
                <RawHtml html={guide.clone()} class="meta" />
            }
            if *shown {
                <RawHtml html={rubric.point_html.clone()} class="point" />
                <p class="meta">{"Why it matters: "}<RawHtml html={rubric.why_html.clone()} inline=true /></p>
                <div class="actions" role="group" aria-label="How well did you recall it?">
                    { for Rating::ALL.iter().map(|&r| {
                        let (app, key) = (app.clone(), props.item.clone());
                        html! { <button type="button" data-testid={format!("rate-{}", r as u8)} onclick={Callback::from(move |_| app.review(key.clone(), r))}>{r.label()}</button> }
                    }) }
                </div>
            } else {
                <button type="button" class="primary" onclick={reveal} data-testid="design-point-show">{"Show the point"}</button>
            }
        </div>
    }
}
