//! The design round's stylesheet, carried by its own WASM module and rendered inline, so the
//! shared stylesheet every page loads first (the home page's budget) does not grow with it.

use yew::prelude::*;

const CSS: &str = include_str!("../../../styles/design.css");

#[function_component(DesignStyle)]
pub fn design_style() -> Html {
    html! { <style>{CSS}</style> }
}
