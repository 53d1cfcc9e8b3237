//! The root component: the app state provider, the page frame, and the one `switch` from route
//! to page: this module's page (`P`, see `areas`), or a handoff to the module of another area.
//! Nothing else lives here, so pages never need this module.

use crate::adapters::events::Listener;
use crate::adapters::location;
use crate::components::header::Header;
use crate::areas::{Handoff, Pages};
use crate::state::{AppProvider, StorageBanners};
use backprep_core::route::Route;
use wasm_bindgen::JsCast;
use yew::prelude::*;

fn focus_element(selector: &str, scroll: bool) {
    if let Some(d) = web_sys::window().and_then(|w| w.document()) {
        focus_first(d.query_selector(selector).ok().flatten(), scroll);
    }
}

/// Focuses the first element under `root` that matches `selector`, without scrolling (the page's
/// heading once the home app takes its copy's place: `areas::mount`).
pub(crate) fn focus_in(root: &web_sys::Element, selector: &str) {
    focus_first(root.query_selector(selector).ok().flatten(), false);
}

/// `scroll: false` where the page is where it should be (a page just loaded, or a copy just
/// replaced, which the reader may have scrolled): focusing then needs no layout of the page in
/// this task.
fn focus_first(e: Option<web_sys::Element>, scroll: bool) {
    if let Some(h) = e.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        if scroll {
            let _ = h.focus();
        } else {
            let options = web_sys::FocusOptions::new();
            options.set_prevent_scroll(true);
            let _ = h.focus_with_options(&options);
        }
    }
}

#[function_component(App)]
pub fn app<P: Pages>() -> Html {
    let route = use_state(location::current_route);

    // Follow the URL hash.
    {
        let route = route.clone();
        use_effect_with((), move |_| {
            let guard = Listener::new(web_sys::window(), "hashchange", move |_: web_sys::Event| route.set(location::current_route()));
            move || drop(guard)
        });
    }

    // Move focus to the new page's heading for keyboard and screen-reader users. (While the app
    // renders out of sight behind the home copy, the swap does it: `areas::mount`.)
    // The first page the document shows is at its top already: it is focused without scrolling
    // (then focusing needs no layout in this task). Another app's page, mounted over a page that
    // may have been scrolled, is scrolled to its heading.
    let shown = use_mut_ref(|| false);
    use_effect_with((*route).clone(), move |_| {
        let first = !shown.replace(true);
        if !crate::areas::copy_on_screen() {
            focus_element("main h1", !(first && crate::adapters::loader::first_mount()));
        }
        if first {
            crate::areas::first_render_done();
        }
    });

    html! {
        <AppProvider>
            <a class="skip-link" href="#main" onclick={Callback::from(|e: MouseEvent| {
                e.prevent_default();
                focus_element("#main", true);
            })}>{"Skip to content"}</a>
            <Header />
            <StorageBanners />
            <main id="main" tabindex="-1">
                { switch::<P>(&route) }
            </main>
        </AppProvider>
    }
}

fn switch<P: Pages>(route: &Route) -> Html {
    let area = route.area();
    if P::AREAS.contains(&area) {
        P::page(route).unwrap_or_else(|| crate::areas::misrouted(route))
    } else {
        html! { <Handoff {area} /> }
    }
}
