//! An exercise page: the statement (the editor and runner arrive with the exercises issue).

use crate::app::use_app;
use crate::components::raw_html::RawHtml;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub slug: AttrValue,
}

#[function_component(ExercisePage)]
pub fn exercise_page(props: &Props) -> Html {
    let app = use_app();
    let Some(ex) = app.catalog.exercise(&props.slug) else {
        return html! { <crate::pages::not_found::NotFoundPage path={format!("/exercise/{}", props.slug)} /> };
    };
    html! {
        <div class="page exercise" data-testid="exercise">
            <h1 tabindex="-1">{&ex.title}</h1>
            <RawHtml html={ex.statement_html.clone()} />
        </div>
    }
}
