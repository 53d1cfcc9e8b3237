//! The lazy CodeMirror editor of a page. The page opens with a plain text box; the editor's bundle
//! is loaded and the editor mounted into `host` when the user reaches for the box (the pointer
//! over it, or focus in it), so the page's start-up does not pay for it (~150 ms of main thread on
//! a desktop, four times that on a phone). Text and caret typed meanwhile carry over; a failed
//! load keeps the plain box. The editor follows the theme and takes text replaced from outside
//! (a loaded file, a reset to the starter).

use crate::adapters::editor::{Editor, Language};
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Debug, Clone, PartialEq)]
pub enum EditorStatus {
    /// Not asked for yet: the plain text box is the editor.
    Asleep,
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

/// The editor's state, and what wakes it (the plain box calls it on pointer-over and focus).
pub struct CodeEditor {
    pub status: EditorStatus,
    pub wake: Callback<()>,
}

#[hook]
pub fn use_code_editor(args: EditorArgs) -> CodeEditor {
    let status = use_state_eq(|| EditorStatus::Asleep);
    let wake = {
        let status = status.clone();
        Callback::from(move |_: ()| {
            if *status == EditorStatus::Asleep {
                status.set(EditorStatus::Loading);
            }
        })
    };
    let asked = *status != EditorStatus::Asleep;
    let editor: Rc<RefCell<Option<Editor>>> = use_mut_ref(|| None);
    // The theme can change while the bundle loads: mount with the latest.
    let dark = use_mut_ref(|| args.dark);
    *dark.borrow_mut() = args.dark;
    let (dark_now, replaced, current) = (args.dark, args.replaced, args.code.clone());

    {
        let (status, editor, dark) = (status.clone(), editor.clone(), dark.clone());
        let EditorArgs { host, label, language, code, on_change, on_run, .. } = args;
        use_effect_with(asked, move |asked| {
            let slot = editor.clone();
            if *asked {
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
                            take_focus(&e, &parent);
                            *slot.borrow_mut() = Some(e);
                            status.set(EditorStatus::Ready);
                        }
                        Err(e) => status.set(EditorStatus::Failed(e)),
                    }
                });
            }
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
    CodeEditor { status: (*status).clone(), wake }
}

/// If the plain box (the host's sibling) has the focus, the editor takes it, with the same caret
/// or selection, before the box goes: typing goes on where it was.
fn take_focus(e: &Editor, host: &web_sys::Element) {
    use wasm_bindgen::JsCast;
    let focused = web_sys::window().and_then(|w| w.document()).and_then(|d| d.active_element());
    let Some(area) = focused.and_then(|f| f.dyn_into::<web_sys::HtmlTextAreaElement>().ok()) else { return };
    if area.parent_element() != host.parent_element() {
        return;
    }
    let (start, end) = (area.selection_start().ok().flatten().unwrap_or(0), area.selection_end().ok().flatten().unwrap_or(0));
    let backwards = area.selection_direction().ok().flatten().as_deref() == Some("backward");
    // Shown now (the render that removes the box follows), since a hidden element cannot focus.
    let _ = host.class_list().remove_1("hidden");
    let (anchor, head) = if backwards { (end, start) } else { (start, end) };
    e.focus_at(anchor, head);
}
