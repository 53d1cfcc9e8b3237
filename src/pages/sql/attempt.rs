//! One attempt at a SQL exercise: renders `SqlAttempt` and dispatches `SqlAction`s; the hooks
//! do the rest (the engine's worker, the lazy SQL editor, draft saves).

use crate::adapters::editor::Language;
use crate::adapters::{clock, file, theme};
use crate::components::exercise::code_input::CodeInput;
use crate::components::exercise::hints::Hints;
use crate::components::exercise::previous::{draft_key, work_key, PreviousSolution};
use crate::components::exercise::solution::Solution;
use crate::components::exercise::style::ExerciseStyle;
use crate::components::raw_html::RawHtml;
use crate::components::sql::grid::ResultGrid;
use crate::components::sql::schema::SchemaPanel;
use crate::components::sql::verdicts::SqlVerdicts;
use crate::hooks::draft::use_drafts;
use crate::hooks::editor::{use_code_editor, EditorArgs, EditorStatus};
use crate::hooks::sql::{self, use_sql_engine};
use crate::hooks::visit::use_visit_review;
use crate::state::use_app;
use backprep_core::sql::attempt::{Busy, RunView, SqlAction, SqlAttempt};
use backprep_core::sql::dataset;
use backprep_core::sql::{SqlExercise, SqlKind};
use backprep_core::srs::Kind;
use backprep_core::store::DataAction;
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(PartialEq)]
struct Host(SqlAttempt);

impl Reducible for Host {
    type Action = SqlAction;
    fn reduce(self: Rc<Self>, action: SqlAction) -> Rc<Self> {
        Rc::new(Host(self.0.clone().apply(action, clock::now_ms())))
    }
}

#[derive(Properties, PartialEq)]
pub struct Props {
    pub exercise: Rc<SqlExercise>,
    /// Re-solving from the review queue: a blank editor, the previous query hidden until rated.
    #[prop_or_default]
    pub again: bool,
    /// Part of a mock interview: no hints or solution, nothing recorded, and each graded submit's
    /// (passed, total) goes here.
    #[prop_or_default]
    pub mock: Option<Callback<(u32, u32)>>,
}

fn run_view(view: &RunView, ex: &SqlExercise) -> Html {
    match view {
        RunView::Failed(e) => html! { <div class="compile-error" role="alert" data-testid="sql-error">{e}</div> },
        RunView::Done(out) => html! {
            <section class="run-output" aria-labelledby="run-h">
                <h2 id="run-h">{"Run on the showcase data"}</h2>
                if let Some(e) = &out.error {
                    <div class="compile-error" role="alert" data-testid="sql-error"><strong>{"SQLite: "}</strong><code>{e}</code></div>
                }
                if ex.kind == SqlKind::Index {
                    if let Some(Ok(plan)) = out.reads.first() {
                        <h3>{"Plan of the given query"}</h3>
                        <pre data-testid="sql-plan">{backprep_core::sql::grade::lines(plan).join("\n")}</pre>
                    }
                    if let Some(Ok(rows)) = out.reads.get(1) {
                        <ResultGrid result={rows.clone()} label="Rows of the given query" />
                    }
                } else if ex.kind == SqlKind::Script {
                    { for ex.compare_tables.iter().zip(&out.reads).map(|(t, r)| match r {
                        Ok(rows) => html! { <><h3><code>{t}</code>{" after your SQL"}</h3><ResultGrid result={rows.clone()} label={format!("{t} after your SQL")} /></> },
                        Err(e) => html! { <p role="alert">{format!("{t} cannot be read after your SQL: {e}")}</p> },
                    }) }
                } else if let Some(rs) = &out.result {
                    <ResultGrid result={rs.clone()} label="Your query's result" />
                } else if out.error.is_none() {
                    <p class="meta" role="status">{format!("{} statement(s) ran; none returned rows.", out.statements)}</p>
                }
                <p class="meta">{format!("Ran in {:.0} ms.", out.ms)}</p>
            </section>
        },
    }
}

#[function_component(SqlAttemptPage)]
pub fn sql_attempt_page(props: &Props) -> Html {
    let app = use_app();
    let attempt = {
        let (ex, data, again, mock) = (props.exercise.clone(), app.data.clone(), props.again, props.mock.is_some());
        use_reducer(move || {
            let draft = (!mock).then(|| data.data.drafts.get(&draft_key(&ex.slug, again)).map(|d| d.code.clone())).flatten();
            Host(SqlAttempt::new(ex, draft.as_deref(), clock::now_ms()))
        })
    };
    let visit = use_visit_review(Kind::Sql.key(&props.exercise.slug), attempt.0.solution_seen);
    let s = &attempt.0;
    let ex = s.exercise.clone();
    let showcase = {
        let ex = ex.clone();
        use_memo((), move |_| dataset::showcase(&ex).map(Rc::new))
    };
    let engine = use_sql_engine();
    let act = |a: SqlAction| {
        let attempt = attempt.clone();
        Callback::from(move |_| attempt.dispatch(a.clone()))
    };

    // Carry out the job the state asks for; its result comes back as an action.
    {
        let (attempt, engine) = (attempt.clone(), engine.clone());
        use_effect_with(s.busy.clone(), move |busy| {
            let ex = attempt.0.exercise.clone();
            match busy.clone() {
                Busy::Running { id, sql } => wasm_bindgen_futures::spawn_local(async move {
                    let view = sql::run(&engine, &ex, &sql).await;
                    attempt.dispatch(SqlAction::RunFinished { id, view });
                }),
                Busy::Submitting { id, sql, seed } => wasm_bindgen_futures::spawn_local(async move {
                    let report = sql::submit(&engine, &ex, &sql, seed).await;
                    attempt.dispatch(SqlAction::SubmitFinished { id, report });
                }),
                Busy::Idle => {}
            }
        });
    }
    // A graded submit counts towards the exercise's best.
    {
        let (data, attempt, mock) = (app.data.clone(), attempt.clone(), props.mock.clone());
        let visit = visit.clone();
        use_effect_with(s.reported, move |reported| {
            if let (Some(_), Some(r)) = (reported, &attempt.0.report) {
                let ex = &attempt.0.exercise;
                let (passed, total, help) = (r.passed() as u32, r.verdicts.len() as u32, attempt.0.help());
                if let Some(m) = mock {
                    return m.emit((passed, total));
                }
                data.dispatch(DataAction::RecordRun { slug: ex.slug.clone(), passed, total, help, at: clock::now_ms() });
                visit.submitted(total > 0 && passed == total, help, ex.difficulty);
            }
        });
    }
    // Drafts, as on the coding exercises.
    let unsaved = {
        let (attempt, again, mock) = (attempt.clone(), props.again, props.mock.is_some());
        Callback::from(move |_| attempt.0.unsaved().map(|w| w.under(&work_key(&attempt.0.exercise.slug, again, mock))))
    };
    let saved = {
        let attempt = attempt.clone();
        Callback::from(move |edits| attempt.dispatch(SqlAction::Saved { edits }))
    };
    use_drafts(s.owed_edits(), unsaved, saved);

    let seed_box = use_node_ref();
    let on_submit = {
        let (attempt, seed_box) = (attempt.clone(), seed_box.clone());
        Callback::from(move |_: ()| attempt.dispatch(SqlAction::Submit { seed: clock::submit_seed(&seed_box) }))
    };
    let on_edit = {
        let attempt = attempt.clone();
        Callback::from(move |sql: String| attempt.dispatch(SqlAction::Edit(sql)))
    };
    let on_run = act(SqlAction::Run);
    // Ctrl/Cmd+Enter runs, Ctrl/Cmd+Shift+Enter submits (as on the coding exercises).
    let on_key_run = {
        let (run, submit) = (on_run.clone(), on_submit.clone());
        Callback::from(move |shift: bool| if shift { submit.emit(()) } else { run.emit(()) })
    };
    let host = use_node_ref();
    let editor = use_code_editor(EditorArgs {
        host: host.clone(),
        label: format!("SQL editor for {}", ex.title),
        language: Language::Sql { schema: ex.tables.iter().map(|t| (t.name.clone(), t.column_names())).collect() },
        dark: theme::is_dark(app.data.data.settings.theme),
        code: {
            let attempt = attempt.clone();
            Callback::from(move |_| attempt.0.sql.clone())
        },
        replaced: s.replaced,
        on_change: on_edit.clone(),
        on_run: on_key_run.clone(),
    });
    let on_file = {
        let attempt = attempt.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let file = input.files().and_then(|f| f.get(0));
            input.set_value("");
            if let Some(f) = file {
                let attempt = attempt.clone();
                wasm_bindgen_futures::spawn_local(async move { attempt.dispatch(SqlAction::File(file::read(f).await)) });
            }
        })
    };

    let running = matches!(s.busy, Busy::Running { .. });
    let submitting = matches!(s.busy, Busy::Submitting { .. });
    let what = match ex.kind {
        SqlKind::Query => "Write one query.",
        SqlKind::Script => "Write the statements; they run in order on a fresh copy of the data.",
        SqlKind::Index => "Write CREATE INDEX statement(s); the given query's plan is checked.",
    };
    html! {
        <div class="page sql" data-testid="sql-exercise">
            <ExerciseStyle />
            <h1 tabindex="-1">{&ex.title}</h1>
            if props.mock.is_none() {
                <p class="meta">{backprep_core::format::difficulty_label(ex.difficulty)}{" · "}{&ex.summary}</p>
            }
            if props.again {
                <PreviousSolution rated={visit.rated()} slug={ex.slug.clone()} />
            }
            <div class="sql-layout">
                <div class="sql-task">
                    <section class="statement" aria-label="Statement"><RawHtml html={ex.statement_html.clone()} /></section>
                    {
                        match &*showcase {
                            Ok(d) => html! { <SchemaPanel exercise={ex.clone()} showcase={d.clone()} /> },
                            Err(e) => html! { <p role="alert">{format!("The showcase data could not be made: {e}")}</p> },
                        }
                    }
                    if props.mock.is_none() {
                        <Hints hints={ex.hints_html.iter().cloned().map(AttrValue::from).collect::<Vec<_>>()} shown={s.hints_shown} on_more={act(SqlAction::ShowHint)} />
                    }
                    if s.solution_offered() && props.mock.is_none() {
                        <Solution code={ex.solution.clone()} open={s.solution_open} on_toggle={act(SqlAction::ToggleSolution)} />
                    }
                </div>
                <div class="sql-work">
                    <section class="workbench" aria-label="Your SQL">
                        <div class="toolbar">
                            <button type="button" data-testid="run-query" onclick={on_run.reform(|_: MouseEvent| ())} disabled={s.is_busy()}>
                                { if running { "Running…" } else { "Run" } }
                            </button>
                            <button type="button" class="primary" data-testid="run-tests" onclick={on_submit.reform(|_: MouseEvent| ())} disabled={s.is_busy()}>
                                { if submitting { "Grading…" } else { "Submit" } }
                            </button>
                            <span class="meta">{"Ctrl/⌘ + Enter runs"}</span>
                            <label class="seed">{"Seed "}<input type="text" inputmode="numeric" size="8" placeholder="new" ref={seed_box} data-testid="sql-seed" aria-describedby="seed-help" /></label>
                            <label class="file">
                                {"Load a .sql file"}
                                <input type="file" accept=".sql,.txt,text/plain,application/sql" data-testid="code-file-input" onchange={on_file} />
                            </label>
                            <button type="button" onclick={act(SqlAction::Reset).reform(|_: MouseEvent| ())}>{"Reset"}</button>
                        </div>
                        <p class="meta" id="seed-help">{format!("{what} Submit grades on the data shown and on 4 random datasets (from a new seed unless you type one). Each run is stopped after {} s. Drafts are saved in this browser.", ex.time_limit_ms / 1000)}</p>
                        if let Some(n) = &s.note { <p class="meta" role="status">{n}</p> }
                        if let EditorStatus::Failed(e) = &editor.status { <p class="meta" role="status">{format!("{e}. You can still type in the plain text box.")}</p> }
                        <CodeInput {host} editor_ready={editor.status == EditorStatus::Ready} code={s.sql.clone()} on_input={on_edit} on_run={on_key_run} on_wake={editor.wake.clone()} />
                    </section>
                    if let Some(v) = &s.run { { run_view(v, &ex) } }
                    if let Some(r) = &s.report { <SqlVerdicts report={r.clone()} exercise={ex.clone()} /> }
                </div>
            </div>
        </div>
    }
}
