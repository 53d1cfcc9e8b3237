//! Site header: brand, main navigation and the theme toggle.

use crate::adapters::theme;
use crate::state::use_app;
use backprep_core::route::Route;
use backprep_core::store::{DataAction, Theme};
use yew::prelude::*;

#[function_component(Header)]
pub fn header() -> Html {
    let app = use_app();
    let current = app.data.data.settings.theme;
    let dark = theme::is_dark(current);
    let toggle = {
        let data = app.data.clone();
        Callback::from(move |_| data.dispatch(DataAction::SetTheme { theme: Some(if dark { Theme::Light } else { Theme::Dark }), at: crate::adapters::clock::now_ms() }))
    };
    let label = if dark { "Switch to light theme" } else { "Switch to dark theme" };
    html! {
        <header class="top">
            <a class="brand" href={Route::Home.href()}>{"backprep"}</a>
            <nav aria-label="Main">
                <a href={Route::quiz_setup().href()}>{"Quiz"}</a>
                <a href={Route::SqlList.href()}>{"SQL"}</a>
                <a href={Route::DesignList.href()}>{"Design"}</a>
                <a href={Route::Behavioural.href()}>{"Behavioural"}</a>
                <a href={Route::Mock { query: Vec::new() }.href()}>{"Mock"}</a>
                <a href={Route::Review.href()}>{"Review"}</a>
                <a href={Route::History.href()}>{"History"}</a>
                <a href={Route::Data.href()}>{"Your data"}</a>
            </nav>
            <button type="button" class="icon" data-testid="theme-toggle" aria-label={label} title={label} onclick={toggle}>
                <span aria-hidden="true">{ if dark { "☀" } else { "☾" } }</span>
            </button>
        </header>
    }
}
