//! `#/review`: one queue for every kind of item (what is due, new material up to the day's
//! minutes, review-ahead before the interview), filtered by kind and topic; and the interview
//! plan (date, minutes a day, desired retention, forecast per topic). The plan is the core's
//! (`srs::plan`); this page renders it and dispatches.

mod design_card;
mod plan_form;

use crate::adapters::{clock, location};
use crate::hooks::{use_topics, Load};
use crate::state::use_app;
use backprep_core::design::record::{read_all, to_revisit};
use backprep_core::design::spec::phase_of_point;
use backprep_core::format::{self, days_from_today};
use backprep_core::quiz::QuizSettings;
use backprep_core::route::Route;
use backprep_core::srs::plan::{self, Plan, PlanInput, PlanItem, Why};
use backprep_core::srs::queue::{self, DEFAULT_MINUTES, NO_DATE_HORIZON};
use backprep_core::srs::{schedule, Card, Kind};
use design_card::DesignCard;
use plan_form::PlanForm;
use std::collections::BTreeMap;
use std::rc::Rc;
use web_sys::HtmlSelectElement;
use crate::components::review_style::ReviewStyle;
use yew::prelude::*;

/// Most questions in one review quiz; the rest stay in the queue.
const MAX_QUIZ: usize = 30;

/// How an item of the queue reads.
struct Shown {
    title: String,
    topic: String,
    /// Where to practise it (quiz items are reviewed together instead).
    link: Option<(Route, &'static str)>,
}

#[function_component(ReviewPage)]
pub fn review_page() -> Html {
    let app = use_app();
    let d = &app.data.data;
    let today = clock::today();
    let fsrs = schedule::scheduler(d.settings.retention);
    let topics = Rc::new(queue::topics(&app.index, &d.attempts, &d.cards));
    let (interview, minutes) = d.settings.plan.map_or((today + NO_DATE_HORIZON, DEFAULT_MINUTES), |p| (p.day, p.minutes));
    let plan: Plan = plan::build(&PlanInput { today, interview, minutes_per_day: minutes, cards: &d.cards, topics: &topics, fsrs: &fsrs });
    // Only items whose content still exists (a removed question is not due).
    let exists = |key: &str| match Kind::of_key(key) {
        Some((Kind::Quiz, id)) => app.index.has_question(id),
        Some((Kind::Exercise, id)) => app.index.exercise(id).is_some(),
        Some((Kind::Sql, id)) => app.index.sql_exercise(id).is_some(),
        Some((Kind::Design, id)) => id.split_once(':').is_some_and(|(slug, _)| crate::design_meta(slug).is_some()),
        Some((Kind::Behavioural, id)) => crate::behavioural_bank().prompt(id).is_some(),
        None => false,
    };
    let items: Vec<&PlanItem> = plan.today.iter().filter(|i| exists(&i.key)).collect();

    // Filters.
    let kind_filter = use_state(String::new);
    let topic_filter = use_state(String::new);
    let topic_id = |key: &str| queue::topic_of(&topics, key).map(|t| t.id.clone()).unwrap_or_default();
    let shown_items: Vec<&PlanItem> = items
        .iter()
        .copied()
        .filter(|i| kind_filter.is_empty() || Kind::of_key(&i.key).is_some_and(|(k, _)| k.as_str() == kind_filter.as_str()))
        .filter(|i| topic_filter.is_empty() || topic_id(&i.key) == *topic_filter)
        .collect();

    // Question prompts for the titles, from the banks of the topics in the queue.
    let quiz_topics: Vec<String> = {
        let mut t: Vec<String> = items.iter().filter(|i| i.key.starts_with("quiz:")).map(|i| topic_id(&i.key)).collect();
        t.sort();
        t.dedup();
        t
    };
    let banks = use_topics(quiz_topics);
    let show = |key: &str| -> Shown {
        let topic = queue::topic_of(&topics, key).map(|t| t.title.clone()).unwrap_or_default();
        match Kind::of_key(key) {
            Some((Kind::Quiz, id)) => {
                let title = match &banks {
                    Load::Ready(c) => c.question(id).map(|q| format::plain(&q.prompt_html, 110)),
                    _ => None,
                };
                Shown { title: title.unwrap_or_else(|| id.to_string()), topic, link: None }
            }
            Some((Kind::Exercise, slug)) => {
                let again = d.cards.contains_key(key);
                let title = app.index.exercise(slug).map_or_else(|| slug.to_string(), |e| e.title.clone());
                let link = if again { (Route::ExerciseAgain { slug: slug.into() }, "Solve again from a blank editor") } else { (Route::Exercise { slug: slug.into() }, "Solve it") };
                Shown { title, topic, link: Some(link) }
            }
            Some((Kind::Sql, slug)) => {
                let again = d.cards.contains_key(key);
                let title = app.index.sql_exercise(slug).map_or_else(|| slug.to_string(), |e| e.title.clone());
                let link = if again { (Route::SqlAgain { slug: slug.into() }, "Write it again from a blank editor") } else { (Route::Sql { slug: slug.into() }, "Solve it") };
                Shown { title, topic, link: Some(link) }
            }
            Some((Kind::Design, id)) => {
                let (slug, point) = id.split_once(':').unwrap_or((id, ""));
                let prompt = crate::design_meta(slug).map_or_else(|| slug.to_string(), |m| m.title);
                let phase = phase_of_point(point).map_or("", |p| p.title);
                Shown { title: format!("{prompt}: a {phase} point you missed"), topic, link: None }
            }
            Some((Kind::Behavioural, id)) => {
                let title = crate::behavioural_bank().prompt(id).map_or_else(|| id.to_string(), |p| p.prompt.clone());
                Shown { title, topic, link: Some((Route::BehaviouralPrompt { id: id.into() }, "Say it again")) }
            }
            None => Shown { title: key.to_string(), topic, link: None },
        }
    };

    let quiz_ids = question_ids(shown_items.iter().map(|i| i.key.as_str()));
    let start_quiz = |ids: Vec<String>| {
        Callback::from(move |_| location::go(&Route::quiz_start(&QuizSettings::for_ids(ids.iter().take(MAX_QUIZ).cloned().collect(), clock::random_seed()))))
    };
    let due_count = items.iter().filter(|i| i.why == Why::Due).count();
    let counts = count_by_kind(items.iter().filter(|i| i.why == Why::Due).map(|i| i.key.as_str()));
    let set_kind = {
        let f = kind_filter.clone();
        Callback::from(move |e: Event| f.set(e.target_unchecked_into::<HtmlSelectElement>().value()))
    };
    let set_topic = {
        let f = topic_filter.clone();
        Callback::from(move |e: Event| f.set(e.target_unchecked_into::<HtmlSelectElement>().value()))
    };
    let ahead_ids = question_ids(plan.ahead.iter().map(String::as_str));
    let designs = read_all(&d.designs);
    let revisit = to_revisit(&designs);

    html! {
        <div class="page review-due">
            <ReviewStyle />
            <h1 tabindex="-1">{"Review"}</h1>
            <p class="lead" data-testid="review-due-count">
                { match due_count { 0 => "Nothing is due today.".to_string(), 1 => format!("1 item is due today{counts}."), n => format!("{n} items are due today{counts}.") } }
            </p>

            <section aria-labelledby="today-h" data-testid="plan-today">
                <h2 id="today-h">{"Today"}</h2>
                <p>{today_summary(&plan, &items, minutes, d.settings.plan.is_some(), interview, today)}</p>
                <div class="filters">
                    <label>{"Kind "}
                        <select onchange={set_kind} data-testid="review-filter-kind">
                            <option value="" selected={kind_filter.is_empty()}>{"All kinds"}</option>
                            { for Kind::ALL.iter().map(|k| html! {
                                <option value={k.as_str()} selected={*kind_filter == k.as_str()}>{kind_label(*k)}</option>
                            }) }
                        </select>
                    </label>
                    <label>{"Topic "}
                        <select onchange={set_topic} data-testid="review-filter-topic">
                            <option value="" selected={topic_filter.is_empty()}>{"All topics"}</option>
                            { for topics.iter().filter(|t| items.iter().any(|i| t.keys.contains(&i.key))).map(|t| html! {
                                <option value={t.id.clone()} selected={*topic_filter == t.id}>{&t.title}</option>
                            }) }
                        </select>
                    </label>
                </div>
                if !quiz_ids.is_empty() {
                    <button type="button" class="primary" onclick={start_quiz(quiz_ids.clone())} data-testid="review-start">
                        { match quiz_ids.len().min(MAX_QUIZ) { 1 => "Review 1 question now".to_string(), n => format!("Review {n} questions now") } }
                    </button>
                }
                if shown_items.is_empty() {
                    <p class="meta">{ if items.is_empty() { "Nothing to do today: come back tomorrow, or practise on the home page." } else { "Nothing matches these filters." } }</p>
                }
                <ul class="review-queue" data-testid="review-queue">
                    { for shown_items.iter().map(|i| item_view(i, &show(&i.key), d.cards.get(&i.key), today, &fsrs)) }
                </ul>
            </section>

            <PlanForm plan={d.settings.plan} retention={d.settings.retention} />
            { forecast_view(&plan, d.settings.plan.is_some()) }
            if d.settings.plan.is_some() && !ahead_ids.is_empty() {
                <section aria-labelledby="ahead-h">
                    <h2 id="ahead-h">{"Review ahead"}</h2>
                    <p>{format!("{} question(s) would next come back after your interview, with recall on the day below your target. Reviewing them in the last days lifts recall when it counts (they join today's plan in the last two days).", ahead_ids.len())}</p>
                    <button type="button" onclick={start_quiz(ahead_ids.clone())} data-testid="review-ahead">{format!("Review {} ahead now", ahead_ids.len().min(MAX_QUIZ))}</button>
                </section>
            }
            if !revisit.is_empty() {
                <section aria-labelledby="revisit-h">
                    <h2 id="revisit-h">{"System-design prompts to try again"}</h2>
                    <ul data-testid="design-revisit">
                        { for revisit.iter().map(|(slug, r)| {
                            let title = crate::design_meta(slug).map_or_else(|| slug.to_string(), |m| m.title);
                            let mut phases: Vec<&str> = r.missed.iter().filter_map(|id| phase_of_point(id)).map(|p| p.title).collect();
                            phases.dedup();
                            html! {
                                <li>
                                    <a href={Route::Design { slug: slug.to_string() }.href()}>{title}</a>
                                    {format!(": {} of {} points missed last time ({}). Try it again from blank notes.", r.missed.len(), r.total, phases.join(", "))}
                                </li>
                            }
                        }) }
                    </ul>
                </section>
            }
            <p class="meta">{format!(
                "Scheduling uses FSRS-6 with its published default parameters: each item has a stability (days until your chance of recall falls to 90 %) and a difficulty, updated by every review; it comes back when recall is predicted to fall to your target ({:.0} %). Quiz answers are rated by correctness and the confidence you give; exercises by the result and the help used.",
                fsrs.desired_retention * 100.0)}</p>
        </div>
    }
}

/// The question ids among card keys (what a review quiz is made of).
fn question_ids<'a>(keys: impl Iterator<Item = &'a str>) -> Vec<String> {
    keys.filter_map(Kind::of_key).filter(|(k, _)| *k == Kind::Quiz).map(|(_, id)| id.to_string()).collect()
}

fn kind_label(k: Kind) -> &'static str {
    match k {
        Kind::Quiz => "Quiz question",
        Kind::Exercise => "Coding exercise",
        Kind::Sql => "SQL exercise",
        Kind::Design => "Design point",
        Kind::Behavioural => "Behavioural prompt",
    }
}

/// ": 8 questions, 2 exercises" (empty for none).
fn count_by_kind<'a>(keys: impl Iterator<Item = &'a str>) -> String {
    let mut n: BTreeMap<Kind, usize> = BTreeMap::new();
    for k in keys.filter_map(Kind::of_key) {
        *n.entry(k.0).or_default() += 1;
    }
    let name = |k: Kind, n: usize| {
        let (one, many) = match k {
            Kind::Quiz => ("question", "questions"),
            Kind::Exercise => ("coding exercise", "coding exercises"),
            Kind::Sql => ("SQL exercise", "SQL exercises"),
            Kind::Design => ("design point", "design points"),
            Kind::Behavioural => ("behavioural prompt", "behavioural prompts"),
        };
        format!("{n} {}", if n == 1 { one } else { many })
    };
    if n.is_empty() {
        String::new()
    } else {
        format!(": {}", n.iter().map(|(&k, &c)| name(k, c)).collect::<Vec<_>>().join(", "))
    }
}

fn today_summary(plan: &Plan, items: &[&PlanItem], minutes: u32, has_plan: bool, interview: i64, today: i64) -> String {
    let of = |w: Why| items.iter().filter(|i| i.why == w).count();
    let total: f64 = items.iter().map(|i| i.minutes).sum();
    let when = if !has_plan {
        format!("No interview date set: {minutes} minutes a day. ")
    } else if plan.days_left >= 0 {
        format!("Interview {} ({}). ", days_from_today(interview, today), format::iso_date(interview))
    } else {
        format!("Your interview date ({}) has passed: reviews only. ", format::iso_date(interview))
    };
    let left = if plan.due_left > 0 { format!(" {} more due item(s) did not fit and stay due.", plan.due_left) } else { String::new() };
    format!("{when}About {total:.0} of {minutes} minutes planned: {} due, {} new, {} ahead.{left}", of(Why::Due), of(Why::New), of(Why::Ahead))
}

fn item_view(item: &PlanItem, shown: &Shown, card: Option<&Card>, today: i64, fsrs: &backprep_core::srs::fsrs::Fsrs) -> Html {
    let kind = Kind::of_key(&item.key).map_or(Kind::Quiz, |(k, _)| k);
    let status = match (item.why, card) {
        (Why::New, _) => "new".to_string(),
        (Why::Ahead, Some(c)) => format!("ahead of its date ({})", days_from_today(c.due, today)),
        (_, Some(c)) => format!("due {}", days_from_today(c.due, today)),
        _ => String::new(),
    };
    let recall = card.map(|c| fsrs.retrievability((today - c.last) as f64, c.stability()));
    html! {
        <li class="queue-item" data-testid="review-item" data-kind={kind.as_str()} data-key={item.key.clone()}>
            <span class="kind">{kind_label(kind)}</span>
            <span class="title">{&shown.title}</span>
            <span class="meta">{format!("{} · {status} · ~{:.0} min", shown.topic, item.minutes)}</span>
            if let Some(r) = recall {
                <span class="meta" data-testid="recall-chance">{format!("Chance you remember it now: {:.0} %", r * 100.0)}</span>
            }
            if let Some((route, label)) = &shown.link {
                <a class="button" href={route.href()}>{*label}</a>
            }
            if kind == Kind::Design {
                <DesignCard item={item.key.clone()} />
            }
        </li>
    }
}

fn forecast_view(plan: &Plan, has_plan: bool) -> Html {
    if !has_plan {
        return html! {};
    }
    html! {
        <section aria-labelledby="forecast-h">
            <h2 id="forecast-h">{"On the day"}</h2>
            <p>{format!("At {} new item(s) a day, weakest topic first. Recall assumes you do each review on its day.", plan.new_per_day)}</p>
            <table class="forecast" data-testid="plan-forecast">
                <thead><tr><th scope="col">{"Topic"}</th><th scope="col">{"Seen now"}</th><th scope="col">{"Seen by the day"}</th><th scope="col">{"Predicted recall on the day"}</th></tr></thead>
                <tbody>
                    { for plan.topics.iter().map(|t| html! {
                        <tr>
                            <th scope="row">{&t.title}</th>
                            <td>{format!("{} of {}", t.seen, t.total)}</td>
                            <td>{format!("{} of {}", t.seen_on_day, t.total)}</td>
                            <td>{t.recall_on_day.map_or("—".to_string(), |r| format!("{:.0} %", r * 100.0))}</td>
                        </tr>
                    }) }
                </tbody>
            </table>
        </section>
    }
}
