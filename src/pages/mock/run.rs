//! A mock in progress: its intro, then each part under its own clock and the total one, forward
//! only. Each part keeps reporting its outcome so far; "Next part" or the part's clock running out
//! hands that outcome to the core state machine (`mock::run`), which moves on.

use super::debrief::MockDebrief;
use super::parts::PartView;
use crate::adapters::clock;
use crate::components::timer::Timer;
use backprep_core::mock::plan::MockPlan;
use backprep_core::mock::preset::PartKind;
use backprep_core::mock::run::{MockAction, MockPhase, MockState, PartOutcome};
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// Yew's reducer around the core state machine.
#[derive(PartialEq)]
struct Host(MockState);

impl Reducible for Host {
    type Action = MockAction;
    fn reduce(self: Rc<Self>, action: MockAction) -> Rc<Self> {
        Rc::new(Host(self.0.clone().apply(action)))
    }
}

#[derive(Properties, PartialEq)]
pub struct Props {
    pub plan: MockPlan,
}

#[function_component(MockRun)]
pub fn mock_run(props: &Props) -> Html {
    let mock = {
        let plan = props.plan.clone();
        use_reducer(move || Host(MockState::new(plan)))
    };
    let now = use_state(clock::now_ms);
    let outcome: Rc<RefCell<PartOutcome>> = use_mut_ref(|| PartOutcome::zero(0.0));
    let confirm_quit = use_state(|| false);
    let s = &mock.0;
    // The clocks tick; a part whose time is up ends with what it has (the quiz part ends itself:
    // its own clock is the part's).
    {
        let (now, mock, outcome) = (now.clone(), mock.clone(), outcome.clone());
        use_effect_with(s.phase == MockPhase::Running, move |running| {
            let tick = running.then(|| {
                clock::Interval::new(250, move || {
                    let t = clock::now_ms();
                    now.set(t);
                    if mock.0.time_up(t) && mock.0.part().is_some_and(|p| p.kind != PartKind::Quiz) {
                        mock.dispatch(MockAction::TimeUp { now_ms: t, outcome: outcome.borrow().clone() });
                    }
                })
            });
            move || drop(tick)
        });
    }
    let plan = &s.plan;
    match s.phase {
        MockPhase::Intro => {
            let start = {
                let mock = mock.clone();
                Callback::from(move |_| mock.dispatch(MockAction::Start { now_ms: clock::now_ms() }))
            };
            html! {
                <div class="page" data-testid="mock-intro">
                    <h1 tabindex="-1">{format!("Mock interview: {}", plan.preset.title)}</h1>
                    <p class="lead">{format!("About {} minutes. Like the real thing: no hints, no difficulty or topic labels, one clock per part and one for the whole, and no going back to a part once you move on.", plan.minutes())}</p>
                    <ol class="mock-parts">
                        { for plan.parts.iter().map(|p| html! { <li>{format!("{}: {} · {} min", p.kind.label(), count(p.kind, p.items.len()), p.minutes)}</li> }) }
                    </ol>
                    if !plan.skipped.is_empty() {
                        <p class="meta">{format!("Left out, as there is nothing to draw from: {}.", plan.skipped.iter().map(|k| k.label()).collect::<Vec<_>>().join(", "))}</p>
                    }
                    <p class="meta">{format!("Seed {}: the same link gives the same mock, to share or retake.", plan.seed)}</p>
                    <button type="button" class="primary" data-testid="mock-start" onclick={start}>{"Start the interview"}</button>
                </div>
            }
        }
        MockPhase::Finished => html! { <MockDebrief state={s.clone()} /> },
        MockPhase::Running => {
            let Some(part) = s.part().cloned() else { return html! {} };
            let on_outcome = {
                let outcome = outcome.clone();
                Callback::from(move |o: PartOutcome| *outcome.borrow_mut() = o)
            };
            let on_done = {
                let mock = mock.clone();
                Callback::from(move |o: PartOutcome| mock.dispatch(MockAction::Finish { now_ms: clock::now_ms(), outcome: o }))
            };
            let next = {
                let (mock, outcome) = (mock.clone(), outcome.clone());
                Callback::from(move |_| mock.dispatch(MockAction::Finish { now_ms: clock::now_ms(), outcome: outcome.borrow().clone() }))
            };
            let quit = {
                let (mock, outcome) = (mock.clone(), outcome.clone());
                Callback::from(move |_| mock.dispatch(MockAction::Quit { now_ms: clock::now_ms(), outcome: outcome.borrow().clone() }))
            };
            let last = s.current() + 1 == plan.parts.len();
            html! {
                <div class="page mock-run">
                    <div class="mock-bar">
                        <strong>{format!("Part {} of {}: {}", s.current() + 1, plan.parts.len(), part.kind.label())}</strong>
                        <Timer left_ms={s.part_left_ms(*now).unwrap_or(0.0)} label="Part time left" testid={Some(AttrValue::from("mock-timer"))} />
                        <Timer left_ms={s.total_left_ms(*now).unwrap_or(0.0)} label="Interview time left" />
                        if part.kind != PartKind::Quiz {
                            <button type="button" class="primary" data-testid="mock-next" onclick={next}>{ if last { "Finish the interview" } else { "Next part" } }</button>
                        }
                        <button type="button" class="quiet" onclick={{ let c = confirm_quit.clone(); Callback::from(move |_| c.set(true)) }}>{"End now"}</button>
                    </div>
                    if *confirm_quit {
                        <div class="dialog" role="alertdialog" aria-label="End the interview now?">
                            <p>{"End now? This part counts what you have done so far, the parts after it count as zero, and the debrief follows."}</p>
                            <button type="button" class="primary" onclick={quit} data-testid="mock-quit-confirm">{"End and see the debrief"}</button>
                            <button type="button" onclick={{ let c = confirm_quit.clone(); Callback::from(move |_| c.set(false)) }}>{"Keep going"}</button>
                        </div>
                    }
                    <section data-testid="mock-part" data-kind={part.kind.id()} aria-label={part.kind.label()}>
                        <PartView key={s.current()} {part} seed={plan.seed} {on_outcome} {on_done} />
                    </section>
                </div>
            }
        }
    }
}

/// "6 questions", "1 exercise", "2 prompts".
fn count(kind: PartKind, n: usize) -> String {
    let what = match kind {
        PartKind::Quiz => "question",
        PartKind::Code | PartKind::Sql => "exercise",
        PartKind::Estimation => "estimate set",
        PartKind::Design | PartKind::Behavioural => "prompt",
    };
    format!("{n} {what}{}", if n == 1 { "" } else { "s" })
}
