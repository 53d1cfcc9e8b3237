//! "Page not found": for an unknown route, and for a known route naming something that does
//! not exist (an exercise slug, a quiz topic).

use backprep_core::route::Route;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// The path that matched nothing (shown as text, never as HTML).
    pub path: AttrValue,
}

#[function_component(NotFound)]
pub fn not_found(props: &Props) -> Html {
    html! {
        <div class="page" data-testid="not-found">
            <h1 tabindex="-1">{"Page not found"}</h1>
            <p>{"There is no page at "}<code>{&props.path}</code>{"."}</p>
            <p><a href={Route::Home.href()}>{"Back to the home page"}</a></p>
        </div>
    }
}
