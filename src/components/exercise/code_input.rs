//! Where the code is typed: the element the CodeMirror editor mounts into, and a plain text box
//! shown until the editor is ready (and for good if it fails to load). The pointer over the box,
//! or focus in it, asks for the editor (`on_wake`).

use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// The editor's mount point (hidden until the editor is ready).
    pub host: NodeRef,
    pub editor_ready: bool,
    /// The code the plain text box shows.
    pub code: AttrValue,
    /// The plain text box's whole text after each change.
    pub on_input: Callback<String>,
    /// Ctrl/Cmd+Enter (`false`) or Ctrl/Cmd+Shift+Enter (`true`) in the plain text box.
    pub on_run: Callback<bool>,
    /// The user reaches for the box: time to load the editor.
    pub on_wake: Callback<()>,
}

#[function_component(CodeInput)]
pub fn code_input(props: &Props) -> Html {
    let on_input = props.on_input.reform(|e: InputEvent| e.target_unchecked_into::<HtmlTextAreaElement>().value());
    let on_key = {
        let run = props.on_run.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Enter" && (e.ctrl_key() || e.meta_key()) {
                e.prevent_default();
                run.emit(e.shift_key());
            }
        })
    };
    html! {
        <>
            <div ref={props.host.clone()} class={classes!("editor-host", (!props.editor_ready).then_some("hidden"))}></div>
            if !props.editor_ready {
                <textarea class="code" aria-label="Your code" spellcheck="false" autocapitalize="off" rows="18"
                    value={props.code.clone()} oninput={on_input} onkeydown={on_key} data-testid="code-textarea"
                    onpointerover={props.on_wake.reform(|_: PointerEvent| ())} onfocus={props.on_wake.reform(|_: FocusEvent| ())} />
            }
        </>
    }
}
