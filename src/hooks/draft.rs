//! Draft saving: a write after a pause in typing (a gloo `Timeout`, replaced by the next edit's),
//! and a write at once whenever the page may be left — hash navigation, unmount, `pagehide`, the
//! tab going to the background — so that the last edit is never lost to the delay.

use crate::adapters::clock::Timeout;
use crate::state::use_app;
use backprep_core::exercise::attempt::DraftWrite;
use crate::adapters::events::Listener;
use backprep_core::exercise::attempt::SAVE_DELAY_MS;
use web_sys::{Event, VisibilityState};
use yew::prelude::*;

/// `owed` is the edit count not yet written (`None` when all is saved). `flush` writes what is
/// owed now and must read the latest state (it is kept from the first render); its argument is
/// `true` on `pagehide`, when no render may follow, so the write must be done before it returns.
#[hook]
pub fn use_draft_save(owed: Option<u64>, flush: Callback<bool>) {
    {
        let flush = flush.clone();
        use_effect_with(owed, move |owed| {
            let timer = owed.map(|_| Timeout::new(SAVE_DELAY_MS, move || flush.emit(false)));
            move || drop(timer)
        });
    }
    use_effect_with((), move |_| {
        let window = web_sys::window();
        let document = window.as_ref().and_then(|w| w.document());
        let now = |flush: &Callback<bool>, unloading: bool| {
            let flush = flush.clone();
            move |_: Event| flush.emit(unloading)
        };
        let hidden = {
            let (flush, document) = (flush.clone(), document.clone());
            move |_: Event| {
                if document.as_ref().is_some_and(|d| d.visibility_state() == VisibilityState::Hidden) {
                    flush.emit(false);
                }
            }
        };
        let guards = [
            Listener::new(window.clone(), "hashchange", now(&flush, false)),
            Listener::new(window, "pagehide", now(&flush, true)),
            Listener::new(document, "visibilitychange", hidden),
        ];
        move || {
            drop(guards);
            flush.emit(false);
        }
    });
}

/// Draft saving for a page whose state knows what is owed: `unsaved` returns the write owed now
/// and `saved(edits)` tells the state it was written. Both are kept from the first render, so
/// they must read the latest state (a reducer handle does: it sees the last edit).
#[hook]
pub fn use_drafts(owed: Option<u64>, unsaved: Callback<(), Option<DraftWrite>>, saved: Callback<u64>) {
    let app = use_app();
    let flush = Callback::from(move |unloading: bool| {
        if let Some(write) = unsaved.emit(()) {
            app.data.dispatch(write.action);
            saved.emit(write.edits);
        }
        // The page is going away and no render may follow to run the save effect: write now,
        // including a change dispatched just before (by `visibilitychange`) and not yet saved.
        if unloading {
            if let Err(e) = app.flush() {
                web_sys::console::error_1(&e.into());
            }
        }
    });
    use_draft_save(owed, flush);
}
