//! A route of another area: save, then ask the page's loader for that area's module. The loader
//! unmounts this app once the other module is ready, so on success nothing here runs again.
//! Failing (offline before the module was ever cached) leaves this app running with a retry.

use crate::state::use_app;
use backprep_core::route::Area;
use crate::adapters::loader;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub area: Area,
}

#[function_component(Handoff)]
pub fn handoff(props: &Props) -> Html {
    let app = use_app();
    let failed = use_state(|| None::<String>);
    let attempt = use_state(|| 0u32);
    {
        let failed = failed.clone();
        use_effect_with((props.area, *attempt), move |&(area, _)| {
            // Everything is saved after each change; this covers a change still in flight.
            let _ = app.flush();
            // What could not be saved (storage full, or held) goes along, so it is not lost;
            // saved data is not carried (the next module reads storage, which may have changed).
            let carry = if app.unsaved() { app.data.data.to_json() } else { String::new() };
            match loader::open(area.name(), &carry) {
                Ok(p) => wasm_bindgen_futures::spawn_local(async move {
                    if let Err(e) = JsFuture::from(p).await {
                        // An Error's own message ("Failed to fetch dynamically imported module: …").
                        let why = match e.dyn_ref::<js_sys::Error>() {
                            Some(err) => String::from(err.message()),
                            None => e.as_string().unwrap_or_else(|| "unknown error".into()),
                        };
                        failed.set(Some(why));
                    }
                }),
                Err(e) => failed.set(Some(e)),
            }
        });
    }
    match &*failed {
        None => html! { <p class="meta" role="status" data-testid="area-loading">{"Loading…"}</p> },
        Some(why) => {
            let retry = {
                let (failed, attempt) = (failed.clone(), attempt.clone());
                Callback::from(move |_| {
                    failed.set(None);
                    attempt.set(*attempt + 1);
                })
            };
            html! {
                <div class="page" data-testid="area-failed">
                    <h1 tabindex="-1">{"This page could not load"}</h1>
                    <p role="alert">{format!("Its code did not arrive ({why}). If you are offline, this part of the app has not been saved for offline use yet: it is saved after the first visit with a connection.")}</p>
                    <p><button type="button" class="primary" onclick={retry}>{"Try again"}</button></p>
                </div>
            }
        }
    }
}
