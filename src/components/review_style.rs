//! The review queue's stylesheet (queue, plan, calibration, re-solve banner), rendered inline by
//! the modules that show them, so the stylesheet every page loads first does not grow.

use yew::prelude::*;

const CSS: &str = include_str!("../../styles/review.css");

#[function_component(ReviewStyle)]
pub fn review_style() -> Html {
    html! { <style>{CSS}</style> }
}
