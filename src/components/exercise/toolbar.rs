//! Run (the visible examples), Submit (everything, with random tests from a new seed unless one is
//! typed to replay), the keyboard shortcuts' reminder, loading a file, and reset.

use backprep_core::exercise::attempt::Job;
use web_sys::{File, HtmlInputElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// A run is in progress: Run and Submit are disabled and say so.
    pub running: bool,
    /// What is running, for the busy button's label.
    pub busy: Option<Job>,
    pub on_run: Callback<()>,
    pub on_submit: Callback<()>,
    /// The replay box: a typed seed makes Submit replay that seed's random tests.
    pub seed_box: NodeRef,
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
            <button type="button" data-testid="run-visible" onclick={props.on_run.reform(|_: MouseEvent| ())} disabled={props.running}
                aria-keyshortcuts="Control+Enter Meta+Enter" title="Run the examples (Ctrl/⌘ + Enter)">
                { if props.busy == Some(Job::Visible) { "Running…" } else { "Run" } }
            </button>
            // `submit-all` and the older `run-tests` both name "run everything".
            <span class="submit-all" data-testid="submit-all">
                <button type="button" class="primary" data-testid="run-tests" onclick={props.on_submit.reform(|_: MouseEvent| ())} disabled={props.running}
                    aria-keyshortcuts="Control+Shift+Enter Meta+Shift+Enter" title="Run every test (Ctrl/⌘ + Shift + Enter)">
                    { if matches!(props.busy, Some(Job::Submit { .. })) { "Submitting…" } else { "Submit" } }
                </button>
            </span>
            <label class="seed">{"Seed "}
                <input type="text" inputmode="numeric" size="8" placeholder="new" ref={props.seed_box.clone()} data-testid="replay-seed" aria-describedby="seed-help" />
            </label>
            <span class="meta keys">{"Ctrl/⌘ + Enter runs the examples; add Shift to submit"}</span>
            <label class="file">
                {"Load a .js file"}
                <input type="file" accept=".js,.mjs,.txt,text/javascript" data-testid="code-file-input" onchange={on_file} />
            </label>
            <button type="button" onclick={props.on_reset.reform(|_: MouseEvent| ())}>{"Reset to starter"}</button>
        </div>
    }
}
