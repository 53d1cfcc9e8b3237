//! The coding and SQL rounds' stylesheet, carried by their WASM modules and rendered inline, so
//! the shared stylesheet every page loads first (the home page's budget) does not carry it.

use yew::prelude::*;

const CSS: &str = include_str!("../../../styles/exercise.css");

#[function_component(ExerciseStyle)]
pub fn exercise_style() -> Html {
    html! { <style>{CSS}</style> }
}
