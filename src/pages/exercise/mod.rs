//! `#/exercise/<slug>`: loads the exercise, then hands it to the attempt (`ExerciseAttempt`, also
//! mounted directly by the browser tests, which have no content server).

mod attempt;

use crate::components::not_found::NotFound;
use crate::hooks::{loading_view, use_exercise, Load};
use crate::state::use_app;
pub use attempt::ExerciseAttempt;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub slug: AttrValue,
    /// Re-solving from the review queue (`#/exercise/<slug>/again`).
    #[prop_or_default]
    pub again: bool,
}

#[function_component(ExercisePage)]
pub fn exercise_page(props: &Props) -> Html {
    let app = use_app();
    let known = app.index.exercise(&props.slug).is_some();
    let ex = use_exercise(props.slug.to_string());
    if !known {
        return html! { <NotFound path={format!("/exercise/{}", props.slug)} /> };
    }
    match &ex {
        Load::Ready(ex) => html! { <ExerciseAttempt key={format!("{}{}", ex.slug, props.again)} exercise={ex.clone()} again={props.again} /> },
        other => loading_view(other),
    }
}
