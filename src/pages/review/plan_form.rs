//! The interview plan's settings: the date, minutes a day, and the desired retention.

use crate::adapters::clock;
use crate::state::use_app;
use backprep_core::format::{iso_date, parse_iso_date};
use backprep_core::store::{DataAction, InterviewPlan, MAX_PLAN_MINUTES, RETENTION_RANGE};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// Desired retentions offered, in thousandths.
const RETENTIONS: [u16; 5] = [800, 850, 900, 950, 970];

#[derive(Properties, PartialEq)]
pub struct Props {
    pub plan: Option<InterviewPlan>,
    pub retention: Option<u16>,
}

#[function_component(PlanForm)]
pub fn plan_form(props: &Props) -> Html {
    let app = use_app();
    let date = use_state(|| props.plan.map(|p| iso_date(p.day)).unwrap_or_default());
    let minutes = use_state(|| props.plan.map_or_else(|| "30".to_string(), |p| p.minutes.to_string()));
    let error = use_state(|| None::<String>);
    let input = |state: &UseStateHandle<String>| {
        let state = state.clone();
        Callback::from(move |e: InputEvent| state.set(e.target_unchecked_into::<HtmlInputElement>().value()))
    };
    let retention = props.retention;
    let save = {
        let (app, date, minutes, error) = (app.clone(), date.clone(), minutes.clone(), error.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let Some(day) = parse_iso_date(&date) else {
                return error.set(Some("Enter the interview date.".into()));
            };
            if day < clock::today() {
                return error.set(Some("The interview date is in the past.".into()));
            }
            let Some(m) = minutes.trim().parse::<u32>().ok().filter(|m| (1..=MAX_PLAN_MINUTES).contains(m)) else {
                return error.set(Some(format!("Minutes a day: a whole number from 1 to {MAX_PLAN_MINUTES}.")));
            };
            error.set(None);
            app.data.dispatch(DataAction::SetReview { retention, plan: Some(InterviewPlan { day, minutes: m }), at: clock::now_ms() });
        })
    };
    let clear = {
        let (app, date) = (app.clone(), date.clone());
        Callback::from(move |_| {
            date.set(String::new());
            app.data.dispatch(DataAction::SetReview { retention, plan: None, at: clock::now_ms() });
        })
    };
    let set_retention = {
        let (app, plan) = (app.clone(), props.plan);
        Callback::from(move |e: Event| {
            let r = e.target_unchecked_into::<HtmlSelectElement>().value().parse::<u16>().ok().filter(|r| (RETENTION_RANGE.0..=RETENTION_RANGE.1).contains(r));
            app.data.dispatch(DataAction::SetReview { retention: r.filter(|&r| r != 900), plan, at: clock::now_ms() });
        })
    };
    let current = retention.unwrap_or(900);
    html! {
        <section aria-labelledby="plan-h">
            <h2 id="plan-h">{"Interview plan"}</h2>
            <form class="plan-form" onsubmit={save}>
                <label>{"Interview date "}<input type="date" value={(*date).clone()} oninput={input(&date)} data-testid="plan-date" required=true /></label>
                <label>{"Minutes a day "}<input type="number" min="1" max={MAX_PLAN_MINUTES.to_string()} value={(*minutes).clone()} oninput={input(&minutes)} data-testid="plan-minutes" /></label>
                <button type="submit" class="primary" data-testid="plan-save">{ if props.plan.is_some() { "Update the plan" } else { "Make my plan" } }</button>
                if props.plan.is_some() {
                    <button type="button" class="quiet" onclick={clear}>{"Remove the date"}</button>
                }
            </form>
            if let Some(e) = &*error { <p class="error" role="alert">{e}</p> }
            <label>{"Desired retention "}
                <select onchange={set_retention} data-testid="retention">
                    { for RETENTIONS.iter().map(|&r| html! { <option value={r.to_string()} selected={r == current}>{format!("{} %", r / 10)}</option> }) }
                </select>
            </label>
            <p class="meta">{"Higher retention brings items back sooner: more reviews a day, fewer forgotten. 90 % is FSRS's default."}</p>
        </section>
    }
}
