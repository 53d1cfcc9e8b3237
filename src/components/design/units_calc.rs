//! The units calculator beside the estimates: type `100M req/day to req/s`, read `1,157 req/s`.
//! The arithmetic and the units are the core's (`design::units`); this only shows the answer.

use backprep_core::design::units;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[function_component(UnitsCalc)]
pub fn units_calc() -> Html {
    let text = use_state(String::new);
    let oninput = {
        let text = text.clone();
        Callback::from(move |e: InputEvent| text.set(e.target_unchecked_into::<HtmlInputElement>().value()))
    };
    let result = if text.trim().is_empty() {
        html! { <span class="meta">{"e.g. "}<code>{"100M req/day to req/s"}</code>{" or "}<code>{"500M users * 2 KB to TB"}</code></span> }
    } else {
        match units::calc(&text) {
            Ok(v) => html! { <output data-testid="units-result">{"= "}{v}</output> },
            Err(e) => html! { <span class="units-error" data-testid="units-result">{e.to_string()}</span> },
        }
    };
    html! {
        <div class="units-calc">
            <label for="units-input">{"Calculator (keeps units)"}</label>
            <input id="units-input" type="text" data-testid="units-input" spellcheck="false" autocomplete="off" value={(*text).clone()} {oninput} />
            <div aria-live="polite">{result}</div>
            <details class="units-help">
                <summary>{"What it understands"}</summary>
                <ul>
                    <li>{"Numbers: 1200, 1,200, 2.5, 1e9; sizes K, M, G, T, bn, thousand, million, billion."}</li>
                    <li>{"Operators + − × / and ^, parentheses; "}<code>{"per"}</code>{" means /."}</li>
                    <li>{"Data: B, KB…EB (×1000), KiB…EiB (×1024), bit, Mbit, Gbps. B is always bytes: write 5bn for five billion."}</li>
                    <li>{"Time: ms, s, min, h, day, week, month (30 days), year (365 days). Rates: rps, qps."}</li>
                    <li>{"Any other word counts things and cancels out: "}<code>{"10M users * 20 req/user/day to req/s"}</code></li>
                    <li>{"End with "}<code>{"to <unit>"}</code>{" to convert."}</li>
                </ul>
            </details>
        </div>
    }
}
