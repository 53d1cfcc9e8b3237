//! The help ladder, each rung giving away more than the last: hints one at a time, the
//! reference revealed line by line, a Parsons puzzle of the reference's lines, the full solution.
//! Which rungs are open is decided by the attempt's state; this only renders them.

use crate::components::exercise::hints::Hints;
use crate::components::exercise::parsons::Parsons;
use crate::components::exercise::solution::Solution;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// Every hint (sanitized HTML), and how many are revealed.
    pub hints: Vec<AttrValue>,
    pub hints_shown: usize,
    pub on_hint: Callback<()>,
    /// The reference's non-blank lines, how many are revealed, and whether this rung is open.
    pub lines: Vec<AttrValue>,
    pub lines_shown: usize,
    pub lines_offered: bool,
    pub on_line: Callback<()>,
    /// The Parsons rung: open to start, started, and what it is made of.
    pub parsons_offered: bool,
    pub parsons_open: bool,
    pub on_parsons: Callback<()>,
    pub distractors: Vec<AttrValue>,
    /// Shuffles the puzzle (the same for one exercise every time).
    pub seed: u64,
    /// The full solution.
    pub solution: AttrValue,
    pub solution_offered: bool,
    pub solution_open: bool,
    pub on_solution: Callback<()>,
}

#[function_component(HelpLadder)]
pub fn help_ladder(props: &Props) -> Html {
    let total = props.lines.len();
    let shown = props.lines.iter().take(props.lines_shown).map(|l| l.to_string()).collect::<Vec<_>>().join("\n");
    html! {
        <section class="help" aria-labelledby="help-h">
            <h2 id="help-h">{"Help"}</h2>
            <p class="meta">{"Each step gives away more: hints, then the reference solution line by line, then its lines to put in order, then all of it."}</p>
            <Hints hints={props.hints.clone()} shown={props.hints_shown} on_more={props.on_hint.clone()} />
            if props.lines_offered {
                <div class="ladder-lines">
                    if props.lines_shown > 0 {
                        <pre data-testid="reference-lines" aria-label="The reference solution's first lines"><code>{shown}</code></pre>
                    }
                    if props.lines_shown < total {
                        <button type="button" data-testid="reveal-line" onclick={props.on_line.reform(|_: MouseEvent| ())}>
                            {format!("Reveal the next line of the reference ({} of {total})", props.lines_shown + 1)}
                        </button>
                    }
                </div>
            }
            if props.parsons_offered {
                if props.parsons_open {
                    <Parsons solution={props.solution.clone()} distractors={props.distractors.clone()} seed={props.seed} on_solved={Callback::noop()} />
                } else {
                    <button type="button" data-testid="open-parsons" onclick={props.on_parsons.reform(|_: MouseEvent| ())}>
                        {"Put the reference's lines in order (a Parsons puzzle)"}
                    </button>
                }
            }
            if props.solution_offered {
                <Solution code={props.solution.clone()} open={props.solution_open} on_toggle={props.on_solution.clone()} />
            } else {
                <p class="meta">{"The full reference solution is offered after your first run, or after the puzzle."}</p>
            }
        </section>
    }
}
