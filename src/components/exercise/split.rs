//! The workbench layout. Wide screens: the statement pane on the left, the code and its results
//! on the right, split by a separator that a pointer drags or the arrow keys move. Narrow
//! screens: one pane at a time, chosen by three toggle buttons (Statement / Code / Results).
//! Everything stays in the DOM, so nothing typed or scrolled is lost when switching.

use yew::prelude::*;

/// The pane shown on a narrow screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tab {
    Statement,
    Code,
    Results,
}

#[derive(Properties, PartialEq)]
pub struct Props {
    pub statement: Html,
    pub code: Html,
    pub results: Html,
    /// The statement pane's share of the width (percent).
    pub split: u8,
    /// The separator moved (percent); the page remembers it.
    pub on_split: Callback<u8>,
    pub tab: Tab,
    pub on_tab: Callback<Tab>,
}

const MIN: f64 = 25.0;
const MAX: f64 = 70.0;

#[function_component(Split)]
pub fn split(props: &Props) -> Html {
    let container = use_node_ref();
    let dragging = use_mut_ref(|| false);
    let to_percent = {
        let container = container.clone();
        move |x: i32| -> Option<u8> {
            let el = container.cast::<web_sys::Element>()?;
            let r = el.get_bounding_client_rect();
            (r.width() > 0.0).then(|| ((f64::from(x) - r.left()) / r.width() * 100.0).clamp(MIN, MAX).round() as u8)
        }
    };
    let on_down = {
        let dragging = dragging.clone();
        Callback::from(move |e: PointerEvent| {
            if let Some(t) = e.target_dyn_into::<web_sys::Element>() {
                let _ = t.set_pointer_capture(e.pointer_id());
            }
            *dragging.borrow_mut() = true;
        })
    };
    let on_move = {
        let (dragging, emit, to_percent) = (dragging.clone(), props.on_split.clone(), to_percent.clone());
        Callback::from(move |e: PointerEvent| {
            if *dragging.borrow() {
                if let Some(p) = to_percent(e.client_x()) {
                    emit.emit(p);
                }
            }
        })
    };
    let on_up = {
        let dragging = dragging.clone();
        Callback::from(move |_: PointerEvent| *dragging.borrow_mut() = false)
    };
    let on_key = {
        let (emit, now) = (props.on_split.clone(), f64::from(props.split));
        Callback::from(move |e: KeyboardEvent| {
            let next = match e.key().as_str() {
                "ArrowLeft" => now - 2.0,
                "ArrowRight" => now + 2.0,
                "Home" => MIN,
                "End" => MAX,
                _ => return,
            };
            e.prevent_default();
            emit.emit(next.clamp(MIN, MAX) as u8);
        })
    };
    let tab_button = |tab: Tab, label: &'static str, id: &'static str| {
        let pressed = props.tab == tab;
        html! {
            <button type="button" aria-pressed={pressed.to_string()} data-testid={id} onclick={props.on_tab.reform(move |_: MouseEvent| tab)}>{label}</button>
        }
    };
    let active = |on: bool| on.then_some("active");
    html! {
        <div class="split" ref={container} style={format!("--split: {}%", props.split)}>
            <div class="split-tabs" role="group" aria-label="Show">
                {tab_button(Tab::Statement, "Statement", "tab-statement")}
                {tab_button(Tab::Code, "Code", "tab-code")}
                {tab_button(Tab::Results, "Results", "tab-results")}
            </div>
            <div class={classes!("pane", "pane-statement", active(props.tab == Tab::Statement))}>{props.statement.clone()}</div>
            <div class="splitter" role="separator" tabindex="0" aria-orientation="vertical" aria-label="Resize the statement and code panes"
                aria-valuemin={MIN.to_string()} aria-valuemax={MAX.to_string()} aria-valuenow={props.split.to_string()}
                onpointerdown={on_down} onpointermove={on_move} onpointerup={on_up.clone()} onpointercancel={on_up} onkeydown={on_key}></div>
            <div class="pane pane-work">
                <div class={classes!("pane-code", active(props.tab == Tab::Code))}>{props.code.clone()}</div>
                <div class={classes!("pane-results", active(props.tab == Tab::Results))}>{props.results.clone()}</div>
            </div>
        </div>
    }
}
