//! Run, the keyboard shortcut's reminder, loading a file, and reset.

use web_sys::{File, HtmlInputElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// A run is in progress: Run is disabled and says so.
    pub running: bool,
    pub on_run: Callback<()>,
    /// A file was chosen (not read yet).
    pub on_file: Callback<File>,
    /// Reset to the starter was asked for (it is confirmed separately).
    pub on_reset: Callback<()>,
}

#[function_component(Toolbar)]
pub fn toolbar(props: &Props) -> Html {
    let on_file = {
        let emit = props.on_file.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let file = input.files().and_then(|f| f.get(0));
            // Choosing the same file again must fire `change` again.
            input.set_value("");
            if let Some(file) = file {
                emit.emit(file);
            }
        })
    };
    html! {
        <div class="toolbar">
            <button type="button" class="primary" data-testid="run-tests" onclick={props.on_run.reform(|_: MouseEvent| ())} disabled={props.running}>
                { if props.running { "Running…" } else { "Run tests" } }
            </button>
            <span class="meta">{"Ctrl/⌘ + Enter"}</span>
            <label class="file">
                {"Load a .js file"}
                <input type="file" accept=".js,.mjs,.txt,text/javascript" data-testid="code-file-input" onchange={on_file} />
            </label>
            <button type="button" onclick={props.on_reset.reform(|_: MouseEvent| ())}>{"Reset to starter"}</button>
        </div>
    }
}
