//! The exercise's title, summary, signature, statement and the globals it takes away.

use crate::components::raw_html::RawHtml;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub title: AttrValue,
    /// One line under the title.
    pub summary: AttrValue,
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
            <h1 tabindex="-1">{&props.title}</h1>
            <p class="meta">{&props.summary}</p>
            <pre class="signature"><code>{&props.signature}</code></pre>
            <RawHtml html={props.statement_html.clone()} />
            if !props.forbidden.is_empty() {
                <p class="meta">{format!("Not available in this exercise: {}.", props.forbidden.join(", "))}</p>
            }
        </>
    }
}
