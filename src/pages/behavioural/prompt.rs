//! One behavioural prompt: the answer said out loud (recorded in this browser) or typed, against
//! the clock, then checked by the STAR rules and self-scored. Every checked answer is kept; a
//! weak one (a missing part of STAR) goes to the review queue as `behavioural:<id>`.

use crate::adapters::clock;
use crate::components::behavioural::clock::AnswerClock;
use crate::components::behavioural::recorder::Recorder;
use crate::components::behavioural::star_report::StarFindings;
use crate::components::behavioural::style::BehaviouralStyle;
use crate::components::not_found::NotFound;
use crate::state::use_app;
use backprep_core::behavioural::answer::{self, AnswerRecord, CheckedAnswer, SELF_SCORE};
use backprep_core::behavioural::spec::{competency_title, BehaviouralPrompt};
use backprep_core::behavioural::star::{self, StarReport};
use backprep_core::behavioural::story;
use backprep_core::route::Route;
use backprep_core::srs::fsrs::Rating;
use backprep_core::srs::Kind;
use backprep_core::store::DataAction;
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub id: AttrValue,
}

#[function_component(PromptPage)]
pub fn prompt_page(props: &Props) -> Html {
    let bank = crate::behavioural_bank();
    match bank.prompt(&props.id) {
        Some(p) => html! { <Answer key={p.id.clone()} prompt={p.clone()} /> },
        None => html! { <NotFound path={format!("/behavioural/{}", props.id)} /> },
    }
}

#[derive(Properties, PartialEq)]
struct AnswerProps {
    prompt: BehaviouralPrompt,
}

/// The clock: started by the first keystroke or a recording, stopped by Check or the recording's end.
#[derive(Clone, Copy, PartialEq, Default)]
struct Clock {
    started: Option<f64>,
    stopped: Option<f64>,
}

impl Clock {
    fn elapsed(&self, now: f64) -> f64 {
        self.started.map_or(0.0, |s| self.stopped.unwrap_or(now) - s)
    }
    fn running(&self) -> bool {
        self.started.is_some() && self.stopped.is_none()
    }
}

#[function_component(Answer)]
fn answer_view(props: &AnswerProps) -> Html {
    let app = use_app();
    let p = &props.prompt;
    let rounds = &app.data.data.rounds;
    let record = AnswerRecord::of(rounds, &p.id);
    let band = answer::band(rounds);
    let text = use_state(|| record.draft.clone());
    let clock_state = use_state(Clock::default);
    let now = use_state(clock::now_ms);
    let spoken = use_state(|| None::<u32>);
    let report = use_state(|| None::<StarReport>);
    let scores = use_state(Vec::<u8>::new);
    let scored = use_state(|| false);
    // The clock's display ticks while it runs.
    {
        let now = now.clone();
        use_effect_with(clock_state.running(), move |running| {
            let tick = running.then(|| clock::Interval::new(250, move || now.set(clock::now_ms())));
            move || drop(tick)
        });
    }
    let save_draft = {
        let (data, id) = (app.data.clone(), p.id.clone());
        move |draft: String| {
            let mut r = AnswerRecord::of(&data.data.rounds, &id);
            if r.draft != draft {
                r.draft = draft;
                r.saved_at = clock::now_ms();
                data.dispatch(DataAction::SaveRecord { round: true, key: AnswerRecord::key(&id), record: r.to_value() });
            }
        }
    };
    let oninput = {
        let (text, clock_state) = (text.clone(), clock_state.clone());
        Callback::from(move |e: InputEvent| {
            if let Some(t) = e.target_dyn_into::<HtmlTextAreaElement>() {
                text.set(t.value());
            }
            if clock_state.started.is_none() {
                clock_state.set(Clock { started: Some(clock::now_ms()), stopped: None });
            }
        })
    };
    let onchange = {
        let save_draft = save_draft.clone();
        Callback::from(move |e: Event| {
            if let Some(t) = e.target_dyn_into::<HtmlTextAreaElement>() {
                save_draft(t.value());
            }
        })
    };
    let on_check = {
        let (text, clock_state, report, spoken, scores, scored) = (text.clone(), clock_state.clone(), report.clone(), spoken.clone(), scores.clone(), scored.clone());
        let (app, id) = (app.clone(), p.id.clone());
        Callback::from(move |_| {
            let now = clock::now_ms();
            if clock_state.running() {
                clock_state.set(Clock { stopped: Some(now), ..*clock_state });
            }
            let r = match *spoken {
                Some(secs) => star::check_spoken(&text, secs, band),
                None => star::check(&text, band),
            };
            let checked = CheckedAnswer::new(&text, *spoken, &r, now);
            let rating = answer::rating(&checked);
            let mut rec = AnswerRecord::of(&app.data.data.rounds, &id);
            rec.draft = (*text).clone();
            rec.push(checked);
            app.data.dispatch(DataAction::SaveRecord { round: true, key: AnswerRecord::key(&id), record: rec.to_value() });
            // What you answer well needs no schedule; a weak answer is rehearsed again.
            let key = Kind::Behavioural.key(&id);
            if matches!(rating, Rating::Again | Rating::Hard) || app.data.data.cards.contains_key(&key) {
                app.review(key, rating);
            }
            report.set(Some(r));
            scores.set(Vec::new());
            scored.set(false);
        })
    };
    let on_start = {
        let (clock_state, spoken) = (clock_state.clone(), spoken.clone());
        Callback::from(move |at: f64| {
            clock_state.set(Clock { started: Some(at), stopped: None });
            spoken.set(None);
        })
    };
    let on_stop = {
        let (clock_state, spoken) = (clock_state.clone(), spoken.clone());
        Callback::from(move |secs: f64| {
            let started = clock_state.started.unwrap_or_else(clock::now_ms);
            clock_state.set(Clock { started: Some(started), stopped: Some(started + secs * 1000.0) });
            spoken.set(Some(secs.round() as u32));
        })
    };
    let on_transcript = {
        let text = text.clone();
        Callback::from(move |t: String| text.set(t))
    };
    let on_score = |dim: usize, value: u8| {
        let scores = scores.clone();
        Callback::from(move |_| {
            let mut s = (*scores).clone();
            s.resize(SELF_SCORE.len(), 0);
            s[dim] = value;
            scores.set(s);
        })
    };
    let save_scores = {
        let (app, id, scores, scored) = (app.clone(), p.id.clone(), scores.clone(), scored.clone());
        Callback::from(move |_| {
            let mut rec = AnswerRecord::of(&app.data.data.rounds, &id);
            if let Some(last) = rec.results.last_mut() {
                last.scores = (*scores).clone();
                rec.saved_at = clock::now_ms();
                app.data.dispatch(DataAction::SaveRecord { round: true, key: AnswerRecord::key(&id), record: rec.to_value() });
                scored.set(true);
            }
        })
    };
    let stories = story::stories(rounds);
    let fits = story::suggest(p, &stories);
    let all_scored = scores.len() == SELF_SCORE.len() && scores.iter().all(|&s| s > 0);
    html! {
        <div class="page behavioural-prompt" data-testid="behavioural-prompt">
            <BehaviouralStyle />
            <p class="meta"><a href={Route::Behavioural.href()}>{"Behavioural round"}</a>{" · "}{competency_title(&p.competency).unwrap_or("")}{ if p.situational { " · situational" } else { "" } }</p>
            <h1 tabindex="-1" class="prompt">{&p.prompt}</h1>
            <AnswerClock elapsed_ms={clock_state.elapsed(*now)} {band} running={clock_state.running()} />
            <section aria-labelledby="speak-h">
                <h2 id="speak-h">{"Say it out loud"}</h2>
                <Recorder prefix={AttrValue::from(format!("answer:{}:", p.id))} {on_start} {on_stop} {on_transcript} />
            </section>
            <section aria-labelledby="type-h">
                <h2 id="type-h">{"Type it (or the transcript of what you said)"}</h2>
                <label for="star-answer" class="visually-hidden">{"Your answer"}</label>
                <textarea id="star-answer" class="answer-box" data-testid="star-answer" value={(*text).clone()} {oninput} {onchange}
                    placeholder="Situation: where and when. Task: what you had to do. Action: what you did. Result: what changed, with a number." />
                if let Some(s) = *spoken { <p class="meta">{format!("Checked against your recording's {s} s.")}</p> }
                <div class="actions">
                    <button type="button" class="primary" data-testid="star-check" onclick={on_check} disabled={text.trim().is_empty()}>{"Check my answer"}</button>
                </div>
            </section>
            if let Some(r) = &*report {
                <StarFindings report={r.clone()} />
                <section class="self-score" aria-labelledby="self-h">
                    <h2 id="self-h">{"Score yourself (1–5)"}</h2>
                    { for SELF_SCORE.iter().enumerate().map(|(dim, label)| html! {
                        <fieldset>
                            <legend>{*label}</legend>
                            { for (1..=5u8).map(|v| html! {
                                <label><input type="radio" name={format!("self-{dim}")} checked={scores.get(dim) == Some(&v)} onclick={on_score(dim, v)} data-testid={format!("self-{dim}-{v}")} />{format!(" {v}")}</label>
                            }) }
                        </fieldset>
                    }) }
                    <button type="button" onclick={save_scores} disabled={!all_scored} data-testid="self-save">{"Save my score"}</button>
                    if *scored { <p role="status">{"Saved with this answer."}</p> }
                </section>
            }
            <section aria-labelledby="listen-h">
                <h2 id="listen-h">{"What the interviewer listens for"}</h2>
                <ul>{ for p.listens_for.iter().map(|l| html! { <li>{l}</li> }) }</ul>
                <h3>{"Likely follow-ups"}</h3>
                <ul>{ for p.follow_ups.iter().map(|l| html! { <li>{l}</li> }) }</ul>
                <details data-testid="outline">
                    <summary>{"Outline of a strong answer (try yours first)"}</summary>
                    <ul>{ for p.outline.iter().map(|l| html! { <li>{l}</li> }) }</ul>
                </details>
            </section>
            <section aria-labelledby="fit-h">
                <h2 id="fit-h">{"Stories of yours that fit"}</h2>
                if fits.is_empty() {
                    <p class="meta">{"None yet. "}<a href={Route::Stories.href()}>{"Add a story"}</a>{" tagged with this competency."}</p>
                } else {
                    <ul data-testid="story-suggestions">
                        { for fits.iter().map(|(s, fit, words)| html! {
                            <li data-testid="story-suggestion">
                                <strong>{&s.title}</strong>
                                <span class="meta">{ match fit {
                                    story::Fit::Competency => " · tagged with this competency".to_string(),
                                    story::Fit::Words => format!(" · shares the words {}", words.join(", ")),
                                } }</span>
                                if !s.metric.is_empty() { <span class="meta">{format!(" · result: {}", s.metric)}</span> }
                            </li>
                        }) }
                    </ul>
                }
            </section>
            if !record.results.is_empty() {
                <section aria-labelledby="past-h">
                    <h2 id="past-h">{"Your checked answers"}</h2>
                    <ol data-testid="past-answers">
                        { for record.results.iter().rev().map(|a| html! {
                            <li data-testid="past-answer">
                                {format!("{} · {} of {} points", clock::date_text(a.at), a.scored(), star::SCORED)}
                                { a.spoken.map(|s| format!(" · spoken, {s} s")).unwrap_or_default() }
                                { if a.scores.is_empty() { String::new() } else { format!(" · self-score {}", a.scores.iter().map(u8::to_string).collect::<Vec<_>>().join("/")) } }
                            </li>
                        }) }
                    </ol>
                </section>
            }
        </div>
    }
}
