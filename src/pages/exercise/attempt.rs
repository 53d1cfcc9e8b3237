//! One attempt at an exercise: renders `AttemptState` and dispatches `AttemptAction`s stamped
//! with the real clock. The hooks do the rest: the workers (the user's, with a spare started on
//! open, and the reference's for custom input and shrinking), the lazy editor, and the draft saves
//! (after a pause, and at once when the page is left). Layout: statement and help on the left,
//! code, custom input and results on the right (tabs on a phone).

use crate::adapters::editor::Language;
use crate::adapters::{clock, file, prefs, theme};
use crate::components::exercise::code_input::CodeInput;
use crate::components::exercise::complexity_chart::ComplexityChart;
use crate::components::exercise::custom_input::CustomInput;
use crate::components::exercise::help_ladder::HelpLadder;
use crate::components::exercise::previous::{draft_key, work_key, PreviousSolution};
use crate::components::exercise::reset_dialog::ResetDialog;
use crate::components::exercise::shrunk::Shrunk;
use crate::components::exercise::split::{Split, Tab};
use crate::components::exercise::statement::Statement;
use crate::components::exercise::style::ExerciseStyle;
use crate::components::exercise::toolbar::Toolbar;
use crate::components::test_results::TestResults;
use crate::hooks::draft::use_drafts;
use crate::hooks::editor::{use_code_editor, EditorArgs, EditorStatus};
use crate::hooks::runner::{use_runner, RunOrder};
use crate::hooks::visit::use_visit_review;
use crate::state::use_app;
use backprep_core::content::ExerciseInfo;
use backprep_core::exercise::attempt::{AttemptAction, AttemptState, Job, Rung};
use backprep_core::exercise::growth::{self, Class, Point};
use backprep_core::exercise::custom;
use backprep_core::rng::Rng;
use backprep_core::srs::Kind;
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
    /// Re-solving from the review queue: a blank editor, the previous solution hidden until
    /// this visit is rated (its code is kept under `review_draft_key`).
    #[prop_or_default]
    pub again: bool,
    /// Part of a mock interview: no help ladder, nothing recorded, and each submit's
    /// (passed, total) goes here.
    #[prop_or_default]
    pub mock: Option<Callback<(u32, u32)>>,
}

#[function_component(ExerciseAttempt)]
pub fn exercise_attempt(props: &Props) -> Html {
    let app = use_app();
    let attempt = {
        let (ex, data, again, mock) = (props.exercise.clone(), app.data.clone(), props.again, props.mock.is_some());
        use_reducer(move || {
            let draft = (!mock).then(|| data.data.drafts.get(&draft_key(&ex.slug, again)).map(|d| d.code.clone())).flatten();
            Host(AttemptState::new(ex, draft.as_deref(), clock::now_ms()))
        })
    };
    let visit = use_visit_review(Kind::Exercise.key(&props.exercise.slug), attempt.0.rung == Rung::Solution);
    let s = &attempt.0;
    let ex = &s.exercise;
    let act = |a: AttemptAction| {
        let attempt = attempt.clone();
        Callback::from(move |_| attempt.dispatch(a.clone()))
    };
    let tab = use_state(|| Tab::Code);
    let split = use_state(prefs::split);
    let on_split = {
        let split = split.clone();
        Callback::from(move |p: u8| {
            prefs::set_split(p);
            split.set(p);
        })
    };

    // Runs: the state orders one, the workers carry it out, the result comes back as an action.
    let order = s.running().map(|(id, job)| {
        RunOrder {
            id,
            request: {
                let attempt = attempt.clone();
                Callback::from(move |nonce: String| attempt.0.request(&nonce).and_then(|r| serde_json::to_string(&r).ok()).unwrap_or_default())
            },
            reference: job.needs_reference().then(|| {
                let attempt = attempt.clone();
                Callback::from(move |nonce: String| attempt.0.reference_request(&nonce).and_then(|r| serde_json::to_string(&r).ok()).unwrap_or_default())
            }),
            limit_ms: ex.time_limit_ms,
        }
    });
    let on_done = {
        let attempt = attempt.clone();
        Callback::from(move |(id, raw, reference)| attempt.dispatch(AttemptAction::RunFinished { id, raw, reference }))
    };
    use_runner(order, on_done);
    // A finished submit counts towards the exercise's best score, with the help it had.
    {
        let (data, attempt, tab, mock) = (app.data.clone(), attempt.clone(), tab.clone(), props.mock.clone());
        let visit = visit.clone();
        use_effect_with(s.reported_run, move |reported| {
            if let (Some(_), Some(r)) = (reported, &attempt.0.report) {
                if let (Some(Job::Submit { .. }), Some(m)) = (&attempt.0.reported_job, &mock) {
                    m.emit((r.passed() as u32, r.rows.len() as u32));
                } else if let Some(Job::Submit { .. }) = attempt.0.reported_job {
                    let (passed, total) = (r.passed() as u32, r.rows.len() as u32);
                    let help = attempt.0.rung as u8;
                    let ex = &attempt.0.exercise;
                    data.dispatch(DataAction::RecordRun { slug: ex.slug.clone(), passed, total, help, at: clock::now_ms() });
                    visit.submitted(total > 0 && passed == total, help, ex.difficulty);
                }
                // On a phone, the results are what the user waits for.
                if *tab == Tab::Code {
                    tab.set(Tab::Results);
                }
            }
        });
    }

    // Drafts: whatever is owed goes to the user's data.
    let unsaved = {
        let (attempt, again, mock) = (attempt.clone(), props.again, props.mock.is_some());
        Callback::from(move |_| attempt.0.unsaved().map(|w| w.under(&work_key(&attempt.0.exercise.slug, again, mock))))
    };
    let saved = {
        let attempt = attempt.clone();
        Callback::from(move |edits| attempt.dispatch(AttemptAction::Saved { edits }))
    };
    use_drafts(s.owed_edits(), unsaved, saved);

    let seed_box = use_node_ref();
    let on_submit = {
        let (attempt, seed_box) = (attempt.clone(), seed_box.clone());
        Callback::from(move |_: ()| attempt.dispatch(AttemptAction::Submit { seed: clock::submit_seed(&seed_box) }))
    };
    let on_run = act(AttemptAction::Run);
    let on_key_run = {
        let (run, submit) = (on_run.clone(), on_submit.clone());
        Callback::from(move |shift: bool| if shift { submit.emit(()) } else { run.emit(()) })
    };
    let on_edit = {
        let attempt = attempt.clone();
        Callback::from(move |code: String| attempt.dispatch(AttemptAction::Edit(code)))
    };
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
        on_run: on_key_run.clone(),
    });
    let on_file = {
        let attempt = attempt.clone();
        Callback::from(move |f: web_sys::File| {
            let attempt = attempt.clone();
            wasm_bindgen_futures::spawn_local(async move { attempt.dispatch(AttemptAction::File(file::read(f).await)) });
        })
    };
    let on_custom_text = {
        let attempt = attempt.clone();
        Callback::from(move |t: String| attempt.dispatch(AttemptAction::CustomText(t)))
    };

    let limit_s = f64::from(ex.time_limit_ms) / 1000.0;
    let busy = s.running_job().cloned();
    let statement = html! {
        <>
            <Statement signature={ex.signature.clone()}
                statement_html={ex.statement_html.clone()} forbidden={ex.forbidden.clone()} />
            if props.mock.is_none() {
            <HelpLadder
                hints={ex.hints_html.iter().cloned().map(AttrValue::from).collect::<Vec<_>>()} hints_shown={s.hints_shown} on_hint={act(AttemptAction::ShowHint)}
                lines={s.reference_lines().into_iter().map(|l| AttrValue::from(l.to_string())).collect::<Vec<_>>()} lines_shown={s.lines_shown}
                lines_offered={s.lines_offered()} on_line={act(AttemptAction::RevealLine)}
                parsons_offered={s.parsons_offered()} parsons_open={s.parsons_open} on_parsons={act(AttemptAction::OpenParsons)}
                distractors={ex.distractors.iter().cloned().map(AttrValue::from).collect::<Vec<_>>()} seed={/* one puzzle per exercise, the same after a reload */ Rng::derived(0, &ex.slug).next_u64()}
                solution={ex.solution.clone()} solution_offered={s.solution_offered()} solution_open={s.solution_open} on_solution={act(AttemptAction::ToggleSolution)} />
            }
        </>
    };
    let code = html! {
        <section class="workbench" aria-label="Your solution">
            <Toolbar running={s.is_running()} {busy} on_run={on_run.clone()} on_submit={on_submit.clone()} seed_box={seed_box.clone()} {on_file} on_reset={act(AttemptAction::AskReset)} />
            if s.confirm_reset {
                <ResetDialog on_confirm={act(AttemptAction::ConfirmReset)} on_cancel={act(AttemptAction::CancelReset)} />
            }
            if let Some(n) = &s.note { <p class="meta" role="status">{n}</p> }
            if let EditorStatus::Failed(e) = &editor.status { <p class="meta" role="status">{format!("{e}. You can still type in the plain text box.")}</p> }
            <CodeInput {host} editor_ready={editor.status == EditorStatus::Ready} code={s.code.clone()} on_input={on_edit} on_run={on_key_run} on_wake={editor.wake.clone()} />
            <p class="meta" id="seed-help">{format!("Run checks the examples; Submit runs every test, with random ones from a new seed unless you type one. Your code runs in a sandboxed worker, stopped after {limit_s} s. Drafts are saved in this browser as you type.")}</p>
            <CustomInput custom={s.custom.clone()} shape={custom::shape(ex)} running={s.is_running()} on_text={on_custom_text} on_toggle={act(AttemptAction::ToggleCustom)} on_run={act(AttemptAction::RunCustom)} />
        </section>
    };
    let chart = chart_for(s);
    let results = html! {
        <div class="results-area" data-run={s.reported_run.map(|r| r.to_string())}>
            if let Some(r) = &s.report {
                <TestResults report={r.clone()} seed={s.seed()}>
                    if let Some(sh) = &s.shrinking {
                        <Shrunk shrinking={sh.clone()} on_stop={act(AttemptAction::StopShrinking)} on_to_custom={act(AttemptAction::ShrunkToCustom)} />
                    }
                    {chart}
                </TestResults>
            } else {
                <p class="meta">{"Results appear here after Run or Submit."}</p>
            }
        </div>
    };
    let on_tab = {
        let tab = tab.clone();
        Callback::from(move |t: Tab| tab.set(t))
    };
    html! {
        <div class="page exercise" data-testid="exercise">
            <ExerciseStyle />
            <div class="exercise-head">
                <h1 tabindex="-1">{&ex.title}</h1>
                if props.mock.is_none() { <p class="meta">{&ex.summary}</p> }
                if props.again {
                    <PreviousSolution rated={visit.rated()} slug={ex.slug.clone()} />
                }
            </div>
            <Split {statement} {code} {results} split={*split} {on_split} tab={*tab} {on_tab} />
        </div>
    }
}

/// The complexity chart of the last submit, for exercises with a read-count check.
fn chart_for(s: &AttemptState) -> Html {
    let (Some(c), Some(r), Some(Job::Submit { .. })) = (&s.exercise.complexity, &s.report, &s.reported_job) else { return Html::default() };
    let points: Vec<Point> = r.reads().into_iter().map(|(n, ops)| Point { n, ops }).collect();
    if points.is_empty() {
        return Html::default();
    }
    let mut sizes: Vec<u64> = points.iter().map(|p| p.n).filter(|&n| n >= 1).collect();
    sizes.sort_unstable();
    sizes.dedup();
    let limit: Vec<Point> = sizes.iter().map(|&n| Point { n, ops: c.max_reads(n as usize) }).collect();
    let fit = growth::fit(&points);
    // The read-count check's bound is logarithmic: that is the growth it expects.
    html! { <ComplexityChart {points} {limit} {fit} expected={Class::Log} unit="element reads" /> }
}
