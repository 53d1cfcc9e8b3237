//! `#/exercise/<slug>`: statement, editor, Run, and per-test results. The runner worker starts
//! when the page opens, so the first Run does not wait for it.

use crate::adapters::editor::Editor;
use crate::adapters::runner::Runner;
use crate::adapters::{clock, theme};
use crate::state::use_app;
use crate::components::raw_html::RawHtml;
use crate::components::test_results::TestResults;
use crate::hooks::{loading_view, use_exercise, Load};
use backprep_core::content::ExerciseInfo;
use backprep_core::exercise::protocol::RunRequest;
use backprep_core::exercise::{check, Report};
use backprep_core::store::{DataAction, Theme};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

/// Files larger than this are not loaded into the editor.
const MAX_FILE_BYTES: f64 = 512.0 * 1024.0;
/// Draft saves wait for a pause in typing.
const SAVE_DELAY_MS: i32 = 400;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub slug: AttrValue,
}

#[function_component(ExercisePage)]
pub fn exercise_page(props: &Props) -> Html {
    let app = use_app();
    let known = app.index.exercise(&props.slug).is_some();
    let ex = use_exercise(props.slug.to_string());
    if !known {
        return html! { <crate::components::not_found::NotFound path={format!("/exercise/{}", props.slug)} /> };
    }
    match &ex {
        Load::Ready(ex) => html! { <Exercise key={ex.slug.clone()} exercise={ex.clone()} /> },
        other => loading_view(other),
    }
}

#[derive(Properties, PartialEq)]
struct ExerciseProps {
    exercise: Rc<ExerciseInfo>,
}

/// A debounced draft save.
struct Saver {
    timer: Option<i32>,
    _closure: Option<Closure<dyn FnMut()>>,
}

#[function_component(Exercise)]
fn exercise(props: &ExerciseProps) -> Html {
    let app = use_app();
    let ex = props.exercise.clone();
    let initial = app
        .data
        .data
        .drafts
        .get(&ex.slug)
        .map(|d| d.code.clone())
        .filter(|c| !c.trim().is_empty())
        .unwrap_or_else(|| ex.starter.clone());
    let code = use_mut_ref(|| initial.clone());
    let textarea_value = use_state(|| initial.clone());
    let runner = use_memo((), |_| Runner::new());
    let editor: Rc<RefCell<Option<Editor>>> = use_mut_ref(|| None);
    let editor_ready = use_state(|| false);
    let editor_note = use_state(|| None::<String>);
    let editor_host = use_node_ref();
    let running = use_state(|| false);
    let report = use_state(|| None::<Rc<Report>>);
    let ran_once = use_state(|| false);
    let hints = use_state(|| 0usize);
    let show_solution = use_state(|| false);
    let confirm_reset = use_state(|| false);
    let file_note = use_state(|| None::<String>);
    let saver = use_mut_ref(|| Saver { timer: None, _closure: None });
    let cases = use_memo(ex.clone(), |ex| ex.all_cases());
    let dark = match app.data.data.settings.theme {
        Some(t) => t == Theme::Dark,
        None => theme::system_prefers_dark(),
    };

    // Saves the current code after a pause.
    let schedule_save = {
        let (code, saver, data, slug) = (code.clone(), saver.clone(), app.data.clone(), ex.slug.clone());
        Rc::new(move || {
            let Some(w) = web_sys::window() else { return };
            let mut s = saver.borrow_mut();
            if let Some(t) = s.timer.take() {
                w.clear_timeout_with_handle(t);
            }
            let (code, data, slug) = (code.clone(), data.clone(), slug.clone());
            let closure = Closure::<dyn FnMut()>::new(move || {
                data.dispatch(DataAction::SaveDraft { slug: slug.clone(), code: code.borrow().clone(), at: clock::now_ms() });
            });
            s.timer = w.set_timeout_with_callback_and_timeout_and_arguments_0(closure.as_ref().unchecked_ref(), SAVE_DELAY_MS).ok();
            s._closure = Some(closure);
        })
    };

    // Run: build the request in the worker's terms, run, compare here.
    let run: Rc<dyn Fn()> = {
        let (ex, code, runner, running, report, ran_once, cases, data) =
            (ex.clone(), code.clone(), runner.clone(), running.clone(), report.clone(), ran_once.clone(), cases.clone(), app.data.clone());
        Rc::new(move || {
            if *running {
                return;
            }
            let cases = match &*cases {
                Ok(c) => c.clone(),
                Err(e) => {
                    web_sys::console::error_1(&e.clone().into());
                    return;
                }
            };
            running.set(true);
            let (ex, code, runner, running, report, ran_once, data) =
                (ex.clone(), code.borrow().clone(), runner.clone(), running.clone(), report.clone(), ran_once.clone(), data.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let instrument = ex.complexity.as_ref().map(|c| c.arg);
                let raw = runner
                    .run(
                        |nonce| {
                            let req = RunRequest::new(nonce.to_string(), code, ex.kind, ex.entry.clone(), ex.forbidden.clone(), instrument, &cases);
                            serde_json::to_string(&req).unwrap_or_default()
                        },
                        ex.time_limit_ms,
                    )
                    .await;
                let r = check(&ex.check_spec(), &cases, &raw);
                data.dispatch(DataAction::RecordRun { slug: ex.slug.clone(), passed: r.passed() as u32, total: r.rows.len() as u32, at: clock::now_ms() });
                report.set(Some(Rc::new(r)));
                ran_once.set(true);
                running.set(false);
            });
        })
    };
    // The editor's Ctrl/Cmd+Enter must reach the latest `run`.
    let run_ref: Rc<RefCell<Rc<dyn Fn()>>> = use_mut_ref(|| run.clone());
    *run_ref.borrow_mut() = run.clone();

    // On open: warm the runner, then load the editor.
    {
        let (runner, editor, editor_ready, editor_note, host, code, schedule_save, run_ref, label) = (
            runner.clone(),
            editor.clone(),
            editor_ready.clone(),
            editor_note.clone(),
            editor_host.clone(),
            code.clone(),
            schedule_save.clone(),
            run_ref.clone(),
            format!("Code editor for {}", ex.title),
        );
        use_effect_with((), move |_| {
            // `?runner=cold` (benchmarks): no spare worker, so every run starts one.
            let cold = web_sys::window().and_then(|w| w.location().hash().ok()).is_some_and(|h| h.contains("runner=cold"));
            runner.set_cold(cold);
            runner.prewarm();
            let editor_for_cleanup = editor.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let Some(parent) = host.cast::<web_sys::Element>() else { return };
                let doc = code.borrow().clone();
                let on_change = {
                    let code = code.clone();
                    move |text: String| {
                        *code.borrow_mut() = text;
                        schedule_save();
                    }
                };
                let on_run = move || (run_ref.borrow().clone())();
                match Editor::load(&parent, &doc, &label, dark, on_change, on_run).await {
                    Ok(e) => {
                        *editor.borrow_mut() = Some(e);
                        editor_ready.set(true);
                    }
                    Err(e) => editor_note.set(Some(format!("{e}. You can still type in the plain text box."))),
                }
            });
            move || {
                editor_for_cleanup.borrow_mut().take();
            }
        });
    }
    {
        let editor = editor.clone();
        use_effect_with(dark, move |d| {
            if let Some(e) = editor.borrow().as_ref() {
                e.set_dark(*d);
            }
        });
    }

    // Puts text into whichever editor is showing.
    let replace_code = {
        let (code, editor, textarea_value, schedule_save) = (code.clone(), editor.clone(), textarea_value.clone(), schedule_save.clone());
        Rc::new(move |text: String| {
            *code.borrow_mut() = text.clone();
            if let Some(e) = editor.borrow().as_ref() {
                e.set_doc(&text);
            }
            textarea_value.set(text);
            schedule_save();
        })
    };

    let on_textarea = {
        let (code, schedule_save) = (code.clone(), schedule_save.clone());
        Callback::from(move |e: InputEvent| {
            *code.borrow_mut() = e.target_unchecked_into::<HtmlTextAreaElement>().value();
            schedule_save();
        })
    };
    let on_textarea_key = {
        let run = run.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Enter" && (e.ctrl_key() || e.meta_key()) {
                e.prevent_default();
                run();
            }
        })
    };
    let on_run = {
        let run = run.clone();
        Callback::from(move |_| run())
    };
    let on_file = {
        let (replace_code, file_note) = (replace_code.clone(), file_note.clone());
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let Some(file) = input.files().and_then(|f| f.get(0)) else { return };
            input.set_value("");
            if file.size() > MAX_FILE_BYTES {
                file_note.set(Some(format!("`{}` is {:.0} KB; files over 512 KB are not loaded.", file.name(), file.size() / 1024.0)));
                return;
            }
            let (replace_code, file_note) = (replace_code.clone(), file_note.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match wasm_bindgen_futures::JsFuture::from(file.text()).await.ok().and_then(|v| v.as_string()) {
                    Some(text) => {
                        replace_code(text);
                        file_note.set(Some(format!("Loaded `{}`.", file.name())));
                    }
                    None => file_note.set(Some(format!("Could not read `{}` as text.", file.name()))),
                }
            });
        })
    };
    let ask_reset = {
        let c = confirm_reset.clone();
        Callback::from(move |_| c.set(true))
    };
    let cancel_reset = {
        let c = confirm_reset.clone();
        Callback::from(move |_| c.set(false))
    };
    let do_reset = {
        let (c, replace_code, starter, data, slug) = (confirm_reset.clone(), replace_code.clone(), ex.starter.clone(), app.data.clone(), ex.slug.clone());
        Callback::from(move |_| {
            replace_code(starter.clone());
            data.dispatch(DataAction::ResetDraft { slug: slug.clone(), at: clock::now_ms() });
            c.set(false);
        })
    };
    let next_hint = {
        let h = hints.clone();
        Callback::from(move |_| h.set(*h + 1))
    };
    let toggle_solution = {
        let s = show_solution.clone();
        Callback::from(move |_| s.set(!*s))
    };

    let limit_s = f64::from(ex.time_limit_ms) / 1000.0;
    html! {
        <div class="page exercise" data-testid="exercise">
            <h1 tabindex="-1">{&ex.title}</h1>
            <p class="meta">{&ex.summary}</p>
            <pre class="signature"><code>{&ex.signature}</code></pre>
            <RawHtml html={ex.statement_html.clone()} />
            if !ex.forbidden.is_empty() {
                <p class="meta">{format!("Not available in this exercise: {}.", ex.forbidden.join(", "))}</p>
            }
            <section class="hints" aria-label="Hints">
                <ol>
                    { for ex.hints_html.iter().take(*hints).map(|h| html! { <li><RawHtml html={h.clone()} /></li> }) }
                </ol>
                if *hints < ex.hints_html.len() {
                    <button type="button" onclick={next_hint}>{format!("Show a hint ({} of {})", *hints + 1, ex.hints_html.len())}</button>
                }
            </section>

            <section class="workbench" aria-label="Your solution">
                <div class="toolbar">
                    <button type="button" class="primary" data-testid="run-tests" onclick={on_run} disabled={*running}>
                        { if *running { "Running…" } else { "Run tests" } }
                    </button>
                    <span class="meta">{"Ctrl/⌘ + Enter"}</span>
                    <label class="file">
                        {"Load a .js file"}
                        <input type="file" accept=".js,.mjs,.txt,text/javascript" data-testid="code-file-input" onchange={on_file} />
                    </label>
                    <button type="button" onclick={ask_reset}>{"Reset to starter"}</button>
                </div>
                if *confirm_reset {
                    <div class="dialog" role="alertdialog" aria-labelledby="reset-h">
                        <p id="reset-h">{"Replace your code with the starter code? Your current code will be lost."}</p>
                        <button type="button" class="primary" onclick={do_reset} data-testid="reset-confirm">{"Reset"}</button>
                        <button type="button" onclick={cancel_reset}>{"Cancel"}</button>
                    </div>
                }
                if let Some(n) = &*file_note { <p class="meta" role="status">{n}</p> }
                if let Some(n) = &*editor_note { <p class="meta" role="status">{n}</p> }
                <div ref={editor_host} class={classes!("editor-host", (!*editor_ready).then_some("hidden"))}></div>
                if !*editor_ready {
                    <textarea class="code" aria-label="Your code" spellcheck="false" autocapitalize="off" rows="18"
                        value={(*textarea_value).clone()} oninput={on_textarea} onkeydown={on_textarea_key} data-testid="code-textarea" />
                }
                <p class="meta">{format!("Your code runs in a sandboxed worker, stopped after {limit_s} s. Drafts are saved in this browser as you type.")}</p>
            </section>

            if let Some(r) = &*report {
                <TestResults report={r.clone()} />
            }

            if *ran_once {
                <section class="solution">
                    <button type="button" onclick={toggle_solution} aria-expanded={show_solution.to_string()}>
                        { if *show_solution { "Hide the reference solution" } else { "Show the reference solution" } }
                    </button>
                    if *show_solution { <pre data-testid="reference-solution"><code>{&ex.solution}</code></pre> }
                </section>
            }
        </div>
    }
}
