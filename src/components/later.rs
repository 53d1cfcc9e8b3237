//! `Later`: a part of a page rendered one task after the rest while the page's static copy is on
//! screen (`areas::mount`), so that the first render, a page's longest task, becomes a few short
//! ones and input is handled between them. Nothing shows before the whole page is rendered: the
//! copy gives way only then. Without a copy on screen it renders with the rest.
//! (A struct component: 2.6 KB gzip as a function component with hooks, in the home module.)

use crate::areas::{copy_on_screen, Hold};
use gloo_timers::callback::Timeout;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub children: Html,
}

pub struct Later {
    /// Held from the first render until the children are rendered (or this part goes away).
    hold: Option<Hold>,
    /// The task that shows the children, while it is pending.
    timer: Option<Timeout>,
}

impl Component for Later {
    type Message = ();
    type Properties = Props;

    fn create(ctx: &Context<Self>) -> Self {
        // Taken in the first render, so that it is held before any effect asks whether the page
        // is whole.
        let hold = copy_on_screen().then(Hold::new);
        let timer = hold.as_ref().map(|_| {
            let show = ctx.link().callback(|_| ());
            Timeout::new(0, move || show.emit(()))
        });
        Later { hold, timer }
    }

    fn update(&mut self, _: &Context<Self>, _: ()) -> bool {
        self.timer = None;
        true
    }

    fn view(&self, ctx: &Context<Self>) -> Html {
        if self.timer.is_some() {
            Html::default()
        } else {
            ctx.props().children.clone()
        }
    }

    fn rendered(&mut self, _: &Context<Self>, _: bool) {
        if self.timer.is_none() {
            self.hold = None;
        }
    }
}
