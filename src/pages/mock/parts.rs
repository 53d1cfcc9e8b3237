//! One part of a mock, by kind. Each reports its outcome so far (`on_outcome`) whenever it
//! changes, so the part can end at any moment (Next, or its clock); the quiz part ends itself
//! (`on_done`) when its questions are answered or its clock, which is the part's, runs out.

use crate::adapters::clock;
use crate::components::behavioural::clock::AnswerClock;
use crate::hooks::{loading_view, use_design_prompt, use_exercise, use_sql_exercise, use_topics, Load};
use crate::pages::exercise::ExerciseAttempt;
use crate::pages::quiz::QuizRun;
use crate::pages::sql::SqlAttemptPage;
use crate::components::raw_html::RawHtml;
use crate::state::use_app;
use backprep_core::behavioural::answer::{self, CheckedAnswer};
use backprep_core::behavioural::star;
use backprep_core::design::estimate::{parse_estimate, relative_credit};
use backprep_core::design::spec::DesignPrompt;
use backprep_core::format;
use backprep_core::mock::plan::Part;
use backprep_core::mock::preset::PartKind;
use backprep_core::mock::run::{Miss, PartOutcome};
use backprep_core::quiz::engine::build_items;
use backprep_core::quiz::QuizSettings;
use backprep_core::route::Route;
use backprep_core::srs::fsrs::Rating;
use backprep_core::srs::Kind;
use std::collections::{BTreeMap, BTreeSet};
use std::rc::Rc;
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub part: Part,
    /// The mock's seed (the quiz part's question order).
    pub seed: u64,
    /// The part's outcome so far, after every change.
    pub on_outcome: Callback<PartOutcome>,
    /// The part ended itself (the quiz part).
    pub on_done: Callback<PartOutcome>,
}

#[function_component(PartView)]
pub fn part_view(props: &Props) -> Html {
    let p = &props.part;
    // Nothing done yet scores zero of the part's items.
    {
        let (on_outcome, of) = (props.on_outcome.clone(), p.items.len() as f64);
        use_effect_with((), move |_| on_outcome.emit(PartOutcome::zero(of)));
    }
    match p.kind {
        PartKind::Quiz => html! { <QuizPart part={p.clone()} seed={props.seed} on_done={props.on_done.clone()} /> },
        PartKind::Code | PartKind::Sql => html! { <WorkbenchPart part={p.clone()} on_outcome={props.on_outcome.clone()} /> },
        PartKind::Estimation => html! { <EstimationPart slug={p.items.first().cloned().unwrap_or_default()} on_outcome={props.on_outcome.clone()} /> },
        PartKind::Design => html! { <DesignPart slug={p.items.first().cloned().unwrap_or_default()} on_outcome={props.on_outcome.clone()} /> },
        PartKind::Behavioural => html! { <BehaviouralPart ids={p.items.clone()} on_outcome={props.on_outcome.clone()} /> },
    }
}

#[derive(Properties, PartialEq)]
struct QuizProps {
    part: Part,
    seed: u64,
    on_done: Callback<PartOutcome>,
}

/// The concept questions: the quiz run in its mock mode, its clock the part's. The attempt is
/// saved to the history (and its answers scheduled) like any quiz.
#[function_component(QuizPart)]
fn quiz_part(props: &QuizProps) -> Html {
    let app = use_app();
    let ids = props.part.items.clone();
    let topics: Vec<String> = app.index.topics.iter().filter(|t| t.question_ids.iter().any(|q| ids.contains(q))).map(|t| t.id.clone()).collect();
    let catalog = use_topics(topics);
    let Load::Ready(catalog) = &catalog else { return loading_view(&catalog) };
    let settings = QuizSettings { total_secs: Some(props.part.minutes * 60), ..QuizSettings::for_ids(ids, props.seed) };
    let items = match build_items(catalog, &settings) {
        Ok(items) => Rc::new(items),
        Err(e) => return html! { <p role="alert">{e}</p> },
    };
    let on_done = {
        let (done, items) = (props.on_done.clone(), items.clone());
        Callback::from(move |a: backprep_core::quiz::Attempt| {
            let href = Route::Attempt { id: a.id.clone() }.href();
            let misses = a
                .mistakes()
                .into_iter()
                .map(|id| {
                    let label = items.iter().find(|i| i.question.id == id).map(|i| format::plain(&i.question.prompt_html, 90)).unwrap_or_else(|| id.clone());
                    Miss { key: Kind::Quiz.key(&id), label, href: href.clone() }
                })
                .collect();
            done.emit(PartOutcome { got: a.points(), of: a.items.len() as f64, misses, wins: Vec::new(), link: Some(href) });
        })
    };
    html! { <QuizRun {settings} {items} mock={Some(on_done)} /> }
}

#[derive(Properties, PartialEq)]
struct WorkProps {
    part: Part,
    on_outcome: Callback<PartOutcome>,
}

/// Coding or SQL exercises, one after another, in the real editor and runner (no help ladder).
/// Each scores its latest submit's share of tests passed.
#[function_component(WorkbenchPart)]
fn workbench_part(props: &WorkProps) -> Html {
    let app = use_app();
    let index = use_state(|| 0usize);
    let results = use_state(BTreeMap::<String, (u32, u32)>::new);
    let (kind, items) = (props.part.kind, props.part.items.clone());
    let slug = items.get(*index).cloned().unwrap_or_default();
    let report = {
        let (results, items, on_outcome, app) = (results.clone(), items.clone(), props.on_outcome.clone(), app.clone());
        Callback::from(move |(slug, passed, total): (String, u32, u32)| {
            let mut r = (*results).clone();
            r.insert(slug, (passed, total));
            let (mut got, mut misses, mut wins) = (0.0, Vec::new(), Vec::new());
            for s in &items {
                let title = if kind == PartKind::Sql { app.index.sql_exercise(s) } else { app.index.exercise(s) }.map_or_else(|| s.clone(), |e| e.title.clone());
                match r.get(s) {
                    Some(&(p, t)) if t > 0 && p == t => {
                        got += 1.0;
                        wins.push(format!("{}: {title}, all {t} tests passed", kind.label()));
                    }
                    other => {
                        got += other.map_or(0.0, |&(p, t)| if t > 0 { f64::from(p) / f64::from(t) } else { 0.0 });
                        let (k, route) = if kind == PartKind::Sql { (Kind::Sql, Route::Sql { slug: s.clone() }) } else { (Kind::Exercise, Route::Exercise { slug: s.clone() }) };
                        misses.push(Miss { key: k.key(s), label: title, href: route.href() });
                    }
                }
            }
            on_outcome.emit(PartOutcome { got, of: items.len() as f64, misses, wins, link: None });
            results.set(r);
        })
    };
    let on_submit = {
        let (report, slug) = (report.clone(), slug.clone());
        Callback::from(move |(p, t): (u32, u32)| report.emit((slug.clone(), p, t)))
    };
    let next_item = {
        let index = index.clone();
        Callback::from(move |_| index.set(*index + 1))
    };
    html! {
        <>
            if items.len() > 1 {
                <p class="meta">{format!("Exercise {} of {}", *index + 1, items.len())}
                    if *index + 1 < items.len() { {" "}<button type="button" onclick={next_item} data-testid="mock-item-next">{"Next exercise"}</button> }
                </p>
            }
            if let Some(r) = results.get(&slug) { <p class="meta" role="status" data-testid="mock-submitted">{format!("Latest submit: {} of {} tests passed.", r.0, r.1)}</p> }
            if kind == PartKind::Sql {
                <SqlItem key={slug.clone()} slug={slug.clone()} {on_submit} />
            } else {
                <CodeItem key={slug.clone()} slug={slug.clone()} {on_submit} />
            }
        </>
    }
}

#[derive(Properties, PartialEq)]
struct ItemProps {
    slug: String,
    on_submit: Callback<(u32, u32)>,
}

#[function_component(CodeItem)]
fn code_item(props: &ItemProps) -> Html {
    match use_exercise(props.slug.clone()) {
        Load::Ready(ex) => html! { <ExerciseAttempt exercise={ex} mock={Some(props.on_submit.clone())} /> },
        other => loading_view(&other),
    }
}

#[function_component(SqlItem)]
fn sql_item(props: &ItemProps) -> Html {
    match use_sql_exercise(props.slug.clone()) {
        Load::Ready(ex) => html! { <SqlAttemptPage exercise={ex} mock={Some(props.on_submit.clone())} /> },
        other => loading_view(&other),
    }
}

#[derive(Properties, PartialEq)]
struct SlugProps {
    slug: String,
    on_outcome: Callback<PartOutcome>,
}

/// The review key of a design prompt's estimates: its rubric point of the estimates phase.
fn estimates_key(p: &DesignPrompt) -> Option<String> {
    p.rubric.iter().find(|r| r.phase == "estimates").map(|r| Kind::design_point(&p.slug, &r.id))
}

/// Back-of-the-envelope estimates for a design prompt; scored like the design round's (full
/// credit within the tolerance, less the further off).
#[function_component(EstimationPart)]
fn estimation_part(props: &SlugProps) -> Html {
    let typed = use_state(BTreeMap::<String, String>::new);
    let p = match use_design_prompt(props.slug.clone()) {
        Load::Ready(p) => p,
        other => return loading_view(&other),
    };
    let oninput = |id: String| {
        let (typed, p, on_outcome) = (typed.clone(), p.clone(), props.on_outcome.clone());
        Callback::from(move |e: InputEvent| {
            let mut t = (*typed).clone();
            t.insert(id.clone(), e.target_dyn_into::<HtmlInputElement>().map(|i| i.value()).unwrap_or_default());
            let credit: f64 = p.estimates.iter().map(|e| t.get(&e.id).and_then(|v| parse_estimate(v).ok()).map_or(0.0, |g| relative_credit(e.answer, e.tolerance, g))).sum::<f64>() / p.estimates.len().max(1) as f64;
            let misses = (credit < 0.5).then(|| estimates_key(&p)).flatten().map(|key| Miss { key, label: format!("{}: the estimates", p.title), href: Route::Design { slug: p.slug.clone() }.href() });
            let wins = (credit >= 0.8).then(|| format!("Estimation: {} within range", p.title));
            on_outcome.emit(PartOutcome { got: credit, of: 1.0, misses: misses.into_iter().collect(), wins: wins.into_iter().collect(), link: None });
            typed.set(t);
        })
    };
    html! {
        <div>
            <h1 tabindex="-1">{format!("Estimate: {}", p.title)}</h1>
            <RawHtml html={p.prompt_html.clone()} class="prompt" />
            <p class="meta">{"Numbers like 3e6, 2.5M, 40k or 1,200 work. Round, state your assumptions to yourself, move on."}</p>
            { for p.estimates.iter().map(|e| html! {
                <div class="estimate-row">
                    <label for={format!("est-{}", e.id)}>{format!("{} ({})", e.label, e.unit)}</label>
                    <input id={format!("est-{}", e.id)} type="text" inputmode="decimal" maxlength="40" data-testid="mock-estimate" oninput={oninput(e.id.clone())} value={typed.get(&e.id).cloned().unwrap_or_default()} />
                </div>
            }) }
        </div>
    }
}

/// A design prompt: notes under the clock, then the rubric to tick what the notes covered.
#[function_component(DesignPart)]
fn design_part(props: &SlugProps) -> Html {
    let notes = use_state(String::new);
    let comparing = use_state(|| false);
    let ticked = use_state(BTreeSet::<String>::new);
    let p = match use_design_prompt(props.slug.clone()) {
        Load::Ready(p) => p,
        other => return loading_view(&other),
    };
    let report = {
        let (p, on_outcome) = (p.clone(), props.on_outcome.clone());
        move |t: &BTreeSet<String>| {
            let misses = p.rubric.iter().filter(|r| !t.contains(&r.id)).map(|r| Miss { key: Kind::design_point(&p.slug, &r.id), label: format!("{}: {}", p.title, format::plain(&r.point_html, 80)), href: Route::Design { slug: p.slug.clone() }.href() }).collect();
            on_outcome.emit(PartOutcome { got: t.len() as f64, of: p.rubric.len() as f64, misses, wins: Vec::new(), link: None });
        }
    };
    let tick = |id: String| {
        let (ticked, report) = (ticked.clone(), report.clone());
        Callback::from(move |_| {
            let mut t = (*ticked).clone();
            if !t.remove(&id) {
                t.insert(id.clone());
            }
            report(&t);
            ticked.set(t);
        })
    };
    let compare = {
        let (comparing, ticked, report) = (comparing.clone(), ticked.clone(), report.clone());
        Callback::from(move |_| {
            report(&ticked);
            comparing.set(true);
        })
    };
    html! {
        <div>
            <h1 tabindex="-1">{format!("Design: {}", p.title)}</h1>
            <RawHtml html={p.prompt_html.clone()} class="prompt" />
            <label for="mock-notes">{"Your design notes (requirements, estimates, API, data model, architecture, deep dives, trade-offs)"}</label>
            <textarea id="mock-notes" class="answer-box" data-testid="mock-design-notes" readonly={*comparing} value={(*notes).clone()}
                oninput={{ let n = notes.clone(); Callback::from(move |e: InputEvent| if let Some(t) = e.target_dyn_into::<HtmlTextAreaElement>() { n.set(t.value()) }) }} />
            if !*comparing {
                <button type="button" onclick={compare} data-testid="mock-design-compare">{"Done: compare with the rubric"}</button>
            } else {
                <section aria-labelledby="rubric-h">
                    <h2 id="rubric-h">{"Tick what your notes covered"}</h2>
                    <ul class="review-options">
                        { for p.rubric.iter().map(|r| html! {
                            <li><label><input type="checkbox" checked={ticked.contains(&r.id)} onclick={tick(r.id.clone())} data-testid="mock-rubric-point" />{" "}<RawHtml html={r.point_html.clone()} class="inline" /></label></li>
                        }) }
                    </ul>
                    <details><summary>{"Reference outline"}</summary><RawHtml html={p.outline_html.clone()} /></details>
                </section>
            }
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct BehaviouralProps {
    ids: Vec<String>,
    on_outcome: Callback<PartOutcome>,
}

/// Behavioural prompts answered in turn, typed (or the transcript), each on its own clock; each
/// scores its share of the STAR points (`star::SCORED`), and a weak one is a miss to rehearse.
#[function_component(BehaviouralPart)]
fn behavioural_part(props: &BehaviouralProps) -> Html {
    let app = use_app();
    let bank = crate::behavioural_bank();
    let band = answer::band(&app.data.data.rounds);
    let texts = use_state(BTreeMap::<String, String>::new);
    let started = use_state(BTreeMap::<String, f64>::new);
    let now = use_state(clock::now_ms);
    {
        let now = now.clone();
        use_effect_with((), move |_| {
            let tick = clock::Interval::new(500, move || now.set(clock::now_ms()));
            move || drop(tick)
        });
    }
    let oninput = |id: String| {
        let (texts, started, ids, on_outcome, bank) = (texts.clone(), started.clone(), props.ids.clone(), props.on_outcome.clone(), bank.clone());
        Callback::from(move |e: InputEvent| {
            let mut t = (*texts).clone();
            t.insert(id.clone(), e.target_dyn_into::<HtmlTextAreaElement>().map(|x| x.value()).unwrap_or_default());
            if !started.contains_key(&id) {
                let mut s = (*started).clone();
                s.insert(id.clone(), clock::now_ms());
                started.set(s);
            }
            let (mut got, mut misses, mut wins) = (0.0, Vec::new(), Vec::new());
            for pid in &ids {
                let text = t.get(pid).cloned().unwrap_or_default();
                let r = star::check(&text, band);
                let checked = CheckedAnswer::new(&text, None, &r, 0.0);
                got += checked.scored() as f64 / star::SCORED as f64;
                let prompt = bank.prompt(pid).map_or_else(|| pid.clone(), |p| p.prompt.clone());
                if matches!(answer::rating(&checked), Rating::Again | Rating::Hard) {
                    let missing: Vec<&str> = r.findings.iter().filter(|f| !f.met && star::is_scored(f.key)).map(|f| f.key).collect();
                    misses.push(Miss { key: Kind::Behavioural.key(pid), label: format!("{prompt} (missing: {})", missing.join(", ")), href: Route::BehaviouralPrompt { id: pid.clone() }.href() });
                } else {
                    wins.push(format!("Behavioural: a complete STAR answer to “{}”", format::plain(&prompt, 60)));
                }
            }
            on_outcome.emit(PartOutcome { got, of: ids.len() as f64, misses, wins, link: None });
            texts.set(t);
        })
    };
    html! {
        <div>
            <h1 tabindex="-1">{"Behavioural questions"}</h1>
            <p class="meta">{"Answer each as you would say it: situation, task, what you did, and the result with a number. Typing at speaking pace is fine; the clock shows where a spoken answer would be."}</p>
            { for props.ids.iter().filter_map(|id| bank.prompt(id).cloned()).enumerate().map(|(i, p)| {
                let elapsed = started.get(&p.id).map_or(0.0, |s| *now - s);
                html! {
                    <section class="card" aria-labelledby={format!("bq-{i}")}>
                        <h2 id={format!("bq-{i}")} class="prompt">{&p.prompt}</h2>
                        <AnswerClock elapsed_ms={elapsed} {band} running={started.contains_key(&p.id)} />
                        <label for={format!("ba-{i}")} class="visually-hidden">{"Your answer"}</label>
                        <textarea id={format!("ba-{i}")} class="answer-box" data-testid="mock-behavioural-answer" oninput={oninput(p.id.clone())} value={texts.get(&p.id).cloned().unwrap_or_default()} />
                    </section>
                }
            }) }
        </div>
    }
}
