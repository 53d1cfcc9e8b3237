//! The Parsons puzzle (third rung of the help ladder): renders the core's `Puzzle` and dispatches
//! `ParsonsAction`s. Pointer: drag a line onto the upper or lower half of another line to put it
//! before or after it, or onto the unused list; or use the small buttons. Keyboard: Alt+↑/Alt+↓
//! move the focused line, Delete/Backspace leave it out or put it back. Focus follows the line.

use backprep_core::exercise::parsons::{ParsonsAction, Puzzle};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

/// The drag payload's type: private, so dropping a line into the code editor inserts nothing.
const DRAG_TYPE: &str = "application/x-backprep-parsons-line";

/// Yew's reducer around the core state machine.
#[derive(PartialEq)]
struct Host(Puzzle);

impl Reducible for Host {
    type Action = ParsonsAction;
    fn reduce(self: Rc<Self>, action: ParsonsAction) -> Rc<Self> {
        Rc::new(Host(self.0.clone().apply(action)))
    }
}

#[derive(Properties, PartialEq)]
pub struct Props {
    /// The reference solution's source; its lines (see `parsons::solution_lines`) are the puzzle.
    /// Read once: give the component a `key` to start a new puzzle for another exercise.
    pub solution: AttrValue,
    /// Wrong lines mixed in, which the learner must leave out.
    pub distractors: Vec<AttrValue>,
    /// Shuffles the lines: the same seed gives the same puzzle.
    pub seed: u64,
    /// Emitted once, when a check finds the program right.
    pub on_solved: Callback<()>,
}

/// A line to focus, and the order (placed, unused) when that was asked.
struct FocusRequest {
    id: usize,
    order: (Vec<usize>, Vec<usize>),
}

impl FocusRequest {
    fn new(id: usize, puzzle: &UseReducerHandle<Host>) -> FocusRequest {
        FocusRequest { id, order: (puzzle.0.placed().to_vec(), puzzle.0.unused().to_vec()) }
    }
}

/// The line (`data-line-id`) and, for placed lines, the position (`data-pos`) an event is in.
fn line_at(e: &Event) -> Option<(usize, Option<usize>, Element)> {
    let li = e.target()?.dyn_into::<Element>().ok()?.closest("[data-line-id]").ok()??;
    let id = li.get_attribute("data-line-id")?.parse().ok()?;
    let pos = li.get_attribute("data-pos").and_then(|p| p.parse().ok());
    Some((id, pos, li))
}

/// Where a drop at this event would insert into the program: before the line under the
/// pointer, after it when the pointer is on its lower half, at the end below the last line.
fn drop_index(e: &DragEvent, placed: usize) -> usize {
    match line_at(e) {
        Some((_, Some(pos), li)) => {
            let r = li.get_bounding_client_rect();
            if f64::from(e.client_y()) > r.top() + r.height() / 2.0 {
                pos + 1
            } else {
                pos
            }
        }
        _ => placed,
    }
}

/// `event.dataTransfer` without the `DataTransfer` web-sys feature: the payload (Firefox starts a
/// drag only with one) and the allowed effect.
fn set_drag_data(e: &DragEvent, id: usize) {
    let Ok(dt) = js_sys::Reflect::get(e, &JsValue::from_str("dataTransfer")) else { return };
    if !dt.is_object() {
        return;
    }
    let _ = js_sys::Reflect::set(&dt, &"effectAllowed".into(), &"move".into());
    if let Some(set_data) = js_sys::Reflect::get(&dt, &"setData".into()).ok().and_then(|f| f.dyn_into::<js_sys::Function>().ok()) {
        let _ = set_data.call2(&dt, &DRAG_TYPE.into(), &id.to_string().into());
    }
}

#[function_component(Parsons)]
pub fn parsons(props: &Props) -> Html {
    let puzzle = {
        let (solution, seed) = (props.solution.clone(), props.seed);
        let distractors: Vec<String> = props.distractors.iter().map(|d| d.to_string()).collect();
        use_reducer(move || Host(Puzzle::new(&solution, &distractors, seed)))
    };
    let section = use_node_ref();
    // The line to focus once a render shows the move (moving an element, or re-creating it in
    // the other list, drops its focus), with the order it was asked in: an effect of an earlier
    // render that runs late must not use up the request.
    let focus: Rc<RefCell<Option<FocusRequest>>> = use_mut_ref(|| None);
    let dragging: Rc<RefCell<Option<usize>>> = use_mut_ref(|| None);
    // Where a drop would land: `Some(i)` before placed line `i` (or at the end), for the marker.
    let drop_at = use_state_eq(|| None::<usize>);

    {
        let (section, focus) = (section.clone(), focus.clone());
        let shown = (puzzle.0.placed().to_vec(), puzzle.0.unused().to_vec());
        use_effect(move || {
            if !matches!(&*focus.borrow(), Some(r) if r.order != shown) {
                return;
            }
            let Some(FocusRequest { id, .. }) = focus.borrow_mut().take() else { return };
            let line = section
                .cast::<Element>()
                .and_then(|s| s.query_selector(&format!("[data-line-id=\"{id}\"]")).ok().flatten())
                .and_then(|el| el.dyn_into::<HtmlElement>().ok());
            if let Some(line) = line {
                let _ = line.focus();
            }
        });
    }
    {
        let on_solved = props.on_solved.clone();
        use_effect_with(puzzle.0.is_solved(), move |solved| {
            if *solved {
                on_solved.emit(());
            }
        });
    }

    let p = &puzzle.0;
    let frozen = p.is_solved();
    let placed_len = p.placed().len();
    let act = |action: ParsonsAction, id: usize| {
        let (puzzle, focus) = (puzzle.clone(), focus.clone());
        Callback::from(move |_: MouseEvent| {
            *focus.borrow_mut() = Some(FocusRequest::new(id, &puzzle));
            puzzle.dispatch(action);
        })
    };
    let onkeydown = {
        let (puzzle, focus) = (puzzle.clone(), focus.clone());
        Callback::from(move |e: KeyboardEvent| {
            let Some((id, pos, _)) = line_at(&e) else { return };
            let action = match (e.key().as_str(), e.alt_key()) {
                ("ArrowUp", true) => ParsonsAction::Up(id),
                ("ArrowDown", true) => ParsonsAction::Down(id),
                ("Delete" | "Backspace", false) if pos.is_some() => ParsonsAction::Discard(id),
                ("Delete" | "Backspace", false) => ParsonsAction::Restore(id),
                _ => return,
            };
            e.prevent_default();
            *focus.borrow_mut() = Some(FocusRequest::new(id, &puzzle));
            puzzle.dispatch(action);
        })
    };
    let ondragstart = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            if let Some((id, _, _)) = line_at(&e) {
                *dragging.borrow_mut() = Some(id);
                set_drag_data(&e, id);
            }
        })
    };
    let ondragend = {
        let (dragging, drop_at) = (dragging.clone(), drop_at.clone());
        Callback::from(move |_: DragEvent| {
            dragging.borrow_mut().take();
            drop_at.set(None);
        })
    };
    let placed_dragover = {
        let (dragging, drop_at) = (dragging.clone(), drop_at.clone());
        Callback::from(move |e: DragEvent| {
            if dragging.borrow().is_some() {
                e.prevent_default();
                drop_at.set(Some(drop_index(&e, placed_len)));
            }
        })
    };
    let placed_drop = {
        let (puzzle, dragging, drop_at, focus) = (puzzle.clone(), dragging.clone(), drop_at.clone(), focus.clone());
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            drop_at.set(None);
            if let Some(id) = dragging.borrow_mut().take() {
                *focus.borrow_mut() = Some(FocusRequest::new(id, &puzzle));
                puzzle.dispatch(ParsonsAction::Move { id, to: drop_index(&e, placed_len) });
            }
        })
    };
    let unused_dragover = {
        let (dragging, drop_at) = (dragging.clone(), drop_at.clone());
        Callback::from(move |e: DragEvent| {
            if dragging.borrow().is_some() {
                e.prevent_default();
                drop_at.set(None);
            }
        })
    };
    let unused_drop = {
        let (puzzle, dragging, focus) = (puzzle.clone(), dragging.clone(), focus.clone());
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            if let Some(id) = dragging.borrow_mut().take() {
                *focus.borrow_mut() = Some(FocusRequest::new(id, &puzzle));
                puzzle.dispatch(ParsonsAction::Discard(id));
            }
        })
    };

    let verdict = p.last_check();
    let wrong_at = verdict.and_then(|v| v.first_wrong);
    let n_distractors = p.lines().iter().filter(|l| l.distractor).count();
    let code = |id: usize| {
        let text = &p.lines()[id].text;
        let indent = text.len() - text.trim_start().len();
        html! {
            <>
                if indent > 0 { <span class="visually-hidden">{format!("indented {indent}: ")}</span> }
                <code>{text.clone()}</code>
            </>
        }
    };
    let placed = p.placed().iter().enumerate().map(|(pos, &id)| {
        let mut class = classes!("parsons-line");
        if *drop_at == Some(pos) {
            class.push("drop-before");
        }
        if wrong_at == Some(pos) {
            class.push("is-wrong");
        }
        html! {
            <li key={id} {class} data-testid="parsons-line" data-line-id={id.to_string()} data-pos={pos.to_string()}
                draggable={(!frozen).to_string()} tabindex="0" aria-describedby="parsons-keys">
                { code(id) }
                if !frozen {
                    <span class="parsons-tools">
                        <button type="button" class="quiet" tabindex="-1" aria-label="Move up" title="Move up (Alt+↑)"
                            disabled={pos == 0} onclick={act(ParsonsAction::Up(id), id)}>{"↑"}</button>
                        <button type="button" class="quiet" tabindex="-1" aria-label="Move down" title="Move down (Alt+↓)"
                            disabled={pos + 1 == placed_len} onclick={act(ParsonsAction::Down(id), id)}>{"↓"}</button>
                        <button type="button" class="quiet" tabindex="-1" title="Leave this line out (Delete)"
                            onclick={act(ParsonsAction::Discard(id), id)}>{"Leave out"}</button>
                    </span>
                }
            </li>
        }
    });
    let unused = p.unused().iter().map(|&id| {
        html! {
            <li key={id} class="parsons-line" data-testid="parsons-unused-line" data-line-id={id.to_string()}
                draggable={(!frozen).to_string()} tabindex="0" aria-describedby="parsons-keys">
                { code(id) }
                if !frozen {
                    <span class="parsons-tools">
                        <button type="button" class="quiet" tabindex="-1" title="Put this line back at the end of your program (Delete)"
                            onclick={act(ParsonsAction::Restore(id), id)}>{"Use"}</button>
                    </span>
                }
            </li>
        }
    });
    let on_check = {
        let puzzle = puzzle.clone();
        Callback::from(move |_: MouseEvent| puzzle.dispatch(ParsonsAction::Check))
    };
    let status_class = match verdict {
        Some(v) if v.solved => "parsons-verdict right",
        Some(_) => "parsons-verdict wrong",
        None => "parsons-verdict",
    };
    let lines_word = if n_distractors == 1 { "line is" } else { "lines are" };

    html! {
        <section class="parsons" data-testid="parsons" aria-labelledby="parsons-h" ref={section.clone()}>
            <h3 id="parsons-h">{"Put the reference solution's lines in order"}</h3>
            <p>{format!(
                "Order the lines so they make the reference solution, indentation included. {n_distractors} {lines_word} not part of it: leave them out. Then press Check order."
            )}</p>
            <p class="meta" id="parsons-keys">{"Drag a line onto another to move it there, or use its buttons. On a focused line: Alt+Up and Alt+Down move it, Delete leaves it out or puts it back."}</p>
            <h4 id="parsons-program-h">{"Your program"}</h4>
            <ol class={classes!("parsons-lines", (*drop_at == Some(placed_len)).then_some("drop-end"))} aria-labelledby="parsons-program-h"
                onkeydown={onkeydown.clone()} ondragstart={ondragstart.clone()} ondragend={ondragend.clone()} ondragover={placed_dragover} ondrop={placed_drop}>
                { for placed }
            </ol>
            <h4 id="parsons-unused-h">{format!("Unused lines ({})", p.unused().len())}</h4>
            <ul class="parsons-lines parsons-unused" data-testid="parsons-unused" aria-labelledby="parsons-unused-h"
                {onkeydown} {ondragstart} {ondragend} ondragover={unused_dragover} ondrop={unused_drop}>
                { for unused }
                if p.unused().is_empty() { <li class="meta parsons-empty">{"None yet: drop a line here to leave it out."}</li> }
            </ul>
            <div class="actions">
                <button type="button" class="primary" data-testid="parsons-check" onclick={on_check}>{"Check order"}</button>
            </div>
            <p role="status" class={status_class} data-testid="parsons-verdict">
                { verdict.map(|v| {
                    if v.solved { v.message.clone() } else { format!("{} {} of {} lines are in order.", v.message, v.in_place, v.total) }
                }).unwrap_or_default() }
            </p>
            <p class="visually-hidden" aria-live="polite" data-testid="parsons-announce">{p.announcement().to_string()}</p>
        </section>
    }
}

