//! `Later`: a part of a page rendered one task after the rest while the page's static copy is on
//! screen (`areas::mount`), so that the first render, a page's longest task, becomes a few short
//! ones and input is handled between them. Nothing shows before the whole page is rendered: the
//! copy gives way only then. Without a copy on screen it renders with the rest.

use crate::areas::{copy_on_screen, Hold};
use gloo_timers::callback::Timeout;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub children: Html,
}

#[function_component(Later)]
pub fn later(props: &Props) -> Html {
    // Taken in the first render, so that it is held before any effect asks whether the page is
    // whole; let go once the children are rendered (or if this part goes away first).
    let hold = use_mut_ref(|| copy_on_screen().then(Hold::new));
    let shown = use_state(|| hold.borrow().is_none());
    {
        let shown = shown.clone();
        use_effect_with((), move |_| {
            let timer = (!*shown).then(|| Timeout::new(0, move || shown.set(true)));
            move || drop(timer)
        });
    }
    use_effect_with(*shown, move |shown| {
        if *shown {
            hold.borrow_mut().take();
        }
    });
    if *shown {
        html! { <>{ props.children.clone() }</> }
    } else {
        Html::default()
    }
}
