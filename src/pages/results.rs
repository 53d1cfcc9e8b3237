//! `#/attempt/<id>`: the score of a finished quiz and a review of every question.

use crate::adapters::{clock, location};
use crate::state::use_app;
use crate::components::raw_html::RawHtml;
use crate::hooks::{loading_view, use_topics, Load};
use backprep_core::content::AnswerKey;
use backprep_core::quiz::{FinishReason, QuizSettings, Response};
use backprep_core::format;
use backprep_core::route::Route;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub id: AttrValue,
}

/// `3 min 05 s`.
#[function_component(ResultsPage)]
pub fn results_page(props: &Props) -> Html {
    let app = use_app();
    let attempt = app.data.data.attempt(&props.id).cloned();
    let topics: Vec<String> = attempt.as_ref().map(|a| a.topic_scores().into_keys().collect()).unwrap_or_default();
    let catalog = use_topics(topics);
    let Some(attempt) = attempt else {
        return html! {
            <div class="page">
                <h1 tabindex="-1">{"Attempt not found"}</h1>
                <p>{"This attempt is not in this browser's history. "}<a href={Route::History.href()}>{"See your history"}</a></p>
            </div>
        };
    };
    let Load::Ready(catalog) = &catalog else { return loading_view(&catalog) };
    let score = attempt.score();
    let mistakes = attempt.mistakes();
    let retry = {
        let ids = mistakes.clone();
        Callback::from(move |_| {
            location::go(&Route::quiz_start(&QuizSettings::for_ids(ids.clone(), clock::random_seed())));
        })
    };
    let reason = match attempt.reason {
        FinishReason::Completed => "Completed",
        FinishReason::TimeUp => "Time ran out",
        FinishReason::Quit => "Quit early",
    };
    html! {
        <div class="page results">
            <h1 tabindex="-1">{"Results"}</h1>
            <p class="score"><span data-testid="quiz-result-score">{format!("{} / {}", score.correct, score.total())}</span>
                <span class="meta">{format!(" · {}% · {} · {reason}", format::fixed(score.accuracy() * 100.0, 0), format::elapsed(attempt.duration_ms()))}</span>
            </p>
            <p>{format!("{} correct, {} wrong, {} unanswered.", score.correct, score.wrong, score.unanswered)}
                if attempt.has_partial() {
                    <span data-testid="quiz-result-points">{format!(" With partial credit for estimates: {} points.", format::number((attempt.points() * 10.0).round() / 10.0))}</span>
                }
            </p>
            <table class="topics">
                <caption>{"By topic"}</caption>
                <thead><tr><th scope="col">{"Topic"}</th><th scope="col">{"Correct"}</th><th scope="col">{"Accuracy"}</th></tr></thead>
                <tbody>
                    { for attempt.topic_scores().iter().map(|(t, s)| html! {
                        <tr>
                            <th scope="row">{app.index.title(t)}</th>
                            <td>{format!("{} / {}", s.correct, s.total())}</td>
                            <td>{format!("{}%", format::fixed(s.accuracy() * 100.0, 0))}</td>
                        </tr>
                    }) }
                </tbody>
            </table>
            <div class="actions">
                <button type="button" class="primary" onclick={retry} disabled={mistakes.is_empty()} data-testid="retry-mistakes">
                    { if mistakes.is_empty() { "No mistakes to retry".to_string() } else { format!("Retry my {} mistakes", mistakes.len()) } }
                </button>
                <a class="button" href={Route::quiz_setup().href()}>{"New quiz"}</a>
                <a class="button" href={Route::History.href()}>{"History"}</a>
            </div>
            <h2>{"Review"}</h2>
            <ol class="review">
                { for attempt.items.iter().map(|it| {
                    let Some(q) = catalog.question(&it.question_id) else {
                        return html! { <li class="review-item" data-testid="answer-item" data-correct={it.correct.to_string()}><p class="meta">{"This question has been removed from the bank."}</p></li> };
                    };
                    let your = match (&it.response, &q.answer) {
                        (None, _) => "No answer".to_string(),
                        (Some(Response::Bool(b)), _) => if *b { "True".into() } else { "False".into() },
                        (Some(Response::Number(n)), _) => format::number(*n),
                        (Some(Response::Choices(_)), _) => String::new(),
                    };
                    let chosen = |a: usize| matches!(&it.response, Some(Response::Choices(c)) if c.contains(&a));
                    let order: Vec<usize> = if it.order.len() == q.answer.options().len() { it.order.clone() } else { (0..q.answer.options().len()).collect() };
                    html! {
                        <li class={classes!("review-item", if it.correct { "right" } else { "wrong" })} data-testid="answer-item" data-correct={it.correct.to_string()}>
                            <p class="verdict">{ if it.correct { "✓ Correct" } else if it.response.is_none() { "— Unanswered" } else { "✗ Wrong" } }
                                <span class="meta">{format!(" · {}", format::elapsed(it.time_ms as f64))}</span>
                                if let Some(note) = it.credit.and(it.response.as_ref()).and_then(|r| backprep_core::quiz::scoring::partial_note(&q.answer, r)) {
                                    <span class="partial" data-testid="partial-credit">{format!(" · {note}")}</span>
                                }
                            </p>
                            <RawHtml html={q.prompt_html.clone()} />
                            { match &q.answer {
                                AnswerKey::Single { options } | AnswerKey::Multiple { options } => html! {
                                    <ul class="review-options">
                                        { for order.iter().map(|&a| { let o = &options[a]; html! {
                                            <li class={classes!(o.correct.then_some("is-correct"), (chosen(a) && !o.correct).then_some("is-wrong"))}>
                                                <span class="tag">{ match (o.correct, chosen(a)) { (true, true) => "✓ your answer, correct", (true, false) => "✓ correct", (false, true) => "✗ your answer", _ => "" } }</span>
                                                <RawHtml html={o.html.clone()} inline=true />
                                                <span class="why"><RawHtml html={o.why_html.clone()} inline=true /></span>
                                            </li>
                                        }}) }
                                    </ul>
                                },
                                AnswerKey::TrueFalse { answer } => html! { <p>{format!("Your answer: {your}. Correct answer: {}.", if *answer { "True" } else { "False" })}</p> },
                                AnswerKey::Numeric { answer, tolerance, unit, .. } => html! {
                                    <p>{format!("Your answer: {your}. Correct answer: {} {} (± {}).", format::number(*answer), unit.clone().unwrap_or_default(), format::number(*tolerance))}</p>
                                },
                            } }
                            <details open={!it.correct}>
                                <summary>{"Explanation"}</summary>
                                <RawHtml html={q.explanation_html.clone()} />
                                if let Some(r) = &q.reference { <p class="meta">{"Reference: "}{r}</p> }
                            </details>
                        </li>
                    }
                }) }
            </ol>
        </div>
    }
}
