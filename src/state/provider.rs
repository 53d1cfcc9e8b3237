//! Provides `AppContext`: loads user data once through the persistence service, saves after
//! every change (merged with what another tab saved, or exactly after a Replace), follows other
//! tabs, and shows storage problems as banners.

use super::{AppContext, DataState, Journal};
use crate::adapters::events::Listener;
use crate::adapters::theme;
use backprep_core::route::Route;
use backprep_core::store::{DataAction, UserData, STORAGE_KEY};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// The app, which reads the context with `use_app`.
    pub children: Html,
}

#[function_component(AppProvider)]
pub fn app_provider(props: &Props) -> Html {
    let index = use_memo((), |_| crate::index());
    let opened = use_memo((), |_| Journal::open());
    let data = {
        let opened = opened.clone();
        use_reducer(move || DataState::new(opened.1.data.clone(), opened.0.clone()))
    };
    let notice = use_state(|| opened.1.notice.clone());
    let save_error = use_state(|| None::<String>);
    let ctx = AppContext { index: (*index).clone(), data: data.clone() };

    // Save after every change (the service merges with what another tab saved, or writes
    // exactly the data after a Replace); show the theme.
    {
        let (save_error, ctx) = (save_error.clone(), ctx.clone());
        use_effect_with(data.revision, move |_| {
            theme::apply(ctx.data.data.settings.theme);
            match ctx.flush() {
                Ok(()) => save_error.set(None),
                Err(e) => save_error.set(Some(e)),
            }
        });
    }

    // Leaving (closing the tab, navigating away, going to the back/forward cache): whatever is
    // not written yet is written now, for every page.
    {
        let (save_error, ctx) = (save_error.clone(), ctx.clone());
        use_effect_with((), move |_| {
            let guard = Listener::new(web_sys::window(), "pagehide", move |_: web_sys::Event| {
                if let Err(e) = ctx.flush() {
                    save_error.set(Some(e));
                }
            });
            move || drop(guard)
        });
    }

    // The previous area's module handed over its data (it may hold what could not be saved):
    // take its newer records, as from another tab.
    {
        let data = data.clone();
        use_effect_with((), move |_| {
            if let Some(doc) = crate::adapters::loader::take_carried() {
                if let (other, None) = UserData::load(Some(&doc)) {
                    data.dispatch(DataAction::Sync(other));
                }
            }
        });
    }

    // Another tab saved: take its newer records. Nothing new means no new state and no save.
    {
        let data = data.clone();
        use_effect_with((), move |_| {
            let guard = Listener::new(web_sys::window(), "storage", move |e: web_sys::StorageEvent| {
                if e.key().as_deref() != Some(STORAGE_KEY) {
                    return;
                }
                if let (other, None) = UserData::load(e.new_value().as_deref()) {
                    data.dispatch(DataAction::Sync(other));
                }
            });
            move || drop(guard)
        });
    }

    let status = StorageStatus {
        notice: (*notice).clone(),
        save_error: (*save_error).clone(),
        refused: data.refused.clone(),
        dismiss: {
            let (notice, ctx, save_error) = (notice.clone(), ctx.clone(), save_error.clone());
            // Dismissing also ends a hold: the user accepts saving over what could not be copied.
            Callback::from(move |_| {
                notice.set(None);
                if let Err(e) = ctx.release() {
                    save_error.set(Some(e));
                }
            })
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
    /// The last change was refused (e.g. a draft too large to save).
    pub refused: Option<String>,
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
            if let Some(msg) = status.refused.clone() {
                <div class="banner warn" role="alert" data-testid="change-refused">
                    <span>{msg}</span>
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
