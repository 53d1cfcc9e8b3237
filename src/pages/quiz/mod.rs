//! `#/quiz...`: the setup form, or the intro of a shared quiz link, or the running quiz.

use crate::adapters::{clock, location};
use crate::state::use_app;
use crate::components::not_found::NotFound;
use crate::hooks::{loading_view, use_topics, Load};
mod run;

pub use run::QuizRun;
use backprep_core::format;
use gloo_timers::callback::Timeout;
use backprep_core::quiz::engine::build_items;
use backprep_core::quiz::{Preset, QuizSettings};
use backprep_core::route::Route;
use std::collections::BTreeSet;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// The hash query (`topics=..&seed=..`); a seed makes it a ready quiz.
    pub query: Vec<(String, String)>,
    /// Topic to preselect in the setup form.
    pub topic: Option<AttrValue>,
}

#[function_component(QuizPage)]
pub fn quiz_page(props: &Props) -> Html {
    match QuizSettings::from_query(&props.query) {
        Ok(None) => html! { <QuizSetup topic={props.topic.clone()} /> },
        Ok(Some(settings)) => {
            let autostart = props.query.iter().any(|(k, v)| k == "start" && v == "1");
            html! { <QuizIntro key={Route::Quiz { query: props.query.clone() }.href()} {settings} {autostart} /> }
        }
        Err(e) => html! {
            <div class="page">
                <h1 tabindex="-1">{"This quiz link is broken"}</h1>
                <p role="alert">{e}</p>
                <p><a href={Route::quiz_setup().href()}>{"Set up a new quiz"}</a></p>
            </div>
        },
    }
}

#[derive(Properties, PartialEq)]
struct IntroProps {
    settings: QuizSettings,
    autostart: bool,
}

fn describe(s: &QuizSettings, topic_titles: &[String]) -> String {
    let what = if !s.ids.is_empty() {
        "selected questions".to_string()
    } else if topic_titles.is_empty() {
        "all topics".to_string()
    } else {
        topic_titles.join(", ")
    };
    let mut out = format!("{} questions from {what}", s.count);
    if let Some(t) = s.total_secs {
        out += &format!(", {} to answer them all", format::limit(t));
    }
    if let Some(t) = s.per_question_secs {
        out += &format!(", {} per question", format::limit(t));
    }
    out
}

/// The landing of a quiz link: what it holds and a Start button. The countdown starts on Start.
#[function_component(QuizIntro)]
fn quiz_intro(props: &IntroProps) -> Html {
    let app = use_app();
    let started = use_state(|| props.autostart);
    // The banks this quiz draws from.
    let needed: Vec<String> = if !props.settings.ids.is_empty() {
        let mut t: Vec<String> = props.settings.ids.iter().filter_map(|id| app.index.topic_of(id).map(|t| t.id.clone())).collect();
        t.sort();
        t.dedup();
        t
    } else if props.settings.topics.is_empty() {
        app.index.topics.iter().map(|t| t.id.clone()).collect()
    } else {
        props.settings.topics.clone()
    };
    let catalog = use_topics(needed);
    let items = use_memo((props.settings.clone(), catalog.clone()), |(s, c)| match c {
        Load::Ready(c) => Some(build_items(c, s)),
        _ => None,
    });
    // Drop `start=1` from the address so a reload or a shared link lands on this intro. In a task
    // of its own: rewriting the address can take milliseconds, and the first question need not
    // wait for it.
    {
        let settings = props.settings.clone();
        use_effect_with(props.autostart, move |auto| {
            let later = auto.then(|| Timeout::new(0, move || location::replace(&Route::Quiz { query: settings.to_query() })));
            move || drop(later)
        });
    }
    let items = match &*items {
        None => return loading_view(&catalog),
        Some(Ok(items)) => items.clone(),
        Some(Err(e)) => {
            return html! {
                <div class="page">
                    <h1 tabindex="-1">{"This quiz cannot start"}</h1>
                    <p role="alert">{e}</p>
                    <p><a href={Route::quiz_setup().href()}>{"Set up a new quiz"}</a></p>
                </div>
            }
        }
    };
    if *started {
        return html! { <QuizRun settings={props.settings.clone()} items={std::rc::Rc::new(items)} /> };
    }
    let titles: Vec<String> = props
        .settings
        .topics
        .iter()
        .filter_map(|t| app.index.topic(t).map(|t| t.title.clone()))
        .collect();
    let mut s = props.settings.clone();
    s.count = items.len();
    let start = Callback::from(move |_| started.set(true));
    html! {
        <div class="page quiz-intro">
            <h1 tabindex="-1">{"Ready?"}</h1>
            <p class="lead">{describe(&s, &titles)}{"."}</p>
            <p>{"Keys: 1–9 choose an option, Space toggles a checkbox, Enter submits and moves on, Esc asks to quit. Only submitted answers count."}</p>
            <button type="button" class="primary" data-testid="quiz-start" onclick={start}>{"Start"}</button>
            <p class="meta">{"Share this quiz: copy the address; the same link gives the same questions in the same order."}</p>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct SetupProps {
    topic: Option<AttrValue>,
}

fn input_value(e: &Event) -> String {
    e.target_unchecked_into::<HtmlInputElement>().value()
}

/// The custom-quiz form.
#[function_component(QuizSetup)]
fn quiz_setup(props: &SetupProps) -> Html {
    let app = use_app();
    let topics = use_state(|| props.topic.iter().map(|t| t.to_string()).collect::<BTreeSet<String>>());
    let difficulties = use_state(BTreeSet::<u8>::new);
    let count = use_state(|| "10".to_string());
    let minutes = use_state(|| "10".to_string());
    let per_question = use_state(|| "0".to_string());
    let error = use_state(|| None::<String>);
    if let Some(t) = &props.topic {
        if app.index.topic(t).is_none() {
            return html! { <NotFound path={format!("/quiz/{t}")} /> };
        }
    }
    let start = {
        let (topics, difficulties, count, minutes, per_question, error) =
            (topics.clone(), difficulties.clone(), count.clone(), minutes.clone(), per_question.clone(), error.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let num = |s: &str, what: &str| s.trim().parse::<f64>().ok().filter(|v| *v >= 0.0 && v.is_finite()).ok_or(format!("{what} must be a number"));
            let settings = (|| -> Result<QuizSettings, String> {
                let n = num(&count, "The number of questions")? as usize;
                let total = (num(&minutes, "The time limit")? * 60.0).round() as u32;
                let per = num(&per_question, "The time per question")?.round() as u32;
                let s = QuizSettings {
                    topics: topics.iter().cloned().collect(),
                    difficulties: difficulties.iter().copied().collect(),
                    ids: Vec::new(),
                    count: n,
                    total_secs: (total > 0).then_some(total),
                    per_question_secs: (per > 0).then_some(per),
                    seed: clock::random_seed(),
                };
                s.validate()?;
                Ok(s)
            })();
            match settings {
                Ok(s) => location::go(&Route::quiz_start(&s)),
                Err(e) => error.set(Some(e)),
            }
        })
    };
    let toggle_topic = |id: String| {
        let topics = topics.clone();
        Callback::from(move |_| {
            let mut t = (*topics).clone();
            if !t.remove(&id) {
                t.insert(id.clone());
            }
            topics.set(t);
        })
    };
    let toggle_difficulty = |d: u8| {
        let difficulties = difficulties.clone();
        Callback::from(move |_| {
            let mut s = (*difficulties).clone();
            if !s.remove(&d) {
                s.insert(d);
            }
            difficulties.set(s);
        })
    };
    let set = |h: &UseStateHandle<String>| {
        let h = h.clone();
        Callback::from(move |e: Event| h.set(input_value(&e)))
    };
    html! {
        <div class="page quiz-setup">
            <h1 tabindex="-1">{"Set up a quiz"}</h1>
            <div class="actions">
                { for Preset::ALL.iter().map(|&p| {
                    let onclick = Callback::from(move |_| location::go(&Route::quiz_start(&p.settings(clock::random_seed()))));
                    html! { <button type="button" {onclick}>{p.label()}</button> }
                }) }
            </div>
            <form onsubmit={start} class="setup-form">
                <fieldset>
                    <legend>{"Topics (none ticked = all)"}</legend>
                    { for app.index.topics.iter().map(|t| html! {
                        <label class="check">
                            <input type="checkbox" checked={topics.contains(&t.id)} onchange={toggle_topic(t.id.clone())} />
                            {format!("{} ({})", t.title, t.question_ids.len())}
                        </label>
                    }) }
                </fieldset>
                <fieldset>
                    <legend>{"Difficulty (none ticked = all)"}</legend>
                    { for [(1u8, "Warm-up"), (2, "Interview standard"), (3, "Deep")].iter().map(|&(d, name)| html! {
                        <label class="check">
                            <input type="checkbox" checked={difficulties.contains(&d)} onchange={toggle_difficulty(d)} />
                            {name}
                        </label>
                    }) }
                </fieldset>
                <div class="fields">
                    <label>{"Questions"}<input type="number" min="1" max="100" value={(*count).clone()} onchange={set(&count)} data-testid="setup-count" /></label>
                    <label>{"Time limit (minutes, 0 = none)"}<input type="number" min="0" step="any" value={(*minutes).clone()} onchange={set(&minutes)} data-testid="setup-minutes" /></label>
                    <label>{"Per question (seconds, 0 = none)"}<input type="number" min="0" value={(*per_question).clone()} onchange={set(&per_question)} data-testid="setup-per-question" /></label>
                </div>
                if let Some(e) = &*error { <p class="error" role="alert">{e}</p> }
                <button type="submit" class="primary" data-testid="quiz-start">{"Start quiz"}</button>
            </form>
        </div>
    }
}
