//! `#/review`: the spaced-repetition session of the questions due today.

use crate::adapters::{clock, location};
use crate::state::use_app;
use backprep_core::design::record::{read_all, to_revisit};
use backprep_core::design::spec::phase_of_point;
use backprep_core::quiz::QuizSettings;
use backprep_core::srs::{self, INTERVAL_DAYS};
use backprep_core::route::Route;
use yew::prelude::*;

/// Longest review session; the rest stays due.
const MAX_REVIEW: usize = 30;

#[function_component(ReviewPage)]
pub fn review_page() -> Html {
    let app = use_app();
    let due: Vec<String> = srs::due(&app.data.data.cards, clock::today())
        .into_iter()
        .filter(|id| app.index.has_question(id))
        .collect();
    let start = {
        let ids: Vec<String> = due.iter().take(MAX_REVIEW).cloned().collect();
        Callback::from(move |_| {
            location::go(&Route::quiz_start(&QuizSettings::for_ids(ids.clone(), clock::random_seed())));
        })
    };
    let seen = app.data.data.cards.len();
    let designs = read_all(&app.data.data.designs);
    let revisit = to_revisit(&designs);
    html! {
        <div class="page review-due">
            <h1 tabindex="-1">{"Review"}</h1>
            <p class="lead" data-testid="review-due-count">
                { match due.len() { 0 => "Nothing is due today.".to_string(), 1 => "1 question is due today.".to_string(), n => format!("{n} questions are due today.") } }
            </p>
            if !due.is_empty() {
                <button type="button" class="primary" onclick={start} data-testid="review-start">
                    { format!("Review {} now", due.len().min(MAX_REVIEW)) }
                </button>
            }
            <p>{format!("You have seen {seen} questions. ")}
                {format!("Scheduling uses Leitner boxes: a right answer moves a question up a box and it comes back after {} days; a wrong answer sends it back to box 1, due tomorrow.",
                    INTERVAL_DAYS.iter().map(|d| d.to_string()).collect::<Vec<_>>().join(", "))}</p>
            if !revisit.is_empty() {
                <section aria-labelledby="revisit-h">
                    <h2 id="revisit-h">{"System-design points you missed"}</h2>
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
        </div>
    }
}
