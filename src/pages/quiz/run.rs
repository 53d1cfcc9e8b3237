//! A running quiz: renders `QuizState` and dispatches `QuizAction`s with the real clock's time.
//! Keyboard: 1–9 choose, Space toggles (native checkboxes), Enter submits / next, Esc quits;
//! after submitting, 1–3 say how sure you were (Enter skips) before the result shows.

use crate::adapters::events::Listener;
use crate::adapters::{clock, location};
use crate::state::use_app;
use crate::components::raw_html::RawHtml;
use crate::components::timer::Timer;
use backprep_core::content::AnswerKey;
use backprep_core::copy::quiz::Carried;
use backprep_core::format;
use backprep_core::quiz::{Phase, QuizAction, QuizItem, QuizSettings, QuizState, Selection};
use backprep_core::route::Route;
use backprep_core::srs::schedule;
use backprep_core::store::DataAction;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, HtmlInputElement, KeyboardEvent};
use yew::prelude::*;

/// Yew's reducer around the core state machine.
#[derive(PartialEq)]
struct Host(QuizState);

impl Reducible for Host {
    type Action = QuizAction;
    fn reduce(self: Rc<Self>, action: QuizAction) -> Rc<Self> {
        Rc::new(Host(self.0.clone().apply(action)))
    }
}

#[derive(Properties, PartialEq)]
pub struct Props {
    pub settings: QuizSettings,
    /// The questions, already selected and ordered by the seed.
    pub items: Rc<Vec<QuizItem>>,
    /// Part of a mock interview: topic and difficulty hidden, no feedback between questions,
    /// and the saved attempt goes here instead of to its results page.
    #[prop_or_default]
    pub mock: Option<Callback<backprep_core::quiz::Attempt>>,
}

#[function_component(QuizRun)]
pub fn quiz_run(props: &Props) -> Html {
    let app = use_app();
    // A quiz link's first question may have been on screen, and answered, before this module
    // arrived (`backprep_core::copy::quiz`): the quiz then started when the copy was painted,
    // with what the reader chose on it.
    let carried = {
        let (mock, first) = (props.mock.is_some(), props.items.first().map(|i| i.question.id.clone()));
        use_memo((), move |_| {
            (!mock)
                .then(crate::adapters::loader::take_quiz_copy)
                .flatten()
                .and_then(|json| Carried::parse(&json))
                .filter(|c| Some(&c.question) == first.as_ref())
        })
    };
    let quiz = {
        let (settings, items, carried) = (props.settings.clone(), props.items.clone(), carried.clone());
        use_reducer(move || {
            let adopted = (*carried).as_ref().and_then(|c| c.adopt(settings.clone(), (*items).clone(), clock::now_ms()));
            Host(adopted.unwrap_or_else(|| QuizState::new(settings, (*items).clone(), clock::now_ms())))
        })
    };
    // Submit or Quit pressed on the copy take effect now, as if pressed here.
    {
        let (dispatcher, carried) = (quiz.dispatcher(), carried.clone());
        use_effect_with((), move |_| {
            if let Some(c) = carried.as_ref() {
                if c.submitted {
                    dispatcher.dispatch(QuizAction::Submit { now_ms: clock::now_ms() });
                }
                if c.quit {
                    dispatcher.dispatch(QuizAction::AskQuit);
                }
            }
        });
    }
    let next_ref = use_node_ref();
    let skip_ref = use_node_ref();
    let question_ref = use_node_ref();

    // The clock: a tick every 250 ms drives countdowns and expiry.
    {
        let dispatcher = quiz.dispatcher();
        use_effect_with((), move |_| {
            let interval = clock::Interval::new(250, move || dispatcher.dispatch(QuizAction::Tick { now_ms: clock::now_ms() }));
            move || drop(interval)
        });
    }

    // Finished: save, then show the results.
    {
        let (data, mock) = (app.data.clone(), props.mock.clone());
        let state = quiz.clone();
        use_effect_with(state.0.is_finished(), move |finished| {
            if *finished {
                let id = format!("a{}", state.0.started_ms as u64);
                let attempt = state.0.to_attempt(id.clone());
                let d = &data.data;
                let reviews = schedule::quiz_reviews(&schedule::scheduler(d.settings.retention), &d.cards, &attempt, clock::today());
                data.dispatch(DataAction::RecordAttempt { attempt: attempt.clone(), reviews });
                match mock {
                    Some(m) => m.emit(attempt),
                    None => location::go(&Route::Attempt { id }),
                }
            }
        });
    }

    // In a mock, the answer is not shown: the next question follows the confidence tap.
    {
        let (dispatcher, mock, feedback) = (quiz.dispatcher(), props.mock.is_some(), matches!(quiz.0.phase, Phase::Feedback { .. }));
        use_effect_with(std::mem::discriminant(&quiz.0.phase), move |_| {
            if mock && feedback {
                dispatcher.dispatch(QuizAction::Next { now_ms: clock::now_ms() });
            }
        });
    }

    // Focus follows the flow: Next after submitting, the question when it changes.
    {
        let question_ref = question_ref.clone();
        let (next_ref, skip_ref) = (next_ref.clone(), skip_ref.clone());
        let key = (quiz.0.current, std::mem::discriminant(&quiz.0.phase));
        let phase = quiz.0.phase.clone();
        use_effect_with(key, move |_| {
            let target = match phase {
                Phase::Feedback { .. } => next_ref.cast::<HtmlElement>(),
                Phase::Confidence { .. } => skip_ref.cast::<HtmlElement>(),
                _ => question_ref.cast::<HtmlElement>(),
            };
            if let Some(el) = target {
                let _ = el.focus();
            }
        });
    }

    // Keyboard shortcuts, re-bound when the state changes so they see the current question.
    {
        let dispatcher = quiz.dispatcher();
        let state = quiz.clone();
        use_effect_with((quiz.0.current, quiz.0.phase.clone(), quiz.0.confirm_quit), move |_| {
            let doc = web_sys::window().and_then(|w| w.document());
            let guard = Listener::new(doc, "keydown", move |e: KeyboardEvent| {
                let s = &state.0;
                let target = e.target().and_then(|t| t.dyn_into::<HtmlElement>().ok());
                let tag = target.as_ref().map(|t| t.tag_name()).unwrap_or_default();
                let in_text = tag == "INPUT" && target.as_ref().and_then(|t| t.get_attribute("type")).as_deref() == Some("text");
                let on_control = tag == "BUTTON" || tag == "A";
                if e.alt_key() || e.ctrl_key() || e.meta_key() {
                    return;
                }
                match e.key().as_str() {
                    "Escape" => dispatcher.dispatch(if s.confirm_quit { QuizAction::CancelQuit } else { QuizAction::AskQuit }),
                    "Enter" if !on_control && !s.confirm_quit => {
                        e.prevent_default();
                        let now_ms = clock::now_ms();
                        dispatcher.dispatch(match s.phase {
                            Phase::Feedback { .. } => QuizAction::Next { now_ms },
                            Phase::Confidence { .. } => QuizAction::Confide(None),
                            _ => QuizAction::Submit { now_ms },
                        });
                    }
                    k @ ("1" | "2" | "3") if !s.confirm_quit && matches!(s.phase, Phase::Confidence { .. }) => {
                        dispatcher.dispatch(QuizAction::Confide(k.parse().ok()));
                    }
                    k if !in_text && !s.confirm_quit && s.phase == Phase::Answering => {
                        if let Some(d) = k.parse::<usize>().ok().filter(|d| (1..=9).contains(d)) {
                            match s.item().map(|i| &i.question.answer) {
                                Some(AnswerKey::TrueFalse { .. }) if d <= 2 => dispatcher.dispatch(QuizAction::SetBool(d == 1)),
                                Some(AnswerKey::Single { .. } | AnswerKey::Multiple { .. }) => dispatcher.dispatch(QuizAction::Choose(d - 1)),
                                _ => {}
                            }
                        }
                    }
                    _ => {}
                }
            });
            move || drop(guard)
        });
    }

    let s = &quiz.0;
    let Some(item) = s.item() else { return html! {} };
    if s.is_finished() {
        return html! { <p role="status">{"Saving your results…"}</p> };
    }
    let now = s.now_ms;
    let q = &item.question;
    let answering = s.phase == Phase::Answering;
    let reveal = matches!(s.phase, Phase::Feedback { .. });
    let topic_title = app.index.title(&q.topic);
    let last = s.current + 1 == s.items.len();

    let total_timer = s.total_left_ms(now).map(|ms| html! { <Timer left_ms={ms} label="Quiz time left" testid={Some(AttrValue::from("quiz-timer"))} /> });
    let question_timer = s.question_left_ms(now).map(|ms| {
        let testid = if s.settings.total_secs.is_none() { "quiz-timer" } else { "quiz-question-timer" };
        html! { <Timer left_ms={ms} label="Time for this question" testid={Some(AttrValue::from(testid))} /> }
    });

    let submit = {
        let d = quiz.dispatcher();
        Callback::from(move |_| d.dispatch(QuizAction::Submit { now_ms: clock::now_ms() }))
    };
    let next = {
        let d = quiz.dispatcher();
        Callback::from(move |_| d.dispatch(QuizAction::Next { now_ms: clock::now_ms() }))
    };
    let ask_quit = {
        let d = quiz.dispatcher();
        Callback::from(move |_| d.dispatch(QuizAction::AskQuit))
    };
    let cancel_quit = {
        let d = quiz.dispatcher();
        Callback::from(move |_| d.dispatch(QuizAction::CancelQuit))
    };
    let quit = {
        let d = quiz.dispatcher();
        Callback::from(move |_| d.dispatch(QuizAction::Quit { now_ms: clock::now_ms() }))
    };

    html! {
        <div class="page quiz-run">
            <div class="quiz-bar">
                <span class="progress" aria-label={format!("Question {} of {}", s.current + 1, s.items.len())}>
                    {format!("{} / {}", s.current + 1, s.items.len())}
                </span>
                { for total_timer }
                { for question_timer }
                <button type="button" class="quiet" onclick={ask_quit}>{"Quit"}</button>
            </div>
            if s.confirm_quit {
                <div class="dialog" role="alertdialog" aria-labelledby="quit-h" aria-describedby="quit-d">
                    <h2 id="quit-h">{"Quit this quiz?"}</h2>
                    <p id="quit-d">{"Questions you have not answered count as wrong. Your answers so far are saved."}</p>
                    <button type="button" class="primary" onclick={quit} data-testid="quiz-quit-confirm">{"Quit and see results"}</button>
                    <button type="button" onclick={cancel_quit} autofocus=true>{"Keep going"}</button>
                </div>
            }
            <article class="question" aria-labelledby="q-title">
                <h1 id="q-title" tabindex="-1" ref={question_ref}>
                    if props.mock.is_none() { <span class="meta">{format!("{topic_title} · difficulty {}", q.difficulty)}</span> }
                    <span class="visually-hidden">{format!("Question {} of {}", s.current + 1, s.items.len())}</span>
                </h1>
                <RawHtml html={q.prompt_html.clone()} class="prompt" />
                { answer_input(&quiz, item, answering, reveal) }
                if let Some(err) = &s.input_error { <p class="error" role="alert">{err}</p> }
                if let Phase::Feedback { correct } = s.phase {
                    <div class={classes!("feedback", if correct { "right" } else { "wrong" })} role="status">
                        <p class="verdict">{ if correct { "✓ Correct" } else { "✗ Not quite" } }</p>
                        if let Some(note) = s.responses.get(s.current).and_then(Option::as_ref).and_then(|r| backprep_core::quiz::scoring::partial_note(&q.answer, r)) {
                            <p class="partial" data-testid="partial-credit">{note}</p>
                        }
                        <RawHtml html={q.explanation_html.clone()} />
                        if let Some(r) = &q.reference { <p class="meta">{"Reference: "}{r}</p> }
                    </div>
                }
                if matches!(s.phase, Phase::Confidence { .. }) {
                    <div class="confidence" role="group" aria-labelledby="conf-h">
                        <p id="conf-h">{"How sure were you? "}<span class="meta">{"(before the answer shows; it schedules your review)"}</span></p>
                        <div class="actions">
                            { for CONFIDENCE.iter().enumerate().map(|(i, label)| {
                                let d = quiz.dispatcher();
                                let level = i as u8 + 1;
                                html! {
                                    <button type="button" data-testid={format!("confidence-{level}")} onclick={Callback::from(move |_| d.dispatch(QuizAction::Confide(Some(level))))}>
                                        <span class="key" aria-hidden="true">{level}</span>{*label}
                                    </button>
                                }
                            }) }
                            <button type="button" class="quiet" ref={skip_ref} onclick={{ let d = quiz.dispatcher(); Callback::from(move |_| d.dispatch(QuizAction::Confide(None))) }} data-testid="confidence-skip">{"Skip"}</button>
                        </div>
                    </div>
                }
                <div class="actions">
                    if answering {
                        <button type="button" class="primary" data-testid="quiz-submit" onclick={submit}>{"Submit"}</button>
                    } else if reveal {
                        <button type="button" class="primary" data-testid="quiz-next" onclick={next} ref={next_ref}>
                            { if last { "See results" } else { "Next question" } }
                        </button>
                    }
                </div>
            </article>
        </div>
    }
}

/// The confidence levels offered after an answer (1 to 3).
const CONFIDENCE: [&str; 3] = ["Guessed", "Unsure", "Sure"];

/// The answer controls for the current question; once `reveal`ed they show what was right.
fn answer_input(quiz: &UseReducerHandle<Host>, item: &QuizItem, answering: bool, reveal: bool) -> Html {
    let s = &quiz.0;
    let selected = |d: usize| matches!(&s.selection, Selection::Choices(set) if set.contains(&d));
    match &item.question.answer {
        AnswerKey::Single { options } | AnswerKey::Multiple { options } => {
            let multiple = matches!(item.question.answer, AnswerKey::Multiple { .. });
            html! {
                <fieldset class="options" disabled={!answering}>
                    <legend>{ if multiple { "Select all that apply" } else { "Choose one" } }</legend>
                    { for item.order.iter().enumerate().map(|(d, &a)| {
                        let o = &options[a];
                        let d2 = quiz.dispatcher();
                        let onchange = Callback::from(move |_| d2.dispatch(QuizAction::Choose(d)));
                        let mark = reveal.then(|| if o.correct { "is-correct" } else if selected(d) { "is-wrong" } else { "" });
                        html! {
                            <label class={classes!("option", mark, selected(d).then_some("chosen"))} data-testid="quiz-option">
                                <input type={ if multiple { "checkbox" } else { "radio" } } name="answer" checked={selected(d)} {onchange} />
                                <span class="key" aria-hidden="true">{d + 1}</span>
                                <span class="option-body">
                                    <RawHtml html={o.html.clone()} inline=true />
                                    if reveal {
                                        <span class="why">
                                            <strong>{ if o.correct { "Right: " } else { "Wrong: " } }</strong>
                                            <RawHtml html={o.why_html.clone()} inline=true />
                                        </span>
                                    }
                                </span>
                            </label>
                        }
                    }) }
                </fieldset>
            }
        }
        AnswerKey::TrueFalse { answer } => {
            let chosen = match s.selection {
                Selection::Bool(b) => Some(b),
                _ => None,
            };
            html! {
                <fieldset class="options" disabled={!answering}>
                    <legend>{"True or false?"}</legend>
                    { for [true, false].iter().enumerate().map(|(d, &b)| {
                        let d2 = quiz.dispatcher();
                        let onchange = Callback::from(move |_| d2.dispatch(QuizAction::SetBool(b)));
                        let mark = reveal.then(|| if b == *answer { "is-correct" } else if chosen == Some(b) { "is-wrong" } else { "" });
                        html! {
                            <label class={classes!("option", mark)} data-testid="quiz-option">
                                <input type="radio" name="answer" checked={chosen == Some(b)} {onchange} />
                                <span class="key" aria-hidden="true">{d + 1}</span>
                                <span class="option-body">{ if b { "True" } else { "False" } }</span>
                            </label>
                        }
                    }) }
                </fieldset>
            }
        }
        AnswerKey::Numeric { answer, tolerance, unit, .. } => {
            let value = match &s.selection {
                Selection::Text(t) => t.clone(),
                _ => String::new(),
            };
            let d2 = quiz.dispatcher();
            let oninput = Callback::from(move |e: InputEvent| d2.dispatch(QuizAction::SetText(e.target_unchecked_into::<HtmlInputElement>().value())));
            let unit_text = unit.clone().unwrap_or_default();
            html! {
                <div class="numeric">
                    <label>
                        {"Your answer"}
                        <input type="text" inputmode="decimal" autocomplete="off" value={value} {oninput} disabled={!answering} data-testid="quiz-numeric" />
                        <span>{unit_text.clone()}</span>
                    </label>
                    if reveal {
                        <p class="why">{format!("Accepted: {} {unit_text} (± {})", format::number(*answer), format::number(*tolerance))}</p>
                    }
                </div>
            }
        }
    }
}

