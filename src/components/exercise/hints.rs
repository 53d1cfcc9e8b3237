//! Hints, revealed one at a time.

use crate::components::raw_html::RawHtml;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// Every hint (sanitized HTML), in order.
    pub hints: Vec<AttrValue>,
    /// How many are revealed.
    pub shown: usize,
    /// Reveal the next one.
    pub on_more: Callback<()>,
}

#[function_component(Hints)]
pub fn hints(props: &Props) -> Html {
    let total = props.hints.len();
    html! {
        <section class="hints" aria-label="Hints">
            <ol>
                { for props.hints.iter().take(props.shown).map(|h| html! { <li><RawHtml html={h.clone()} /></li> }) }
            </ol>
            if props.shown < total {
                <button type="button" onclick={props.on_more.reform(|_: MouseEvent| ())}>{format!("Show a hint ({} of {total})", props.shown + 1)}</button>
            }
        </section>
    }
}
