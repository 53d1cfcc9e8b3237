//! The exercise's signature, statement and the globals it takes away (the title and summary
//! head the page, above the panes, so a phone showing the code pane still has its heading).

use crate::components::raw_html::RawHtml;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// What to write, e.g. `function search(nums, target)`.
    pub signature: AttrValue,
    /// Sanitized HTML from the content bundle.
    pub statement_html: AttrValue,
    /// Globals removed in the worker for this exercise.
    pub forbidden: Vec<String>,
}

#[function_component(Statement)]
pub fn statement(props: &Props) -> Html {
    html! {
        <>
            <pre class="signature"><code>{&props.signature}</code></pre>
            <RawHtml html={props.statement_html.clone()} />
            if !props.forbidden.is_empty() {
                <p class="meta">{format!("Not available in this exercise: {}.", props.forbidden.join(", "))}</p>
            }
        </>
    }
}
