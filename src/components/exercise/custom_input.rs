//! The custom-input box: an input the learner types, their code's output on it, and the
//! reference solution's output beside it (computed in a worker of its own).

use crate::components::test_results::{badge, test_extras};
use backprep_core::exercise::attempt::Custom;
use backprep_core::exercise::Status;
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// The box's text, its parse error and the last result.
    pub custom: Custom,
    /// What the box takes, in words.
    pub shape: AttrValue,
    /// A run is in progress (the button waits).
    pub running: bool,
    pub on_text: Callback<String>,
    /// Show or fold away the box.
    pub on_toggle: Callback<()>,
    pub on_run: Callback<()>,
}

#[function_component(CustomInput)]
pub fn custom_input(props: &Props) -> Html {
    let c = &props.custom;
    let on_input = props.on_text.reform(|e: InputEvent| e.target_unchecked_into::<HtmlTextAreaElement>().value());
    html! {
        <section class="custom" aria-labelledby="custom-h">
            <h2 id="custom-h" class="custom-h">
                <button type="button" aria-expanded={c.open.to_string()} aria-controls="custom-body" data-testid="custom-toggle" onclick={props.on_toggle.reform(|_: MouseEvent| ())}>
                    { if c.open { "▾ Custom input" } else { "▸ Custom input" } }
                </button>
            </h2>
            if c.open {
            <div id="custom-body">
            <label for="custom-input-box" class="meta">{format!("Your own input: {}.", props.shape)}</label>
            <textarea id="custom-input-box" class="code small" rows="4" spellcheck="false" autocapitalize="off"
                value={c.text.clone()} oninput={on_input} data-testid="custom-input" />
            <button type="button" data-testid="custom-run" onclick={props.on_run.reform(|_: MouseEvent| ())} disabled={props.running}>
                {"Run on this input"}
            </button>
            if let Some(e) = &c.error { <p class="meta error" role="alert">{e}</p> }
            if let Some(r) = &c.result {
                <div class="custom-outputs" role="status">
                    <div>
                        <h3>{"Your output"}</h3>
                        <pre data-testid="custom-output">{r.row.actual.clone().unwrap_or_else(|| r.row.message.clone().unwrap_or_else(|| "no value".into()))}</pre>
                    </div>
                    <div>
                        <h3>{"Reference output"}</h3>
                        <pre data-testid="reference-output">{match &r.reference { Ok(v) => v.clone(), Err(e) => format!("(none: {e})") }}</pre>
                    </div>
                    <p class={classes!("summary", if r.row.status == Status::Pass { "right" } else { "wrong" })}>
                        <span class="badge">{badge(r.row.status)}</span>
                        { match (r.row.status, &r.reference) {
                            (Status::Pass, _) => " Same as the reference.".to_string(),
                            (_, Err(_)) => " The reference gave no value for this input, so there is nothing to compare with.".to_string(),
                            _ => format!(" {}", r.row.message.clone().unwrap_or_else(|| "Differs from the reference.".into())),
                        } }
                    </p>
                    {test_extras(&r.row)}
                </div>
            }
            </div>
            }
        </section>
    }
}
