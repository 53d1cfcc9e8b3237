//! The confirmation before the code is replaced with the starter.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub on_confirm: Callback<()>,
    pub on_cancel: Callback<()>,
}

#[function_component(ResetDialog)]
pub fn reset_dialog(props: &Props) -> Html {
    html! {
        <div class="dialog" role="alertdialog" aria-labelledby="reset-h">
            <p id="reset-h">{"Replace your code with the starter code? Your current code will be lost."}</p>
            <button type="button" class="primary" onclick={props.on_confirm.reform(|_: MouseEvent| ())} data-testid="reset-confirm">{"Reset"}</button>
            <button type="button" onclick={props.on_cancel.reform(|_: MouseEvent| ())}>{"Cancel"}</button>
        </div>
    }
}
