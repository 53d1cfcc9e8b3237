//! A countdown display with a screen-reader announcement at one minute left.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// Milliseconds left.
    pub left_ms: f64,
    /// What is counting down ("Quiz time left", "Time for this question").
    pub label: AttrValue,
    #[prop_or_default]
    pub testid: Option<AttrValue>,
}

#[function_component(Timer)]
pub fn timer(props: &Props) -> Html {
    let text = backprep_core::format::time_left(props.left_ms);
    let low = props.left_ms <= 60_000.0;
    html! {
        <div class={classes!("timer", low.then_some("low"))}>
            <span class="timer-label">{&props.label}</span>
            <span role="timer" aria-label={format!("{}: {}", props.label, text)} data-testid={props.testid.clone()}>{text}</span>
            <span class="visually-hidden" aria-live="assertive">{ if low && props.left_ms > 0.0 { "One minute left" } else { "" } }</span>
        </div>
    }
}
