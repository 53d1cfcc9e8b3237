//! Any unknown route.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// The path that matched nothing (shown as text, never as HTML).
    pub path: AttrValue,
}

#[function_component(NotFoundPage)]
pub fn not_found_page(props: &Props) -> Html {
    html! {
        <div class="page" data-testid="not-found">
            <h1 tabindex="-1">{"Page not found"}</h1>
            <p>{"There is no page at "}<code>{&props.path}</code>{"."}</p>
            <p><a href="#/">{"Back to the home page"}</a></p>
        </div>
    }
}
