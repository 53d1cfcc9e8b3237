//! The behavioural round's and the mock interview's stylesheet, rendered inline by their modules
//! so the stylesheet every page loads first does not grow.

use yew::prelude::*;

const CSS: &str = include_str!("../../../styles/behavioural.css");

#[function_component(BehaviouralStyle)]
pub fn behavioural_style() -> Html {
    html! { <style>{CSS}</style> }
}
