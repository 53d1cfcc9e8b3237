//! The root component: user data (loaded once, saved after every change), the current route,
//! and the one `switch` from route to page.

use crate::adapters::events::Listener;
use crate::adapters::{clock, location, storage, theme};
use crate::components::header::Header;
use crate::pages;
use backprep_core::content::CatalogIndex;
use backprep_core::route::Route;
use backprep_core::store::{DataAction, LoadProblem, UserData, STORAGE_KEY};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// User data plus a revision number, so saving runs once per change.
#[derive(Debug, Clone, PartialEq)]
pub struct DataState {
    pub data: UserData,
    pub revision: u64,
}

impl Reducible for DataState {
    type Action = DataAction;
    fn reduce(self: Rc<Self>, action: DataAction) -> Rc<Self> {
        Rc::new(DataState { data: self.data.clone().apply(action), revision: self.revision + 1 })
    }
}

/// What every page can reach.
#[derive(Clone, PartialEq)]
pub struct AppContext {
    /// The content index (banks and exercises load on demand).
    pub index: Rc<CatalogIndex>,
    pub data: UseReducerHandle<DataState>,
}

fn load_data() -> (UserData, Option<String>) {
    match storage::get(STORAGE_KEY) {
        Ok(raw) => {
            let (data, problem) = UserData::load(raw.as_deref());
            if let (Some(p), Some(raw)) = (&problem, raw) {
                // Keep the unreadable text aside; never overwrite it.
                let backup_key = format!("{STORAGE_KEY}.backup.{}", clock::now_ms() as u64);
                let _ = storage::set(&backup_key, &raw);
                if matches!(p, LoadProblem::FutureVersion(_)) {
                    return (data, Some(format!("{} (kept under `{backup_key}`)", p.message())));
                }
            }
            (data, problem.map(|p| p.message()))
        }
        Err(e) => (UserData::default(), Some(format!("Progress will not be saved: {e}."))),
    }
}

/// Writes `mine` merged with the stored copy, so a newer record saved by another tab is never
/// overwritten. Returns the stored copy when it held something `mine` lacks (to merge into state).
fn save(mine: &UserData) -> Result<Option<UserData>, String> {
    let stored = storage::get(STORAGE_KEY).map_err(|e| format!("Could not save your progress: {e}."))?;
    let (theirs, problem) = UserData::load(stored.as_deref());
    if let Some(LoadProblem::FutureVersion(v)) = problem {
        return Err(format!("Another tab runs a newer backprep (schema {v}); reload this tab to update. Nothing was saved from this tab."));
    }
    let merged = backprep_core::store::merge::merge(mine.clone(), theirs.clone());
    storage::set(STORAGE_KEY, &merged.to_json()).map_err(|e| {
        format!("Could not save your progress: {e}. It is kept in this tab; export it from Your data before closing the tab.")
    })?;
    Ok((merged != *mine).then_some(theirs))
}

#[function_component(App)]
pub fn app() -> Html {
    let index = use_memo((), |_| crate::index());
    let initial = use_memo((), |_| load_data());
    let data = {
        let initial = initial.clone();
        use_reducer(move || DataState { data: initial.0.clone(), revision: 0 })
    };
    let notice = use_state(|| initial.1.clone());
    let save_error = use_state(|| None::<String>);
    let route = use_state(location::current_route);

    // The app is on screen: drop the static home copy that index.html showed meanwhile.
    use_effect_with((), |_| {
        if let Some(e) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("prerender")) {
            e.remove();
        }
    });

    // Follow the URL hash.
    {
        let route = route.clone();
        use_effect_with((), move |_| {
            let guard = Listener::new(web_sys::window(), "hashchange", move |_: web_sys::Event| route.set(location::current_route()));
            move || drop(guard)
        });
    }

    // Save after every change, merged with what another tab may have saved meanwhile; show the theme.
    {
        let save_error = save_error.clone();
        let snapshot = data.clone();
        use_effect_with(data.revision, move |rev| {
            theme::apply(snapshot.data.settings.theme);
            if *rev > 0 {
                match save(&snapshot.data) {
                    Ok(None) => save_error.set(None),
                    Ok(Some(newer)) => snapshot.dispatch(DataAction::Merge(newer)),
                    Err(e) => save_error.set(Some(e)),
                }
            }
        });
    }

    // Another tab saved: take its newer records.
    {
        let data = data.clone();
        use_effect_with((), move |_| {
            let guard = Listener::new(web_sys::window(), "storage", move |e: web_sys::StorageEvent| {
                if e.key().as_deref() != Some(STORAGE_KEY) {
                    return;
                }
                if let (other, None) = UserData::load(e.new_value().as_deref()) {
                    data.dispatch(DataAction::Merge(other));
                }
            });
            move || drop(guard)
        });
    }

    // Move focus to the new page's heading for keyboard and screen-reader users.
    use_effect_with((*route).clone(), |_| {
        if let Some(h) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.query_selector("main h1").ok().flatten())
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = h.focus();
        }
    });

    let ctx = AppContext { index: (*index).clone(), data: data.clone() };
    let dismiss = {
        let notice = notice.clone();
        Callback::from(move |_| notice.set(None))
    };
    html! {
        <ContextProvider<AppContext> context={ctx}>
            <a class="skip-link" href="#main" onclick={Callback::from(|e: MouseEvent| {
                e.prevent_default();
                if let Some(m) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("main")).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) { let _ = m.focus(); }
            })}>{"Skip to content"}</a>
            <Header />
            if let Some(msg) = (*notice).clone() {
                <div class="banner warn" role="alert" data-testid="storage-notice">
                    <span>{msg}</span>
                    <button type="button" onclick={dismiss}>{"Dismiss"}</button>
                </div>
            }
            if let Some(msg) = (*save_error).clone() {
                <div class="banner error" role="alert" data-testid="save-error">
                    <span>{msg}</span>
                    <a class="button" href="#/data">{"Export my progress"}</a>
                </div>
            }
            <main id="main" tabindex="-1">
                { switch(&route) }
            </main>
        </ContextProvider<AppContext>>
    }
}

fn switch(route: &Route) -> Html {
    match route.clone() {
        Route::Home => html! { <pages::home::HomePage /> },
        Route::Quiz { query } => html! { <pages::quiz::QuizPage {query} topic={None::<AttrValue>} /> },
        Route::QuizTopic { topic } => html! { <pages::quiz::QuizPage query={Vec::new()} topic={Some(AttrValue::from(topic))} /> },
        Route::Attempt { id } => html! { <pages::results::ResultsPage id={AttrValue::from(id)} /> },
        Route::History => html! { <pages::history::HistoryPage /> },
        Route::Review => html! { <pages::review::ReviewPage /> },
        Route::Exercise { slug } => html! { <pages::exercise::ExercisePage slug={AttrValue::from(slug)} /> },
        Route::Data => html! { <pages::data::DataPage /> },
        Route::NotFound { path } => html! { <pages::not_found::NotFoundPage path={AttrValue::from(path)} /> },
    }
}

/// The app context; every page is rendered inside the provider.
#[hook]
pub fn use_app() -> AppContext {
    use_context::<AppContext>().unwrap_or_else(|| panic!("page rendered outside <App>"))
}
