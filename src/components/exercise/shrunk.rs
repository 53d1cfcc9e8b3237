//! The smallest failing input: while shrinking runs, how far it got (and a way to stop); then the
//! smallest random input that still fails, in full, with what it should give and what it gave.

use crate::components::test_results::test_detail;
use backprep_core::exercise::attempt::Shrinking;
use backprep_core::exercise::custom;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub shrinking: Shrinking,
    /// Stop early, keeping the smallest input so far.
    pub on_stop: Callback<()>,
    /// Put the input in the custom-input box.
    pub on_to_custom: Callback<()>,
}

/// The full input is shown up to this many characters.
const SHOWN: usize = 20_000;

#[function_component(Shrunk)]
pub fn shrunk(props: &Props) -> Html {
    let s = &props.shrinking;
    let text = custom::to_text(&s.best_input);
    let shown = if text.len() > SHOWN { format!("{}… ({} characters in all)", text.chars().take(SHOWN).collect::<String>(), text.len()) } else { text };
    html! {
        <section class="shrunk" aria-labelledby="shrunk-h" data-testid="shrinking" data-done={s.finished.to_string()}>
            <h3 id="shrunk-h">{ if s.finished { "Smallest failing input" } else { "Shrinking the failing random case…" } }</h3>
            if !s.finished {
                <p class="meta" role="status">{format!("Trying smaller versions of {}: {} tried so far; the smallest that still fails is {}.", s.from, s.tried, s.size_note())}</p>
                <button type="button" onclick={props.on_stop.reform(|_: MouseEvent| ())}>{"Stop shrinking"}</button>
            } else {
                <p>{format!("{} failed; after trying {} smaller inputs, the smallest that still fails is {}:", s.from, s.tried, s.size_note())}</p>
                <pre class="shrunk-input" data-testid="shrunk-input" tabindex="0">{shown}</pre>
                {test_detail(&backprep_core::exercise::Row { input: None, ..s.best.clone() })}
                <button type="button" onclick={props.on_to_custom.reform(|_: MouseEvent| ())}>{"Try it in the custom input"}</button>
            }
        </section>
    }
}
