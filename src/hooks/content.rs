//! Content loaded on demand, as loading / ready / failed.

use crate::adapters::content;
use backprep_core::content::{Catalog, ExerciseInfo};
use backprep_core::design::spec::DesignPrompt;
use backprep_core::sql::SqlExercise;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Clone, PartialEq)]
pub enum Load<T> {
    Loading,
    Ready(T),
    Failed(String),
}

/// The question banks of `topics` (ids), loaded if needed. Ready at the first render when they
/// are already in memory (warmed on the home page, or fetched by the loader with the module).
#[hook]
pub fn use_topics(topics: Vec<String>) -> Load<Rc<Catalog>> {
    let state = use_state(|| content::topics_now(&topics).map_or(Load::Loading, Load::Ready));
    let first = use_mut_ref(|| matches!(*state, Load::Ready(_)));
    {
        let state = state.clone();
        use_effect_with(topics, move |ids| {
            // Ready from the first render: nothing to load.
            if std::mem::take(&mut *first.borrow_mut()) {
                return;
            }
            let ids = ids.clone();
            wasm_bindgen_futures::spawn_local(async move {
                state.set(match content::topics(&ids).await {
                    Ok(c) => Load::Ready(c),
                    Err(e) => Load::Failed(e),
                });
            });
        });
    }
    (*state).clone()
}

#[hook]
pub fn use_exercise(slug: String) -> Load<Rc<ExerciseInfo>> {
    use_loaded(slug, |s| Box::pin(async move { content::exercise(&s).await }), content::exercise_now)
}

#[hook]
pub fn use_design_prompt(slug: String) -> Load<Rc<DesignPrompt>> {
    use_loaded(slug, |s| Box::pin(async move { content::design_prompt(&s).await }), |_| None)
}

#[hook]
pub fn use_sql_exercise(slug: String) -> Load<Rc<SqlExercise>> {
    use_loaded(slug, |s| Box::pin(async move { content::sql_exercise(&s).await }), |_| None)
}

type Loading<T> = std::pin::Pin<Box<dyn std::future::Future<Output = Result<Rc<T>, String>>>>;

/// The content named by `slug`, loaded by `load` (again when the slug changes); ready from the
/// first render when `now` has it without waiting.
#[hook]
fn use_loaded<T: 'static>(slug: String, load: fn(String) -> Loading<T>, now: fn(&str) -> Option<Rc<T>>) -> Load<Rc<T>> {
    let state = use_state(|| now(&slug).map_or(Load::Loading, Load::Ready));
    let first = use_mut_ref(|| matches!(*state, Load::Ready(_)));
    {
        let state = state.clone();
        use_effect_with(slug, move |slug| {
            // Ready from the first render: nothing to load.
            if std::mem::take(&mut *first.borrow_mut()) {
                return;
            }
            let slug = slug.clone();
            state.set(Load::Loading);
            wasm_bindgen_futures::spawn_local(async move {
                state.set(match load(slug).await {
                    Ok(e) => Load::Ready(e),
                    Err(e) => Load::Failed(e),
                });
            });
        });
    }
    (*state).clone()
}

/// What a page shows while its content loads or when it cannot.
pub fn loading_view<T>(load: &Load<T>) -> Html {
    match load {
        Load::Loading => html! { <p class="meta" role="status">{"Loading…"}</p> },
        Load::Failed(e) => html! {
            <div class="page">
                <h1 tabindex="-1">{"Content unavailable"}</h1>
                <p role="alert">{e}</p>
            </div>
        },
        Load::Ready(_) => html! {},
    }
}
