//! `#/stories`: the user's own STAR stories. A coverage view shows which competencies have a
//! story and which are gaps; each story can be checked by the same STAR rules as an answer.

use crate::adapters::clock;
use crate::components::behavioural::star_report::StarFindings;
use crate::components::behavioural::style::BehaviouralStyle;
use crate::state::use_app;
use backprep_core::behavioural::answer;
use backprep_core::behavioural::spec::{competency_title, COMPETENCIES};
use backprep_core::behavioural::star;
use backprep_core::behavioural::story::{self, Story};
use backprep_core::route::Route;
use backprep_core::store::DataAction;
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

#[function_component(StoriesPage)]
pub fn stories_page() -> Html {
    let app = use_app();
    let rounds = &app.data.data.rounds;
    let stories = story::stories(rounds);
    let editing = use_state(|| None::<Story>);
    let checking = use_state(|| None::<String>);
    let confirm_delete = use_state(|| None::<String>);
    let band = answer::band(rounds);
    let save = {
        let (data, editing) = (app.data.clone(), editing.clone());
        Callback::from(move |s: Story| {
            data.dispatch(DataAction::SaveRecord { round: true, key: s.key(), record: s.to_value() });
            editing.set(None);
        })
    };
    let new_story = {
        let editing = editing.clone();
        Callback::from(move |_| {
            let now = clock::now_ms();
            editing.set(Some(Story { id: format!("{}", now as u64), saved_at: now, ..Default::default() }));
        })
    };
    let coverage = story::coverage(&stories);
    html! {
        <div class="page" data-testid="stories">
            <BehaviouralStyle />
            <h1 tabindex="-1">{"Your story bank"}</h1>
            <p class="lead">{"Six to eight well-told stories cover most behavioural interviews: each can answer several prompts. Write each as situation, task, action and result, with the number that shows the result. They stay in this browser."}</p>
            <p><a href={Route::Behavioural.href()}>{"Practise the prompts"}</a></p>
            <section aria-labelledby="cov-h">
                <h2 id="cov-h">{format!("Coverage: {} of {} competencies have a story", coverage.iter().filter(|(_, _, s)| !s.is_empty()).count(), COMPETENCIES.len())}</h2>
                <ul class="coverage" data-testid="coverage">
                    { for coverage.iter().map(|(id, title, list)| html! {
                        <li class={classes!(list.is_empty().then_some("gap"))} data-testid="coverage-item" data-competency={*id} data-covered={(!list.is_empty()).to_string()}>
                            <strong>{*title}</strong><br />
                            <span class="meta">{ if list.is_empty() { "No story yet".to_string() } else { list.iter().map(|s| s.title.clone()).collect::<Vec<_>>().join(", ") } }</span>
                        </li>
                    }) }
                </ul>
            </section>
            <section aria-labelledby="list-h">
                <h2 id="list-h">{"Stories"}</h2>
                if editing.is_none() {
                    <button type="button" class="primary" onclick={new_story} data-testid="story-new">{"Add a story"}</button>
                }
                if let Some(s) = &*editing {
                    <StoryForm key={s.id.clone()} story={s.clone()} on_save={save.clone()} on_cancel={{ let e = editing.clone(); Callback::from(move |_| e.set(None)) }} />
                }
                if stories.is_empty() { <p class="meta">{"No stories yet."}</p> }
                <ul class="review">
                    { for stories.iter().map(|s| {
                        let edit = { let (e, s) = (editing.clone(), s.clone()); Callback::from(move |_| e.set(Some(s.clone()))) };
                        let check = { let (c, id) = (checking.clone(), s.id.clone()); Callback::from(move |_| c.set(if c.as_deref() == Some(&id) { None } else { Some(id.clone()) })) };
                        let ask = { let (c, id) = (confirm_delete.clone(), s.id.clone()); Callback::from(move |_| c.set(Some(id.clone()))) };
                        let delete = {
                            let (data, s, c) = (app.data.clone(), s.clone(), confirm_delete.clone());
                            Callback::from(move |_| {
                                let gone = s.tombstone(clock::now_ms());
                                data.dispatch(DataAction::SaveRecord { round: true, key: gone.key(), record: gone.to_value() });
                                c.set(None);
                            })
                        };
                        html! {
                            <li class="review-item" data-testid="story-item">
                                <h3>{&s.title}</h3>
                                <p class="meta">{ s.competencies.iter().filter_map(|c| competency_title(c)).collect::<Vec<_>>().join(" · ") }{ if s.metric.is_empty() { String::new() } else { format!(" · result: {}", s.metric) } }</p>
                                <div class="actions">
                                    <button type="button" onclick={edit}>{"Edit"}</button>
                                    <button type="button" onclick={check} data-testid="story-check">{"Check it against STAR"}</button>
                                    <button type="button" class="quiet" onclick={ask} data-testid="story-delete">{"Delete"}</button>
                                </div>
                                if confirm_delete.as_deref() == Some(s.id.as_str()) {
                                    <div class="dialog" role="alertdialog" aria-label="Delete this story?">
                                        <p>{format!("Delete “{}”? This cannot be undone.", s.title)}</p>
                                        <button type="button" class="primary" onclick={delete} data-testid="story-delete-confirm">{"Delete"}</button>
                                        <button type="button" onclick={{ let c = confirm_delete.clone(); Callback::from(move |_| c.set(None)) }}>{"Keep it"}</button>
                                    </div>
                                }
                                if checking.as_deref() == Some(s.id.as_str()) {
                                    <StarFindings report={star::check(&s.as_answer(), band)} />
                                }
                            </li>
                        }
                    }) }
                </ul>
            </section>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct FormProps {
    story: Story,
    on_save: Callback<Story>,
    on_cancel: Callback<()>,
}

/// Add or edit one story.
#[function_component(StoryForm)]
fn story_form(props: &FormProps) -> Html {
    let draft = use_state(|| props.story.clone());
    let error = use_state(|| None::<String>);
    let field = |name: &'static str| {
        let draft = draft.clone();
        Callback::from(move |e: InputEvent| {
            let value = e.target_dyn_into::<HtmlTextAreaElement>().map(|t| t.value()).or_else(|| e.target_dyn_into::<HtmlInputElement>().map(|t| t.value())).unwrap_or_default();
            let mut s = (*draft).clone();
            match name {
                "title" => s.title = value,
                "situation" => s.situation = value,
                "task" => s.task = value,
                "action" => s.action = value,
                "result" => s.result = value,
                _ => s.metric = value,
            }
            draft.set(s);
        })
    };
    let toggle = |id: &'static str| {
        let draft = draft.clone();
        Callback::from(move |_| {
            let mut s = (*draft).clone();
            match s.competencies.iter().position(|c| c == id) {
                Some(i) => {
                    s.competencies.remove(i);
                }
                None => s.competencies.push(id.to_string()),
            }
            draft.set(s);
        })
    };
    let onsubmit = {
        let (draft, error, on_save) = (draft.clone(), error.clone(), props.on_save.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let s = Story { saved_at: clock::now_ms(), ..(*draft).clone() };
            match s.check() {
                Ok(()) => on_save.emit(s),
                Err(e) => error.set(Some(format!("Not saved: {e}."))),
            }
        })
    };
    let s = &*draft;
    let text = |name: &'static str, label: &'static str, value: &str, hint: &'static str| html! {
        <>
            <label for={format!("story-{name}")}>{label}</label>
            <textarea id={format!("story-{name}")} data-testid={format!("story-{name}")} value={value.to_string()} oninput={field(name)} placeholder={hint} />
        </>
    };
    html! {
        <form class="story-form card" {onsubmit} aria-label="Story">
            <label for="story-title">{"Title"}</label>
            <input type="text" id="story-title" data-testid="story-title" value={s.title.clone()} oninput={field("title")} placeholder="The checkout outage" />
            { text("situation", "Situation", &s.situation, "Where, when, what was at stake.") }
            { text("task", "Task", &s.task, "What you had to do.") }
            { text("action", "Action", &s.action, "What you did, step by step: “I …”.") }
            { text("result", "Result", &s.result, "What changed, and what you learned.") }
            <label for="story-metric">{"The number that shows the result"}</label>
            <input type="text" id="story-metric" data-testid="story-metric" value={s.metric.clone()} oninput={field("metric")} placeholder="error rate from 4 % to 0.1 %" />
            <fieldset>
                <legend>{"Competencies it shows"}</legend>
                <div class="checks">
                    { for COMPETENCIES.iter().map(|&(id, title)| html! {
                        <label><input type="checkbox" checked={s.competencies.iter().any(|c| c == id)} onclick={toggle(id)} data-testid={format!("story-competency-{id}")} />{format!(" {title}")}</label>
                    }) }
                </div>
            </fieldset>
            if let Some(e) = &*error { <p class="error" role="alert">{e}</p> }
            <div class="actions">
                <button type="submit" class="primary" data-testid="story-save">{"Save the story"}</button>
                <button type="button" onclick={props.on_cancel.reform(|_| ())}>{"Cancel"}</button>
            </div>
        </form>
    }
}
