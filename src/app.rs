//! The root component: the app state provider, the page frame, and the one `switch` from route
//! to page: this module's page (`P`, see `areas`), or a handoff to the module of another area.
//! Nothing else lives here, so pages never need this module.

use crate::adapters::events::Listener;
use crate::adapters::focus;
use crate::adapters::location;
use crate::components::header::Header;
use crate::areas::{Handoff, Pages};
use crate::state::{AppProvider, StorageBanners};
use backprep_core::route::Route;
use yew::prelude::*;

#[function_component(App)]
pub fn app<P: Pages>() -> Html {
    let route = use_state(location::current_route);

    // Follow the URL hash. Yew may yield to the browser between the first render and this
    // effect, so a link clicked in that gap changed the hash with no one listening: the route is
    // read again once the listener is on.
    {
        let route = route.clone();
        use_effect_with((), move |_| {
            let follow = route.clone();
            let guard = Listener::new(web_sys::window(), "hashchange", move |_: web_sys::Event| follow.set(location::current_route()));
            let now = location::current_route();
            if now != *route {
                route.set(now);
            }
            move || drop(guard)
        });
    }

    // Move focus to the new page's heading for keyboard and screen-reader users, or to its
    // heading once it appears where the page's content loads asynchronously. (While the app
    // renders out of sight behind the home copy, the swap does it: `areas::mount`.)
    // The first page the document shows is at its top already: it is focused without scrolling
    // (then focusing needs no layout in this task). Another app's page, mounted over a page that
    // may have been scrolled, is scrolled to its heading.
    let shown = use_mut_ref(|| false);
    use_effect_with((*route).clone(), move |_| {
        let first = !shown.replace(true);
        let watch = match crate::areas::copy_on_screen() {
            true => None,
            false => focus::focus_heading(!(first && crate::adapters::loader::first_mount())),
        };
        if first {
            crate::areas::first_render_done();
        }
        move || drop(watch)
    });

    html! {
        <AppProvider>
            <a class="skip-link" href="#main" onclick={Callback::from(|e: MouseEvent| {
                e.prevent_default();
                focus::focus("#main", true);
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
