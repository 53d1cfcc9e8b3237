//! The reference solution behind a toggle (the page offers it once a run has finished).

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// The reference solution's source.
    pub code: AttrValue,
    pub open: bool,
    pub on_toggle: Callback<()>,
}

#[function_component(Solution)]
pub fn solution(props: &Props) -> Html {
    html! {
        <section class="solution">
            <button type="button" onclick={props.on_toggle.reform(|_: MouseEvent| ())} aria-expanded={props.open.to_string()}>
                { if props.open { "Hide the reference solution" } else { "Show the reference solution" } }
            </button>
            if props.open { <pre data-testid="reference-solution"><code>{&props.code}</code></pre> }
        </section>
    }
}
