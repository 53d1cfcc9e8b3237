//! Renders HTML that the build already produced from Markdown and sanitized (see
//! `backprep_core::authoring`). Never pass user-provided text here.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// Sanitized HTML from the content bundle.
    pub html: AttrValue,
    #[prop_or_default]
    pub class: Classes,
    /// Render inline (`<span>`) instead of as a block (`<div>`).
    #[prop_or_default]
    pub inline: bool,
}

#[function_component(RawHtml)]
pub fn raw_html(props: &Props) -> Html {
    let inner = Html::from_html_unchecked(props.html.clone());
    if props.inline {
        html! { <span class={props.class.clone()}>{inner}</span> }
    } else {
        html! { <div class={classes!("prose", props.class.clone())}>{inner}</div> }
    }
}
