//! One attempt at an exercise: renders `AttemptState` and dispatches `AttemptAction`s stamped
//! with the real clock. The hooks do the rest: the worker runs (a spare started on open), the
//! lazy editor, and the draft saves (after a pause, and at once when the page is left).

use crate::adapters::{clock, file, theme};
use crate::components::exercise::code_input::CodeInput;
use crate::components::exercise::hints::Hints;
use crate::components::exercise::reset_dialog::ResetDialog;
use crate::components::exercise::solution::Solution;
use crate::components::exercise::statement::Statement;
use crate::components::exercise::toolbar::Toolbar;
use crate::components::test_results::TestResults;
use crate::hooks::draft::use_drafts;
use crate::adapters::editor::Language;
use crate::hooks::editor::{use_code_editor, EditorArgs, EditorStatus};
use crate::hooks::runner::{use_runner, RunOrder};
use crate::state::use_app;
use backprep_core::content::ExerciseInfo;
use backprep_core::exercise::attempt::{AttemptAction, AttemptState, RunPhase};
use backprep_core::store::DataAction;
use std::rc::Rc;
use yew::prelude::*;

/// Yew's reducer around the core state machine.
#[derive(PartialEq)]
struct Host(AttemptState);

impl Reducible for Host {
    type Action = AttemptAction;
    fn reduce(self: Rc<Self>, action: AttemptAction) -> Rc<Self> {
        Rc::new(Host(self.0.clone().apply(action, clock::now_ms())))
    }
}

#[derive(Properties, PartialEq)]
pub struct Props {
    pub exercise: Rc<ExerciseInfo>,
}

#[function_component(ExerciseAttempt)]
pub fn exercise_attempt(props: &Props) -> Html {
    let app = use_app();
    let attempt = {
        let (ex, data) = (props.exercise.clone(), app.data.clone());
        use_reducer(move || {
            let draft = data.data.drafts.get(&ex.slug).map(|d| d.code.clone());
            Host(AttemptState::new(ex, draft.as_deref(), clock::now_ms()))
        })
    };
    let s = &attempt.0;
    let ex = &s.exercise;
    let act = |a: AttemptAction| {
        let attempt = attempt.clone();
        Callback::from(move |_| attempt.dispatch(a.clone()))
    };

    // Runs: the state orders one, the worker carries it out, the result comes back as an action.
    let order = match &s.run {
        RunPhase::Running { id, .. } => Some(RunOrder {
            id: *id,
            request: {
                let attempt = attempt.clone();
                Callback::from(move |nonce: String| attempt.0.request(&nonce).and_then(|r| serde_json::to_string(&r).ok()).unwrap_or_default())
            },
            limit_ms: ex.time_limit_ms,
        }),
        RunPhase::Idle => None,
    };
    let on_done = {
        let attempt = attempt.clone();
        Callback::from(move |(id, raw)| attempt.dispatch(AttemptAction::RunFinished { id, raw }))
    };
    use_runner(order, on_done);
    // A finished run counts towards the exercise's best score.
    {
        let (data, attempt) = (app.data.clone(), attempt.clone());
        use_effect_with(s.reported_run, move |reported| {
            if let (Some(_), Some(r)) = (reported, &attempt.0.report) {
                let (passed, total) = (r.passed() as u32, r.rows.len() as u32);
                data.dispatch(DataAction::RecordRun { slug: attempt.0.exercise.slug.clone(), passed, total, at: clock::now_ms() });
            }
        });
    }

    // Drafts: whatever is owed goes to the user's data.
    let unsaved = {
        let attempt = attempt.clone();
        Callback::from(move |_| attempt.0.unsaved())
    };
    let saved = {
        let attempt = attempt.clone();
        Callback::from(move |edits| attempt.dispatch(AttemptAction::Saved { edits }))
    };
    use_drafts(s.owed_edits(), unsaved, saved);

    let on_edit = {
        let attempt = attempt.clone();
        Callback::from(move |code: String| attempt.dispatch(AttemptAction::Edit(code)))
    };
    let on_run = act(AttemptAction::Run);
    let dark = theme::is_dark(app.data.data.settings.theme);
    let host = use_node_ref();
    let editor = use_code_editor(EditorArgs {
        host: host.clone(),
        label: format!("Code editor for {}", ex.title),
        language: Language::JavaScript,
        dark,
        code: {
            let attempt = attempt.clone();
            Callback::from(move |_| attempt.0.code.clone())
        },
        replaced: s.replaced,
        on_change: on_edit.clone(),
        on_run: on_run.clone(),
    });
    let on_file = {
        let attempt = attempt.clone();
        Callback::from(move |f: web_sys::File| {
            let attempt = attempt.clone();
            wasm_bindgen_futures::spawn_local(async move { attempt.dispatch(AttemptAction::File(file::read(f).await)) });
        })
    };

    let limit_s = f64::from(ex.time_limit_ms) / 1000.0;
    html! {
        <div class="page exercise" data-testid="exercise">
            <Statement title={ex.title.clone()} summary={ex.summary.clone()} signature={ex.signature.clone()}
                statement_html={ex.statement_html.clone()} forbidden={ex.forbidden.clone()} />
            <Hints hints={ex.hints_html.iter().cloned().map(AttrValue::from).collect::<Vec<_>>()} shown={s.hints_shown} on_more={act(AttemptAction::ShowHint)} />

            <section class="workbench" aria-label="Your solution">
                <Toolbar running={s.is_running()} on_run={on_run.clone()} {on_file} on_reset={act(AttemptAction::AskReset)} />
                if s.confirm_reset {
                    <ResetDialog on_confirm={act(AttemptAction::ConfirmReset)} on_cancel={act(AttemptAction::CancelReset)} />
                }
                if let Some(n) = &s.note { <p class="meta" role="status">{n}</p> }
                if let EditorStatus::Failed(e) = &editor { <p class="meta" role="status">{format!("{e}. You can still type in the plain text box.")}</p> }
                <CodeInput {host} editor_ready={editor == EditorStatus::Ready} code={s.code.clone()} on_input={on_edit} {on_run} />
                <p class="meta">{format!("Your code runs in a sandboxed worker, stopped after {limit_s} s. Drafts are saved in this browser as you type.")}</p>
            </section>

            if let Some(r) = &s.report {
                <TestResults report={r.clone()} />
            }
            if s.solution_offered() {
                <Solution code={ex.solution.clone()} open={s.solution_open} on_toggle={act(AttemptAction::ToggleSolution)} />
            }
        </div>
    }
}
