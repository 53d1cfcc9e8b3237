//! The lazy CodeMirror editor of a page: mounted into `host` once its bundle has loaded (the page
//! shows a plain text box meanwhile, and keeps it when loading fails), following the theme, and
//! taking text replaced from outside (a loaded file, a reset to the starter).

use crate::adapters::editor::{Editor, Language};
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Debug, Clone, PartialEq)]
pub enum EditorStatus {
    Loading,
    Ready,
    /// The editor did not load; the plain text box stays.
    Failed(String),
}

/// What the editor shows and reports.
pub struct EditorArgs {
    /// The element the editor mounts into.
    pub host: NodeRef,
    /// Its accessible name.
    pub label: String,
    pub language: Language,
    pub dark: bool,
    /// The code now: read when the editor mounts (keeping text typed in the plain box meanwhile)
    /// and whenever `replaced` changes.
    pub code: Callback<(), String>,
    /// Counts replacements of the code from outside the editor.
    pub replaced: u64,
    /// The whole text after each change.
    pub on_change: Callback<String>,
    /// Ctrl/Cmd+Enter (`false`) and Ctrl/Cmd+Shift+Enter (`true`).
    pub on_run: Callback<bool>,
}

/// Puts `code` in the editor unless it already shows it (a set moves the cursor).
fn show(e: &Editor, code: &str) {
    if e.doc().as_deref() != Some(code) {
        e.set_doc(code);
    }
}

#[hook]
pub fn use_code_editor(args: EditorArgs) -> EditorStatus {
    let status = use_state(|| EditorStatus::Loading);
    let editor: Rc<RefCell<Option<Editor>>> = use_mut_ref(|| None);
    // The theme can change while the bundle loads: mount with the latest.
    let dark = use_mut_ref(|| args.dark);
    *dark.borrow_mut() = args.dark;
    let (dark_now, replaced, current) = (args.dark, args.replaced, args.code.clone());

    {
        let (status, editor, dark) = (status.clone(), editor.clone(), dark.clone());
        let EditorArgs { host, label, language, code, on_change, on_run, .. } = args;
        use_effect_with((), move |_| {
            let slot = editor.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let Some(parent) = host.cast::<web_sys::Element>() else { return };
                let initially_dark = *dark.borrow();
                let loaded = Editor::load(&language, &parent, &code.emit(()), &label, initially_dark, move |t| on_change.emit(t), move |shift| on_run.emit(shift)).await;
                match loaded {
                    Ok(e) => {
                        // The theme and the text may have changed while the bundle loaded.
                        if *dark.borrow() != initially_dark {
                            e.set_dark(!initially_dark);
                        }
                        show(&e, &code.emit(()));
                        *slot.borrow_mut() = Some(e);
                        status.set(EditorStatus::Ready);
                    }
                    Err(e) => status.set(EditorStatus::Failed(e)),
                }
            });
            // Unmounted: destroy the view.
            move || drop(editor.borrow_mut().take())
        });
    }
    {
        let editor = editor.clone();
        use_effect_with(dark_now, move |d| {
            if let Some(e) = editor.borrow().as_ref() {
                e.set_dark(*d);
            }
        });
    }
    {
        use_effect_with(replaced, move |_| {
            if let Some(e) = editor.borrow().as_ref() {
                show(e, &current.emit(()));
            }
        });
    }
    (*status).clone()
}
