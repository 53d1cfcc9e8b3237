//! Provides `AppContext`: loads user data once, saves after every change (merged with what
//! another tab saved), follows other tabs, and shows storage problems as banners.

use super::{AppContext, DataState};
use crate::adapters::events::Listener;
use crate::adapters::{clock, storage, theme};
use backprep_core::route::Route;
use backprep_core::store::{DataAction, LoadProblem, UserData, STORAGE_KEY};
use yew::prelude::*;

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

#[derive(Properties, PartialEq)]
pub struct Props {
    /// The app, which reads the context with `use_app`.
    pub children: Html,
}

#[function_component(AppProvider)]
pub fn app_provider(props: &Props) -> Html {
    let index = use_memo((), |_| crate::index());
    let initial = use_memo((), |_| load_data());
    let data = {
        let initial = initial.clone();
        use_reducer(move || DataState { data: initial.0.clone(), revision: 0 })
    };
    let notice = use_state(|| initial.1.clone());
    let save_error = use_state(|| None::<String>);

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

    let ctx = AppContext { index: (*index).clone(), data: data.clone() };
    let status = StorageStatus {
        notice: (*notice).clone(),
        save_error: (*save_error).clone(),
        dismiss: {
            let notice = notice.clone();
            Callback::from(move |_| notice.set(None))
        },
    };
    html! {
        <ContextProvider<AppContext> context={ctx}>
            <ContextProvider<StorageStatus> context={status}>
                { props.children.clone() }
            </ContextProvider<StorageStatus>>
        </ContextProvider<AppContext>>
    }
}

/// What loading and saving found, for `StorageBanners`.
#[derive(Clone, PartialEq)]
pub struct StorageStatus {
    /// A problem found when loading (shown until dismissed).
    pub notice: Option<String>,
    /// The last save failed; the data is only in this tab.
    pub save_error: Option<String>,
    pub dismiss: Callback<()>,
}

/// The load notice and the save error, as banners.
#[function_component(StorageBanners)]
pub fn storage_banners() -> Html {
    let Some(status) = use_context::<StorageStatus>() else { return html! {} };
    let dismiss = status.dismiss.reform(|_: MouseEvent| ());
    html! {
        <>
            if let Some(msg) = status.notice.clone() {
                <div class="banner warn" role="alert" data-testid="storage-notice">
                    <span>{msg}</span>
                    <button type="button" onclick={dismiss}>{"Dismiss"}</button>
                </div>
            }
            if let Some(msg) = status.save_error.clone() {
                <div class="banner error" role="alert" data-testid="save-error">
                    <span>{msg}</span>
                    <a class="button" href={Route::Data.href()}>{"Export my progress"}</a>
                </div>
            }
        </>
    }
}
