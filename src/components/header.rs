//! Site header: brand, main navigation and the theme toggle.

use crate::adapters::theme;
use crate::app::use_app;
use backprep_core::store::{DataAction, Theme};
use yew::prelude::*;

#[function_component(Header)]
pub fn header() -> Html {
    let app = use_app();
    let current = app.data.data.settings.theme;
    let dark = match current {
        Some(t) => t == Theme::Dark,
        None => theme::system_prefers_dark(),
    };
    let toggle = {
        let data = app.data.clone();
        Callback::from(move |_| data.dispatch(DataAction::SetTheme { theme: Some(if dark { Theme::Light } else { Theme::Dark }), at: crate::adapters::clock::now_ms() }))
    };
    let label = if dark { "Switch to light theme" } else { "Switch to dark theme" };
    html! {
        <header class="top">
            <a class="brand" href="#/">{"backprep"}</a>
            <nav aria-label="Main">
                <a href="#/quiz">{"Quiz"}</a>
                <a href="#/review">{"Review"}</a>
                <a href="#/history">{"History"}</a>
                <a href="#/data">{"Your data"}</a>
            </nav>
            <button type="button" class="icon" data-testid="theme-toggle" aria-label={label} title={label} onclick={toggle}>
                <span aria-hidden="true">{ if dark { "☀" } else { "☾" } }</span>
            </button>
        </header>
    }
}
